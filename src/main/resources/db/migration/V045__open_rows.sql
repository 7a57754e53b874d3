-- The open records' own columns, without the code lists' labels: for the reads by id and the list pages, which label
-- in the JVM from the code lists read at start (code lists change only with a migration). The labels' joins of
-- awards.open_award (8 relations, two of them hashed whole for one row) and legaldocs.open_document (3) made
-- PostgreSQL's part of a read by id 3.6 times dearer than the row itself (pgbench -M prepared, 3 000 awards:
-- 9 250 tps through open_award, 33 400 tps on the table). Same rows and the same unlabelled columns as those views;
-- no column of awards.candidate (birth dates, IDs) and nothing else from a restricted table.
CREATE VIEW awards.open_award_row AS
SELECT a.id, a.key, a.award_type, a.recipient_kind, a.recipient_name, a.recipient_position, a.recipient_unit,
       a.province_key, a.body_key, a.decision_number, a.decision_date, a.decider_code, a.year, a.method_code,
       a.posthumous, a.rationale, a.legal_basis, a.withdrawn_date, a.withdrawal_decision, a.withdrawal_reason,
       a.origin, a.version, a.modified_at, a.search
  FROM awards.award a;

CREATE VIEW legaldocs.open_document_row AS
SELECT d.id, d.number, d.type_code, d.title, d.issuer_code, d.signer_name, d.signer_title, d.issued_date,
       d.effective_date, d.expiry_date, d.status_code, d.fields, d.summary, d.full_text, d.origin, d.version,
       d.created_at, d.modified_at, d.search, d.eli_path
  FROM legaldocs.document d;
