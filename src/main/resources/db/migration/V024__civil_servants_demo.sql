-- Demo data of the civil servants database:
--   civilservants.seed_demo(people int DEFAULT 20000, details int DEFAULT 50000) RETURNS int
-- The server calls it once, on first start, when civilservants.person is empty (20,000 people); bench/civil-servants.sh
-- calls seed_demo(2000000) for the benchmark. Deterministic (a hash of the row number, no random()), set-based (one
-- INSERT for all people), inside the caller's transaction. Everything it makes is marked origin = 'generated', and
-- every generated citizen ID starts with 099, which is no province's code.
--
-- WHAT IS GENERATED (the distributions are plausible, not measured): 12 % of the people work for ministries, 88 % for
-- provinces, spread evenly over the divisions (level 3) of each side; 55 % women; ages 22-62 at the end of 2026,
-- triangular around 42; service from age 22-27; 6 % left between 2021 and 2026; 86 % Kinh, the other 14 % over the
-- 53 ethnic minorities, more of the larger ones; ranks 2 % senior principal officer (aged 40 or more), 15 %
-- principal, 60 % officer, 13 % junior officer, 10 % clerk, with the salary group of the rank and a step from the
-- years of service; education from the rank; names from common Vietnamese family, middle and given names with
-- the family names' usual shares (Nguyễn 38 %, Trần 11 %, Lê 9.5 % …). The first `details` people get their
-- qualifications, training, evaluations 2021-2025, awards and disciplines and employment history; the others (a
-- benchmark's bulk) their identity and current post only. Staffing quotas: 103-110 % of each body's headcount, per
-- year.
CREATE FUNCTION civilservants.rnd(i bigint, salt int) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (hashint8(i * 7919 + salt)::bigint & 2147483647)::float8 / 2147483648.0::float8
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
  ALTER TABLE civilservants.person ENABLE TRIGGER ALL;
  IF v_n >= 100000 THEN
    CREATE INDEX person_name_idx ON civilservants.person USING gin (name_search);
  END IF;

  -- the detailed records of the first `details` people of this run
  INSERT INTO civilservants.qualification (person_id, ord, level_code, field, institution, year)
  SELECT p.id, 1, p.education_code,
         (ARRAY['Luật', 'Quản lý nhà nước', 'Kinh tế', 'Hành chính học', 'Công nghệ thông tin', 'Tài chính – Ngân hàng',
                'Ngôn ngữ Anh', 'Xây dựng Đảng và chính quyền nhà nước'])[1 + (p.id % 8)::int],
         (ARRAY['Học viện Hành chính Quốc gia', 'Trường Đại học Luật Hà Nội', 'Trường Đại học Kinh tế Quốc dân',
                'Trường Đại học Quốc gia Thành phố Hồ Chí Minh', 'Học viện Tài chính', 'Trường Đại học Nội vụ'])
           [1 + (p.id % 6)::int],
         least(2026, extract(year FROM p.service_start)::int - (p.id % 3)::int)
    FROM civilservants.person p WHERE p.id > v_base AND p.id <= v_base + seed_demo.details;
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
  INSERT INTO civilservants.employment (person_id, ord, starts, ends, organisation, position)
  SELECT p.id, 1, p.service_start, NULL, o.name_vi, p.position
    FROM civilservants.person p JOIN civilservants.org o ON o.key = p.unit_key
   WHERE p.id > v_base AND p.id <= v_base + seed_demo.details;

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
