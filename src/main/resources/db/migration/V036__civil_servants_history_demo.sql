-- Demo data of the civil servants database, part 2 (issue 8): every generated person gets a post history and dated
-- qualifications, so that past years differ from today in the open statistics.
--   civilservants.seed_history(first_id bigint, last_id bigint) — the histories of the generated people with ids in
--     [first_id, last_id] (their employment and qualification rows are replaced); deterministic (civilservants.rnd
--     of the id), set-based, in the caller's transaction, with the rollup's triggers left to the caller (seed_demo
--     disables them and rebuilds the rollup once);
--   civilservants.seed_demo(people, details) as in V024, with the histories of every new person instead of the
--     qualification and employment rows of the first `details` ones.
-- This migration gives the people generated before it their histories and rebuilds the rollup.
--
-- WHAT IS GENERATED (plausible, not measured): 20 % of the people were transferred once between 2021-01-01 and
-- 2026-10-31 (more than a year after they started; 70 % within their ministry or province, the others to a unit of
-- the same side anywhere); 30 % of the senior principal, principal and officer ranks were promoted once in that
-- period from the rank below; the qualifications lead to the education level of the record: a master's after a
-- bachelor's, a doctorate after both, 15 % of the bachelors after a college diploma, the first degree in the year of
-- the service start or up to two years before, each later one in a year drawn between the previous one and 2026. The
-- hires (service starts) and departures (6 % left in 2021-2026) are those of V024. The record's current unit, rank
-- and education are the last spell's and the highest degree's.
CREATE FUNCTION civilservants.seed_history(first_id bigint, last_id bigint) RETURNS void
LANGUAGE plpgsql SET work_mem = '256MB' SET jit = off AS $$
DECLARE
  v_central  text[] := ARRAY(SELECT key FROM civilservants.org WHERE level = 3 AND central ORDER BY key);
  v_local    text[] := ARRAY(SELECT key FROM civilservants.org WHERE level = 3 AND NOT central ORDER BY key);
BEGIN
  DELETE FROM civilservants.employment e USING civilservants.person p
   WHERE e.person_id = p.id AND p.id BETWEEN first_id AND last_id AND p.origin = 'generated';
  DELETE FROM civilservants.qualification q USING civilservants.person p
   WHERE q.person_id = p.id AND p.id BETWEEN first_id AND last_id AND p.origin = 'generated';

  -- the post spells: a new spell at the transfer and at the promotion
  INSERT INTO civilservants.employment (person_id, ord, starts, ends, organisation, position, unit_key, rank_code)
  WITH sibling AS (
    SELECT key, root_key, row_number() OVER (PARTITION BY root_key ORDER BY key)::int - 1 AS k,
           count(*) OVER (PARTITION BY root_key)::int AS n
      FROM civilservants.org WHERE level = 3
  ), root AS (
    SELECT root_key, max(n) AS n FROM sibling GROUP BY 1
  ), h AS (
    SELECT p.id, p.unit_key, p.rank_code, p.position, p.service_start, p.service_end, o.central, o.root_key,
           coalesce(root.n, 0) AS n,
           CASE WHEN civilservants.rnd(p.id, 30) < 0.20
                THEN date '2021-01-01' + floor(civilservants.rnd(p.id, 31) * 2130)::int END AS moved,
           CASE WHEN p.rank_code IN ('01.001', '01.002', '01.003') AND civilservants.rnd(p.id, 32) < 0.30
                THEN date '2021-01-01' + floor(civilservants.rnd(p.id, 33) * 2130)::int END AS promoted,
           floor(civilservants.rnd(p.id, 34) * 1000000)::int AS pick, civilservants.rnd(p.id, 35) < 0.7 AS near
      FROM civilservants.person p JOIN civilservants.org o ON o.key = p.unit_key
      LEFT JOIN root ON root.root_key = o.root_key
     WHERE p.id BETWEEN first_id AND last_id AND p.origin = 'generated'
  ), v AS (
    SELECT h.id, h.unit_key, h.rank_code, h.position, h.service_start, h.service_end,
           CASE WHEN h.moved > h.service_start + 365 AND (h.service_end IS NULL OR h.moved < h.service_end)
                THEN h.moved END AS moved,
           CASE WHEN h.promoted > h.service_start + 365 AND (h.service_end IS NULL OR h.promoted < h.service_end)
                THEN h.promoted END AS promoted,
           CASE WHEN h.near AND h.n > 1 THEN s.key
                WHEN h.central THEN v_central[1 + h.pick % cardinality(v_central)]
                ELSE v_local[1 + h.pick % cardinality(v_local)] END AS other,
           CASE WHEN h.near AND h.n > 1 THEN s2.key
                WHEN h.central THEN v_central[1 + (h.pick + 1) % cardinality(v_central)]
                ELSE v_local[1 + (h.pick + 1) % cardinality(v_local)] END AS other2
      FROM h
      LEFT JOIN sibling s ON h.n > 0 AND s.root_key = h.root_key AND s.k = h.pick % greatest(h.n, 1)
      LEFT JOIN sibling s2 ON h.n > 0 AND s2.root_key = h.root_key AND s2.k = (h.pick + 1) % greatest(h.n, 1)
  ), b AS (
    SELECT v.*, d.starts
      FROM v CROSS JOIN LATERAL (SELECT DISTINCT x FROM (VALUES (v.service_start), (v.moved), (v.promoted)) t(x)
                                  WHERE x IS NOT NULL) d(starts)
  ), sp AS (
    SELECT b.*, row_number() OVER w AS ord, lead(b.starts) OVER w AS next
      FROM b WINDOW w AS (PARTITION BY b.id ORDER BY b.starts)
  )
  SELECT sp.id, sp.ord, sp.starts, coalesce(sp.next, sp.service_end), o.name_vi,
         CASE WHEN sp.next IS NULL THEN sp.position ELSE r.name_vi END, u.unit_key, u.rank_code
    FROM sp
   CROSS JOIN LATERAL (
     SELECT CASE WHEN sp.starts < sp.moved THEN CASE WHEN sp.other = sp.unit_key THEN sp.other2 ELSE sp.other END
                 ELSE sp.unit_key END AS unit_key,
            CASE WHEN sp.starts < sp.promoted
                 THEN CASE sp.rank_code WHEN '01.001' THEN '01.002' WHEN '01.002' THEN '01.003' ELSE '01.004' END
                 ELSE sp.rank_code END AS rank_code) u
    JOIN civilservants.org o ON o.key = u.unit_key
    JOIN civilservants.rank r ON r.code = u.rank_code;

  -- the qualifications leading to the record's education level
  INSERT INTO civilservants.qualification (person_id, ord, level_code, field, institution, year)
  WITH h AS (
    SELECT p.id, least(2026, extract(year FROM p.service_start)::int - (p.id % 3)::int) AS y1,
           CASE p.education_code WHEN 'tien-si' THEN ARRAY['dai-hoc', 'thac-si', 'tien-si']
                WHEN 'thac-si' THEN ARRAY['dai-hoc', 'thac-si']
                WHEN 'dai-hoc' THEN CASE WHEN civilservants.rnd(p.id, 36) < 0.15 THEN ARRAY['cao-dang', 'dai-hoc']
                                         ELSE ARRAY['dai-hoc'] END
                ELSE ARRAY[p.education_code] END AS chain
      FROM civilservants.person p
     WHERE p.id BETWEEN first_id AND last_id AND p.origin = 'generated'
  ), y AS (
    SELECT h.*, least(2026, h.y1 + 1 + floor(civilservants.rnd(h.id, 37) * (2026 - h.y1))::int) AS y2
      FROM h
  )
  SELECT y.id, d.ord, d.level,
         (ARRAY['Luật', 'Quản lý nhà nước', 'Kinh tế', 'Hành chính học', 'Công nghệ thông tin', 'Tài chính – Ngân hàng',
                'Ngôn ngữ Anh', 'Xây dựng Đảng và chính quyền nhà nước'])[1 + (y.id % 8)::int],
         (ARRAY['Học viện Hành chính Quốc gia', 'Trường Đại học Luật Hà Nội', 'Trường Đại học Kinh tế Quốc dân',
                'Trường Đại học Quốc gia Thành phố Hồ Chí Minh', 'Học viện Tài chính', 'Trường Đại học Nội vụ'])
           [1 + ((y.id + d.ord) % 6)::int],
         d.year
    FROM y CROSS JOIN LATERAL unnest(y.chain,
      ARRAY[y.y1, y.y2, least(2026, y.y2 + 1 + floor(civilservants.rnd(y.id, 38) * (2026 - y.y2))::int)])
      WITH ORDINALITY AS d(level, year, ord)
   WHERE d.level IS NOT NULL;
END
$$;

CREATE OR REPLACE FUNCTION civilservants.seed_demo(people int DEFAULT 20000, details int DEFAULT 50000) RETURNS int
LANGUAGE plpgsql
SET work_mem = '256MB'
SET maintenance_work_mem = '512MB'
SET jit = off
SET client_min_messages = warning
AS $seed$
DECLARE
  v_n        int := greatest(coalesce(seed_demo.people, 0), 0);
  v_base     bigint := (SELECT coalesce(max(id), 0) FROM civilservants.person);
  v_central  text[] := ARRAY(SELECT key FROM civilservants.org WHERE level = 3 AND central ORDER BY key);
  v_local    text[] := ARRAY(SELECT key FROM civilservants.org WHERE level = 3 AND NOT central ORDER BY key);
  v_family   text[] := ARRAY(SELECT f FROM unnest(
    ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
          'Dương', 'Lý', 'Đinh', 'Trịnh', 'Đoàn', 'Lương', 'Mai', 'Cao', 'Lâm', 'Hà', 'Tạ', 'Chu'],
    ARRAY[76, 22, 19, 14, 6, 4, 9, 4, 4, 4, 4, 3, 3, 3, 2, 1, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2]) AS w(f, k)
    CROSS JOIN generate_series(1, w.k));
  v_mid_m    text[] := ARRAY['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Công', 'Xuân', 'Tiến',
                             'Ngọc', 'Mạnh', 'Anh'];
  v_mid_f    text[] := ARRAY['Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Hồng', 'Minh', 'Phương', 'Kim',
                             'Thúy', 'Lan', 'Hải'];
  v_given_m  text[] := ARRAY['An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Hải', 'Hùng', 'Huy', 'Khánh', 'Long', 'Minh',
                             'Nam', 'Phong', 'Quân', 'Sơn', 'Thắng', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Hiếu', 'Tùng',
                             'Thành', 'Hoàng', 'Kiên', 'Lâm', 'Nghĩa', 'Phúc', 'Tâm', 'Toàn'];
  v_given_f  text[] := ARRAY['Anh', 'Châu', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai',
                             'Ngọc', 'Nhung', 'Phương', 'Quỳnh', 'Thảo', 'Trang', 'Trinh', 'Vân', 'Yến', 'Hằng', 'Huyền',
                             'Loan', 'Nga', 'Oanh', 'Thủy', 'Tâm', 'Hiền', 'Liên', 'Ly'];
BEGIN
  IF v_n = 0 THEN
    RETURN 0;
  END IF;
  -- a bulk load: the rollup is rebuilt once at the end, the codes are valid by construction (no foreign-key checks
  -- a row), and a large load builds the name index afresh instead of inserting into it row by row
  ALTER TABLE civilservants.person DISABLE TRIGGER ALL;
  ALTER TABLE civilservants.employment DISABLE TRIGGER ALL;
  ALTER TABLE civilservants.qualification DISABLE TRIGGER ALL;
  IF v_n >= 100000 THEN
    DROP INDEX civilservants.person_name_idx;
  END IF;
  INSERT INTO civilservants.person (id, citizen_id, full_name, birth_date, sex, ethnicity_code, unit_key, position,
                                    rank_code, salary_scale, salary_step, education_code, service_start, service_end,
                                    origin)
  WITH fam AS (SELECT k::int - 1 AS k, f FROM unnest(v_family) WITH ORDINALITY AS a(f, k)),
  mid AS (SELECT 'nam' AS sex, k::int - 1 AS k, f FROM unnest(v_mid_m) WITH ORDINALITY AS a(f, k)
          UNION ALL SELECT 'nu', k::int - 1, f FROM unnest(v_mid_f) WITH ORDINALITY AS a(f, k)),
  giv AS (SELECT 'nam' AS sex, k::int - 1 AS k, f FROM unnest(v_given_m) WITH ORDINALITY AS a(f, k)
          UNION ALL SELECT 'nu', k::int - 1, f FROM unnest(v_given_f) WITH ORDINALITY AS a(f, k)),
  unit AS (SELECT true AS central, k::int - 1 AS k, f FROM unnest(v_central) WITH ORDINALITY AS a(f, k)
           UNION ALL SELECT false, k::int - 1, f FROM unnest(v_local) WITH ORDINALITY AS a(f, k)),
  b AS (
    SELECT v_base + g.i AS id, g.i,
           civilservants.rnd(g.i, 1) < 0.12 AS central,
           CASE WHEN civilservants.rnd(g.i, 3) < 0.55 THEN 'nu' ELSE 'nam' END AS sex,
           22 + floor((civilservants.rnd(g.i, 4) + civilservants.rnd(g.i, 5)) / 2 * 41)::int AS age,
           civilservants.rnd(g.i, 10) AS rr, civilservants.rnd(g.i, 11) AS re
      FROM generate_series(1, v_n) AS g(i)
  ), p AS (
    SELECT b.*,
           make_date(2026 - b.age, 1 + floor(civilservants.rnd(b.i, 6) * 12)::int,
                     1 + floor(civilservants.rnd(b.i, 7) * 28)::int) AS birth_date,
           CASE WHEN b.age < 30 THEN CASE WHEN b.rr < 0.77 THEN '01.003' WHEN b.rr < 0.90 THEN '01.004' ELSE '01.005' END
                WHEN b.rr < 0.02 AND b.age >= 40 THEN '01.001' WHEN b.rr < 0.17 THEN '01.002'
                WHEN b.rr < 0.77 THEN '01.003' WHEN b.rr < 0.90 THEN '01.004' ELSE '01.005' END AS rank_code,
           22 + floor(civilservants.rnd(b.i, 12) * 6)::int AS start_age
      FROM b
  ), q AS (
    SELECT p.*,
           least(p.birth_date + make_interval(years => p.start_age), date '2026-06-30') AS service_start,
           CASE WHEN civilservants.rnd(p.i, 8) < 0.06
                THEN date '2021-01-01' + floor(civilservants.rnd(p.i, 9) * 2150)::int END AS leaves
      FROM p
  )
  SELECT q.id, '099' || lpad(q.id::text, 9, '0'), fam.f || ' ' || mid.f || ' ' || giv.f,
         q.birth_date, q.sex,
         CASE WHEN civilservants.rnd(q.i, 13) < 0.86 THEN '01'
              ELSE lpad((2 + floor(power(civilservants.rnd(q.i, 14), 2) * 53))::int::text, 2, '0') END,
         unit.f,
         CASE WHEN civilservants.rnd(q.i, 15) < 0.05 THEN 'Trưởng phòng'
              WHEN civilservants.rnd(q.i, 15) < 0.15 THEN 'Phó Trưởng phòng' ELSE r.name_vi END,
         q.rank_code, r.salary_scale,
         least(s.steps, 1 + (2026 - extract(year FROM q.service_start)::int) / CASE WHEN s.code = 'B' THEN 2 ELSE 3 END),
         CASE q.rank_code
           WHEN '01.001' THEN CASE WHEN q.re < 0.4 THEN 'tien-si' ELSE 'thac-si' END
           WHEN '01.002' THEN CASE WHEN q.re < 0.1 THEN 'tien-si' WHEN q.re < 0.6 THEN 'thac-si' ELSE 'dai-hoc' END
           WHEN '01.003' THEN CASE WHEN q.re < 0.25 THEN 'thac-si' ELSE 'dai-hoc' END
           WHEN '01.004' THEN CASE WHEN q.re < 0.6 THEN 'cao-dang' ELSE 'trung-cap' END
           ELSE CASE WHEN q.re < 0.6 THEN 'trung-cap' ELSE 'duoi-trung-cap' END END,
         q.service_start, CASE WHEN q.leaves > q.service_start THEN q.leaves END, 'generated'
    FROM q JOIN civilservants.rank r ON r.code = q.rank_code
    JOIN civilservants.salary_scale s ON s.code = r.salary_scale
    JOIN fam ON fam.k = floor(civilservants.rnd(q.i, 20) * array_length(v_family, 1))::int
    JOIN mid ON mid.sex = q.sex AND mid.k = floor(civilservants.rnd(q.i, 21) * 14)::int
    JOIN giv ON giv.sex = q.sex AND giv.k = floor(civilservants.rnd(q.i, 22) * 30)::int
    JOIN unit ON unit.central = q.central AND unit.k = floor(civilservants.rnd(q.i, 2) * CASE WHEN q.central
      THEN array_length(v_central, 1) ELSE array_length(v_local, 1) END)::int;
  IF v_n >= 100000 THEN
    CREATE INDEX person_name_idx ON civilservants.person USING gin (name_search);
  END IF;
  -- every person's post history and qualifications (the open statistics count people as they were each year)
  PERFORM civilservants.seed_history(v_base + 1, v_base + v_n);
  ALTER TABLE civilservants.person ENABLE TRIGGER ALL;
  ALTER TABLE civilservants.employment ENABLE TRIGGER ALL;
  ALTER TABLE civilservants.qualification ENABLE TRIGGER ALL;

  -- the other detailed records of the first `details` people of this run
  INSERT INTO civilservants.training (person_id, ord, course, institution, starts, ends)
  SELECT p.id, 1, CASE WHEN p.rank_code IN ('01.001', '01.002') THEN 'Bồi dưỡng ngạch chuyên viên cao cấp'
                       ELSE 'Bồi dưỡng ngạch chuyên viên chính' END,
         'Học viện Hành chính Quốc gia', make_date(2019 + (p.id % 6)::int, 3, 1), make_date(2019 + (p.id % 6)::int, 5, 31)
    FROM civilservants.person p WHERE p.id > v_base AND p.id <= v_base + seed_demo.details AND p.id % 3 = 0;
  INSERT INTO civilservants.evaluation (person_id, year, classification)
  SELECT p.id, y, CASE WHEN civilservants.rnd(p.id, y) < 0.15 THEN 'xuat-sac' WHEN civilservants.rnd(p.id, y) < 0.85
                       THEN 'tot' WHEN civilservants.rnd(p.id, y) < 0.98 THEN 'hoan-thanh' ELSE 'khong-hoan-thanh' END
    FROM civilservants.person p CROSS JOIN generate_series(2021, 2025) AS y
   WHERE p.id > v_base AND p.id <= v_base + seed_demo.details AND extract(year FROM p.service_start) < y
     AND (p.service_end IS NULL OR extract(year FROM p.service_end) > y);
  INSERT INTO civilservants.merit (person_id, ord, kind, title, decision, date)
  SELECT p.id, 1, CASE WHEN p.id % 50 = 7 THEN 'discipline' ELSE 'award' END,
         CASE WHEN p.id % 50 = 7 THEN 'Khiển trách' ELSE 'Bằng khen của Bộ trưởng' END,
         (p.id % 900 + 1) || '/QĐ-minh-họa', make_date(2022 + (p.id % 4)::int, 12, 20)
    FROM civilservants.person p WHERE p.id > v_base AND p.id <= v_base + seed_demo.details
     AND (p.id % 10 = 3 OR p.id % 50 = 7);

  PERFORM civilservants.rebuild_headcount();
  INSERT INTO civilservants.staffing_quota (org_key, year, quota, origin)
  SELECT h.code, h.year, ceil(h.n * (1.03 + 0.07 * civilservants.rnd(h.year, length(h.code) + ascii(h.code))))::int,
         'generated'
    FROM civilservants.headcount h WHERE h.dimension = 'organisation'
  ON CONFLICT (org_key, year) DO UPDATE SET quota = excluded.quota;
  INSERT INTO platform.outbox (dataset, entity_id, operation)
  SELECT 'civil-servants', id::text, 'update' FROM civilservants.cube ORDER BY id;
  PERFORM setval(pg_get_serial_sequence('civilservants.person', 'id'), v_base + v_n);
  RETURN v_n;
END
$seed$;
-- the people generated before this migration
ALTER TABLE civilservants.employment DISABLE TRIGGER ALL;
ALTER TABLE civilservants.qualification DISABLE TRIGGER ALL;
SELECT civilservants.seed_history(1, (SELECT coalesce(max(id), 0) FROM civilservants.person));
ALTER TABLE civilservants.employment ENABLE TRIGGER ALL;
ALTER TABLE civilservants.qualification ENABLE TRIGGER ALL;
SELECT civilservants.rebuild_headcount();
INSERT INTO platform.outbox (dataset, entity_id, operation)
SELECT 'civil-servants', id::text, 'update' FROM civilservants.cube WHERE EXISTS (SELECT 1 FROM civilservants.person)
 ORDER BY id;
