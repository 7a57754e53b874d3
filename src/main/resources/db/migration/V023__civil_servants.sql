-- Dataset: the civil servants database (CSDL cán bộ, công chức, viên chức; shared/reference/moha-platforms.md row 2):
-- national scale, about 2,000,000 people. Two halves with different audiences:
--   * restricted — each person's record (identity, organisation and unit, position, rank and salary, qualifications,
--     training, yearly evaluations, awards and disciplines, employment history), read and written by HR officers of
--     the person's unit or of a unit above it in the organisation tree, by the Civil Servants Department (VU_CCVC)
--     and by admins; every read and write is audited; the tables below are private;
--   * open — headcounts per year by organisation, province, rank, sex, age band, ethnicity group and education level,
--     and staffing quota (biên chế) against actual headcount: counts of people, so a count from 1 to 4 is suppressed
--     with complementary suppression (open_headcount is the SQL twin of platform.privacy.SmallCells for one grouping;
--     CivilServantsIT checks both give the same cells). Open outputs read only the open_* views.
--
-- Speed: the open figures are never a GROUP BY over the people. civilservants.headcount is a rollup kept exact in
-- the same transaction as every write by statement-level triggers over the transition tables (set-based, so a bulk
-- INSERT costs one aggregation); the demo generator disables them and calls rebuild_headcount() once.
--
-- A person counts in year Y when in service on 31 December of Y (service_start in or before Y, service_end, if any,
-- after Y), with the organisation, rank, education and ethnicity of the record as it is now and the age Y − birth
-- year. The years published are civilservants.year_span (a new year is opened with open_year()).
--
-- WHAT IS REAL (see each code list's `source`): the 54 ethnic groups (GSO Decision 1019/QĐ-TCTK of 2008; codes 01-20
-- and the 54 names seen in sources, codes 21-54 in the list's order as we know it: unconfirmed), the ranks of the
-- administrative civil service and their salary groups (Circular 2/2021/TT-BNV, codes unconfirmed here), the salary
-- scale groups of Decree 204/2004/NĐ-CP (coefficients unconfirmed here), the four classifications of Decree
-- 90/2020/NĐ-CP, the ministries and provinces (awards.body) and the provincial departments (reporting.unit, names
-- after Decree 45/2025). WHAT IS GENERATED (origin = 'generated'): the ministries' departments, every unit below a
-- department, every person (V024) and every staffing quota.
CREATE SCHEMA IF NOT EXISTS civilservants;

CREATE TABLE civilservants.ethnic_group (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO civilservants.ethnic_group VALUES
  ('kinh', 'Dân tộc Kinh', 'Kinh', 1),
  ('thieu-so', 'Dân tộc thiểu số', 'Ethnic minorities', 2);

CREATE TABLE civilservants.ethnicity (
  code     text PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
  name_vi  text NOT NULL,
  grp      text NOT NULL REFERENCES civilservants.ethnic_group(code),
  source   text NOT NULL
);
INSERT INTO civilservants.ethnicity (code, name_vi, grp, source)
SELECT lpad(n::text, 2, '0'), name, CASE WHEN n = 1 THEN 'kinh' ELSE 'thieu-so' END,
       CASE WHEN n <= 20 THEN 'GSO Decision 1019/QĐ-TCTK (2008), code and name'
            ELSE 'GSO Decision 1019/QĐ-TCTK (2008): name confirmed, code unconfirmed (list order as we know it)' END
  FROM unnest(ARRAY['Kinh', 'Tày', 'Thái', 'Mường', 'Khơ Me', 'Hoa', 'Nùng', 'Mông', 'Dao', 'Gia Rai', 'Ê Đê',
    'Ba Na', 'Sán Chay', 'Chăm', 'Cơ Ho', 'Xơ Đăng', 'Sán Dìu', 'Hrê', 'Ra Glai', 'Mnông', 'Thổ', 'Xtiêng', 'Khơ Mú',
    'Bru - Vân Kiều', 'Cơ Tu', 'Giáy', 'Tà Ôi', 'Mạ', 'Giẻ - Triêng', 'Co', 'Chơ Ro', 'Xinh Mun', 'Hà Nhì', 'Chu Ru',
    'Lào', 'Kháng', 'La Chí', 'Phù Lá', 'La Hủ', 'La Ha', 'Pà Thẻn', 'Chứt', 'Lự', 'Lô Lô', 'Mảng', 'Cờ Lao', 'Bố Y',
    'Cống', 'Ngái', 'Si La', 'Pu Péo', 'Rơ Măm', 'Brâu', 'Ơ Đu']) WITH ORDINALITY AS e(name, n);

-- Salary groups of the administrative civil service (Decree 204/2004/NĐ-CP, table 2): steps and coefficients.
CREATE TABLE civilservants.salary_scale (
  code         text PRIMARY KEY,
  name_vi      text NOT NULL,
  name_en      text NOT NULL,
  steps        int NOT NULL CHECK (steps BETWEEN 1 AND 20),
  first_coef   numeric(4, 2) NOT NULL,
  step_coef    numeric(4, 2) NOT NULL,
  sort         int NOT NULL,
  source       text NOT NULL
);
INSERT INTO civilservants.salary_scale VALUES
  ('A3.1', 'Công chức loại A3, nhóm 1', 'Category A3, group 1', 6, 6.20, 0.36, 1, 'Decree 204/2004/NĐ-CP (coefficients unconfirmed here)'),
  ('A2.1', 'Công chức loại A2, nhóm 1', 'Category A2, group 1', 8, 4.40, 0.34, 2, 'Decree 204/2004/NĐ-CP (coefficients unconfirmed here)'),
  ('A1', 'Công chức loại A1', 'Category A1', 9, 2.34, 0.33, 3, 'Decree 204/2004/NĐ-CP (coefficients unconfirmed here)'),
  ('A0', 'Công chức loại A0', 'Category A0', 10, 2.10, 0.31, 4, 'Decree 204/2004/NĐ-CP (coefficients unconfirmed here)'),
  ('B', 'Công chức loại B', 'Category B', 12, 1.86, 0.20, 5, 'Decree 204/2004/NĐ-CP (coefficients unconfirmed here)');

-- Ranks (ngạch) of the administrative civil service with their salary group.
CREATE TABLE civilservants.rank (
  code          text PRIMARY KEY CHECK (code ~ '^[0-9]{2}\.[0-9]{3}$'),
  name_vi       text NOT NULL,
  name_en       text NOT NULL,
  salary_scale  text NOT NULL REFERENCES civilservants.salary_scale(code),
  sort          int NOT NULL,
  source        text NOT NULL
);
INSERT INTO civilservants.rank VALUES
  ('01.001', 'Chuyên viên cao cấp', 'Senior principal officer', 'A3.1', 1, 'Circular 2/2021/TT-BNV (code unconfirmed here)'),
  ('01.002', 'Chuyên viên chính', 'Principal officer', 'A2.1', 2, 'Circular 2/2021/TT-BNV (code unconfirmed here)'),
  ('01.003', 'Chuyên viên', 'Officer', 'A1', 3, 'Circular 2/2021/TT-BNV (code unconfirmed here)'),
  ('01.004', 'Cán sự', 'Junior officer', 'A0', 4, 'Circular 2/2021/TT-BNV (code unconfirmed here)'),
  ('01.005', 'Nhân viên', 'Clerk', 'B', 5, 'Circular 2/2021/TT-BNV (code unconfirmed here)');

-- Education levels (trình độ chuyên môn) as HR statistics group them; codes ours.
CREATE TABLE civilservants.education_level (
  code     text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]*$'),
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO civilservants.education_level VALUES
  ('tien-si', 'Tiến sĩ', 'Doctorate', 1),
  ('thac-si', 'Thạc sĩ', 'Master''s degree', 2),
  ('dai-hoc', 'Đại học', 'Bachelor''s degree', 3),
  ('cao-dang', 'Cao đẳng', 'College diploma', 4),
  ('trung-cap', 'Trung cấp', 'Intermediate vocational', 5),
  ('duoi-trung-cap', 'Dưới trung cấp', 'Below intermediate', 6);

-- The yearly classification of civil servants (Decree 90/2020/NĐ-CP, Art. 2).
CREATE TABLE civilservants.classification (
  code     text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]*$'),
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO civilservants.classification VALUES
  ('xuat-sac', 'Hoàn thành xuất sắc nhiệm vụ', 'Completed duties excellently', 1),
  ('tot', 'Hoàn thành tốt nhiệm vụ', 'Completed duties well', 2),
  ('hoan-thanh', 'Hoàn thành nhiệm vụ', 'Completed duties', 3),
  ('khong-hoan-thanh', 'Không hoàn thành nhiệm vụ', 'Did not complete duties', 4);

-- Age bands of the open statistics (ours), by age reached in the year.
CREATE TABLE civilservants.age_band (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  lo       int NOT NULL,
  hi       int NOT NULL
);
INSERT INTO civilservants.age_band VALUES
  ('duoi-30', 'Dưới 30 tuổi', 'Under 30', 0, 29),
  ('30-39', 'Từ 30 đến 39 tuổi', '30 to 39', 30, 39),
  ('40-49', 'Từ 40 đến 49 tuổi', '40 to 49', 40, 49),
  ('50-59', 'Từ 50 đến 59 tuổi', '50 to 59', 50, 59),
  ('tu-60', 'Từ 60 tuổi', '60 and over', 60, 200);

CREATE FUNCTION civilservants.age_band_of(age int) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN age < 30 THEN 'duoi-30' WHEN age < 40 THEN '30-39' WHEN age < 50 THEN '40-49'
              WHEN age < 60 THEN '50-59' ELSE 'tu-60' END
$$;

-- The organisation tree: level 1 a ministry (central) or a province's People's Committee (local), level 2 a
-- department, level 3 a unit. Keys are the unit claims of HR officers' tokens; an officer sees the people of the
-- subtree under the token's unit (`path` holds the keys from the root down to the node itself).
CREATE TABLE civilservants.org (
  key           text PRIMARY KEY CHECK (key ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  parent_key    text REFERENCES civilservants.org(key),
  level         int NOT NULL CHECK (level BETWEEN 1 AND 3),
  name_vi       text NOT NULL,
  name_en       text NOT NULL,
  central       boolean NOT NULL,
  province_key  text REFERENCES platform.province(key),
  root_key      text NOT NULL,
  path          text[] NOT NULL,
  origin        text NOT NULL CHECK (origin IN ('reference', 'public_record', 'generated')),
  source        text NOT NULL,
  sort          int NOT NULL
);
INSERT INTO civilservants.org
SELECT key, NULL, 1, name_vi, name_en, kind <> 'province', province_key, key, ARRAY[key], origin, 'awards.body', sort
  FROM awards.body
 WHERE kind IN ('ministry', 'ministerial_agency', 'province') AND valid_to IS NULL;
-- the ministry's own units (platform.org_unit) are the departments of the Ministry of Home Affairs
INSERT INTO civilservants.org
SELECT u.code, 'BO_NOI_VU', 2, u.name_vi, u.name_en, true, NULL, 'BO_NOI_VU', ARRAY['BO_NOI_VU', u.code],
       'reference', 'platform.org_unit', row_number() OVER (ORDER BY u.code)
  FROM platform.org_unit u
 WHERE EXISTS (SELECT 1 FROM civilservants.org WHERE key = 'BO_NOI_VU');
-- the provinces' departments, as the reporting system names them
INSERT INTO civilservants.org
SELECT r.key, r.parent_key, 2, r.name_vi, r.name_en, false, r.province_key, r.parent_key, ARRAY[r.parent_key, r.key],
       'reference', 'reporting.unit (' || r.source || ')', r.sort
  FROM reporting.unit r JOIN civilservants.org p ON p.key = r.parent_key
 WHERE r.kind = 'department';
-- generated departments of the other ministries
INSERT INTO civilservants.org
SELECT d.code || '_' || m.key, m.key, 2, d.vi || ', ' || m.name_vi, d.en || ', ' || m.name_en, true, NULL, m.key,
       ARRAY[m.key, d.code || '_' || m.key], 'generated', 'generated: usual departments of a ministry (names only)',
       m.sort * 10 + d.n::int
  FROM civilservants.org m
 CROSS JOIN LATERAL unnest(ARRAY['VP', 'VTCCB', 'VKHTC', 'VPC', 'TTR'],
   ARRAY['Văn phòng Bộ', 'Vụ Tổ chức cán bộ', 'Vụ Kế hoạch – Tài chính', 'Vụ Pháp chế', 'Thanh tra Bộ'],
   ARRAY['Ministry Office', 'Department of Personnel and Organisation', 'Department of Planning and Finance',
         'Legal Department', 'Ministry Inspectorate']) WITH ORDINALITY AS d(code, vi, en, n)
 WHERE m.level = 1 AND m.central AND m.key <> 'BO_NOI_VU';
-- generated units (phòng) of every department
INSERT INTO civilservants.org
SELECT d.key || '_P' || g.i, d.key, 3, 'Phòng minh họa số ' || g.i || ', ' || d.name_vi,
       'Demo division ' || g.i || ', ' || d.name_en, d.central, d.province_key, d.root_key, d.path || (d.key || '_P' || g.i),
       'generated', 'generated: demo divisions', d.sort * 10 + g.i
  FROM civilservants.org d CROSS JOIN generate_series(1, 3) AS g(i)
 WHERE d.level = 2 AND length(d.key) <= 37;
CREATE INDEX org_path_idx ON civilservants.org USING gin (path);
CREATE INDEX org_parent_idx ON civilservants.org (parent_key);

-- The people. `name_search` is the folded name (platform.vn_fold) as words, for diacritics-insensitive search.
CREATE TABLE civilservants.person (
  id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  citizen_id      text NOT NULL UNIQUE CHECK (citizen_id ~ '^[0-9]{12}$'),
  full_name       text NOT NULL CHECK (length(full_name) BETWEEN 2 AND 120),
  name_search     tsvector GENERATED ALWAYS AS (to_tsvector('simple', platform.vn_fold(full_name))) STORED,
  birth_date      date NOT NULL,
  sex             text NOT NULL CHECK (sex IN ('nam', 'nu')),
  ethnicity_code  text NOT NULL REFERENCES civilservants.ethnicity(code),
  unit_key        text NOT NULL REFERENCES civilservants.org(key),
  position        text,
  rank_code       text NOT NULL REFERENCES civilservants.rank(code),
  salary_scale    text NOT NULL REFERENCES civilservants.salary_scale(code),
  salary_step     int NOT NULL CHECK (salary_step BETWEEN 1 AND 20),
  education_code  text NOT NULL REFERENCES civilservants.education_level(code),
  service_start   date NOT NULL,
  service_end     date CHECK (service_end IS NULL OR service_end > service_start),
  origin          text NOT NULL DEFAULT 'entered' CHECK (origin IN ('entered', 'generated')),
  version         int NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  modified_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (service_start > birth_date)
);
CREATE INDEX person_unit_idx ON civilservants.person (unit_key, id);
CREATE INDEX person_name_idx ON civilservants.person USING gin (name_search);

CREATE TABLE civilservants.qualification (
  person_id    bigint NOT NULL REFERENCES civilservants.person(id) ON DELETE CASCADE,
  ord          int NOT NULL,
  level_code   text NOT NULL REFERENCES civilservants.education_level(code),
  field        text NOT NULL,
  institution  text,
  year         int CHECK (year BETWEEN 1950 AND 2100),
  PRIMARY KEY (person_id, ord)
);
CREATE TABLE civilservants.training (
  person_id    bigint NOT NULL REFERENCES civilservants.person(id) ON DELETE CASCADE,
  ord          int NOT NULL,
  course       text NOT NULL,
  institution  text,
  starts       date,
  ends         date,
  PRIMARY KEY (person_id, ord)
);
CREATE TABLE civilservants.evaluation (
  person_id       bigint NOT NULL REFERENCES civilservants.person(id) ON DELETE CASCADE,
  year            int NOT NULL CHECK (year BETWEEN 1950 AND 2100),
  classification  text NOT NULL REFERENCES civilservants.classification(code),
  PRIMARY KEY (person_id, year)
);
CREATE TABLE civilservants.merit (
  person_id  bigint NOT NULL REFERENCES civilservants.person(id) ON DELETE CASCADE,
  ord        int NOT NULL,
  kind       text NOT NULL CHECK (kind IN ('award', 'discipline')),
  title      text NOT NULL,
  decision   text,
  date       date,
  PRIMARY KEY (person_id, ord)
);
CREATE TABLE civilservants.employment (
  person_id  bigint NOT NULL REFERENCES civilservants.person(id) ON DELETE CASCADE,
  ord        int NOT NULL,
  starts     date NOT NULL,
  ends       date,
  organisation text NOT NULL,
  position   text,
  PRIMARY KEY (person_id, ord)
);

-- Staffing quotas (biên chế công chức) assigned to a ministry or province for a year.
CREATE TABLE civilservants.staffing_quota (
  org_key  text NOT NULL REFERENCES civilservants.org(key),
  year     int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  quota    int NOT NULL CHECK (quota >= 0),
  origin   text NOT NULL DEFAULT 'generated' CHECK (origin IN ('reference', 'generated')),
  PRIMARY KEY (org_key, year)
);

-- The years published (one row).
CREATE TABLE civilservants.year_span (
  one         boolean PRIMARY KEY DEFAULT true CHECK (one),
  first_year  int NOT NULL,
  last_year   int NOT NULL CHECK (last_year >= first_year)
);
INSERT INTO civilservants.year_span VALUES (true, 2021, 2026);

-- The rollup: people per year and dimension value. dimension organisation has grp 'central' or 'local' (the
-- suppression groups: the central total and the provinces are published), the others grp ''.
CREATE TABLE civilservants.headcount (
  year       int NOT NULL,
  dimension  text NOT NULL CHECK (dimension IN ('organisation', 'rank', 'sex', 'age-band', 'ethnic-group',
                                                'education')),
  grp        text NOT NULL,
  code       text NOT NULL,
  n          bigint NOT NULL, -- no CHECK: INSERT … ON CONFLICT checks the proposed row (a −1) before the conflict
  PRIMARY KEY (year, dimension, code)
);

-- The open cubes (one published record each): its key is its thing path under /id/civil-servants/.
CREATE TABLE civilservants.cube (
  id           bigint PRIMARY KEY,
  key          text NOT NULL UNIQUE,
  title_vi     text NOT NULL,
  title_en     text NOT NULL,
  modified_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO civilservants.cube (id, key, title_vi, title_en) VALUES
  (1, 'organisation', 'Số cán bộ, công chức theo cơ quan', 'Civil servants by organisation'),
  (2, 'province', 'Số cán bộ, công chức theo tỉnh, thành phố', 'Civil servants by province'),
  (3, 'rank', 'Số công chức theo ngạch', 'Civil servants by rank'),
  (4, 'sex', 'Số cán bộ, công chức theo giới tính', 'Civil servants by sex'),
  (5, 'age-band', 'Số cán bộ, công chức theo nhóm tuổi', 'Civil servants by age band'),
  (6, 'ethnic-group', 'Số cán bộ, công chức theo dân tộc', 'Civil servants by ethnicity group'),
  (7, 'education', 'Số cán bộ, công chức theo trình độ chuyên môn', 'Civil servants by education level'),
  (8, 'staffing', 'Biên chế được giao và số có mặt', 'Staffing quota and actual headcount');

-- What a row of person contributes to the rollup.
CREATE TYPE civilservants.facts AS (service_start date, service_end date, birth_date date, sex text,
                                    ethnicity_code text, unit_key text, rank_code text, education_code text);

-- Adds sign × the cells of the given people to the rollup (set-based), drops emptied cells.
CREATE FUNCTION civilservants.apply_facts(sign int, people civilservants.facts[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO civilservants.headcount AS h (year, dimension, grp, code, n)
  SELECT y.year, x.dimension, x.grp, x.code, sum(sign)
    FROM unnest(people) AS f
    JOIN civilservants.org o ON o.key = f.unit_key
    JOIN civilservants.ethnicity e ON e.code = f.ethnicity_code
   CROSS JOIN civilservants.year_span s
   CROSS JOIN LATERAL generate_series(greatest(s.first_year, extract(year FROM f.service_start)::int),
     least(s.last_year, coalesce(extract(year FROM f.service_end)::int - 1, s.last_year))) AS y(year)
   CROSS JOIN LATERAL (VALUES
     ('organisation', CASE WHEN o.central THEN 'central' ELSE 'local' END, o.root_key),
     ('rank', '', f.rank_code), ('sex', '', f.sex),
     ('age-band', '', civilservants.age_band_of(y.year - extract(year FROM f.birth_date)::int)),
     ('ethnic-group', '', e.grp), ('education', '', f.education_code)) AS x(dimension, grp, code)
   GROUP BY 1, 2, 3, 4
  ON CONFLICT (year, dimension, code) DO UPDATE SET n = h.n + excluded.n;
  DELETE FROM civilservants.headcount WHERE n = 0;
$$;

-- The rollup from scratch: one pass over the people with grouping sets per dimension, then the years.
CREATE FUNCTION civilservants.rebuild_headcount() RETURNS bigint
LANGUAGE plpgsql SET work_mem = '256MB' SET jit = off AS $$
DECLARE
  v_rows bigint;
BEGIN
  DELETE FROM civilservants.headcount;
  INSERT INTO civilservants.headcount (year, dimension, grp, code, n)
  WITH f AS (
    SELECT extract(year FROM p.service_start)::int AS sy, extract(year FROM p.service_end)::int AS ey,
           o.central, o.root_key, p.rank_code, p.sex, extract(year FROM p.birth_date)::int AS by, e.grp AS eg,
           p.education_code
      FROM civilservants.person p
      JOIN civilservants.org o ON o.key = p.unit_key
      JOIN civilservants.ethnicity e ON e.code = p.ethnicity_code
  ), g AS (
    SELECT sy, ey, central, root_key, rank_code, sex, by, eg, education_code, count(*) AS n
      FROM f
     GROUP BY GROUPING SETS ((sy, ey, central, root_key), (sy, ey, rank_code), (sy, ey, sex), (sy, ey, by),
                             (sy, ey, eg), (sy, ey, education_code))
  )
  SELECT y.year, x.dimension, x.grp, x.code, sum(g.n)
    FROM g CROSS JOIN civilservants.year_span s
   CROSS JOIN LATERAL generate_series(greatest(s.first_year, g.sy), least(s.last_year, coalesce(g.ey - 1, s.last_year)))
     AS y(year)
   CROSS JOIN LATERAL (SELECT CASE WHEN g.root_key IS NOT NULL THEN 'organisation' WHEN g.rank_code IS NOT NULL
                                   THEN 'rank' WHEN g.sex IS NOT NULL THEN 'sex' WHEN g.by IS NOT NULL THEN 'age-band'
                                   WHEN g.eg IS NOT NULL THEN 'ethnic-group' ELSE 'education' END AS dimension) d
   CROSS JOIN LATERAL (SELECT d.dimension,
                              CASE WHEN d.dimension <> 'organisation' THEN '' WHEN g.central THEN 'central'
                                   ELSE 'local' END AS grp,
                              CASE d.dimension WHEN 'organisation' THEN g.root_key WHEN 'rank' THEN g.rank_code
                                   WHEN 'sex' THEN g.sex WHEN 'age-band' THEN civilservants.age_band_of(y.year - g.by)
                                   WHEN 'ethnic-group' THEN g.eg ELSE g.education_code END AS code) x
   GROUP BY 1, 2, 3, 4
  HAVING sum(g.n) > 0;
  GET DIAGNOSTICS v_rows = ROW_COUNT;
  UPDATE civilservants.cube SET modified_at = now();
  RETURN v_rows;
END
$$;

-- Keeps the rollup exact and tells the outbox that every cube changed (their graphs are rebuilt by the relay).
CREATE FUNCTION civilservants.person_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM civilservants.apply_facts(-1, ARRAY(SELECT ROW(o.service_start, o.service_end, o.birth_date, o.sex,
      o.ethnicity_code, o.unit_key, o.rank_code, o.education_code)::civilservants.facts FROM old_rows o));
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM civilservants.apply_facts(1, ARRAY(SELECT ROW(n.service_start, n.service_end, n.birth_date, n.sex,
      n.ethnicity_code, n.unit_key, n.rank_code, n.education_code)::civilservants.facts FROM new_rows n));
  END IF;
  UPDATE civilservants.cube SET modified_at = now();
  INSERT INTO platform.outbox (dataset, entity_id, operation)
  SELECT 'civil-servants', id::text, 'update' FROM civilservants.cube ORDER BY id;
  RETURN NULL;
END
$$;
CREATE TRIGGER person_rollup_insert AFTER INSERT ON civilservants.person
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION civilservants.person_rollup();
CREATE TRIGGER person_rollup_update AFTER UPDATE ON civilservants.person
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION civilservants.person_rollup();
CREATE TRIGGER person_rollup_delete AFTER DELETE ON civilservants.person
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION civilservants.person_rollup();

-- The published cells: small-cell suppression per (year, dimension, grp), the SQL twin of SmallCells for one
-- grouping. Non-zero cells ordered by (n, code) are hidden from the smallest up: all cells of 1-4 people, then more
-- until the group does not hide exactly one cell and its hidden cells do not sum to 1-4 (the first k ≥ the number of
-- small cells with k ≥ 2 and a running sum ≥ 5; all of them when there is none). Zero cells are not stored.
CREATE VIEW civilservants.open_cell AS
WITH c AS (
  SELECT h.year, h.dimension, h.grp, h.code, h.n,
         count(*) FILTER (WHERE h.n < 5) OVER g AS small,
         count(*) OVER g AS cells,
         row_number() OVER w AS rn,
         sum(h.n) OVER (w ROWS UNBOUNDED PRECEDING) AS running
    FROM civilservants.headcount h
  WINDOW g AS (PARTITION BY h.year, h.dimension, h.grp),
         w AS (PARTITION BY h.year, h.dimension, h.grp ORDER BY h.n, h.code COLLATE "C")
), k AS (
  SELECT year, dimension, grp,
         CASE WHEN max(small) = 0 THEN 0
              ELSE coalesce(min(rn) FILTER (WHERE rn >= small AND rn >= 2 AND running >= 5), max(cells)) END AS k
    FROM c GROUP BY 1, 2, 3
)
SELECT c.year, c.dimension, c.grp, c.code, CASE WHEN c.rn <= k.k THEN NULL ELSE c.n END AS n, c.rn <= k.k AS suppressed
  FROM c JOIN k USING (year, dimension, grp);

-- Every open figure, by cube: the cells with their labels, provinces derived from the local organisations (one
-- province = its People's Committee) plus the central bodies' total (TW: published because the central group's
-- hidden cells never reveal each other), and staffing quota against the actual headcount.
CREATE VIEW civilservants.open_headcount AS
SELECT c.dimension AS cube, c.year, c.code, coalesce(o.name_vi, r.name_vi, a.name_vi, eg.name_vi, ed.name_vi,
         CASE c.code WHEN 'nam' THEN 'Nam' WHEN 'nu' THEN 'Nữ' END) AS label_vi,
       c.n, c.suppressed
  FROM civilservants.open_cell c
  LEFT JOIN civilservants.org o ON c.dimension = 'organisation' AND o.key = c.code
  LEFT JOIN civilservants.rank r ON c.dimension = 'rank' AND r.code = c.code
  LEFT JOIN civilservants.age_band a ON c.dimension = 'age-band' AND a.code = c.code
  LEFT JOIN civilservants.ethnic_group eg ON c.dimension = 'ethnic-group' AND eg.code = c.code
  LEFT JOIN civilservants.education_level ed ON c.dimension = 'education' AND ed.code = c.code
UNION ALL
SELECT 'province', c.year, o.province_key, p.name, c.n, c.suppressed
  FROM civilservants.open_cell c JOIN civilservants.org o ON o.key = c.code
  JOIN platform.province p ON p.key = o.province_key
 WHERE c.dimension = 'organisation' AND c.grp = 'local'
UNION ALL
SELECT 'province', h.year, 'TW', 'Các cơ quan trung ương', CASE WHEN sum(h.n) < 5 THEN NULL ELSE sum(h.n) END,
       sum(h.n) < 5
  FROM civilservants.headcount h WHERE h.dimension = 'organisation' AND h.grp = 'central' GROUP BY h.year;

CREATE VIEW civilservants.open_staffing AS
SELECT q.org_key, o.name_vi, q.year, q.quota, c.n AS actual, coalesce(c.suppressed, false) AS suppressed,
       CASE WHEN c.suppressed THEN NULL ELSE q.quota - coalesce(c.n, 0) END AS vacancies, q.origin
  FROM civilservants.staffing_quota q JOIN civilservants.org o ON o.key = q.org_key
  LEFT JOIN civilservants.open_cell c ON c.dimension = 'organisation' AND c.code = q.org_key AND c.year = q.year;

-- The published records (one per cube) as the open-data layer reads them: cells as JSON, ordered.
CREATE VIEW civilservants.open_cube AS
SELECT k.id, k.key, k.title_vi, k.title_en, k.modified_at,
       CASE WHEN k.key = 'staffing' THEN
         (SELECT coalesce(jsonb_agg(jsonb_build_object('year', s.year, 'code', s.org_key, 'quota', s.quota,
                  'n', s.actual, 'suppressed', s.suppressed) ORDER BY s.year, s.org_key), '[]')
            FROM civilservants.open_staffing s)
       ELSE
         (SELECT coalesce(jsonb_agg(jsonb_build_object('year', h.year, 'code', h.code, 'n', h.n,
                  'suppressed', h.suppressed) ORDER BY h.year, h.code), '[]')
            FROM civilservants.open_headcount h WHERE h.cube = k.key)
       END AS cells
  FROM civilservants.cube k;

-- The open dataset in the catalogue (publisher: the Civil Servants and Public Employees Department).
INSERT INTO catalog.dataset (name, position, title_vi, title_en, description_vi, description_en, publisher,
                             eu_themes, themes, keywords_vi, keywords_en, accrual_periodicity) VALUES
  ('civil-servants', 11,
   'Thống kê số lượng cán bộ, công chức, viên chức',
   'Statistics of civil servants and public employees',
   'Số cán bộ, công chức, viên chức có mặt ngày 31 tháng 12 hằng năm theo cơ quan, tỉnh/thành phố, ngạch, giới tính, '
   || 'nhóm tuổi, dân tộc và trình độ chuyên môn; biên chế được giao và số có mặt. Tổng hợp từ Cơ sở dữ liệu cán bộ, '
   || 'công chức, viên chức; ô có từ 1 đến 4 người được ẩn (kèm ẩn bổ sung), không có dữ liệu cá nhân. Hồ sơ và biên '
   || 'chế là dữ liệu minh họa được sinh tự động.',
   'Civil servants and public employees in service on 31 December of each year by organisation, province, rank, sex, '
   || 'age band, ethnicity group and education level; staffing quotas against actual headcount. Aggregated from the '
   || 'civil servants database; cells of 1 to 4 people are suppressed (with complementary suppression), no personal '
   || 'data. The records and quotas are generated demo data.',
   'VU_CCVC', '{GOVE,SOCI}', '{cong-chuc-vien-chuc}',
   '{cán bộ,công chức,viên chức,biên chế,ngạch,thống kê}',
   '{civil servants,public employees,staffing quota,civil service rank,statistics}', 'ANNUAL');
