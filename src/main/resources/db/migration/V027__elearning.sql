-- Dataset: e-Learning on administrative reform (đào tạo, bồi dưỡng trực tuyến về cải cách hành chính) — issue 8;
-- moha-platforms.md row 6 (online training by job position for civil servants doing administrative reform, run by
-- the Public Administration Reform Department VU_CCHC; about 5,000 learners a year).
--
-- Layers:
--   * the course catalogue (elearning.course, elearning.module) — open: code, titles vi/en, topic, hours, the job
--     positions it is meant for, the providing unit, its modules;
--   * learners, enrolments, progress, completions and certificates — restricted: the learner reads their own (a
--     bearer token whose subject is their account), the training officers of the PAR Department all, an agency's
--     officers (token unit = the agency's code) those of their agency; every read and write audited;
--   * certificates are verified openly by number (valid or not, course, date; a holder's name is only compared,
--     never shown);
--   * elearning.statistic — the open statistics: completions by year and course / agency, cells under 5 suppressed
--     (platform.privacy.SmallCells), written by the server after every change (ELearningStatistics).
CREATE SCHEMA IF NOT EXISTS elearning;

-- Topics: our own grouping of the courses (origin 'generated').
CREATE TABLE elearning.topic (
  code     text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO elearning.topic VALUES
  ('TONG_QUAN', 'Tổng quan về cải cách hành chính', 'Administrative reform: overview', 1),
  ('THE_CHE', 'Cải cách thể chế', 'Institutional reform', 2),
  ('TTHC', 'Cải cách thủ tục hành chính', 'Administrative procedure reform', 3),
  ('BO_MAY', 'Cải cách tổ chức bộ máy hành chính nhà nước', 'Reform of the state administrative apparatus', 4),
  ('CONG_VU', 'Cải cách chế độ công vụ', 'Civil service reform', 5),
  ('TAI_CHINH_CONG', 'Cải cách tài chính công', 'Public finance reform', 6),
  ('CHINH_PHU_SO', 'Xây dựng Chính phủ điện tử, Chính phủ số', 'e-Government and digital government', 7);

-- Job positions the courses are meant for (vị trí việc làm): our own short list (origin 'generated').
CREATE TABLE elearning.job_position (
  code     text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO elearning.job_position VALUES
  ('CV_CCHC', 'Chuyên viên làm công tác cải cách hành chính', 'Administrative reform officer', 1),
  ('CV_KSTTHC', 'Chuyên viên kiểm soát thủ tục hành chính', 'Administrative procedure control officer', 2),
  ('CC_MOT_CUA', 'Công chức tiếp nhận và trả kết quả tại bộ phận một cửa', 'One-stop desk officer', 3),
  ('LANH_DAO_PHONG', 'Lãnh đạo cấp phòng', 'Head of division', 4),
  ('CC_CAP_XA', 'Công chức cấp xã', 'Commune civil servant', 5),
  ('CV_TCCB', 'Chuyên viên tổ chức cán bộ', 'Personnel officer', 6),
  ('CV_CNTT', 'Chuyên viên công nghệ thông tin', 'IT officer', 7);

-- The agencies learners work for (the "body" of the statistics; an agency's officers see its learners): the
-- People's Committees of the 34 provinces (from 2025-07-01) and the ministries that send learners.
CREATE TABLE elearning.body (
  code     text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  kind     text NOT NULL CHECK (kind IN ('province', 'ministry')),
  sort     int NOT NULL
);
INSERT INTO elearning.body
SELECT 'UBND_' || p.key, 'Ủy ban nhân dân ' || lower(left(p.full_name, 1)) || substr(p.full_name, 2),
       'People''s Committee of ' || p.name, 'province', 100 + p.code::int
  FROM platform.province p WHERE p.valid_from IS NOT NULL;
INSERT INTO elearning.body VALUES
  ('BO_NOI_VU', 'Bộ Nội vụ', 'Ministry of Home Affairs', 'ministry', 1),
  ('BO_TU_PHAP', 'Bộ Tư pháp', 'Ministry of Justice', 'ministry', 2),
  ('BO_TAI_CHINH', 'Bộ Tài chính', 'Ministry of Finance', 'ministry', 3),
  ('BO_Y_TE', 'Bộ Y tế', 'Ministry of Health', 'ministry', 4),
  ('BO_GIAO_DUC_DAO_TAO', 'Bộ Giáo dục và Đào tạo', 'Ministry of Education and Training', 'ministry', 5),
  ('BO_XAY_DUNG', 'Bộ Xây dựng', 'Ministry of Construction', 'ministry', 6);

-- The course catalogue. `code`: ours (CCHC-NN); titles and contents are generated demo data (origin 'generated').
CREATE TABLE elearning.course (
  code           text PRIMARY KEY CHECK (code ~ '^CCHC-[0-9]{2}$'),
  title_vi       text NOT NULL,
  title_en       text NOT NULL,
  description_vi text NOT NULL,
  topic          text NOT NULL REFERENCES elearning.topic (code),
  job_positions  text[] NOT NULL CHECK (cardinality(job_positions) >= 1),
  provider       text NOT NULL REFERENCES platform.org_unit (code),
  pass_mark      int NOT NULL DEFAULT 70 CHECK (pass_mark BETWEEN 50 AND 100),
  first_offered  date NOT NULL,
  origin         text NOT NULL DEFAULT 'generated' CHECK (origin IN ('api', 'generated')),
  version        int NOT NULL DEFAULT 1,
  modified_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE elearning.module (
  course_code  text NOT NULL REFERENCES elearning.course (code) ON DELETE CASCADE,
  ord          int NOT NULL CHECK (ord BETWEEN 1 AND 30),
  title_vi     text NOT NULL,
  title_en     text NOT NULL,
  hours        numeric(4, 1) NOT NULL CHECK (hours > 0),
  PRIMARY KEY (course_code, ord)
);

INSERT INTO elearning.course (code, title_vi, title_en, description_vi, topic, job_positions, provider, first_offered)
VALUES
  ('CCHC-01', 'Tổng quan Chương trình tổng thể cải cách hành chính nhà nước', 'The state administrative reform master programme',
   'Mục tiêu, nội dung và tổ chức thực hiện chương trình cải cách hành chính; vai trò của công chức làm công tác cải cách hành chính.',
   'TONG_QUAN', '{CV_CCHC,LANH_DAO_PHONG,CC_CAP_XA}', 'VU_CCHC', '2022-03-01'),
  ('CCHC-02', 'Kiểm soát thủ tục hành chính', 'Controlling administrative procedures',
   'Đánh giá tác động, rà soát, đơn giản hóa và công bố thủ tục hành chính; cập nhật Cơ sở dữ liệu quốc gia về thủ tục hành chính.',
   'TTHC', '{CV_KSTTHC,CV_CCHC}', 'VU_CCHC', '2022-03-01'),
  ('CCHC-03', 'Thực hiện cơ chế một cửa, một cửa liên thông', 'Running the one-stop shop',
   'Tiếp nhận, số hóa hồ sơ, trả kết quả; kỹ năng giao tiếp với người dân và doanh nghiệp tại bộ phận một cửa.',
   'TTHC', '{CC_MOT_CUA,CC_CAP_XA}', 'VU_CCHC', '2022-03-01'),
  ('CCHC-04', 'Đo lường sự hài lòng của người dân (SIPAS)', 'Measuring citizen satisfaction (SIPAS)',
   'Phương pháp điều tra xã hội học, tổng hợp và sử dụng kết quả đo lường sự hài lòng.',
   'TONG_QUAN', '{CV_CCHC}', 'VU_CCHC', '2022-09-01'),
  ('CCHC-05', 'Chấm điểm Chỉ số cải cách hành chính', 'Scoring the PAR Index',
   'Bộ tiêu chí, hướng dẫn tự đánh giá, chấm điểm và tài liệu kiểm chứng Chỉ số cải cách hành chính.',
   'TONG_QUAN', '{CV_CCHC,LANH_DAO_PHONG}', 'VU_CCHC', '2022-09-01'),
  ('CCHC-06', 'Sắp xếp tổ chức bộ máy và tinh giản biên chế', 'Reorganising the apparatus and streamlining staff',
   'Nguyên tắc sắp xếp tổ chức, quản lý biên chế và vị trí việc làm.',
   'BO_MAY', '{CV_TCCB,LANH_DAO_PHONG}', 'VU_CCHC', '2023-03-01'),
  ('CCHC-07', 'Quản lý công chức theo vị trí việc làm', 'Managing civil servants by job position',
   'Xác định vị trí việc làm, khung năng lực, đánh giá công chức theo kết quả công việc.',
   'CONG_VU', '{CV_TCCB,LANH_DAO_PHONG}', 'VU_CCHC', '2023-03-01'),
  ('CCHC-08', 'Văn hóa công vụ và đạo đức công chức', 'Civil service culture and ethics',
   'Chuẩn mực ứng xử, trách nhiệm giải trình, phòng ngừa nhũng nhiễu trong thực thi công vụ.',
   'CONG_VU', '{CC_MOT_CUA,CC_CAP_XA,CV_CCHC}', 'VU_CCHC', '2023-03-01'),
  ('CCHC-09', 'Cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập', 'Financial autonomy of public service units',
   'Giao quyền tự chủ, lập phương án tự chủ tài chính, giá dịch vụ sự nghiệp công.',
   'TAI_CHINH_CONG', '{LANH_DAO_PHONG,CV_CCHC}', 'VU_CCHC', '2023-09-01'),
  ('CCHC-10', 'Dịch vụ công trực tuyến và số hóa hồ sơ', 'Online public services and digitising dossiers',
   'Cung cấp dịch vụ công trực tuyến toàn trình, số hóa và tái sử dụng kết quả giải quyết thủ tục hành chính.',
   'CHINH_PHU_SO', '{CC_MOT_CUA,CV_CNTT,CC_CAP_XA}', 'TT_CNTT', '2023-09-01'),
  ('CCHC-11', 'Kỹ năng số cho công chức', 'Digital skills for civil servants',
   'Sử dụng chữ ký số, văn bản điện tử, an toàn thông tin và dữ liệu trong cơ quan nhà nước.',
   'CHINH_PHU_SO', '{CV_CNTT,CC_CAP_XA,CV_CCHC}', 'TT_CNTT', '2024-03-01'),
  ('CCHC-12', 'Xây dựng và thẩm định văn bản quy phạm pháp luật', 'Drafting and reviewing legal normative documents',
   'Quy trình xây dựng, lấy ý kiến, thẩm định văn bản; đánh giá tác động chính sách.',
   'THE_CHE', '{CV_CCHC,LANH_DAO_PHONG}', 'VU_CCHC', '2024-03-01');

-- Four to six modules a course, 2 to 4 hours each (generated).
INSERT INTO elearning.module (course_code, ord, title_vi, title_en, hours)
SELECT c.code, m.ord,
       'Chuyên đề ' || m.ord || ': ' || (ARRAY['Khái niệm và căn cứ pháp lý', 'Quy trình thực hiện',
         'Tình huống thực tế', 'Công cụ và biểu mẫu', 'Đánh giá và cải tiến', 'Bài kiểm tra cuối khóa'])[m.ord],
       'Module ' || m.ord || ': ' || (ARRAY['Concepts and legal basis', 'The process', 'Case studies',
         'Tools and forms', 'Evaluation and improvement', 'Final test'])[m.ord],
       2 + (hashtext(c.code || '/' || m.ord) & 2147483647) % 5 * 0.5
  FROM elearning.course c
 CROSS JOIN LATERAL generate_series(1, 4 + (hashtext(c.code) & 2147483647) % 3) AS m(ord);

-- A learner: personal data. `account`: the subject of the learner's token (the national civil-servant identity
-- account), by which the learner reads their own record.
CREATE SEQUENCE elearning.learner_id_seq;
CREATE TABLE elearning.learner (
  id            bigint PRIMARY KEY DEFAULT nextval('elearning.learner_id_seq'),
  account       text NOT NULL UNIQUE CHECK (account ~ '^[A-Za-z0-9._@-]{3,100}$'),
  full_name     text NOT NULL CHECK (length(full_name) BETWEEN 2 AND 100),
  birth_date    date CHECK (birth_date BETWEEN '1940-01-01' AND '2015-12-31'),
  email         text CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' AND length(email) <= 254),
  body          text NOT NULL REFERENCES elearning.body (code),
  job_position  text NOT NULL REFERENCES elearning.job_position (code),
  origin        text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'generated')),
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX learner_body_idx ON elearning.learner (body, id);

-- An enrolment in a course: the modules done (progress = their hours over the course's), completion and the
-- certificate (number CCHC-{year}-{6 digits}, issued on completion). One open enrolment per learner and course.
CREATE SEQUENCE elearning.enrolment_id_seq;
CREATE SEQUENCE elearning.certificate_seq;
CREATE TABLE elearning.enrolment (
  id              bigint PRIMARY KEY DEFAULT nextval('elearning.enrolment_id_seq'),
  learner_id      bigint NOT NULL REFERENCES elearning.learner (id),
  course_code     text NOT NULL REFERENCES elearning.course (code),
  enrolled_on     date NOT NULL,
  modules_done    int[] NOT NULL DEFAULT '{}',
  score           int CHECK (score BETWEEN 0 AND 100),
  completed_on    date,
  certificate_no  text UNIQUE CHECK (certificate_no ~ '^CCHC-[0-9]{4}-[0-9]{6}$'),
  origin          text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'generated')),
  version         int NOT NULL DEFAULT 1,
  modified_at     timestamptz NOT NULL DEFAULT now(),
  CHECK ((completed_on IS NULL) = (certificate_no IS NULL)),
  CHECK (completed_on IS NULL OR completed_on >= enrolled_on)
);
CREATE UNIQUE INDEX enrolment_open_idx ON elearning.enrolment (learner_id, course_code) WHERE completed_on IS NULL;
CREATE INDEX enrolment_course_idx ON elearning.enrolment (course_code, completed_on);

-- Progress of an enrolment (restricted: read with the learner's or officer's rights).
CREATE VIEW elearning.enrolment_progress AS
SELECT e.id, round(100 * coalesce((SELECT sum(m.hours) FROM elearning.module m WHERE m.course_code = e.course_code
                                      AND m.ord = ANY (e.modules_done)), 0)
             / (SELECT sum(m.hours) FROM elearning.module m WHERE m.course_code = e.course_code))::int AS percent,
       (SELECT count(*) FROM elearning.module m WHERE m.course_code = e.course_code) AS modules,
       CASE WHEN e.completed_on IS NOT NULL THEN 'completed' WHEN cardinality(e.modules_done) = 0 THEN 'enrolled'
            ELSE 'in_progress' END AS status
  FROM elearning.enrolment e;

-- Open: the catalogue.
CREATE VIEW elearning.open_course AS
SELECT c.code, lower(c.code) AS key, c.title_vi, c.title_en, c.description_vi, c.topic, t.name_vi AS topic_vi,
       t.name_en AS topic_en, c.job_positions, c.provider, u.name_vi AS provider_vi, u.name_en AS provider_en,
       c.pass_mark, c.first_offered, c.origin, c.version, c.modified_at,
       (SELECT sum(m.hours) FROM elearning.module m WHERE m.course_code = c.code) AS hours,
       (SELECT count(*) FROM elearning.module m WHERE m.course_code = c.code) AS modules,
       t.sort AS topic_sort
  FROM elearning.course c JOIN elearning.topic t ON t.code = c.topic JOIN platform.org_unit u ON u.code = c.provider;

-- What the statistics count, one row per completion: no learner, no name.
CREATE VIEW elearning.statistic_source AS
SELECT extract(year FROM e.completed_on)::int AS year, e.course_code AS course, l.body
  FROM elearning.enrolment e JOIN elearning.learner l ON l.id = e.learner_id
 WHERE e.completed_on IS NOT NULL;

-- The published statistics (as talent.statistic): completions by year, by year and course, by year and agency.
CREATE TABLE elearning.statistic (
  id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  key          text NOT NULL UNIQUE CHECK (key ~ '^[a-z][a-z0-9-]{2,80}$'),
  slice        text NOT NULL,
  dims         jsonb NOT NULL,
  count        bigint CHECK (count >= 0),
  suppressed   boolean NOT NULL,
  modified_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (suppressed = (count IS NULL))
);

CREATE VIEW elearning.open_statistic AS
SELECT s.id, s.key, s.slice, (s.dims->>'year')::int AS year,
       s.dims->>'course' AS course, c.title_vi AS course_vi, c.title_en AS course_en,
       s.dims->>'body' AS body, b.name_vi AS body_vi, b.name_en AS body_en,
       s.count, s.suppressed, 'generated'::text AS origin, s.modified_at
  FROM elearning.statistic s
  LEFT JOIN elearning.course c ON c.code = s.dims->>'course'
  LEFT JOIN elearning.body b ON b.code = s.dims->>'body';

-- The open datasets in the catalogue (publisher: the PAR Department, which runs the e-learning).
INSERT INTO catalog.dataset (name, position, title_vi, title_en, description_vi, description_en, publisher,
                             eu_themes, themes, keywords_vi, keywords_en) VALUES
  ('elearning-courses', 14,
   'Khóa học trực tuyến về cải cách hành chính',
   'Online courses on administrative reform',
   'Danh mục khóa học bồi dưỡng trực tuyến về cải cách hành chính theo vị trí việc làm: mã, tên, chủ đề, số giờ, '
   || 'vị trí việc làm hướng tới, đơn vị cung cấp và các chuyên đề. Dữ liệu minh họa được sinh tự động.',
   'The catalogue of online training courses on administrative reform by job position: code, title, topic, hours, '
   || 'the job positions they are meant for, the providing unit and their modules. Generated demo data.',
   'VU_CCHC', '{GOVE,EDUC}', '{cai-cach-hanh-chinh}',
   '{khóa học trực tuyến,bồi dưỡng,cải cách hành chính,vị trí việc làm,e-learning}',
   '{online courses,training,administrative reform,job positions,e-learning}'),
  ('elearning-completions', 15,
   'Thống kê hoàn thành khóa học trực tuyến về cải cách hành chính',
   'Completions of the online courses on administrative reform',
   'Số lượt học viên hoàn thành khóa học (được cấp chứng nhận) theo năm, theo khóa học và theo cơ quan của học viên. '
   || 'Chỉ có số đếm: ô có từ 1 đến 4 lượt (và các ô cần ẩn kèm) không được công bố. Không có dữ liệu cá nhân. Số '
   || 'liệu là dữ liệu minh họa được sinh tự động.',
   'Completions of the courses (certificates issued) by year, by course and by the learners'' agency. Counts only: '
   || 'cells of 1 to 4 (and the cells hidden with them) are not published. No personal data. The figures are '
   || 'generated demo data.',
   'VU_CCHC', '{GOVE,EDUC}', '{cai-cach-hanh-chinh}',
   '{hoàn thành khóa học,chứng nhận,bồi dưỡng trực tuyến,cải cách hành chính}',
   '{course completions,certificates,online training,administrative reform}');
