-- Access control: the ministry's organisational units (the unit scope of officers' tokens), developers' API keys
-- (stored hashed) and the append-only audit log.

-- Units of the ministry that own datasets. Names from shared/reference/domain-notes.md §6 (the 22 units of the merged
-- ministry, Decree 25/2025/NĐ-CP) and moha-platforms.md (owner units); the legal department is named by issue 3.
-- The code is what an identity provider puts in the token's unit claim.
CREATE TABLE platform.org_unit (
  code     text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  source   text NOT NULL
);

INSERT INTO platform.org_unit VALUES
  ('VAN_PHONG', 'Văn phòng Bộ', 'Ministry Office', 'moha-platforms.md'),
  ('TT_CNTT', 'Trung tâm Công nghệ thông tin', 'Information Centre', 'domain-notes.md §6; moha-platforms.md'),
  ('VU_PHAP_CHE', 'Vụ Pháp chế', 'Legal Department', 'issue 3 (legal-documents writers)'),
  ('VU_CCHC', 'Vụ Cải cách hành chính', 'Public Administration Reform Department', 'domain-notes.md §6; moha-platforms.md'),
  ('VU_TCPCP', 'Vụ Tổ chức phi chính phủ', 'NGO Department', 'domain-notes.md §6; moha-platforms.md'),
  ('VU_CCVC', 'Vụ Công chức – Viên chức', 'Civil Servants and Public Employees Department', 'domain-notes.md §6'),
  ('CUC_VTLTNN', 'Cục Văn thư và Lưu trữ nhà nước', 'State Records and Archives Department', 'domain-notes.md §6; moha-platforms.md'),
  ('BAN_TDKT', 'Ban Thi đua – Khen thưởng Trung ương', 'Central Emulation and Commendation Board', 'domain-notes.md §6; moha-platforms.md'),
  ('VU_CTTN', 'Vụ Công tác thanh niên', 'Youth Affairs Department', 'moha-platforms.md (English name only; Vietnamese name ours)');

-- Developers' API keys. Only the SHA-256 of a key is kept: keys are 256-bit random values, so a fast hash is safe
-- (no dictionary to brute-force) and lets every request be checked with one index lookup. `prefix` is shown in
-- lists so that owners can tell their keys apart.
CREATE TABLE platform.api_key (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_sub   text NOT NULL,
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  prefix      text NOT NULL,
  key_hash    bytea NOT NULL UNIQUE CHECK (length(key_hash) = 32),
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);
CREATE INDEX api_key_owner ON platform.api_key (owner_sub, created_at DESC);

-- The audit log: who did what to which record, when, from where, and how it ended. Writes add their row in the
-- same transaction as the change; reads of restricted records and refused attempts add theirs right after.
-- Append-only: triggers refuse UPDATE, DELETE and TRUNCATE for everyone, the API has no route that changes it.
CREATE TABLE platform.audit_event (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at            timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor         text NOT NULL,
  auth_method   text NOT NULL CHECK (auth_method IN ('anonymous', 'api-key', 'token')),
  roles         text[] NOT NULL DEFAULT '{}',
  unit          text,
  operation     text NOT NULL,
  method        text NOT NULL,
  path          text NOT NULL,
  record_type   text,
  record_id     text,
  outcome       text NOT NULL CHECK (outcome IN ('success', 'denied', 'unauthenticated', 'not-found', 'failed')),
  status        int NOT NULL,
  client_ip     text,
  request_id    text
);
CREATE INDEX audit_event_at ON platform.audit_event (at DESC, id DESC);
CREATE INDEX audit_event_actor ON platform.audit_event (actor, id DESC);
CREATE INDEX audit_event_record ON platform.audit_event (record_type, record_id, id DESC);

CREATE FUNCTION platform.audit_event_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'platform.audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON platform.audit_event
  FOR EACH ROW EXECUTE FUNCTION platform.audit_event_immutable();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON platform.audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION platform.audit_event_immutable();
