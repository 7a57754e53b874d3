-- Civil servants (issue 8): the demo load and the rollup's rebuild at national scale. Since V035/V036 loading
-- 2,000,000 people took ≈25 minutes on a busy box (198 s before the histories); the results are unchanged (the same
-- people, spells, qualifications and cells: checked cell by cell against V035/V036 on 200,000 people).
--   * year_cells (the one computation of the cells, for the triggers and the rebuild) no longer expands every spell
--     and degree to its years and sorts them: each spell keeps the years (a multirange) no later-starting spell
--     covers, each degree the years no better degree covers, the record's post and education taking the years left
--     (a "virtual" spell and degree of lowest priority), and the people are counted by post, rank, sex, ethnicity and
--     year of birth per set of years before the years are spread out;
--   * rebuild_headcount passes 250,000 people at a time;
--   * seed_history picks the other units by a join instead of an array look-up a row (a large array read per row)
--     and writes the two or three spells of a person without sorting them.

-- The years of [first, last] whose 31 December falls in [starts, ends) (ends: the first day after; null: open).
CREATE OR REPLACE FUNCTION civilservants.year_range(first int, last int, starts date, ends date) RETURNS int4range
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN greatest(first, extract(year FROM starts)::int)
                   <= least(last, coalesce(extract(year FROM ends)::int - 1, last))
              THEN int4range(greatest(first, extract(year FROM starts)::int),
                             least(last, coalesce(extract(year FROM ends)::int - 1, last)), '[]')
              ELSE 'empty'::int4range END
$$;
CREATE OR REPLACE FUNCTION civilservants.year_cells(people civilservants.person_facts[],
    posts civilservants.post_facts[], degrees civilservants.degree_facts[])
RETURNS TABLE (year int, dimension text, grp text, code text, n bigint)
LANGUAGE plpgsql STABLE SET jit = off SET plan_cache_mode = force_generic_plan AS $$
#variable_conflict use_column
BEGIN
  -- (the rules: V035's header; the cells are V035's, computed per span of years instead of per person-year)
  RETURN QUERY
  WITH s AS (SELECT first_year AS f, last_year AS l FROM civilservants.year_span),
  p AS (
    SELECT x.id, x.birth_date, x.sex, x.ethnicity_code, x.unit_key, x.rank_code, x.education_code,
           civilservants.year_range(s.f, s.l, x.service_start, x.service_end) AS served
      FROM unnest(people) x CROSS JOIN s
  ), post AS ( -- the post of each year: the latest-starting unit spell covering it, else the record's (virtual spell)
    SELECT e.person_id, e.virtual, e.unit_key, e.rank_code,
           int4multirange(e.cover) - coalesce(range_agg(e.cover) OVER w, '{}') AS chosen
      FROM (SELECT e.person_id, false AS virtual, e.starts, e.ord, e.unit_key, e.rank_code,
                   civilservants.year_range(s.f, s.l, e.starts, e.ends) AS cover
              FROM unnest(posts) e CROSS JOIN s WHERE e.unit_key IS NOT NULL
            UNION ALL
            SELECT p.id, true, NULL, NULL, NULL, NULL, p.served FROM p) e
    WINDOW w AS (PARTITION BY e.person_id ORDER BY e.virtual, e.starts DESC, e.ord DESC
                 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
  ), degree AS ( -- the education of each year: the best degree obtained by then, else none yet (virtual degree)
    SELECT d.person_id, d.virtual, d.level_code, row_number() OVER v > 1 AS listed,
           int4multirange(d.cover) - coalesce(range_agg(d.cover) OVER w, '{}') AS chosen
      FROM (SELECT d.person_id, false AS virtual, l.sort, d.ord, d.level_code,
                   CASE WHEN greatest(s.f, coalesce(d.year, s.f)) <= s.l
                        THEN int4range(greatest(s.f, coalesce(d.year, s.f)), s.l, '[]') ELSE 'empty' END AS cover
              FROM unnest(degrees) d JOIN civilservants.education_level l ON l.code = d.level_code CROSS JOIN s
            UNION ALL
            SELECT p.id, true, NULL, NULL, NULL, p.served FROM p) d
    WINDOW v AS (PARTITION BY d.person_id ORDER BY d.virtual, d.sort, d.ord),
           w AS (v ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
  ), spans AS ( -- a post held and the years it is held on 31 December
    SELECT extract(year FROM p.birth_date)::int AS born, p.sex, p.ethnicity_code,
           CASE WHEN post.virtual THEN p.unit_key ELSE post.unit_key END AS unit_key,
           CASE WHEN post.virtual THEN p.rank_code ELSE coalesce(post.rank_code, p.rank_code) END AS rank_code,
           post.chosen * int4multirange(p.served) AS years
      FROM p JOIN post ON post.person_id = p.id
  ), levels AS ( -- an education level and the years it is the person's on 31 December
    SELECT CASE WHEN NOT degree.virtual THEN degree.level_code WHEN degree.listed THEN 'duoi-trung-cap'
                ELSE p.education_code END AS education,
           degree.chosen * int4multirange(p.served) AS years
      FROM p JOIN degree ON degree.person_id = p.id
  ), g AS ( -- the people of each post, rank, sex, ethnicity and year of birth by the years they count in
    SELECT spans.unit_key, spans.rank_code, spans.sex, spans.ethnicity_code, spans.born, spans.years, count(*) AS n,
           GROUPING(spans.unit_key, spans.rank_code, spans.sex, spans.ethnicity_code, spans.born) AS gs
      FROM spans
     GROUP BY GROUPING SETS ((spans.unit_key, spans.years), (spans.rank_code, spans.years), (spans.sex, spans.years),
                             (spans.ethnicity_code, spans.years), (spans.born, spans.years))
  ), cells AS ( -- the same a year (gs: the grouping bits of unit, rank, education, sex, ethnicity, age)
    SELECT y.year, g.unit_key, g.rank_code, NULL::text AS education, g.sex, g.ethnicity_code, y.year - g.born AS age,
           CASE g.gs WHEN 15 THEN 31 WHEN 23 THEN 47 WHEN 27 THEN 59 WHEN 29 THEN 61 ELSE 62 END AS gs, sum(g.n) AS n
      FROM g CROSS JOIN LATERAL unnest(g.years) r CROSS JOIN LATERAL generate_series(lower(r), upper(r) - 1) y(year)
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    UNION ALL
    SELECT y.year, NULL, NULL, l.education, NULL, NULL, NULL, 55, sum(l.n)
      FROM (SELECT levels.education, levels.years, count(*) AS n FROM levels GROUP BY 1, 2) l
     CROSS JOIN LATERAL unnest(l.years) r CROSS JOIN LATERAL generate_series(lower(r), upper(r) - 1) y(year)
     GROUP BY 1, 4
  )
  SELECT g.year, x.dimension, x.grp, x.code, sum(g.n)::bigint
    FROM cells g
    LEFT JOIN civilservants.org o ON o.key = g.unit_key
    LEFT JOIN civilservants.ethnicity e ON e.code = g.ethnicity_code
    LEFT JOIN LATERAL (
      SELECT op.province_key FROM civilservants.org_province op
       WHERE op.org_key = g.unit_key AND (op.valid_from IS NULL OR op.valid_from <= make_date(g.year, 12, 31))
         AND (op.valid_to IS NULL OR op.valid_to >= make_date(g.year, 12, 31))
       ORDER BY op.valid_from DESC NULLS LAST LIMIT 1) op ON g.gs = 31
   CROSS JOIN LATERAL (VALUES
     (31, 'organisation', CASE WHEN o.central THEN 'central' ELSE 'local' END, o.root_key),
     (31, 'province', '', CASE WHEN o.central THEN 'TW' ELSE coalesce(op.province_key, o.province_key) END),
     (47, 'rank', '', g.rank_code), (55, 'education', '', g.education), (59, 'sex', '', g.sex),
     (61, 'ethnic-group', '', e.grp), (62, 'age-band', '', civilservants.age_band_of(g.age)))
     AS x(gs, dimension, grp, code)
   WHERE x.gs = g.gs
   GROUP BY 1, 2, 3, 4;
END
$$;

-- The rollup from scratch, with the trigger path's function, 250,000 people at a time; drops this transaction's
-- queued changes (the rebuild counts them already).
CREATE OR REPLACE FUNCTION civilservants.rebuild_headcount() RETURNS bigint
LANGUAGE plpgsql SET work_mem = '256MB' SET jit = off AS $$
DECLARE
  v_rows bigint;
  v_from bigint := 0;
  v_max bigint := (SELECT coalesce(max(id), 0) FROM civilservants.person);
  v_step constant int := 250000;
BEGIN
  DELETE FROM civilservants.headcount_delta;
  DELETE FROM civilservants.headcount;
  WHILE v_from < v_max LOOP
    INSERT INTO civilservants.headcount AS h (year, dimension, grp, code, n)
    SELECT c.year, c.dimension, c.grp, c.code, c.n FROM civilservants.year_cells(
      ARRAY(SELECT civilservants.facts_of(p) FROM civilservants.person p
             WHERE p.id > v_from AND p.id <= v_from + v_step),
      ARRAY(SELECT ROW(e.person_id, e.ord, e.starts, e.ends, e.unit_key, e.rank_code)::civilservants.post_facts
              FROM civilservants.employment e WHERE e.person_id > v_from AND e.person_id <= v_from + v_step),
      ARRAY(SELECT ROW(q.person_id, q.ord, q.level_code, q.year)::civilservants.degree_facts
              FROM civilservants.qualification q WHERE q.person_id > v_from AND q.person_id <= v_from + v_step)) c
    ON CONFLICT (year, dimension, code) DO UPDATE SET n = h.n + excluded.n;
    v_from := v_from + v_step;
  END LOOP;
  SELECT count(*) INTO v_rows FROM civilservants.headcount;
  UPDATE civilservants.cube SET modified_at = now();
  RETURN v_rows;
END
$$;

-- The histories of the generated people with ids in [first_id, last_id] (V036's rules and results), set-based
-- without array look-ups a row (the units are joined by their number) and without sorting the spells (at most three
-- a person: from the service start, the transfer and the promotion, in date order).
CREATE OR REPLACE FUNCTION civilservants.seed_history(first_id bigint, last_id bigint) RETURNS void
LANGUAGE plpgsql SET work_mem = '256MB' SET jit = off AS $$
DECLARE
  v_central  int := (SELECT count(*) FROM civilservants.org WHERE level = 3 AND central);
  v_local    int := (SELECT count(*) FROM civilservants.org WHERE level = 3 AND NOT central);
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
  ), unit AS ( -- V036's v_central and v_local, numbered from 0
    SELECT central, key, row_number() OVER (PARTITION BY central ORDER BY key)::int - 1 AS k
      FROM civilservants.org WHERE level = 3
  ), h AS MATERIALIZED ( -- (computed once: the columns below are read several times a row)
    SELECT p.id, p.unit_key, p.rank_code, p.position, p.service_start, p.service_end, o.central, o.root_key,
           coalesce(root.n, 0) AS n,
           CASE WHEN civilservants.rnd(p.id, 30) < 0.20
                THEN date '2021-01-01' + floor(civilservants.rnd(p.id, 31) * 2130)::int END AS moved,
           CASE WHEN p.rank_code IN ('01.001', '01.002', '01.003') AND civilservants.rnd(p.id, 32) < 0.30
                THEN date '2021-01-01' + floor(civilservants.rnd(p.id, 33) * 2130)::int END AS promoted,
           floor(civilservants.rnd(p.id, 34) * 1000000)::int AS pick, civilservants.rnd(p.id, 35) < 0.7 AS near,
           nullif(CASE WHEN o.central THEN v_central ELSE v_local END, 0) AS side
      FROM civilservants.person p JOIN civilservants.org o ON o.key = p.unit_key
      LEFT JOIN root ON root.root_key = o.root_key
     WHERE p.id BETWEEN first_id AND last_id AND p.origin = 'generated'
  ), v AS (
    SELECT h.id, h.unit_key, h.rank_code, h.position, h.service_start, h.service_end,
           CASE WHEN h.moved > h.service_start + 365 AND (h.service_end IS NULL OR h.moved < h.service_end)
                THEN h.moved END AS moved,
           CASE WHEN h.promoted > h.service_start + 365 AND (h.service_end IS NULL OR h.promoted < h.service_end)
                THEN h.promoted END AS promoted,
           CASE WHEN h.near AND h.n > 1 THEN s.key ELSE u.key END AS other,
           CASE WHEN h.near AND h.n > 1 THEN s2.key ELSE u2.key END AS other2
      FROM h
      LEFT JOIN sibling s ON h.n > 0 AND s.root_key = h.root_key AND s.k = h.pick % greatest(h.n, 1)
      LEFT JOIN sibling s2 ON h.n > 0 AND s2.root_key = h.root_key AND s2.k = (h.pick + 1) % greatest(h.n, 1)
      LEFT JOIN unit u ON u.central = h.central AND u.k = h.pick % h.side
      LEFT JOIN unit u2 ON u2.central = h.central AND u2.k = (h.pick + 1) % h.side
  ), b AS MATERIALIZED ( -- the changes in date order (least and greatest skip nulls)
    SELECT v.*, least(v.moved, v.promoted) AS c1,
           CASE WHEN v.moved <> v.promoted THEN greatest(v.moved, v.promoted) END AS c2
      FROM v
  )
  SELECT b.id, sp.ord, sp.starts, sp.ends, o.name_vi, CASE WHEN sp.last THEN b.position ELSE r.name_vi END,
         u.unit_key, u.rank_code
    FROM b
   CROSS JOIN LATERAL (VALUES (1, b.service_start, coalesce(b.c1, b.service_end), b.c1 IS NULL),
                              (2, b.c1, coalesce(b.c2, b.service_end), b.c2 IS NULL),
                              (3, b.c2, b.service_end, true)) sp(ord, starts, ends, last)
   CROSS JOIN LATERAL (
     SELECT CASE WHEN sp.starts < b.moved THEN CASE WHEN b.other = b.unit_key THEN b.other2 ELSE b.other END
                 ELSE b.unit_key END AS unit_key,
            CASE WHEN sp.starts < b.promoted
                 THEN CASE b.rank_code WHEN '01.001' THEN '01.002' WHEN '01.002' THEN '01.003' ELSE '01.004' END
                 ELSE b.rank_code END AS rank_code) u
    JOIN civilservants.org o ON o.key = u.unit_key
    JOIN civilservants.rank r ON r.code = u.rank_code
   WHERE sp.starts IS NOT NULL;

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
