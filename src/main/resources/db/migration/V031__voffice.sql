-- Dataset: VOffice, the ministry's official document flow (quản lý văn bản và điều hành) — issue 8;
-- moha-platforms.md row 1 (run by the Ministry Office since 10/2018; 100 % of non-secret documents electronic and
-- digitally signed; 1,135 accounts; in 2022: 42,317 incoming documents, 20,173 of them via the national document
-- exchange axis, and 8,466 outgoing); domain-notes.md §3 (Decree 30/2020/NĐ-CP on clerical work: 29 administrative
-- document types with their abbreviations, numbers without the year, the input metadata of Appendix VI, the agency's
-- digital signature on electronic outgoing documents, Art. 17).
--
-- Two audiences:
--   * restricted (the API for officers): incoming documents with their arrival number, outgoing documents with their
--     registration number, the processing of an incoming document (lead unit, coordinating units, handler, deadline,
--     status history), the digital signatures recorded on each document, the link of an outgoing document to the
--     legal-documents dataset when it is published there. The Ministry Office (VAN_PHONG, the clerical office that
--     registers and numbers) sees all; a unit sees what it leads, coordinates or drafted.
--   * open (voffice.open_stat): counts only — documents received and issued per month, by type and through the
--     national document exchange axis — with small cells suppressed by the server (platform.privacy.SmallCells:
--     voffice.stat_cell keeps the true counts, the open view shows null where a cell is suppressed). No subject,
--     number, sender, recipient or name of any document is in it.
CREATE SCHEMA IF NOT EXISTS voffice;

-- The 29 types of administrative documents of Decree 30/2020/NĐ-CP Art. 7 with the abbreviations of its Appendix III
-- (shared/reference/admin-doc-types.csv). Công văn and thư công have no type abbreviation: their notation carries the
-- issuer's and the drafting unit's codes instead (`2975/UBND-KSTT`).
CREATE TABLE voffice.doc_type (
  code          text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]{1,39}$'),
  name_vi       text NOT NULL,
  name_en       text NOT NULL,
  abbreviation  text,
  sort          int NOT NULL
);
INSERT INTO voffice.doc_type VALUES
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

-- Priority (Appendix VI "Priority"): urgency and secrecy. The level names are those of Decree 30/2020 (urgency) and
-- of the Law on Protection of State Secrets 29/2018/QH14 (secrecy) as we recall them — not in shared/reference.
CREATE TABLE voffice.urgency (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO voffice.urgency VALUES
  ('normal', 'Thường', 'Normal', 1),
  ('khan', 'Khẩn', 'Urgent', 2),
  ('thuong_khan', 'Thượng khẩn', 'Very urgent', 3),
  ('hoa_toc', 'Hỏa tốc', 'Immediate', 4);
CREATE TABLE voffice.secrecy (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO voffice.secrecy VALUES
  ('none', 'Không mật', 'Not secret', 1),
  ('mat', 'Mật', 'Confidential', 2),
  ('toi_mat', 'Tối mật', 'Secret', 3),
  ('tuyet_mat', 'Tuyệt mật', 'Top secret', 4);

-- The registers of incoming documents (sổ đăng ký văn bản đến) kept by the Ministry Office: arrival numbers run from
-- 1 each year in each register. Secret documents are registered apart (`secret`).
CREATE TABLE voffice.registry (
  code     text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]{0,19}$'),
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  secret   boolean NOT NULL
);
INSERT INTO voffice.registry VALUES
  ('CHUNG', 'Sổ đăng ký văn bản đến', 'Register of incoming documents', false),
  ('MAT', 'Sổ đăng ký văn bản mật đến', 'Register of incoming secret documents', true);

-- The code of each unit of the ministry in the notation of a công văn it drafts (`123/BNV-VP`). Ours (generated):
-- the ministry's own list of unit codes is not in shared/reference.
CREATE TABLE voffice.unit_code (
  unit  text PRIMARY KEY REFERENCES platform.org_unit (code),
  code  text NOT NULL UNIQUE CHECK (code ~ '^[A-ZĐ&]{1,12}$')
);
INSERT INTO voffice.unit_code VALUES
  ('VAN_PHONG', 'VP'), ('TT_CNTT', 'TTCNTT'), ('VU_PHAP_CHE', 'PC'), ('VU_CCHC', 'CCHC'), ('VU_TCPCP', 'TCPCP'),
  ('VU_CCVC', 'CCVC'), ('CUC_VTLTNN', 'VTLTNN'), ('BAN_TDKT', 'TĐKT'), ('VU_CTTN', 'CTTN');

-- Number allocation, one row per sequence and year: incoming documents per register ('incoming', registry code),
-- outgoing documents per type ('outgoing', type code). The row lock taken by the UPDATE serialises concurrent
-- allocations of one sequence; a rolled-back transaction rolls its number back with it: no gaps, no duplicates.
CREATE TABLE voffice.counter (
  kind   text NOT NULL CHECK (kind IN ('incoming', 'outgoing')),
  scope  text NOT NULL,
  year   int NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  last   int NOT NULL CHECK (last > 0),
  PRIMARY KEY (kind, scope, year)
);
CREATE FUNCTION voffice.next_number(k text, s text, y int) RETURNS int LANGUAGE sql AS $$
  INSERT INTO voffice.counter AS c (kind, scope, year, last) VALUES (k, s, y, 1)
  ON CONFLICT (kind, scope, year) DO UPDATE SET last = c.last + 1
  RETURNING last
$$;

-- The processing of an incoming document as data: the API accepts exactly the rows of voffice.transition_rule and
-- answers 409 for anything else. `actor`: 'office' = officers and reviewers of the Ministry Office (VAN_PHONG) and
-- admins; 'lead' = officers of the document's lead unit, and admins.
CREATE TABLE voffice.status (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  final    boolean NOT NULL,
  sort     int NOT NULL
);
INSERT INTO voffice.status VALUES
  ('registered', 'Đã vào sổ', 'Registered', false, 1),
  ('assigned', 'Đã phân công', 'Assigned', false, 2),
  ('in_progress', 'Đang xử lý', 'In progress', false, 3),
  ('completed', 'Đã xử lý xong', 'Completed', true, 4),
  ('filed', 'Lưu, không phải xử lý', 'Filed (no action needed)', true, 5);
CREATE TABLE voffice.transition_rule (
  from_status   text NOT NULL REFERENCES voffice.status (code),
  action        text NOT NULL,
  to_status     text NOT NULL REFERENCES voffice.status (code),
  actor         text NOT NULL CHECK (actor IN ('office', 'lead')),
  needs_comment boolean NOT NULL DEFAULT false,
  PRIMARY KEY (from_status, action)
);
INSERT INTO voffice.transition_rule VALUES
  ('registered', 'assign', 'assigned', 'office', false),
  ('registered', 'file', 'filed', 'office', false),
  ('assigned', 'reassign', 'assigned', 'office', true),
  ('assigned', 'accept', 'in_progress', 'lead', false),
  ('assigned', 'return', 'registered', 'lead', true),
  ('in_progress', 'assign_handler', 'in_progress', 'lead', false),
  ('in_progress', 'reassign', 'assigned', 'office', true),
  ('in_progress', 'return', 'registered', 'lead', true),
  ('in_progress', 'complete', 'completed', 'lead', false);

-- An incoming document (văn bản đến), with the input metadata of Decree 30/2020 Appendix VI: the arrival number
-- (ArrivalNumber, allocated by the trigger below per register and year), ArrivalDate, the sender (OrganName, OrganId:
-- the 13-character agency code when known), CodeNumber and CodeNotation as the sender wrote them, IssuedDate, Subject
-- (trích yếu), Priority (urgency, secrecy), DueDate (the reply the sender asks for); whether it came through the
-- national document exchange axis (trục liên thông văn bản quốc gia). Its processing: the lead unit, coordinating
-- units, the handler (an officer's subject), the processing deadline, the status.
CREATE SEQUENCE voffice.incoming_id_seq;
CREATE TABLE voffice.incoming (
  id                  bigint PRIMARY KEY DEFAULT nextval('voffice.incoming_id_seq'),
  registry            text NOT NULL REFERENCES voffice.registry (code),
  arrival_year        int NOT NULL,
  arrival_number      int NOT NULL CHECK (arrival_number > 0),
  arrival_date        date NOT NULL,
  received_at         timestamptz NOT NULL DEFAULT now(),
  sender_organ        text NOT NULL CHECK (length(sender_organ) BETWEEN 2 AND 300),
  sender_organ_id     text CHECK (sender_organ_id ~ '^[A-Z0-9.]{13}$'),
  via_axis            boolean NOT NULL,
  type_code           text NOT NULL REFERENCES voffice.doc_type (code),
  code_number         text NOT NULL CHECK (code_number ~ '^[0-9]{1,6}$'),
  code_notation       text NOT NULL CHECK (length(code_notation) BETWEEN 1 AND 60),
  issued_date         date NOT NULL,
  subject             text NOT NULL CHECK (length(subject) BETWEEN 5 AND 1000),
  subject_fold        text GENERATED ALWAYS AS (platform.vn_fold(subject)) STORED,
  urgency             text NOT NULL DEFAULT 'normal' REFERENCES voffice.urgency (code),
  secrecy             text NOT NULL DEFAULT 'none' REFERENCES voffice.secrecy (code),
  due_date            date,
  page_amount         int CHECK (page_amount BETWEEN 1 AND 10000),
  status_code         text NOT NULL DEFAULT 'registered' REFERENCES voffice.status (code),
  lead_unit           text REFERENCES platform.org_unit (code),
  coordinating_units  text[] NOT NULL DEFAULT '{}',
  handler             text,
  deadline            date,
  units               text[] GENERATED ALWAYS AS (CASE WHEN lead_unit IS NULL THEN coordinating_units
                                                  ELSE lead_unit || coordinating_units END) STORED,
  origin              text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'generated')),
  version             int NOT NULL DEFAULT 1,
  modified_at         timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT incoming_arrival_number UNIQUE (registry, arrival_year, arrival_number),
  CONSTRAINT incoming_arrival_year CHECK (arrival_year = extract(year FROM arrival_date)),
  CONSTRAINT incoming_issued_before_arrival CHECK (issued_date <= arrival_date),
  CONSTRAINT incoming_due_after_arrival CHECK (due_date IS NULL OR due_date >= arrival_date),
  CONSTRAINT incoming_deadline_after_arrival CHECK (deadline IS NULL OR deadline >= arrival_date),
  CHECK (status_code IN ('registered', 'filed') OR (lead_unit IS NOT NULL AND deadline IS NOT NULL)),
  CHECK (lead_unit IS NULL OR NOT lead_unit = ANY (coordinating_units))
);
CREATE INDEX incoming_units_idx ON voffice.incoming USING gin (units);
CREATE INDEX incoming_status_idx ON voffice.incoming (status_code, id);
CREATE INDEX incoming_arrival_idx ON voffice.incoming (arrival_date, id);

-- An outgoing document (văn bản đi): the registration number (CodeNumber) from 1 each year for each type, allocated
-- by the trigger below — never chosen by the caller; the notation (CodeNotation) as Decree 30 writes it, without the
-- year: `1250/QĐ-BNV`, a công văn or thư công `123/BNV-VP` (the drafting unit's code); IssuedDate, Subject,
-- SignerInfo (position, full name), To (the recipients' names), IssuedAmount (copies issued), Priority, DueDate (the
-- reply expected); whether it was sent through the national axis; the legal-documents record it is published as.
CREATE SEQUENCE voffice.outgoing_id_seq;
CREATE TABLE voffice.outgoing (
  id                 bigint PRIMARY KEY DEFAULT nextval('voffice.outgoing_id_seq'),
  type_code          text NOT NULL REFERENCES voffice.doc_type (code),
  issued_year        int NOT NULL,
  number             int NOT NULL CHECK (number > 0),
  notation           text NOT NULL,
  drafting_unit      text NOT NULL REFERENCES voffice.unit_code (unit),
  issued_date        date NOT NULL,
  issued_at          timestamptz NOT NULL DEFAULT now(),
  subject            text NOT NULL CHECK (length(subject) BETWEEN 5 AND 1000),
  subject_fold       text GENERATED ALWAYS AS (platform.vn_fold(subject)) STORED,
  signer_position    text NOT NULL CHECK (length(signer_position) BETWEEN 2 AND 200),
  signer_name        text NOT NULL CHECK (length(signer_name) BETWEEN 2 AND 100),
  recipients         text[] NOT NULL CHECK (cardinality(recipients) BETWEEN 1 AND 200),
  issued_amount      int NOT NULL CHECK (issued_amount BETWEEN 1 AND 10000),
  page_amount        int CHECK (page_amount BETWEEN 1 AND 10000),
  urgency            text NOT NULL DEFAULT 'normal' REFERENCES voffice.urgency (code),
  secrecy            text NOT NULL DEFAULT 'none' REFERENCES voffice.secrecy (code),
  due_date           date,
  via_axis           boolean NOT NULL,
  legal_document_id  bigint REFERENCES legaldocs.document (id) ON DELETE SET NULL,
  origin             text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'generated')),
  version            int NOT NULL DEFAULT 1,
  modified_at        timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT outgoing_number_per_type_and_year UNIQUE (type_code, issued_year, number),
  CONSTRAINT outgoing_issued_year CHECK (issued_year = extract(year FROM issued_date)),
  CONSTRAINT outgoing_due_after_issue CHECK (due_date IS NULL OR due_date >= issued_date)
);
CREATE INDEX outgoing_unit_idx ON voffice.outgoing (drafting_unit, id);
CREATE INDEX outgoing_issued_idx ON voffice.outgoing (issued_date, id);

-- The numbers are the database's: allocated at insert (whatever the caller sent), never changed, never freed (a
-- registered document is a record: it is not deleted).
CREATE FUNCTION voffice.number_incoming() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.arrival_year := extract(year FROM NEW.arrival_date);
  NEW.arrival_number := voffice.next_number('incoming', NEW.registry, NEW.arrival_year);
  RETURN NEW;
END
$$;
CREATE TRIGGER incoming_number BEFORE INSERT ON voffice.incoming
  FOR EACH ROW EXECUTE FUNCTION voffice.number_incoming();
CREATE FUNCTION voffice.number_outgoing() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  abbr text;
  unit text;
BEGIN
  SELECT t.abbreviation INTO abbr FROM voffice.doc_type t WHERE t.code = NEW.type_code;
  SELECT u.code INTO unit FROM voffice.unit_code u WHERE u.unit = NEW.drafting_unit;
  NEW.issued_year := extract(year FROM NEW.issued_date);
  NEW.number := voffice.next_number('outgoing', NEW.type_code, NEW.issued_year);
  NEW.notation := NEW.number || '/' || CASE WHEN abbr IS NULL THEN 'BNV-' || unit ELSE abbr || '-BNV' END;
  RETURN NEW;
END
$$;
CREATE TRIGGER outgoing_number BEFORE INSERT ON voffice.outgoing
  FOR EACH ROW EXECUTE FUNCTION voffice.number_outgoing();
CREATE FUNCTION voffice.numbers_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'a registered document is a record and is not deleted' USING ERRCODE = 'MH409',
      HINT = 'document-registered';
  END IF;
  IF TG_TABLE_NAME = 'incoming' THEN
    IF (NEW.registry, NEW.arrival_year, NEW.arrival_number, NEW.arrival_date)
       IS DISTINCT FROM (OLD.registry, OLD.arrival_year, OLD.arrival_number, OLD.arrival_date) THEN
      RAISE EXCEPTION 'the arrival number and date of a registered document do not change' USING ERRCODE = 'MH409',
        HINT = 'number-fixed';
    END IF;
  ELSIF (NEW.type_code, NEW.issued_year, NEW.number, NEW.notation, NEW.issued_date)
        IS DISTINCT FROM (OLD.type_code, OLD.issued_year, OLD.number, OLD.notation, OLD.issued_date) THEN
    RAISE EXCEPTION 'the number and date of an issued document do not change' USING ERRCODE = 'MH409',
      HINT = 'number-fixed';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER incoming_numbers_fixed BEFORE UPDATE OR DELETE ON voffice.incoming
  FOR EACH ROW EXECUTE FUNCTION voffice.numbers_fixed();
CREATE TRIGGER outgoing_numbers_fixed BEFORE UPDATE OR DELETE ON voffice.outgoing
  FOR EACH ROW EXECUTE FUNCTION voffice.numbers_fixed();

-- Every step of an incoming document's processing (Appendix VI TraceHeaderList: distribution, direction, processing
-- status): who, when, from → to, to which unit, why. Append-only.
CREATE TABLE voffice.transition (
  id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  incoming_id  bigint NOT NULL REFERENCES voffice.incoming (id),
  at           timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor        text NOT NULL,
  actor_unit   text,
  action       text NOT NULL,
  from_status  text REFERENCES voffice.status (code),
  to_status    text NOT NULL REFERENCES voffice.status (code),
  unit         text REFERENCES platform.org_unit (code),
  comment      text CHECK (length(comment) <= 2000)
);
CREATE INDEX transition_incoming_idx ON voffice.transition (incoming_id, at, id);

-- The digital signatures of a document as recorded (we record what the signing or the receiving system reported; we
-- do not verify): the signer (a person, or the agency itself — Decree 30 Art. 17 wants the agency's signature on an
-- electronic outgoing document), the certificate's serial number and issuer, the signing time, valid or not.
CREATE TABLE voffice.signature (
  id                  bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  outgoing_id         bigint REFERENCES voffice.outgoing (id),
  incoming_id         bigint REFERENCES voffice.incoming (id),
  signer_kind         text NOT NULL CHECK (signer_kind IN ('person', 'agency')),
  signer              text NOT NULL CHECK (length(signer) BETWEEN 2 AND 300),
  certificate_serial  text NOT NULL CHECK (certificate_serial ~ '^[0-9A-F]{8,64}$'),
  certificate_issuer  text CHECK (length(certificate_issuer) BETWEEN 2 AND 300),
  signed_at           timestamptz NOT NULL,
  valid               boolean NOT NULL,
  note                text CHECK (length(note) <= 1000),
  recorded_at         timestamptz NOT NULL DEFAULT now(),
  recorded_by         text NOT NULL,
  CHECK ((outgoing_id IS NULL) <> (incoming_id IS NULL))
);
CREATE INDEX signature_outgoing_idx ON voffice.signature (outgoing_id) WHERE outgoing_id IS NOT NULL;
CREATE INDEX signature_incoming_idx ON voffice.signature (incoming_id) WHERE incoming_id IS NOT NULL;

CREATE FUNCTION voffice.append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER transition_append_only BEFORE UPDATE OR DELETE ON voffice.transition
  FOR EACH ROW EXECUTE FUNCTION voffice.append_only();
CREATE TRIGGER signature_append_only BEFORE UPDATE OR DELETE ON voffice.signature
  FOR EACH ROW EXECUTE FUNCTION voffice.append_only();

-- The open statistics, kept by the server (VOfficeStats) in the transaction of every registration and issue: per
-- month (Vietnam date of arrival or issue) and direction, the documents of each type (type_code; channel '_T'), those
-- through the national axis and the others (channel; type_code '_T'), and all of them (both '_T'). `count` is the
-- true count and stays here; `suppressed` is platform.privacy.SmallCells' verdict within the month and direction.
-- One row per (month, direction) in voffice.stat_group is the lock that serialises two writers of the same group.
CREATE TABLE voffice.stat_group (
  month      date NOT NULL CHECK (extract(day FROM month) = 1),
  direction  text NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
  PRIMARY KEY (month, direction)
);
CREATE TABLE voffice.stat_cell (
  id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  month        date NOT NULL,
  direction    text NOT NULL,
  type_code    text NOT NULL CHECK (type_code ~ '^(_T|[A-Z][A-Z_]+)$'),
  channel      text NOT NULL CHECK (channel IN ('_T', 'national_axis', 'other')),
  count        int NOT NULL CHECK (count >= 0),
  suppressed   boolean NOT NULL,
  generated    boolean NOT NULL,
  modified_at  timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (month, direction) REFERENCES voffice.stat_group (month, direction),
  CONSTRAINT stat_cell_key UNIQUE (month, direction, type_code, channel),
  CHECK (type_code = '_T' OR channel = '_T')
);

-- Open: the cells as they may be published (no true count where suppressed), with a key and labels.
CREATE VIEW voffice.open_stat AS
SELECT c.id,
       to_char(c.month, 'YYYY-MM') || '-' || c.direction || '-'
         || CASE WHEN c.type_code <> '_T' THEN replace(lower(c.type_code), '_', '-')
                 WHEN c.channel = 'national_axis' THEN 'axis'
                 WHEN c.channel = 'other' THEN 'other-channels'
                 ELSE 'all' END AS key,
       c.month, to_char(c.month, 'YYYY-MM') AS month_key, extract(year FROM c.month)::int AS year, c.direction,
       c.type_code, t.name_vi AS type_vi, t.name_en AS type_en, t.sort AS type_sort, c.channel,
       CASE WHEN c.suppressed THEN NULL ELSE c.count END AS count, c.suppressed,
       CASE WHEN c.generated THEN 'generated' ELSE 'api' END AS origin, c.modified_at
  FROM voffice.stat_cell c
  LEFT JOIN voffice.doc_type t ON t.code = c.type_code;

-- The open dataset in the catalogue (publisher: the Ministry Office, which runs VOffice).
INSERT INTO catalog.dataset (name, position, title_vi, title_en, description_vi, description_en, publisher,
                             eu_themes, themes, keywords_vi, keywords_en) VALUES
  ('voffice-statistics', 20,
   'Thống kê văn bản đến, văn bản đi của Bộ Nội vụ (VOffice)',
   'Incoming and outgoing official documents of the Ministry of Home Affairs: statistics (VOffice)',
   'Số văn bản đến và văn bản đi trên hệ thống quản lý văn bản và điều hành (VOffice) của Bộ Nội vụ theo tháng, theo '
   || 'loại văn bản hành chính (Nghị định 30/2020/NĐ-CP) và theo kênh nhận, gửi (qua Trục liên thông văn bản quốc '
   || 'gia hay không). Chỉ có số đếm: không có trích yếu, số, ký hiệu, cơ quan gửi, nơi nhận hay người ký của văn bản '
   || 'nào. Ô có từ 1 đến 4 văn bản được ẩn (cùng các ô cần ẩn thêm để không suy ra được). Số liệu là dữ liệu minh họa '
   || 'được sinh tự động theo quy mô năm 2022 (42.317 văn bản đến, trong đó 20.173 qua trục liên thông; 8.466 văn bản '
   || 'đi).',
   'The numbers of incoming and outgoing documents on the ministry''s document management and executive work system '
   || '(VOffice) per month, by administrative document type (Decree 30/2020/NĐ-CP) and by channel (through the '
   || 'national document exchange axis or not). Counts only: no subject, number, notation, sender, recipient or '
   || 'signer of any document. Cells of 1 to 4 documents are suppressed (with the cells needed so that they cannot be '
   || 'recovered). The figures are generated demo data at the scale of 2022 (42,317 incoming documents, 20,173 of them '
   || 'via the national axis; 8,466 outgoing).',
   'VAN_PHONG', '{GOVE}', '{van-thu-luu-tru}',
   '{văn bản đến,văn bản đi,VOffice,trục liên thông văn bản quốc gia,văn thư}',
   '{incoming documents,outgoing documents,VOffice,national document exchange axis,records management}');
