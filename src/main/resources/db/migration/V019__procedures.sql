-- Dataset: administrative procedures (thủ tục hành chính, TTHC) of the Ministry of Home Affairs and the one-stop
-- online dossiers (hồ sơ trực tuyến, Bộ phận một cửa) filed under them — issue 7; moha-platforms.md row 14 (the
-- online public-service portal and one-stop shop, run by the Ministry Office: 24 procedures status-synced with the
-- national public-service portal; the Government Religious Affairs Committee runs all 43 of its procedures fully
-- online); domain-notes.md §9 (TTHC codes 1.0xxxxx).
--
-- Three layers with different audiences:
--   * the procedure catalogue (procedures.procedure) — open: code, name, field, level, implementing body, time limit,
--     fees, required documents, legal basis (procedures.legal_basis, linked to legaldocs.document by number when the
--     document is there), online level, sync with the national portal;
--   * the dossiers (procedures.dossier, its attachments' metadata and its steps) — restricted: the one-stop desk of
--     the Ministry Office (VAN_PHONG) sees all, a unit the dossiers assigned to it; the applicant follows their own
--     with receipt code + secret (procedures.dossier_tracking: no name, no handler's name);
--   * the applicant (procedures.applicant) — personal data, a table of its own, read by the desk only;
--   * open statistics (procedures.open_dossier_stats): counts per procedure, unit and month, no text, no person.
CREATE SCHEMA IF NOT EXISTS procedures;

-- The Government Religious Affairs Committee (Ban Tôn giáo Chính phủ), a body of the ministry that implements the
-- religion procedures (moha-platforms.md row 14).
INSERT INTO platform.org_unit VALUES
  ('BAN_TGCP', 'Ban Tôn giáo Chính phủ', 'Government Religious Affairs Committee', 'moha-platforms.md row 14')
ON CONFLICT (code) DO NOTHING;

-- Fields (lĩnh vực) of the ministry's procedures, as the national procedure database groups them.
CREATE TABLE procedures.field (
  code     text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO procedures.field VALUES
  ('TON_GIAO', 'Tín ngưỡng, tôn giáo', 'Beliefs and religion', 1),
  ('HOI_QUY', 'Tổ chức hội, tổ chức phi chính phủ, quỹ', 'Associations, NGOs and funds', 2),
  ('THI_DUA_KHEN_THUONG', 'Thi đua, khen thưởng', 'Emulation and commendation', 3),
  ('CONG_CHUC_VIEN_CHUC', 'Công chức, viên chức', 'Civil servants and public employees', 4),
  ('VAN_THU_LUU_TRU', 'Văn thư, lưu trữ', 'Records management and archives', 5),
  ('TO_CHUC_HANH_CHINH', 'Tổ chức hành chính, đơn vị sự nghiệp', 'Administrative organisation', 6);

-- Levels of government that implement a procedure.
CREATE TABLE procedures.level (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO procedures.level VALUES
  ('ministry', 'Cấp bộ', 'Ministry', 1),
  ('province', 'Cấp tỉnh', 'Province', 2),
  ('commune', 'Cấp xã', 'Commune', 3);

-- The procedure catalogue. `code`: the national procedure database's code (1.0xxxxx); the demo's codes are made up
-- (origin 'generated') — the names follow the ministry's real procedures, the codes, time limits and fees do not come
-- from the national database. `time_limit_days`: working days from a complete dossier to the result.
CREATE TABLE procedures.procedure (
  code               text PRIMARY KEY CHECK (code ~ '^[0-9]\.[0-9]{6}$'),
  name               text NOT NULL CHECK (length(name) BETWEEN 10 AND 500),
  field_code         text NOT NULL REFERENCES procedures.field (code),
  level_code         text NOT NULL REFERENCES procedures.level (code),
  unit               text NOT NULL REFERENCES platform.org_unit (code),
  implementing_body  text NOT NULL,
  time_limit_days    int NOT NULL CHECK (time_limit_days BETWEEN 1 AND 120),
  fee_vnd            int CHECK (fee_vnd >= 0),
  fee_note           text,
  documents          text[] NOT NULL CHECK (cardinality(documents) >= 1),
  result             text NOT NULL,
  online_level       text NOT NULL CHECK (online_level IN ('full', 'partial')),
  national_sync      boolean NOT NULL,
  origin             text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'generated')),
  version            int NOT NULL DEFAULT 1,
  modified_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX procedure_field_idx ON procedures.procedure (field_code, code);

-- The legal basis of a procedure, in order: the document's number as written, and its title. The link to
-- legaldocs.document is made when read (procedures.open_legal_basis): the legal documents are loaded after the
-- migrations, and a document added later links without touching this table.
CREATE TABLE procedures.legal_basis (
  procedure_code  text NOT NULL REFERENCES procedures.procedure (code) ON DELETE CASCADE,
  ord             int NOT NULL,
  number          text NOT NULL,
  title           text NOT NULL,
  PRIMARY KEY (procedure_code, ord)
);

CREATE VIEW procedures.open_legal_basis AS
SELECT b.procedure_code, b.ord, b.number, b.title,
       (SELECT d.id FROM legaldocs.open_document d WHERE d.number = b.number ORDER BY d.issued_date DESC LIMIT 1)
         AS document_id
  FROM procedures.legal_basis b;

CREATE VIEW procedures.open_procedure AS
SELECT p.code, p.name, p.field_code, f.name_vi AS field_vi, f.name_en AS field_en, p.level_code,
       l.name_vi AS level_vi, l.name_en AS level_en, p.unit, u.name_vi AS unit_vi, u.name_en AS unit_en,
       p.implementing_body, p.time_limit_days, p.fee_vnd, p.fee_note, p.documents, p.result, p.online_level,
       p.national_sync, p.origin, p.version, p.modified_at, f.sort AS field_sort,
       replace(p.code, '.', '-') AS key
  FROM procedures.procedure p
  JOIN procedures.field f ON f.code = p.field_code
  JOIN procedures.level l ON l.code = p.level_code
  JOIN platform.org_unit u ON u.code = p.unit;

-- The dossier workflow as data (Decree 61/2018/NĐ-CP on the one-stop mechanism, simplified): the API accepts exactly
-- the rows of procedures.transition_rule and answers 409 for anything else. `actor`: 'desk' = officers and reviewers
-- of the one-stop desk (Ministry Office, VAN_PHONG) and admins; 'unit' = officers of the unit the dossier is
-- assigned to, and admins (the unit names its handler with assign_handler).
CREATE TABLE procedures.dossier_status (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  final    boolean NOT NULL,
  sort     int NOT NULL
);
INSERT INTO procedures.dossier_status VALUES
  ('received', 'Đã tiếp nhận', 'Received', false, 1),
  ('in_processing', 'Đang xử lý', 'In processing', false, 2),
  ('supplement_requested', 'Yêu cầu bổ sung hồ sơ', 'Additional documents requested', false, 3),
  ('resolved', 'Đã giải quyết', 'Resolved', false, 4),
  ('refused', 'Từ chối giải quyết', 'Refused', false, 5),
  ('returned', 'Đã trả kết quả', 'Result returned', true, 6);

CREATE TABLE procedures.transition_rule (
  from_status   text NOT NULL REFERENCES procedures.dossier_status (code),
  action        text NOT NULL,
  to_status     text NOT NULL REFERENCES procedures.dossier_status (code),
  actor         text NOT NULL CHECK (actor IN ('desk', 'unit')),
  needs_comment boolean NOT NULL DEFAULT false,
  PRIMARY KEY (from_status, action)
);
INSERT INTO procedures.transition_rule VALUES
  ('received', 'assign', 'in_processing', 'desk', false),
  ('received', 'refuse', 'refused', 'desk', true),
  ('in_processing', 'reassign', 'in_processing', 'desk', true),
  ('in_processing', 'assign_handler', 'in_processing', 'unit', false),
  ('in_processing', 'request_supplement', 'supplement_requested', 'unit', true),
  ('supplement_requested', 'receive_supplement', 'in_processing', 'unit', false),
  ('supplement_requested', 'refuse', 'refused', 'unit', true),
  ('in_processing', 'resolve', 'resolved', 'unit', false),
  ('in_processing', 'refuse', 'refused', 'unit', true),
  ('resolved', 'return_result', 'returned', 'desk', false),
  ('refused', 'return_result', 'returned', 'desk', false);

-- The due date: the procedure's time limit in working days (Saturdays, Sundays and the holidays of feedback.holiday
-- off — one holiday table for the ministry, kept by V017) from the day the dossier is complete (its receipt, or the
-- day the requested documents arrive: the clock restarts then).
CREATE FUNCTION procedures.due_date(complete date, days int) RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE AS $$ SELECT feedback.add_working_days(complete, days) $$;

-- A dossier. `code`: the receipt code (HS-{year}-{8 random characters}: cannot be enumerated) that the applicant
-- follows with the secret shown once (only its SHA-256 is kept). `handler`: the subject of the officer handling it
-- (never shown to the public: tracking tells the unit and the role only). `decided_at`: resolved or refused.
CREATE SEQUENCE procedures.dossier_id_seq;
CREATE TABLE procedures.dossier (
  id              bigint PRIMARY KEY DEFAULT nextval('procedures.dossier_id_seq'),
  code            text NOT NULL UNIQUE CHECK (code ~ '^HS-[0-9]{4}-[A-Z0-9]{8}$'),
  secret_hash     bytea NOT NULL CHECK (length(secret_hash) = 32),
  procedure_code  text NOT NULL REFERENCES procedures.procedure (code),
  channel         text NOT NULL DEFAULT 'online' CHECK (channel IN ('online', 'desk', 'post')),
  received_at     timestamptz NOT NULL,
  received_date   date NOT NULL,
  due_date        date NOT NULL,
  status_code     text NOT NULL DEFAULT 'received' REFERENCES procedures.dossier_status (code),
  assigned_unit   text REFERENCES platform.org_unit (code),
  handler         text,
  decided_at      timestamptz,
  returned_at     timestamptz,
  note            text CHECK (length(note) <= 2000),
  refuse_reason   text,
  origin          text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'generated')),
  version         int NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  modified_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (due_date > received_date),
  CHECK (status_code = 'received' OR status_code = 'refused' OR status_code = 'returned'
         OR assigned_unit IS NOT NULL),
  CHECK ((status_code IN ('resolved', 'refused', 'returned')) = (decided_at IS NOT NULL)),
  CHECK ((status_code = 'returned') = (returned_at IS NOT NULL)),
  CHECK (status_code <> 'refused' OR refuse_reason IS NOT NULL)
);
CREATE INDEX dossier_status_idx ON procedures.dossier (status_code, id);
CREATE INDEX dossier_unit_idx ON procedures.dossier (assigned_unit, id);
CREATE INDEX dossier_procedure_idx ON procedures.dossier (procedure_code, received_date);
CREATE INDEX dossier_received_idx ON procedures.dossier (received_date, id);

-- The applicant: personal data (Decree 13/2023/NĐ-CP Art. 2.3), the one-stop desk's only. `organisation`: when an
-- organisation applies (an association, a religious organisation), its name; the person is its representative.
CREATE TABLE procedures.applicant (
  dossier_id    bigint PRIMARY KEY REFERENCES procedures.dossier (id) ON DELETE CASCADE,
  name          text NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
  organisation  text CHECK (length(organisation) BETWEEN 2 AND 300),
  phone         text CHECK (phone ~ '^\+?[0-9 .()-]{8,20}$'),
  email         text CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' AND length(email) <= 254),
  address       text CHECK (length(address) BETWEEN 5 AND 300),
  CHECK (phone IS NOT NULL OR email IS NOT NULL OR address IS NOT NULL)
);

-- What came with the dossier: metadata only (the files themselves live in the one-stop system's store).
CREATE TABLE procedures.attachment (
  dossier_id  bigint NOT NULL REFERENCES procedures.dossier (id) ON DELETE CASCADE,
  ord         int NOT NULL,
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
  media_type  text NOT NULL CHECK (media_type ~ '^[a-z]+/[a-zA-Z0-9.+-]+$'),
  size        bigint NOT NULL CHECK (size > 0 AND size <= 52428800),
  sha256      text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  document    text CHECK (length(document) <= 500),
  PRIMARY KEY (dossier_id, ord)
);

-- Every step: who, when, from → to, to which unit, why. Append-only.
CREATE TABLE procedures.dossier_transition (
  id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  dossier_id   bigint NOT NULL REFERENCES procedures.dossier (id) ON DELETE CASCADE,
  at           timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor        text NOT NULL,
  actor_unit   text,
  action       text NOT NULL,
  from_status  text REFERENCES procedures.dossier_status (code),
  to_status    text NOT NULL REFERENCES procedures.dossier_status (code),
  unit         text REFERENCES platform.org_unit (code),
  comment      text
);
CREATE INDEX dossier_transition_idx ON procedures.dossier_transition (dossier_id, at, id);
CREATE FUNCTION procedures.transition_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'procedures.dossier_transition is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER dossier_transition_no_update BEFORE UPDATE ON procedures.dossier_transition
  FOR EACH ROW EXECUTE FUNCTION procedures.transition_immutable();

-- Times for the statistics and the overdue flag: no text, no person, no receipt code. Decided on time = decided on or
-- before the due date (Vietnam date); an undecided dossier is overdue once the due date has passed (as of now; one
-- waiting for additional documents is not, its clock is stopped).
CREATE VIEW procedures.open_dossier_stats AS
SELECT d.id, d.procedure_code, coalesce(d.assigned_unit, p.unit) AS unit, d.received_date,
       to_char(d.received_date, 'YYYY-MM') AS month, extract(year FROM d.received_date)::int AS year,
       d.status_code, d.refuse_reason IS NOT NULL AS refused, d.due_date,
       (d.decided_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS decided_date,
       CASE WHEN d.decided_at IS NOT NULL THEN (d.decided_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= d.due_date END
         AS on_time,
       d.decided_at IS NULL AND d.status_code <> 'supplement_requested'
         AND (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > d.due_date AS overdue
  FROM procedures.dossier d
  JOIN procedures.procedure p ON p.code = d.procedure_code;

-- The open dataset in the catalogue: the procedure catalogue (the Ministry Office runs the public-service portal).
INSERT INTO catalog.dataset (name, position, title_vi, title_en, description_vi, description_en, publisher,
                             eu_themes, themes, keywords_vi, keywords_en) VALUES
  ('procedures', 11,
   'Thủ tục hành chính và dịch vụ công trực tuyến của Bộ Nội vụ',
   'Administrative procedures and online public services of the Ministry of Home Affairs',
   'Danh mục thủ tục hành chính thuộc phạm vi quản lý của Bộ Nội vụ: mã, tên, lĩnh vực, cấp thực hiện, cơ quan thực '
   || 'hiện, thời hạn giải quyết (ngày làm việc), phí, lệ phí, thành phần hồ sơ, căn cứ pháp lý, mức độ dịch vụ công '
   || 'trực tuyến (toàn trình hoặc một phần) và việc đồng bộ trạng thái với Cổng Dịch vụ công quốc gia. Thống kê hồ '
   || 'sơ tiếp nhận, giải quyết đúng hạn, quá hạn theo thủ tục, đơn vị và tháng có tại '
   || '/api/v1/statistics/procedure-dossiers. '
   || 'Mã thủ tục, thời hạn và phí trong dữ liệu minh họa được sinh tự động.',
   'The administrative procedures the Ministry of Home Affairs manages: code, name, field, level, implementing body, '
   || 'time limit (working days), fees, required documents, legal basis, online level (full or partial) and whether '
   || 'the status is synchronised with the national public-service portal. Statistics of dossiers received, resolved '
   || 'on time and late by procedure, unit and month are at /api/v1/statistics/procedure-dossiers. Procedure codes, '
   || 'time limits '
   || 'and fees in the demo data are generated.',
   'VAN_PHONG', '{GOVE}', '{dich-vu-cong}',
   '{thủ tục hành chính,dịch vụ công trực tuyến,một cửa,hồ sơ trực tuyến,Cổng Dịch vụ công}',
   '{administrative procedures,online public services,one-stop shop,online dossiers,public service portal}');
