-- Dataset: the PAR Index (Chỉ số cải cách hành chính, "Parindex") — the yearly scoring of the ministries and the
-- provinces on public administration reform, run by the ministry's Public Administration Reform Department (VU_CCHC).
-- Method: Decision 876/QĐ-BNV of 10/11/2022 ("Xác định Chỉ số CCHC … giai đoạn 2022–2030"); shared/reference/
-- domain-notes.md §7. Every unit scores itself against a tree of criteria with evidence; the appraisal council
-- adjusts the points (điểm thẩm định) and adds the sociological-survey points; the index is the result out of 100.
--
-- Two halves with different audiences:
--   * scoring — restricted: a unit's officers see and edit their own assessment until the round's deadline, the
--     council (officers and reviewers of VU_CCHC) sees all and appraises; the tables below are private;
--   * results — open once a round is published: unit, score %, rank, per-field scores; plus the real published
--     figures of shared/reference/par-index-2023.csv and par-index-2024.csv with their sources. Open outputs read only
--     parindex.open_result and parindex.open_mean. Units are bodies, not people: nothing personal is stored here.
--
-- The rules live in the database so that no code path can bypass them: the workflow is the rows of
-- parindex.transition_rule, the deadline lock and the publication lock are triggers raising SQLSTATE MH409 (mapped to
-- a 409 problem whose code is the HINT), points above a criterion's maximum are a check violation, and the totals per
-- field and overall and the ranks are views (window functions).
CREATE SCHEMA IF NOT EXISTS parindex;

CREATE TABLE parindex.unit_group (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO parindex.unit_group VALUES
  ('ministry', 'Bộ, cơ quan ngang bộ', 'Ministries and ministry-level agencies', 1),
  ('province', 'Tỉnh, thành phố trực thuộc trung ương', 'Provinces and centrally-run cities', 2);

-- The assessed units. Keys are those of the award system's bodies (awards.body), which are also the unit claims of
-- their officers' tokens: the ministries and ministry-level agencies of Resolution 176/2025/QH15 except Public
-- Security, Defence and the Government Office, which the PAR Index does not cover (domain-notes.md §7, S57), and the
-- provinces — the 34 current ones and the 63 of 2008–2025 (valid_to 2025-06-30, successor = the merged province),
-- under which the published results of 2023 and 2024 stand. Seeded from awards.body (a copy, not a reference: the
-- datasets stay independent).
CREATE TABLE parindex.unit (
  key           text PRIMARY KEY CHECK (key ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  group_code    text NOT NULL REFERENCES parindex.unit_group(code),
  name_vi       text NOT NULL,
  name_en       text NOT NULL,
  province_key  text REFERENCES platform.province(key),
  valid_to      date,
  successor     text REFERENCES parindex.unit(key),
  origin        text NOT NULL CHECK (origin IN ('reference', 'public_record')),
  source        text NOT NULL,
  sort          int NOT NULL
);
INSERT INTO parindex.unit (key, group_code, name_vi, name_en, origin, source, sort)
SELECT key, 'ministry', name_vi, name_en, origin, source || '; PAR Index coverage: domain-notes.md §7', sort
  FROM awards.body
 WHERE kind IN ('ministry', 'ministerial_agency') AND valid_to IS NULL
   AND key NOT IN ('BO_QUOC_PHONG', 'BO_CONG_AN', 'VPCP');
INSERT INTO parindex.unit (key, group_code, name_vi, name_en, province_key, valid_to, origin, source, sort)
SELECT b.key, 'province', p.full_name, p.name, b.province_key, b.valid_to, 'reference', b.source, b.sort
  FROM awards.body b JOIN platform.province p ON p.key = b.province_key
 WHERE b.kind = 'province';
UPDATE parindex.unit u SET successor = b.successor FROM awards.body b WHERE b.key = u.key AND b.successor IS NOT NULL;

-- Criteria sets (bộ tiêu chí), one per group and method, valid for a span of years. Only 876/QĐ-BNV is seeded.
CREATE TABLE parindex.criteria_set (
  key             text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9-]{2,39}$'),
  group_code      text NOT NULL REFERENCES parindex.unit_group(code),
  name_vi         text NOT NULL,
  name_en         text NOT NULL,
  decision        text NOT NULL,
  decision_date   date NOT NULL,
  first_year      int NOT NULL,
  last_year       int NOT NULL,
  total_points    numeric(6,2) NOT NULL CHECK (total_points > 0),
  survey_points   numeric(6,2) NOT NULL CHECK (survey_points >= 0),
  survey_origin   text NOT NULL CHECK (survey_origin IN ('public_record', 'generated')),
  note            text NOT NULL,
  UNIQUE (key, group_code),
  CHECK (last_year >= first_year)
);
INSERT INTO parindex.criteria_set VALUES
  ('bo-2022', 'ministry', 'Bộ tiêu chí Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ giai đoạn 2022–2030',
   'PAR Index criteria for ministries and ministry-level agencies, 2022–2030', '876/QĐ-BNV', '2022-11-10', 2022, 2030,
   100, 31.5, 'public_record',
   'Real (domain-notes.md §7, S55): 7 fields, 38 criteria, 97 sub-criteria, 100 points of which 31.50 from the '
   || 'sociological survey; the fields'' names and their criteria / sub-criteria counts. Generated: the names of the '
   || 'criteria and sub-criteria and every maximum below the set''s total (origin / points_origin say which).'),
  ('tinh-2022', 'province', 'Bộ tiêu chí Chỉ số cải cách hành chính của các tỉnh, thành phố trực thuộc trung ương '
   || 'giai đoạn 2022–2030', 'PAR Index criteria for provinces and centrally-run cities, 2022–2030', '876/QĐ-BNV',
   '2022-11-10', 2022, 2030, 100, 33, 'generated',
   'Real (domain-notes.md §7, S58, S59): 8 fields and their names, the steering field''s maximum of 9.5. '
   || 'UNCONFIRMED under 876/QĐ-BNV and therefore generated: the criteria and sub-criteria (their counts follow the '
   || 'previous Decision 1150/QĐ-BNV: 43 and 95), every other maximum and the survey share.');

-- The criteria tree: fields (level 1, code "2"), criteria (level 2, "2.3") and sub-criteria (level 3, "2.3.1").
-- Points are given on the leaves; a node's maximum is the sum of its children's. `scored_by` says who scores a leaf:
-- the unit ('self', then appraised by the council) or the sociological survey ('survey', entered by the council).
CREATE TABLE parindex.criterion (
  set_key            text NOT NULL REFERENCES parindex.criteria_set(key),
  code               text NOT NULL CHECK (code ~ '^[1-9][0-9]?(\.[1-9][0-9]?){0,2}$'),
  parent_code        text,
  level              int GENERATED ALWAYS AS (array_length(string_to_array(code, '.'), 1)) STORED,
  field_code         text GENERATED ALWAYS AS (split_part(code, '.', 1)) STORED,
  name_vi            text NOT NULL,
  name_en            text NOT NULL,
  max_points         numeric(6,2) NOT NULL CHECK (max_points > 0),
  leaf               boolean NOT NULL,
  scored_by          text NOT NULL CHECK (scored_by IN ('self', 'survey')),
  evidence_required  boolean NOT NULL,
  origin             text NOT NULL CHECK (origin IN ('public_record', 'generated')),
  points_origin      text NOT NULL CHECK (points_origin IN ('public_record', 'generated')),
  sort               int NOT NULL,
  PRIMARY KEY (set_key, code),
  FOREIGN KEY (set_key, parent_code) REFERENCES parindex.criterion(set_key, code),
  CHECK ((parent_code IS NULL) = (code !~ '\.')),
  CHECK (scored_by = 'self' OR leaf)
);

-- How the tree is built (one row per field). Real: names, and for ministries the counts (domain-notes.md §7 gives them
-- as "chỉ đạo điều hành CCHC (7/6)": 7 criteria, 6 sub-criteria — they add up to 38 and 97). Generated: the
-- maxima (except the provinces' steering field, 9.5) and the survey points per field. The sub-criteria go two or
-- more to a criterion, to the first criteria of the field; the last leaf of every field is scored by the survey;
-- the rest of the field's points are spread over its other leaves in quarter points.
CREATE TEMPORARY TABLE plan (set_key text, n int, name_vi text, name_en text, c int, s int, max_points numeric,
                             survey numeric, points_origin text) ON COMMIT DROP;
INSERT INTO plan VALUES
  ('bo-2022', 1, 'Công tác chỉ đạo, điều hành cải cách hành chính', 'Steering and direction of PAR', 7, 6, 10, 3.0, 'generated'),
  ('bo-2022', 2, 'Cải cách thể chế', 'Institutional reform', 9, 15, 13, 4.5, 'generated'),
  ('bo-2022', 3, 'Cải cách thủ tục hành chính', 'Administrative procedure reform', 6, 19, 17, 6.0, 'generated'),
  ('bo-2022', 4, 'Cải cách tổ chức bộ máy hành chính nhà nước', 'Reform of the state administrative apparatus', 4, 14, 12, 4.0, 'generated'),
  ('bo-2022', 5, 'Cải cách chế độ công vụ', 'Civil service reform', 6, 16, 15, 5.0, 'generated'),
  ('bo-2022', 6, 'Cải cách tài chính công', 'Public finance reform', 3, 13, 12, 3.5, 'generated'),
  ('bo-2022', 7, 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 'E-government and digital government', 3, 14, 21, 5.5, 'generated'),
  ('tinh-2022', 1, 'Công tác chỉ đạo, điều hành cải cách hành chính', 'Steering and direction of PAR', 6, 6, 9.5, 2.0, 'public_record'),
  ('tinh-2022', 2, 'Cải cách thể chế', 'Institutional reform', 5, 12, 10, 2.5, 'generated'),
  ('tinh-2022', 3, 'Cải cách thủ tục hành chính', 'Administrative procedure reform', 6, 16, 12, 3.5, 'generated'),
  ('tinh-2022', 4, 'Cải cách tổ chức bộ máy hành chính nhà nước', 'Reform of the state administrative apparatus', 5, 10, 9, 2.5, 'generated'),
  ('tinh-2022', 5, 'Cải cách chế độ công vụ', 'Civil service reform', 6, 13, 11, 3.0, 'generated'),
  ('tinh-2022', 6, 'Cải cách tài chính công', 'Public finance reform', 4, 10, 9, 2.0, 'generated'),
  ('tinh-2022', 7, 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 'E-government and digital government', 5, 14, 12, 3.5, 'generated'),
  ('tinh-2022', 8, 'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội',
   'Impact of PAR on citizens, organisations and socio-economic development', 6, 14, 27.5, 14.0, 'generated');

-- generated criterion names, per field (a field takes the first c)
CREATE TEMPORARY TABLE cname (n int, i int, name_vi text, name_en text) ON COMMIT DROP;
INSERT INTO cname
SELECT f.n, x.i, x.vi, x.en
  FROM (VALUES
    (1, ARRAY['Kế hoạch cải cách hành chính năm', 'Báo cáo cải cách hành chính', 'Kiểm tra cải cách hành chính',
              'Công tác tuyên truyền cải cách hành chính', 'Sự năng động trong chỉ đạo, điều hành cải cách hành chính',
              'Thực hiện nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao',
              'Đánh giá, xếp loại kết quả cải cách hành chính của các đơn vị trực thuộc'],
        ARRAY['Annual PAR plan', 'PAR reporting', 'PAR inspections', 'PAR communication', 'Initiative in steering PAR',
              'Tasks assigned by the Government and the Prime Minister', 'Rating the PAR results of subordinate units']),
    (2, ARRAY['Xây dựng văn bản quy phạm pháp luật', 'Tổ chức thực hiện văn bản quy phạm pháp luật',
              'Theo dõi thi hành pháp luật', 'Kiểm tra văn bản quy phạm pháp luật',
              'Rà soát, hệ thống hóa văn bản quy phạm pháp luật', 'Xử lý văn bản sau kiểm tra, rà soát',
              'Phổ biến, giáo dục pháp luật', 'Thanh tra, kiểm tra trong lĩnh vực được giao',
              'Tác động của cải cách thể chế'],
        ARRAY['Drafting legal normative documents', 'Implementing legal normative documents',
              'Monitoring law enforcement', 'Checking legal normative documents',
              'Reviewing and systematising legal normative documents', 'Handling documents after checks and reviews',
              'Legal dissemination and education', 'Inspections in the assigned sectors',
              'Impact of institutional reform']),
    (3, ARRAY['Kiểm soát quy định thủ tục hành chính', 'Công bố, công khai thủ tục hành chính',
              'Rà soát, đơn giản hóa thủ tục hành chính', 'Thực hiện cơ chế một cửa, một cửa liên thông',
              'Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính',
              'Kết quả giải quyết hồ sơ thủ tục hành chính'],
        ARRAY['Control of administrative procedure rules', 'Publication of administrative procedures',
              'Reviewing and simplifying administrative procedures', 'One-stop and inter-agency one-stop shops',
              'Handling feedback on administrative rules', 'Results of handling administrative dossiers']),
    (4, ARRAY['Sắp xếp, tổ chức bộ máy', 'Quản lý biên chế', 'Thực hiện phân cấp, ủy quyền',
              'Thực hiện quy định về tổ chức bộ máy', 'Kiểm tra, đánh giá việc thực hiện phân cấp'],
        ARRAY['Reorganising the apparatus', 'Staffing management', 'Decentralisation and delegation',
              'Compliance with the rules on organisation', 'Reviewing decentralisation']),
    (5, ARRAY['Vị trí việc làm và cơ cấu ngạch công chức', 'Tuyển dụng, sử dụng công chức, viên chức',
              'Đào tạo, bồi dưỡng công chức, viên chức', 'Đánh giá, xếp loại công chức, viên chức',
              'Kỷ luật, kỷ cương hành chính', 'Thu hút, trọng dụng người có tài năng'],
        ARRAY['Job positions and civil-service grades', 'Recruitment and use of civil servants',
              'Training of civil servants', 'Appraisal of civil servants', 'Administrative discipline',
              'Attracting and retaining talent']),
    (6, ARRAY['Quản lý, sử dụng ngân sách nhà nước', 'Cơ chế tự chủ của đơn vị sự nghiệp công lập',
              'Quản lý, sử dụng tài sản công', 'Thực hiện quy định về thu, chi tài chính'],
        ARRAY['State budget management', 'Autonomy of public service units', 'Public asset management',
              'Compliance with the rules on revenue and spending']),
    (7, ARRAY['Hạ tầng và nền tảng số', 'Cung cấp dịch vụ công trực tuyến', 'Dữ liệu số và chia sẻ dữ liệu',
              'Ứng dụng công nghệ thông tin trong xử lý công việc', 'Bảo đảm an toàn thông tin mạng'],
        ARRAY['Digital infrastructure and platforms', 'Online public services', 'Digital data and data sharing',
              'IT in office work', 'Cyber security']),
    (8, ARRAY['Mức độ hài lòng của người dân, tổ chức', 'Tác động đến quản lý nhà nước', 'Thu hút đầu tư',
              'Thu ngân sách nhà nước', 'Tăng trưởng kinh tế', 'Giảm nghèo và bảo đảm an sinh xã hội'],
        ARRAY['Satisfaction of citizens and organisations', 'Impact on state management', 'Attracting investment',
              'State budget revenue', 'Economic growth', 'Poverty reduction and social security'])
  ) AS f(n, vi, en),
  LATERAL unnest(f.vi, f.en) WITH ORDINALITY AS x(vi, en, i);

-- criteria (level 2) with the number of their sub-criteria
CREATE TEMPORARY TABLE crit ON COMMIT DROP AS
SELECT p.set_key, p.n, g.i, cn.name_vi, cn.name_en,
       CASE WHEN g.i <= kk.k THEN p.s / kk.k + (g.i <= p.s % kk.k)::int ELSE 0 END AS subs
  FROM plan p CROSS JOIN LATERAL (SELECT least(p.c, p.s / 2) AS k) kk
  CROSS JOIN LATERAL generate_series(1, p.c) AS g(i)
  JOIN cname cn ON cn.n = p.n AND cn.i = g.i;

-- leaves: criteria without sub-criteria, and every sub-criterion; numbered per field in tree order
CREATE TEMPORARY TABLE leafplan ON COMMIT DROP AS
SELECT l.*, row_number() OVER w AS pos, count(*) OVER (PARTITION BY l.set_key, l.n) AS leaves
  FROM (SELECT set_key, n, i, 0 AS j FROM crit WHERE subs = 0
        UNION ALL
        SELECT set_key, n, i, g.j FROM crit CROSS JOIN LATERAL generate_series(1, subs) AS g(j)) l
WINDOW w AS (PARTITION BY l.set_key, l.n ORDER BY l.i, l.j);

CREATE TEMPORARY TABLE leafpoints ON COMMIT DROP AS
SELECT lp.set_key, lp.n, lp.i, lp.j, lp.pos = lp.leaves AS survey,
       CASE WHEN lp.pos = lp.leaves THEN p.survey
            ELSE q.base + CASE WHEN lp.pos <= q.extra THEN 0.25 ELSE 0 END END AS points
  FROM leafplan lp JOIN plan p ON p.set_key = lp.set_key AND p.n = lp.n
  CROSS JOIN LATERAL (SELECT floor((p.max_points - p.survey) * 4 / (lp.leaves - 1)) / 4 AS base) b
  CROSS JOIN LATERAL (SELECT b.base,
    ((p.max_points - p.survey - b.base * (lp.leaves - 1)) * 4)::int AS extra) q;

INSERT INTO parindex.criterion (set_key, code, parent_code, name_vi, name_en, max_points, leaf, scored_by,
                                evidence_required, origin, points_origin, sort)
SELECT p.set_key, p.n::text, NULL, p.name_vi, p.name_en, p.max_points, false, 'self', false, 'public_record',
       p.points_origin, p.n * 10000
  FROM plan p;
INSERT INTO parindex.criterion (set_key, code, parent_code, name_vi, name_en, max_points, leaf, scored_by,
                                evidence_required, origin, points_origin, sort)
SELECT c.set_key, c.n || '.' || c.i, c.n::text, c.name_vi, c.name_en,
       (SELECT sum(points) FROM leafpoints l WHERE l.set_key = c.set_key AND l.n = c.n AND l.i = c.i),
       c.subs = 0, CASE WHEN lp.survey THEN 'survey' ELSE 'self' END, c.subs = 0 AND NOT coalesce(lp.survey, false),
       'generated', 'generated', c.n * 10000 + c.i * 100
  FROM crit c LEFT JOIN leafpoints lp ON lp.set_key = c.set_key AND lp.n = c.n AND lp.i = c.i AND lp.j = 0;
INSERT INTO parindex.criterion (set_key, code, parent_code, name_vi, name_en, max_points, leaf, scored_by,
                                evidence_required, origin, points_origin, sort)
SELECT l.set_key, l.n || '.' || l.i || '.' || l.j, l.n || '.' || l.i,
       CASE WHEN l.survey THEN 'Đánh giá của người dân, tổ chức, cán bộ, công chức (điều tra xã hội học)'
            ELSE (ARRAY['Ban hành kịp thời, đầy đủ nội dung', 'Mức độ hoàn thành', 'Chất lượng thực hiện',
                        'Theo dõi, đôn đốc, kiểm tra', 'Báo cáo kết quả đúng quy định'])[l.j] END,
       CASE WHEN l.survey THEN 'Assessment by citizens, organisations and officials (sociological survey)'
            ELSE (ARRAY['Issued on time and complete', 'Degree of completion', 'Quality of implementation',
                        'Monitoring and follow-up', 'Reporting results as required'])[l.j] END,
       l.points, true, CASE WHEN l.survey THEN 'survey' ELSE 'self' END, NOT l.survey, 'generated', 'generated',
       l.n * 10000 + l.i * 100 + l.j
  FROM leafpoints l WHERE l.j > 0;

-- Rounds (đợt đánh giá): one per year and group, on a criteria set valid that year. Until the deadline (a moment,
-- Vietnam time) the units self-assess and may submit, withdraw and correct; after it their part is locked; the
-- council appraises and publishes. Published results never change (publication locks the round).
CREATE TABLE parindex.round (
  id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  key           text NOT NULL UNIQUE CHECK (key ~ '^[0-9]{4}-[a-z0-9][a-z0-9-]{1,40}$'),
  year          int NOT NULL CHECK (year BETWEEN 2012 AND 2100),
  set_key       text NOT NULL,
  group_code    text NOT NULL,
  name_vi       text NOT NULL,
  name_en       text NOT NULL,
  opens         date NOT NULL,
  deadline      timestamptz NOT NULL,
  published_at  timestamptz,
  published_by  text,
  origin        text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'generated')),
  created_by    text NOT NULL,
  version       int NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  modified_at   timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (set_key, group_code) REFERENCES parindex.criteria_set(key, group_code),
  CONSTRAINT round_one_per_year_and_group UNIQUE (year, group_code)
);

-- The assessment workflow as data: the API and the triggers accept exactly these steps. `actor` is who takes it
-- (the assessed unit or the appraisal council); `before_deadline` steps are refused once the round's deadline passed.
CREATE TABLE parindex.assessment_status (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO parindex.assessment_status VALUES
  ('draft', 'Đang tự đánh giá', 'Self-assessment in progress', 1),
  ('submitted', 'Đã gửi, chờ thẩm định', 'Submitted, awaiting appraisal', 2),
  ('appraised', 'Đã thẩm định', 'Appraised', 3);

CREATE TABLE parindex.transition_rule (
  from_status      text NOT NULL REFERENCES parindex.assessment_status(code),
  action           text NOT NULL,
  to_status        text NOT NULL REFERENCES parindex.assessment_status(code),
  actor            text NOT NULL CHECK (actor IN ('unit', 'council')),
  before_deadline  boolean NOT NULL,
  PRIMARY KEY (from_status, action),
  UNIQUE (from_status, to_status)
);
INSERT INTO parindex.transition_rule VALUES
  ('draft', 'submit', 'submitted', 'unit', true),
  ('submitted', 'withdraw', 'draft', 'unit', true),
  ('submitted', 'appraise', 'appraised', 'council', false);

CREATE TABLE parindex.assessment (
  id             bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  round_id       bigint NOT NULL REFERENCES parindex.round(id),
  unit_key       text NOT NULL REFERENCES parindex.unit(key),
  status_code    text NOT NULL DEFAULT 'draft' REFERENCES parindex.assessment_status(code),
  submitted_at   timestamptz,
  appraised_at   timestamptz,
  origin         text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'generated')),
  version        int NOT NULL DEFAULT 1,
  created_at     timestamptz NOT NULL DEFAULT now(),
  modified_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (round_id, unit_key)
);
CREATE INDEX assessment_unit_idx ON parindex.assessment (unit_key, id);

-- One row per scored leaf: the unit's points, explanation and evidence (metadata only: title, number, date, URL —
-- the documents stay in the unit's records), the council's adjusted points and reason, and the survey's points.
CREATE TABLE parindex.score (
  assessment_id     bigint NOT NULL REFERENCES parindex.assessment(id) ON DELETE CASCADE,
  set_key           text NOT NULL,
  criterion_code    text NOT NULL,
  self_points       numeric(6,2) CHECK (self_points >= 0),
  explanation       text CHECK (length(explanation) <= 4000),
  evidence          jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(evidence) = 'array'),
  appraised_points  numeric(6,2) CHECK (appraised_points >= 0),
  appraisal_reason  text CHECK (length(appraisal_reason) <= 4000),
  survey_points     numeric(6,2) CHECK (survey_points >= 0),
  modified_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (assessment_id, criterion_code),
  FOREIGN KEY (set_key, criterion_code) REFERENCES parindex.criterion(set_key, code)
);

-- Every workflow step: who, when, from → to, why. Append-only.
CREATE TABLE parindex.transition (
  id             bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  assessment_id  bigint NOT NULL REFERENCES parindex.assessment(id) ON DELETE CASCADE,
  at             timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor          text NOT NULL,
  actor_unit     text,
  action         text NOT NULL,
  from_status    text REFERENCES parindex.assessment_status(code),
  to_status      text NOT NULL REFERENCES parindex.assessment_status(code),
  comment        text
);
CREATE INDEX transition_assessment_idx ON parindex.transition (assessment_id, at, id);
CREATE FUNCTION parindex.transition_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'parindex.transition is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER transition_no_update BEFORE UPDATE OR DELETE ON parindex.transition
  FOR EACH ROW EXECUTE FUNCTION parindex.transition_immutable();

-- The locks. SQLSTATE MH409 = "the data's state forbids this write" (a 409 problem; HINT = its stable code).
CREATE FUNCTION parindex.refuse(message text, code text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', message USING ERRCODE = 'MH409', HINT = code;
END
$$;

-- A status change must be a step of transition_rule; a unit's step (before_deadline) is refused after the deadline;
-- nothing changes in a published round.
CREATE FUNCTION parindex.assessment_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r parindex.round;
  rule parindex.transition_rule;
BEGIN
  SELECT * INTO r FROM parindex.round WHERE id = NEW.round_id;
  IF r.published_at IS NOT NULL THEN
    PERFORM parindex.refuse('Round ' || r.key || ' was published on '
      || to_char(r.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') || '; its assessments no longer change.',
      'round-published');
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.status_code IS DISTINCT FROM OLD.status_code THEN
    SELECT * INTO rule FROM parindex.transition_rule WHERE from_status = OLD.status_code AND to_status = NEW.status_code;
    IF NOT FOUND THEN
      PERFORM parindex.refuse('An assessment cannot go from ' || OLD.status_code || ' to ' || NEW.status_code || '.',
        'illegal-transition');
    END IF;
    IF rule.before_deadline AND now() > r.deadline THEN
      PERFORM parindex.refuse('The deadline of round ' || r.key || ' passed on '
        || to_char(r.deadline AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI') || ' (Vietnam time); the step '''
        || rule.action || ''' is no longer possible.', 'deadline-passed');
    END IF;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER assessment_guard BEFORE INSERT OR UPDATE ON parindex.assessment
  FOR EACH ROW EXECUTE FUNCTION parindex.assessment_guard();

-- A score row: on a leaf of the round's set, within its maximum, self points only on self-scored leaves and survey
-- points only on survey leaves; the unit's part changes only in a draft before the deadline, the council's only in a
-- submitted assessment; nothing in a published round.
CREATE FUNCTION parindex.score_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s parindex.score;
  a parindex.assessment;
  r parindex.round;
  c parindex.criterion;
  self_changed boolean;
  council_changed boolean;
BEGIN
  IF TG_OP = 'DELETE' THEN
    s := OLD;
  ELSE
    s := NEW;
  END IF;
  SELECT * INTO a FROM parindex.assessment WHERE id = s.assessment_id;
  SELECT * INTO r FROM parindex.round WHERE id = a.round_id;
  IF r.published_at IS NOT NULL THEN
    PERFORM parindex.refuse('Round ' || r.key || ' is published; its scores no longer change.', 'round-published');
  END IF;
  IF TG_OP = 'UPDATE' THEN
    self_changed := (NEW.self_points, NEW.explanation, NEW.evidence)
      IS DISTINCT FROM (OLD.self_points, OLD.explanation, OLD.evidence);
    council_changed := (NEW.appraised_points, NEW.appraisal_reason, NEW.survey_points)
      IS DISTINCT FROM (OLD.appraised_points, OLD.appraisal_reason, OLD.survey_points);
  ELSE
    self_changed := s.self_points IS NOT NULL OR s.explanation IS NOT NULL OR s.evidence <> '[]';
    council_changed := s.appraised_points IS NOT NULL OR s.appraisal_reason IS NOT NULL OR s.survey_points IS NOT NULL;
  END IF;
  IF self_changed THEN
    IF a.status_code <> 'draft' THEN
      PERFORM parindex.refuse('The assessment is ' || a.status_code || '; the unit''s scores change only in a draft '
        || '(withdraw a submitted assessment before the deadline to correct it).', 'assessment-not-draft');
    END IF;
    IF now() > r.deadline THEN
      PERFORM parindex.refuse('The deadline of round ' || r.key || ' passed on '
        || to_char(r.deadline AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI')
        || ' (Vietnam time); the self-assessment is locked.', 'deadline-passed');
    END IF;
  END IF;
  IF council_changed AND a.status_code <> 'submitted' THEN
    PERFORM parindex.refuse('The assessment is ' || a.status_code || '; the council appraises only a submitted one.',
      'assessment-not-submitted');
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  SELECT * INTO c FROM parindex.criterion WHERE set_key = NEW.set_key AND code = NEW.criterion_code;
  IF NEW.set_key IS DISTINCT FROM r.set_key OR NOT c.leaf THEN
    RAISE EXCEPTION 'criterion % is not a leaf of the round''s criteria set', NEW.criterion_code
      USING ERRCODE = 'check_violation', CONSTRAINT = 'score_on_leaf';
  END IF;
  IF greatest(NEW.self_points, NEW.appraised_points, NEW.survey_points) > c.max_points THEN
    RAISE EXCEPTION 'points above the maximum of criterion % (%)', c.code, c.max_points
      USING ERRCODE = 'check_violation', CONSTRAINT = 'score_within_max';
  END IF;
  IF (c.scored_by = 'survey' AND (NEW.self_points IS NOT NULL OR NEW.appraised_points IS NOT NULL))
     OR (c.scored_by = 'self' AND NEW.survey_points IS NOT NULL) THEN
    RAISE EXCEPTION 'criterion % is scored by %', c.code, c.scored_by
      USING ERRCODE = 'check_violation', CONSTRAINT = 'score_scored_by';
  END IF;
  NEW.modified_at := now();
  RETURN NEW;
END
$$;
CREATE TRIGGER score_guard BEFORE INSERT OR UPDATE OR DELETE ON parindex.score
  FOR EACH ROW EXECUTE FUNCTION parindex.score_guard();

-- A published round stays as it was published.
CREATE FUNCTION parindex.round_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.published_at IS NOT NULL THEN
    PERFORM parindex.refuse('Round ' || OLD.key || ' is published; it no longer changes.', 'round-published');
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER round_guard BEFORE UPDATE ON parindex.round
  FOR EACH ROW EXECUTE FUNCTION parindex.round_guard();

-- Scores computed from the leaves. A leaf's points: the survey's on survey leaves; on the others the council's
-- adjusted points, else the unit's own (the appraisal confirms what it does not change); nothing scored counts 0.
CREATE VIEW parindex.field_score AS
SELECT a.id AS assessment_id, a.round_id, f.set_key, f.code AS field_code, f.name_vi, f.name_en, f.sort,
       f.max_points,
       coalesce(sum(s.self_points), 0) AS self_points,
       coalesce(sum(CASE WHEN l.scored_by = 'survey' THEN s.survey_points
                         ELSE coalesce(s.appraised_points, s.self_points) END), 0) AS points
  FROM parindex.assessment a
  JOIN parindex.round r ON r.id = a.round_id
  JOIN parindex.criterion f ON f.set_key = r.set_key AND f.level = 1
  JOIN parindex.criterion l ON l.set_key = f.set_key AND l.field_code = f.code AND l.leaf
  LEFT JOIN parindex.score s ON s.assessment_id = a.id AND s.criterion_code = l.code
 GROUP BY a.id, a.round_id, f.set_key, f.code, f.name_vi, f.name_en, f.sort, f.max_points;

CREATE VIEW parindex.assessment_score AS
SELECT a.id AS assessment_id, a.round_id, r.year, r.group_code, r.set_key, a.unit_key, a.status_code,
       sum(fs.self_points) AS self_points, sum(fs.points) AS points, cs.total_points,
       round(100 * sum(fs.points) / cs.total_points, 2) AS score_percent
  FROM parindex.assessment a
  JOIN parindex.round r ON r.id = a.round_id
  JOIN parindex.criteria_set cs ON cs.key = r.set_key
  JOIN parindex.field_score fs ON fs.assessment_id = a.id
 GROUP BY a.id, a.round_id, r.year, r.group_code, r.set_key, a.unit_key, a.status_code, cs.total_points;

-- The ranking of a round's appraised assessments within their group (equal points share a rank).
CREATE VIEW parindex.ranking AS
SELECT s.*, rank() OVER w AS rank, count(*) OVER (PARTITION BY s.round_id, s.group_code) AS rank_of
  FROM parindex.assessment_score s
 WHERE s.status_code = 'appraised'
WINDOW w AS (PARTITION BY s.round_id, s.group_code ORDER BY s.points DESC);

-- Published results: frozen copies of a published round's ranking, and the real figures found in the press
-- (shared/reference/par-index-*.csv) with their source. A published figure may have a rank without a score.
CREATE TABLE parindex.result (
  id             bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  key            text NOT NULL UNIQUE CHECK (key ~ '^[0-9]{4}-[a-z0-9][a-z0-9-]{1,60}$'),
  year           int NOT NULL CHECK (year BETWEEN 2012 AND 2100),
  group_code     text NOT NULL REFERENCES parindex.unit_group(code),
  unit_key       text NOT NULL REFERENCES parindex.unit(key),
  set_key        text NOT NULL REFERENCES parindex.criteria_set(key),
  round_id       bigint REFERENCES parindex.round(id),
  score_percent  numeric(5,2) CHECK (score_percent BETWEEN 0 AND 100),
  points         numeric(6,2),
  rank           int CHECK (rank >= 1),
  rank_of        int CHECK (rank_of >= 1),
  source_url     text CHECK (source_url ~ '^https?://'),
  note           text,
  origin         text NOT NULL CHECK (origin IN ('public_record', 'generated', 'api')),
  published_at   timestamptz NOT NULL DEFAULT now(),
  modified_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (year, unit_key),
  CHECK (rank IS NULL OR rank_of IS NULL OR rank <= rank_of),
  CHECK (score_percent IS NOT NULL OR rank IS NOT NULL)
);
CREATE INDEX result_year_idx ON parindex.result (year, group_code, rank);
CREATE INDEX result_modified_idx ON parindex.result (modified_at);

CREATE TABLE parindex.result_field (
  result_id   bigint NOT NULL REFERENCES parindex.result(id) ON DELETE CASCADE,
  set_key     text NOT NULL,
  field_code  text NOT NULL,
  points      numeric(6,2) NOT NULL,
  max_points  numeric(6,2) NOT NULL,
  PRIMARY KEY (result_id, field_code),
  FOREIGN KEY (set_key, field_code) REFERENCES parindex.criterion(set_key, code),
  CHECK (points BETWEEN 0 AND max_points)
);

-- Group means as published (or computed at publication).
CREATE TABLE parindex.published_mean (
  year          int NOT NULL,
  group_code    text NOT NULL REFERENCES parindex.unit_group(code),
  mean_percent  numeric(5,2) NOT NULL,
  unit_count    int,
  source_url    text CHECK (source_url ~ '^https?://'),
  note          text,
  origin        text NOT NULL CHECK (origin IN ('public_record', 'generated', 'api')),
  PRIMARY KEY (year, group_code)
);

-- The real figures (shared/reference/par-index-2023.csv, par-index-2024.csv; S62–S66). 2023 and 2024 were scored
-- on 876/QĐ-BNV against the 63 provinces of the time and the 17 ministries of 2023.
INSERT INTO parindex.result (key, year, group_code, unit_key, set_key, score_percent, rank, rank_of, source_url, note,
                             origin, published_at, modified_at)
SELECT v.year || '-' || lower(replace(v.unit_key, '_', '-')), v.year, u.group_code, v.unit_key,
       CASE u.group_code WHEN 'ministry' THEN 'bo-2022' ELSE 'tinh-2022' END, v.score, v.rank, v.rank_of, v.url,
       v.note, 'public_record', v.published::timestamptz, v.published::timestamptz
  FROM (VALUES
    (2023, 'UBND_T22', 92.18, 1, 63, 'https://en.baochinhphu.vn/moj-quang-ninh-province-lead-public-administrative-reform-index-111240417164329841.htm', NULL, '2024-04-16'),
    (2023, 'UBND_T31', 91.87, 2, 63, 'https://en.baochinhphu.vn/moj-quang-ninh-province-lead-public-administrative-reform-index-111240417164329841.htm', 'another outlet (en.doanhnghiephoinhap.vn) gives 91.81', '2024-04-16'),
    (2023, 'UBND_T01', 91.43, 3, 63, 'https://nvsk.vnanet.vn/print/infographics-chi-so-cai-cach-hanh-chinh-2023-par-index-2023-145152.vna', NULL, '2024-04-16'),
    (2023, 'UBND_T24', 91.16, 4, 63, 'https://en.baochinhphu.vn/moj-quang-ninh-province-lead-public-administrative-reform-index-111240417164329841.htm', 'rank inferred from listing order', '2024-04-16'),
    (2023, 'UBND_T77', 91.03, 5, 63, 'https://en.baochinhphu.vn/moj-quang-ninh-province-lead-public-administrative-reform-index-111240417164329841.htm', 'rank inferred from listing order', '2024-04-16'),
    (2023, 'UBND_T89', 81.32, NULL, 63, 'https://shipbolt.vn/blog/2024/04/17/quang-ninh-tops-country-s-public-administrative-reform-index/', 'reported as bottom (VNA reprint); baochinhphu names Bình Thuận and Sóc Trăng at the bottom - conflicting, rank left blank', '2024-04-16'),
    (2023, 'BO_TU_PHAP', 89.95, 1, 17, 'https://en.baochinhphu.vn/moj-quang-ninh-province-lead-public-administrative-reform-index-111240417164329841.htm', NULL, '2024-04-16'),
    (2023, 'NHNN', 89.89, 2, 17, 'https://vnba.org.vn/vi/ngan-hang-nha-nuoc-tiep-tuc-duy-tri-thu-hang-cao-ve-chi-so-cai-cach-hanh-chinh--par-index--nam-2023-13890.htm', NULL, '2024-04-16'),
    (2023, 'BO_CONG_THUONG', 78.03, 17, 17, 'https://shipbolt.vn/blog/2024/04/17/quang-ninh-tops-country-s-public-administrative-reform-index/', 'bottom of ministries', '2024-04-16'),
    (2024, 'UBND_T31', 96.17, 1, 63, 'https://baomoi.net.vn/hai-tinh-nao-co-chi-so-cai-cach-hanh-chinh-cao-nhat-c51908021.epi', 'announced 2025-04-06 by the Minister of Home Affairs', '2025-04-06'),
    (2024, 'UBND_T77', NULL, 2, 63, 'https://doanhnghieptiepthi.vn/ha-noi-xep-thu-3-ca-nuoc-ve-chi-so-cai-cach-hanh-chinh-161250406224503325.htm', 'score not found', '2025-04-06'),
    (2024, 'UBND_T01', NULL, 3, 63, 'https://doanhnghieptiepthi.vn/ha-noi-xep-thu-3-ca-nuoc-ve-chi-so-cai-cach-hanh-chinh-161250406224503325.htm', 'score not found', '2025-04-06'),
    (2024, 'UBND_T17', 88.18, 37, 63, 'https://en.baohoabinh.com.vn/1/10629/Hoa-Binh-reviews-2024-public-administrati111n-re102orm-per102ormance.htm', NULL, '2025-04-06'),
    (2024, 'UBND_T04', NULL, 63, 63, 'https://www.vietnamplus.vn/hai-phong-dung-dau-cao-bang-doi-so-bang-chi-so-cai-cach-hanh-chinh-nam-2024-post1025084.vnp', 'last place per headline (''Cao Bằng đội sổ''); score not found', '2025-04-06')
  ) AS v(year, unit_key, score, rank, rank_of, url, note, published)
  JOIN parindex.unit u ON u.key = v.unit_key
 ORDER BY v.year, v.unit_key;
INSERT INTO parindex.published_mean VALUES
  (2023, 'ministry', 84.38, 17, 'https://en.baochinhphu.vn/moj-quang-ninh-province-lead-public-administrative-reform-index-111240417164329841.htm', 'mean; +0.33 vs 2022', 'public_record'),
  (2024, 'province', 88.37, 63, 'https://www.vietnamplus.vn/hai-phong-dung-dau-cao-bang-doi-so-bang-chi-so-cai-cach-hanh-chinh-nam-2024-post1025084.vnp', 'mean; +1.39 vs 2023; 13 provinces >= 90% (group A), 50 in 80-90% (group B)', 'public_record');
-- the RDF store of a running deployment follows the outbox
INSERT INTO platform.outbox (dataset, entity_id, operation, payload)
SELECT 'par-index', id::text, 'create', jsonb_build_object('id', id) FROM parindex.result ORDER BY id;

-- Open views: published results only, with per-field scores; nothing of the restricted scoring.
CREATE VIEW parindex.open_result AS
SELECT r.id, r.key, r.year, r.group_code, g.name_vi AS group_vi, g.name_en AS group_en, r.unit_key,
       u.name_vi AS unit_vi, u.name_en AS unit_en, u.province_key, u.valid_to AS unit_valid_to,
       r.set_key, cs.decision, r.score_percent, r.points, r.rank, r.rank_of, r.source_url, r.note, r.origin,
       rd.key AS round_key, r.published_at, r.modified_at,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('code', f.field_code, 'name_vi', c.name_vi, 'name_en', c.name_en,
                 'points', f.points, 'max_points', f.max_points) ORDER BY c.sort), '[]'::jsonb)
          FROM parindex.result_field f JOIN parindex.criterion c ON c.set_key = f.set_key AND c.code = f.field_code
         WHERE f.result_id = r.id) AS fields
  FROM parindex.result r
  JOIN parindex.unit_group g ON g.code = r.group_code
  JOIN parindex.unit u ON u.key = r.unit_key
  JOIN parindex.criteria_set cs ON cs.key = r.set_key
  LEFT JOIN parindex.round rd ON rd.id = r.round_id;

CREATE VIEW parindex.open_mean AS
SELECT m.year, m.group_code, g.name_vi AS group_vi, g.name_en AS group_en, m.mean_percent, m.unit_count,
       m.source_url, m.note, m.origin
  FROM parindex.published_mean m JOIN parindex.unit_group g ON g.code = m.group_code;

-- Publishes a round: its ranking, per-field scores and group mean become open results (frozen), one outbox event per
-- result, and the round locks. Refused (MH409) when published already, when an assessment still awaits appraisal,
-- or when nothing was appraised. Returns the number of results. `at` is the publication time (the demo seed gives
-- its own).
CREATE FUNCTION parindex.publish(round_key text, actor text, at timestamptz DEFAULT now()) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
  r parindex.round;
  pending int;
  made int;
BEGIN
  SELECT * INTO r FROM parindex.round WHERE key = round_key FOR UPDATE;
  IF r.published_at IS NOT NULL THEN
    PERFORM parindex.refuse('Round ' || r.key || ' is published already.', 'round-published');
  END IF;
  SELECT count(*) INTO pending FROM parindex.assessment WHERE round_id = r.id AND status_code = 'submitted';
  IF pending > 0 THEN
    PERFORM parindex.refuse(pending || ' assessment(s) of round ' || r.key || ' still await appraisal.',
      'appraisal-pending');
  END IF;
  WITH ins AS (
    INSERT INTO parindex.result (key, year, group_code, unit_key, set_key, round_id, score_percent, points, rank,
                                 rank_of, origin, published_at, modified_at)
    SELECT k.year || '-' || lower(replace(k.unit_key, '_', '-')), k.year, k.group_code, k.unit_key, k.set_key,
           k.round_id, k.score_percent, k.points, k.rank, k.rank_of, r.origin, publish.at, publish.at
      FROM parindex.ranking k WHERE k.round_id = r.id
     ORDER BY k.rank, k.unit_key
    RETURNING id, unit_key)
  INSERT INTO parindex.result_field (result_id, set_key, field_code, points, max_points)
  SELECT ins.id, fs.set_key, fs.field_code, fs.points, fs.max_points
    FROM ins JOIN parindex.assessment a ON a.round_id = r.id AND a.unit_key = ins.unit_key
    JOIN parindex.field_score fs ON fs.assessment_id = a.id;
  SELECT count(*) INTO made FROM parindex.result WHERE round_id = r.id;
  IF made = 0 THEN
    PERFORM parindex.refuse('Round ' || r.key || ' has no appraised assessment to publish.', 'nothing-appraised');
  END IF;
  INSERT INTO parindex.published_mean (year, group_code, mean_percent, unit_count, origin)
  SELECT r.year, r.group_code, round(avg(score_percent), 2), count(*), r.origin
    FROM parindex.result WHERE round_id = r.id;
  INSERT INTO platform.outbox (dataset, entity_id, operation, payload)
  SELECT 'par-index', id::text, 'create', jsonb_build_object('id', id) FROM parindex.result WHERE round_id = r.id
   ORDER BY id;
  UPDATE parindex.round SET published_at = publish.at, published_by = actor, version = version + 1,
         modified_at = publish.at
   WHERE id = r.id;
  RETURN made;
END
$$;

-- The open dataset in the catalogue.
INSERT INTO catalog.dataset (name, position, title_vi, title_en, description_vi, description_en, publisher,
                             eu_themes, themes, keywords_vi, keywords_en, accrual_periodicity) VALUES
  ('par-index', 4,
   'Chỉ số cải cách hành chính (PAR Index)',
   'Public Administration Reform Index (PAR Index)',
   'Kết quả Chỉ số cải cách hành chính hằng năm của các bộ, cơ quan ngang bộ và các tỉnh, thành phố trực thuộc '
   || 'trung ương theo Quyết định 876/QĐ-BNV: điểm (%), thứ hạng trong nhóm, điểm từng lĩnh vực khi có, nguồn công '
   || 'bố. Kết quả năm 2023, 2024 là số liệu đã công bố trên báo chí (một phần, mỗi dòng có đường dẫn nguồn); các '
   || 'năm khác là dữ liệu minh họa được sinh tự động.',
   'Yearly PAR Index results of the ministries and ministry-level agencies and of the provinces and centrally-run '
   || 'cities under Decision 876/QĐ-BNV: score (%), rank within the group, per-field scores where known, and the '
   || 'source. The 2023 and 2024 results are figures published in the press (partial, each row with its source URL); '
   || 'the other years are generated demo data.',
   'VU_CCHC', '{GOVE}', '{cai-cach-hanh-chinh}',
   '{chỉ số cải cách hành chính,PAR Index,cải cách hành chính,xếp hạng,bộ,tỉnh}',
   '{PAR Index,public administration reform,ranking,ministries,provinces}', 'ANNUAL');
