-- Dataset: excellent graduates and young scientists (sinh viên tốt nghiệp xuất sắc, cán bộ khoa học trẻ) — issue 8;
-- moha-platforms.md row 13 (the database of candidates under Decree 140/2017/NĐ-CP for recruitment into the civil
-- service, run by the Youth Affairs Department, VU_CTTN; data entry by the provinces); domain-notes.md §8 (publish
-- counts and aggregate outcomes only).
--
-- Decree 140/2017/NĐ-CP of 05/12/2017 (in force 20/01/2018) on attracting and developing a source of cadres from
-- excellent graduates and young scientists. What we rely on, as read in the decree's text (Art. 2, quoted by
-- thuviennhadat.vn and lawnet.vn): Art. 2.1 — a university graduate with an "excellent" degree (domestic, or foreign
-- recognised as equivalent), excellent study and conduct results in every year of study, within the youth age of
-- Art. 1 of the Law on Youth when applying, and meeting one of the listed criteria, the first of which (point a) is a
-- third prize or better in a provincial, an encouragement prize or better in a national, or a certificate of merit or
-- better in an international competition for excellent pupils. Art. 2.2 — young scientists. The other points of
-- Art. 2.1 and the criteria of Art. 2.2 were NOT checked against the text: the category table says so.
--
-- Layers:
--   * talent.profile — restricted, personal data (name, birth date, sex, citizen ID, contact): the Department sees all,
--     a province's officers (unit UBND_T..N) the profiles they manage; every read and write audited;
--   * talent.transition — the recruitment workflow's steps, append-only; allowed steps are rows of
--     talent.transition_rule (anything else is a 409);
--   * talent.statistic — the open statistics: counts of candidates by graduation year and field / province /
--     category, recruited or not, cells under 5 suppressed (platform.privacy.SmallCells), written by the server after
--     every change (datasets/talent/TalentStatistics). No person, no name, no institution.
CREATE SCHEMA IF NOT EXISTS talent;

-- Fields of training: our own grouping (no official classification was used; origin 'generated' in the open data).
CREATE TABLE talent.field (
  code     text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO talent.field VALUES
  ('CNTT', 'Công nghệ thông tin', 'Information technology', 1),
  ('KY_THUAT', 'Kỹ thuật và công nghệ', 'Engineering and technology', 2),
  ('KHTN', 'Khoa học tự nhiên', 'Natural sciences', 3),
  ('KINH_TE', 'Kinh tế, tài chính', 'Economics and finance', 4),
  ('LUAT', 'Luật', 'Law', 5),
  ('QUAN_LY_CONG', 'Quản lý công, hành chính học', 'Public administration', 6),
  ('KHXH', 'Khoa học xã hội và nhân văn', 'Social sciences and humanities', 7),
  ('Y_DUOC', 'Y dược', 'Medicine and pharmacy', 8),
  ('NONG_NGHIEP', 'Nông, lâm nghiệp và thủy sản', 'Agriculture, forestry and fisheries', 9),
  ('SU_PHAM', 'Khoa học giáo dục và sư phạm', 'Education', 10),
  ('NGON_NGU', 'Ngôn ngữ và văn hóa nước ngoài', 'Foreign languages and cultures', 11);

CREATE TABLE talent.degree (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO talent.degree VALUES
  ('bachelor', 'Đại học', 'Bachelor''s degree', 1),
  ('master', 'Thạc sĩ', 'Master''s degree', 2),
  ('doctor', 'Tiến sĩ', 'Doctorate', 3);

-- The candidate categories of Decree 140/2017/NĐ-CP Art. 2 (see the header for what was checked).
CREATE TABLE talent.category (
  code      text PRIMARY KEY,
  name_vi   text NOT NULL,
  name_en   text NOT NULL,
  basis     text NOT NULL,
  criteria  text NOT NULL,
  sort      int NOT NULL
);
INSERT INTO talent.category VALUES
  ('excellent_graduate', 'Sinh viên tốt nghiệp xuất sắc', 'Excellent graduate',
   'Nghị định 140/2017/NĐ-CP, Điều 2 khoản 1',
   'Tốt nghiệp đại học loại xuất sắc; kết quả học tập và rèn luyện xuất sắc các năm học; trong độ tuổi thanh niên '
   || '(Điều 1 Luật Thanh niên) khi nộp hồ sơ; đạt một trong các tiêu chuẩn của khoản 1 (điểm a: giải ba cấp tỉnh, '
   || 'giải khuyến khích cấp quốc gia hoặc bằng khen quốc tế trở lên trong kỳ thi học sinh giỏi; các điểm khác chưa '
   || 'đối chiếu văn bản)', 1),
  ('young_scientist', 'Cán bộ khoa học trẻ', 'Young scientist',
   'Nghị định 140/2017/NĐ-CP, Điều 2 khoản 2',
   'Tiêu chuẩn tại khoản 2 Điều 2 (nội dung chưa đối chiếu văn bản)', 2);

-- The recruitment workflow as data: the API accepts exactly the rows of talent.transition_rule (409 otherwise).
-- `actor`: 'unit' = officers of the unit managing the profile (a province's People's Committee, UBND_T..N) and
-- admins; 'department' = officers and reviewers of the Youth Affairs Department (VU_CTTN) and admins.
CREATE TABLE talent.status (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  final    boolean NOT NULL,
  sort     int NOT NULL
);
INSERT INTO talent.status VALUES
  ('candidate', 'Trong nguồn, chưa giới thiệu', 'In the pool', false, 1),
  ('proposed', 'Đã giới thiệu đến cơ quan tuyển dụng', 'Proposed to a recruiting body', false, 2),
  ('recruited', 'Đã được tuyển dụng', 'Recruited', true, 3),
  ('not_recruited', 'Không được tuyển dụng', 'Not recruited', false, 4),
  ('withdrawn', 'Rút khỏi nguồn', 'Withdrawn', false, 5);

CREATE TABLE talent.transition_rule (
  from_status   text NOT NULL REFERENCES talent.status (code),
  action        text NOT NULL,
  to_status     text NOT NULL REFERENCES talent.status (code),
  actor         text NOT NULL CHECK (actor IN ('unit', 'department')),
  needs_comment boolean NOT NULL DEFAULT false,
  PRIMARY KEY (from_status, action)
);
INSERT INTO talent.transition_rule VALUES
  ('candidate', 'propose', 'proposed', 'unit', false),
  ('candidate', 'withdraw', 'withdrawn', 'unit', true),
  ('proposed', 'recruit', 'recruited', 'unit', false),
  ('proposed', 'decline', 'not_recruited', 'unit', true),
  ('proposed', 'withdraw', 'withdrawn', 'unit', true),
  ('not_recruited', 'reopen', 'candidate', 'department', true),
  ('withdrawn', 'reopen', 'candidate', 'department', true);

-- A candidate's profile. `province`: the province (34 units from 2025-07-01) whose database holds the profile;
-- `managing_unit`: the unit that manages it (a province's People's Committee UBND_T..N, or VU_CTTN). The recruiting
-- body and decision are set by the workflow (propose, recruit).
CREATE SEQUENCE talent.profile_id_seq;
CREATE TABLE talent.profile (
  id                    bigint PRIMARY KEY DEFAULT nextval('talent.profile_id_seq'),
  full_name             text NOT NULL CHECK (length(full_name) BETWEEN 2 AND 100),
  birth_date            date NOT NULL CHECK (birth_date BETWEEN '1960-01-01' AND '2015-12-31'),
  sex                   text NOT NULL CHECK (sex IN ('female', 'male')),
  citizen_id            text CHECK (citizen_id ~ '^[0-9]{12}$'),
  email                 text CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' AND length(email) <= 254),
  phone                 text CHECK (phone ~ '^\+?[0-9 .()-]{8,20}$'),
  category              text NOT NULL REFERENCES talent.category (code),
  field_code            text NOT NULL REFERENCES talent.field (code),
  degree                text NOT NULL REFERENCES talent.degree (code),
  institution           text NOT NULL CHECK (length(institution) BETWEEN 2 AND 300),
  abroad                boolean NOT NULL DEFAULT false,
  graduation_year       int NOT NULL CHECK (graduation_year BETWEEN 2000 AND 2100),
  achievements          text[] NOT NULL DEFAULT '{}' CHECK (cardinality(achievements) <= 20),
  province              text NOT NULL REFERENCES platform.province (key) CHECK (province ~ 'N$'),
  managing_unit         text NOT NULL CHECK (managing_unit ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  status_code           text NOT NULL DEFAULT 'candidate' REFERENCES talent.status (code),
  recruiting_body       text CHECK (length(recruiting_body) BETWEEN 2 AND 300),
  recruitment_decision  text CHECK (length(recruitment_decision) BETWEEN 2 AND 100),
  recruitment_date      date,
  origin                text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'generated')),
  version               int NOT NULL DEFAULT 1,
  created_at            timestamptz NOT NULL DEFAULT now(),
  modified_at           timestamptz NOT NULL DEFAULT now(),
  CHECK (status_code NOT IN ('proposed', 'recruited') OR recruiting_body IS NOT NULL),
  CHECK ((status_code = 'recruited') = (recruitment_decision IS NOT NULL AND recruitment_date IS NOT NULL)),
  CHECK (category <> 'excellent_graduate' OR degree = 'bachelor')
);
CREATE INDEX profile_unit_idx ON talent.profile (managing_unit, id);
CREATE INDEX profile_status_idx ON talent.profile (status_code, id);

-- Every step: who, when, from → to, why. Append-only.
CREATE TABLE talent.transition (
  id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  profile_id   bigint NOT NULL REFERENCES talent.profile (id) ON DELETE CASCADE,
  at           timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor        text NOT NULL,
  actor_unit   text,
  action       text NOT NULL,
  from_status  text REFERENCES talent.status (code),
  to_status    text NOT NULL REFERENCES talent.status (code),
  unit         text,
  comment      text
);
CREATE INDEX transition_profile_idx ON talent.transition (profile_id, at, id);
CREATE FUNCTION talent.transition_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'talent.transition is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER transition_no_update BEFORE UPDATE OR DELETE ON talent.transition
  FOR EACH ROW EXECUTE FUNCTION talent.transition_immutable();

-- The database refuses a status change that is not a rule, whoever writes.
CREATE FUNCTION talent.status_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status_code IS DISTINCT FROM OLD.status_code AND NOT EXISTS (SELECT 1 FROM talent.transition_rule r
      WHERE r.from_status = OLD.status_code AND r.to_status = NEW.status_code) THEN
    RAISE EXCEPTION 'talent.profile: no step leads from % to %', OLD.status_code, NEW.status_code
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER profile_status_guard BEFORE UPDATE ON talent.profile
  FOR EACH ROW EXECUTE FUNCTION talent.status_guard();

-- The cells the statistics count, one per profile: no name, no birth date, no institution. Read by the server only
-- (TalentStatistics), never served as rows.
CREATE VIEW talent.statistic_source AS
SELECT p.graduation_year AS year, p.field_code AS field, p.province, p.category,
       CASE WHEN p.status_code = 'recruited' THEN 'yes' ELSE 'no' END AS recruited
  FROM talent.profile p;

-- The published statistics: one row per cell of every published table (`slice`: total, field, province,
-- category — each by year and recruited or not), with its dimensions, its count or null when suppressed. Rows are
-- never deleted (a cell that empties shows 0), so every cell's URI stays.
CREATE TABLE talent.statistic (
  id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  key          text NOT NULL UNIQUE CHECK (key ~ '^[a-z][a-z0-9-]{2,80}$'),
  slice        text NOT NULL,
  dims         jsonb NOT NULL,
  count        bigint CHECK (count >= 0),
  suppressed   boolean NOT NULL,
  modified_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (suppressed = (count IS NULL))
);

CREATE VIEW talent.open_statistic AS
SELECT s.id, s.key, s.slice, (s.dims->>'year')::int AS year, s.dims->>'recruited' = 'yes' AS recruited,
       s.dims->>'field' AS field, f.name_vi AS field_vi, f.name_en AS field_en,
       s.dims->>'province' AS province, pr.name AS province_vi,
       s.dims->>'category' AS category, c.name_vi AS category_vi, c.name_en AS category_en,
       s.count, s.suppressed, 'generated'::text AS origin, s.modified_at
  FROM talent.statistic s
  LEFT JOIN talent.field f ON f.code = s.dims->>'field'
  LEFT JOIN platform.province pr ON pr.key = s.dims->>'province'
  LEFT JOIN talent.category c ON c.code = s.dims->>'category';

-- The open dataset in the catalogue (publisher: the Youth Affairs Department) and its theme.
INSERT INTO catalog.theme VALUES
  ('thanh-nien', 'Thanh niên, thu hút nhân tài', 'Youth and talent attraction')
ON CONFLICT (code) DO NOTHING;
INSERT INTO catalog.dataset (name, position, title_vi, title_en, description_vi, description_en, publisher,
                             eu_themes, themes, keywords_vi, keywords_en) VALUES
  ('talent-statistics', 13,
   'Thống kê nguồn sinh viên tốt nghiệp xuất sắc, cán bộ khoa học trẻ',
   'Statistics of excellent graduates and young scientists',
   'Số người trong cơ sở dữ liệu sinh viên tốt nghiệp xuất sắc, cán bộ khoa học trẻ theo Nghị định 140/2017/NĐ-CP, '
   || 'theo năm tốt nghiệp và lĩnh vực đào tạo, tỉnh/thành phố, đối tượng; đã được tuyển dụng hay chưa. Chỉ có số '
   || 'đếm: ô có từ 1 đến 4 người (và các ô cần ẩn kèm để không suy ra được) không được công bố. Không có dữ liệu '
   || 'cá nhân. Số liệu là dữ liệu minh họa được sinh tự động.',
   'Counts of the people in the database of excellent graduates and young scientists under Decree 140/2017/NĐ-CP, '
   || 'by graduation year and field of training, province, category; recruited or not. Counts only: cells of 1 to 4 '
   || 'people (and the cells hidden with them so that they cannot be derived) are not published. No personal data. '
   || 'The figures are generated demo data.',
   'VU_CTTN', '{GOVE,EDUC}', '{thanh-nien}',
   '{sinh viên xuất sắc,cán bộ khoa học trẻ,thu hút nhân tài,Nghị định 140/2017/NĐ-CP,tuyển dụng}',
   '{excellent graduates,young scientists,talent attraction,Decree 140/2017,recruitment}');
