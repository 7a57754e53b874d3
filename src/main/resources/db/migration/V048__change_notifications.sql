-- Every server on this database keeps the open list pages it answered (legal documents, awards) until the rows behind
-- them change (platform/http/PageCache). A statement that changes those tables, whoever runs it (a server's writes,
-- a seed, psql), tells every listening server at its commit: NOTIFY on channel moha_data_changed with the schema as
-- payload. Per statement, not per row (a bulk load notifies once per statement, and PostgreSQL folds identical
-- notifications of one transaction into one); nothing is sent for a transaction that rolls back.
CREATE FUNCTION platform.notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('moha_data_changed', TG_TABLE_SCHEMA);
  RETURN NULL;
END
$$;

CREATE TRIGGER document_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON legaldocs.document
  FOR EACH STATEMENT EXECUTE FUNCTION platform.notify_change();
CREATE TRIGGER award_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON awards.award
  FOR EACH STATEMENT EXECUTE FUNCTION platform.notify_change();
