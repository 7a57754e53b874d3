-- V046's month-by-month search probes document_month_search_idx once per month (up to ≈260 probes a query), and every
-- GIN probe also scans the index's pending list, where GIN's fast update parks new entries until a vacuum merges
-- them. With a few dozen documents written since the last autovacuum (bench/soak.sh: 26 entries on 2 pending pages),
-- a search on 4 000 documents took 70–200 ms instead of 10–18 ms. Without fast update, a write puts its entries into
-- the index itself: every probe reads only the tree.
ALTER INDEX legaldocs.document_month_search_idx SET (fastupdate = off);
SELECT gin_clean_pending_list('legaldocs.document_month_search_idx'::regclass);
