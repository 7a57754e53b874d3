-- Linked data: stable URIs for legal documents (ELI), and tombstones for deleted records.
--
-- ELI URI template of a legal document (shared/reference/domain-notes.md §1.1, a design choice documented in the
-- README): /eli/vn/{agent}/{year}/{type}/{number}
--   agent  = the issuer's eli_agent; for the National Assembly and its Standing Committee followed by the term read
--            from the number (64/2025/QH15 → qh15); local issuers carry their era in eli_agent (t24-ubnd before
--            2025-07-01, t24n-ubnd after);
--   year   = the year of the issuing date;
--   type   = the document type's eli_type below;
--   number = the leading natural number of the document number (63/2022/NĐ-CP → 63; 21-NQ/BCSĐ → 21), or the whole
--            number folded to a slug when it has none.
-- The path is minted ONCE, when the document is first stored, and never recomputed: editing a document's number or
-- type keeps its URI. Two documents that would share a path get -2, -3… on the second and later ones.

ALTER TABLE legaldocs.doc_type ADD COLUMN eli_type text;
UPDATE legaldocs.doc_type t SET eli_type = v.slug FROM (VALUES
  ('HIEN_PHAP', 'hp'), ('BO_LUAT', 'bl'), ('LUAT', 'luat'), ('NQ_QH', 'nq'), ('PHAP_LENH', 'pl'),
  ('NQ_UBTVQH', 'nq'), ('NQLT_UBTVQH_MTTQ', 'nqlt'), ('LENH_CTN', 'l'), ('QD_CTN', 'qd'), ('NGHI_DINH', 'nd'),
  ('NQ_CP', 'nq'), ('NQLT_CP_MTTQ', 'nqlt'), ('QD_TTG', 'qd'), ('NQ_HDTP', 'nq'), ('THONG_TU', 'tt'),
  ('THONG_TU_LIEN_TICH', 'ttlt'), ('NQ_HDND_TINH', 'nq'), ('QD_UBND_TINH', 'qd'), ('VBQPPL_DVHC_KTDB', 'vb'),
  ('NQ_HDND_XA', 'nq'), ('QD_UBND_XA', 'qd'),
  -- individual (administrative) resolutions and decisions are numbered apart from normative ones
  ('NQ_CB', 'nqcb'), ('QD_CB', 'qdcb'), ('CONG_VAN', 'cv'), ('THU_CONG', 'thu')
) AS v(code, slug) WHERE t.code = v.code;
-- the other administrative types: their notation (CT, TB, KH…) folded
UPDATE legaldocs.doc_type SET eli_type = platform.vn_fold(notation) WHERE eli_type IS NULL AND notation IS NOT NULL;
UPDATE legaldocs.doc_type SET eli_type = lower(replace(code, '_', '-')) WHERE eli_type IS NULL;
ALTER TABLE legaldocs.doc_type ALTER COLUMN eli_type SET NOT NULL;
ALTER TABLE legaldocs.doc_type ADD CONSTRAINT doc_type_eli_type CHECK (eli_type ~ '^[a-z0-9-]+$');

-- The ELI path a document would get (without the de-duplicating suffix).
CREATE FUNCTION legaldocs.eli_base_path(number text, issuer_code text, type_code text, issued date) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT '/eli/vn/' || i.eli_agent
         || CASE WHEN i.code IN ('QH', 'UBTVQH') THEN coalesce(substring(number FROM '(?:UBTVQH|QH)(\d+)\s*$'), '')
                 ELSE '' END
         || '/' || extract(year FROM issued)::int
         || '/' || t.eli_type
         || '/' || coalesce(ltrim(substring(number FROM '^\s*(\d+)'), '0'),
                           trim(both '-' FROM regexp_replace(platform.vn_fold(number), '[^a-z0-9]+', '-', 'g')))
    FROM legaldocs.issuer i, legaldocs.doc_type t
   WHERE i.code = issuer_code AND t.code = type_code
$$;

ALTER TABLE legaldocs.document ADD COLUMN eli_path text;

CREATE FUNCTION legaldocs.assign_eli_path() RETURNS trigger LANGUAGE plpgsql AS $$
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
  -- serialise minting per path so that two concurrent inserts of the same path cannot both take it
  PERFORM pg_advisory_xact_lock(hashtext(base));
  WHILE EXISTS (SELECT 1 FROM legaldocs.document WHERE eli_path = candidate)
     OR EXISTS (SELECT 1 FROM platform.tombstone WHERE path = candidate) LOOP
    n := n + 1;
    candidate := base || '-' || n;
  END LOOP;
  NEW.eli_path := candidate;
  RETURN NEW;
END
$$;

-- A deleted record's URI answers 410 Gone with this tombstone and is never minted again.
CREATE TABLE platform.tombstone (
  path        text PRIMARY KEY,
  dataset     text NOT NULL,
  entity_id   text NOT NULL,
  label       text NOT NULL,
  deleted_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tombstone_entity_idx ON platform.tombstone (dataset, entity_id);

-- backfill the documents already stored, oldest first (their paths are stable from now on)
DO $$
DECLARE
  d record;
  base text;
  candidate text;
  n int;
BEGIN
  FOR d IN SELECT id, number, issuer_code, type_code, issued_date FROM legaldocs.document ORDER BY id LOOP
    base := legaldocs.eli_base_path(d.number, d.issuer_code, d.type_code, d.issued_date);
    IF base ~ '/$' THEN
      base := base || '0';
    END IF;
    candidate := base;
    n := 1;
    WHILE EXISTS (SELECT 1 FROM legaldocs.document WHERE eli_path = candidate) LOOP
      n := n + 1;
      candidate := base || '-' || n;
    END LOOP;
    UPDATE legaldocs.document SET eli_path = candidate WHERE id = d.id;
  END LOOP;
END
$$;

ALTER TABLE legaldocs.document ALTER COLUMN eli_path SET NOT NULL;
ALTER TABLE legaldocs.document ADD CONSTRAINT document_eli_path UNIQUE (eli_path);
CREATE TRIGGER document_eli_path BEFORE INSERT ON legaldocs.document
  FOR EACH ROW EXECUTE FUNCTION legaldocs.assign_eli_path();
CREATE FUNCTION legaldocs.eli_path_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.eli_path := OLD.eli_path;
  RETURN NEW;
END
$$;
CREATE TRIGGER document_eli_path_stable BEFORE UPDATE ON legaldocs.document
  FOR EACH ROW EXECUTE FUNCTION legaldocs.eli_path_immutable();

CREATE FUNCTION legaldocs.bury() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO platform.tombstone (path, dataset, entity_id, label)
  VALUES (OLD.eli_path, 'legal-documents', OLD.id::text, OLD.number || ' — ' || OLD.title);
  RETURN NULL;
END
$$;
CREATE TRIGGER document_tombstone AFTER DELETE ON legaldocs.document
  FOR EACH ROW EXECUTE FUNCTION legaldocs.bury();

-- open_document gains the path (appended: CREATE OR REPLACE VIEW may only add columns at the end)
CREATE OR REPLACE VIEW legaldocs.open_document AS
SELECT d.id, d.number, t.kind, d.type_code, t.name_vi AS type_vi, t.name_en AS type_en,
       d.title, d.issuer_code, i.name_vi AS issuer_vi, i.name_en AS issuer_en,
       d.signer_name, d.signer_title, d.issued_date, d.effective_date, d.expiry_date,
       d.status_code, s.name_vi AS status_vi, s.name_en AS status_en,
       d.fields, d.summary, d.full_text, d.origin, d.version, d.created_at, d.modified_at, d.search,
       d.eli_path
  FROM legaldocs.document d
  JOIN legaldocs.doc_type t ON t.code = d.type_code
  JOIN legaldocs.issuer i ON i.code = d.issuer_code
  JOIN legaldocs.validity_status s ON s.code = d.status_code;
