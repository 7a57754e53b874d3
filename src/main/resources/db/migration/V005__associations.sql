-- Dataset: the registry of associations and funds (CSDL hội, quỹ), kept by the NGO Department (Vụ Tổ chức phi chính
-- phủ, unit VU_TCPCP). Legal basis: Decree 126/2024/NĐ-CP (associations), Decree 93/2019/NĐ-CP amended by
-- 136/2024/NĐ-CP (social and charity funds); shared/reference/domain-notes.md §4. Tables are private to the schema;
-- the API and every open output read the open_* views.
CREATE SCHEMA IF NOT EXISTS associations;

-- Kinds of organisation (domain-notes.md §4 registry record: hội, liên hiệp hội, tổng hội, hiệp hội, liên đoàn; quỹ xã hội,
-- quỹ từ thiện).
CREATE TABLE associations.kind (
  code     text PRIMARY KEY,
  family   text NOT NULL CHECK (family IN ('association', 'fund')),
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO associations.kind VALUES
  ('HOI', 'association', 'Hội', 'Association', 1),
  ('LIEN_HIEP_HOI', 'association', 'Liên hiệp hội', 'Union of associations', 2),
  ('TONG_HOI', 'association', 'Tổng hội', 'General association', 3),
  ('HIEP_HOI', 'association', 'Hiệp hội', 'Trade association', 4),
  ('LIEN_DOAN', 'association', 'Liên đoàn', 'Federation', 5),
  ('QUY_XA_HOI', 'fund', 'Quỹ xã hội', 'Social fund', 6),
  ('QUY_TU_THIEN', 'fund', 'Quỹ từ thiện', 'Charity fund', 7);

-- Scope of activity (Decree 126/2024: national / inter-provincial / provincial; the commune level is kept by communes).
CREATE TABLE associations.scope (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO associations.scope VALUES
  ('national', 'Toàn quốc', 'National', 1),
  ('inter_provincial', 'Liên tỉnh', 'Inter-provincial', 2),
  ('provincial', 'Tỉnh', 'Provincial', 3);

CREATE TABLE associations.status (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO associations.status VALUES
  ('active', 'Đang hoạt động', 'Active', 1),
  ('suspended', 'Tạm đình chỉ hoạt động', 'Suspended', 2),
  ('dissolved', 'Giải thể', 'Dissolved', 3),
  ('merged', 'Sáp nhập, hợp nhất', 'Merged', 4);

-- Fields of activity: our own code list (the decrees name no list), grouped as the organisations in
-- domain-notes.md §4 suggest (science and technology, literature and arts, friendship, commerce, cooperatives,
-- humanitarian work, journalism, law, the elderly, study promotion, disability, medicine, veterans…).
CREATE TABLE associations.field (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO associations.field VALUES
  ('KHOA_HOC_KY_THUAT', 'Khoa học và kỹ thuật', 'Science and technology', 1),
  ('VAN_HOC_NGHE_THUAT', 'Văn học, nghệ thuật', 'Literature and arts', 2),
  ('HUU_NGHI', 'Hữu nghị, đối ngoại nhân dân', 'Friendship and people-to-people relations', 3),
  ('KINH_TE_THUONG_MAI', 'Kinh tế, thương mại, doanh nghiệp', 'Economy, trade and business', 4),
  ('HOP_TAC_XA', 'Hợp tác xã', 'Cooperatives', 5),
  ('NHAN_DAO_TU_THIEN', 'Nhân đạo, từ thiện', 'Humanitarian and charity work', 6),
  ('BAO_CHI_XUAT_BAN', 'Báo chí, xuất bản', 'Journalism and publishing', 7),
  ('PHAP_LUAT', 'Pháp luật', 'Law', 8),
  ('NGUOI_CAO_TUOI', 'Người cao tuổi', 'The elderly', 9),
  ('KHUYEN_HOC', 'Khuyến học, giáo dục', 'Study promotion and education', 10),
  ('NGUOI_KHUYET_TAT', 'Người khuyết tật, bảo trợ xã hội', 'Disability and social protection', 11),
  ('Y_TE', 'Y tế, y học', 'Health and medicine', 12),
  ('CUU_CHIEN_BINH', 'Cựu chiến binh, cựu thanh niên xung phong, cựu công an', 'Veterans', 13),
  ('NONG_NGHIEP', 'Nông nghiệp, nông thôn', 'Agriculture and rural life', 14),
  ('VAN_HOA_THE_THAO', 'Văn hóa, thể thao, du lịch', 'Culture, sports and tourism', 15),
  ('MOI_TRUONG', 'Môi trường, thiên nhiên', 'Environment and nature', 16),
  ('TRE_EM_PHU_NU', 'Trẻ em, phụ nữ, gia đình', 'Children, women and families', 17),
  ('NGHE_NGHIEP', 'Nghề nghiệp chuyên môn', 'Professions', 18);

-- Lifecycle events (Decree 126/2024 chapters: establishment; charter; renaming, split, separation, merger,
-- consolidation, suspension, dissolution). `sets_status` is the status an event leaves the organisation in.
CREATE TABLE associations.event_type (
  code         text PRIMARY KEY,
  name_vi      text NOT NULL,
  name_en      text NOT NULL,
  sets_status  text REFERENCES associations.status(code),
  sort         int NOT NULL
);
INSERT INTO associations.event_type VALUES
  ('established', 'Cho phép thành lập', 'Establishment permitted', 'active', 1),
  ('charter_approved', 'Phê duyệt điều lệ', 'Charter approved', NULL, 2),
  ('charter_amended', 'Phê duyệt điều lệ sửa đổi, bổ sung', 'Charter amended', NULL, 3),
  ('renamed', 'Đổi tên', 'Renamed', NULL, 4),
  ('split', 'Chia, tách', 'Split', NULL, 5),
  ('merged', 'Sáp nhập, hợp nhất', 'Merged', 'merged', 6),
  ('suspended', 'Tạm đình chỉ hoạt động', 'Suspended', 'suspended', 7),
  ('resumed', 'Cho phép hoạt động trở lại', 'Activity resumed', 'active', 8),
  ('dissolved', 'Giải thể', 'Dissolved', 'dissolved', 9);

CREATE TABLE associations.organization (
  id                   bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  key                  text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9-]{2,79}$'),
  kind_code            text NOT NULL REFERENCES associations.kind(code),
  name_vi              text NOT NULL CHECK (length(name_vi) BETWEEN 3 AND 300),
  name_en              text,
  abbreviation         text,
  scope_code           text NOT NULL REFERENCES associations.scope(code),
  -- the province of the head office as recorded (the unit valid at the founding date: T{code} before 2025-07-01,
  -- T{code}N after); its current unit is platform.province.successor
  province_key         text REFERENCES platform.province(key),
  address              text,
  founded_date         date,
  founding_decision_number  text,
  founding_decision_date    date,
  founding_decision_issuer  text,
  founding_document_id bigint REFERENCES legaldocs.document(id) ON DELETE SET NULL,
  status_code          text NOT NULL DEFAULT 'active' REFERENCES associations.status(code),
  representative_name  text,
  representative_title text,
  member_count         int CHECK (member_count >= 0),
  website              text CHECK (website IS NULL OR website ~ '^https?://'),
  state_assigned       boolean NOT NULL DEFAULT false,
  origin               text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'reference', 'generated')),
  version              int NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL DEFAULT now(),
  modified_at          timestamptz NOT NULL DEFAULT now(),
  search               tsvector GENERATED ALWAYS AS (
                         setweight(to_tsvector('simple', platform.vn_fold(name_vi)), 'A') ||
                         setweight(to_tsvector('simple', platform.vn_fold(coalesce(abbreviation, ''))), 'A') ||
                         setweight(to_tsvector('simple', platform.vn_fold(coalesce(name_en, ''))), 'B')) STORED,
  CONSTRAINT organization_province_when_local CHECK (scope_code = 'national' OR province_key IS NOT NULL)
);
CREATE UNIQUE INDEX organization_name_scope ON associations.organization (platform.vn_fold(name_vi), coalesce(province_key, ''))
  WHERE status_code <> 'dissolved' AND status_code <> 'merged';
CREATE INDEX organization_name_idx ON associations.organization (name_vi, id);
CREATE INDEX organization_province_idx ON associations.organization (province_key, id);
CREATE INDEX organization_founded_idx ON associations.organization (founded_date, id);
CREATE INDEX organization_search_idx ON associations.organization USING gin (search);

CREATE TABLE associations.organization_field (
  organization_id  bigint NOT NULL REFERENCES associations.organization(id) ON DELETE CASCADE,
  field_code       text NOT NULL REFERENCES associations.field(code),
  PRIMARY KEY (organization_id, field_code)
);
CREATE INDEX organization_field_code_idx ON associations.organization_field (field_code, organization_id);

CREATE TABLE associations.event (
  id                bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  organization_id   bigint NOT NULL REFERENCES associations.organization(id) ON DELETE CASCADE,
  type_code         text NOT NULL REFERENCES associations.event_type(code),
  event_date        date NOT NULL,
  decision_number   text,
  decision_issuer   text,
  related_id        bigint REFERENCES associations.organization(id) ON DELETE SET NULL,
  note              text,
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX event_organization_idx ON associations.event (organization_id, event_date, id);

-- The current status derives from the events: the latest status-bearing event wins (active when there is none).
CREATE FUNCTION associations.derive_status() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  org bigint := coalesce(NEW.organization_id, OLD.organization_id);
BEGIN
  UPDATE associations.organization o
     SET status_code = coalesce((
           SELECT t.sets_status FROM associations.event e JOIN associations.event_type t ON t.code = e.type_code
            WHERE e.organization_id = org AND t.sets_status IS NOT NULL
            ORDER BY e.event_date DESC, e.id DESC LIMIT 1), 'active')
   WHERE o.id = org;
  RETURN NULL;
END
$$;
CREATE TRIGGER event_derives_status AFTER INSERT OR UPDATE OR DELETE ON associations.event
  FOR EACH ROW EXECUTE FUNCTION associations.derive_status();

-- The open views: organisation data is not personal data; the representative is published with name and title only
-- (domain-notes.md §8), never contact details.
CREATE VIEW associations.open_organization AS
SELECT o.id, o.key, o.kind_code, k.family, k.name_vi AS kind_vi, k.name_en AS kind_en,
       o.name_vi, o.name_en, o.abbreviation, o.scope_code, sc.name_vi AS scope_vi, sc.name_en AS scope_en,
       o.province_key, p.name AS province_name, p.valid_to AS province_valid_to,
       coalesce(p.successor, o.province_key) AS province_now_key, pn.name AS province_now_name,
       o.address, o.founded_date, o.founding_decision_number, o.founding_decision_date, o.founding_decision_issuer,
       o.founding_document_id, o.status_code, st.name_vi AS status_vi, st.name_en AS status_en,
       o.representative_name, o.representative_title, o.member_count, o.website, o.state_assigned, o.origin,
       o.version, o.created_at, o.modified_at, o.search,
       coalesce((SELECT array_agg(f.field_code ORDER BY f.field_code) FROM associations.organization_field f
                  WHERE f.organization_id = o.id), '{}') AS fields
  FROM associations.organization o
  JOIN associations.kind k ON k.code = o.kind_code
  JOIN associations.scope sc ON sc.code = o.scope_code
  JOIN associations.status st ON st.code = o.status_code
  LEFT JOIN platform.province p ON p.key = o.province_key
  LEFT JOIN platform.province pn ON pn.key = coalesce(p.successor, o.province_key);

CREATE VIEW associations.open_event AS
SELECT e.id, e.organization_id, e.type_code, t.name_vi AS type_vi, t.name_en AS type_en, t.sets_status,
       e.event_date, e.decision_number, e.decision_issuer, e.related_id, r.key AS related_key,
       r.name_vi AS related_name, e.note
  FROM associations.event e
  JOIN associations.event_type t ON t.code = e.type_code
  LEFT JOIN associations.organization r ON r.id = e.related_id;
