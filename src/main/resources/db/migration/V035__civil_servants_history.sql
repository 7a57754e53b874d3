-- Civil servants (issue 8): the open statistics count every person as they were in each year, not as they are now.
--
-- Reference date: 31 December of every published year, the current year included (its figures are those of 31
-- December as recorded today: a change dated later in the year is already counted). On that day a person counts when
-- in service (service_start on or before it, service_end — the first day out of service — after it), with
--   * the post held that day: the employment spell covering it (starts on or before, ends — first day after the
--     spell — after it) that names a unit (`unit_key`), the latest-starting one when spells overlap; the rank is that
--     spell's `rank_code` when it names one. Where no such spell covers the day, the record's current unit and rank;
--   * the education level obtained by then: the highest of the qualifications with a year up to the reference year
--     (a qualification without a year counts for every year); a person whose record lists qualifications but none yet
--     obtained counts as 'duoi-trung-cap' (no qualification of intermediate level or above); a record without any
--     qualification counts with its current education level every year;
--   * the age reached that day (the year − the year of birth); sex and ethnicity as recorded;
--   * the organisation: the top of the unit's tree (ministry or province) as the tree is today; the province: the
--     unit's province on that day (civilservants.org_province, then civilservants.org.province_key), or `TW` for the
--     central bodies (ministries and their units, which belong to no province).
--
-- The rollup stays exact in the write's transaction: statement triggers on person, employment and qualification
-- turn each statement into the difference of the affected people's cells (after − before, the before state
-- rebuilt from the transition tables) and queue it in civilservants.headcount_delta; one deferred constraint trigger
-- adds the net queue to civilservants.headcount at commit. So a write changes exactly the cells of the years it
-- changes (a record replaced whole with a net change of one transfer moves one person in the years from the transfer
-- on), the hot cells are locked only while committing, and a cube is marked modified (and its outbox event written
-- once a transaction) only when one of its cells changed. The trigger path and rebuild_headcount() compute cells with
-- the same function (year_cells). A change of the reference data (org, org_province, year_span) rebuilds the rollup.
-- V036 gives the generated people their histories and rebuilds the rollup.

-- The post history names the unit and rank of each spell (null: not recorded, e.g. a post outside the civil service).
ALTER TABLE civilservants.employment
  ADD COLUMN unit_key text REFERENCES civilservants.org(key),
  ADD COLUMN rank_code text REFERENCES civilservants.rank(code),
  ADD CONSTRAINT employment_ends_after_starts CHECK (ends IS NULL OR ends > starts);
CREATE INDEX employment_unit_idx ON civilservants.employment (unit_key) WHERE unit_key IS NOT NULL;

-- The province of a unit over time. The organisation tree holds the 34 provinces of today (since 2025-07-01); before
-- the merger each local unit belonged to one of the 63 former provinces. A province that only changed its key keeps
-- its units (origin 'reference'); the units of a merged province are spread over its predecessors (generated: the
-- real predecessor of each department and division is not in shared/reference), the People's Committee itself and
-- its departments going to the predecessor with the same code when there is one.
CREATE TABLE civilservants.org_province (
  org_key       text NOT NULL REFERENCES civilservants.org(key),
  valid_from    date,
  valid_to      date, -- the last day (as platform.province.valid_to)
  province_key  text NOT NULL REFERENCES platform.province(key),
  origin        text NOT NULL CHECK (origin IN ('reference', 'generated')),
  PRIMARY KEY (org_key, province_key),
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
INSERT INTO civilservants.org_province (org_key, valid_from, valid_to, province_key, origin)
SELECT o.key, NULL, pred.valid_to, pred.key, CASE WHEN pred.n = 1 THEN 'reference' ELSE 'generated' END
  FROM civilservants.org o
 CROSS JOIN LATERAL (
   SELECT p.key, p.valid_to, count(*) OVER () AS n,
          row_number() OVER (ORDER BY (p.code = cur.code) DESC, p.key) - 1 AS k
     FROM platform.province p JOIN platform.province cur ON cur.key = o.province_key
    WHERE p.successor = o.province_key) pred
 WHERE NOT o.central AND o.province_key IS NOT NULL
   AND pred.k = CASE WHEN o.level < 3 THEN 0
                     ELSE o.sort % pred.n END;

ALTER TABLE civilservants.headcount DROP CONSTRAINT headcount_dimension_check;
ALTER TABLE civilservants.headcount ADD CONSTRAINT headcount_dimension_check
  CHECK (dimension IN ('organisation', 'province', 'rank', 'sex', 'age-band', 'ethnic-group', 'education'));

-- What the cells of a set of people are made of: their records, post spells and qualifications.
CREATE TYPE civilservants.person_facts AS (id bigint, service_start date, service_end date, birth_date date,
                                           sex text, ethnicity_code text, unit_key text, rank_code text,
                                           education_code text);
CREATE TYPE civilservants.post_facts AS (person_id bigint, ord int, starts date, ends date, unit_key text,
                                         rank_code text);
CREATE TYPE civilservants.degree_facts AS (person_id bigint, ord int, level_code text, year int);

-- The cells (year, dimension, grp, code, n) of the given people, each counted as they were on 31 December of every
-- published year they were in service (the rules at the top of this file).
CREATE FUNCTION civilservants.year_cells(people civilservants.person_facts[], posts civilservants.post_facts[],
                                         degrees civilservants.degree_facts[])
RETURNS TABLE (year int, dimension text, grp text, code text, n bigint)
LANGUAGE plpgsql STABLE SET jit = off SET plan_cache_mode = force_generic_plan AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  WITH s AS (SELECT first_year, last_year FROM civilservants.year_span),
  py AS (
    SELECT f.id, y.year, f.birth_date, f.sex, f.ethnicity_code, f.unit_key, f.rank_code, f.education_code
      FROM unnest(people) f CROSS JOIN s
     CROSS JOIN LATERAL generate_series(greatest(s.first_year, extract(year FROM f.service_start)::int),
       least(s.last_year, coalesce(extract(year FROM f.service_end)::int - 1, s.last_year))) y(year)
  ), post AS (
    SELECT DISTINCT ON (e.person_id, y.year) e.person_id, y.year, e.unit_key, e.rank_code
      FROM unnest(posts) e CROSS JOIN s
     CROSS JOIN LATERAL generate_series(greatest(s.first_year, extract(year FROM e.starts)::int),
       least(s.last_year, coalesce(extract(year FROM e.ends)::int - 1, s.last_year))) y(year)
     WHERE e.unit_key IS NOT NULL
     ORDER BY e.person_id, y.year, e.starts DESC, e.ord DESC
  ), degree AS (
    SELECT d.person_id, y.year, min(l.sort) AS best
      FROM unnest(degrees) d JOIN civilservants.education_level l ON l.code = d.level_code CROSS JOIN s
     CROSS JOIN LATERAL generate_series(greatest(s.first_year, coalesce(d.year, s.first_year)), s.last_year) y(year)
     GROUP BY 1, 2
  ), listed AS (
    SELECT DISTINCT d.person_id FROM unnest(degrees) d
  ), state AS (
    SELECT py.year, coalesce(post.unit_key, py.unit_key) AS unit_key,
           coalesce(post.rank_code, py.rank_code) AS rank_code,
           CASE WHEN degree.best IS NOT NULL THEN (SELECT l.code FROM civilservants.education_level l
                                                    WHERE l.sort = degree.best)
                WHEN listed.person_id IS NOT NULL THEN 'duoi-trung-cap' ELSE py.education_code END AS education,
           py.sex, py.ethnicity_code, py.year - extract(year FROM py.birth_date)::int AS age
      FROM py
      LEFT JOIN post ON post.person_id = py.id AND post.year = py.year
      LEFT JOIN degree ON degree.person_id = py.id AND degree.year = py.year
      LEFT JOIN listed ON listed.person_id = py.id
  ), g AS (
    SELECT year, unit_key, rank_code, education, sex, ethnicity_code, age, count(*) AS n,
           GROUPING(unit_key, rank_code, education, sex, ethnicity_code, age) AS gs
      FROM state
     GROUP BY GROUPING SETS ((year, unit_key), (year, rank_code), (year, education), (year, sex),
                             (year, ethnicity_code), (year, age))
  )
  SELECT g.year, x.dimension, x.grp, x.code, sum(g.n)::bigint
    FROM g
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

-- The queue of a transaction's changes to the rollup, one row a statement: rows live only inside the writing
-- transaction (the deferred trigger empties it before commit), so no other transaction ever sees one. UNLOGGED:
-- nothing in it outlives a commit.
CREATE TYPE civilservants.cell AS (year int, dimension text, grp text, code text, n bigint);
CREATE UNLOGGED TABLE civilservants.headcount_delta (
  cells  civilservants.cell[] NOT NULL
);

-- Queues after − before for some people (the cells they leave and the cells they join).
CREATE FUNCTION civilservants.queue_change(
    old_people civilservants.person_facts[], old_posts civilservants.post_facts[],
    old_degrees civilservants.degree_facts[], new_people civilservants.person_facts[],
    new_posts civilservants.post_facts[], new_degrees civilservants.degree_facts[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO civilservants.headcount_delta (cells)
  SELECT array_agg(ROW(year, dimension, grp, code, n)::civilservants.cell) FROM (
  SELECT year, dimension, grp, code, sum(n) AS n
    FROM (SELECT c.year, c.dimension, c.grp, c.code, c.n
            FROM civilservants.year_cells(new_people, new_posts, new_degrees) c
          UNION ALL
          SELECT c.year, c.dimension, c.grp, c.code, -c.n
            FROM civilservants.year_cells(old_people, old_posts, old_degrees) c) d
   GROUP BY 1, 2, 3, 4
  HAVING sum(n) <> 0) c
  HAVING count(*) > 0;
END
$$;

-- At commit: adds the net queue to the rollup, drops emptied cells, marks the cubes whose cells changed as modified
-- and writes their outbox events (the relay rebuilds their graphs).
CREATE FUNCTION civilservants.flush_headcount() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_dims text[];
BEGIN
  WITH q AS (DELETE FROM civilservants.headcount_delta RETURNING cells),
  net AS (SELECT c.year, c.dimension, c.grp, c.code, sum(c.n) AS n FROM q CROSS JOIN LATERAL unnest(q.cells) c
           GROUP BY 1, 2, 3, 4 HAVING sum(c.n) <> 0),
  up AS (
    INSERT INTO civilservants.headcount AS h (year, dimension, grp, code, n)
    SELECT year, dimension, grp, code, n FROM net ORDER BY year, dimension, code -- one lock order: no deadlock
    ON CONFLICT (year, dimension, code) DO UPDATE SET n = h.n + excluded.n
    RETURNING h.dimension)
  SELECT array_agg(DISTINCT dimension) INTO v_dims FROM up;
  IF v_dims IS NULL THEN
    RETURN NULL;
  END IF;
  DELETE FROM civilservants.headcount WHERE n = 0;
  UPDATE civilservants.cube SET modified_at = now()
   WHERE key = ANY (v_dims) OR (key = 'staffing' AND 'organisation' = ANY (v_dims));
  INSERT INTO platform.outbox (dataset, entity_id, operation)
  SELECT 'civil-servants', id::text, 'update' FROM civilservants.cube
   WHERE key = ANY (v_dims) OR (key = 'staffing' AND 'organisation' = ANY (v_dims)) ORDER BY id;
  RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER headcount_delta_flush AFTER INSERT ON civilservants.headcount_delta
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION civilservants.flush_headcount();

CREATE FUNCTION civilservants.facts_of(p civilservants.person) RETURNS civilservants.person_facts
LANGUAGE sql IMMUTABLE AS $$
  SELECT ROW(p.id, p.service_start, p.service_end, p.birth_date, p.sex, p.ethnicity_code, p.unit_key, p.rank_code,
             p.education_code)::civilservants.person_facts
$$;

-- The current facts of some people (records, spells, qualifications); plpgsql: plans kept for the session.
CREATE FUNCTION civilservants.people_of(ids bigint[]) RETURNS civilservants.person_facts[]
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT coalesce(array_agg(civilservants.facts_of(p)), '{}')
            FROM civilservants.person p WHERE p.id = ANY (ids));
END
$$;
CREATE FUNCTION civilservants.posts_of(ids bigint[]) RETURNS civilservants.post_facts[]
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT coalesce(array_agg(ROW(e.person_id, e.ord, e.starts, e.ends, e.unit_key, e.rank_code)
                            ::civilservants.post_facts), '{}')
    FROM civilservants.employment e WHERE e.person_id = ANY (ids));
END
$$;
CREATE FUNCTION civilservants.degrees_of(ids bigint[]) RETURNS civilservants.degree_facts[]
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT coalesce(array_agg(ROW(q.person_id, q.ord, q.level_code, q.year)::civilservants.degree_facts), '{}')
    FROM civilservants.qualification q WHERE q.person_id = ANY (ids));
END
$$;

-- person: INSERT and UPDATE (rows whose facts changed); the spells and qualifications are those of the table now.
CREATE OR REPLACE FUNCTION civilservants.person_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_old civilservants.person_facts[] := '{}';
  v_new civilservants.person_facts[];
  v_ids bigint[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT coalesce(array_agg(civilservants.facts_of(o)), '{}'), coalesce(array_agg(civilservants.facts_of(n)), '{}'),
           coalesce(array_agg(n.id), '{}')
      INTO v_old, v_new, v_ids
      FROM old_rows o JOIN new_rows n ON n.id = o.id
     WHERE civilservants.facts_of(o) IS DISTINCT FROM civilservants.facts_of(n);
  ELSE
    SELECT coalesce(array_agg(civilservants.facts_of(n)), '{}'), coalesce(array_agg(n.id), '{}')
      INTO v_new, v_ids FROM new_rows n;
  END IF;
  IF cardinality(v_ids) > 0 THEN
    PERFORM civilservants.queue_change(v_old, civilservants.posts_of(v_ids), civilservants.degrees_of(v_ids),
      v_new, civilservants.posts_of(v_ids), civilservants.degrees_of(v_ids));
  END IF;
  RETURN NULL;
END
$$;
DROP TRIGGER person_rollup_delete ON civilservants.person;

-- person: DELETE, row by row before the row goes (its spells and qualifications are still there; their cascaded
-- deletes then change nothing: their person is gone).
CREATE FUNCTION civilservants.person_rollup_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM civilservants.queue_change(ARRAY[civilservants.facts_of(OLD)], civilservants.posts_of(ARRAY[OLD.id]),
    civilservants.degrees_of(ARRAY[OLD.id]), '{}', '{}', '{}');
  RETURN OLD;
END
$$;
CREATE TRIGGER person_rollup_delete BEFORE DELETE ON civilservants.person
  FOR EACH ROW EXECUTE FUNCTION civilservants.person_rollup_delete();

-- employment and qualification: the rows of the table before the statement are those of the table now, less the
-- rows it wrote, plus those it replaced or deleted (both tables are keyed by person_id and ord).
CREATE FUNCTION civilservants.history_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_old jsonb := '[]';
  v_new jsonb := '[]';
  v_ids bigint[];
  v_posts civilservants.post_facts[];
  v_degrees civilservants.degree_facts[];
BEGIN
  IF TG_OP <> 'INSERT' THEN
    v_old := (SELECT coalesce(jsonb_agg(to_jsonb(o)), '[]') FROM old_rows o);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    v_new := (SELECT coalesce(jsonb_agg(to_jsonb(n)), '[]') FROM new_rows n);
  END IF;
  v_ids := ARRAY(SELECT DISTINCT (r ->> 'person_id')::bigint FROM jsonb_array_elements(v_old || v_new) r);
  v_posts := civilservants.posts_of(v_ids);
  v_degrees := civilservants.degrees_of(v_ids);
  IF TG_TABLE_NAME = 'employment' THEN
    PERFORM civilservants.queue_change(civilservants.people_of(v_ids),
      ARRAY(SELECT e FROM unnest(v_posts) e WHERE NOT EXISTS (
              SELECT 1 FROM jsonb_to_recordset(v_new) n(person_id bigint, ord int)
               WHERE n.person_id = e.person_id AND n.ord = e.ord))
      || ARRAY(SELECT ROW(o.person_id, o.ord, o.starts, o.ends, o.unit_key, o.rank_code)::civilservants.post_facts
                 FROM jsonb_populate_recordset(NULL::civilservants.employment, v_old) o),
      v_degrees, civilservants.people_of(v_ids), v_posts, v_degrees);
  ELSE
    PERFORM civilservants.queue_change(civilservants.people_of(v_ids), v_posts,
      ARRAY(SELECT q FROM unnest(v_degrees) q WHERE NOT EXISTS (
              SELECT 1 FROM jsonb_to_recordset(v_new) n(person_id bigint, ord int)
               WHERE n.person_id = q.person_id AND n.ord = q.ord))
      || ARRAY(SELECT ROW(o.person_id, o.ord, o.level_code, o.year)::civilservants.degree_facts
                 FROM jsonb_populate_recordset(NULL::civilservants.qualification, v_old) o),
      civilservants.people_of(v_ids), v_posts, v_degrees);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER employment_rollup_insert AFTER INSERT ON civilservants.employment
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION civilservants.history_rollup();
CREATE TRIGGER employment_rollup_update AFTER UPDATE ON civilservants.employment
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION civilservants.history_rollup();
CREATE TRIGGER employment_rollup_delete AFTER DELETE ON civilservants.employment
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION civilservants.history_rollup();
CREATE TRIGGER qualification_rollup_insert AFTER INSERT ON civilservants.qualification
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION civilservants.history_rollup();
CREATE TRIGGER qualification_rollup_update AFTER UPDATE ON civilservants.qualification
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION civilservants.history_rollup();
CREATE TRIGGER qualification_rollup_delete AFTER DELETE ON civilservants.qualification
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION civilservants.history_rollup();

DROP FUNCTION civilservants.apply_facts(int, civilservants.facts[]);
DROP TYPE civilservants.facts;

-- The rollup from scratch, with the trigger path's function, 100,000 people at a time; drops this transaction's
-- queued changes (the rebuild counts them already).
CREATE OR REPLACE FUNCTION civilservants.rebuild_headcount() RETURNS bigint
LANGUAGE plpgsql SET work_mem = '256MB' SET jit = off AS $$
DECLARE
  v_rows bigint;
  v_from bigint := 0;
  v_max bigint := (SELECT coalesce(max(id), 0) FROM civilservants.person);
  v_step constant int := 100000;
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

-- The reference data the cells are derived from: a change re-derives the rollup (rare; seconds at national scale).
CREATE FUNCTION civilservants.reference_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM civilservants.rebuild_headcount();
  INSERT INTO platform.outbox (dataset, entity_id, operation)
  SELECT 'civil-servants', id::text, 'update' FROM civilservants.cube ORDER BY id;
  RETURN NULL;
END
$$;
CREATE TRIGGER org_province_changed AFTER INSERT OR UPDATE OR DELETE ON civilservants.org_province
  FOR EACH STATEMENT EXECUTE FUNCTION civilservants.reference_changed();
CREATE TRIGGER org_changed AFTER UPDATE OF parent_key, central, province_key, root_key ON civilservants.org
  FOR EACH STATEMENT EXECUTE FUNCTION civilservants.reference_changed();
CREATE TRIGGER year_span_changed AFTER UPDATE ON civilservants.year_span
  FOR EACH STATEMENT EXECUTE FUNCTION civilservants.reference_changed();

-- The published cells: the province cube is now its own dimension (the unit's province on the reference date, TW
-- for the central bodies), suppressed with the other provinces of the year as one group.
CREATE OR REPLACE VIEW civilservants.open_headcount AS
SELECT c.dimension AS cube, c.year, c.code,
       -- the label of the cell's own code list only (one index look-up a cell, not a join to every list)
       CASE c.dimension
         WHEN 'organisation' THEN (SELECT o.name_vi FROM civilservants.org o WHERE o.key = c.code)
         WHEN 'province' THEN coalesce((SELECT pr.name FROM platform.province pr WHERE pr.key = c.code),
                                       CASE WHEN c.code = 'TW' THEN 'Các cơ quan trung ương' END)
         WHEN 'rank' THEN (SELECT r.name_vi FROM civilservants.rank r WHERE r.code = c.code)
         WHEN 'age-band' THEN (SELECT a.name_vi FROM civilservants.age_band a WHERE a.code = c.code)
         WHEN 'ethnic-group' THEN (SELECT eg.name_vi FROM civilservants.ethnic_group eg WHERE eg.code = c.code)
         WHEN 'education' THEN (SELECT ed.name_vi FROM civilservants.education_level ed WHERE ed.code = c.code)
         WHEN 'sex' THEN CASE c.code WHEN 'nam' THEN 'Nam' WHEN 'nu' THEN 'Nữ' END
       END AS label_vi,
       c.n::numeric AS n, c.suppressed -- numeric: the type of the view's column since V023
  FROM civilservants.open_cell c;

UPDATE catalog.dataset SET
  description_vi = 'Số cán bộ, công chức, viên chức có mặt ngày 31 tháng 12 hằng năm (năm hiện tại: theo hồ sơ đến '
    || 'ngày 31 tháng 12) theo cơ quan, tỉnh/thành phố, ngạch, giới tính, nhóm tuổi, dân tộc và trình độ chuyên môn, '
    || 'mỗi người được tính như tại ngày đó: đơn vị và ngạch theo quá trình công tác, tỉnh của đơn vị tại ngày đó (TW '
    || 'là các cơ quan trung ương; trước ngày 1/7/2025 là 63 tỉnh cũ), trình độ cao nhất đã đạt, tuổi tại ngày đó; '
    || 'biên chế được giao và số có mặt. Tổng hợp từ Cơ sở dữ liệu cán bộ, công chức, viên chức; ô có từ 1 đến 4 '
    || 'người được ẩn (kèm ẩn bổ sung), không có dữ liệu cá nhân. Hồ sơ, quá trình công tác và biên chế là dữ liệu '
    || 'minh họa được sinh tự động.',
  description_en = 'Civil servants and public employees in service on 31 December of each year (the current year: as '
    || 'recorded for 31 December) by organisation, province, rank, sex, age band, ethnicity group and education '
    || 'level, each person as they were on that day: unit and rank from the employment history, the unit''s '
    || 'province on that day (TW: the central bodies; the 63 former provinces before 1 July 2025), the highest '
    || 'qualification obtained by then, the age reached; staffing quotas against actual headcount. Aggregated from '
    || 'the civil servants database; cells of 1 to 4 people are suppressed (with complementary suppression), no '
    || 'personal data. The records, histories and quotas are generated demo data.'
 WHERE name = 'civil-servants';
