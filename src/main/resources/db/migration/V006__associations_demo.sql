-- Demo content for the registry of associations and funds (V005):
--   associations.seed_demo("national" int DEFAULT 700, provincial int DEFAULT 3000) RETURNS int
-- ("national" is quoted because NATIONAL is an SQL keyword that cannot be a bare parameter name; positional calls
-- and `provincial => …` work as usual, named calls for the first parameter are written `"national" => …`.)
--
-- The server calls SELECT associations.seed_demo() once, on first start, when associations.organization is empty
-- (Application.seedAssociations). It runs inside the caller's transaction (no COMMIT), returns the number of
-- organisations it inserted and leaves ANALYZE to the caller.
--
-- WHAT IS REAL
--   The 18 associations named in items 1-18 of Politburo Conclusion 230-KL/TW and "Tổng hội Y học Việt Nam" (the
--   start of item 19), as listed in shared/reference/domain-notes.md §4 [S34] (items 20-29 were not retrieved, so
--   they are not here). They are marked origin = 'reference', state_assigned = true, scope 'national'.
--   Only their names come from that source. The kind follows the name (Liên hiệp… → LIEN_HIEP_HOI, Liên đoàn… →
--   LIEN_DOAN, Tổng hội… → TONG_HOI, Hội… → HOI; Liên minh Hợp tác xã → LIEN_HIEP_HOI, see the row) and the
--   fields are our classification on the V005 code list. English names only where the organisation's customary
--   English name is well established (general knowledge, not in the reference files); otherwise NULL. Founding
--   date and decision, head office, province, representative, member count, website and abbreviation stay NULL, and
--   they get no events: our sources say nothing about them.
--
-- WHAT IS GENERATED (origin = 'generated', every one of them)
--   Organisations until the registry holds `national` national + inter-provincial organisations (the real ones
--   included) and `provincial` provincial ones, each with 1-3 fields and a lifecycle of events. All of it is
--   invented: names are built from templates per kind and field (a generated name may coincide with a real
--   organisation somewhere; its data is still invented), representatives are generated Vietnamese full names with a
--   title (publishable as name + title, domain-notes.md §8), addresses are generated street addresses, decision
--   numbers follow the usual pattern ('123/QĐ-BNV', '456/QĐ-UBND'). No phone number, e-mail address or ID number is
--   written anywhere.
--   * Scope: about 10 % of the national-level ones are inter-provincial (named after a region, head office in a
--     province of that region); the rest national (no province, "… Việt Nam").
--   * Kind mix: mostly HOI, some HIEP_HOI, a few LIEN_HIEP_HOI / LIEN_DOAN / TONG_HOI, about 15 % funds
--     (QUY_XA_HOI / QUY_TU_THIEN; they have no member count and a "Chủ tịch Hội đồng quản lý quỹ").
--   * Founded 1990-01-01 .. 2026-09-01 on weekdays (density rising gently towards recent years). Provincial ones
--     are registered in the unit valid on their founding date: one of the 63 T{code} units before 2025-07-01, one of
--     the 34 T{code}N units from then on (Hà Nội and Hồ Chí Minh count twice); Thừa Thiên Huế is named so before
--     2025-01-01 (V001 note on T46).
--   * Names are unique (diacritics-insensitive) among all generated organisations, national and provincial: each
--     place ("tỉnh Nghệ An", "thành phố Hà Nội" — old and new units of the same name share one list) draws its
--     templates without replacement, so the unique index organization_name_scope always holds, also for the
--     dissolved and merged ones. Generated names never repeat an existing organisation's name. The templates leave
--     out "Hội Luật gia" and "Hội Chữ thập đỏ": a generated "Hội Luật gia tỉnh …" would tie with the real
--     "Hội Luật gia Việt Nam" in full-text rank and, with the API's tie-break on the newest id, be listed first.
--     Capacity: 684 national, 88 inter-provincial and 145-156 provincial names per place (≈9,100 provincial in
--     all); requests beyond that are capped (the return value tells how many were inserted).
--   * Events: 'established' (founding decision, same number and date as on the organisation) and
--     'charter_approved' (same day or up to 60 days later) for every one; then, for organisations founded by
--     2025-11-01: ~8 % 'charter_amended', ~5 % 'renamed' (note "Tên cũ: …"; name_vi holds the current name),
--     ~4 % 'suspended' (half of them 'resumed' later), ~3 % 'dissolved', ~2 % 'merged' (related_id = an active
--     organisation of the same scope, family (association or fund) and main field, in the same province,
--     or in the same new unit for mergers from 2025-07-01; the absorbing one gets no event; when no such
--     organisation exists the merger becomes a dissolution). All dates lie after the founding date, on weekdays, and
--     not after 2026-11-01. The status is left to the trigger associations.derive_status().
--   * Decisions are numbered per issuer and year in date order (unique per issuer and year): the Minister
--     of Home Affairs for national and inter-provincial organisations, the chair of the provincial People's
--     Committee valid on the decision date otherwise (after 2025-07-01 the new unit, also for older organisations).
--
-- Determinism: every choice is hashtext() of the row index and a salt (& 0x7fffffff), as in V003; no random(),
-- no now() in any value (created_at/modified_at keep their column defaults). Ids are explicit (max(id) + position
-- by founding date), so a run on the same database state gives the same rows. Set-based: a handful of statements
-- over temporary tables; the only per-row work is the status trigger on associations.event.
--
-- Timing (embedded PostgreSQL 17 on a 2-core machine, fresh tables with V001-V005, the default call: 3,700
-- organisations, ≈5,200 field rows, ≈8,300 events, one transaction): 3.9-4.5 s. About two thirds of it is the
-- INSERT into associations.event, whose row trigger updates the organisation once per event (a non-HOT update:
-- status_code is in the predicate of organization_name_scope, and the search column is recomputed); the organisation
-- INSERT takes ≈0.7 s, building the rows ≈0.7 s. Raising gin_pending_list_limit (as V003 does) did not help here.

CREATE OR REPLACE FUNCTION associations.seed_demo("national" int DEFAULT 700, provincial int DEFAULT 3000) RETURNS int
LANGUAGE plpgsql
SET jit = off
SET client_min_messages = warning
AS $seed$
DECLARE
  c_ref    constant date := date '2026-11-01';   -- no event after this day (as V003's status reference date)
  c_first  constant date := date '1990-01-01';   -- founding dates: c_first .. c_last
  c_last   constant date := date '2026-09-01';
  c_merger constant date := date '2025-07-01';   -- first day of the 34 provincial units
  c_life   constant date := date '2025-11-01';   -- lifecycle events only for organisations founded by then
  v_base   bigint;
  v_ebase  bigint;
  v_real   int := 0;
  v_gen    int := 0;
  v_nn     int;
  v_np     int;
  v_slots_old int;
  v_slots_new int;
  v_elig   int;
  v_all    int;
  v_pren   int;
  v_seq    text;

  -- Representatives: common Vietnamese family names, male/female middle and given names (as V003).
  fam  constant text[] := ARRAY['Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Trần','Trần','Trần','Lê','Lê',
    'Lê','Phạm','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý','Đinh','Trịnh',
    'Đoàn','Lương','Mai','Tạ','Cao','Hà','Lâm','Chu','Kiều','Quách','Triệu','Thái','Tô','La'];
  mid_m constant text[] := ARRAY['Văn','Văn','Văn','Hữu','Đức','Minh','Quốc','Thanh','Công','Đình','Xuân','Quang',
    'Hoàng','Tiến','Trọng','Mạnh','Ngọc','Anh','Duy','Khắc','Việt','Hải','Bá','Thế','Nam'];
  mid_f constant text[] := ARRAY['Thị','Thị','Thị','Thị','Thu','Thanh','Ngọc','Kim','Minh','Hồng','Bích','Thúy',
    'Diệu','Phương','Hải','Mai','Lan','Tuyết'];
  giv_m constant text[] := ARRAY['Hùng','Dũng','Tuấn','Hải','Nam','Bình','Sơn','Thắng','Long','Quân','Cường','Hòa',
    'Trung','Thành','Phong','Khánh','Hiếu','Tùng','Lâm','Vinh','Tâm','Đức','Huy','Phúc','Tài','Lợi','Thịnh','Hưng',
    'Kiên','Toàn','Quyết','Tú','Định','Chiến','Nghĩa','Tín','Bảo','Đạt','Khoa','Hoan','Lực','Thuận','Quý','Hiển'];
  giv_f constant text[] := ARRAY['Lan','Hương','Mai','Hà','Thảo','Hạnh','Nga','Hoa','Hằng','Trang','Linh','Yến','Vân',
    'Huyền','Nhung','Thủy','Loan','Oanh','Phượng','Dung','Liên','Tuyết','Hiền','Ngân','Giang','Thư','Quyên','Trinh',
    'Diệp','Chi'];
  -- Head-office addresses: streets and ward names common to many Vietnamese towns.
  street constant text[] := ARRAY['Lê Lợi','Trần Hưng Đạo','Nguyễn Trãi','Hai Bà Trưng','Quang Trung','Lý Thường Kiệt',
    'Hùng Vương','Phan Đình Phùng','Lê Duẩn','Nguyễn Huệ','Trần Phú','Điện Biên Phủ','Hoàng Văn Thụ','Nguyễn Du',
    'Lê Hồng Phong','Bà Triệu','Ngô Quyền','Phan Chu Trinh','Nguyễn Thị Minh Khai','Võ Thị Sáu','Lê Thánh Tông',
    'Đinh Tiên Hoàng','Trần Quốc Toản','Phạm Ngũ Lão','Nguyễn Văn Cừ','Tôn Đức Thắng','Lý Tự Trọng','Chu Văn An',
    'Nguyễn Chí Thanh','Lê Quý Đôn','Phan Bội Châu','Hoàng Diệu','Nguyễn Khuyến','Trần Nhân Tông','Lạc Long Quân'];
  ward constant text[] := ARRAY['Quang Trung','Trần Hưng Đạo','Lê Lợi','Tân Tiến','Hòa Bình','Thành Công',
    'Quyết Thắng','Tân An','Bình Minh','Đông Hòa','Phú Hòa','Tân Lập','Hồng Hà','An Phú','Bắc Sơn','Nam Sơn',
    'Hưng Phú','Thống Nhất','Tân Thịnh','Minh Khai','Tân Phong','Phú Lợi','Vĩnh Ninh','Đông Thành','Tây Sơn',
    'Hòa Khánh','Trung Sơn','Hợp Thành','Phước Long','Cẩm Thành'];
  -- Names of charity and scholarship funds ("Quỹ Từ thiện Ánh Dương", "Quỹ Học bổng Chồi Non").
  poetic constant text[] := ARRAY['Ánh Dương','Sen Vàng','Bông Sen','Hướng Dương','Mầm Xanh','Nắng Mai','Hy Vọng',
    'Bình Minh','Cánh Diều','Chồi Non','Hải Đăng','Sao Mai','Tâm An','Ước Mơ Xanh','Hạt Giống','Vầng Trăng',
    'Cầu Vồng','Thắp Sáng','Hoa Mai','Hoa Sữa','Hoa Ban','Hoa Phượng','Phù Sa','Biển Xanh','Đồng Xanh','Lá Lành',
    'Mái Ấm','Nhịp Cầu','Tình Người','An Khang','Phúc Thiện','Minh Tâm','Thanh Xuân','Tuổi Hồng','Nắng Ấm',
    'Gieo Mầm'];
BEGIN
  DROP TABLE IF EXISTS pg_temp.seed_real, pg_temp.seed_grp, pg_temp.seed_region, pg_temp.seed_rmember,
    pg_temp.seed_tpl, pg_temp.seed_prov, pg_temp.seed_pslot, pg_temp.seed_g, pg_temp.seed_cand, pg_temp.seed_n,
    pg_temp.seed_o, pg_temp.seed_e0, pg_temp.seed_ev;

  ---------------------------------------------------------------------------------------------------------------------
  -- 1. Real organisations (origin 'reference'): domain-notes.md §4, Conclusion 230-KL/TW items 1-18 and the start of
  --    item 19, names verbatim from the notes. Keys: ASCII slug of the name.
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_real ON COMMIT DROP AS
  SELECT v.ord, v.name, v.kind, v.fields, v.en,
         trim(both '-' FROM regexp_replace(platform.vn_fold(v.name), '[^a-z0-9]+', '-', 'g')) AS key
    FROM (VALUES
      ( 1, 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', 'LIEN_HIEP_HOI', '{KHOA_HOC_KY_THUAT}'::text[],
           'Vietnam Union of Science and Technology Associations'),
      ( 2, 'Liên hiệp các Hội Văn học nghệ thuật Việt Nam', 'LIEN_HIEP_HOI', '{VAN_HOC_NGHE_THUAT}',
           'Vietnam Union of Literature and Arts Associations'),
      ( 3, 'Liên hiệp các tổ chức hữu nghị Việt Nam', 'LIEN_HIEP_HOI', '{HUU_NGHI}',
           'Vietnam Union of Friendship Organizations'),
      ( 4, 'Liên đoàn Thương mại và Công nghiệp Việt Nam', 'LIEN_DOAN', '{KINH_TE_THUONG_MAI}',
           'Vietnam Chamber of Commerce and Industry'),
      -- "Liên minh" has no kind of its own in V005: an alliance whose members are cooperatives, unions of
      -- cooperatives and the provincial alliances, i.e. an organisation of member organisations — closest to
      -- LIEN_HIEP_HOI (a union of associations), not to HOI (individual members).
      ( 5, 'Liên minh Hợp tác xã Việt Nam', 'LIEN_HIEP_HOI', '{HOP_TAC_XA}', 'Vietnam Cooperative Alliance'),
      ( 6, 'Hội Chữ thập đỏ Việt Nam', 'HOI', '{NHAN_DAO_TU_THIEN}', 'Vietnam Red Cross Society'),
      ( 7, 'Hội Nhà báo Việt Nam', 'HOI', '{BAO_CHI_XUAT_BAN,NGHE_NGHIEP}', 'Vietnam Journalists'' Association'),
      ( 8, 'Hội Nhà văn Việt Nam', 'HOI', '{VAN_HOC_NGHE_THUAT}', 'Vietnam Writers'' Association'),
      ( 9, 'Hội Luật gia Việt Nam', 'HOI', '{PHAP_LUAT,NGHE_NGHIEP}', 'Vietnam Lawyers Association'),
      (10, 'Liên đoàn Luật sư Việt Nam', 'LIEN_DOAN', '{PHAP_LUAT,NGHE_NGHIEP}', 'Vietnam Bar Federation'),
      (11, 'Hội Người cao tuổi Việt Nam', 'HOI', '{NGUOI_CAO_TUOI}', NULL),
      (12, 'Hội Cựu Công an nhân dân Việt Nam', 'HOI', '{CUU_CHIEN_BINH}', NULL),
      (13, 'Hội Cựu thanh niên xung phong Việt Nam', 'HOI', '{CUU_CHIEN_BINH}', NULL),
      (14, 'Hội Khuyến học Việt Nam', 'HOI', '{KHUYEN_HOC}', NULL),
      (15, 'Hội Người mù Việt Nam', 'HOI', '{NGUOI_KHUYET_TAT}', NULL),
      (16, 'Hội Bảo trợ người khuyết tật Việt Nam', 'HOI', '{NGUOI_KHUYET_TAT}', NULL),
      (17, 'Hội Nạn nhân chất độc da cam/dioxin Việt Nam', 'HOI', '{NHAN_DAO_TU_THIEN,NGUOI_KHUYET_TAT}', NULL),
      (18, 'Hội Đông Y Việt Nam', 'HOI', '{Y_TE}', NULL),
      (19, 'Tổng hội Y học Việt Nam', 'TONG_HOI', '{Y_TE}', NULL)
    ) AS v(ord, name, kind, fields, en);

  SELECT coalesce(max(id), 0) INTO v_base FROM associations.organization;
  INSERT INTO associations.organization (id, key, kind_code, name_vi, name_en, scope_code, state_assigned, origin)
  SELECT v_base + row_number() OVER (ORDER BY r.ord), r.key, r.kind, r.name, r.en, 'national', true, 'reference'
    FROM seed_real r
   WHERE NOT EXISTS (SELECT 1 FROM associations.organization o
                      WHERE o.key = r.key
                         OR (platform.vn_fold(o.name_vi) = platform.vn_fold(r.name) AND o.province_key IS NULL
                             AND o.status_code NOT IN ('dissolved', 'merged')))
   ORDER BY r.ord;
  GET DIAGNOSTICS v_real = ROW_COUNT;
  INSERT INTO associations.organization_field (organization_id, field_code)
  SELECT o.id, f.code
    FROM seed_real r
    JOIN associations.organization o ON o.key = r.key AND o.origin = 'reference' AND o.id > v_base
    CROSS JOIN LATERAL unnest(r.fields) AS f(code)
  ON CONFLICT DO NOTHING;

  ---------------------------------------------------------------------------------------------------------------------
  -- 2. How many to generate.
  ---------------------------------------------------------------------------------------------------------------------
  v_nn := greatest(coalesce("national", 0) - (SELECT count(*) FROM associations.organization
                                              WHERE scope_code IN ('national', 'inter_provincial')), 0);
  v_np := greatest(coalesce(provincial, 0) - (SELECT count(*) FROM associations.organization
                                              WHERE scope_code = 'provincial'), 0);
  IF v_nn + v_np = 0 THEN
    RETURN v_real;
  END IF;

  ---------------------------------------------------------------------------------------------------------------------
  -- 3. Name templates. One row per group: level (N national, I inter-provincial, P provincial), kind, the name
  --    around the item (prefix + item + suffix; I adds the region, P the place), the English name around the
  --    item's English part (national groups only), default fields and weight, and the items:
  --      'item|FIELD,FIELD|old item|English|regions|weight'   (every part after the item optional)
  --    "old item" gives the name before a rename ("Hội Y học dân tộc" → "Hội Đông y"); trade associations
  --    (HIEP_HOI) without one were "Hội …" before. Regions: R1..R6 of seed_region (none = all six); for
  --    provincial items they restrict the provinces (no "Hiệp hội Cà phê" in the Red River delta).
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_grp ON COMMIT DROP AS
  SELECT * FROM (VALUES
    -- N1 sciences and engineering: "Hội Khoa học Lịch sử Việt Nam"
    (1, 'N', 'HOI', 'Hội ', ' Việt Nam', NULL::text, NULL::text, '{KHOA_HOC_KY_THUAT}'::text[], 1.0, ARRAY[
      'Khoa học Lịch sử', 'Ngôn ngữ học', 'Toán học', 'Vật lý', 'Hóa học', 'Cơ học', 'Tin học',
      'Khoa học Tâm lý – Giáo dục|KHOA_HOC_KY_THUAT,KHUYEN_HOC', 'Khoa học Hành chính', 'Xã hội học',
      'Dân tộc học và Nhân học', 'Triết học', 'Khảo cổ học', 'Đông Nam Á học',
      'Khoa học Đất|KHOA_HOC_KY_THUAT,NONG_NGHIEP', 'Bảo vệ thực vật|NONG_NGHIEP,KHOA_HOC_KY_THUAT',
      'Thú y|NONG_NGHIEP,KHOA_HOC_KY_THUAT', 'Chăn nuôi|NONG_NGHIEP', 'Giống cây trồng|NONG_NGHIEP,KHOA_HOC_KY_THUAT',
      'Khoa học Kỹ thuật Lâm nghiệp|KHOA_HOC_KY_THUAT,NONG_NGHIEP,MOI_TRUONG', 'Dầu khí', 'Khoa học Kỹ thuật Mỏ',
      'Đúc – Luyện kim', 'Khoa học Vật liệu', 'Năng lượng nguyên tử', 'Khoa học Kỹ thuật Nhiệt',
      'Khí tượng Thủy văn|KHOA_HOC_KY_THUAT,MOI_TRUONG', 'Công nghệ sinh học', 'Vi sinh vật học', 'Hóa sinh',
      'Dinh dưỡng|Y_TE,KHOA_HOC_KY_THUAT', 'An toàn thực phẩm|Y_TE,KHOA_HOC_KY_THUAT',
      'Sở hữu trí tuệ|KHOA_HOC_KY_THUAT,PHAP_LUAT', 'Thông tin Khoa học và Công nghệ', 'Tự động hóa', 'Điện tử',
      'Vô tuyến Điện tử', 'Cầu đường', 'Địa kỹ thuật', 'Kết cấu và Công nghệ xây dựng', 'Bê tông',
      'Thủy lợi|KHOA_HOC_KY_THUAT,NONG_NGHIEP', 'Đập lớn và Phát triển nguồn nước', 'Trắc địa – Bản đồ – Viễn thám',
      'Khoa học Kỹ thuật An toàn và Vệ sinh lao động|KHOA_HOC_KY_THUAT,NGHE_NGHIEP',
      'Khoa học Phát triển nông thôn|NONG_NGHIEP,KHOA_HOC_KY_THUAT', 'Khoa học Kỹ thuật Biển|KHOA_HOC_KY_THUAT,MOI_TRUONG',
      'Môi trường Xây dựng|MOI_TRUONG,KHOA_HOC_KY_THUAT', 'Khoa học Kỹ thuật Hàng hải', 'Kỹ thuật Ô tô',
      'Khoa học Dữ liệu', 'Trí tuệ nhân tạo', 'Thống kê', 'Kinh tế Môi trường|MOI_TRUONG,KINH_TE_THUONG_MAI',
      'Quy hoạch Phát triển đô thị', 'Khoa học Quản lý',
      'Khoa học Kinh tế Nông nghiệp|NONG_NGHIEP,KINH_TE_THUONG_MAI', 'Cơ khí Nông nghiệp|NONG_NGHIEP,KHOA_HOC_KY_THUAT',
      'Địa lý', 'Sinh thái học|MOI_TRUONG,KHOA_HOC_KY_THUAT', 'Thiên văn học', 'Khoa học Kỹ thuật Địa vật lý',
      'Ăn mòn và Bảo vệ kim loại', 'Điện lực', 'Khoa học Kỹ thuật Thủy sản|NONG_NGHIEP,KHOA_HOC_KY_THUAT',
      'Khoa học và Công nghệ Hàng không', 'Hóa dược|Y_TE,KHOA_HOC_KY_THUAT',
      'Kinh tế học|KINH_TE_THUONG_MAI,KHOA_HOC_KY_THUAT', 'Khoa học Giáo dục|KHUYEN_HOC,KHOA_HOC_KY_THUAT',
      'Nghiên cứu Văn hóa|VAN_HOA_THE_THAO,KHOA_HOC_KY_THUAT', 'Hán Nôm|KHOA_HOC_KY_THUAT,VAN_HOC_NGHE_THUAT',
      'Khoáng vật học', 'Khoa học Kỹ thuật Đo lường', 'Quản lý Chất lượng',
      'Năng lượng tái tạo|KHOA_HOC_KY_THUAT,MOI_TRUONG', 'Khoa học Kỹ thuật Cảng – Đường thủy',
      'Viễn thông', 'Cơ điện tử', 'Khoa học Hình sự|PHAP_LUAT,KHOA_HOC_KY_THUAT', 'Hải dương học|KHOA_HOC_KY_THUAT,MOI_TRUONG',
      'Khoa học Tiêu chuẩn hóa', 'Khoa học Kỹ thuật Xây dựng|KHOA_HOC_KY_THUAT,NGHE_NGHIEP', 'Kỹ thuật Hạ tầng đô thị',
      'Khoa học Công nghệ Lương thực|KHOA_HOC_KY_THUAT,NONG_NGHIEP', 'Nghiên cứu Giáo dục Đại học|KHUYEN_HOC,KHOA_HOC_KY_THUAT',
      'Khoa học Lao động – Xã hội|KHOA_HOC_KY_THUAT,NGHE_NGHIEP', 'Khoa học Dân số|KHOA_HOC_KY_THUAT,TRE_EM_PHU_NU',
      'Vật lý Kỹ thuật', 'Toán học Ứng dụng', 'Khoa học Máy tính', 'Kỹ thuật Điện',
      'Khoa học Kỹ thuật Nông nghiệp|NONG_NGHIEP,KHOA_HOC_KY_THUAT', 'Khoa học Kỹ thuật Giao thông',
      'Địa chất Thủy văn|KHOA_HOC_KY_THUAT,MOI_TRUONG', 'Khoa học Trái đất', 'Sinh học Phân tử', 'Di truyền học',
      'Thực vật học', 'Động vật học', 'Côn trùng học|KHOA_HOC_KY_THUAT,NONG_NGHIEP', 'Tâm lý học', 'Chính trị học',
      'Nghiên cứu Phát triển', 'Kinh tế Biển|KINH_TE_THUONG_MAI,KHOA_HOC_KY_THUAT',
      'Kỹ thuật Lạnh và Điều hòa không khí', 'Công nghệ Nano', 'Khoa học Kỹ thuật Đường sắt']),
    -- N2 medicine: "Hội Tim mạch học Việt Nam"
    (2, 'N', 'HOI', 'Hội ', ' Việt Nam', NULL, NULL, '{Y_TE}', 1.0, ARRAY[
      'Tim mạch học', 'Hô hấp', 'Tiêu hóa', 'Tiết niệu – Thận học', 'Nội tiết – Đái tháo đường', 'Ung thư',
      'Huyết học – Truyền máu', 'Thần kinh học', 'Tâm thần học', 'Nhi khoa|Y_TE,TRE_EM_PHU_NU',
      'Sản phụ khoa|Y_TE,TRE_EM_PHU_NU', 'Ngoại khoa', 'Chấn thương chỉnh hình', 'Phẫu thuật thần kinh',
      'Gây mê hồi sức', 'Hồi sức cấp cứu và chống độc', 'Điện quang và Y học hạt nhân', 'Răng Hàm Mặt',
      'Tai Mũi Họng', 'Nhãn khoa', 'Da liễu', 'Phục hồi chức năng|Y_TE,NGUOI_KHUYET_TAT', 'Y học gia đình',
      'Y tế công cộng', 'Dược học', 'Điều dưỡng|Y_TE,NGHE_NGHIEP', 'Nữ hộ sinh|Y_TE,TRE_EM_PHU_NU',
      'Xét nghiệm y học', 'Châm cứu', 'Lão khoa|Y_TE,NGUOI_CAO_TUOI', 'Truyền nhiễm', 'Kiểm soát nhiễm khuẩn',
      'Giải phẫu bệnh – Tế bào bệnh học', 'Sinh lý học', 'Dược lý', 'Nam học', 'Hỗ trợ sinh sản|Y_TE,TRE_EM_PHU_NU',
      'Y học thể thao|Y_TE,VAN_HOA_THE_THAO', 'Y học biển', 'Phẫu thuật nội soi', 'Phẫu thuật tạo hình thẩm mỹ',
      'Siêu âm y học', 'Kỹ thuật Y sinh|Y_TE,KHOA_HOC_KY_THUAT', 'Dị ứng – Miễn dịch lâm sàng', 'Cơ xương khớp',
      'Đột quỵ', 'Gan mật', 'Y tế học đường|Y_TE,KHUYEN_HOC', 'Bỏng', 'Chống lao và Bệnh phổi',
      'Sức khỏe sinh sản|Y_TE,TRE_EM_PHU_NU', 'Chăm sóc giảm nhẹ', 'Tim mạch can thiệp', 'Nội soi Tiêu hóa',
      'Lọc máu', 'Tim bẩm sinh|Y_TE,TRE_EM_PHU_NU', 'Vi phẫu thuật', 'Dược lâm sàng', 'Y học Dự phòng',
      'Y học Lao động|Y_TE,NGHE_NGHIEP', 'Tâm lý Lâm sàng', 'Sức khỏe Tâm thần Trẻ em|Y_TE,TRE_EM_PHU_NU',
      'Y học Hàng không', 'Phẫu thuật Lồng ngực']),
    -- N3 friendship: "Hội Hữu nghị Việt Nam – Nhật Bản" / "Vietnam – Japan Friendship Association"
    (3, 'N', 'HOI', 'Hội Hữu nghị Việt Nam – ', '', 'Vietnam – ', ' Friendship Association', '{HUU_NGHI}', 1.0, ARRAY[
      'Lào|||Laos', 'Campuchia|||Cambodia', 'Trung Quốc|||China', 'Nhật Bản|||Japan', 'Hàn Quốc|||Korea',
      'Nga|||Russia', 'Cuba|||Cuba', 'Pháp|||France', 'Đức|||Germany', 'Anh|||United Kingdom', 'Hoa Kỳ|||United States',
      'Canada|||Canada', 'Australia|||Australia', 'New Zealand|||New Zealand', 'Ấn Độ|||India', 'Thái Lan|||Thailand',
      'Malaysia|||Malaysia', 'Singapore|||Singapore', 'Indonesia|||Indonesia', 'Philippines|||Philippines',
      'Myanmar|||Myanmar', 'Brunei|||Brunei', 'Mông Cổ|||Mongolia', 'Italia|||Italy', 'Tây Ban Nha|||Spain',
      'Bồ Đào Nha|||Portugal', 'Hà Lan|||Netherlands', 'Bỉ|||Belgium', 'Thụy Sĩ|||Switzerland', 'Áo|||Austria',
      'Thụy Điển|||Sweden', 'Na Uy|||Norway', 'Đan Mạch|||Denmark', 'Phần Lan|||Finland', 'Ba Lan|||Poland',
      'Séc|||Czech Republic', 'Slovakia|||Slovakia', 'Hungary|||Hungary', 'Romania|||Romania', 'Bulgaria|||Bulgaria',
      'Ukraina|||Ukraine', 'Belarus|||Belarus', 'Kazakhstan|||Kazakhstan', 'Uzbekistan|||Uzbekistan', 'Serbia|||Serbia',
      'Hy Lạp|||Greece', 'Thổ Nhĩ Kỳ|||Türkiye', 'Israel|||Israel', 'Palestine|||Palestine', 'Ai Cập|||Egypt',
      'Algeria|||Algeria', 'Maroc|||Morocco', 'Nam Phi|||South Africa', 'Angola|||Angola', 'Mozambique|||Mozambique',
      'Brazil|||Brazil', 'Argentina|||Argentina', 'Chile|||Chile', 'Mexico|||Mexico', 'Venezuela|||Venezuela',
      'Peru|||Peru', 'Colombia|||Colombia', 'Iran|||Iran', 'Ả Rập Xê Út|||Saudi Arabia', 'Pakistan|||Pakistan',
      'Bangladesh|||Bangladesh', 'Sri Lanka|||Sri Lanka', 'Nepal|||Nepal', 'Ireland|||Ireland',
      'Luxembourg|||Luxembourg', 'Timor-Leste|||Timor-Leste', 'Azerbaijan|||Azerbaijan', 'Slovenia|||Slovenia',
      'Croatia|||Croatia', 'Nicaragua|||Nicaragua', 'Syria|||Syria', 'Iraq|||Iraq', 'Kuwait|||Kuwait', 'Qatar|||Qatar',
      'Liban|||Lebanon', 'Litva|||Lithuania', 'Latvia|||Latvia', 'Estonia|||Estonia', 'Kyrgyzstan|||Kyrgyzstan',
      'Tajikistan|||Tajikistan', 'Armenia|||Armenia', 'Gruzia|||Georgia', 'Tunisia|||Tunisia', 'Libya|||Libya',
      'Ethiopia|||Ethiopia', 'Tanzania|||Tanzania', 'Nigeria|||Nigeria', 'Bolivia|||Bolivia', 'Uruguay|||Uruguay',
      'Panama|||Panama', 'Jordan|||Jordan', 'Oman|||Oman']),
    -- N4 professions, social work, culture, hobbies: "Hội Kiến trúc sư Việt Nam"
    (4, 'N', 'HOI', 'Hội ', ' Việt Nam', NULL, NULL, '{NGHE_NGHIEP}', 1.0, ARRAY[
      'Kế toán và Kiểm toán|NGHE_NGHIEP,KINH_TE_THUONG_MAI|Kế toán', 'Kiến trúc sư|NGHE_NGHIEP,VAN_HOC_NGHE_THUAT',
      'Công chứng viên|NGHE_NGHIEP,PHAP_LUAT', 'Thẩm định giá|NGHE_NGHIEP,KINH_TE_THUONG_MAI',
      'Tư vấn thuế|NGHE_NGHIEP,KINH_TE_THUONG_MAI', 'Kiểm toán viên hành nghề|NGHE_NGHIEP,KINH_TE_THUONG_MAI',
      'Quản trị nhân lực', 'Marketing|KINH_TE_THUONG_MAI,NGHE_NGHIEP', 'Truyền thông số|BAO_CHI_XUAT_BAN',
      'Xuất bản|BAO_CHI_XUAT_BAN', 'Phát hành sách|BAO_CHI_XUAT_BAN', 'Thư viện|VAN_HOA_THE_THAO,NGHE_NGHIEP',
      'Văn thư – Lưu trữ', 'Giáo dục nghề nghiệp|KHUYEN_HOC', 'Cựu giáo chức|KHUYEN_HOC,NGHE_NGHIEP',
      'Giáo dục chăm sóc sức khỏe cộng đồng|Y_TE,KHUYEN_HOC', 'Nghệ sĩ Nhiếp ảnh|VAN_HOC_NGHE_THUAT',
      'Điện ảnh|VAN_HOC_NGHE_THUAT', 'Nghệ sĩ Sân khấu|VAN_HOC_NGHE_THUAT', 'Nhạc sĩ|VAN_HOC_NGHE_THUAT',
      'Mỹ thuật|VAN_HOC_NGHE_THUAT', 'Nghệ sĩ Múa|VAN_HOC_NGHE_THUAT',
      'Văn nghệ Dân gian|VAN_HOC_NGHE_THUAT,VAN_HOA_THE_THAO',
      'Văn học nghệ thuật các dân tộc thiểu số|VAN_HOC_NGHE_THUAT',
      'Doanh nhân trẻ|KINH_TE_THUONG_MAI|Doanh nghiệp trẻ', 'Nữ doanh nhân|KINH_TE_THUONG_MAI,TRE_EM_PHU_NU',
      'Doanh nhân Cựu chiến binh|KINH_TE_THUONG_MAI,CUU_CHIEN_BINH', 'Nữ trí thức|KHOA_HOC_KY_THUAT,TRE_EM_PHU_NU',
      'Trí thức Khoa học và Công nghệ trẻ|KHOA_HOC_KY_THUAT', 'Người điếc|NGUOI_KHUYET_TAT',
      'Người khuyết tật|NGUOI_KHUYET_TAT|Người tàn tật', 'Bảo trợ bệnh nhân nghèo|NHAN_DAO_TU_THIEN,Y_TE',
      'Hỗ trợ gia đình liệt sĩ|NHAN_DAO_TU_THIEN,CUU_CHIEN_BINH', 'Cựu tù chính trị và tù binh|CUU_CHIEN_BINH',
      'Nạn nhân bom mìn|NHAN_DAO_TU_THIEN,NGUOI_KHUYET_TAT', 'Sinh vật cảnh|VAN_HOA_THE_THAO,MOI_TRUONG',
      'Làm vườn và Trang trại|NONG_NGHIEP|Làm vườn', 'Nuôi ong|NONG_NGHIEP',
      'Cây cảnh nghệ thuật|VAN_HOA_THE_THAO,MOI_TRUONG', 'Đá cảnh|VAN_HOA_THE_THAO', 'Thư pháp|VAN_HOC_NGHE_THUAT',
      'Cổ vật|VAN_HOA_THE_THAO', 'Tem|VAN_HOA_THE_THAO', 'Di sản Văn hóa|VAN_HOA_THE_THAO',
      'Bảo vệ thiên nhiên và môi trường|MOI_TRUONG', 'Bảo tồn Động vật hoang dã|MOI_TRUONG',
      'Bảo vệ quyền trẻ em|TRE_EM_PHU_NU', 'Kế hoạch hóa gia đình|TRE_EM_PHU_NU,Y_TE',
      'Bảo vệ quyền lợi người tiêu dùng|KINH_TE_THUONG_MAI,PHAP_LUAT|Tiêu chuẩn và Bảo vệ người tiêu dùng',
      'Dưỡng sinh|VAN_HOA_THE_THAO,NGUOI_CAO_TUOI', 'Chăm sóc sức khỏe người cao tuổi|NGUOI_CAO_TUOI,Y_TE',
      'Phòng chống tác hại thuốc lá|Y_TE', 'Phòng chống HIV/AIDS|Y_TE,NHAN_DAO_TU_THIEN',
      'Nông nghiệp hữu cơ|NONG_NGHIEP', 'Giáo dục Mầm non|KHUYEN_HOC,TRE_EM_PHU_NU', 'Luật quốc tế|PHAP_LUAT',
      'Luật Kinh tế|PHAP_LUAT,KINH_TE_THUONG_MAI', 'Văn hóa Ẩm thực|VAN_HOA_THE_THAO',
      'Dịch thuật|NGHE_NGHIEP,BAO_CHI_XUAT_BAN', 'Hướng dẫn viên du lịch|NGHE_NGHIEP,VAN_HOA_THE_THAO',
      'Đầu bếp chuyên nghiệp', 'Thầy thuốc trẻ|Y_TE,NGHE_NGHIEP', 'Hòa giải|PHAP_LUAT',
      'Kỷ lục gia|VAN_HOA_THE_THAO', 'Giáo dục Kỹ năng sống|KHUYEN_HOC',
      -- education
      'Giáo dục STEM|KHUYEN_HOC,KHOA_HOC_KY_THUAT', 'Giáo dục Hòa nhập|KHUYEN_HOC,NGUOI_KHUYET_TAT',
      'Giáo dục Thường xuyên|KHUYEN_HOC', 'Giáo dục Nghệ thuật|KHUYEN_HOC,VAN_HOC_NGHE_THUAT',
      'Giáo dục Thể chất|KHUYEN_HOC,VAN_HOA_THE_THAO', 'Giáo dục Môi trường|KHUYEN_HOC,MOI_TRUONG',
      -- heritage
      'Bảo tồn nghệ thuật Ca trù|VAN_HOA_THE_THAO,VAN_HOC_NGHE_THUAT',
      'Bảo tồn Dân ca Quan họ|VAN_HOA_THE_THAO,VAN_HOC_NGHE_THUAT',
      'Bảo tồn Đờn ca tài tử|VAN_HOA_THE_THAO,VAN_HOC_NGHE_THUAT', 'Bảo tồn Văn hóa Cồng chiêng|VAN_HOA_THE_THAO',
      'Bảo tồn nghệ thuật Tuồng|VAN_HOA_THE_THAO,VAN_HOC_NGHE_THUAT',
      'Bảo tồn nghệ thuật Chèo|VAN_HOA_THE_THAO,VAN_HOC_NGHE_THUAT',
      'Bảo tồn nghệ thuật Cải lương|VAN_HOA_THE_THAO,VAN_HOC_NGHE_THUAT',
      'Bảo tồn Hát Xoan|VAN_HOA_THE_THAO,VAN_HOC_NGHE_THUAT', 'Bảo tồn Áo dài|VAN_HOA_THE_THAO',
      'Bảo tồn Làng cổ|VAN_HOA_THE_THAO', 'Bảo tồn Kiến trúc cổ|VAN_HOA_THE_THAO',
      'Bảo tồn Tranh dân gian|VAN_HOA_THE_THAO,VAN_HOC_NGHE_THUAT', 'Bảo tồn nghệ thuật Múa rối|VAN_HOA_THE_THAO',
      -- crafts
      'Nghệ nhân Gốm sứ|VAN_HOA_THE_THAO,NGHE_NGHIEP', 'Nghệ nhân Sơn mài|VAN_HOA_THE_THAO,NGHE_NGHIEP',
      'Nghệ nhân Khảm trai|VAN_HOA_THE_THAO,NGHE_NGHIEP', 'Nghệ nhân Thêu|VAN_HOA_THE_THAO,NGHE_NGHIEP',
      'Nghệ nhân Dệt thổ cẩm|VAN_HOA_THE_THAO,NGHE_NGHIEP', 'Nghệ nhân Mây tre đan|VAN_HOA_THE_THAO,NGHE_NGHIEP',
      'Nghệ nhân Đúc đồng|VAN_HOA_THE_THAO,NGHE_NGHIEP', 'Nghệ nhân Chạm khắc gỗ|VAN_HOA_THE_THAO,NGHE_NGHIEP',
      'Nghệ nhân Kim hoàn|VAN_HOA_THE_THAO,NGHE_NGHIEP', 'Nghệ nhân Giấy dó|VAN_HOA_THE_THAO,NGHE_NGHIEP',
      'Nghệ nhân Nón lá|VAN_HOA_THE_THAO,NGHE_NGHIEP', 'Nghệ nhân Chạm khắc đá|VAN_HOA_THE_THAO,NGHE_NGHIEP',
      -- recreation
      'Thể thao Người cao tuổi|VAN_HOA_THE_THAO,NGUOI_CAO_TUOI', 'Chạy bộ|VAN_HOA_THE_THAO',
      'Câu cá thể thao|VAN_HOA_THE_THAO', 'Dù lượn|VAN_HOA_THE_THAO', 'Lặn biển|VAN_HOA_THE_THAO,MOI_TRUONG',
      'Xe đạp địa hình|VAN_HOA_THE_THAO', 'Đi bộ|VAN_HOA_THE_THAO', 'Cờ tướng|VAN_HOA_THE_THAO',
      'Thể thao Người khuyết tật|VAN_HOA_THE_THAO,NGUOI_KHUYET_TAT',
      -- patients and carers
      'Bệnh nhân Thalassemia|Y_TE,NHAN_DAO_TU_THIEN', 'Hỗ trợ trẻ tự kỷ|TRE_EM_PHU_NU,NGUOI_KHUYET_TAT',
      'Người bệnh Đái tháo đường|Y_TE', 'Hỗ trợ bệnh nhân Ung thư|Y_TE,NHAN_DAO_TU_THIEN',
      'Người bệnh Hemophilia|Y_TE', 'Hỗ trợ người Down|NGUOI_KHUYET_TAT', 'Hỗ trợ người bại não|NGUOI_KHUYET_TAT',
      'Người bệnh Thận mạn|Y_TE',
      -- agriculture and environment
      'Khuyến nông|NONG_NGHIEP', 'Nông nghiệp Công nghệ cao|NONG_NGHIEP,KHOA_HOC_KY_THUAT',
      'Bảo vệ nguồn lợi thủy sản|NONG_NGHIEP,MOI_TRUONG', 'Hoa lan|NONG_NGHIEP,VAN_HOA_THE_THAO',
      'Chim cảnh|VAN_HOA_THE_THAO', 'Cá cảnh|VAN_HOA_THE_THAO', 'Bảo vệ Rừng ngập mặn|MOI_TRUONG',
      'Bảo tồn Rùa biển|MOI_TRUONG', 'Bảo tồn Chim hoang dã|MOI_TRUONG', 'Nước sạch và Môi trường|MOI_TRUONG',
      'Ứng phó biến đổi khí hậu|MOI_TRUONG', 'Tiết kiệm năng lượng|MOI_TRUONG,KHOA_HOC_KY_THUAT',
      -- business
      'Doanh nhân Tư nhân|KINH_TE_THUONG_MAI', 'Khởi nghiệp Đổi mới sáng tạo|KINH_TE_THUONG_MAI,KHOA_HOC_KY_THUAT',
      'Doanh nghiệp Xã hội|KINH_TE_THUONG_MAI,NHAN_DAO_TU_THIEN', 'Doanh nhân Nông nghiệp|KINH_TE_THUONG_MAI,NONG_NGHIEP',
      'Văn hóa Doanh nghiệp|KINH_TE_THUONG_MAI',
      -- more professions
      'Giám định viên Tư pháp|PHAP_LUAT,NGHE_NGHIEP', 'Quản tài viên|PHAP_LUAT,NGHE_NGHIEP',
      'Đấu giá viên|PHAP_LUAT,NGHE_NGHIEP', 'Thừa phát lại|PHAP_LUAT,NGHE_NGHIEP', 'Tư vấn Kỹ thuật',
      'Quản lý Dự án', 'Thiết kế Đồ họa|VAN_HOC_NGHE_THUAT,NGHE_NGHIEP',
      'Thiết kế Thời trang|VAN_HOC_NGHE_THUAT,NGHE_NGHIEP', 'Kiến trúc Cảnh quan|NGHE_NGHIEP,MOI_TRUONG',
      'Giáo dục Cộng đồng|KHUYEN_HOC', 'Tình nguyện viên|NHAN_DAO_TU_THIEN',
      'Công tác Xã hội|NGHE_NGHIEP,NHAN_DAO_TU_THIEN', 'Tâm lý Học đường|KHUYEN_HOC,TRE_EM_PHU_NU']),
    -- N5 trade associations: "Hiệp hội Chè Việt Nam" / "Vietnam Tea Association"
    (5, 'N', 'HIEP_HOI', 'Hiệp hội ', ' Việt Nam', 'Vietnam ', ' Association', '{KINH_TE_THUONG_MAI}', 1.0, ARRAY[
      'Cà phê – Ca cao|KINH_TE_THUONG_MAI,NONG_NGHIEP||Coffee and Cocoa',
      'Hồ tiêu và Cây gia vị|KINH_TE_THUONG_MAI,NONG_NGHIEP||Pepper and Spice',
      'Điều|KINH_TE_THUONG_MAI,NONG_NGHIEP||Cashew', 'Chè|KINH_TE_THUONG_MAI,NONG_NGHIEP||Tea',
      'Rau quả|KINH_TE_THUONG_MAI,NONG_NGHIEP||Fruit and Vegetable', 'Lương thực|KINH_TE_THUONG_MAI,NONG_NGHIEP||Food',
      'Mía đường|KINH_TE_THUONG_MAI,NONG_NGHIEP||Sugarcane and Sugar', 'Cao su|KINH_TE_THUONG_MAI,NONG_NGHIEP||Rubber',
      'Chế biến và Xuất khẩu thủy sản|KINH_TE_THUONG_MAI,NONG_NGHIEP||Seafood Processing and Export',
      'Nuôi trồng thủy sản|KINH_TE_THUONG_MAI,NONG_NGHIEP||Aquaculture',
      'Gia cầm|KINH_TE_THUONG_MAI,NONG_NGHIEP||Poultry', 'Thức ăn chăn nuôi|KINH_TE_THUONG_MAI,NONG_NGHIEP||Animal Feed',
      'Gỗ và Lâm sản|KINH_TE_THUONG_MAI,NONG_NGHIEP||Timber and Forest Products', 'Dệt may|||Textile and Apparel',
      'Da giày – Túi xách|||Leather Footwear and Handbag', 'Thép|||Steel', 'Nhựa|||Plastics',
      'Giấy và Bột giấy|||Pulp and Paper', 'Xi măng|||Cement', 'Gốm sứ xây dựng|||Building Ceramics',
      'Kính và Thủy tinh|||Glass', 'Bia – Rượu – Nước giải khát|||Beer Alcohol and Beverage',
      'Doanh nghiệp cơ khí|KINH_TE_THUONG_MAI,KHOA_HOC_KY_THUAT||Mechanical Enterprises',
      'Công nghiệp hỗ trợ|||Supporting Industries',
      'Doanh nghiệp điện tử|KINH_TE_THUONG_MAI,KHOA_HOC_KY_THUAT||Electronic Enterprises',
      'Phần mềm và Dịch vụ công nghệ thông tin|KINH_TE_THUONG_MAI,KHOA_HOC_KY_THUAT||Software and IT Services',
      'Internet|KINH_TE_THUONG_MAI,KHOA_HOC_KY_THUAT||Internet',
      'An toàn thông tin|KINH_TE_THUONG_MAI,KHOA_HOC_KY_THUAT||Information Security',
      'Thương mại điện tử|||E-commerce', 'Doanh nghiệp dịch vụ Logistics|||Logistics Service Businesses',
      'Vận tải ô tô|||Automobile Transport', 'Cảng biển|||Seaports', 'Chủ tàu|||Shipowners',
      'Đại lý và Môi giới hàng hải|||Ship Agents and Brokers',
      'Du lịch|KINH_TE_THUONG_MAI,VAN_HOA_THE_THAO||Tourism', 'Khách sạn|KINH_TE_THUONG_MAI,VAN_HOA_THE_THAO||Hotel',
      'Lữ hành|KINH_TE_THUONG_MAI,VAN_HOA_THE_THAO||Travel Agents', 'Bất động sản|||Real Estate',
      'Môi giới bất động sản|||Real Estate Brokers', 'Nhà thầu xây dựng|||Construction Contractors',
      'Tư vấn xây dựng|||Construction Consultants', 'Bảo hiểm|||Insurance',
      'Kinh doanh chứng khoán|||Securities Business', 'Ngân hàng|||Banks',
      'Phân bón|KINH_TE_THUONG_MAI,NONG_NGHIEP||Fertilizer',
      'Thuốc bảo vệ thực vật|KINH_TE_THUONG_MAI,NONG_NGHIEP||Crop Protection',
      'Doanh nghiệp dược|KINH_TE_THUONG_MAI,Y_TE||Pharmaceutical Enterprises',
      'Thiết bị y tế|KINH_TE_THUONG_MAI,Y_TE||Medical Devices', 'Xăng dầu|||Petroleum',
      'Năng lượng sạch|KINH_TE_THUONG_MAI,MOI_TRUONG||Clean Energy',
      'Làng nghề|KINH_TE_THUONG_MAI,VAN_HOA_THE_THAO||Craft Villages', 'Muối|KINH_TE_THUONG_MAI,NONG_NGHIEP||Salt',
      'Thương mại giống cây trồng|KINH_TE_THUONG_MAI,NONG_NGHIEP||Seed Trade', 'Sữa|||Dairy',
      'Siêu thị|||Supermarkets', 'Nhà bán lẻ|||Retailers', 'Nhượng quyền thương mại|||Franchise',
      'Quảng cáo|||Advertising', 'In|||Printing', 'Mỹ nghệ và Chế biến gỗ|||Handicraft and Wood Processing',
      'Doanh nghiệp nhỏ và vừa|||Small and Medium Enterprises',
      'Các nhà sản xuất ô tô|||Automobile Manufacturers', 'Các nhà sản xuất xe máy|||Motorcycle Manufacturers',
      'Vật liệu xây dựng|||Building Materials', 'Thực phẩm chức năng|KINH_TE_THUONG_MAI,Y_TE||Functional Food',
      'Chế biến thực phẩm|||Food Processing', 'Nông nghiệp số|KINH_TE_THUONG_MAI,NONG_NGHIEP||Digital Agriculture',
      'Trang trại và Doanh nghiệp nông nghiệp|KINH_TE_THUONG_MAI,NONG_NGHIEP||Farms and Agribusiness',
      'Doanh nghiệp hàng không|||Aviation Businesses',
      'Thuốc thú y|KINH_TE_THUONG_MAI,NONG_NGHIEP||Veterinary Medicine', 'Khí hóa lỏng|||Liquefied Petroleum Gas',
      'Doanh nghiệp dịch vụ môi trường|KINH_TE_THUONG_MAI,MOI_TRUONG||Environmental Services',
      'Tái chế chất thải|KINH_TE_THUONG_MAI,MOI_TRUONG||Waste Recycling',
      'Nước mắm truyền thống|KINH_TE_THUONG_MAI,NONG_NGHIEP||Traditional Fish Sauce',
      'Yến sào|KINH_TE_THUONG_MAI,NONG_NGHIEP||Edible Bird Nest', 'Dừa|KINH_TE_THUONG_MAI,NONG_NGHIEP||Coconut',
      'Sắn|KINH_TE_THUONG_MAI,NONG_NGHIEP||Cassava', 'Nấm|KINH_TE_THUONG_MAI,NONG_NGHIEP||Mushroom',
      'Dược liệu|KINH_TE_THUONG_MAI,Y_TE||Medicinal Herbs',
      'Vận tải đường thủy nội địa|||Inland Waterway Transport',
      'Vận tải hành khách công cộng|||Public Passenger Transport', 'Kinh doanh vàng|||Gold Traders',
      'Tài chính vi mô|||Microfinance',
      'Công nghiệp bán dẫn|KINH_TE_THUONG_MAI,KHOA_HOC_KY_THUAT||Semiconductor Industry', 'Bao bì|||Packaging',
      'Sơn – Mực in|||Paint and Printing Ink', 'Mỹ phẩm|||Cosmetics',
      'Bưu chính chuyển phát|||Postal and Express Delivery', 'Tổ chức sự kiện|||Event Organizers',
      'Truyền hình trả tiền|KINH_TE_THUONG_MAI,BAO_CHI_XUAT_BAN||Pay Television',
      'Trò chơi trực tuyến|||Online Games', 'Dữ liệu số|KINH_TE_THUONG_MAI,KHOA_HOC_KY_THUAT||Digital Data',
      'Điện toán đám mây|KINH_TE_THUONG_MAI,KHOA_HOC_KY_THUAT||Cloud Computing',
      'Blockchain|KINH_TE_THUONG_MAI,KHOA_HOC_KY_THUAT||Blockchain',
      'Công nghệ tài chính|||Financial Technology', 'Thanh toán điện tử|||Electronic Payment',
      'Điện gió|KINH_TE_THUONG_MAI,MOI_TRUONG||Wind Power', 'Xe điện|||Electric Vehicles',
      'Pin và Lưu trữ năng lượng|||Battery and Energy Storage', 'Khai thác khoáng sản|||Mining',
      'Đá ốp lát|||Dimension Stone', 'Kho lạnh|||Cold Storage', 'Thang máy|||Elevator',
      'Các trường đại học, cao đẳng|KHUYEN_HOC||Universities and Colleges',
      'Các trường cao đẳng nghề|KHUYEN_HOC||Vocational Colleges',
      'Các trường phổ thông ngoài công lập|KHUYEN_HOC||Non-public Schools',
      'Các trường mầm non tư thục|KHUYEN_HOC,TRE_EM_PHU_NU||Private Kindergartens']),
    -- N6 sports federations: "Liên đoàn Quần vợt Việt Nam" / "Vietnam Tennis Federation"
    (6, 'N', 'LIEN_DOAN', 'Liên đoàn ', ' Việt Nam', 'Vietnam ', ' Federation', '{VAN_HOA_THE_THAO}', 1.0, ARRAY[
      'Bóng đá|||Football', 'Bóng chuyền|||Volleyball', 'Quần vợt|||Tennis', 'Cờ|||Chess', 'Điền kinh|||Athletics',
      'Thể dục|||Gymnastics', 'Thể thao dưới nước|||Aquatics', 'Cầu lông|||Badminton', 'Bóng bàn|||Table Tennis',
      'Bóng rổ|||Basketball', 'Võ thuật cổ truyền|||Traditional Martial Arts', 'Vovinam|||Vovinam',
      'Taekwondo|||Taekwondo', 'Karate|||Karate', 'Judo|||Judo', 'Wushu|||Wushu', 'Bắn cung|||Archery', 'Golf|||Golf',
      'Xe đạp – Mô tô thể thao|||Cycling and Motor Sports', 'Đua thuyền|||Rowing and Canoeing', 'Bóng ném|||Handball',
      'Thể hình và Fitness|||Bodybuilding and Fitness', 'Kickboxing|||Kickboxing', 'Pencak Silat|||Pencak Silat',
      'Quyền Anh|||Boxing', 'Vật|||Wrestling', 'Cử tạ|||Weightlifting', 'Bắn súng|||Shooting',
      'Khiêu vũ thể thao|||Dancesport', 'Billiards và Snooker|||Billiards and Snooker', 'Thể thao điện tử|||Esports',
      'Đá cầu|||Shuttlecock', 'Leo núi thể thao|||Sport Climbing', 'Lân Sư Rồng|||Lion and Dragon Dance',
      'Yoga|||Yoga', 'Bóng chày|||Baseball and Softball', 'Cầu mây|||Sepak Takraw', 'Đấu kiếm|||Fencing',
      'Jujitsu|||Jujitsu', 'Sambo|||Sambo', 'Muay|||Muay', 'Bóng bầu dục|||Rugby', 'Ba môn phối hợp|||Triathlon',
      'Trượt patin|||Roller Sports']),
    -- N7 unions of associations: "Liên hiệp các Hội UNESCO Việt Nam"
    (7, 'N', 'LIEN_HIEP_HOI', 'Liên hiệp các Hội ', ' Việt Nam', NULL, NULL, '{VAN_HOA_THE_THAO}', 1.0, ARRAY[
      'UNESCO|VAN_HOA_THE_THAO,HUU_NGHI', 'Làng nghề|KINH_TE_THUONG_MAI,VAN_HOA_THE_THAO', 'Doanh nhân|KINH_TE_THUONG_MAI',
      'Thể thao quần chúng|VAN_HOA_THE_THAO', 'Bảo tồn thiên nhiên|MOI_TRUONG',
      'Hỗ trợ người khuyết tật|NGUOI_KHUYET_TAT', 'Nghề nghiệp Y tế|Y_TE,NGHE_NGHIEP']),
    -- N8 general associations: "Tổng hội Xây dựng Việt Nam"
    (8, 'N', 'TONG_HOI', 'Tổng hội ', ' Việt Nam', NULL, NULL, '{KHOA_HOC_KY_THUAT}', 1.0, ARRAY[
      'Xây dựng|KHOA_HOC_KY_THUAT,NGHE_NGHIEP', 'Địa chất', 'Cơ khí',
      'Nông nghiệp và Phát triển nông thôn|NONG_NGHIEP', 'Giao thông Vận tải|KHOA_HOC_KY_THUAT,KINH_TE_THUONG_MAI',
      'Hóa chất|KHOA_HOC_KY_THUAT,KINH_TE_THUONG_MAI']),
    -- N9/N10 national funds: "Quỹ Bảo tồn di sản văn hóa Việt Nam"
    (9, 'N', 'QUY_XA_HOI', 'Quỹ ', ' Việt Nam', NULL, NULL, '{KHUYEN_HOC}', 1.0, ARRAY[
      'Khuyến tài', 'Học bổng tài năng trẻ', 'Bảo tồn di sản văn hóa|VAN_HOA_THE_THAO',
      'Phát triển văn hóa đọc|VAN_HOA_THE_THAO,KHUYEN_HOC', 'Hỗ trợ sáng tạo kỹ thuật|KHOA_HOC_KY_THUAT',
      'Ươm mầm tài năng', 'Phát triển thể thao|VAN_HOA_THE_THAO', 'Hỗ trợ phát triển cộng đồng|NONG_NGHIEP',
      'Vì môi trường xanh|MOI_TRUONG', 'Bảo tồn thiên nhiên|MOI_TRUONG', 'Phát triển giáo dục vùng cao',
      'Hỗ trợ khởi nghiệp đổi mới sáng tạo|KINH_TE_THUONG_MAI,KHOA_HOC_KY_THUAT',
      'Phát triển điện ảnh|VAN_HOC_NGHE_THUAT', 'Bảo tồn âm nhạc dân tộc|VAN_HOC_NGHE_THUAT,VAN_HOA_THE_THAO',
      'Hỗ trợ nghiên cứu khoa học trẻ|KHOA_HOC_KY_THUAT', 'Hỗ trợ văn học nghệ thuật|VAN_HOC_NGHE_THUAT',
      'Giáo dục kỹ năng sống', 'Phát triển y học|Y_TE']),
    (10, 'N', 'QUY_TU_THIEN', 'Quỹ ', ' Việt Nam', NULL, NULL, '{NHAN_DAO_TU_THIEN}', 1.0, ARRAY[
      'Bảo trợ trẻ em|TRE_EM_PHU_NU,NHAN_DAO_TU_THIEN', 'Vì trẻ em khuyết tật|TRE_EM_PHU_NU,NGUOI_KHUYET_TAT',
      'Hỗ trợ nạn nhân chất độc da cam|NHAN_DAO_TU_THIEN,NGUOI_KHUYET_TAT',
      'Chắp cánh ước mơ|TRE_EM_PHU_NU,NHAN_DAO_TU_THIEN', 'Hỗ trợ bệnh nhân nghèo|NHAN_DAO_TU_THIEN,Y_TE',
      'Hỗ trợ người khuyết tật|NGUOI_KHUYET_TAT,NHAN_DAO_TU_THIEN', 'Mái ấm tình thương',
      'Hỗ trợ người cao tuổi|NGUOI_CAO_TUOI,NHAN_DAO_TU_THIEN', 'Hỗ trợ ngư dân|NHAN_DAO_TU_THIEN,NONG_NGHIEP',
      'Nụ cười trẻ thơ|TRE_EM_PHU_NU,NHAN_DAO_TU_THIEN', 'Hỗ trợ phụ nữ nghèo|TRE_EM_PHU_NU,NHAN_DAO_TU_THIEN',
      'Bảo trợ bệnh nhân ung thư|Y_TE,NHAN_DAO_TU_THIEN', 'Trái tim nhân ái', 'Nước sạch nông thôn|NHAN_DAO_TU_THIEN,MOI_TRUONG',
      'Thắp sáng vùng cao', 'Xe đạp đến trường|NHAN_DAO_TU_THIEN,KHUYEN_HOC',
      'Hỗ trợ trẻ em mồ côi|TRE_EM_PHU_NU,NHAN_DAO_TU_THIEN', 'Hỗ trợ nạn nhân bom mìn|NHAN_DAO_TU_THIEN,NGUOI_KHUYET_TAT',
      'Hỗ trợ đồng bào vùng thiên tai']),
    -- N11/N12 named funds: "Quỹ Từ thiện Ánh Dương", "Quỹ Học bổng Chồi Non" (no "Việt Nam")
    (11, 'N', 'QUY_TU_THIEN', 'Quỹ Từ thiện ', '', NULL, NULL, '{NHAN_DAO_TU_THIEN}', 0.4, poetic),
    (12, 'N', 'QUY_XA_HOI', 'Quỹ Học bổng ', '', NULL, NULL, '{KHUYEN_HOC}', 0.4, poetic),

    -- I1-I4 inter-provincial (the region is appended): "Hiệp hội Cà phê Tây Nguyên"
    (21, 'I', 'HIEP_HOI', 'Hiệp hội ', '', NULL, NULL, '{KINH_TE_THUONG_MAI}', 1.0, ARRAY[
      'Cà phê|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R1', 'Hồ tiêu|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R1R4',
      'Điều|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R4R1', 'Chè|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R6R1',
      'Trái cây|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R2R4R6', 'Lúa gạo|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R2R3',
      'Thủy sản|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R2R5', 'Du lịch|KINH_TE_THUONG_MAI,VAN_HOA_THE_THAO',
      'Doanh nghiệp', 'Doanh nghiệp nhỏ và vừa', 'Vận tải ô tô||||R2R4R5R6', 'Logistics||||R2R3R4R5',
      'Gỗ và Lâm sản|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R1R5R6', 'Cao su|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R1R4',
      'Dừa|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R2', 'Muối|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R5R2',
      'Nước mắm|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R5R2', 'Yến sào|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R5',
      'Làng nghề|KINH_TE_THUONG_MAI,VAN_HOA_THE_THAO|||R3R5', 'Bất động sản||||R4R3R2']),
    (22, 'I', 'HOI', 'Hội ', '', NULL, NULL, '{KINH_TE_THUONG_MAI}', 1.0, ARRAY[
      'Doanh nhân trẻ|KINH_TE_THUONG_MAI|Doanh nghiệp trẻ', 'Nữ doanh nhân|KINH_TE_THUONG_MAI,TRE_EM_PHU_NU|||R2R4R5',
      'Văn nghệ dân gian|VAN_HOC_NGHE_THUAT,VAN_HOA_THE_THAO|||R1R6', 'Nghề cá|NONG_NGHIEP,KINH_TE_THUONG_MAI|||R2R5',
      'Khuyến nông|NONG_NGHIEP|||R1R2R6', 'Khoa học Kinh tế|KINH_TE_THUONG_MAI,KHOA_HOC_KY_THUAT|||R2R1R6',
      'Y học|Y_TE|||R2R1R5', 'Bảo tồn Di sản văn hóa|VAN_HOA_THE_THAO|||R5R1']),
    (23, 'I', 'QUY_XA_HOI', 'Quỹ ', '', NULL, NULL, '{KHUYEN_HOC}', 1.0, ARRAY[
      'Học bổng||||R1R6R2', 'Hỗ trợ phát triển giáo dục||||R1R6']),
    (24, 'I', 'QUY_TU_THIEN', 'Quỹ ', '', NULL, NULL, '{NHAN_DAO_TU_THIEN}', 1.0, ARRAY[
      'Bảo trợ trẻ em|TRE_EM_PHU_NU,NHAN_DAO_TU_THIEN|||R6R1', 'Hỗ trợ đồng bào vùng lũ||||R5']),

    -- P1-P7 provincial (the place is appended): "Hội Khuyến học tỉnh Nghệ An". Weights: what almost every
    -- province has (3) … specialised ones (1 or less). No "Hội Luật gia", no "Hội Chữ thập đỏ" (see header).
    (31, 'P', 'HOI', 'Hội ', '', NULL, NULL, '{NGHE_NGHIEP}', 1.0, ARRAY[
      'Khuyến học|KHUYEN_HOC||||3', 'Người cao tuổi|NGUOI_CAO_TUOI||||3', 'Cựu giáo chức|KHUYEN_HOC,NGHE_NGHIEP||||2',
      'Người mù|NGUOI_KHUYET_TAT||||3',
      'Bảo trợ người khuyết tật và trẻ mồ côi|NGUOI_KHUYET_TAT,TRE_EM_PHU_NU|Bảo trợ người tàn tật và trẻ mồ côi|||3',
      'Nạn nhân chất độc da cam/dioxin|NHAN_DAO_TU_THIEN,NGUOI_KHUYET_TAT||||3',
      'Cựu thanh niên xung phong|CUU_CHIEN_BINH||||3', 'Cựu Công an nhân dân|CUU_CHIEN_BINH||||2',
      'Đông y|Y_TE|Y học dân tộc|||3', 'Châm cứu|Y_TE||||2', 'Làm vườn và Trang trại|NONG_NGHIEP|Làm vườn|||2',
      'Sinh vật cảnh|VAN_HOA_THE_THAO,MOI_TRUONG||||2', 'Nhà báo|BAO_CHI_XUAT_BAN,NGHE_NGHIEP||||3',
      'Văn học nghệ thuật|VAN_HOC_NGHE_THUAT||||2', 'Kiến trúc sư|NGHE_NGHIEP,VAN_HOC_NGHE_THUAT||||2',
      'Tin học|KHOA_HOC_KY_THUAT', 'Kế toán và Kiểm toán|NGHE_NGHIEP,KINH_TE_THUONG_MAI|Kế toán|||2',
      'Bảo vệ thiên nhiên và môi trường|MOI_TRUONG||||2', 'Khoa học Lịch sử|KHOA_HOC_KY_THUAT||||2',
      'Nhiếp ảnh|VAN_HOC_NGHE_THUAT|Nhiếp ảnh nghệ thuật', 'Âm nhạc|VAN_HOC_NGHE_THUAT', 'Mỹ thuật|VAN_HOC_NGHE_THUAT',
      'Văn nghệ dân gian|VAN_HOC_NGHE_THUAT,VAN_HOA_THE_THAO', 'Doanh nhân trẻ|KINH_TE_THUONG_MAI|Doanh nghiệp trẻ|||2',
      'Nữ doanh nhân|KINH_TE_THUONG_MAI,TRE_EM_PHU_NU||||2', 'Doanh nhân Cựu chiến binh|KINH_TE_THUONG_MAI,CUU_CHIEN_BINH',
      'Hỗ trợ gia đình liệt sĩ|NHAN_DAO_TU_THIEN,CUU_CHIEN_BINH', 'Cờ tướng|VAN_HOA_THE_THAO',
      'Xây dựng|KHOA_HOC_KY_THUAT,NGHE_NGHIEP', 'Y tế công cộng|Y_TE', 'Điều dưỡng|Y_TE,NGHE_NGHIEP', 'Dược học|Y_TE',
      'Tim mạch|Y_TE', 'Nhi khoa|Y_TE,TRE_EM_PHU_NU', 'Sản phụ khoa|Y_TE,TRE_EM_PHU_NU', 'Răng Hàm Mặt|Y_TE',
      'Phục hồi chức năng|Y_TE,NGUOI_KHUYET_TAT', 'Nội khoa|Y_TE', 'Ngoại khoa|Y_TE', 'Dinh dưỡng|Y_TE',
      'Chăn nuôi|NONG_NGHIEP', 'Thú y|NONG_NGHIEP', 'Bảo vệ thực vật|NONG_NGHIEP',
      'Khoa học Kỹ thuật Lâm nghiệp|NONG_NGHIEP,KHOA_HOC_KY_THUAT,MOI_TRUONG', 'Thủy lợi|NONG_NGHIEP,KHOA_HOC_KY_THUAT',
      'Cầu đường|KHOA_HOC_KY_THUAT', 'Cơ khí|KHOA_HOC_KY_THUAT', 'Khoa học Kinh tế|KINH_TE_THUONG_MAI,KHOA_HOC_KY_THUAT',
      'Khoa học Tâm lý – Giáo dục|KHUYEN_HOC,KHOA_HOC_KY_THUAT', 'Thư viện|VAN_HOA_THE_THAO,NGHE_NGHIEP',
      'Văn thư – Lưu trữ|NGHE_NGHIEP', 'Di sản văn hóa|VAN_HOA_THE_THAO', 'Cổ vật|VAN_HOA_THE_THAO',
      'Thư pháp|VAN_HOC_NGHE_THUAT', 'Cây cảnh nghệ thuật|VAN_HOA_THE_THAO,MOI_TRUONG', 'Nuôi ong|NONG_NGHIEP',
      'Nghề cá|NONG_NGHIEP,KINH_TE_THUONG_MAI|||R2R3R4R5', 'Người khuyết tật|NGUOI_KHUYET_TAT|Người tàn tật|||2',
      'Người điếc|NGUOI_KHUYET_TAT', 'Bảo trợ bệnh nhân nghèo|NHAN_DAO_TU_THIEN,Y_TE||||2',
      'Kế hoạch hóa gia đình|TRE_EM_PHU_NU,Y_TE', 'Vận động hiến máu tình nguyện|NHAN_DAO_TU_THIEN,Y_TE',
      'Bảo vệ quyền lợi người tiêu dùng|KINH_TE_THUONG_MAI,PHAP_LUAT|Tiêu chuẩn và Bảo vệ người tiêu dùng',
      'Bảo vệ quyền trẻ em|TRE_EM_PHU_NU', 'Giáo dục chăm sóc sức khỏe cộng đồng|Y_TE,KHUYEN_HOC',
      'Dưỡng sinh|VAN_HOA_THE_THAO,NGUOI_CAO_TUOI', 'Cựu tù chính trị và tù binh|CUU_CHIEN_BINH',
      'Nông nghiệp hữu cơ|NONG_NGHIEP', 'Giáo dục nghề nghiệp|KHUYEN_HOC',
      'Hướng dẫn viên du lịch|NGHE_NGHIEP,VAN_HOA_THE_THAO', 'Văn hóa Ẩm thực|VAN_HOA_THE_THAO',
      'Thầy thuốc trẻ|Y_TE,NGHE_NGHIEP', 'Nữ trí thức|KHOA_HOC_KY_THUAT,TRE_EM_PHU_NU',
      'Trí thức Khoa học và Công nghệ|KHOA_HOC_KY_THUAT', 'Công chứng viên|NGHE_NGHIEP,PHAP_LUAT',
      'Chim cảnh|VAN_HOA_THE_THAO', 'Hoa lan|VAN_HOA_THE_THAO,NONG_NGHIEP', 'Sân khấu|VAN_HOC_NGHE_THUAT',
      'Khuyến nông|NONG_NGHIEP', 'Hỗ trợ trẻ tự kỷ|TRE_EM_PHU_NU,NGUOI_KHUYET_TAT']),
    (32, 'P', 'HOI', 'Hội Hữu nghị Việt Nam – ', '', NULL, NULL, '{HUU_NGHI}', 0.7, ARRAY[
      'Lào||||1.5', 'Campuchia||||1.5', 'Trung Quốc', 'Nhật Bản', 'Hàn Quốc', 'Nga', 'Cuba', 'Pháp']),
    (33, 'P', 'HIEP_HOI', 'Hiệp hội ', '', NULL, NULL, '{KINH_TE_THUONG_MAI}', 0.7, ARRAY[
      'Doanh nghiệp||||3', 'Doanh nghiệp nhỏ và vừa||||2', 'Du lịch|KINH_TE_THUONG_MAI,VAN_HOA_THE_THAO|||2',
      'Vận tải ô tô||||1', 'Taxi', 'Bất động sản||||1', 'Nhà thầu xây dựng',
      'Thủy sản|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R2R3R4R5', 'Cà phê|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R1R4R6',
      'Hồ tiêu|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R1R4R5', 'Điều|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R1R4R5',
      'Chè|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R1R5R6', 'Trái cây|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R2R4R6',
      'Gỗ và Lâm sản|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R1R4R5R6', 'Dệt may', 'Làng nghề|KINH_TE_THUONG_MAI,VAN_HOA_THE_THAO||||1',
      'Cao su|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R1R4R5', 'Chế biến thực phẩm',
      'Công nghệ thông tin|KINH_TE_THUONG_MAI,KHOA_HOC_KY_THUAT', 'Logistics',
      'Khách sạn|KINH_TE_THUONG_MAI,VAN_HOA_THE_THAO', 'Vật liệu xây dựng', 'Chăn nuôi|KINH_TE_THUONG_MAI,NONG_NGHIEP',
      'Yến sào|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R2R5|0.5', 'Nước mắm|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R2R4R5|0.5',
      'Muối|KINH_TE_THUONG_MAI,NONG_NGHIEP|||R2R3R5|0.5', 'Doanh nghiệp có vốn đầu tư nước ngoài']),
    (34, 'P', 'LIEN_HIEP_HOI', '', '', NULL, NULL, '{KHOA_HOC_KY_THUAT}', 1.5, ARRAY[
      'Liên hiệp các Hội Khoa học và Kỹ thuật|KHOA_HOC_KY_THUAT', 'Liên hiệp các tổ chức hữu nghị|HUU_NGHI',
      'Liên minh Hợp tác xã|HOP_TAC_XA,KINH_TE_THUONG_MAI||||1']),
    (35, 'P', 'LIEN_DOAN', 'Liên đoàn ', '', NULL, NULL, '{VAN_HOA_THE_THAO}', 0.6, ARRAY[
      'Bóng đá', 'Quần vợt', 'Cờ', 'Võ thuật cổ truyền', 'Cầu lông', 'Bóng bàn', 'Vovinam', 'Bóng chuyền']),
    (36, 'P', 'QUY_XA_HOI', 'Quỹ ', '', NULL, NULL, '{KHUYEN_HOC}', 0.7, ARRAY[
      'Khuyến học||||1.5', 'Học bổng Tài năng trẻ', 'Bảo tồn di sản văn hóa|VAN_HOA_THE_THAO',
      'Hỗ trợ phát triển cộng đồng|NONG_NGHIEP', 'Phát triển giáo dục', 'Ươm mầm tài năng',
      'Sách cho em|KHUYEN_HOC,TRE_EM_PHU_NU', 'Phát triển thể thao|VAN_HOA_THE_THAO',
      'Hỗ trợ sáng tạo kỹ thuật|KHOA_HOC_KY_THUAT', 'Vì môi trường xanh|MOI_TRUONG',
      'Phát triển văn hóa đọc|VAN_HOA_THE_THAO,KHUYEN_HOC', 'Khuyến tài']),
    (37, 'P', 'QUY_TU_THIEN', 'Quỹ ', '', NULL, NULL, '{NHAN_DAO_TU_THIEN}', 0.7, ARRAY[
      'Bảo trợ trẻ em|TRE_EM_PHU_NU,NHAN_DAO_TU_THIEN||||1.5',
      'Hỗ trợ nạn nhân chất độc da cam|NHAN_DAO_TU_THIEN,NGUOI_KHUYET_TAT',
      'Chắp cánh ước mơ|TRE_EM_PHU_NU,NHAN_DAO_TU_THIEN', 'Hỗ trợ bệnh nhân nghèo|NHAN_DAO_TU_THIEN,Y_TE||||1.5',
      'Từ thiện Ánh Dương', 'Hỗ trợ người khuyết tật|NGUOI_KHUYET_TAT,NHAN_DAO_TU_THIEN', 'Nhân đạo Sen Vàng',
      'Từ thiện Tấm lòng vàng', 'Mái ấm tình thương', 'Hỗ trợ người cao tuổi|NGUOI_CAO_TUOI,NHAN_DAO_TU_THIEN',
      'Hỗ trợ ngư dân bám biển|NHAN_DAO_TU_THIEN,NONG_NGHIEP', 'Xe đạp đến trường|KHUYEN_HOC,NHAN_DAO_TU_THIEN',
      'Nụ cười trẻ thơ|TRE_EM_PHU_NU,NHAN_DAO_TU_THIEN', 'Hỗ trợ phụ nữ nghèo|TRE_EM_PHU_NU,NHAN_DAO_TU_THIEN',
      'Bảo trợ bệnh nhân ung thư|Y_TE,NHAN_DAO_TU_THIEN', 'Trái tim nhân ái',
      'Thắp sáng ước mơ|TRE_EM_PHU_NU,NHAN_DAO_TU_THIEN', 'Hỗ trợ trẻ em mồ côi|TRE_EM_PHU_NU,NHAN_DAO_TU_THIEN'])
  ) AS g(gid, lvl, kind, prefix, suffix, en_prefix, en_suffix, def_fields, w, items);

  -- Regions for inter-provincial organisations: the 63 units they cover (the head office is one of them, or its
  -- successor for organisations founded from 2025-07-01).
  CREATE TEMP TABLE seed_region ON COMMIT DROP AS
  SELECT * FROM (VALUES
    ('R1', 'Tây Nguyên', '{T62,T64,T66,T67,T68}'::text[]),
    ('R2', 'Đồng bằng sông Cửu Long', '{T80,T82,T83,T84,T86,T87,T89,T91,T92,T93,T94,T95,T96}'),
    ('R3', 'Đồng bằng sông Hồng', '{T01,T22,T26,T27,T30,T31,T33,T34,T35,T36,T37}'),
    ('R4', 'Đông Nam Bộ', '{T70,T72,T74,T75,T77,T79}'),
    ('R5', 'miền Trung', '{T38,T40,T42,T44,T45,T46,T48,T49,T51,T52,T54,T56,T58,T60}'),
    ('R6', 'các tỉnh miền núi phía Bắc', '{T02,T04,T06,T08,T10,T11,T12,T14,T15,T17,T19,T20,T24,T25}')
  ) AS r(rid, label, keys);
  CREATE TEMP TABLE seed_rmember ON COMMIT DROP AS
  SELECT m.rid, m.new_era, m.key, row_number() OVER (PARTITION BY m.rid, m.new_era ORDER BY m.key) - 1 AS idx,
         count(*) OVER (PARTITION BY m.rid, m.new_era) AS cnt
    FROM (SELECT r.rid, false AS new_era, k.key FROM seed_region r CROSS JOIN LATERAL unnest(r.keys) AS k(key)
          UNION
          SELECT r.rid, true, p.successor FROM seed_region r CROSS JOIN LATERAL unnest(r.keys) AS k(key)
            JOIN platform.province p ON p.key = k.key) m;

  -- Templates, one row per name (inter-provincial: per name and region). old_name: the name before a rename.
  CREATE TEMP TABLE seed_tpl ON COMMIT DROP AS
  SELECT row_number() OVER (ORDER BY g.gid, t.ord, r.rid) AS tid, g.lvl, g.kind, k.family,
         g.prefix || x.stem || CASE WHEN g.lvl = 'I' THEN ' ' || r.label ELSE g.suffix END AS name,
         CASE WHEN x.old <> '' THEN g.prefix || x.old
              WHEN g.kind = 'HIEP_HOI' THEN 'Hội ' || x.stem END
           || CASE WHEN g.lvl = 'I' THEN ' ' || r.label ELSE g.suffix END AS old_name,
         CASE WHEN x.en <> '' THEN g.en_prefix || x.en || g.en_suffix END AS name_en,
         coalesce(x.fields, g.def_fields) AS fields, coalesce(x.w, g.w) AS w, r.rid,
         CASE WHEN g.lvl = 'P' THEN x.regs END AS regs
    FROM seed_grp g
    CROSS JOIN LATERAL unnest(g.items) WITH ORDINALITY AS t(item, ord)
    CROSS JOIN LATERAL (SELECT split_part(t.item, '|', 1) AS stem,
                               string_to_array(nullif(split_part(t.item, '|', 2), ''), ',') AS fields,
                               split_part(t.item, '|', 3) AS old, split_part(t.item, '|', 4) AS en,
                               nullif(split_part(t.item, '|', 5), '') AS regs,
                               nullif(split_part(t.item, '|', 6), '')::numeric AS w) x
    JOIN associations.kind k ON k.code = g.kind
    LEFT JOIN seed_region r ON g.lvl = 'I' AND (x.regs IS NULL OR position(r.rid IN x.regs) > 0)
   WHERE g.lvl <> 'I' OR r.rid IS NOT NULL;

  ---------------------------------------------------------------------------------------------------------------------
  -- 4. Provinces by era (V001): the 63 units until 2025-06-30, the 34 from 2025-07-01; Hà Nội and Hồ Chí Minh take
  --    two slots each. place: how a name or an issuer refers to the unit ("tỉnh Nghệ An", "thành phố Đà Nẵng",
  --    "Thành phố Hồ Chí Minh").
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_prov ON COMMIT DROP AS
  SELECT p.key, p.valid_from IS NOT NULL AS new_era, coalesce(p.successor, p.key) AS unit_now,
         CASE WHEN p.code = '79' THEN p.full_name ELSE lower(left(p.full_name, 1)) || substr(p.full_name, 2) END AS place,
         CASE WHEN p.code IN ('01', '79') THEN 2 ELSE 1 END AS w,
         p.key IN ('T01', 'T01N', 'T31', 'T31N') AS pho     -- streets are "phố" in Hà Nội and Hải Phòng
    FROM platform.province p;
  CREATE TEMP TABLE seed_pslot ON COMMIT DROP AS
  SELECT p.new_era, row_number() OVER (PARTITION BY p.new_era ORDER BY p.key, s.n) - 1 AS slot, p.key
    FROM seed_prov p CROSS JOIN LATERAL generate_series(1, p.w) AS s(n);
  SELECT count(*) FILTER (WHERE NOT new_era), count(*) FILTER (WHERE new_era) INTO v_slots_old, v_slots_new
    FROM seed_pslot;

  ---------------------------------------------------------------------------------------------------------------------
  -- 5. One row per organisation to generate: i = 1 .. v_nn national level (10 % inter-provincial), then v_np
  --    provincial. h(x) = hashtext(i || x) & 0x7fffffff. Founding date with density u^0.9, weekends moved to the
  --    nearest Friday/Monday; provincial unit valid at that date; its place name (Thừa Thiên Huế until 2024).
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_g ON COMMIT DROP AS
  SELECT d.i, d.scope, d.founded, pr.key AS pkey,
         CASE WHEN pr.key = 'T46' AND d.founded < date '2025-01-01' THEN 'tỉnh Thừa Thiên Huế' ELSE pr.place END AS place
    FROM (SELECT d0.i, d0.scope,
                 d0.d_raw + CASE extract(isodow FROM d0.d_raw) WHEN 6 THEN -1 WHEN 7 THEN 1 ELSE 0 END AS founded
            FROM (SELECT g.i,
                         CASE WHEN g.i > v_nn THEN 'provincial'
                              WHEN (hashtext(g.i || 's') & 2147483647) % 10 = 0 THEN 'inter_provincial'
                              ELSE 'national' END AS scope,
                         c_first + floor((c_last - c_first + 1) *
                           power((hashtext(g.i || 'd') & 2147483647) / 2147483648.0::float8, 0.9))::int AS d_raw
                    FROM generate_series(1, v_nn + v_np) AS g(i)) d0) d
    LEFT JOIN seed_pslot ps ON d.scope = 'provincial' AND ps.new_era = (d.founded >= c_merger)
                           AND ps.slot = (hashtext(d.i || 'p') & 2147483647) %
                                         CASE WHEN d.founded >= c_merger THEN v_slots_new ELSE v_slots_old END
    LEFT JOIN seed_prov pr ON pr.key = ps.key;

  ---------------------------------------------------------------------------------------------------------------------
  -- 6. Names. Candidates per part (N national, I inter-provincial, one part per provincial place), ordered by a
  --    weighted random key (Efraimidis-Spirakis: -ln(u)/w, u a hash of part and template), without names that
  --    already exist (diacritics-insensitive) and without repeats; the r-th organisation of a part (by i) takes the
  --    r-th candidate. Organisations beyond a part's candidates are not generated.
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_cand ON COMMIT DROP AS
  SELECT c.part, c.tid, c.name, c.old_name, row_number() OVER (PARTITION BY c.part ORDER BY c.k, c.tid) AS rn
    FROM (SELECT DISTINCT ON (c0.part, platform.vn_fold(c0.name)) c0.*
            FROM (SELECT t.lvl AS part, t.tid, t.name, t.old_name,
                         -ln(((hashtext('t' || t.tid) & 2147483647) + 1) / 2147483649.0::float8) / t.w AS k
                    FROM seed_tpl t WHERE t.lvl IN ('N', 'I')
                  UNION ALL
                  SELECT 'P:' || pl.place, t.tid, t.name || ' ' || pl.place, t.old_name || ' ' || pl.place,
                         -ln(((hashtext(pl.place || '#' || t.tid) & 2147483647) + 1) / 2147483649.0::float8) / t.w
                    FROM (SELECT g.place, array_agg(DISTINCT m.rid) AS rids    -- the regions of the place
                            FROM seed_g g JOIN seed_rmember m ON m.key = g.pkey
                           WHERE g.scope = 'provincial' GROUP BY g.place) pl
                    CROSS JOIN seed_tpl t
                   WHERE t.lvl = 'P'
                     AND (t.regs IS NULL
                          OR EXISTS (SELECT 1 FROM unnest(pl.rids) AS r(rid) WHERE position(r.rid IN t.regs) > 0))) c0
           ORDER BY c0.part, platform.vn_fold(c0.name), c0.tid) c
   WHERE NOT EXISTS (SELECT 1 FROM associations.organization o
                      WHERE platform.vn_fold(o.name_vi) = platform.vn_fold(c.name));

  CREATE TEMP TABLE seed_n ON COMMIT DROP AS
  SELECT g.i, g.scope, g.founded, c.name, c.old_name, t.kind, t.family, t.fields, t.name_en, t.rid,
         coalesce(g.pkey, rm.key) AS pkey,
         coalesce(g.place, CASE WHEN rm.key = 'T46' AND g.founded < date '2025-01-01' THEN 'tỉnh Thừa Thiên Huế'
                                ELSE rp.place END) AS place
    FROM (SELECT g1.*, row_number() OVER (PARTITION BY g1.part ORDER BY g1.i) AS r
            FROM (SELECT g0.*, CASE g0.scope WHEN 'national' THEN 'N' WHEN 'inter_provincial' THEN 'I'
                                             ELSE 'P:' || g0.place END AS part
                    FROM seed_g g0) g1) g
    JOIN seed_cand c ON c.part = g.part AND c.rn = g.r
    JOIN seed_tpl t ON t.tid = c.tid
    LEFT JOIN seed_rmember rm ON g.scope = 'inter_provincial' AND rm.rid = t.rid
                             AND rm.new_era = (g.founded >= c_merger)
                             AND rm.idx = (hashtext(g.i || 'h') & 2147483647) % rm.cnt
    LEFT JOIN seed_prov rp ON rp.key = rm.key;

  -- Renames: ~5 % of all, drawn among the organisations that have an older name and are founded by c_life.
  SELECT count(*), count(*) FILTER (WHERE old_name IS NOT NULL AND founded <= c_life) INTO v_all, v_elig FROM seed_n;
  v_pren := least(1000, round(50.0 * v_all / greatest(v_elig, 1)))::int;

  ---------------------------------------------------------------------------------------------------------------------
  -- 7. Organisations with every attribute, ids by founding date, and the lifecycle decided per row:
  --    charter approval 0-60 days after founding; for those founded by c_life: terminal event (3 % dissolved,
  --    2 % merged) at 35-100 % of the time left until c_ref, and before it (fractions of the span from the charter
  --    to the end) amended 5-40 %, renamed 10-50 %, suspended 55-75 %, resumed 80-95 %. Later dates falling on a
  --    weekend move back to the Friday (never before the charter date, which is a weekday).
  ---------------------------------------------------------------------------------------------------------------------
  SELECT coalesce(max(id), 0) INTO v_base FROM associations.organization;
  CREATE TEMP TABLE seed_o ON COMMIT DROP AS
  SELECT q.*,
         q.charter + q.span AS end_raw
    FROM (
    SELECT n.i, v_base + row_number() OVER (ORDER BY n.founded, n.i) AS id, n.scope, n.founded, n.name, n.old_name,
           n.kind, n.family, n.fields, n.name_en, n.pkey, p.unit_now, n.place,
           coalesce(p.pho, false) AS pho,
           ch.charter,
           CASE WHEN n.founded > c_life THEN NULL
                WHEN (hashtext(n.i || 'x') & 2147483647) % 1000 < 30 THEN 'dissolved'
                WHEN (hashtext(n.i || 'x') & 2147483647) % 1000 < 50 THEN 'merged' END AS term,
           n.founded <= c_life AND (hashtext(n.i || 'y') & 2147483647) % 1000 < 40 AS sus,
           (hashtext(n.i || 'z') & 2147483647) % 2 = 0 AS res,
           n.founded <= c_life AND (hashtext(n.i || 'a') & 2147483647) % 1000 < 80 AS amd,
           n.founded <= c_life AND n.old_name IS NOT NULL AND (hashtext(n.i || 'n') & 2147483647) % 1000 < v_pren AS ren,
           CASE WHEN n.founded <= c_life AND (hashtext(n.i || 'x') & 2147483647) % 1000 < 50
                THEN floor((c_ref - ch.charter) * (0.35 + 0.65 * (hashtext(n.i || 'e') & 2147483647) / 2147483648.0))::int
                ELSE c_ref - ch.charter END AS span
      FROM seed_n n
      LEFT JOIN seed_prov p ON p.key = n.pkey
      CROSS JOIN LATERAL (SELECT c0.c - CASE extract(isodow FROM c0.c) WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END AS charter
                            FROM (SELECT n.founded + CASE WHEN (hashtext(n.i || 'c') & 2147483647) % 3 = 0 THEN 0
                                                          ELSE (hashtext(n.i || 'k') & 2147483647) % 61 END AS c) c0) ch
    ) q;
  ALTER TABLE seed_o ADD COLUMN merge_into bigint, ADD COLUMN merge_name text;
  CREATE INDEX ON seed_o (scope, family);

  -- Mergers: the absorbing organisation is active (no terminal event, never suspended), of the same scope and
  -- family, has the same main field (preferably the same kind), was founded before the merger and, for provincial
  -- ones, sits in the same unit (before 2025-07-01) or the same new unit (from then on). None found → the
  -- organisation is dissolved instead.
  UPDATE seed_o s SET merge_into = m.id, merge_name = m.name
    FROM (SELECT s2.i, t.id, t.name
            FROM seed_o s2
            CROSS JOIN LATERAL (
              SELECT t.id, t.name FROM seed_o t
               WHERE t.scope = s2.scope AND t.family = s2.family AND t.i <> s2.i
                 AND t.term IS NULL AND NOT t.sus AND t.founded < s2.end_raw - 3 AND t.fields[1] = s2.fields[1]
                 AND (s2.scope <> 'provincial'
                      OR CASE WHEN s2.end_raw >= c_merger THEN t.unit_now = s2.unit_now ELSE t.pkey = s2.pkey END)
               ORDER BY t.kind = s2.kind DESC, hashtext(s2.i || '>' || t.i), t.i LIMIT 1) t
           WHERE s2.term = 'merged') m
   WHERE s.i = m.i;
  UPDATE seed_o SET term = 'dissolved' WHERE term = 'merged' AND merge_into IS NULL;

  ---------------------------------------------------------------------------------------------------------------------
  -- 8. Events with their decisions. Issuer: BNV for national and inter-provincial organisations, otherwise the
  --    provincial People's Committee of the unit valid on the decision date. Numbers per issuer and year in date
  --    order: n = rank·gap + day-of-year·rate + jitter (jitter < gap), so they grow through the year and never
  --    repeat; below 10 with a leading zero. On a table that already holds decisions of that issuer and year, the
  --    new ones are counted on from the highest existing number.
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_e0 ON COMMIT DROP AS
  SELECT e.*, CASE WHEN o.scope = 'provincial'
                   THEN CASE WHEN e.d >= c_merger THEN o.unit_now ELSE o.pkey END ELSE 'BNV' END AS ik
    FROM seed_o o
    CROSS JOIN LATERAL (
      SELECT o.i, o.id AS org_id, v.seq, v.type_code,
             v.d0 - CASE WHEN v.seq <= 2 THEN 0
                         ELSE CASE extract(isodow FROM v.d0) WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END END AS d,
             v.related_id, v.note
        FROM (VALUES
          (1, 'established', o.founded, NULL::bigint, NULL::text),
          (2, 'charter_approved', o.charter, NULL, NULL),
          (3, CASE WHEN o.amd THEN 'charter_amended' END,
              o.charter + 1 + floor((o.span - 1) * (0.05 + 0.35 * (hashtext(o.i || 'A') & 2147483647) / 2147483648.0))::int,
              NULL, NULL),
          (4, CASE WHEN o.ren THEN 'renamed' END,
              o.charter + 1 + floor((o.span - 1) * (0.10 + 0.40 * (hashtext(o.i || 'N') & 2147483647) / 2147483648.0))::int,
              NULL, 'Tên cũ: ' || o.old_name),
          (5, CASE WHEN o.sus THEN 'suspended' END,
              o.charter + 1 + floor((o.span - 1) * (0.55 + 0.20 * (hashtext(o.i || 'S') & 2147483647) / 2147483648.0))::int,
              NULL, NULL),
          (6, CASE WHEN o.sus AND o.res THEN 'resumed' END,
              o.charter + 1 + floor((o.span - 1) * (0.80 + 0.15 * (hashtext(o.i || 'R') & 2147483647) / 2147483648.0))::int,
              NULL, NULL),
          (7, o.term, o.end_raw, o.merge_into, CASE WHEN o.term = 'merged' THEN 'Sáp nhập vào ' || o.merge_name END)
        ) AS v(seq, type_code, d0, related_id, note)
       WHERE v.type_code IS NOT NULL) e;

  CREATE TEMP TABLE seed_ev ON COMMIT DROP AS
  SELECT e.*,
         CASE WHEN x.n < 10 THEN '0' || x.n ELSE x.n::text END ||
           CASE WHEN e.ik = 'BNV' THEN '/QĐ-BNV' ELSE '/QĐ-UBND' END AS decision_number
    FROM (SELECT e.*,
                 row_number() OVER (PARTITION BY e.ik, extract(year FROM e.d) ORDER BY e.d, e.org_id, e.seq) AS rk,
                 CASE WHEN e.ik = 'BNV' THEN 'Bộ trưởng Bộ Nội vụ'
                      ELSE 'Chủ tịch Ủy ban nhân dân ' ||
                           CASE WHEN e.ik = 'T46' AND e.d < date '2025-01-01' THEN 'tỉnh Thừa Thiên Huế' ELSE p.place END
                 END AS decision_issuer
            FROM seed_e0 e LEFT JOIN seed_prov p ON p.key = e.ik) e
    -- a top-up call continues after the highest number an issuer already used that year
    LEFT JOIN (SELECT u.issuer, u.yr, max(u.n) AS mx
                 FROM (SELECT decision_issuer AS issuer, extract(year FROM event_date) AS yr,
                              split_part(decision_number, '/', 1)::int AS n
                         FROM associations.event WHERE decision_number ~ '^[0-9]{1,9}/'
                       UNION ALL
                       SELECT founding_decision_issuer, extract(year FROM founding_decision_date),
                              split_part(founding_decision_number, '/', 1)::int
                         FROM associations.organization WHERE founding_decision_number ~ '^[0-9]{1,9}/') u
                GROUP BY 1, 2) ex ON ex.issuer = e.decision_issuer AND ex.yr = extract(year FROM e.d)
    CROSS JOIN LATERAL (SELECT coalesce(ex.mx, 0) +
                               CASE WHEN e.ik = 'BNV'
                                    THEN e.rk * 3 + floor(extract(doy FROM e.d) * 2)::int
                                         + (hashtext(e.i || 'q' || e.seq) & 2147483647) % 3
                                    ELSE e.rk * 2 + floor(extract(doy FROM e.d) * 5)::int
                                         + (hashtext(e.i || 'q' || e.seq) & 2147483647) % 2 END AS n) x;

  ---------------------------------------------------------------------------------------------------------------------
  -- 9. Insert. Keys: ASCII slug of the name; too long, already taken or repeated → shortened + '-' + id.
  --    Abbreviation: initials of the English name (national-level associations that have one: "VJFA", "VTF").
  --    Representative: generated full name (a quarter women) and the title for the kind. Members: log-uniform,
  --    at least the founders Decree 126/2024 asks for (100 national, 50 provincial); unions count member
  --    organisations (8-80); funds none. Website for ~30 %. Address: a generated street address in the place.
  ---------------------------------------------------------------------------------------------------------------------
  INSERT INTO associations.organization (id, key, kind_code, name_vi, name_en, abbreviation, scope_code, province_key,
      address, founded_date, founding_decision_number, founding_decision_date, founding_decision_issuer,
      representative_name, representative_title, member_count, website, state_assigned, origin)
  SELECT o.id,
         CASE WHEN length(o.slug) > 80 OR o.slug_rank > 1
                   OR EXISTS (SELECT 1 FROM associations.organization x WHERE x.key = o.slug)
              THEN rtrim(left(o.slug, 70), '-') || '-' || o.id ELSE o.slug END,
         o.kind, o.name, o.name_en,
         CASE WHEN o.scope <> 'provincial' AND o.name_en IS NOT NULL AND o.family = 'association'
              THEN (SELECT string_agg(left(w.w, 1), '' ORDER BY w.n)
                      FROM regexp_split_to_table(o.name_en, '\s+') WITH ORDINALITY AS w(w, n) WHERE w.w ~ '^[A-Z]') END,
         o.scope, CASE WHEN o.scope = 'national' THEN NULL ELSE o.pkey END,
         'Số ' || (1 + (hashtext(o.i || 'b') & 2147483647) % 198) || ' ' ||
           CASE WHEN o.pho OR (o.scope = 'national' AND o.hq = 'thành phố Hà Nội') THEN 'phố ' ELSE 'đường ' END ||
           street[1 + (hashtext(o.i || 'l') & 2147483647) % array_length(street, 1)] || ', phường ' ||
           ward[1 + (hashtext(o.i || 'v') & 2147483647) % array_length(ward, 1)] || ', ' || o.hq,
         o.founded, e.decision_number, o.founded, e.decision_issuer,
         CASE WHEN (hashtext(o.i || 'g') & 2147483647) % 4 = 0
              THEN fam[1 + (hashtext(o.i || 'f') & 2147483647) % array_length(fam, 1)] || ' ' ||
                   mid_f[1 + (hashtext(o.i || 'm') & 2147483647) % array_length(mid_f, 1)] || ' ' ||
                   giv_f[1 + (hashtext(o.i || 'j') & 2147483647) % array_length(giv_f, 1)]
              ELSE fam[1 + (hashtext(o.i || 'f') & 2147483647) % array_length(fam, 1)] || ' ' ||
                   mid_m[1 + (hashtext(o.i || 'm') & 2147483647) % array_length(mid_m, 1)] || ' ' ||
                   giv_m[1 + (hashtext(o.i || 'j') & 2147483647) % array_length(giv_m, 1)] END,
         CASE WHEN o.family = 'fund' THEN 'Chủ tịch Hội đồng quản lý quỹ'
              WHEN o.kind = 'LIEN_HIEP_HOI' AND o.name LIKE 'Liên minh %' THEN 'Chủ tịch Liên minh'
              ELSE 'Chủ tịch ' || CASE o.kind WHEN 'HOI' THEN 'Hội' WHEN 'HIEP_HOI' THEN 'Hiệp hội'
                                              WHEN 'LIEN_HIEP_HOI' THEN 'Liên hiệp hội' WHEN 'LIEN_DOAN' THEN 'Liên đoàn'
                                              ELSE 'Tổng hội' END END,
         CASE WHEN o.family = 'fund' THEN NULL
              WHEN o.kind = 'LIEN_HIEP_HOI' THEN 8 + (hashtext(o.i || 'o') & 2147483647) % 73
              ELSE floor(CASE WHEN o.scope = 'provincial' THEN 50 ELSE 100 END *
                         exp((hashtext(o.i || 'o') & 2147483647) / 2147483648.0 *
                             ln(CASE o.kind WHEN 'HIEP_HOI' THEN 20 WHEN 'LIEN_DOAN' THEN 10 WHEN 'TONG_HOI' THEN 2000
                                            ELSE CASE WHEN o.scope = 'provincial' THEN 400 ELSE 800 END END)))::int END,
         CASE WHEN (hashtext(o.i || 'w') & 2147483647) % 10 < 3
              THEN 'https://' || left(regexp_replace(regexp_replace(regexp_replace(platform.vn_fold(o.name),
                     '^(hoi|hiep hoi|lien hiep cac hoi|lien hiep cac|lien minh|lien doan|tong hoi|quy) ', ''),
                     '(^| )(tinh|thanh pho)( |$)', ' ', 'g'), '[^a-z0-9]', '', 'g'), 50) || '.org.vn' END,
         false, 'generated'
    FROM (SELECT o.*, row_number() OVER (PARTITION BY o.slug ORDER BY o.id) AS slug_rank,
                 CASE WHEN o.scope <> 'national' THEN o.place
                      WHEN (hashtext(o.i || 'H') & 2147483647) % 20 < 16 THEN 'thành phố Hà Nội'
                      WHEN (hashtext(o.i || 'H') & 2147483647) % 20 < 19 THEN 'Thành phố Hồ Chí Minh'
                      ELSE 'thành phố Đà Nẵng' END AS hq
            FROM (SELECT o.*, trim(both '-' FROM regexp_replace(platform.vn_fold(o.name), '[^a-z0-9]+', '-', 'g')) AS slug
                    FROM seed_o o) o) o
    JOIN seed_ev e ON e.org_id = o.id AND e.seq = 1
   ORDER BY o.id;
  GET DIAGNOSTICS v_gen = ROW_COUNT;

  INSERT INTO associations.organization_field (organization_id, field_code)
  SELECT DISTINCT o.id, f.code FROM seed_o o CROSS JOIN LATERAL unnest(o.fields) AS f(code);

  -- Events oldest first per organisation (ids follow the dates); the trigger derives each status.
  SELECT coalesce(max(id), 0) INTO v_ebase FROM associations.event;
  INSERT INTO associations.event (id, organization_id, type_code, event_date, decision_number, decision_issuer,
                                  related_id, note)
  SELECT v_ebase + row_number() OVER (ORDER BY e.org_id, e.d, e.seq), e.org_id, e.type_code, e.d, e.decision_number,
         e.decision_issuer, e.related_id, e.note
    FROM seed_ev e
   ORDER BY e.org_id, e.d, e.seq;

  -- Keep the identities in step with the explicit ids (never moving them backwards).
  v_seq := pg_get_serial_sequence('associations.organization', 'id');
  PERFORM setval(v_seq, greatest((SELECT max(id) FROM associations.organization),
                                 coalesce(pg_sequence_last_value(v_seq::regclass), 1)));
  v_seq := pg_get_serial_sequence('associations.event', 'id');
  PERFORM setval(v_seq, greatest(coalesce((SELECT max(id) FROM associations.event), 1),
                                 coalesce(pg_sequence_last_value(v_seq::regclass), 1)));

  DROP TABLE IF EXISTS pg_temp.seed_real, pg_temp.seed_grp, pg_temp.seed_region, pg_temp.seed_rmember,
    pg_temp.seed_tpl, pg_temp.seed_prov, pg_temp.seed_pslot, pg_temp.seed_g, pg_temp.seed_cand, pg_temp.seed_n,
    pg_temp.seed_o, pg_temp.seed_e0, pg_temp.seed_ev;
  RETURN v_real + v_gen;
END
$seed$;

COMMENT ON FUNCTION associations.seed_demo(int, int) IS
  'Loads the demo registry of associations and funds: the real state-assigned associations named in domain-notes.md '
  '§4 (origin reference) and deterministic generated ones (origin generated) until the registry holds "national" '
  'national/inter-provincial and "provincial" provincial organisations, with their events. Returns the number of '
  'organisations inserted.';
