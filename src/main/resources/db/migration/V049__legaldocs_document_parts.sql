-- A legal document read by id (GET /legal-documents/{id}, and the answer of every write) carries its attachments and
-- its outgoing relations as JSON arrays. Built by two correlated subqueries (json_agg over legaldocs.open_attachment and
-- legaldocs.open_relation, the latter joined to the relation types), they halved PostgreSQL's rate for that statement:
-- pgbench -M prepared -c 8 on 1 000 000 documents, the box's other core busy, alternated runs: 17 913 / 15 252 tps
-- with the subqueries, 27 137 / 23 307 reading the arrays kept here, 29 788 / 30 545 for the row alone.
--
-- legaldocs.document_parts keeps both arrays per document, exactly as the subqueries built them, for the documents
-- that have any (a missing row means two empty arrays). Statement triggers on attachment and relation refresh the
-- documents a statement touched, whoever runs it (the API's writes, the demo seed, psql), inside the same transaction:
-- a write's own answer and every later read see the new arrays; a rollback leaves the old ones. They are not kept in
-- legaldocs.document itself: updating a row recomputes its generated search vector (the whole text, folded).
-- Deleting a document deletes its row here (foreign key); its relations from other documents go by the relation
-- table's cascade, whose trigger refreshes the documents that pointed at it.
CREATE TABLE legaldocs.document_parts (
  document_id  bigint PRIMARY KEY REFERENCES legaldocs.document(id) ON DELETE CASCADE,
  attachments  json NOT NULL,
  relations    json NOT NULL
);

CREATE VIEW legaldocs.open_document_parts AS
SELECT document_id, attachments, relations FROM legaldocs.document_parts;

-- Rebuilds the rows of these documents (duplicates and ids of deleted documents allowed). The arrays are published, so
-- they are read through the open views, as the subqueries they replace were: what those views leave out never reaches
-- this table.
CREATE FUNCTION legaldocs.refresh_document_parts(ids bigint[]) RETURNS void
LANGUAGE sql AS $$
  DELETE FROM legaldocs.document_parts p
   WHERE p.document_id = ANY (ids)
     AND NOT EXISTS (SELECT 1 FROM legaldocs.open_attachment a WHERE a.document_id = p.document_id)
     AND NOT EXISTS (SELECT 1 FROM legaldocs.open_relation r WHERE r.source_id = p.document_id);
  INSERT INTO legaldocs.document_parts AS p (document_id, attachments, relations)
  SELECT d.id,
         (SELECT coalesce(json_agg(json_build_object('name', a.name, 'media_type', a.media_type, 'size', a.size,
                   'checksum', a.checksum) ORDER BY a.ord), '[]'::json)
            FROM legaldocs.open_attachment a WHERE a.document_id = d.id),
         (SELECT coalesce(json_agg(json_build_object('type', r.type_code, 'target', r.target_id)
                   ORDER BY r.type_code, r.target_id), '[]'::json)
            FROM legaldocs.open_relation r WHERE r.source_id = d.id)
    FROM (SELECT DISTINCT u.id FROM unnest(ids) AS u(id)) u
    JOIN legaldocs.document d ON d.id = u.id
   WHERE EXISTS (SELECT 1 FROM legaldocs.open_attachment a WHERE a.document_id = d.id)
      OR EXISTS (SELECT 1 FROM legaldocs.open_relation r WHERE r.source_id = d.id)
  ON CONFLICT (document_id) DO UPDATE SET attachments = EXCLUDED.attachments, relations = EXCLUDED.relations;
$$;

-- The trigger of attachment and relation: refreshes the documents named in column TG_ARGV[0] (document_id, source_id)
-- of the rows the statement wrote or removed. Transition tables allow one event per trigger: three triggers a table.
CREATE FUNCTION legaldocs.parts_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(CASE TG_OP
      WHEN 'INSERT' THEN 'SELECT legaldocs.refresh_document_parts(ARRAY(SELECT %1$I FROM new_rows))'
      WHEN 'DELETE' THEN 'SELECT legaldocs.refresh_document_parts(ARRAY(SELECT %1$I FROM old_rows))'
      ELSE 'SELECT legaldocs.refresh_document_parts(ARRAY(SELECT %1$I FROM new_rows UNION SELECT %1$I FROM old_rows))'
    END, TG_ARGV[0]);
  RETURN NULL;
END
$$;

CREATE TRIGGER attachment_parts_insert AFTER INSERT ON legaldocs.attachment
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION legaldocs.parts_changed('document_id');
CREATE TRIGGER attachment_parts_update AFTER UPDATE ON legaldocs.attachment
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION legaldocs.parts_changed('document_id');
CREATE TRIGGER attachment_parts_delete AFTER DELETE ON legaldocs.attachment
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION legaldocs.parts_changed('document_id');
CREATE TRIGGER relation_parts_insert AFTER INSERT ON legaldocs.relation
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION legaldocs.parts_changed('source_id');
CREATE TRIGGER relation_parts_update AFTER UPDATE ON legaldocs.relation
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION legaldocs.parts_changed('source_id');
CREATE TRIGGER relation_parts_delete AFTER DELETE ON legaldocs.relation
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION legaldocs.parts_changed('source_id');

-- The documents already there.
SELECT legaldocs.refresh_document_parts(ARRAY(SELECT document_id FROM legaldocs.attachment
                                              UNION SELECT source_id FROM legaldocs.relation));
