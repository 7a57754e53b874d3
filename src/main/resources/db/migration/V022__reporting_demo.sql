-- Demo content of the reporting system (V021), all of it generated (origin = 'generated'):
--   * the 36 regimes (14 to the Government, 22 from ministries and localities — the counts are real, moha-platforms.md
--     row 5; names, legal bases, frequencies, deadlines and forms are plausible inventions for the ministry's fields,
--     under the real framework of Decree 09/2019/NĐ-CP on the reporting regimes of state administrative agencies),
--     and their periods of 2024–2026 (ad hoc regimes: one period a year);
--   * reporting.seed_demo() RETURNS int, called by the server once on first start when reporting.submission is
--     empty: the reports of every period whose deadline fell before 2026-11-20 (about one unit in twelve never reports
--     a period, about one report in seven comes late, one in fifteen is returned once and resubmitted, the last
--     periods' reports still await the office), and drafts for the open periods. Returns the number of reports.
--
-- Determinism: every choice is hashtext() of the unit key, the period and a salt (& 0x7fffffff) — stable on PostgreSQL
-- 15–17; no random(), and no now() in any value (the dates follow from the periods' deadlines). Set-based.

-- The forms: one per field of the ministry; numeric indicators (integer ≥ 0, or a percentage) plus a free note.
CREATE TEMPORARY TABLE form_field (field text, ord int, key text, type text, vi text, en text) ON COMMIT DROP;
INSERT INTO form_field VALUES
  ('to_chuc', 1, 'so_co_quan_hanh_chinh', 'integer', 'Số cơ quan hành chính', 'Administrative agencies'),
  ('to_chuc', 2, 'so_don_vi_su_nghiep', 'integer', 'Số đơn vị sự nghiệp công lập', 'Public service units'),
  ('to_chuc', 3, 'so_dau_moi_giam', 'integer', 'Số đầu mối giảm sau sắp xếp', 'Bodies removed by reorganisation'),
  ('bien_che', 1, 'bien_che_duoc_giao', 'integer', 'Biên chế được giao', 'Staff quota assigned'),
  ('bien_che', 2, 'bien_che_co_mat', 'integer', 'Biên chế có mặt', 'Staff in post'),
  ('bien_che', 3, 'so_tinh_gian', 'integer', 'Số người tinh giản biên chế', 'Staff reductions'),
  ('tuyen_dung', 1, 'chi_tieu_tuyen_dung', 'integer', 'Chỉ tiêu tuyển dụng', 'Recruitment places'),
  ('tuyen_dung', 2, 'so_trung_tuyen', 'integer', 'Số người trúng tuyển', 'Candidates recruited'),
  ('tuyen_dung', 3, 'so_thoi_viec', 'integer', 'Số người thôi việc, nghỉ việc', 'Resignations and departures'),
  ('dao_tao', 1, 'so_luot_boi_duong', 'integer', 'Số lượt cán bộ, công chức được bồi dưỡng', 'Training attendances'),
  ('dao_tao', 2, 'so_lop', 'integer', 'Số lớp đào tạo, bồi dưỡng', 'Training courses held'),
  ('dao_tao', 3, 'kinh_phi_trieu_dong', 'number', 'Kinh phí (triệu đồng)', 'Funding (million VND)'),
  ('cchc', 1, 'so_tthc_cong_bo', 'integer', 'Số thủ tục hành chính được công bố',
   'Administrative procedures published'),
  ('cchc', 2, 'so_ho_so_tiep_nhan', 'integer', 'Số hồ sơ tiếp nhận', 'Dossiers received'),
  ('cchc', 3, 'ty_le_dung_han', 'number', 'Tỷ lệ hồ sơ giải quyết đúng hạn (%)', 'Dossiers handled on time (%)'),
  ('thi_dua', 1, 'so_phong_trao', 'integer', 'Số phong trào thi đua phát động', 'Emulation movements launched'),
  ('thi_dua', 2, 'so_khen_thuong', 'integer', 'Số tập thể, cá nhân được khen thưởng', 'Awards conferred'),
  ('van_thu', 1, 'so_van_ban_den', 'integer', 'Số văn bản đến', 'Incoming documents'),
  ('van_thu', 2, 'so_van_ban_di', 'integer', 'Số văn bản đi', 'Outgoing documents'),
  ('van_thu', 3, 'so_ho_so_nop_luu', 'integer', 'Số hồ sơ nộp lưu', 'Files deposited in the archives'),
  ('ton_giao', 1, 'so_co_so_ton_giao', 'integer', 'Số cơ sở tín ngưỡng, tôn giáo', 'Places of worship'),
  ('ton_giao', 2, 'so_vu_viec', 'integer', 'Số vụ việc phát sinh', 'Incidents arising'),
  ('chinh_quyen', 1, 'so_don_vi_cap_xa', 'integer', 'Số đơn vị hành chính cấp xã', 'Commune-level units'),
  ('chinh_quyen', 2, 'so_cuoc_tiep_xuc_cu_tri', 'integer', 'Số cuộc tiếp xúc cử tri', 'Meetings with voters'),
  ('lao_dong', 1, 'so_lao_dong_co_viec_lam', 'integer', 'Số lao động được giải quyết việc làm',
   'People placed in jobs'),
  ('lao_dong', 2, 'so_nguoi_huong_bhtn', 'integer', 'Số người hưởng bảo hiểm thất nghiệp',
   'Unemployment-insurance recipients'),
  ('thanh_nien', 1, 'so_thanh_nien_tham_gia', 'integer', 'Số lượt thanh niên tham gia', 'Young people taking part'),
  ('thanh_nien', 2, 'so_du_an', 'integer', 'Số dự án, đề án thanh niên', 'Youth projects'),
  ('thanh_tra', 1, 'so_cuoc_thanh_tra', 'integer', 'Số cuộc thanh tra, kiểm tra', 'Inspections'),
  ('thanh_tra', 2, 'so_don_thu', 'integer', 'Số đơn thư tiếp nhận', 'Complaints received');

CREATE TEMPORARY TABLE form ON COMMIT DROP AS
SELECT field, jsonb_build_object(
         '$schema', 'https://json-schema.org/draft/2020-12/schema',
         'type', 'object',
         'additionalProperties', false,
         'required', jsonb_agg(key ORDER BY ord),
         'properties', jsonb_object_agg(key, CASE type WHEN 'integer'
             THEN jsonb_build_object('type', 'integer', 'minimum', 0, 'title', vi, 'description', en)
             ELSE jsonb_build_object('type', 'number', 'minimum', 0, 'title', vi, 'description', en)
               || CASE WHEN vi LIKE '%(\%)' THEN jsonb_build_object('maximum', 100) ELSE '{}' END END)
           || jsonb_build_object('ghi_chu', jsonb_build_object('type', 'string', 'maxLength', 2000,
                'title', 'Ghi chú', 'description', 'Note'))) AS schema
  FROM form_field GROUP BY field;

INSERT INTO reporting.regime (key, code, direction, name_vi, name_en, legal_basis, frequency, deadline_days,
                              reporters, form, first_year, origin, sort)
SELECT v.key, upper(v.key), v.direction, v.vi || ' (dữ liệu minh họa)', v.en || ' (demo data)',
       'Nghị định 09/2019/NĐ-CP quy định về chế độ báo cáo của cơ quan hành chính nhà nước; ' || v.basis
       || ' (căn cứ cụ thể là dữ liệu minh họa)', v.frequency, v.days, v.reporters, f.schema, 2024, 'generated', v.n
  FROM (VALUES
    -- to the Government and the Prime Minister: filled in by the ministry's own units, compiled by the Office
    (1, 'cp-01', 'to_government', 'Báo cáo tình hình tổ chức bộ máy hành chính nhà nước',
     'Report on the organisation of the state administration', 'Quyết định về chế độ báo cáo của Bộ Nội vụ',
     'quarterly', 10, '{moha_unit}'::text[], 'to_chuc'),
    (2, 'cp-02', 'to_government', 'Báo cáo tình hình quản lý biên chế', 'Report on staffing management',
     'Quyết định về chế độ báo cáo của Bộ Nội vụ', 'half_yearly', 15, '{moha_unit}', 'bien_che'),
    (3, 'cp-03', 'to_government', 'Báo cáo kết quả cải cách hành chính', 'Report on public administration reform',
     'Nghị quyết của Chính phủ về cải cách hành chính', 'quarterly', 12, '{moha_unit}', 'cchc'),
    (4, 'cp-04', 'to_government', 'Báo cáo công tác thi đua, khen thưởng', 'Report on emulation and commendation',
     'Luật Thi đua, khen thưởng 2022', 'yearly', 20, '{moha_unit}', 'thi_dua'),
    (5, 'cp-05', 'to_government', 'Báo cáo công tác văn thư, lưu trữ', 'Report on records and archives',
     'Luật Lưu trữ 2024', 'yearly', 30, '{moha_unit}', 'van_thu'),
    (6, 'cp-06', 'to_government', 'Báo cáo tình hình tín ngưỡng, tôn giáo', 'Report on beliefs and religion',
     'Luật Tín ngưỡng, tôn giáo 2016', 'half_yearly', 15, '{moha_unit}', 'ton_giao'),
    (7, 'cp-07', 'to_government', 'Báo cáo công tác đào tạo, bồi dưỡng cán bộ, công chức',
     'Report on the training of civil servants', 'Nghị định về đào tạo, bồi dưỡng cán bộ, công chức', 'yearly', 25,
     '{moha_unit}', 'dao_tao'),
    (8, 'cp-08', 'to_government', 'Báo cáo tình hình lao động, việc làm', 'Report on labour and employment',
     'Luật Việc làm', 'monthly', 5, '{moha_unit}', 'lao_dong'),
    (9, 'cp-09', 'to_government', 'Báo cáo công tác thanh tra, giải quyết khiếu nại, tố cáo',
     'Report on inspections, complaints and denunciations', 'Luật Thanh tra 2022', 'quarterly', 10, '{moha_unit}',
     'thanh_tra'),
    (10, 'cp-10', 'to_government', 'Báo cáo tình hình chính quyền địa phương', 'Report on local government',
     'Luật Tổ chức chính quyền địa phương 2025', 'half_yearly', 20, '{moha_unit}', 'chinh_quyen'),
    (11, 'cp-11', 'to_government', 'Báo cáo công tác thanh niên', 'Report on youth affairs', 'Luật Thanh niên 2020',
     'yearly', 20, '{moha_unit}', 'thanh_nien'),
    (12, 'cp-12', 'to_government', 'Báo cáo tuyển dụng công chức, viên chức',
     'Report on the recruitment of civil servants and public employees', 'Luật Cán bộ, công chức 2025', 'half_yearly',
     15, '{moha_unit}', 'tuyen_dung'),
    (13, 'cp-13', 'to_government', 'Báo cáo tình hình thực hiện nhiệm vụ Chính phủ giao',
     'Report on tasks assigned by the Government', 'Quy chế làm việc của Chính phủ', 'monthly', 3, '{moha_unit}',
     'cchc'),
    (14, 'cp-14', 'to_government', 'Báo cáo đột xuất về tổ chức bộ máy theo yêu cầu của Thủ tướng Chính phủ',
     'Ad hoc report on organisation requested by the Prime Minister', 'Văn bản chỉ đạo của Thủ tướng Chính phủ',
     'ad_hoc', 7, '{moha_unit}', 'to_chuc'),
    -- from ministries, sectors and localities to the ministry
    (15, 'bnv-01', 'to_ministry', 'Báo cáo số lượng, chất lượng cán bộ, công chức',
     'Report on the number and quality of civil servants', 'Thông tư về chế độ báo cáo thống kê ngành Nội vụ',
     'yearly', 31, '{ministry,province}', 'bien_che'),
    (16, 'bnv-02', 'to_ministry', 'Báo cáo tình hình sắp xếp tổ chức bộ máy',
     'Report on the reorganisation of the apparatus', 'Nghị quyết 18-NQ/TW và văn bản hướng dẫn', 'quarterly', 10,
     '{ministry,province}', 'to_chuc'),
    (17, 'bnv-03', 'to_ministry', 'Báo cáo kết quả cải cách hành chính',
     'Report on public administration reform results',
     'Chương trình tổng thể cải cách hành chính nhà nước 2021–2030', 'quarterly', 15, '{ministry,province}', 'cchc'),
    (18, 'bnv-04', 'to_ministry', 'Báo cáo tuyển dụng công chức, viên chức',
     'Report on the recruitment of civil servants and public employees', 'Nghị định về tuyển dụng công chức',
     'half_yearly', 15, '{ministry,province}', 'tuyen_dung'),
    (19, 'bnv-05', 'to_ministry', 'Báo cáo công tác đào tạo, bồi dưỡng', 'Report on training',
     'Nghị định về đào tạo, bồi dưỡng cán bộ, công chức', 'yearly', 31, '{ministry,province}', 'dao_tao'),
    (20, 'bnv-06', 'to_ministry', 'Báo cáo công tác thi đua, khen thưởng', 'Report on emulation and commendation',
     'Luật Thi đua, khen thưởng 2022', 'yearly', 20, '{ministry,province}', 'thi_dua'),
    (21, 'bnv-07', 'to_ministry', 'Báo cáo công tác văn thư, lưu trữ', 'Report on records and archives',
     'Luật Lưu trữ 2024', 'yearly', 45, '{ministry,province,department}', 'van_thu'),
    (22, 'bnv-08', 'to_ministry', 'Báo cáo tình hình tín ngưỡng, tôn giáo', 'Report on beliefs and religion',
     'Luật Tín ngưỡng, tôn giáo 2016', 'half_yearly', 10, '{province}', 'ton_giao'),
    (23, 'bnv-09', 'to_ministry', 'Báo cáo tình hình chính quyền cấp xã', 'Report on commune-level government',
     'Luật Tổ chức chính quyền địa phương 2025', 'yearly', 30, '{province,commune}', 'chinh_quyen'),
    (24, 'bnv-10', 'to_ministry', 'Báo cáo tình hình lao động, việc làm', 'Report on labour and employment',
     'Luật Việc làm', 'monthly', 10, '{province}', 'lao_dong'),
    (25, 'bnv-11', 'to_ministry', 'Báo cáo công tác thanh niên', 'Report on youth affairs', 'Luật Thanh niên 2020',
     'yearly', 30, '{ministry,province}', 'thanh_nien'),
    (26, 'bnv-12', 'to_ministry', 'Báo cáo công tác thanh tra ngành Nội vụ', 'Report on home-affairs inspections',
     'Luật Thanh tra 2022', 'half_yearly', 15, '{province}', 'thanh_tra'),
    (27, 'bnv-13', 'to_ministry', 'Báo cáo tình hình quản lý biên chế', 'Report on staffing management',
     'Nghị định về quản lý biên chế công chức', 'half_yearly', 20, '{ministry,province}', 'bien_che'),
    (28, 'bnv-14', 'to_ministry', 'Báo cáo kết quả giải quyết thủ tục hành chính ngành Nội vụ',
     'Report on administrative procedures of the home-affairs sector', 'Nghị định 61/2018/NĐ-CP về cơ chế một cửa',
     'quarterly', 10, '{province}', 'cchc'),
    (29, 'bnv-15', 'to_ministry', 'Báo cáo tổ chức bộ máy các sở, ngành cấp tỉnh',
     'Report on the organisation of provincial departments', 'Nghị định 45/2025/NĐ-CP', 'yearly', 20, '{department}',
     'to_chuc'),
    (30, 'bnv-16', 'to_ministry', 'Báo cáo đào tạo, bồi dưỡng cấp xã', 'Report on training at commune level',
     'Nghị định về đào tạo, bồi dưỡng cán bộ, công chức', 'yearly', 31, '{commune}', 'dao_tao'),
    (31, 'bnv-17', 'to_ministry', 'Báo cáo thi đua, khen thưởng của các sở, ngành',
     'Report on emulation by departments',
     'Luật Thi đua, khen thưởng 2022', 'yearly', 20, '{department}', 'thi_dua'),
    (32, 'bnv-18', 'to_ministry', 'Báo cáo tình hình công chức cấp xã', 'Report on commune civil servants',
     'Nghị định về cán bộ, công chức cấp xã', 'half_yearly', 20, '{province}', 'bien_che'),
    (33, 'bnv-19', 'to_ministry', 'Báo cáo kết quả thực hiện Chỉ số cải cách hành chính',
     'Report on the PAR Index follow-up', 'Quyết định 876/QĐ-BNV', 'yearly', 15, '{ministry,province}', 'cchc'),
    (34, 'bnv-20', 'to_ministry', 'Báo cáo tình hình hội, quỹ', 'Report on associations and funds',
     'Nghị định 126/2024/NĐ-CP về hội', 'yearly', 31, '{province}', 'to_chuc'),
    (35, 'bnv-21', 'to_ministry', 'Báo cáo tình hình văn thư của các bộ', 'Report on records by the ministries',
     'Nghị định 30/2020/NĐ-CP về công tác văn thư', 'half_yearly', 15, '{ministry}', 'van_thu'),
    (36, 'bnv-22', 'to_ministry', 'Báo cáo đột xuất về sắp xếp đơn vị hành chính',
     'Ad hoc report on the reorganisation of administrative units', 'Văn bản chỉ đạo của Bộ trưởng Bộ Nội vụ',
     'ad_hoc', 10, '{province}', 'chinh_quyen')
  ) AS v(n, key, direction, vi, en, basis, frequency, days, reporters, field)
  JOIN form f ON f.field = v.field;

SELECT reporting.generate_periods(key, 2026) FROM reporting.regime ORDER BY sort;
-- ad hoc regimes: one request a year (from a fixed day, a month to answer)
INSERT INTO reporting.period (regime_key, key, starts, ends, deadline)
SELECT r.key, y || '-d01', make_date(y, 3 + r.sort % 5, 1), make_date(y, 3 + r.sort % 5, 1) + 20,
       reporting.deadline_of(r.key, make_date(y, 3 + r.sort % 5, 1) + 20)
  FROM reporting.regime r CROSS JOIN generate_series(2024, 2026) AS y
 WHERE r.frequency = 'ad_hoc';

CREATE OR REPLACE FUNCTION reporting.seed_demo() RETURNS int
LANGUAGE plpgsql
SET client_min_messages = warning
AS $seed$
DECLARE
  c_cutoff  constant timestamptz := '2026-11-20 00:00:00+07';
  made      int;
BEGIN
  -- who reports what, with a stable hash per unit and period; h % 12 = 0 → never reports that period
  CREATE TEMPORARY TABLE seed_plan ON COMMIT DROP AS
  SELECT p.id AS period_id, p.regime_key, p.key AS period_key, p.starts, p.ends, p.deadline, e.unit_key,
         hashtext(e.unit_key || '/' || p.regime_key || '/' || p.key) & 2147483647 AS h,
         hashtext(e.unit_key || '/level') & 2147483647 AS level
    FROM reporting.period p JOIN reporting.expected e ON e.period_id = p.id
   WHERE p.starts < c_cutoff;
  DELETE FROM seed_plan WHERE deadline < c_cutoff AND h % 12 = 0;
  DELETE FROM seed_plan WHERE deadline >= c_cutoff AND h % 3 <> 0;

  -- the indicators: each numeric one near a level of the unit (a stable size), varying per period
  INSERT INTO reporting.submission (period_id, unit_key, data, origin, created_by, created_at, modified_at)
  SELECT s.period_id, s.unit_key,
         (SELECT jsonb_object_agg(i.key, CASE
                   WHEN i.value->>'maximum' = '100' THEN round((80 + (s.h / 7 + i.ord * 13) % 200 / 10.0)::numeric, 1)
                   WHEN i.value->>'type' = 'number'
                     THEN round(((10 + s.level % 400) * (0.8 + ((s.h / 11 + i.ord) % 40) / 100.0))::numeric, 1)
                   ELSE ((5 + s.level % 300) * (8 + (s.h / 17 + i.ord * 7) % 5) / 10)::int END)
            FROM reporting.regime r
           CROSS JOIN LATERAL jsonb_each(r.form->'properties') WITH ORDINALITY AS i(key, value, ord)
           WHERE r.key = s.regime_key AND i.value->>'type' IN ('integer', 'number')),
         'generated', 'demo-' || lower(s.unit_key), least(s.ends::timestamptz, c_cutoff),
         least(s.ends::timestamptz, c_cutoff)
    FROM seed_plan s
   ORDER BY s.period_id, s.unit_key;
  GET DIAGNOSTICS made = ROW_COUNT;

  -- first submission: 1 in 7 late (1–20 days after the deadline, never after the cutoff), the others 0–12 days
  -- before it; no date of the seed lies after the cutoff (a download's version is the latest change)
  UPDATE reporting.submission sub
     SET status_code = 'submitted',
         last_submitted_at = CASE WHEN s.h % 7 = 0
                                  THEN least(s.deadline + make_interval(days => 1 + s.h % 20, hours => -6), c_cutoff)
                                  ELSE s.deadline - make_interval(days => s.h % 13, hours => 8) END,
         modified_at = CASE WHEN s.h % 7 = 0
                            THEN least(s.deadline + make_interval(days => 1 + s.h % 20, hours => -6), c_cutoff)
                            ELSE s.deadline - make_interval(days => s.h % 13, hours => 8) END
    FROM seed_plan s
   WHERE sub.period_id = s.period_id AND sub.unit_key = s.unit_key AND s.deadline < c_cutoff;

  -- 1 in 15 is returned for correction a few days later and resubmitted
  UPDATE reporting.submission sub SET status_code = 'returned', modified_at = sub.last_submitted_at + interval '3 days'
    FROM seed_plan s
   WHERE sub.period_id = s.period_id AND sub.unit_key = s.unit_key AND sub.status_code = 'submitted'
     AND s.h % 15 = 1;
  UPDATE reporting.submission sub
     SET status_code = 'resubmitted', last_submitted_at = sub.last_submitted_at + interval '5 days',
         data = sub.data || jsonb_build_object('ghi_chu', 'Đã chỉnh sửa theo yêu cầu của Văn phòng Bộ.'),
         modified_at = sub.last_submitted_at + interval '5 days'
    FROM seed_plan s
   WHERE sub.period_id = s.period_id AND sub.unit_key = s.unit_key AND sub.status_code = 'returned'
     AND s.deadline < c_cutoff - interval '30 days';

  -- the office accepts everything older than a month (the last reports still wait)
  UPDATE reporting.submission sub
     SET status_code = 'accepted', accepted_at = sub.last_submitted_at + interval '4 days',
         modified_at = sub.last_submitted_at + interval '4 days'
    FROM seed_plan s
   WHERE sub.period_id = s.period_id AND sub.unit_key = s.unit_key
     AND sub.status_code IN ('submitted', 'resubmitted') AND s.deadline < c_cutoff - interval '30 days';

  -- the history of each report, from its final state
  INSERT INTO reporting.transition (submission_id, at, actor, actor_unit, action, from_status, to_status, comment)
  SELECT x.id, x.at, x.actor, x.unit, x.action, x.from_status, x.to_status, x.comment
    FROM (
      SELECT sub.id, sub.submitted_at AS at, sub.created_by AS actor, sub.unit_key AS unit, 'submit' AS action,
             'draft' AS from_status, 'submitted' AS to_status, NULL AS comment, 1 AS step
        FROM reporting.submission sub WHERE sub.submitted_at IS NOT NULL
      UNION ALL
      SELECT sub.id, sub.submitted_at + interval '3 days', 'demo-office-van_phong', 'VAN_PHONG', 'return',
             'submitted', 'returned', 'Số liệu chưa khớp với kỳ trước; đề nghị rà soát.', 2
        FROM reporting.submission sub WHERE sub.status_code IN ('returned', 'resubmitted')
           OR (sub.status_code = 'accepted' AND sub.last_submitted_at > sub.submitted_at)
      UNION ALL
      SELECT sub.id, sub.last_submitted_at, sub.created_by, sub.unit_key, 'resubmit', 'returned', 'resubmitted',
             NULL, 3
        FROM reporting.submission sub WHERE sub.last_submitted_at > sub.submitted_at
      UNION ALL
      SELECT sub.id, sub.accepted_at, 'demo-office-van_phong', 'VAN_PHONG', 'accept',
             CASE WHEN sub.last_submitted_at > sub.submitted_at THEN 'resubmitted' ELSE 'submitted' END, 'accepted',
             NULL, 4
        FROM reporting.submission sub WHERE sub.status_code = 'accepted'
    ) x
   ORDER BY x.id, x.step;
  RETURN made;
END
$seed$;
