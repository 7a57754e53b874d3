-- Dataset: citizen feedback and petitions (phản ánh, kiến nghị — PAKN) on the ministry's policies and procedures,
-- received and answered by the Information Centre (Trung tâm Công nghệ thông tin, unit TT_CNTT) with the ministry's
-- units (moha-platforms.md row 9); shared/reference/domain-notes.md §8: publish question and answer after redaction
-- of identifiers, never the petitioner's contact data.
--
-- Three layers with different audiences:
--   * the submitter's identity and contact (feedback.submitter) — restricted to the Information Centre; a table of its
--     own, apart from the question row, so that no view over feedback.item can reach it by accident;
--   * the case (feedback.item: the question as sent, classification, assignment, answer, workflow) — restricted: the
--     Centre sees every case, a unit the cases assigned to it;
--   * what is published (feedback.open_item): the title, question and answer as published — texts the officer set or
--     accepted on publishing, run through feedback.redact — with the field, dates and answering unit. The open API,
--     downloads, RDF and search read only this view; statistics read feedback.open_item_stats (no text at all).
CREATE SCHEMA IF NOT EXISTS feedback;

-- Fields (lĩnh vực) of the ministry's state management that a question is classified in: the codes of the legal
-- documents' field list (V002, our own list), each with the unit that usually answers it (a unit of
-- platform.org_unit; the Ministry Office where the ministry's unit for the field is not in that table).
CREATE TABLE feedback.field (
  code          text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  name_vi       text NOT NULL,
  name_en       text NOT NULL,
  default_unit  text NOT NULL REFERENCES platform.org_unit (code),
  sort          int NOT NULL
);
INSERT INTO feedback.field VALUES
  ('TO_CHUC_BO_MAY', 'Tổ chức bộ máy hành chính nhà nước', 'Organisation of the state administration', 'VAN_PHONG', 1),
  ('CAN_BO_CONG_CHUC', 'Cán bộ, công chức, viên chức', 'Cadres, civil servants and public employees', 'VU_CCVC', 2),
  ('TIEN_LUONG', 'Tiền lương', 'Salaries', 'VU_CCVC', 3),
  ('CHINH_QUYEN_DP', 'Chính quyền địa phương', 'Local government', 'VAN_PHONG', 4),
  ('DIA_GIOI_HC', 'Địa giới đơn vị hành chính', 'Administrative boundaries', 'VAN_PHONG', 5),
  ('CAI_CACH_HC', 'Cải cách hành chính', 'Public administration reform', 'VU_CCHC', 6),
  ('THI_DUA_KHEN_THUONG', 'Thi đua, khen thưởng', 'Emulation and commendation', 'BAN_TDKT', 7),
  ('TIN_NGUONG_TON_GIAO', 'Tín ngưỡng, tôn giáo', 'Beliefs and religion', 'VAN_PHONG', 8),
  ('VAN_THU_LUU_TRU', 'Văn thư, lưu trữ', 'Records management and archives', 'CUC_VTLTNN', 9),
  ('HOI_QUY', 'Hội, quỹ, tổ chức phi chính phủ', 'Associations, funds and non-governmental organisations',
   'VU_TCPCP', 10),
  ('THANH_NIEN', 'Công tác thanh niên', 'Youth affairs', 'VU_CTTN', 11),
  ('LAO_DONG_VIEC_LAM', 'Lao động, việc làm', 'Labour and employment', 'VAN_PHONG', 12),
  ('BAO_HIEM_XA_HOI', 'Bảo hiểm xã hội', 'Social insurance', 'VAN_PHONG', 13),
  ('AN_TOAN_LAO_DONG', 'An toàn, vệ sinh lao động', 'Occupational safety and health', 'VAN_PHONG', 14),
  ('CHUYEN_DOI_SO', 'Chuyển đổi số, Chính phủ điện tử', 'Digital transformation and e-government', 'TT_CNTT', 15),
  ('THANH_TRA', 'Thanh tra, khiếu nại, tố cáo', 'Inspection, complaints and denunciations', 'VU_PHAP_CHE', 16),
  ('PHAP_CHE', 'Xây dựng và thi hành pháp luật', 'Law-making and law enforcement', 'VU_PHAP_CHE', 17);

-- How a question came in: the online form (the public API), a letter, the hotline (entered by the Centre).
CREATE TABLE feedback.channel (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO feedback.channel VALUES
  ('online', 'Cổng thông tin điện tử', 'Online form', 1),
  ('post', 'Thư, văn bản gửi qua bưu chính', 'Letter by post', 2),
  ('hotline', 'Đường dây nóng', 'Hotline', 3);

-- The workflow as data: the API accepts exactly the rows of feedback.transition_rule and answers 409 for anything
-- else. `actor`: 'centre' = officers and reviewers of the Information Centre (TT_CNTT) and admins; 'unit' = officers
-- of the unit the case is assigned to, and admins.
CREATE TABLE feedback.status (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  final    boolean NOT NULL,
  sort     int NOT NULL
);
INSERT INTO feedback.status VALUES
  ('received', 'Đã tiếp nhận', 'Received', false, 1),
  ('classified', 'Đã phân loại', 'Classified', false, 2),
  ('assigned', 'Đã chuyển đơn vị xử lý', 'Assigned to a unit', false, 3),
  ('answered', 'Đã trả lời', 'Answered', false, 4),
  ('published', 'Đã công khai', 'Published', true, 5),
  ('rejected', 'Không thụ lý', 'Rejected', true, 6);

CREATE TABLE feedback.transition_rule (
  from_status   text NOT NULL REFERENCES feedback.status (code),
  action        text NOT NULL,
  to_status     text NOT NULL REFERENCES feedback.status (code),
  actor         text NOT NULL CHECK (actor IN ('centre', 'unit')),
  needs_comment boolean NOT NULL DEFAULT false,
  PRIMARY KEY (from_status, action)
);
INSERT INTO feedback.transition_rule VALUES
  ('received', 'classify', 'classified', 'centre', false),
  ('received', 'reject', 'rejected', 'centre', true),
  ('classified', 'classify', 'classified', 'centre', false),
  ('classified', 'assign', 'assigned', 'centre', false),
  ('classified', 'reject', 'rejected', 'centre', true),
  ('assigned', 'reassign', 'assigned', 'centre', true),
  ('assigned', 'answer', 'answered', 'unit', false),
  ('answered', 'publish', 'published', 'centre', false);

-- Days off for the handling time limit besides Saturdays and Sundays: the public holidays of Labour Code 45/2019/QH14
-- Art. 112 as the Government's yearly notices place them on working days (Tết and Hùng Kings' day follow the lunar
-- calendar). The fixed-date ones are generated for 2020-2030; the lunar ones are listed for 2022-2026 as we recall
-- the notices — UNCONFIRMED against the notices themselves (shared/reference has none): an operator corrects this
-- table, and due dates already set do not move.
CREATE TABLE feedback.holiday (
  day      date PRIMARY KEY,
  name_vi  text NOT NULL,
  source   text NOT NULL
);
INSERT INTO feedback.holiday
SELECT d, n, 'Labour Code 45/2019/QH14 Art. 112 (fixed date)'
  FROM generate_series(2020, 2030) AS y,
       LATERAL (VALUES (make_date(y, 1, 1), 'Tết Dương lịch'), (make_date(y, 4, 30), 'Ngày Chiến thắng'),
                       (make_date(y, 5, 1), 'Ngày Quốc tế lao động'), (make_date(y, 9, 2), 'Quốc khánh')) AS h(d, n)
 WHERE extract(isodow FROM d) < 6;
INSERT INTO feedback.holiday
SELECT d::date, n, 'yearly Government notice as recalled (UNCONFIRMED)'
  FROM (VALUES ('2022-01-31', 'Tết Nguyên đán'), ('2022-02-01', 'Tết Nguyên đán'), ('2022-02-02', 'Tết Nguyên đán'),
               ('2022-02-03', 'Tết Nguyên đán'), ('2022-02-04', 'Tết Nguyên đán'), ('2022-04-11', 'Giỗ Tổ Hùng Vương'),
               ('2022-09-01', 'Quốc khánh'),
               ('2023-01-20', 'Tết Nguyên đán'), ('2023-01-23', 'Tết Nguyên đán'), ('2023-01-24', 'Tết Nguyên đán'),
               ('2023-01-25', 'Tết Nguyên đán'), ('2023-01-26', 'Tết Nguyên đán'), ('2023-05-02', 'Giỗ Tổ Hùng Vương'),
               ('2023-05-03', 'Giỗ Tổ Hùng Vương'), ('2023-09-01', 'Quốc khánh'), ('2023-09-04', 'Quốc khánh'),
               ('2024-02-08', 'Tết Nguyên đán'), ('2024-02-09', 'Tết Nguyên đán'), ('2024-02-12', 'Tết Nguyên đán'),
               ('2024-02-13', 'Tết Nguyên đán'), ('2024-02-14', 'Tết Nguyên đán'), ('2024-04-18', 'Giỗ Tổ Hùng Vương'),
               ('2024-09-03', 'Quốc khánh'),
               ('2025-01-27', 'Tết Nguyên đán'), ('2025-01-28', 'Tết Nguyên đán'), ('2025-01-29', 'Tết Nguyên đán'),
               ('2025-01-30', 'Tết Nguyên đán'), ('2025-01-31', 'Tết Nguyên đán'), ('2025-04-07', 'Giỗ Tổ Hùng Vương'),
               ('2025-09-01', 'Quốc khánh'),
               ('2026-02-16', 'Tết Nguyên đán'), ('2026-02-17', 'Tết Nguyên đán'), ('2026-02-18', 'Tết Nguyên đán'),
               ('2026-02-19', 'Tết Nguyên đán'), ('2026-02-20', 'Tết Nguyên đán'), ('2026-04-27', 'Giỗ Tổ Hùng Vương'),
               ('2026-09-01', 'Quốc khánh')) AS v(d, n)
ON CONFLICT (day) DO NOTHING;

-- The n-th working day after d (d itself does not count: a question received on a Friday starts on Monday).
CREATE FUNCTION feedback.add_working_days(d date, n int) RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT w.day::date
    FROM generate_series(d + 1, d + n * 2 + 30, interval '1 day') AS w(day)
   WHERE extract(isodow FROM w.day) < 6
     AND NOT EXISTS (SELECT 1 FROM feedback.holiday h WHERE h.day = w.day::date)
   ORDER BY w.day
  OFFSET greatest(n, 1) - 1 LIMIT 1
$$;

-- The handling time limit: 10 working days from receipt (the ministry's rule for answering PAKN on its portal, as
-- the issue states it; one constant, here).
CREATE FUNCTION feedback.due_date(received date) RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE AS $$ SELECT feedback.add_working_days(received, 10) $$;

-- Removes identifiers from a text meant for publication: e-mail addresses, phone numbers (mobile and landline,
-- 0… or +84…, with spaces, dots or dashes), citizen ID numbers (9-digit CMND, 12-digit CCCD, also grouped by three),
-- dates of birth written in prose ("sinh ngày 01/01/1990", "ngày sinh: …") and the submitter's own name wherever it
-- occurs (case-insensitive). What it cannot know — a neighbour's name, a street address typed into the question —
-- is the publishing officer's to edit: the officer's text goes through this function as well.
CREATE FUNCTION feedback.redact(t text, person text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  out text := t;
  name text := nullif(btrim(regexp_replace(coalesce(person, ''), '\s+', ' ', 'g')), '');
BEGIN
  IF out IS NULL THEN
    RETURN NULL;
  END IF;
  out := regexp_replace(out, '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}', '[email đã ẩn]', 'g');
  out := regexp_replace(out,
    '(ngày sinh|sinh ngày|ngay sinh|sinh ngay|năm sinh|nam sinh)(\s*:?\s*)\d{1,4}([-/.]\d{1,2}([-/.]\d{1,4})?)?',
    '\1\2[đã ẩn]', 'gi');
  out := regexp_replace(out, '(?<![0-9A-Za-z+])(\+84|0)[ .-]?\(?[0-9]\)?([ .-]?[0-9]){8,9}(?![0-9])',
    '[số điện thoại đã ẩn]', 'g');
  out := regexp_replace(out, '(?<![0-9A-Za-z/.,-])[0-9]{3} ?[0-9]{3} ?[0-9]{3}( ?[0-9]{3})?(?![0-9]|[.,/-][0-9])',
    '[số định danh đã ẩn]', 'g');
  IF name IS NOT NULL AND length(name) >= 4 THEN
    -- the name as a pattern: regex characters escaped, any run of white space between its words
    out := regexp_replace(out, '(?<![[:alnum:]])'
      || replace(regexp_replace(name, '([.*+?^$(){}|\[\]\\])', '\\\1', 'g'), ' ', '\s+')
      || '(?![[:alnum:]])', '[họ tên đã ẩn]', 'gi');
  END IF;
  RETURN out;
END
$$;

-- The case: one question and its handling. `tracking_code` and the hash of the submitter's secret let the submitter
-- follow it (the secret itself is shown once and never stored); `key` names it in open outputs once published
-- (year of receipt + id: nothing of the tracking code). The published_* texts are set on publishing only.
CREATE SEQUENCE feedback.item_id_seq;
CREATE TABLE feedback.item (
  id                  bigint PRIMARY KEY DEFAULT nextval('feedback.item_id_seq'),
  key                 text NOT NULL UNIQUE CHECK (key ~ '^[0-9]{4}-[0-9]{6,9}$'),
  tracking_code       text NOT NULL UNIQUE CHECK (tracking_code ~ '^PAKN-[0-9]{4}-[A-Z0-9]{8}$'),
  secret_hash         bytea NOT NULL CHECK (length(secret_hash) = 32),
  title               text NOT NULL CHECK (length(title) BETWEEN 5 AND 200),
  question            text NOT NULL CHECK (length(question) BETWEEN 20 AND 5000),
  channel_code        text NOT NULL REFERENCES feedback.channel (code),
  received_at         timestamptz NOT NULL,
  received_date       date NOT NULL,
  due_date            date NOT NULL,
  status_code         text NOT NULL DEFAULT 'received' REFERENCES feedback.status (code),
  field_code          text REFERENCES feedback.field (code),
  procedure_code      text CHECK (procedure_code ~ '^[0-9]\.[0-9]{6}(\.[0-9A-Z.]{1,30})?$'),
  legal_document      text CHECK (length(legal_document) BETWEEN 3 AND 64 AND legal_document ~ '[/-]'
                                  AND legal_document ~ '[A-Za-zĐđ]' AND legal_document !~ '@'),
  assigned_unit       text REFERENCES platform.org_unit (code),
  answer              text CHECK (length(answer) BETWEEN 20 AND 20000),
  answered_unit       text REFERENCES platform.org_unit (code),
  answered_at         timestamptz,
  reject_reason       text,
  published_title     text,
  published_question  text,
  published_answer    text,
  published_at        timestamptz,
  origin              text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'generated')),
  version             int NOT NULL DEFAULT 1,
  created_at          timestamptz NOT NULL DEFAULT now(),
  modified_at         timestamptz NOT NULL DEFAULT now(),
  -- only the published texts are searchable: a search can never match what was redacted
  search              tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('simple', platform.vn_fold(coalesce(published_title, ''))), 'A') ||
                        setweight(to_tsvector('simple', platform.vn_fold(coalesce(published_question, ''))), 'B') ||
                        setweight(to_tsvector('simple', platform.vn_fold(coalesce(published_answer, ''))), 'C')) STORED,
  CHECK (due_date > received_date),
  CHECK (status_code = 'received' OR status_code = 'rejected' OR field_code IS NOT NULL),
  CHECK (status_code NOT IN ('assigned', 'answered', 'published') OR assigned_unit IS NOT NULL),
  CHECK ((status_code IN ('answered', 'published')) = (answer IS NOT NULL AND answered_at IS NOT NULL
                                                      AND answered_unit IS NOT NULL)),
  CHECK ((status_code = 'rejected') = (reject_reason IS NOT NULL)),
  CHECK ((status_code = 'published') = (published_at IS NOT NULL AND published_title IS NOT NULL
                                       AND published_question IS NOT NULL AND published_answer IS NOT NULL))
);
CREATE INDEX item_status_idx ON feedback.item (status_code, id);
CREATE INDEX item_unit_idx ON feedback.item (assigned_unit, id);
CREATE INDEX item_received_idx ON feedback.item (received_date, id);
CREATE INDEX item_published_idx ON feedback.item (received_date DESC, id DESC) WHERE status_code = 'published';
CREATE INDEX item_published_modified_idx ON feedback.item (modified_at) WHERE status_code = 'published';
CREATE INDEX item_search_idx ON feedback.item USING gin (search);

-- The submitter: restricted (Information Centre and admins). Personal data (Decree 13/2023/NĐ-CP Art. 2.3: name,
-- phone, e-mail, address); never in a view that an open output reads.
CREATE TABLE feedback.submitter (
  item_id  bigint PRIMARY KEY REFERENCES feedback.item (id) ON DELETE CASCADE,
  name     text NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
  phone    text CHECK (phone ~ '^\+?[0-9 .()-]{8,20}$'),
  email    text CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' AND length(email) <= 254),
  address  text CHECK (length(address) BETWEEN 5 AND 300),
  CHECK (phone IS NOT NULL OR email IS NOT NULL OR address IS NOT NULL)
);

-- Every workflow step: who, when, from → to, to which unit (assign, reassign, answer), why. Append-only.
CREATE TABLE feedback.transition (
  id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  item_id      bigint NOT NULL REFERENCES feedback.item (id) ON DELETE CASCADE,
  at           timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor        text NOT NULL,
  actor_unit   text,
  action       text NOT NULL,
  from_status  text REFERENCES feedback.status (code),
  to_status    text NOT NULL REFERENCES feedback.status (code),
  unit         text REFERENCES platform.org_unit (code),
  comment      text
);
CREATE INDEX transition_item_idx ON feedback.transition (item_id, at, id);
CREATE FUNCTION feedback.transition_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'feedback.transition is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER transition_no_update BEFORE UPDATE ON feedback.transition
  FOR EACH ROW EXECUTE FUNCTION feedback.transition_immutable();

-- Published questions and answers: the only view the open API, downloads, RDF and search read. No column of
-- feedback.submitter, no text as submitted, no tracking code.
CREATE VIEW feedback.open_item AS
SELECT i.id, i.key, i.published_title AS title, i.published_question AS question, i.published_answer AS answer,
       i.field_code, f.name_vi AS field_vi, f.name_en AS field_en, i.procedure_code, i.legal_document,
       i.channel_code, c.name_vi AS channel_vi, c.name_en AS channel_en, i.received_date,
       extract(year FROM i.received_date)::int AS year,
       (i.answered_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS answered_date,
       i.answered_unit, u.name_vi AS answered_unit_vi, u.name_en AS answered_unit_en,
       i.published_at, i.origin, i.version, i.modified_at, i.search
  FROM feedback.item i
  JOIN feedback.field f ON f.code = i.field_code
  JOIN feedback.channel c ON c.code = i.channel_code
  JOIN platform.org_unit u ON u.code = i.answered_unit
 WHERE i.status_code = 'published';

-- Handling times for the open statistics: no text, no person, no tracking code. Overdue = answered after the due
-- date, or still open (not answered, not rejected) after it (Vietnam date, evaluated when read).
CREATE VIEW feedback.open_item_stats AS
SELECT i.id, i.received_date, to_char(i.received_date, 'YYYY-MM') AS month,
       extract(year FROM i.received_date)::int AS year, i.field_code, i.status_code, i.due_date,
       (i.answered_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS answered_date,
       CASE WHEN i.answered_at IS NOT NULL THEN (i.answered_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > i.due_date
            WHEN i.status_code = 'rejected' THEN false
            ELSE (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > i.due_date END AS overdue
  FROM feedback.item i;

-- The open dataset in the catalogue (publisher: the Information Centre, which runs PAKN) and its own theme.
INSERT INTO catalog.theme VALUES
  ('phan-anh-kien-nghi', 'Phản ánh, kiến nghị của người dân', 'Citizen feedback and petitions');
INSERT INTO catalog.dataset (name, position, title_vi, title_en, description_vi, description_en, publisher,
                             eu_themes, themes, keywords_vi, keywords_en) VALUES
  ('feedback', 9,
   'Phản ánh, kiến nghị của người dân và trả lời của Bộ Nội vụ',
   'Citizen feedback and petitions with the answers of the Ministry of Home Affairs',
   'Các câu hỏi, phản ánh, kiến nghị của người dân, doanh nghiệp về chính sách và thủ tục hành chính thuộc lĩnh vực '
   || 'của Bộ Nội vụ đã được trả lời và công khai: tiêu đề, nội dung câu hỏi, nội dung trả lời, lĩnh vực, thủ tục '
   || 'hoặc văn bản liên quan, ngày tiếp nhận, ngày trả lời, đơn vị trả lời. Thông tin định danh (số điện thoại, '
   || 'thư điện tử, số định danh cá nhân, họ tên người gửi) được lược bỏ trước khi công khai; thông tin liên hệ của '
   || 'người gửi không bao giờ được công khai. Một phần dữ liệu là dữ liệu minh họa được sinh tự động.',
   'Questions, feedback and petitions from citizens and businesses about the policies and administrative procedures '
   || 'of the Ministry of Home Affairs that were answered and published: title, question, answer, field, the '
   || 'procedure or legal document concerned, dates of receipt and answer, answering unit. Identifiers (phone '
   || 'numbers, e-mail addresses, personal ID numbers, the sender''s name) are removed before publication; the '
   || 'sender''s contact details are never published. Part of the data is generated demo data.',
   'TT_CNTT', '{GOVE}', '{phan-anh-kien-nghi}',
   '{phản ánh,kiến nghị,hỏi đáp,trả lời người dân,thủ tục hành chính}',
   '{citizen feedback,petitions,questions and answers,public services,administrative procedures}');
