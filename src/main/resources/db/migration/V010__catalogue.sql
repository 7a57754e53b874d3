-- The open-data catalogue: every open dataset described once (DCAT-AP 3 and the CKAN-style API are views of these
-- rows), download counts, and what the national data portal was last sent.
--
-- Controlled vocabularies are the EU Publications Office authority tables that DCAT-AP names
-- (http://publications.europa.eu/resource/authority/{data-theme,frequency,access-right,licence,country}/CODE); the
-- columns keep their codes. Our own themes are a SKOS scheme of their own (catalog.theme, /def/dataset-themes/…).
-- Publishers are the ministry's units (platform.org_unit). The licence is CC BY 4.0: no rule of the ministry that
-- says otherwise was found (shared/reference/), so the issue's default stands.

CREATE SCHEMA catalog;

-- Our own themes (dcat:theme besides the EU data themes), by the ministry's fields of state management.
CREATE TABLE catalog.theme (
  code     text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]*$'),
  name_vi  text NOT NULL,
  name_en  text NOT NULL
);
INSERT INTO catalog.theme VALUES
  ('phap-luat', 'Văn bản pháp luật', 'Legal documents'),
  ('hoi-quy', 'Hội, quỹ và tổ chức phi chính phủ', 'Associations, funds and non-governmental organisations'),
  ('thi-dua-khen-thuong', 'Thi đua, khen thưởng', 'Emulation and commendation'),
  ('cai-cach-hanh-chinh', 'Cải cách hành chính', 'Public administration reform'),
  ('cong-chuc-vien-chuc', 'Cán bộ, công chức, viên chức', 'Civil servants and public employees'),
  ('dich-vu-cong', 'Thủ tục hành chính và dịch vụ công', 'Administrative procedures and public services'),
  ('van-thu-luu-tru', 'Văn thư, lưu trữ', 'Records and archives'),
  ('thanh-nien', 'Công tác thanh niên', 'Youth affairs');

CREATE TABLE catalog.dataset (
  name                 text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9-]*$'),
  position             int NOT NULL,
  title_vi             text NOT NULL,
  title_en             text NOT NULL,
  description_vi       text NOT NULL,
  description_en       text NOT NULL,
  publisher            text NOT NULL REFERENCES platform.org_unit (code),
  contact_url          text NOT NULL DEFAULT 'https://moha.gov.vn',
  eu_themes            text[] NOT NULL,
  themes               text[] NOT NULL,
  keywords_vi          text[] NOT NULL,
  keywords_en          text[] NOT NULL,
  licence              text NOT NULL DEFAULT 'CC_BY_4_0',
  access_rights        text NOT NULL DEFAULT 'PUBLIC' CHECK (access_rights IN ('PUBLIC', 'RESTRICTED', 'NON_PUBLIC')),
  accrual_periodicity  text NOT NULL DEFAULT 'UPDATE_CONT',
  spatial              text[] NOT NULL DEFAULT '{VNM}',
  -- true when part of the data is generated demo data (the pages and the DCAT say so)
  generated            boolean NOT NULL DEFAULT true,
  issued               timestamptz NOT NULL DEFAULT now(),
  metadata_modified    timestamptz NOT NULL DEFAULT now()
);

INSERT INTO catalog.dataset (name, position, title_vi, title_en, description_vi, description_en, publisher,
                             eu_themes, themes, keywords_vi, keywords_en) VALUES
  ('legal-documents', 1,
   'Văn bản quy phạm pháp luật và văn bản hành chính',
   'Legal normative and administrative documents',
   'Văn bản quy phạm pháp luật và văn bản hành chính thuộc lĩnh vực quản lý nhà nước của Bộ Nội vụ: số, ký hiệu, '
   || 'loại văn bản, cơ quan ban hành, ngày ban hành, ngày hiệu lực, tình trạng hiệu lực, trích yếu, lĩnh vực và '
   || 'quan hệ giữa các văn bản (sửa đổi, thay thế, hướng dẫn…). Mỗi văn bản có URI ELI ổn định. Một phần dữ liệu '
   || 'là dữ liệu minh họa được sinh tự động.',
   'Legal normative and administrative documents in the fields the Ministry of Home Affairs manages: number, type, '
   || 'issuer, dates of issue and entry into force, validity status, summary, fields and the relations between '
   || 'documents (amends, replaces, guides…). Every document has a stable ELI URI. Part of the data is generated demo '
   || 'data.',
   'TT_CNTT', '{GOVE,JUST}', '{phap-luat}',
   '{văn bản quy phạm pháp luật,văn bản hành chính,nghị định,thông tư,ELI}',
   '{legislation,administrative documents,decrees,circulars,ELI}'),
  ('associations', 2,
   'Hội, quỹ xã hội và quỹ từ thiện',
   'Associations, social funds and charity funds',
   'Các hội, quỹ xã hội, quỹ từ thiện do Bộ Nội vụ quản lý nhà nước: tên, loại hình, phạm vi hoạt động, lĩnh vực, '
   || 'tỉnh/thành phố, ngày thành lập, quyết định cho phép thành lập, phê duyệt điều lệ, đổi tên, giải thể và các sự '
   || 'kiện khác. Một phần dữ liệu là dữ liệu minh họa được sinh tự động.',
   'Associations, social funds and charity funds under the state management of the Ministry of Home Affairs: name, '
   || 'kind, scope, fields, province, founding date, the decisions that permitted their founding, approved their '
   || 'charter, renamed or dissolved them, and other events. Part of the data is generated demo data.',
   'VU_TCPCP', '{SOCI,GOVE}', '{hoi-quy}',
   '{hội,quỹ xã hội,quỹ từ thiện,tổ chức phi chính phủ}',
   '{associations,social funds,charity funds,non-governmental organisations}'),
  ('awards', 3,
   'Khen thưởng đã được quyết định',
   'Conferred state awards and emulation titles',
   'Các hình thức khen thưởng và danh hiệu thi đua đã được quyết định: loại khen thưởng, người hoặc tập thể được '
   || 'khen thưởng như quyết định công bố (tên, chức vụ, đơn vị — không có ngày sinh hay số định danh), cấp quyết định, '
   || 'số và ngày quyết định, cơ quan đề nghị, việc hủy bỏ quyết định. Một phần dữ liệu là dữ liệu minh họa được sinh '
   || 'tự động.',
   'State awards and emulation titles that were conferred: the award type, the person or collective as the decision '
   || 'names them (name, position, unit — no birth date or identity number), who decided, the decision''s number and '
   || 'date, the proposing body, and withdrawals. Part of the data is generated demo data.',
   'BAN_TDKT', '{GOVE,SOCI}', '{thi-dua-khen-thuong}',
   '{thi đua,khen thưởng,huân chương,bằng khen,danh hiệu thi đua}',
   '{emulation,commendation,orders,certificates of merit,emulation titles}');

-- A change of a dataset's description is an outbox event of the catalogue (the national-portal push follows it).
CREATE FUNCTION catalog.dataset_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.metadata_modified := now();
  INSERT INTO platform.outbox (dataset, entity_id, operation) VALUES ('catalog', NEW.name, 'update');
  RETURN NEW;
END
$$;
CREATE TRIGGER dataset_changed BEFORE UPDATE ON catalog.dataset
  FOR EACH ROW WHEN (OLD IS DISTINCT FROM NEW) EXECUTE FUNCTION catalog.dataset_changed();

-- Downloads per dataset, format and day (no address, agent or anything else about who downloaded).
CREATE TABLE catalog.download_count (
  dataset  text NOT NULL REFERENCES catalog.dataset (name),
  format   text NOT NULL,
  day      date NOT NULL,
  count    bigint NOT NULL CHECK (count >= 0),
  PRIMARY KEY (dataset, format, day)
);

-- What the national data portal holds of each dataset: the version last pushed and the outcome of the last attempt.
CREATE TABLE catalog.publication (
  dataset          text PRIMARY KEY REFERENCES catalog.dataset (name),
  pushed_version   timestamptz,
  pushed_at        timestamptz,
  remote_id        text,
  attempted_at     timestamptz,
  attempts         int NOT NULL DEFAULT 0,
  result           text CHECK (result IN ('created', 'updated', 'failed')),
  error            text,
  next_attempt_at  timestamptz
);

-- A dataset's last change is read from its table's modified_at (catalogue, Last-Modified, ETags): keep it an index
-- lookup at a million rows.
CREATE INDEX organization_modified_idx ON associations.organization (modified_at);
CREATE INDEX award_modified_idx ON awards.award (modified_at);

-- The size of each download as last written out whole (a file under DATA_DIR/downloads/, kept for Range requests
-- and Content-Length); a row whose version is older than the dataset's is stale.
CREATE TABLE catalog.download_file (
  dataset  text NOT NULL REFERENCES catalog.dataset (name),
  format   text NOT NULL,
  version  timestamptz NOT NULL,
  bytes    bigint NOT NULL CHECK (bytes >= 0),
  PRIMARY KEY (dataset, format)
);
