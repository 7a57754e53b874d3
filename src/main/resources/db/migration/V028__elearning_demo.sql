-- Demo data of the e-learning on administrative reform (V027): GENERATED, not real people.
--
--   * elearning.seed_demo() RETURNS int, called by the server once on first start when elearning.enrolment is empty:
--     learners of 2023–2026 (5,000 a year: 5,000 new in 2023, then 4,000 new and 1,000 returning each year; 17,000
--     learners), one course each year and a second for three in ten; about seven in ten finish (certificate
--     CCHC-{year}-{n}), the rest are in progress or have not started. Nothing happens after 2026-11-20. Names,
--     birth dates, accounts (hv000123) and e-mail addresses are made up. Returns the number of enrolments.
--
-- Determinism: every choice is hashtext() of the learner's number, the year and a salt (& 0x7fffffff); no random(),
-- no now() in any value. Set-based.
CREATE OR REPLACE FUNCTION elearning.seed_demo() RETURNS int
LANGUAGE plpgsql
SET client_min_messages = warning
AS $seed$
DECLARE
  c_cutoff  constant date := '2026-11-20';
  surnames  constant text[] := ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô',
                                      'Trịnh', 'Đinh', 'Mai', 'Lương', 'Tạ', 'Cao'];
  female    constant text[] := ARRAY['Thị Hoa', 'Thị Huyền', 'Thu Hằng', 'Ngọc Ánh', 'Thanh Tâm', 'Minh Châu',
                                      'Thị Loan', 'Kim Oanh', 'Thúy Nga', 'Diệu Linh'];
  male      constant text[] := ARRAY['Văn Hải', 'Đức Thắng', 'Quốc Bảo', 'Minh Tuấn', 'Văn Toàn', 'Hữu Nghĩa',
                                      'Ngọc Sơn', 'Thế Anh', 'Trọng Đạt', 'Văn Lâm'];
  provinces text[];
  ministries text[];
  positions text[];
  made      int;
BEGIN
  SELECT array_agg(code ORDER BY sort) INTO provinces FROM elearning.body WHERE kind = 'province';
  SELECT array_agg(code ORDER BY sort) INTO ministries FROM elearning.body WHERE kind = 'ministry';
  SELECT array_agg(code ORDER BY sort) INTO positions FROM elearning.job_position;

  INSERT INTO elearning.learner (id, account, full_name, birth_date, email, body, job_position, origin, created_at)
  SELECT n.no, 'hv' || lpad(n.no::text, 6, '0'),
         surnames[1 + n.h % 16] || ' ' || CASE WHEN n.h % 100 < 58 THEN female[1 + (n.h / 16) % 10]
           ELSE male[1 + (n.h / 16) % 10] END,
         make_date(1968 + (n.h / 160) % 35, 1 + (n.h / 5600) % 12, 1 + (n.h / 67200) % 28),
         'hocvien' || n.no || '@example.vn',
         CASE WHEN n.b % 10 < 8 THEN provinces[1 + (n.b / 10) % 34] ELSE ministries[1 + (n.b / 10) % 6] END,
         positions[1 + (n.b / 400) % 7], 'generated',
         make_date(2023 + CASE WHEN n.no <= 5000 THEN 0 ELSE (n.no - 5001) / 4000 + 1 END, 1, 2)::timestamptz
    FROM (SELECT g.no, hashtext('hv/' || g.no) & 2147483647 AS h, hashtext('hv-b/' || g.no) & 2147483647 AS b
            FROM generate_series(1, 17000) AS g(no)) n;
  PERFORM setval('elearning.learner_id_seq', 17000);

  -- who learns in which year: the year's new learners, plus (from 2024) 1,000 earlier ones coming back
  CREATE TEMPORARY TABLE seed_plan ON COMMIT DROP AS
  WITH y AS (SELECT year FROM generate_series(2023, 2026) AS year),
  who AS (
    SELECT y.year, l.id AS learner
      FROM y JOIN elearning.learner l
        ON l.id BETWEEN CASE WHEN y.year = 2023 THEN 1 ELSE 5001 + (y.year - 2024) * 4000 END
                    AND CASE WHEN y.year = 2023 THEN 5000 ELSE 5000 + (y.year - 2023) * 4000 END
    UNION
    SELECT y.year, 1 + (hashtext('back/' || y.year || '/' || g.i) & 2147483647) % (5000 + (y.year - 2024) * 4000)
      FROM y CROSS JOIN generate_series(1, 1000) AS g(i) WHERE y.year > 2023
  ), courses AS (
    SELECT w.year, w.learner, k.k, hashtext('el/' || w.year || '/' || w.learner || '/' || k.k) & 2147483647 AS h
      FROM who w CROSS JOIN LATERAL generate_series(1, CASE WHEN (hashtext('two/' || w.year || '/' || w.learner)
        & 2147483647) % 10 < 3 THEN 2 ELSE 1 END) AS k(k)
  )
  SELECT c.*, o.code AS course,
         make_date(c.year, 1 + c.h % 10, 1 + (c.h / 10) % 28) AS enrolled_on
    FROM courses c
   CROSS JOIN LATERAL (SELECT array_agg(code ORDER BY code) AS codes FROM elearning.course
                        WHERE first_offered <= make_date(c.year, 1, 1)) a
   CROSS JOIN LATERAL (SELECT a.codes[1 + (c.h / 7 + c.k * 5) % cardinality(a.codes)] AS code) o;
  -- a learner takes a course once a year (a duplicate draw is dropped)
  DELETE FROM seed_plan p USING seed_plan q
   WHERE p.year = q.year AND p.learner = q.learner AND p.course = q.course AND p.k > q.k;

  CREATE TEMPORARY TABLE seed_enrolment ON COMMIT DROP AS
  SELECT p.learner, p.course, p.enrolled_on, p.h, m.n, f.done, CASE WHEN f.done THEN f.finish END AS finish
    FROM seed_plan p
   CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM elearning.module WHERE course_code = p.course) m
   CROSS JOIN LATERAL (SELECT p.enrolled_on + 20 + (p.h / 50) % 60 AS finish) d
   CROSS JOIN LATERAL (SELECT p.h % 10 < 7 AND d.finish <= c_cutoff AS done, d.finish) f
   -- a learner takes a course in one year only (the first draw of it)
   WHERE NOT EXISTS (SELECT 1 FROM seed_plan q WHERE q.learner = p.learner AND q.course = p.course
                       AND q.year < p.year);

  -- certificates are numbered per year of completion, in order of completion
  INSERT INTO elearning.enrolment (learner_id, course_code, enrolled_on, modules_done, score, completed_on,
                                   certificate_no, origin, modified_at)
  SELECT s.learner, s.course, s.enrolled_on,
         CASE WHEN s.done THEN ARRAY(SELECT generate_series(1, s.n))
              WHEN s.h % 10 = 9 THEN '{}'::int[]
              ELSE ARRAY(SELECT generate_series(1, 1 + (s.h / 100) % greatest(s.n - 1, 1))) END,
         CASE WHEN s.done THEN 70 + (s.h / 1000) % 31 END,
         s.finish,
         CASE WHEN s.done THEN 'CCHC-' || extract(year FROM s.finish) || '-' || lpad(row_number() OVER (
           PARTITION BY s.done, extract(year FROM s.finish) ORDER BY s.finish, s.learner, s.course)::text, 6, '0') END,
         'generated', coalesce(s.finish, s.enrolled_on)::timestamptz
    FROM seed_enrolment s
   ORDER BY s.enrolled_on, s.learner, s.course;
  GET DIAGNOSTICS made = ROW_COUNT;
  PERFORM setval('elearning.certificate_seq', 900000);
  RETURN made;
END
$seed$;
