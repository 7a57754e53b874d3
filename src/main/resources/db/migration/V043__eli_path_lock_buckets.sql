-- The ELI path of a new legal document is minted under a transaction-scoped advisory lock (V009), so that two
-- concurrent inserts of the same path cannot both take it. V009 locked one key per path: a transaction inserting many
-- documents (legaldocs.seed_demo(1000000), a bulk import) held one lock per document until its commit and filled the
-- shared lock table ("out of shared memory", SQLSTATE 53200, after ~10 min of seeding). The lock now names one of
-- 1024 buckets of the path's hash (two-key form, class 43, apart from the one-key locks used elsewhere): two
-- concurrent inserts of the same path still serialise, and a bulk insert holds at most 1024 locks.
CREATE OR REPLACE FUNCTION legaldocs.assign_eli_path() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  base text;
  candidate text;
  n int := 1;
BEGIN
  IF NEW.eli_path IS NOT NULL THEN
    RETURN NEW;
  END IF;
  base := legaldocs.eli_base_path(NEW.number, NEW.issuer_code, NEW.type_code, NEW.issued_date);
  -- "63" alone would be ambiguous with "063": the natural number loses its leading zeros; an all-zero number keeps 0
  IF base ~ '/$' THEN
    base := base || '0';
  END IF;
  candidate := base;
  -- serialise minting per path bucket so that two concurrent inserts of the same path cannot both take it
  PERFORM pg_advisory_xact_lock(43, hashtext(base) & 1023);
  WHILE EXISTS (SELECT 1 FROM legaldocs.document WHERE eli_path = candidate)
     OR EXISTS (SELECT 1 FROM platform.tombstone WHERE path = candidate) LOOP
    n := n + 1;
    candidate := base || '-' || n;
  END LOOP;
  NEW.eli_path := candidate;
  RETURN NEW;
END
$$;
