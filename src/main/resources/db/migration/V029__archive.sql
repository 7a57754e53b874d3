-- Dataset: the national digital archive platform (Nền tảng lưu trữ số quốc gia) of the State Records and Archives
-- Department (Cục Văn thư và Lưu trữ nhà nước, CUC_VTLTNN) — issue 8; moha-platforms.md row 11 (catalogue of records
-- of state agencies; sharing requests between agencies: request, process, reply, statistics, monitoring).
--
-- Sources of the metadata:
--   * Decree 30/2020/NĐ-CP Appendix VI part II.III, the input metadata of a file (hồ sơ): FileCode = OrganId (the
--     13-character identifier of the agency that keeps the file list) + FileCatalog (the year, 4 digits) +
--     FileNotation (number and notation of the file, at most 20 characters); Title (≤ 500); Maintenance (thời hạn
--     bảo quản); Rights (chế độ sử dụng); Creator (người lập hồ sơ: a PERSON, kept here, never published); Language;
--     StartDate; EndDate; DocTotal; PageTotal; Description (≤ 500). Its document metadata: DocOrdinal (≤ 999),
--     TypeName, CodeNumber (≤ 11), CodeNotation (≤ 30), IssuedDate, OrganName (≤ 200), Subject (trích yếu, ≤ 500),
--     Language, PageAmount, Description. (domain-notes.md §3 [S24]; the appendix as published in the code corpus,
--     ericphan28/van-ban-plus Phuluc6.md.) The signer (SignerInfo) is a person: not kept in the archive catalogue.
--   * Thông tư 05/2025/TT-BNV (replaced 02/2019/TT-BNV; in force 01/07/2025 under the Law on Archives 33/2024/QH15)
--     names the data of a fonds (mã phông, tên phông, trạng thái đóng/mở, lịch sử đơn vị hình thành phông, thời gian
--     tài liệu, tổng số tài liệu, ngôn ngữ, ghi chú…) and of an archival file (mã hồ sơ, tiêu đề, thời hạn lưu trữ,
--     mức độ tiếp cận, ngôn ngữ, thời gian bắt đầu/kết thúc, tổng số tài liệu, số lượng trang…) (baochinhphu.vn,
--     15/05/2025). Its full field list (keywords, physical state, reliability, backup copies…) is not modelled here.
--   * The three access levels (public / restricted / secret) are the issue's; their Vietnamese names are ours.
--
-- Audiences:
--   * open: archive.open_fonds, archive.open_file (public files only, no Creator), archive.open_document (public
--     documents of public files), archive.open_record_set (fonds + public files: the dataset module's records);
--     a restricted file is only ever counted (open_fonds.restricted_files); a secret file is not even counted;
--   * restricted: sharing requests between state agencies (archive.sharing_request and its files and steps): the
--     requesting agency (its officers, unit claim = agency code) sees its own, the archive (CUC_VTLTNN) sees all;
--   * open statistics: archive.open_sharing_stats (month, agency type, outcome, days to answer; no agency, no person).
CREATE SCHEMA archive;

-- The access levels of files and documents (Rights; "mức độ tiếp cận" in TT 05/2025). `open`: published.
CREATE TABLE archive.access_level (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  open     boolean NOT NULL,
  sort     int NOT NULL
);
INSERT INTO archive.access_level VALUES
  ('public', 'Sử dụng rộng rãi', 'Public', true, 1),
  ('restricted', 'Hạn chế sử dụng', 'Restricted', false, 2),
  ('secret', 'Mật', 'Secret', false, 3);

-- The types of administrative documents (Decree 30/2020/NĐ-CP Art. 7 + App. III; shared/reference/admin-doc-types.csv).
CREATE TABLE archive.doc_type (
  code          text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]{1,39}$'),
  name_vi       text NOT NULL,
  name_en       text NOT NULL,
  abbreviation  text,
  sort          int NOT NULL
);
INSERT INTO archive.doc_type VALUES
  ('NQ_CB', 'Nghị quyết (cá biệt)', 'Resolution (individual)', 'NQ', 1),
  ('QD_CB', 'Quyết định (cá biệt)', 'Decision (individual)', 'QĐ', 2),
  ('CHI_THI', 'Chỉ thị', 'Directive', 'CT', 3),
  ('QUY_CHE', 'Quy chế', 'Regulation (rules)', 'QC', 4),
  ('QUY_DINH', 'Quy định', 'Regulation (provisions)', 'QyĐ', 5),
  ('THONG_CAO', 'Thông cáo', 'Communiqué', 'TC', 6),
  ('THONG_BAO', 'Thông báo', 'Notice', 'TB', 7),
  ('HUONG_DAN', 'Hướng dẫn', 'Guidance', 'HD', 8),
  ('CHUONG_TRINH', 'Chương trình', 'Programme', 'CTr', 9),
  ('KE_HOACH', 'Kế hoạch', 'Plan', 'KH', 10),
  ('PHUONG_AN', 'Phương án', 'Option/Scheme', 'PA', 11),
  ('DE_AN', 'Đề án', 'Proposal/Scheme', 'ĐA', 12),
  ('DU_AN', 'Dự án', 'Project', 'DA', 13),
  ('BAO_CAO', 'Báo cáo', 'Report', 'BC', 14),
  ('BIEN_BAN', 'Biên bản', 'Minutes', 'BB', 15),
  ('TO_TRINH', 'Tờ trình', 'Submission', 'TTr', 16),
  ('HOP_DONG', 'Hợp đồng', 'Contract', 'HĐ', 17),
  ('CONG_VAN', 'Công văn', 'Official letter', NULL, 18),
  ('CONG_DIEN', 'Công điện', 'Official telegram', 'CĐ', 19),
  ('BAN_GHI_NHO', 'Bản ghi nhớ', 'Memorandum of understanding', 'BGN', 20),
  ('BAN_THOA_THUAN', 'Bản thỏa thuận', 'Agreement', 'BTT', 21),
  ('GIAY_UY_QUYEN', 'Giấy ủy quyền', 'Letter of authorisation', 'GUQ', 22),
  ('GIAY_MOI', 'Giấy mời', 'Invitation', 'GM', 23),
  ('GIAY_GIOI_THIEU', 'Giấy giới thiệu', 'Letter of introduction', 'GGT', 24),
  ('GIAY_NGHI_PHEP', 'Giấy nghỉ phép', 'Leave permit', 'GNP', 25),
  ('PHIEU_GUI', 'Phiếu gửi', 'Transmittal slip', 'PG', 26),
  ('PHIEU_CHUYEN', 'Phiếu chuyển', 'Forwarding slip', 'PC', 27),
  ('PHIEU_BAO', 'Phiếu báo', 'Notification slip', 'PB', 28),
  ('THU_CONG', 'Thư công', 'Official letter (public correspondence)', NULL, 29);

-- Fonds and files share one id space (the dataset module's records are both; the outbox names them by id).
CREATE SEQUENCE archive.record_set_id_seq;

-- A fonds (phông lưu trữ): the records of one creating agency. `status`: open (still accruing) or closed (the agency
-- no longer exists). `history`: of the agency that formed the fonds. No declared total of documents: it would count
-- the secret files too.
CREATE TABLE archive.fonds (
  id               bigint PRIMARY KEY DEFAULT nextval('archive.record_set_id_seq'),
  code             text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,19}$'),
  name             text NOT NULL CHECK (length(name) BETWEEN 3 AND 300),
  creator_name     text NOT NULL CHECK (length(creator_name) BETWEEN 3 AND 200),
  creator_organ_id text CHECK (length(creator_organ_id) = 13),
  history          text CHECK (length(history) <= 2000),
  start_year       int NOT NULL CHECK (start_year BETWEEN 1945 AND 2100),
  end_year         int CHECK (end_year BETWEEN 1945 AND 2100),
  status           text NOT NULL CHECK (status IN ('open', 'closed')),
  extent           text CHECK (length(extent) <= 200),
  language         text NOT NULL DEFAULT 'vi' CHECK (language ~ '^[a-z]{2,3}$'),
  note             text CHECK (length(note) <= 500),
  origin           text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'generated')),
  version          int NOT NULL DEFAULT 1,
  modified_at      timestamptz NOT NULL DEFAULT now(),
  key              text GENERATED ALWAYS AS ('fonds-' || lower(code)) STORED UNIQUE,
  CHECK (end_year IS NULL OR end_year >= start_year),
  CHECK ((status = 'closed') = (end_year IS NOT NULL))
);

-- A file (hồ sơ) with the metadata of Decree 30/2020 Appendix VI. `retention_years` NULL = permanent (vĩnh viễn).
-- `creator`: the person who compiled the file (personal data; restricted). `search`: the folded title, code and
-- description for diacritics-insensitive full-text search (as legal documents do it).
CREATE TABLE archive.file (
  id              bigint PRIMARY KEY DEFAULT nextval('archive.record_set_id_seq'),
  fonds_id        bigint NOT NULL REFERENCES archive.fonds (id),
  organ_id        text NOT NULL CHECK (length(organ_id) = 13),
  catalog_year    int NOT NULL CHECK (catalog_year BETWEEN 1945 AND 2100),
  notation        text NOT NULL CHECK (notation ~ '^[0-9A-Za-zĐđ.&-]{1,20}$'),
  code            text GENERATED ALWAYS AS (organ_id || '.' || catalog_year || '.' || notation) STORED UNIQUE,
  title           text NOT NULL CHECK (length(title) BETWEEN 3 AND 500),
  retention_years int CHECK (retention_years BETWEEN 1 AND 99),
  access_level    text NOT NULL REFERENCES archive.access_level (code),
  creator         text CHECK (length(creator) <= 50),
  language        text NOT NULL DEFAULT 'vi' CHECK (language ~ '^[a-z]{2,3}$'),
  start_date      date NOT NULL,
  end_date        date NOT NULL,
  doc_total       int NOT NULL CHECK (doc_total BETWEEN 0 AND 9999),
  page_total      int NOT NULL CHECK (page_total BETWEEN 0 AND 9999),
  description     text CHECK (length(description) <= 500),
  origin          text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'generated')),
  version         int NOT NULL DEFAULT 1,
  modified_at     timestamptz NOT NULL DEFAULT now(),
  key             text GENERATED ALWAYS AS ('file-' || lower(regexp_replace(organ_id || '.' || catalog_year || '.'
                    || notation, '[^A-Za-z0-9]+', '-', 'g'))) STORED UNIQUE,
  search          tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple', platform.vn_fold(title)), 'A') ||
                    setweight(to_tsvector('simple', platform.vn_fold(notation)), 'A') ||
                    setweight(to_tsvector('simple', platform.vn_fold(coalesce(description, ''))), 'B')) STORED,
  CHECK (end_date >= start_date),
  CHECK (extract(year FROM end_date) <= catalog_year + 1)
);
CREATE INDEX file_fonds_idx ON archive.file (fonds_id, access_level);
CREATE INDEX file_search_idx ON archive.file USING gin (search);
CREATE INDEX file_open_code_idx ON archive.file (code) WHERE access_level = 'public';
CREATE INDEX file_modified_idx ON archive.file (modified_at);

-- A document within a file. `number` + `notation` as written (CodeNumber, CodeNotation); `issuer` the issuing
-- agency's name (OrganName). A document has its own access level: a public file may hold a restricted document.
CREATE TABLE archive.document (
  id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  file_id       bigint NOT NULL REFERENCES archive.file (id) ON DELETE CASCADE,
  ordinal       int NOT NULL CHECK (ordinal BETWEEN 1 AND 999),
  type_code     text NOT NULL REFERENCES archive.doc_type (code),
  number        text CHECK (length(number) <= 11),
  notation      text CHECK (length(notation) <= 30),
  issued_date   date NOT NULL,
  issuer        text NOT NULL CHECK (length(issuer) BETWEEN 2 AND 200),
  subject       text NOT NULL CHECK (length(subject) BETWEEN 3 AND 500),
  language      text NOT NULL DEFAULT 'vi' CHECK (language ~ '^[a-z]{2,3}$'),
  page_amount   int NOT NULL CHECK (page_amount BETWEEN 1 AND 999),
  description   text CHECK (length(description) <= 500),
  access_level  text NOT NULL REFERENCES archive.access_level (code),
  UNIQUE (file_id, ordinal)
);

-- The open views: nothing of a non-public file but its count; no creator (a person).
CREATE VIEW archive.open_file AS
SELECT f.id, f.key, f.code, f.organ_id, f.catalog_year, f.notation, f.title, f.retention_years, f.language,
       f.start_date, f.end_date, f.doc_total, f.page_total, f.description, f.origin, f.version, f.modified_at,
       f.search, d.id AS fonds_id, d.code AS fonds_code, d.key AS fonds_key, d.name AS fonds_name,
       d.creator_name
  FROM archive.file f JOIN archive.fonds d ON d.id = f.fonds_id
 WHERE f.access_level = 'public';

CREATE VIEW archive.open_document AS
SELECT x.id, x.file_id, x.ordinal, x.type_code, t.name_vi AS type_vi, t.name_en AS type_en, x.number, x.notation,
       x.issued_date, x.issuer, x.subject, x.language, x.page_amount, x.description
  FROM archive.document x
  JOIN archive.file f ON f.id = x.file_id AND f.access_level = 'public'
  JOIN archive.doc_type t ON t.code = x.type_code
 WHERE x.access_level = 'public';

CREATE VIEW archive.open_fonds AS
SELECT d.id, d.key, d.code, d.name, d.creator_name, d.creator_organ_id, d.history, d.start_year, d.end_year,
       d.status, d.extent, d.language, d.note, d.origin, d.version, d.modified_at,
       (SELECT count(*) FROM archive.file f WHERE f.fonds_id = d.id AND f.access_level = 'public') AS public_files,
       (SELECT count(*) FROM archive.file f WHERE f.fonds_id = d.id AND f.access_level = 'restricted')
         AS restricted_files
  FROM archive.fonds d;

-- The dataset module's records: every fonds and every public file, one row each (the columns a file does not have
-- are NULL on a fonds and the other way round).
CREATE VIEW archive.open_record_set AS
SELECT d.id, d.key, 'fonds'::text AS level, d.code, d.name AS title, NULL::text AS fonds_key, NULL::text AS fonds_code,
       d.creator_name, d.history, make_date(d.start_year, 1, 1) AS start_date,
       CASE WHEN d.end_year IS NOT NULL THEN make_date(d.end_year, 12, 31) END AS end_date, d.status, d.extent,
       NULL::int AS retention_years, d.language, NULL::int AS doc_total, NULL::int AS page_total,
       d.note AS description, d.public_files, d.restricted_files, d.origin, d.modified_at
  FROM archive.open_fonds d
UNION ALL
SELECT f.id, f.key, 'file', f.code, f.title, f.fonds_key, f.fonds_code, f.creator_name, NULL, f.start_date,
       f.end_date, NULL, NULL, f.retention_years, f.language, f.doc_total, f.page_total, f.description, NULL, NULL,
       f.origin, f.modified_at
  FROM archive.open_file f;

-- ---------------------------------------------------------------------------------------------------------------
-- Sharing requests between state agencies (yêu cầu chia sẻ, khai thác tài liệu lưu trữ): a requesting agency asks
-- for files (purpose, files, form: copy / certified copy / reading on site), the archive reviews, approves (with
-- conditions) or refuses (with the reason) and delivers. The workflow is data: the API accepts exactly the rows of
-- archive.transition_rule and answers 409 for anything else. `actor`: 'archive' = officers and reviewers of the
-- State Records and Archives Department (CUC_VTLTNN) and admins; 'requester' = officers of the requesting agency.
-- (The steps are the issue's "request, process, reply"; their names and the agency types are ours.)
CREATE TABLE archive.agency_type (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO archive.agency_type VALUES
  ('ministry', 'Bộ, cơ quan ngang bộ', 'Ministry or ministry-level agency', 1),
  ('government_agency', 'Cơ quan thuộc Chính phủ', 'Government agency', 2),
  ('province', 'Ủy ban nhân dân cấp tỉnh', 'Provincial People''s Committee', 3),
  ('provincial_department', 'Sở, ngành cấp tỉnh', 'Provincial department', 4),
  ('moha_unit', 'Đơn vị thuộc Bộ Nội vụ', 'Unit of the Ministry of Home Affairs', 5);

-- The agencies that may ask: `code` is the unit claim of their officers' tokens.
CREATE TABLE archive.agency (
  code       text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  name_vi    text NOT NULL,
  name_en    text NOT NULL,
  type_code  text NOT NULL REFERENCES archive.agency_type (code),
  origin     text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'generated'))
);

CREATE TABLE archive.request_status (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  final    boolean NOT NULL,
  outcome  text NOT NULL CHECK (outcome IN ('pending', 'approved', 'refused', 'withdrawn')),
  sort     int NOT NULL
);
INSERT INTO archive.request_status VALUES
  ('submitted', 'Đã gửi yêu cầu', 'Submitted', false, 'pending', 1),
  ('in_review', 'Đang xem xét', 'In review', false, 'pending', 2),
  ('approved', 'Đồng ý cung cấp', 'Approved', false, 'approved', 3),
  ('refused', 'Từ chối', 'Refused', true, 'refused', 4),
  ('delivered', 'Đã cung cấp', 'Delivered', true, 'approved', 5),
  ('withdrawn', 'Đã rút yêu cầu', 'Withdrawn', true, 'withdrawn', 6);

CREATE TABLE archive.transition_rule (
  from_status   text NOT NULL REFERENCES archive.request_status (code),
  action        text NOT NULL,
  to_status     text NOT NULL REFERENCES archive.request_status (code),
  actor         text NOT NULL CHECK (actor IN ('archive', 'requester')),
  needs_comment boolean NOT NULL DEFAULT false,
  PRIMARY KEY (from_status, action)
);
INSERT INTO archive.transition_rule VALUES
  ('submitted', 'review', 'in_review', 'archive', false),
  ('submitted', 'refuse', 'refused', 'archive', true),
  ('submitted', 'withdraw', 'withdrawn', 'requester', false),
  ('in_review', 'approve', 'approved', 'archive', false),
  ('in_review', 'refuse', 'refused', 'archive', true),
  ('in_review', 'withdraw', 'withdrawn', 'requester', false),
  ('approved', 'deliver', 'delivered', 'archive', false);

-- A request. `code`: YC-{year}-{5 digits}. `requested_by`: the subject of the officer who filed it (an account, not
-- published). `decided_at`: approved or refused (the answer); `conditions`: of an approval; `refuse_reason`.
CREATE SEQUENCE archive.sharing_request_id_seq;
CREATE TABLE archive.sharing_request (
  id             bigint PRIMARY KEY DEFAULT nextval('archive.sharing_request_id_seq'),
  code           text NOT NULL UNIQUE CHECK (code ~ '^YC-[0-9]{4}-[0-9]{5}$'),
  agency         text NOT NULL REFERENCES archive.agency (code),
  purpose        text NOT NULL CHECK (length(purpose) BETWEEN 10 AND 2000),
  form           text NOT NULL CHECK (form IN ('copy', 'certified_copy', 'read_on_site')),
  status_code    text NOT NULL DEFAULT 'submitted' REFERENCES archive.request_status (code),
  conditions     text CHECK (length(conditions) <= 2000),
  refuse_reason  text CHECK (length(refuse_reason) <= 2000),
  requested_by   text NOT NULL,
  submitted_at   timestamptz NOT NULL,
  decided_at     timestamptz,
  delivered_at   timestamptz,
  origin         text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'generated')),
  version        int NOT NULL DEFAULT 1,
  modified_at    timestamptz NOT NULL DEFAULT now(),
  CHECK ((status_code IN ('approved', 'refused', 'delivered')) = (decided_at IS NOT NULL)),
  CHECK ((status_code = 'delivered') = (delivered_at IS NOT NULL)),
  CHECK (status_code <> 'refused' OR refuse_reason IS NOT NULL)
);
CREATE INDEX sharing_request_agency_idx ON archive.sharing_request (agency, id);
CREATE INDEX sharing_request_status_idx ON archive.sharing_request (status_code, id);

CREATE TABLE archive.request_file (
  request_id  bigint NOT NULL REFERENCES archive.sharing_request (id) ON DELETE CASCADE,
  ord         int NOT NULL,
  file_id     bigint NOT NULL REFERENCES archive.file (id),
  PRIMARY KEY (request_id, ord),
  UNIQUE (request_id, file_id)
);

-- Every step: who, when, from → to, why. Append-only.
CREATE TABLE archive.request_transition (
  id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  request_id   bigint NOT NULL REFERENCES archive.sharing_request (id) ON DELETE CASCADE,
  at           timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor        text NOT NULL,
  actor_unit   text,
  action       text NOT NULL,
  from_status  text REFERENCES archive.request_status (code),
  to_status    text NOT NULL REFERENCES archive.request_status (code),
  unit         text,
  comment      text
);
CREATE INDEX request_transition_idx ON archive.request_transition (request_id, at, id);
CREATE FUNCTION archive.transition_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'archive.request_transition is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER request_transition_no_update BEFORE UPDATE OR DELETE ON archive.request_transition
  FOR EACH ROW EXECUTE FUNCTION archive.transition_immutable();

-- The open statistics' rows: month of the request (Vietnam date), the requesting agency's TYPE (never the agency),
-- the outcome, and the calendar days from the request to the answer (approved or refused). No text, no person.
CREATE VIEW archive.open_sharing_stats AS
SELECT r.id, to_char(r.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month,
       extract(year FROM r.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS year, a.type_code AS agency_type,
       s.outcome,
       CASE WHEN r.decided_at IS NOT NULL THEN (r.decided_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
         - (r.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END AS days_to_answer
  FROM archive.sharing_request r
  JOIN archive.agency a ON a.code = r.agency
  JOIN archive.request_status s ON s.code = r.status_code;

-- The open dataset in the catalogue.
INSERT INTO catalog.dataset (name, position, title_vi, title_en, description_vi, description_en, publisher,
                             eu_themes, themes, keywords_vi, keywords_en) VALUES
  ('archive', 15,
   'Mục lục hồ sơ, tài liệu lưu trữ của các cơ quan nhà nước (Nền tảng lưu trữ số quốc gia)',
   'Catalogue of the archival records of state agencies (national digital archive platform)',
   'Các phông lưu trữ (cơ quan hình thành phông, thời gian tài liệu, trạng thái) và các hồ sơ sử dụng rộng rãi với '
   || 'dữ liệu đặc tả theo Phụ lục VI Nghị định 30/2020/NĐ-CP: mã hồ sơ, tiêu đề, thời hạn bảo quản, chế độ sử dụng, '
   || 'ngôn ngữ, thời gian bắt đầu và kết thúc, tổng số văn bản, tổng số trang, ghi chú; các văn bản trong hồ sơ '
   || '(loại, số và ký hiệu, ngày, cơ quan ban hành, trích yếu, số trang). Hồ sơ hạn chế sử dụng chỉ được đếm; hồ sơ '
   || 'mật không có trong dữ liệu mở. Thống kê yêu cầu chia sẻ tài liệu giữa các cơ quan có tại '
   || '/api/v1/statistics/archive-sharing. Dữ liệu minh họa được sinh tự động.',
   'The fonds (creating agency, dates of the records, status) and the public files with the metadata of Decree '
   || '30/2020/NĐ-CP Appendix VI: file code, title, retention period, access regime, language, start and end dates, '
   || 'number of documents and pages, description; the documents in each file (type, number and notation, date, '
   || 'issuer, subject, pages). Restricted files are only counted; secret files are not in the open data. Statistics '
   || 'of the sharing requests between agencies are at /api/v1/statistics/archive-sharing. The demo data is '
   || 'generated.',
   'CUC_VTLTNN', '{GOVE,EDUC}', '{van-thu-luu-tru}',
   '{lưu trữ,phông lưu trữ,hồ sơ lưu trữ,mục lục hồ sơ,tài liệu lưu trữ số}',
   '{archives,fonds,archival files,file list,digital archival records}');
