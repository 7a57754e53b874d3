-- Demo content for the PAR Index (V015):
--   parindex.seed_demo() RETURNS int
--
-- The server calls SELECT parindex.seed_demo() once, on first start, when parindex.round is empty. It runs inside the
-- caller's transaction and returns the number of assessments it made.
--
-- WHAT IS REAL: the units, the criteria sets' fields and counts, the 2023/2024 results of V015. Everything below is
-- generated and marked origin = 'generated' (rounds, assessments, and the results they publish).
--
-- WHAT IS GENERATED
--   * Round 2025 for each group ("2025-bo": the 14 ministries and ministry-level agencies; "2025-tinh": the 34
--     provinces of today) on 876/QĐ-BNV: opens 2025-12-15, self-assessment deadline 2026-01-31 17:00 Vietnam time,
--     appraisal in February–March, published 2026-04-10 09:00 (the 2024 results were announced on 2025-04-06).
--     Every unit scores every self-scored leaf of its set with an explanation, and evidence metadata (title, number,
--     date, URL — no files) where the criterion needs it and points were claimed; it submits between 5 and 30
--     January, about one in eight withdraws the next day and submits again. The council (demo-council-vu_cchc, unit
--     VU_CCHC) enters the survey points and lowers the self-assessed points of about one leaf in five, with a reason,
--     then appraises; the round is published with parindex.publish, so its ranks, field scores and group mean come
--     from the database's own views.
--     A unit's level is a stable hash of its key (index between ~72 % and ~96 %); each leaf varies around it.
--   * Round 2026 for each group, open for self-assessment: opens 2026-12-15, deadline 2027-01-31 17:00 Vietnam time,
--     one draft assessment per current unit and no score yet (the README's examples use it).
--
-- Determinism: every choice is hashtext() of the unit key, criterion code and a salt (& 0x7fffffff) — stable on
-- PostgreSQL 15–17; no random(), and no now() in any value (dates are the fixed ones above). Set-based statements.
--
-- The workflow is replayed in its order so that the triggers of V015 accept every step: the 2025 rounds are made with
-- an open deadline, the units score and submit, then the deadline is set to its real, past value before the council
-- appraises and publishes. Timing: 2–4 s on a 2-core machine (48 assessments, ~5,000 scores).
CREATE OR REPLACE FUNCTION parindex.seed_demo() RETURNS int
LANGUAGE plpgsql
SET client_min_messages = warning
AS $seed$
DECLARE
  c_tz       constant text := 'Asia/Ho_Chi_Minh';
  c_council  constant text := 'demo-council-vu_cchc';
  made       int;
BEGIN
  INSERT INTO parindex.round (key, year, set_key, group_code, name_vi, name_en, opens, deadline, origin, created_by,
                              created_at, modified_at)
  SELECT y || '-' || g.slug, y, g.set_key, g.code,
         'Đánh giá Chỉ số cải cách hành chính năm ' || y || ' — ' || lower(ug.name_vi) || ' (dữ liệu minh họa)',
         'PAR Index ' || y || ' — ' || lower(ug.name_en) || ' (demo data)',
         make_date(y, 12, 15),
         CASE WHEN y = 2025 THEN 'infinity'::timestamptz
              ELSE (make_date(y + 1, 1, 31) + time '17:00') AT TIME ZONE c_tz END,
         'generated', c_council, make_date(y, 12, 1)::timestamptz, make_date(y, 12, 1)::timestamptz
    FROM (VALUES ('ministry', 'bo', 'bo-2022'), ('province', 'tinh', 'tinh-2022')) AS g(code, slug, set_key)
    JOIN parindex.unit_group ug ON ug.code = g.code
   CROSS JOIN (VALUES (2025), (2026)) AS yy(y);

  INSERT INTO parindex.assessment (round_id, unit_key, origin, created_at, modified_at)
  SELECT r.id, u.key, 'generated', r.opens::timestamptz, r.opens::timestamptz
    FROM parindex.round r JOIN parindex.unit u ON u.group_code = r.group_code AND u.valid_to IS NULL
   WHERE r.origin = 'generated'
   ORDER BY r.id, u.sort, u.key;
  GET DIAGNOSTICS made = ROW_COUNT;

  -- one row per assessment of 2025 and leaf of its set, with the unit's level and the leaf's hashes
  CREATE TEMPORARY TABLE seed_leaf ON COMMIT DROP AS
  SELECT a.id AS assessment_id, a.unit_key, u.group_code, c.set_key, c.code, c.max_points, c.scored_by,
         c.evidence_required,
         0.72 + (hashtext(a.unit_key || ':level') & 2147483647) % 25 / 100.0 AS level,
         (hashtext(a.unit_key || ':' || c.code || ':self') & 2147483647) % 1000 / 1000.0 AS h1,
         (hashtext(a.unit_key || ':' || c.code || ':cut') & 2147483647) % 1000 / 1000.0 AS h2,
         (hashtext(a.unit_key || ':' || c.code || ':num') & 2147483647) AS h3
    FROM parindex.assessment a
    JOIN parindex.round r ON r.id = a.round_id AND r.year = 2025 AND r.origin = 'generated'
    JOIN parindex.unit u ON u.key = a.unit_key
    JOIN parindex.criterion c ON c.set_key = r.set_key AND c.leaf;

  -- the unit's own points: around its level, in quarter points, a little generous
  INSERT INTO parindex.score (assessment_id, set_key, criterion_code, self_points, explanation, evidence, modified_at)
  SELECT l.assessment_id, l.set_key, l.code, p.points,
         CASE WHEN p.points = l.max_points
              THEN 'Đơn vị đã thực hiện đầy đủ nội dung của tiêu chí; chi tiết tại tài liệu kiểm chứng kèm theo.'
              WHEN p.points = 0
              THEN 'Đơn vị chưa thực hiện nội dung này trong năm 2025; nguyên nhân nêu tại báo cáo cải cách hành chính.'
              ELSE 'Đơn vị thực hiện được một phần nội dung của tiêu chí; tồn tại, hạn chế và giải pháp nêu tại báo cáo '
                   || 'cải cách hành chính năm 2025.' END,
         CASE WHEN l.evidence_required AND p.points > 0 THEN jsonb_build_array(jsonb_build_object(
           'title', 'Tài liệu kiểm chứng tiêu chí ' || l.code || ' (dữ liệu minh họa)',
           'number', (l.h3 % 900 + 100) || '/BC-' || CASE l.group_code WHEN 'province' THEN 'UBND'
                      ELSE regexp_replace(initcap(lower(replace(l.unit_key, '_', ' '))), '[^A-Z]', '', 'g') END,
           'date', to_char(date '2025-03-01' + (l.h3 % 280)::int, 'YYYY-MM-DD'),
           'url', 'https://cchc.example.vn/kiem-chung/' || lower(l.unit_key) || '/2025/' || l.code))
           ELSE '[]'::jsonb END,
         timestamptz '2026-01-05 09:00+07'
    FROM seed_leaf l
    CROSS JOIN LATERAL (SELECT least(l.max_points, greatest(0,
      round(l.max_points * least(1.0, l.level + 0.06 + (l.h1 - 0.5) * 0.3) * 4) / 4)) AS points) p
   WHERE l.scored_by = 'self';

  -- submissions (5-30 January, office hours); one unit in eight withdraws the next morning and submits again
  CREATE TEMPORARY TABLE seed_sub ON COMMIT DROP AS
  SELECT a.id, a.unit_key, r.key AS round_key,
         (make_date(2026, 1, 5 + (hashtext(a.unit_key || ':sub') & 2147483647) % 26) + time '08:00'
           + ((hashtext(a.unit_key || ':min') & 2147483647) % 480) * interval '1 minute') AT TIME ZONE c_tz AS at,
         (hashtext(a.unit_key || ':wd') & 2147483647) % 8 = 0 AS withdraws
    FROM parindex.assessment a JOIN parindex.round r ON r.id = a.round_id AND r.year = 2025
   WHERE r.origin = 'generated';
  INSERT INTO parindex.transition (assessment_id, at, actor, actor_unit, action, from_status, to_status)
  SELECT s.id, t.at, 'demo-officer-' || lower(s.unit_key), s.unit_key, t.action, t.from_status, t.to_status
    FROM seed_sub s CROSS JOIN LATERAL (VALUES
      (1, s.at, 'submit', 'draft', 'submitted'),
      (2, s.at + interval '1 day', 'withdraw', 'submitted', 'draft'),
      (3, s.at + interval '1 day 2 hours', 'submit', 'draft', 'submitted')) AS t(n, at, action, from_status, to_status)
   WHERE t.n = 1 OR s.withdraws
   ORDER BY t.at, s.id;
  UPDATE parindex.assessment a SET status_code = 'submitted',
         submitted_at = s.at + CASE WHEN s.withdraws THEN interval '1 day 2 hours' ELSE interval '0' END,
         version = CASE WHEN s.withdraws THEN 4 ELSE 2 END,
         modified_at = s.at + CASE WHEN s.withdraws THEN interval '1 day 2 hours' ELSE interval '0' END
    FROM seed_sub s WHERE s.id = a.id;

  -- the deadline passes
  UPDATE parindex.round SET deadline = (date '2026-01-31' + time '17:00') AT TIME ZONE c_tz
   WHERE year = 2025 AND origin = 'generated';

  -- the council: survey points, and one self-scored leaf in five lowered with a reason
  INSERT INTO parindex.score (assessment_id, set_key, criterion_code, survey_points, modified_at)
  SELECT l.assessment_id, l.set_key, l.code,
         least(l.max_points, greatest(0, round(l.max_points * least(1.0, l.level - 0.04 + (l.h1 - 0.5) * 0.2) * 4) / 4)),
         timestamptz '2026-03-02 10:00+07'
    FROM seed_leaf l WHERE l.scored_by = 'survey';
  UPDATE parindex.score s SET
         appraised_points = greatest(0, s.self_points - greatest(0.25, round(s.self_points * (0.2 + l.h2 * 0.3) * 4) / 4)),
         appraisal_reason = (ARRAY[
           'Tài liệu kiểm chứng chưa thể hiện đầy đủ kết quả thực hiện; chấm theo mức độ hoàn thành thực tế.',
           'Văn bản ban hành chậm so với thời hạn quy định.',
           'Chưa có báo cáo kết quả thực hiện theo đúng mẫu và thời hạn.',
           'Tỷ lệ hoàn thành thấp hơn mức tự đánh giá; điều chỉnh theo số liệu tổng hợp của Bộ Nội vụ.'])
           [1 + (l.h3 % 4)],
         modified_at = timestamptz '2026-03-02 10:00+07'
    FROM seed_leaf l
   WHERE l.assessment_id = s.assessment_id AND l.code = s.criterion_code AND l.scored_by = 'self'
     AND l.h2 < 0.2 AND s.self_points > 0;

  -- appraisal (10 February - 20 March) and publication
  INSERT INTO parindex.transition (assessment_id, at, actor, actor_unit, action, from_status, to_status)
  SELECT s.id, (make_date(2026, 2, 10) + (hashtext(s.unit_key || ':appr') & 2147483647) % 38 + time '14:00')
           AT TIME ZONE c_tz, c_council, 'VU_CCHC', 'appraise', 'submitted', 'appraised'
    FROM seed_sub s ORDER BY 2, 1;
  UPDATE parindex.assessment a SET status_code = 'appraised', appraised_at = t.at, version = a.version + 1,
         modified_at = t.at
    FROM parindex.transition t WHERE t.assessment_id = a.id AND t.action = 'appraise';
  PERFORM parindex.publish(key, c_council, timestamptz '2026-04-10 09:00+07')
     FROM parindex.round WHERE year = 2025 AND origin = 'generated' ORDER BY key;
  RETURN made;
END
$seed$;
