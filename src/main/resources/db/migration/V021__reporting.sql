-- Dataset: the periodic reporting system (Hệ thống thông tin báo cáo) run by the Ministry Office (VAN_PHONG):
-- electronic report regimes (chế độ báo cáo) in two directions — the ministry reporting to the Government and the
-- Prime Minister (14 regimes, filled in by the ministry's own units), and ministries, sectors and localities reporting
-- to the ministry (22 regimes) — the reporting units (about 1,100 accounts), the periods of every regime and the
-- submissions (shared/reference/moha-platforms.md row 5; domain-notes.md §6: 34 provinces since 2025, no district
-- level).
--
-- WHAT IS REAL: the two directions and their counts (14 and 22), the Ministry Office as owner, the ministries (copied
-- from awards.body), the 34 provinces of today, the ministry's own units of platform.org_unit. WHAT IS GENERATED
-- (origin = 'generated'): the regimes' names, legal bases, frequencies, deadlines and forms (the real list is not in
-- shared/reference), and the provincial departments and communes that bring the accounts to ~1,100.
--
-- Two halves with different audiences:
--   * restricted — a unit's officers fill in, submit and resubmit their own unit's reports (the unit claim of their
--     token is the unit's key); the Ministry Office's officers and reviewers return them for correction or accept
--     them and see who reported; every read and write is audited; the tables below are private;
--   * open — the regime catalogue (name, legal basis, frequency, deadline rule, the form's JSON Schema), compliance
--     statistics per regime and period (units expected, reported, on time, late, missing) and indicators aggregated
--     over the accepted reports of a period (sum and mean). Open outputs read only the open_* views. Units are bodies,
--     not people; but one unit's figures are restricted, so an aggregate over fewer than 3 units is suppressed
--     (with 1 unit it is that unit's figure, with 2 each unit can subtract its own to learn the other's).
--
-- The rules live in the database: the workflow is the rows of reporting.transition_rule, a status change outside them
-- is refused by a trigger (SQLSTATE MH409 → a 409 problem, HINT = its code), the deadline of every period is computed
-- from the regime's deadline rule, and whether a report came on time is computed by the trigger at its first
-- submission.
CREATE SCHEMA IF NOT EXISTS reporting;

CREATE TABLE reporting.direction (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO reporting.direction VALUES
  ('to_government', 'Bộ Nội vụ báo cáo Chính phủ, Thủ tướng Chính phủ',
   'The ministry reporting to the Government and the Prime Minister', 1),
  ('to_ministry', 'Bộ, ngành, địa phương báo cáo Bộ Nội vụ',
   'Ministries, sectors and localities reporting to the ministry', 2);

-- months = the length of a period; NULL for ad hoc regimes (their periods are set one by one).
CREATE TABLE reporting.frequency (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  months   int CHECK (months IN (1, 3, 6, 12)),
  sort     int NOT NULL
);
INSERT INTO reporting.frequency VALUES
  ('monthly', 'Hằng tháng', 'Monthly', 1, 1),
  ('quarterly', 'Hằng quý', 'Quarterly', 3, 2),
  ('half_yearly', '6 tháng', 'Six-monthly', 6, 3),
  ('yearly', 'Hằng năm', 'Yearly', 12, 4),
  ('ad_hoc', 'Đột xuất', 'Ad hoc', NULL, 5);

-- The kinds of reporting units.
CREATE TABLE reporting.unit_kind (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO reporting.unit_kind VALUES
  ('moha_unit', 'Đơn vị thuộc Bộ Nội vụ', 'Unit of the Ministry of Home Affairs', 1),
  ('ministry', 'Bộ, cơ quan ngang bộ', 'Ministry or ministry-level agency', 2),
  ('province', 'Ủy ban nhân dân cấp tỉnh', 'Provincial People''s Committee', 3),
  ('department', 'Sở, ban, ngành cấp tỉnh', 'Provincial department', 4),
  ('commune', 'Ủy ban nhân dân cấp xã', 'Commune People''s Committee', 5);

-- The reporting units (accounts of the system). Keys are the unit claims of their officers' tokens: the ministry's
-- units of platform.org_unit (VAN_PHONG…), the ministries of awards.body (BO_TU_PHAP…), the 34 provinces (UBND_T01N…);
-- generated: 16 departments per province (SNV_T01N = Sở Nội vụ of Hà Nội) and 14 communes per province (XA01_T01N).
CREATE TABLE reporting.unit (
  key           text PRIMARY KEY CHECK (key ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  kind          text NOT NULL REFERENCES reporting.unit_kind(code),
  name_vi       text NOT NULL,
  name_en       text NOT NULL,
  parent_key    text REFERENCES reporting.unit(key),
  province_key  text REFERENCES platform.province(key),
  origin        text NOT NULL CHECK (origin IN ('reference', 'public_record', 'generated')),
  source        text NOT NULL,
  sort          int NOT NULL
);
INSERT INTO reporting.unit (key, kind, name_vi, name_en, origin, source, sort)
SELECT code, 'moha_unit', name_vi, name_en, 'reference', 'platform.org_unit (' || source || ')',
       row_number() OVER (ORDER BY code)
  FROM platform.org_unit;
INSERT INTO reporting.unit (key, kind, name_vi, name_en, origin, source, sort)
SELECT key, 'ministry', name_vi, name_en, origin, 'awards.body (' || source || ')', 100 + sort
  FROM awards.body
 WHERE kind IN ('ministry', 'ministerial_agency') AND valid_to IS NULL AND key <> 'BO_NOI_VU';
INSERT INTO reporting.unit (key, kind, name_vi, name_en, province_key, origin, source, sort)
SELECT b.key, 'province', b.name_vi, b.name_en, b.province_key, 'reference', b.source, 1000 + p.code::int * 100
  FROM awards.body b JOIN platform.province p ON p.key = b.province_key
 WHERE b.kind = 'province' AND b.valid_to IS NULL;
INSERT INTO reporting.unit (key, kind, name_vi, name_en, parent_key, province_key, origin, source, sort)
SELECT d.code || '_' || pu.province_key, 'department', d.vi || ' ' || p.full_name, d.en || ', ' || p.name, pu.key,
       pu.province_key, 'generated', 'generated: provincial departments after Decree 45/2025 (names only)',
       pu.sort + d.n
  FROM reporting.unit pu JOIN platform.province p ON p.key = pu.province_key
 CROSS JOIN LATERAL unnest(
   ARRAY['SNV', 'STC', 'STP', 'SXD', 'SCT', 'SNNMT', 'SKHCN', 'SGDDT', 'SYT', 'SVHTTDL', 'SDTTG', 'SNGV',
         'VPUB', 'TTRA', 'BQLKKT', 'VPDDBQH'],
   ARRAY['Sở Nội vụ', 'Sở Tài chính', 'Sở Tư pháp', 'Sở Xây dựng', 'Sở Công Thương', 'Sở Nông nghiệp và Môi trường',
         'Sở Khoa học và Công nghệ', 'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Văn hóa, Thể thao và Du lịch',
         'Sở Dân tộc và Tôn giáo', 'Sở Ngoại vụ', 'Văn phòng Ủy ban nhân dân', 'Thanh tra',
         'Ban Quản lý các khu kinh tế, khu công nghiệp', 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân'],
   ARRAY['Department of Home Affairs', 'Department of Finance', 'Department of Justice', 'Department of Construction',
         'Department of Industry and Trade', 'Department of Agriculture and Environment',
         'Department of Science and Technology', 'Department of Education and Training', 'Department of Health',
         'Department of Culture, Sports and Tourism', 'Department of Ethnic and Religious Affairs',
         'Department of Foreign Affairs', 'Office of the People''s Committee', 'Inspectorate',
         'Management Board of Economic and Industrial Zones', 'Office of the National Assembly Delegation and the '
         || 'People''s Council']) WITH ORDINALITY AS d(code, vi, en, n)
 WHERE pu.kind = 'province';
INSERT INTO reporting.unit (key, kind, name_vi, name_en, parent_key, province_key, origin, source, sort)
SELECT 'XA' || lpad(g.i::text, 2, '0') || '_' || pu.province_key, 'commune',
       'Ủy ban nhân dân xã minh họa số ' || g.i || ', ' || p.full_name,
       'People''s Committee of demo commune ' || g.i || ', ' || p.name, pu.key, pu.province_key, 'generated',
       'generated: demo communes (the real commune list is not in shared/reference)', pu.sort + 50 + g.i
  FROM reporting.unit pu JOIN platform.province p ON p.key = pu.province_key
 CROSS JOIN generate_series(1, 14) AS g(i)
 WHERE pu.kind = 'province';
CREATE INDEX unit_kind_idx ON reporting.unit (kind, sort);

-- The report regimes. The deadline rule is data: a period's deadline is the end (23:59:59 Vietnam time) of the day
-- `deadline_days` days after the period's last day ("day 15 of the month after the period" = 15). `reporters` are the
-- kinds of unit that must report. `form` is the JSON Schema (2020-12) of the report's indicators: an object whose
-- properties are the indicators (numeric ones are aggregated; `title` is the Vietnamese name, `description` the
-- English one), checked by the API with the networknt validator.
CREATE TABLE reporting.regime (
  key             text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9-]{2,39}$'),
  code            text NOT NULL UNIQUE,
  direction       text NOT NULL REFERENCES reporting.direction(code),
  name_vi         text NOT NULL,
  name_en         text NOT NULL,
  legal_basis     text NOT NULL,
  frequency       text NOT NULL REFERENCES reporting.frequency(code),
  deadline_days   int NOT NULL CHECK (deadline_days BETWEEN 1 AND 90),
  deadline_rule_vi text GENERATED ALWAYS AS ('Chậm nhất ngày thứ ' || deadline_days::text
                   || ' kể từ ngày kết thúc kỳ báo cáo') STORED,
  deadline_rule_en text GENERATED ALWAYS AS ('Day ' || deadline_days::text || ' after the end of the period') STORED,
  reporters       text[] NOT NULL CHECK (cardinality(reporters) > 0),
  form            jsonb NOT NULL CHECK (jsonb_typeof(form) = 'object' AND form->>'type' = 'object'
                                        AND jsonb_typeof(form->'properties') = 'object'),
  first_year      int NOT NULL,
  origin          text NOT NULL CHECK (origin IN ('public_record', 'generated')),
  sort            int NOT NULL,
  modified_at     timestamptz NOT NULL DEFAULT now()
);

-- The periods of a regime (kỳ báo cáo); the deadline follows from the regime's rule.
CREATE TABLE reporting.period (
  id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  regime_key  text NOT NULL REFERENCES reporting.regime(key),
  key         text NOT NULL CHECK (key ~ '^[0-9]{4}(-(m(0[1-9]|1[0-2])|q[1-4]|h[12]|d[0-9]{2}))?$'),
  starts      date NOT NULL,
  ends        date NOT NULL,
  deadline    timestamptz NOT NULL,
  UNIQUE (regime_key, key),
  CHECK (ends >= starts)
);

-- The periods a regular regime has from its first year to `until_year` (monthly 2025-m03, quarterly 2025-q1,
-- six-monthly 2025-h1, yearly 2025); returns how many were made. Ad hoc periods (2025-d01) are inserted one by one.
CREATE FUNCTION reporting.deadline_of(regime_key text, ends date) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
  SELECT ((ends + r.deadline_days) + time '23:59:59') AT TIME ZONE 'Asia/Ho_Chi_Minh'
    FROM reporting.regime r WHERE r.key = deadline_of.regime_key
$$;

CREATE FUNCTION reporting.generate_periods(regime_key text, until_year int) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
  r reporting.regime;
  m int;
  made int;
BEGIN
  SELECT * INTO r FROM reporting.regime WHERE key = generate_periods.regime_key;
  SELECT months INTO m FROM reporting.frequency WHERE code = r.frequency;
  IF m IS NULL THEN
    RETURN 0;
  END IF;
  INSERT INTO reporting.period (regime_key, key, starts, ends, deadline)
  SELECT r.key,
         y || CASE m WHEN 1 THEN '-m' || lpad(i::text, 2, '0') WHEN 3 THEN '-q' || i WHEN 6 THEN '-h' || i ELSE '' END,
         make_date(y, (i - 1) * m + 1, 1),
         (make_date(y, (i - 1) * m + 1, 1) + make_interval(months => m) - interval '1 day')::date,
         reporting.deadline_of(r.key,
           (make_date(y, (i - 1) * m + 1, 1) + make_interval(months => m) - interval '1 day')::date)
    FROM generate_series(r.first_year, until_year) AS y
   CROSS JOIN generate_series(1, 12 / m) AS i
  ON CONFLICT DO NOTHING;
  GET DIAGNOSTICS made = ROW_COUNT;
  RETURN made;
END
$$;

-- The submission workflow as data: the API and the trigger accept exactly these steps. `actor` is who takes it: the
-- reporting unit or the Ministry Office.
CREATE TABLE reporting.submission_status (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO reporting.submission_status VALUES
  ('draft', 'Đang soạn', 'Draft', 1),
  ('submitted', 'Đã gửi', 'Submitted', 2),
  ('returned', 'Trả lại để chỉnh sửa', 'Returned for correction', 3),
  ('resubmitted', 'Đã gửi lại', 'Resubmitted', 4),
  ('accepted', 'Đã tiếp nhận', 'Accepted', 5);

CREATE TABLE reporting.transition_rule (
  from_status  text NOT NULL REFERENCES reporting.submission_status(code),
  action       text NOT NULL,
  to_status    text NOT NULL REFERENCES reporting.submission_status(code),
  actor        text NOT NULL CHECK (actor IN ('unit', 'office')),
  PRIMARY KEY (from_status, action),
  UNIQUE (from_status, to_status)
);
INSERT INTO reporting.transition_rule VALUES
  ('draft', 'submit', 'submitted', 'unit'),
  ('submitted', 'return', 'returned', 'office'),
  ('submitted', 'accept', 'accepted', 'office'),
  ('returned', 'resubmit', 'resubmitted', 'unit'),
  ('resubmitted', 'return', 'returned', 'office'),
  ('resubmitted', 'accept', 'accepted', 'office');

-- One report of one unit for one period. `data` holds the indicators (validated against the regime's form by the
-- API); `submitted_at` is the first submission and `on_time` whether it came by the period's deadline (set by the
-- trigger, never by a caller); a resubmission after a return keeps the first submission's timeliness.
CREATE TABLE reporting.submission (
  id                 bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  period_id          bigint NOT NULL REFERENCES reporting.period(id),
  unit_key           text NOT NULL REFERENCES reporting.unit(key),
  status_code        text NOT NULL DEFAULT 'draft' REFERENCES reporting.submission_status(code),
  data               jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(data) = 'object'),
  submitted_at       timestamptz,
  last_submitted_at  timestamptz,
  on_time            boolean,
  accepted_at        timestamptz,
  origin             text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'generated')),
  version            int NOT NULL DEFAULT 1,
  created_by         text NOT NULL,
  created_at         timestamptz NOT NULL DEFAULT now(),
  modified_at        timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT submission_one_per_unit_and_period UNIQUE (period_id, unit_key),
  CHECK ((submitted_at IS NULL) = (on_time IS NULL))
);
CREATE INDEX submission_unit_idx ON reporting.submission (unit_key, id);
CREATE INDEX submission_period_idx ON reporting.submission (period_id, status_code);

-- Every workflow step: who, when, from → to, why. Append-only.
CREATE TABLE reporting.transition (
  id             bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  submission_id  bigint NOT NULL REFERENCES reporting.submission(id) ON DELETE CASCADE,
  at             timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor          text NOT NULL,
  actor_unit     text,
  action         text NOT NULL,
  from_status    text REFERENCES reporting.submission_status(code),
  to_status      text NOT NULL REFERENCES reporting.submission_status(code),
  comment        text CHECK (length(comment) <= 4000)
);
CREATE INDEX transition_submission_idx ON reporting.transition (submission_id, at, id);
CREATE FUNCTION reporting.transition_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'reporting.transition is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER transition_no_update BEFORE UPDATE OR DELETE ON reporting.transition
  FOR EACH ROW EXECUTE FUNCTION reporting.transition_immutable();

-- SQLSTATE MH409 = "the data's state forbids this write" (a 409 problem; HINT = its stable code).
CREATE FUNCTION reporting.refuse(message text, code text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', message USING ERRCODE = 'MH409', HINT = code;
END
$$;

-- A status change must be a step of transition_rule; the indicators change only in a draft or a returned report; a
-- unit reports only for a period that has begun; the first submission fixes submitted_at and on_time.
CREATE FUNCTION reporting.submission_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  p reporting.period;
  rule reporting.transition_rule;
  at timestamptz;
BEGIN
  SELECT * INTO p FROM reporting.period WHERE id = NEW.period_id;
  IF TG_OP = 'INSERT' THEN
    IF NEW.status_code <> 'draft' THEN
      PERFORM reporting.refuse('A report starts as a draft.', 'illegal-transition');
    END IF;
    IF NEW.origin = 'api' AND p.starts > (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date THEN
      PERFORM reporting.refuse('Period ' || p.key || ' of regime ' || p.regime_key || ' begins on ' || p.starts
        || '; it cannot be reported yet.', 'period-not-started');
    END IF;
    NEW.submitted_at := NULL;
    NEW.on_time := NULL;
    RETURN NEW;
  END IF;
  IF NEW.period_id <> OLD.period_id OR NEW.unit_key <> OLD.unit_key THEN
    PERFORM reporting.refuse('A report stays with its unit and period.', 'immutable');
  END IF;
  IF NEW.data IS DISTINCT FROM OLD.data AND OLD.status_code NOT IN ('draft', 'returned') THEN
    PERFORM reporting.refuse('A report that is ' || OLD.status_code || ' no longer changes; the Ministry Office can '
      || 'return it for correction.', 'report-locked');
  END IF;
  IF NEW.status_code IS DISTINCT FROM OLD.status_code THEN
    SELECT * INTO rule FROM reporting.transition_rule
     WHERE from_status = OLD.status_code AND to_status = NEW.status_code;
    IF NOT FOUND THEN
      PERFORM reporting.refuse('A report cannot go from ' || OLD.status_code || ' to ' || NEW.status_code || '.',
        'illegal-transition');
    END IF;
    -- a caller may date the step (the demo seed does); else it happens now
    at := CASE WHEN NEW.last_submitted_at IS DISTINCT FROM OLD.last_submitted_at THEN NEW.last_submitted_at
               ELSE clock_timestamp() END;
    IF NEW.status_code = 'submitted' THEN
      NEW.submitted_at := coalesce(OLD.submitted_at, at);
      NEW.last_submitted_at := at;
      NEW.on_time := NEW.submitted_at <= p.deadline;
    ELSIF NEW.status_code = 'resubmitted' THEN
      NEW.last_submitted_at := at;
      NEW.submitted_at := OLD.submitted_at;
      NEW.on_time := OLD.on_time;
    ELSE
      NEW.submitted_at := OLD.submitted_at;
      NEW.on_time := OLD.on_time;
      NEW.last_submitted_at := OLD.last_submitted_at;
    END IF;
    IF NEW.status_code = 'accepted' THEN
      NEW.accepted_at := coalesce(NEW.accepted_at, clock_timestamp());
    END IF;
  ELSE
    NEW.submitted_at := OLD.submitted_at;
    NEW.on_time := OLD.on_time;
    NEW.last_submitted_at := OLD.last_submitted_at;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER submission_guard BEFORE INSERT OR UPDATE ON reporting.submission
  FOR EACH ROW EXECUTE FUNCTION reporting.submission_guard();

-- Who must report a period: the units of the regime's reporter kinds.
CREATE VIEW reporting.expected AS
SELECT p.id AS period_id, u.key AS unit_key
  FROM reporting.period p JOIN reporting.regime r ON r.key = p.regime_key
  JOIN reporting.unit u ON u.kind = ANY (r.reporters);

-- The compliance dashboard (restricted: it names the units): one row per period and expected unit, with the state of
-- its report. `state`: on_time / late (submitted after the deadline) / missing (nothing submitted and the deadline
-- passed) / pending (nothing submitted yet, the deadline still ahead).
CREATE VIEW reporting.unit_compliance AS
SELECT p.id AS period_id, p.regime_key, p.key AS period_key, p.deadline, e.unit_key, s.id AS submission_id,
       s.status_code, s.submitted_at, s.on_time,
       CASE WHEN s.submitted_at IS NOT NULL THEN CASE WHEN s.on_time THEN 'on_time' ELSE 'late' END
            WHEN now() > p.deadline THEN 'missing' ELSE 'pending' END AS state
  FROM reporting.expected e JOIN reporting.period p ON p.id = e.period_id
  LEFT JOIN reporting.submission s ON s.period_id = p.id AND s.unit_key = e.unit_key;

-- Open: the regime catalogue.
CREATE VIEW reporting.open_regime AS
SELECT r.key, r.code, r.direction, d.name_vi AS direction_vi, d.name_en AS direction_en, r.name_vi, r.name_en,
       r.legal_basis, r.frequency, f.name_vi AS frequency_vi, f.name_en AS frequency_en, r.deadline_days,
       r.deadline_rule_vi, r.deadline_rule_en, r.reporters, r.form, r.first_year, r.origin, r.sort, r.modified_at,
       (SELECT count(*) FROM reporting.unit u WHERE u.kind = ANY (r.reporters)) AS units_expected
  FROM reporting.regime r JOIN reporting.direction d ON d.code = r.direction
  JOIN reporting.frequency f ON f.code = r.frequency;

-- Open: compliance statistics per regime and period that has begun (counts of units — bodies, not people). `key`
-- names the record: regime key + period key.
CREATE VIEW reporting.open_compliance AS
SELECT p.id, p.regime_key || '-' || p.key AS key, p.regime_key, r.code AS regime_code, r.name_vi AS regime_vi,
       r.name_en AS regime_en, r.direction, r.frequency, p.key AS period_key, p.starts, p.ends, p.deadline,
       now() > p.deadline AS closed,
       count(*) AS expected,
       count(*) FILTER (WHERE c.state IN ('on_time', 'late')) AS reported,
       count(*) FILTER (WHERE c.state = 'on_time') AS on_time,
       count(*) FILTER (WHERE c.state = 'late') AS late,
       count(*) FILTER (WHERE c.state = 'missing') AS missing,
       count(*) FILTER (WHERE c.state = 'pending') AS pending,
       count(*) FILTER (WHERE c.status_code = 'accepted') AS accepted,
       count(*) FILTER (WHERE c.status_code = 'returned') AS returned,
       CASE WHEN count(*) = 0 THEN NULL
            ELSE round(100.0 * count(*) FILTER (WHERE c.state = 'on_time') / count(*), 1) END AS on_time_percent,
       r.origin,
       greatest(r.modified_at, max(s.modified_at)) AS modified_at
  FROM reporting.period p JOIN reporting.regime r ON r.key = p.regime_key
  JOIN reporting.unit_compliance c ON c.period_id = p.id
  LEFT JOIN reporting.submission s ON s.id = c.submission_id
 WHERE p.starts <= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
 GROUP BY p.id, r.key;

-- Open: the numeric indicators of a regime's form summed and averaged over the accepted reports of a period, in the
-- order of the form's `required` list (a jsonb object keeps its keys in its own order). Fewer than 3 reporting units →
-- sum and mean suppressed (see the header).
CREATE VIEW reporting.open_indicator AS
WITH ind AS (
  SELECT r.key AS regime_key, i.key AS indicator, i.value->>'title' AS title_vi,
         i.value->>'description' AS title_en,
         coalesce(array_position(ARRAY(SELECT jsonb_array_elements_text(r.form->'required')), i.key), 1000) AS ord
    FROM reporting.regime r CROSS JOIN LATERAL jsonb_each(r.form->'properties') AS i(key, value)
   WHERE i.value->>'type' IN ('integer', 'number')
), agg AS (
  SELECT ind.regime_key, ind.indicator, p.id AS period_id, count(*) AS units,
         sum((s.data->>ind.indicator)::numeric) AS total, avg((s.data->>ind.indicator)::numeric) AS mean
    FROM ind JOIN reporting.period p ON p.regime_key = ind.regime_key
    JOIN reporting.submission s ON s.period_id = p.id AND s.status_code = 'accepted'
     AND jsonb_typeof(s.data->ind.indicator) = 'number'
   GROUP BY ind.regime_key, ind.indicator, p.id
)
SELECT p.regime_key, p.key AS period_key, p.starts, p.ends, ind.indicator, ind.title_vi, ind.title_en,
       ind.ord, coalesce(a.units, 0) AS units, coalesce(a.units, 0) < 3 AS suppressed,
       CASE WHEN a.units >= 3 THEN a.total END AS total,
       CASE WHEN a.units >= 3 THEN round(a.mean, 2) END AS mean
  FROM ind JOIN reporting.period p ON p.regime_key = ind.regime_key
  LEFT JOIN agg a ON a.regime_key = ind.regime_key AND a.indicator = ind.indicator AND a.period_id = p.id
 WHERE p.starts <= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;

-- The open dataset in the catalogue (publisher: the Ministry Office, which runs the reporting system) and its theme.
INSERT INTO catalog.theme VALUES
  ('bao-cao-thong-ke', 'Báo cáo, thống kê', 'Reporting and statistics');
INSERT INTO catalog.dataset (name, position, title_vi, title_en, description_vi, description_en, publisher,
                             eu_themes, themes, keywords_vi, keywords_en) VALUES
  ('reporting-compliance', 10,
   'Tình hình thực hiện chế độ báo cáo định kỳ',
   'Compliance with the periodic reporting regimes',
   'Thống kê tình hình gửi báo cáo theo từng chế độ báo cáo và kỳ báo cáo trên Hệ thống thông tin báo cáo của Bộ Nội '
   || 'vụ: số đơn vị phải báo cáo, đã báo cáo, đúng hạn, quá hạn, chưa báo cáo. Chỉ gồm số đếm theo đơn vị (cơ quan, '
   || 'tổ chức), không có dữ liệu cá nhân. Danh mục chế độ báo cáo và số liệu là dữ liệu minh họa được sinh tự động.',
   'Statistics of report submission per reporting regime and period on the reporting information system of the '
   || 'Ministry of Home Affairs: units expected to report, reported, on time, late, missing. Counts of units '
   || '(agencies), no personal data. The regime catalogue and the figures are generated demo data.',
   'VAN_PHONG', '{GOVE}', '{bao-cao-thong-ke}',
   '{chế độ báo cáo,báo cáo định kỳ,hệ thống thông tin báo cáo,đúng hạn,quá hạn}',
   '{reporting regimes,periodic reports,reporting information system,compliance,on time,late}');
