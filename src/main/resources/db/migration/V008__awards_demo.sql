-- Demo content for emulation and commendation (V007):
--   awards.seed_demo(awards int DEFAULT 50000, dossiers int DEFAULT 5000) RETURNS int
-- (the first parameter has the schema's name; inside the body it is always written seed_demo.awards.)
--
-- The server calls SELECT awards.seed_demo($1, $2) once, on first start, when awards.award is empty. It runs inside
-- the caller's transaction (no COMMIT), returns the number of conferred awards it inserted and leaves ANALYZE to the
-- caller.
--
-- WHAT IS REAL
--   Only the code lists of V007 (award types, deciders, methods, bodies, provinces) and the legal-basis strings
--   (Law 06/2022/QH15 in force 2024-01-01; the 2003 law as amended in 2005 and 2013 before). Everything below is
--   invented and marked origin = 'generated'. Unit names are built from templates; some templates name real
--   institutions (central hospitals, theatres, universities) as the workplace of generated people.
--
-- WHAT IS GENERATED
--   * Rounds (awards.round), 6 a year for 2016-2026, keys "2024-thuong-xuyen" etc.: thường xuyên (01-05 .. 04-30),
--     niên hạn (02-15 .. 05-31), cống hiến (03-01 .. 06-30), chuyên đề (05-15 .. 09-15, one emulation movement a
--     year), đối ngoại (07-01 .. 10-15), đột xuất (01-02 .. 12-20, so the 2026 one is still open). Dates invented.
--     Rounds whose key already exists are reused as they are.
--   * `dossiers` dossiers (awards.dossier) in those rounds (more in recent years; half in the regular rounds), codes
--     HS-YYYY-NNNNNN numbered on from awards.dossier_code_seq, which is then moved past them. Status by round year
--     (low-discrepancy shares, so even 300 dossiers cover every status): up to 2024 84 % decided, 9 % rejected,
--     7 % withdrawn; 2025 spread over all seven states with most decided; 2026 mostly still in the workflow.
--     Transitions (awards.transition) follow awards.transition_rule step by step: create, submit (~87 % of first
--     submissions on or before the round deadline, Vietnam date), 0-2 return/resubmit cycles (returns carry a
--     reason), then approve/reject (rejections carry a reason)/decide, or withdraw from draft or after a return.
--     Times are office hours (Asia/Ho_Chi_Minh), strictly increasing, the last one not after 2026-11-26.
--     Proposer steps are taken by demo-officer-<body key in lower case> (actor_unit = the body), Board steps by
--     demo-reviewer-ban_tdkt (actor_unit BAN_TDKT). version = number of transitions.
--     Proposing body: for a dossier created on or after 2025-07-01 any current body; for one that ended (decided,
--     rejected, withdrawn) before 2025-07-01 a former province (UBND_T{code}) or a current non-province body; for
--     one created before 2025-07-01 that went on after it, or is still open, a current non-province body. So no
--     current province body ever appears before 2025-07-01, and no former province acts after 2025-06-30. Niên hạn
--     rounds are for the armed forces (Bộ Quốc phòng, Bộ Công an).
--   * 1-6 candidates a dossier (awards.candidate), all for one decider (President or Prime Minister, i.e. the types
--     the Central Board handles), three quarters of them for the dossier's main type, chosen per round method and
--     body: Bằng khen of the Prime Minister, orders (Lao động, Độc lập, Hồ Chí Minh, Đại đoàn kết dân tộc, Dũng cảm),
--     Chiến sĩ thi đua toàn quốc and the Government flag in regular/thematic/contribution/irregular rounds; armed-forces
--     orders and service medals for the two armed ministries (niên hạn rounds); Friendship orders and medals, to
--     foreigners, in diplomatic rounds. (State honorary titles and prizes are left to the historical awards, which
--     keep them on their few conferral dates.) Individuals get a generated Vietnamese name (or a foreign one),
--     position and unit, the province valid on the dossier's creation date (its own for a province body), a birth
--     date (age 25-65, 50-65 in contribution rounds), a generated 12-digit citizen ID starting with the province code
--     (none for foreigners and posthumous candidates) and an achievements summary; collectives a unit name only.
--     Evidence (awards.evidence): 1-4 files per submitted dossier, 0-2 per draft (metadata only, sha256 built from
--     md5 of the dossier id and file number).
--   * Conferred awards (awards.award), `awards` in all: first one per candidate of every decided dossier (same
--     name/position/unit, decision of the dossier, body = the proposing body, province mapped to the unit valid on
--     the decision date), then historical ones without a dossier over all 60 types, 2016-01-01 .. 2026-11-27, with
--     fixed weights per type (Giấy khen, Lao động tiên tiến, Bằng khen of ministries/provinces, Chiến sĩ thi đua cơ
--     sở ... far ahead; Huân chương Lao động hạng Ba ≈ 5.4 % of them, with the dossiers' ones 300-500 a year at the
--     default size; Sao vàng about 1 in 10,000, Hồ Chí Minh 3 in 10,000, hero provinces/cities rarer still, so absent
--     from small runs). Sao vàng, Hồ Chí Minh and Độc lập go to former leaders ("Nguyên Thứ trưởng", "Nguyên Chủ tịch
--     Ủy ban nhân dân tỉnh …") or to the body or locality itself. Emulation titles are decided in December or
--     January-March for the year before; state honorary titles on a few dates (Nhà giáo ưu tú in November 2017,
--     2020, 2023, 2026; Thầy thuốc in February; Nghệ sĩ, Nghệ nhân in their years; Heroic Mothers three dates a year);
--     the Youth Volunteer medal only from 2024-03-06 (Decree 28/2024). Many awards share one decision (same number,
--     date, decider and body); decider = the type's decided_by. Numbers run per issuer and year in date order:
--     n/QĐ-CTN (President), n/QĐ-TTg (Prime Minister), n/QĐ-UBND (provincial chair), n/QĐ-BNV and similar short
--     codes for ministries and central bodies, n/QĐ-SGDĐT etc. for heads of agencies (and n/QĐ-UBND for the
--     commune-level household and village titles), with a leading zero below 10; (number, year, body) identifies
--     one decision. Body rules as for dossiers (former provinces before 2025-07-01, current bodies after); province
--     T{code} before 2025-07-01, T{code}N after. Method: mostly thường xuyên, niên hạn for the service medals,
--     cống hiến for part of the orders and commemorative medals, đối ngoại for Friendship orders and medals, đột xuất
--     for Bravery and part of the feats of arms. About 0.3 % are withdrawn later (withdrawal decision of the same
--     issuer, numbered in its sequence, reason text). Only what a decision publishes is written: name, position,
--     unit, province, award, decision — never birth dates, ID numbers, contacts or addresses (households are named
--     "Gia đình ông/bà …" without their village). Keys are year-id; ids follow the decision dates. If `awards` is
--     smaller than the number of candidates in decided dossiers, those awards are still all made (the return value
--     says how many).
--
-- Determinism: every choice is hashtext() of a row index and a salt (& 0x7fffffff) — stable on PostgreSQL 15-17 —
-- or a golden-ratio sequence; no random(), no now() in any value (created_at/modified_at are set from the generated
-- dates). Ids are explicit (current max + rank), so a run on the same database state gives the same rows.
-- Set-based: a few statements over temporary tables (ON COMMIT DROP) and one temporary view; no per-row loops.
--
-- Timing (scratch PostgreSQL 15 on a 2-core machine, default settings apart from the function's own SET clauses,
-- fresh database with V001-V008, the whole call in one transaction):
--   seed_demo(3000, 300)      1.4-1.7 s
--   seed_demo(50000, 5000)    12.5-17 s: the award INSERT ≈ 9.6 s, candidates 1.1 s, every other step < 0.6 s.
--   seed_demo(1000000, 5000)  3 min 16 s - 3 min 29 s.
--   The award INSERT is bound by the table itself (8 indexes incl. GIN, generated search column, 7 foreign keys): a
--   bare INSERT of 50,000 constant rows into awards.award takes ≈ 5.6 s on the same machine (3.6 s without the
--   foreign-key triggers). Building the rows is cheap because the word lists are inlined into the naming view as
--   literals and every template/province/body pick is one equality join on a precomputed slot (an earlier version
--   that read the lists from a table row paid ~100 µs a row for decompressing the arrays).

CREATE OR REPLACE FUNCTION awards.seed_demo(awards int DEFAULT 50000, dossiers int DEFAULT 5000) RETURNS int
LANGUAGE plpgsql
-- Function-local settings, reverted on return: memory for the big sorts and GIN pending-list flushes (as V003), no
-- JIT (it compiles the large generation queries for seconds and gains nothing), no NOTICEs from the housekeeping.
SET work_mem = '256MB'
SET gin_pending_list_limit = '64MB'
SET jit = off
SET client_min_messages = warning
AS $seed$
DECLARE
  c_today  constant date := date '2026-11-27';   -- "today" of the demo: nothing is dated after it
  c_first  constant date := date '2016-01-01';   -- first conferral date
  c_merger constant date := date '2025-07-01';   -- first day of the 34 provincial units
  c_law    constant date := date '2024-01-01';   -- Law 06/2022/QH15 in force
  c_tz     constant text := 'Asia/Ho_Chi_Minh';
  v_na     int := greatest(coalesce(seed_demo.awards, 0), 0);
  v_nd     int := greatest(coalesce(seed_demo.dossiers, 0), 0);
  v_nc     int;       -- awards from decided dossiers
  v_nh     int;       -- historical awards (no dossier)
  v_rslots int;
  v_dbase  bigint;
  v_abase  bigint;
  v_tbase  bigint;
  v_code0  bigint;
  v_made   int;
  v_seq    text;
  v_pc_old int;
  v_pc_new int;

  -- Word lists (the view of step 12 gets them inlined as literals).
  -- common Vietnamese family names (weighted by repetition), male/female middle and given names (as V003/V006)
  fam constant text[] := ARRAY['Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Trần','Trần','Trần','Lê','Lê',
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
  -- given names of an older generation (Heroic Mothers)
  giv_old constant text[] := ARRAY['Lành','Tý','Sáu','Hai','Ba','Tư','Năm','Bảy','Tám','Chín','Mười','Nụ','Thơm',
    'Gái','Chắt','Đào','Lựu','Mận','Cúc','Huệ','Lài','Sen','Nhàn','Thìn','Dần','Mão','Tỵ','Ngọ'];
  -- commune, village and company names ("xã Tân Tiến", "Công ty Cổ phần Xây dựng Thành Công")
  wrd constant text[] := ARRAY['Quang Trung','Tân Tiến','Hòa Bình','Thành Công','Quyết Thắng','Tân An','Bình Minh',
    'Đông Hòa','Phú Hòa','Tân Lập','Hồng Hà','An Phú','Bắc Sơn','Nam Sơn','Hưng Phú','Thống Nhất','Tân Thịnh',
    'Minh Khai','Tân Phong','Phú Lợi','Vĩnh Ninh','Đông Thành','Tây Sơn','Hòa Khánh','Trung Sơn','Hợp Thành',
    'Phước Long','Cẩm Thành','Xuân Phú','Yên Hòa','Đại Đồng','Kim Sơn','Thanh Bình','Hưng Đạo','Đồng Tâm',
    'Tiến Thắng','Vĩnh Phúc','An Khánh','Tân Hiệp','Phú Thịnh','Mỹ Hòa','Long Hưng','Hòa Lợi','Ngọc Lâm','Đức Thắng',
    'Thịnh Quang','Hoài Nhơn','Bình Thuận','Cát Tiên','Tam Hiệp'];
  -- schools named after historical figures
  school constant text[] := ARRAY['Lê Quý Đôn','Nguyễn Trãi','Chu Văn An','Trần Phú','Phan Bội Châu','Lê Lợi',
    'Nguyễn Du','Quang Trung','Nguyễn Huệ','Hùng Vương','Lương Thế Vinh','Nguyễn Khuyến','Trần Hưng Đạo','Võ Thị Sáu',
    'Lý Tự Trọng','Nguyễn Bỉnh Khiêm','Lê Hồng Phong','Nguyễn Văn Trỗi','Phan Chu Trinh','Huỳnh Thúc Kháng',
    'Hoàng Văn Thụ','Ngô Quyền','Tô Hiệu','Kim Đồng','Lê Văn Tám','Nguyễn Đình Chiểu','Trần Quốc Tuấn',
    'Lý Thường Kiệt'];
  -- foreigners (Friendship orders and medals): generated names, each with a country
  f_name constant text[] := ARRAY['Somphone Keomany','Bounmy Phommachanh','Khamla Sisavath','Sok Chenda',
    'Chea Sophal','Tanaka Hiroshi','Suzuki Keiko','Yamamoto Takeshi','Kim Min-jun','Park Ji-yeon','Lee Seung-ho',
    'Ivan Petrov','Olga Smirnova','Sergei Volkov','Pierre Martin','Sophie Dubois','Hans Müller','Anna Schneider',
    'Carlos Pérez','María Rodríguez','John Anderson','Emily Carter','James Wilson','Lars Johansson','Ingrid Hansen',
    'Somchai Suksawat','Ahmad Ismail','Rajesh Kumar','Marco Rossi','Jan Kowalski','Tomáš Novák','Zhang Wei','Li Na',
    'Ganbold Bat-Erdene','Michael Brown','Pieter de Vries','Antonio García','Ana Souza','Nadia Haddad','Kofi Mensah'];
  f_country constant text[] := ARRAY['Lào','Lào','Lào','Campuchia','Campuchia','Nhật Bản','Nhật Bản','Nhật Bản',
    'Hàn Quốc','Hàn Quốc','Hàn Quốc','Liên bang Nga','Liên bang Nga','Liên bang Nga','Cộng hòa Pháp','Cộng hòa Pháp',
    'Cộng hòa Liên bang Đức','Cộng hòa Liên bang Đức','Cộng hòa Cuba','Cộng hòa Cuba','Hoa Kỳ','Hoa Kỳ','Australia',
    'Thụy Điển','Na Uy','Thái Lan','Malaysia','Ấn Độ','Italia','Ba Lan','Cộng hòa Séc','Trung Quốc','Trung Quốc',
    'Mông Cổ','Vương quốc Anh','Hà Lan','Tây Ban Nha','Brazil','Algeria','Ghana'];
  -- one emulation movement a year, 2016 .. 2026 (thematic rounds and rationales)
  topic constant text[] := ARRAY['Cả nước chung sức xây dựng nông thôn mới',
    'Vì người nghèo – Không để ai bị bỏ lại phía sau','Doanh nghiệp Việt Nam hội nhập và phát triển',
    'Đổi mới, sáng tạo trong dạy và học','Phòng, chống dịch COVID-19','Phòng, chống dịch COVID-19',
    'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở','Thi đua thực hiện chuyển đổi số',
    'Chung tay xóa nhà tạm, nhà dột nát','Chung tay xóa nhà tạm, nhà dột nát','Thi đua thực hiện chuyển đổi số'];
  topic_en constant text[] := ARRAY['new rural development','for the poor, leaving no one behind',
    'Vietnamese enterprises integrating and developing','innovation in teaching and learning',
    'COVID-19 prevention and control','COVID-19 prevention and control','office culture in the public service',
    'digital transformation','replacing makeshift and dilapidated houses',
    'replacing makeshift and dilapidated houses','digital transformation'];
  sudden constant text[] := ARRAY['công tác cứu nạn, cứu hộ','công tác phòng, chống thiên tai',
    'đấu tranh phòng, chống tội phạm','khắc phục hậu quả bão, lũ','công tác phòng cháy, chữa cháy'];
  -- Board comments
  ret_reason constant text[] := ARRAY['Bổ sung báo cáo thành tích có xác nhận của cấp trình khen thưởng',
    'Bổ sung biên bản họp Hội đồng Thi đua – Khen thưởng và kết quả bỏ phiếu',
    'Số liệu trong báo cáo thành tích chưa khớp với báo cáo tổng kết năm; đề nghị rà soát, chỉnh sửa',
    'Bổ sung văn bản xác nhận hoàn thành nghĩa vụ nộp ngân sách nhà nước',
    'Tóm tắt thành tích chưa nêu rõ sáng kiến, đề tài được công nhận; đề nghị bổ sung minh chứng',
    'Đề nghị làm rõ thời gian giữ hình thức khen thưởng trước theo quy định',
    'Bổ sung danh sách trích ngang theo mẫu quy định'];
  rej_reason constant text[] := ARRAY['Chưa đủ tiêu chuẩn theo quy định của pháp luật về thi đua, khen thưởng',
    'Chưa đủ thời gian tính từ lần khen thưởng trước theo quy định',
    'Thành tích chưa tiêu biểu so với các trường hợp cùng đợt, đề nghị xem xét khen thưởng ở hình thức khác',
    'Hồ sơ đã được trả lại bổ sung nhưng chưa khắc phục được các nội dung còn thiếu',
    'Không thuộc thẩm quyền trình khen thưởng của đơn vị'];
  wd_reason constant text[] := ARRAY['Phát hiện kê khai không đúng thành tích',
    'Hồ sơ đề nghị khen thưởng không đúng đối tượng','Thành tích đã được khen thưởng trùng ở một hình thức khác',
    'Theo đề nghị của cơ quan trình khen thưởng do phát hiện sai sót về tiêu chuẩn'];
  ev_extra constant text[] := ARRAY['Danh sách trích ngang các trường hợp đề nghị khen thưởng',
    'Văn bản xác nhận hoàn thành nghĩa vụ thuế','Bản sao quyết định công nhận sáng kiến',
    'Giấy chứng nhận nghiệm thu đề tài khoa học','Ý kiến của cấp ủy về việc đề nghị khen thưởng'];
BEGIN
  DROP VIEW IF EXISTS pg_temp.seed_nv;
  DROP TABLE IF EXISTS pg_temp.seed_prov, pg_temp.seed_pslot, pg_temp.seed_body,
    pg_temp.seed_type, pg_temp.seed_tmeth, pg_temp.seed_tpl, pg_temp.seed_tslot, pg_temp.seed_bslot,
    pg_temp.seed_bcnt, pg_temp.seed_dbslot, pg_temp.seed_dbcnt, pg_temp.seed_dw, pg_temp.seed_dtslot,
    pg_temp.seed_dtcnt, pg_temp.seed_rdef, pg_temp.seed_round, pg_temp.seed_rslot, pg_temp.seed_d0, pg_temp.seed_s,
    pg_temp.seed_d, pg_temp.seed_c, pg_temp.seed_tn, pg_temp.seed_dec, pg_temp.seed_r, pg_temp.seed_num;

  ---------------------------------------------------------------------------------------------------------------------
  -- 2. Provinces (place text as in V006: "tỉnh Nghệ An", "thành phố Hà Nội", "Thành phố Hồ Chí Minh") and weighted
  --    slots per era for random provinces (Hà Nội and Hồ Chí Minh count twice).
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_prov ON COMMIT DROP AS
  SELECT p.key, p.code, p.valid_from IS NOT NULL AS new_era, p.successor, p.division,
         CASE WHEN p.code = '79' THEN p.full_name
              ELSE lower(left(p.full_name, 1)) || substr(p.full_name, 2) END AS place
    FROM platform.province p;
  CREATE TEMP TABLE seed_pslot ON COMMIT DROP AS
  SELECT p.new_era, (row_number() OVER (PARTITION BY p.new_era ORDER BY p.key, s.n) - 1)::int AS slot, p.key,
         count(*) OVER (PARTITION BY p.new_era)::int AS cnt
    FROM seed_prov p CROSS JOIN LATERAL generate_series(1, CASE WHEN p.code IN ('01', '79') THEN 2 ELSE 1 END) AS s(n);

  ---------------------------------------------------------------------------------------------------------------------
  -- 3. Bodies: template scope (prov, central, mass, ent), own area, tags matched against the award types' sectors,
  --    decision suffixes and weights (old era = former provinces + non-province bodies, new era = current bodies).
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_body ON COMMIT DROP AS
  SELECT b.key, b.name_vi, b.kind, b.province_key, b.valid_to, b.successor,
         CASE WHEN b.kind = 'province' THEN 'prov'
              WHEN b.kind IN ('ministry', 'ministerial_agency', 'central_body') THEN 'central'
              WHEN b.kind = 'mass_organisation' THEN 'mass' ELSE 'ent' END AS scope,
         CASE WHEN b.key = 'BO_QUOC_PHONG' THEN 'armed_qp' WHEN b.key = 'BO_CONG_AN' THEN 'armed_ca'
              WHEN b.key IN ('BO_GDDT', 'DHQG_HN', 'DHQG_HCM') THEN 'edu' WHEN b.key = 'BO_Y_TE' THEN 'health'
              WHEN b.key IN ('BO_VHTTDL', 'DAI_THVN', 'DAI_TNVN', 'TTXVN') THEN 'culture' ELSE 'general' END AS area,
         CASE WHEN b.kind = 'province'
              THEN ARRAY['province', CASE WHEN p.division = 'thanh_pho_truc_thuoc_trung_uong' THEN 'prov_city'
                                          ELSE 'prov_tinh' END]
              ELSE ARRAY['nonprov',
                         CASE WHEN b.key = 'BO_QUOC_PHONG' THEN 'qp' WHEN b.key = 'BO_CONG_AN' THEN 'ca'
                              WHEN b.key IN ('BO_GDDT', 'DHQG_HN', 'DHQG_HCM', 'HV_CTQG') THEN 'edu'
                              WHEN b.key = 'BO_Y_TE' THEN 'health'
                              WHEN b.key IN ('BO_VHTTDL', 'DAI_THVN', 'DAI_TNVN', 'TTXVN') THEN 'culture'
                              WHEN b.key IN ('BO_NGOAI_GIAO', 'VUFO') THEN 'foreign' WHEN b.key = 'MTTQ_VN' THEN 'front'
                              WHEN b.key = 'DOAN_TNCS' THEN 'youth'
                              WHEN b.key IN ('BO_KHCN', 'VIEN_HL_KHCN', 'VIEN_HL_KHXH', 'VUSTA') THEN 'science'
                              ELSE 'general' END] END AS tags,
         -- suffix of the minister's / chair's decisions
         CASE WHEN b.kind = 'province' THEN 'UBND'
              WHEN b.key LIKE 'DAU_MOI_%' THEN 'ĐM' || right(b.key, 3)
              ELSE CASE b.key
                WHEN 'BO_QUOC_PHONG' THEN 'BQP' WHEN 'BO_CONG_AN' THEN 'BCA' WHEN 'BO_NGOAI_GIAO' THEN 'BNG'
                WHEN 'BO_NOI_VU' THEN 'BNV' WHEN 'BO_TU_PHAP' THEN 'BTP' WHEN 'BO_TAI_CHINH' THEN 'BTC'
                WHEN 'BO_CONG_THUONG' THEN 'BCT' WHEN 'BO_NN_MT' THEN 'BNNMT' WHEN 'BO_XAY_DUNG' THEN 'BXD'
                WHEN 'BO_VHTTDL' THEN 'BVHTTDL' WHEN 'BO_KHCN' THEN 'BKHCN' WHEN 'BO_GDDT' THEN 'BGDĐT'
                WHEN 'BO_Y_TE' THEN 'BYT' WHEN 'BO_DT_TG' THEN 'BDTTG' WHEN 'NHNN' THEN 'NHNN' WHEN 'TTCP' THEN 'TTCP'
                WHEN 'VPCP' THEN 'VPCP' WHEN 'VP_QUOC_HOI' THEN 'VPQH' WHEN 'VP_CHU_TICH_NUOC' THEN 'VPCTN'
                WHEN 'TAND_TOI_CAO' THEN 'TANDTC' WHEN 'VKSND_TOI_CAO' THEN 'VKSTC' WHEN 'KIEM_TOAN_NN' THEN 'KTNN'
                WHEN 'DAI_THVN' THEN 'THVN' WHEN 'DAI_TNVN' THEN 'TNVN' WHEN 'TTXVN' THEN 'TTX'
                WHEN 'VIEN_HL_KHXH' THEN 'KHXH' WHEN 'VIEN_HL_KHCN' THEN 'VHL' WHEN 'DHQG_HN' THEN 'ĐHQGHN'
                WHEN 'DHQG_HCM' THEN 'ĐHQG' WHEN 'HV_CTQG' THEN 'HVCTQG' WHEN 'NHCSXH' THEN 'NHCS'
                WHEN 'MTTQ_VN' THEN 'MTTW' WHEN 'TONG_LDLD' THEN 'TLĐ' WHEN 'HOI_LHPN' THEN 'ĐCT'
                WHEN 'DOAN_TNCS' THEN 'TWĐTN' WHEN 'HOI_NONG_DAN' THEN 'HNDTW' WHEN 'HOI_CCB' THEN 'CCB'
                WHEN 'LM_HTX' THEN 'LMHTXVN' WHEN 'VUSTA' THEN 'LHHVN' WHEN 'VUFO' THEN 'LHHNVN'
                WHEN 'HOI_CTD' THEN 'TWHCTĐ' ELSE 'VP' END END AS short,
         -- suffixes of the heads of agencies and units under the body (giấy khen, grassroots titles)
         CASE WHEN b.kind = 'province' THEN ARRAY['SNV','SGDĐT','SYT','STC','SXD','SCT','SVHTTDL','SKHCN','STP']
              WHEN b.key = 'BO_QUOC_PHONG' THEN ARRAY['BTL','BCHQS','BĐBP']
              WHEN b.key = 'BO_CONG_AN' THEN ARRAY['CAT','PC07','PC08']
              WHEN b.kind = 'mass_organisation' THEN ARRAY['BTC','VP']
              WHEN b.kind = 'other' THEN ARRAY['VP','CTY']
              ELSE ARRAY['VP','TCCB'] END AS subs,
         CASE WHEN b.kind = 'province' THEN CASE WHEN p.code IN ('01', '79') THEN 8 ELSE 4 END
              WHEN b.kind IN ('ministry', 'ministerial_agency') THEN 3
              WHEN b.kind IN ('central_body', 'mass_organisation') THEN 2 ELSE 1 END AS w_old,
         CASE WHEN b.kind = 'province' THEN CASE WHEN p.code IN ('01', '79') THEN 14 ELSE 7 END
              WHEN b.kind IN ('ministry', 'ministerial_agency') THEN 3
              WHEN b.kind IN ('central_body', 'mass_organisation') THEN 2 ELSE 1 END AS w_new
    FROM awards.body b
    LEFT JOIN platform.province p ON p.key = b.province_key;
  ALTER TABLE seed_body ADD COLUMN sig text;
  UPDATE seed_body SET sig = array_to_string(tags, ',');

  ---------------------------------------------------------------------------------------------------------------------
  -- 4. Award types: weight per 1,000 historical awards, mean awards per decision, date pattern, who may propose them
  --    (sectors matched against body tags, '*' = anyone), template area, % individuals (when both kinds are allowed),
  --    ‰ posthumous among individuals, methods (cumulative %), rationale template ({R} = the year of the results).
  --    Date patterns: spread (uniform with gentle growth), annual (December of R or January-March of R+1), anchor
  --    (a few fixed dates), yearly (fixed days every year).
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_type ON COMMIT DROP AS
  SELECT v.*, t.decided_by, t.recipient_kinds, t.kind_code, t.name_vi, t.sort AS ord,
         CASE WHEN v.pat = 'anchor' THEN string_to_array(v.anch, ',')::date[]
              WHEN v.pat = 'yearly'
              THEN ARRAY(SELECT x.d
                           FROM generate_series(2016, 2026) AS y
                           CROSS JOIN unnest(string_to_array(v.anch, ',')) AS md
                           CROSS JOIN LATERAL make_date(y, split_part(md, '-', 1)::int, split_part(md, '-', 2)::int) AS x(d)
                          WHERE x.d <= c_today
                          ORDER BY 1) END AS anchors
    FROM (VALUES
      ('HC_SAO_VANG',             0.1,  1, 'spread', NULL, NULL::date, '{*}'::text[], 'top',        10, 100, 'cong_hien:50,thuong_xuyen:100', NULL),
      ('HC_HO_CHI_MINH',          0.3,  1, 'spread', NULL, NULL, '{*}',              'top',        30, 100, 'cong_hien:60,thuong_xuyen:100', NULL),
      ('HC_DOC_LAP_1',            0.8,  2, 'spread', NULL, NULL, '{*}',              'top',        40,  80, 'cong_hien:60,thuong_xuyen:100', NULL),
      ('HC_DOC_LAP_2',            1.5,  2, 'spread', NULL, NULL, '{*}',              'top',        40,  60, 'cong_hien:60,thuong_xuyen:100', NULL),
      ('HC_DOC_LAP_3',            3,    2, 'spread', NULL, NULL, '{*}',              'top',        40,  40, 'cong_hien:60,thuong_xuyen:100', NULL),
      ('HC_QUAN_CONG_1',          0.2,  1, 'spread', NULL, NULL, '{qp}',             'armed_qp',  40, 100, 'thuong_xuyen:60,cong_hien:100', NULL),
      ('HC_QUAN_CONG_2',          0.4,  1, 'spread', NULL, NULL, '{qp}',             'armed_qp',  40,  80, 'thuong_xuyen:60,cong_hien:100', NULL),
      ('HC_QUAN_CONG_3',          0.8,  2, 'spread', NULL, NULL, '{qp}',             'armed_qp',  40,  60, 'thuong_xuyen:60,cong_hien:100', NULL),
      ('HC_LAO_DONG_1',           4,    3, 'spread', NULL, NULL, '{*}',              NULL,        50,  20, 'thuong_xuyen:55,cong_hien:90,chuyen_de:95,dot_xuat:100', NULL),
      ('HC_LAO_DONG_2',          12,    4, 'spread', NULL, NULL, '{*}',              NULL,        50,  15, 'thuong_xuyen:55,cong_hien:90,chuyen_de:95,dot_xuat:100', NULL),
      ('HC_LAO_DONG_3',          55,    6, 'spread', NULL, NULL, '{*}',              NULL,        55,  10, 'thuong_xuyen:60,cong_hien:85,chuyen_de:93,dot_xuat:100', NULL),
      ('HC_BAO_VE_TO_QUOC_1',     1,    2, 'spread', NULL, NULL, '{qp,ca,province}', 'armed',     40,  30, 'thuong_xuyen:70,cong_hien:90,nien_han:100', NULL),
      ('HC_BAO_VE_TO_QUOC_2',     3,    3, 'spread', NULL, NULL, '{qp,ca,province}', 'armed',     50,  20, 'thuong_xuyen:70,cong_hien:90,nien_han:100', NULL),
      ('HC_BAO_VE_TO_QUOC_3',    10,    5, 'spread', NULL, NULL, '{qp,ca,province}', 'armed',     60,  10, 'thuong_xuyen:70,cong_hien:90,nien_han:100', NULL),
      ('HC_CHIEN_CONG_1',         0.5,  1, 'spread', NULL, NULL, '{qp,ca}',          'armed',     60, 100, 'dot_xuat:50,thuong_xuyen:100', NULL),
      ('HC_CHIEN_CONG_2',         1.5,  2, 'spread', NULL, NULL, '{qp,ca}',          'armed',     60,  60, 'dot_xuat:50,thuong_xuyen:100', NULL),
      ('HC_CHIEN_CONG_3',         5,    3, 'spread', NULL, NULL, '{qp,ca}',          'armed',     70,  30, 'dot_xuat:50,thuong_xuyen:100', NULL),
      ('HC_DAI_DOAN_KET_DAN_TOC', 3,    3, 'spread', NULL, NULL, '{front,province}', NULL,        50,  20, 'thuong_xuyen:60,cong_hien:100', NULL),
      ('HC_DUNG_CAM',             1,    1, 'spread', NULL, NULL, '{*}',              NULL,        95, 150, 'dot_xuat:100',
         'Đã có hành động dũng cảm cứu người, cứu tài sản của Nhà nước và của Nhân dân'),
      ('HC_HUU_NGHI',             2,    2, 'spread', NULL, NULL, '{*}',              'foreign',   60,   0, 'doi_ngoai:100', NULL),
      ('HCH_QUAN_KY_QUYET_THANG', 2,    6, 'spread', NULL, NULL, '{qp}',             'armed_qp',  98,   0, 'nien_han:100', NULL),
      ('HCH_VI_AN_NINH_TO_QUOC',  2,    6, 'spread', NULL, NULL, '{ca}',             'armed_ca',  98,   0, 'nien_han:100', NULL),
      ('HCH_CHIEN_SI_VE_VANG_1',  6,   15, 'spread', NULL, NULL, '{qp,ca}',          'armed',     99,   0, 'nien_han:100', NULL),
      ('HCH_CHIEN_SI_VE_VANG_2',  8,   15, 'spread', NULL, NULL, '{qp,ca}',          'armed',     99,   0, 'nien_han:100', NULL),
      ('HCH_CHIEN_SI_VE_VANG_3', 10,   15, 'spread', NULL, NULL, '{qp,ca}',          'armed',     99,   0, 'nien_han:100', NULL),
      ('HCH_HUU_NGHI',            3,    3, 'spread', NULL, NULL, '{*}',              'foreign',   80,   0, 'doi_ngoai:100', NULL),
      ('HCH_TNXP_VE_VANG',        1,    8, 'spread', NULL, date '2024-03-06', '{youth,province}', 'youth', 95, 50, 'cong_hien:100',
         'Đã có thời gian tham gia lực lượng thanh niên xung phong và hoàn thành nhiệm vụ được giao'),
      ('DHVD_TINH_ANH_HUNG',      0.02, 1, 'spread', NULL, NULL, '{prov_tinh}',      'locality',   0,   0, 'thuong_xuyen:100',
         'Đã có thành tích đặc biệt xuất sắc trong sự nghiệp kháng chiến giải phóng dân tộc, xây dựng và bảo vệ Tổ quốc'),
      ('DHVD_THANH_PHO_ANH_HUNG', 0.01, 1, 'spread', NULL, NULL, '{prov_city}',      'locality',   0,   0, 'thuong_xuyen:100',
         'Đã có thành tích đặc biệt xuất sắc trong sự nghiệp kháng chiến giải phóng dân tộc, xây dựng và bảo vệ Tổ quốc'),
      ('DHVD_BA_ME_VN_ANH_HUNG',  2,    8, 'yearly', '04-28,07-24,12-18', NULL, '{province}', 'mother', 100, 700, 'cong_hien:100',
         'Có nhiều cống hiến, hy sinh cho sự nghiệp giải phóng dân tộc, xây dựng và bảo vệ Tổ quốc'),
      ('DHVD_ANH_HUNG_LLVTND',    0.6,  2, 'yearly', '08-18,12-19', NULL, '{qp,ca,province}', 'armed', 60, 350, 'thuong_xuyen:60,dot_xuat:100',
         'Đã có thành tích đặc biệt xuất sắc trong chiến đấu, phục vụ chiến đấu và bảo vệ Tổ quốc'),
      ('DHVD_ANH_HUNG_LAO_DONG',  0.3,  2, 'yearly', '04-28,10-10', NULL, '{*}',     NULL,        60,  50, 'thuong_xuyen:100',
         'Đã có thành tích đặc biệt xuất sắc trong lao động, sáng tạo, góp phần vào sự nghiệp xây dựng chủ nghĩa xã hội'),
      ('DHVD_NHA_GIAO_NHAN_DAN',  0.5,  2, 'anchor', '2017-11-15,2020-11-16,2023-11-15,2026-11-16', NULL, '{edu,province}', 'edu', 100, 0, 'thuong_xuyen:100',
         'Có nhiều đóng góp cho sự nghiệp giáo dục và đào tạo'),
      ('DHVD_NHA_GIAO_UU_TU',     6,    8, 'anchor', '2017-11-15,2020-11-16,2023-11-15,2026-11-16', NULL, '{edu,province}', 'edu', 100, 0, 'thuong_xuyen:100',
         'Có nhiều đóng góp cho sự nghiệp giáo dục và đào tạo'),
      ('DHVD_THAY_THUOC_NHAN_DAN', 0.5, 2, 'anchor', '2017-02-24,2020-02-25,2024-02-26', NULL, '{health,province,qp,ca}', 'health', 100, 0, 'thuong_xuyen:100',
         'Có nhiều đóng góp cho sự nghiệp bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân'),
      ('DHVD_THAY_THUOC_UU_TU',   5,    8, 'anchor', '2017-02-24,2020-02-25,2024-02-26', NULL, '{health,province,qp,ca}', 'health', 100, 0, 'thuong_xuyen:100',
         'Có nhiều đóng góp cho sự nghiệp bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân'),
      ('DHVD_NGHE_SI_NHAN_DAN',   0.5,  2, 'anchor', '2016-09-05,2019-08-26,2023-08-28', NULL, '{culture,province,qp,ca}', 'culture', 100, 10, 'thuong_xuyen:100',
         'Có nhiều đóng góp cho sự nghiệp phát triển văn hóa, nghệ thuật'),
      ('DHVD_NGHE_SI_UU_TU',      2,    5, 'anchor', '2016-09-05,2019-08-26,2023-08-28', NULL, '{culture,province,qp,ca}', 'culture', 100, 5, 'thuong_xuyen:100',
         'Có nhiều đóng góp cho sự nghiệp phát triển văn hóa, nghệ thuật'),
      ('DHVD_NGHE_NHAN_NHAN_DAN', 0.3,  2, 'anchor', '2016-12-12,2019-11-11,2022-11-21,2025-11-17', NULL, '{culture,province}', 'culture', 100, 10, 'thuong_xuyen:100',
         'Có nhiều đóng góp trong việc gìn giữ, phát huy nghề truyền thống'),
      ('DHVD_NGHE_NHAN_UU_TU',    1.5,  4, 'anchor', '2016-12-12,2019-11-11,2022-11-21,2025-11-17', NULL, '{culture,province}', 'culture', 100, 5, 'thuong_xuyen:100',
         'Có nhiều đóng góp trong việc gìn giữ, phát huy nghề truyền thống'),
      ('GT_HO_CHI_MINH',          0.3,  2, 'anchor', '2017-01-19,2022-01-17,2025-05-19', NULL, '{science,edu,culture,health}', NULL, 70, 100, 'thuong_xuyen:100',
         'Công trình, cụm công trình có giá trị đặc biệt xuất sắc về khoa học, công nghệ hoặc văn học, nghệ thuật'),
      ('GT_NHA_NUOC',             1,    3, 'anchor', '2017-01-19,2022-01-17,2025-05-19', NULL, '{science,edu,culture,health}', NULL, 60, 50, 'thuong_xuyen:100',
         'Công trình, cụm công trình có giá trị xuất sắc về khoa học, công nghệ hoặc văn học, nghệ thuật'),
      ('KNC',                    60,   15, 'spread', NULL, NULL, '{nonprov}',        NULL,        95,   5, 'cong_hien:70,thuong_xuyen:100', NULL),
      ('BK_THU_TUONG',           60,    6, 'spread', NULL, NULL, '{*}',              NULL,        65,   5, 'thuong_xuyen:60,chuyen_de:85,dot_xuat:100', NULL),
      ('BK_BO_NGANH_TINH',      130,    8, 'spread', NULL, NULL, '{*}',              NULL,        70,   3, 'thuong_xuyen:60,chuyen_de:85,dot_xuat:100', NULL),
      ('GIAY_KHEN',             170,   12, 'spread', NULL, NULL, '{*}',              NULL,        75,   1, 'thuong_xuyen:70,chuyen_de:90,dot_xuat:100', NULL),
      ('DHTD_CSTD_TOAN_QUOC',     4,    3, 'annual', NULL, NULL, '{*}',              NULL,       100,   0, 'thuong_xuyen:100',
         'Có thành tích tiêu biểu xuất sắc trong số những cá nhân hai lần liên tục đạt danh hiệu Chiến sĩ thi đua bộ, ban, ngành, tỉnh, giai đoạn {R5}–{R}'),
      ('DHTD_CSTD_BO_NGANH_TINH', 30,   6, 'annual', NULL, NULL, '{*}',              NULL,       100,   0, 'thuong_xuyen:100',
         'Có thành tích tiêu biểu xuất sắc trong số những cá nhân ba lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở, giai đoạn {R2}–{R}'),
      ('DHTD_CSTD_CO_SO',        90,   10, 'annual', NULL, NULL, '{*}',              NULL,       100,   0, 'thuong_xuyen:100',
         'Có sáng kiến được công nhận, hoàn thành xuất sắc nhiệm vụ năm {R}'),
      ('DHTD_LAO_DONG_TIEN_TIEN',120,   25, 'annual', NULL, NULL, '{*}',              NULL,       100,   0, 'thuong_xuyen:100',
         'Hoàn thành tốt nhiệm vụ năm {R}'),
      ('DHTD_CHIEN_SI_TIEN_TIEN', 20,   20, 'annual', NULL, NULL, '{qp,ca}',          'armed',    100,   0, 'thuong_xuyen:100',
         'Hoàn thành tốt nhiệm vụ năm {R}'),
      ('CTD_CHINH_PHU',           5,    3, 'annual', NULL, NULL, '{*}',              NULL,         0,   0, 'thuong_xuyen:100',
         'Hoàn thành xuất sắc toàn diện nhiệm vụ, là tập thể tiêu biểu xuất sắc, dẫn đầu phong trào thi đua năm {R}'),
      ('CTD_BO_NGANH_TINH',      12,    4, 'annual', NULL, NULL, '{*}',              NULL,         0,   0, 'thuong_xuyen:100',
         'Hoàn thành xuất sắc toàn diện nhiệm vụ, dẫn đầu phong trào thi đua năm {R}'),
      ('DHTD_TAP_THE_LAO_DONG_XUAT_SAC', 35, 6, 'annual', NULL, NULL, '{*}',         NULL,         0,   0, 'thuong_xuyen:100',
         'Sáng tạo, vượt khó, hoàn thành xuất sắc nhiệm vụ năm {R}'),
      ('DHTD_DON_VI_QUYET_THANG',  5,   4, 'annual', NULL, NULL, '{qp,ca}',          'armed',      0,   0, 'thuong_xuyen:100',
         'Sáng tạo, vượt khó, hoàn thành xuất sắc nhiệm vụ năm {R}'),
      ('DHTD_TAP_THE_LAO_DONG_TIEN_TIEN', 45, 8, 'annual', NULL, NULL, '{*}',        NULL,         0,   0, 'thuong_xuyen:100',
         'Hoàn thành tốt nhiệm vụ năm {R}'),
      ('DHTD_DON_VI_TIEN_TIEN',    8,   6, 'annual', NULL, NULL, '{qp,ca}',          'armed',      0,   0, 'thuong_xuyen:100',
         'Hoàn thành tốt nhiệm vụ năm {R}'),
      ('DHTD_XA_PHUONG_TIEU_BIEU', 6,   3, 'annual', NULL, NULL, '{province}',       'commune',    0,   0, 'thuong_xuyen:100',
         'Tiêu biểu xuất sắc trong phong trào thi đua năm {R}'),
      ('DHTD_THON_TDP_VAN_HOA',   15,  10, 'annual', NULL, NULL, '{province}',       'village',    0,   0, 'thuong_xuyen:100',
         'Đạt tiêu chuẩn thôn, tổ dân phố văn hóa năm {R}'),
      ('DHTD_GIA_DINH_VAN_HOA',   40,  30, 'annual', NULL, NULL, '{province}',       'household',  0,   0, 'thuong_xuyen:100',
         'Đạt tiêu chuẩn gia đình văn hóa năm {R}')
    ) AS v(code, w, bs, pat, anch, from_d, sectors, area, p_ind, p_post, meth, why)
    JOIN awards.award_type t ON t.code = v.code;

  CREATE TEMP TABLE seed_tmeth ON COMMIT DROP AS
  SELECT t.code AS type, split_part(m.x, ':', 1) AS method,
         coalesce(lag(split_part(m.x, ':', 2)::int) OVER (PARTITION BY t.code ORDER BY m.n), 0) AS lo,
         split_part(m.x, ':', 2)::int AS hi
    FROM seed_type t CROSS JOIN LATERAL unnest(string_to_array(t.meth, ',')) WITH ORDINALITY AS m(x, n);

  ---------------------------------------------------------------------------------------------------------------------
  -- 5. Recipient templates per (scope, area): position | unit (the collective's name) | parent unit (a collective's
  --    recipient_unit) | field of work (rationale) | fixed provinces (codes valid in both eras; NULL = the body's
  --    own province for prov, a random one where the text has {p}, none otherwise). rk: i individual, c collective,
  --    b both, h household. Placeholders: {p} place, {x} {y} commune/village names, {n} school name, {k} {kk}
  --    numbers, {b} the body's name, {c} a country.
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_tpl ON COMMIT DROP AS
  SELECT v.*, coalesce(v.pos, '') || '|' || coalesce(v.unit, '') || '|' || coalesce(v.parent, '') || '|' ||
              coalesce(v.field, '') AS packed,
         (coalesce(v.pos, '') || coalesce(v.unit, '') || coalesce(v.parent, '')) LIKE '%{p}%' AS has_p
    FROM (VALUES
      -- provincial bodies
      ('prov','general','b','Giám đốc Sở Nội vụ','Sở Nội vụ {p}','Ủy ban nhân dân {p}','công tác nội vụ',NULL::text[]),
      ('prov','general','b','Phó Giám đốc Sở Tài chính','Sở Tài chính {p}','Ủy ban nhân dân {p}','công tác tài chính – ngân sách',NULL),
      ('prov','general','b','Trưởng phòng Công chức, viên chức','Phòng Công chức, viên chức, Sở Nội vụ {p}','Sở Nội vụ {p}','công tác tổ chức cán bộ',NULL),
      ('prov','general','b','Phó Trưởng phòng','Phòng Quản lý xây dựng, Sở Xây dựng {p}','Sở Xây dựng {p}','công tác quản lý xây dựng',NULL),
      ('prov','general','b','Chuyên viên chính','Văn phòng Ủy ban nhân dân {p}','Ủy ban nhân dân {p}','công tác tham mưu, tổng hợp',NULL),
      ('prov','general','b','Chánh Thanh tra','Thanh tra {p}','Ủy ban nhân dân {p}','công tác thanh tra',NULL),
      ('prov','general','b','Chủ tịch Ủy ban nhân dân xã','Ủy ban nhân dân xã {x}, {p}','Ủy ban nhân dân {p}','công tác quản lý nhà nước ở cơ sở',NULL),
      ('prov','general','b','Phó Chủ tịch Ủy ban nhân dân phường','Ủy ban nhân dân phường {x}, {p}','Ủy ban nhân dân {p}','công tác quản lý nhà nước ở cơ sở',NULL),
      ('prov','general','i','Công chức Tư pháp – Hộ tịch','Ủy ban nhân dân xã {x}, {p}',NULL,'công tác tư pháp ở cơ sở',NULL),
      ('prov','general','b','Giám đốc','Hợp tác xã Nông nghiệp {x}, {p}',NULL,'sản xuất nông nghiệp',NULL),
      ('prov','general','b','Kỹ sư','Công ty Cổ phần Xây dựng {x}, {p}',NULL,'lao động sản xuất',NULL),
      ('prov','general','i','Công nhân','Công ty TNHH May {x}, {p}',NULL,'lao động sản xuất',NULL),
      ('prov','general','b','Hội viên','Hội Nông dân xã {x}, {p}',NULL,'phong trào nông dân sản xuất, kinh doanh giỏi',NULL),
      ('prov','general','b','Giám đốc','Trung tâm Phục vụ hành chính công {p}','Văn phòng Ủy ban nhân dân {p}','công tác cải cách hành chính',NULL),
      ('prov','edu','b','Giáo viên','Trường Trung học phổ thông {n}, {p}','Sở Giáo dục và Đào tạo {p}','công tác giáo dục và đào tạo',NULL),
      ('prov','edu','b','Hiệu trưởng','Trường Trung học cơ sở {n}, {p}','Sở Giáo dục và Đào tạo {p}','công tác giáo dục và đào tạo',NULL),
      ('prov','edu','b','Giáo viên','Trường Tiểu học {x}, {p}','Sở Giáo dục và Đào tạo {p}','công tác giáo dục và đào tạo',NULL),
      ('prov','edu','b','Phó Hiệu trưởng','Trường Mầm non {x}, {p}','Sở Giáo dục và Đào tạo {p}','công tác giáo dục mầm non',NULL),
      ('prov','edu','b','Tổ trưởng chuyên môn','Trường Trung học phổ thông chuyên {n}, {p}','Sở Giáo dục và Đào tạo {p}','công tác bồi dưỡng học sinh giỏi',NULL),
      ('prov','edu','i','Giám đốc Sở Giáo dục và Đào tạo','Sở Giáo dục và Đào tạo {p}','Ủy ban nhân dân {p}','công tác quản lý giáo dục',NULL),
      ('prov','edu','b','Giáo viên','Trường Phổ thông dân tộc nội trú {p}','Sở Giáo dục và Đào tạo {p}','công tác giáo dục vùng dân tộc thiểu số',NULL),
      ('prov','health','b','Bác sĩ chuyên khoa II','Bệnh viện đa khoa {p}','Sở Y tế {p}','công tác khám bệnh, chữa bệnh',NULL),
      ('prov','health','i','Trưởng khoa Hồi sức tích cực','Bệnh viện đa khoa {p}','Sở Y tế {p}','công tác khám bệnh, chữa bệnh',NULL),
      ('prov','health','c',NULL,'Khoa Hồi sức tích cực – Chống độc, Bệnh viện đa khoa {p}','Sở Y tế {p}','công tác khám bệnh, chữa bệnh',NULL),
      ('prov','health','b','Điều dưỡng trưởng','Bệnh viện Sản – Nhi {p}','Sở Y tế {p}','công tác chăm sóc sức khỏe bà mẹ, trẻ em',NULL),
      ('prov','health','b','Giám đốc','Trung tâm Kiểm soát bệnh tật {p}','Sở Y tế {p}','công tác y tế dự phòng',NULL),
      ('prov','health','b','Y sĩ','Trạm Y tế xã {x}, {p}','Sở Y tế {p}','công tác chăm sóc sức khỏe ban đầu',NULL),
      ('prov','health','b','Bác sĩ','Bệnh viện Y dược cổ truyền {p}','Sở Y tế {p}','công tác khám bệnh, chữa bệnh bằng y dược cổ truyền',NULL),
      ('prov','culture','b','Diễn viên','Nhà hát Nghệ thuật truyền thống {p}','Sở Văn hóa, Thể thao và Du lịch {p}','hoạt động nghệ thuật biểu diễn',NULL),
      ('prov','culture','b','Nghệ nhân','Câu lạc bộ Dân ca xã {x}, {p}',NULL,'bảo tồn và phát huy di sản văn hóa phi vật thể',NULL),
      ('prov','culture','b','Biên tập viên','Đài Phát thanh và Truyền hình {p}','Ủy ban nhân dân {p}','hoạt động báo chí',NULL),
      ('prov','culture','b','Giám đốc','Trung tâm Văn hóa, Thể thao và Du lịch {p}','Sở Văn hóa, Thể thao và Du lịch {p}','công tác văn hóa, thể thao',NULL),
      ('prov','culture','b','Nghệ nhân','Làng nghề truyền thống {x}, {p}',NULL,'gìn giữ và phát huy nghề truyền thống',NULL),
      ('prov','armed','b','Đại tá, Chỉ huy trưởng','Bộ Chỉ huy Quân sự {p}',NULL,'xây dựng nền quốc phòng toàn dân',NULL),
      ('prov','armed','b','Đại tá, Giám đốc','Công an {p}',NULL,'bảo đảm an ninh, trật tự',NULL),
      ('prov','armed','b','Chỉ huy trưởng Ban Chỉ huy Quân sự xã','Ban Chỉ huy Quân sự xã {x}, {p}','Bộ Chỉ huy Quân sự {p}','xây dựng lực lượng dân quân tự vệ',NULL),
      ('prov','armed','b','Trưởng Công an xã','Công an xã {x}, {p}','Công an {p}','bảo đảm an ninh, trật tự ở cơ sở',NULL),
      ('prov','armed','c',NULL,'Nhân dân và lực lượng vũ trang xã {x}, {p}',NULL,'sự nghiệp xây dựng và bảo vệ Tổ quốc',NULL),
      ('prov','armed','b','Thượng tá, Chỉ huy trưởng','Bộ Chỉ huy Bộ đội Biên phòng {p}',NULL,'quản lý, bảo vệ chủ quyền, an ninh biên giới',NULL),
      ('prov','youth','i','Cựu thanh niên xung phong','Hội Cựu thanh niên xung phong {p}',NULL,'phong trào thanh niên xung phong',NULL),
      ('prov','youth','c',NULL,'Đội Thanh niên xung phong {x}, {p}','Đoàn Thanh niên Cộng sản Hồ Chí Minh {p}','phong trào thanh niên xung phong',NULL),
      ('prov','household','h',NULL,NULL,NULL,'xây dựng đời sống văn hóa ở khu dân cư',NULL),
      ('prov','village','c',NULL,'Thôn {x}, xã {y}, {p}','Ủy ban nhân dân xã {y}, {p}','xây dựng đời sống văn hóa ở khu dân cư',NULL),
      ('prov','village','c',NULL,'Tổ dân phố số {k}, phường {x}, {p}','Ủy ban nhân dân phường {x}, {p}','xây dựng đời sống văn hóa ở khu dân cư',NULL),
      ('prov','village','c',NULL,'Bản {x}, xã {y}, {p}','Ủy ban nhân dân xã {y}, {p}','xây dựng đời sống văn hóa ở khu dân cư',NULL),
      ('prov','commune','c',NULL,'Xã {x}, {p}',NULL,'phong trào thi đua xây dựng nông thôn mới',NULL),
      ('prov','commune','c',NULL,'Phường {x}, {p}',NULL,'phong trào thi đua xây dựng đô thị văn minh',NULL),
      ('prov','locality','c',NULL,'Quân và dân {p}',NULL,'sự nghiệp kháng chiến giải phóng dân tộc, xây dựng và bảo vệ Tổ quốc',NULL),
      ('prov','mother','i',NULL,NULL,NULL,NULL,NULL),
      ('prov','top','i','Nguyên Chủ tịch Ủy ban nhân dân {p}','Ủy ban nhân dân {p}',NULL,'sự nghiệp cách mạng của Đảng và dân tộc',NULL),
      ('prov','top','i','Nguyên Phó Chủ tịch Ủy ban nhân dân {p}','Ủy ban nhân dân {p}',NULL,'sự nghiệp cách mạng của Đảng và dân tộc',NULL),
      ('prov','top','i','Nguyên Giám đốc Sở Nội vụ {p}','Sở Nội vụ {p}',NULL,'sự nghiệp cách mạng của Đảng và dân tộc',NULL),
      ('prov','top','c',NULL,'Nhân dân và cán bộ {p}',NULL,'sự nghiệp xây dựng và phát triển địa phương',NULL),
      ('prov','top','c',NULL,'Sở Nội vụ {p}','Ủy ban nhân dân {p}','thực hiện nhiệm vụ chính trị được giao',NULL),
      -- ministries, ministerial agencies and central bodies
      ('central','general','b','Vụ trưởng Vụ Tổ chức cán bộ','Vụ Tổ chức cán bộ, {b}','{b}','công tác tổ chức cán bộ','{01}'),
      ('central','general','b','Phó Chánh Văn phòng','Văn phòng {b}','{b}','công tác văn phòng','{01}'),
      ('central','general','b','Chuyên viên chính','Vụ Kế hoạch – Tài chính, {b}','{b}','công tác kế hoạch, tài chính','{01}'),
      ('central','general','b','Phó Vụ trưởng','Vụ Pháp chế, {b}','{b}','công tác xây dựng và thi hành pháp luật','{01}'),
      ('central','general','b','Giám đốc','Trung tâm Công nghệ thông tin, {b}','{b}','công tác chuyển đổi số','{01}'),
      ('central','general','b','Chuyên viên','Vụ Hợp tác quốc tế, {b}','{b}','công tác hợp tác quốc tế','{01}'),
      ('central','general','i','Kế toán trưởng','Văn phòng {b}','{b}','công tác tài chính, kế toán','{01}'),
      ('central','general','b','Trưởng phòng','Cơ quan đại diện {b} tại Thành phố Hồ Chí Minh','{b}','công tác tham mưu, tổng hợp','{79}'),
      -- mass organisations
      ('mass','general','b','Trưởng ban','Ban Tổ chức, {b}','{b}','công tác tổ chức, xây dựng tổ chức','{01}'),
      ('mass','general','b','Phó Chánh Văn phòng','Văn phòng {b}','{b}','công tác văn phòng','{01}'),
      ('mass','general','b','Phó Trưởng ban','Ban Tuyên giáo, {b}','{b}','công tác tuyên truyền','{01}'),
      ('mass','general','b','Chuyên viên','Ban Kinh tế – Xã hội, {b}','{b}','công tác vận động quần chúng','{01}'),
      ('mass','general','b','Cán bộ chuyên trách','Ban Phong trào, {b}','{b}','công tác phong trào','{01}'),
      -- generated focal points: enterprises and centres
      ('ent','general','b','Tổng Giám đốc','Tổng công ty {x}',NULL,'sản xuất, kinh doanh','{01}'),
      ('ent','general','b','Kỹ sư','Công ty Cổ phần {x}, {p}',NULL,'lao động sản xuất',NULL),
      ('ent','general','b','Trưởng phòng Kỹ thuật','Công ty TNHH Một thành viên {x}, {p}',NULL,'nghiên cứu, cải tiến kỹ thuật',NULL),
      ('ent','general','b','Công nhân kỹ thuật','Nhà máy {x}, {p}',NULL,'lao động sản xuất',NULL),
      ('ent','general','b','Giám đốc','Trung tâm Nghiên cứu và Phát triển {x}',NULL,'nghiên cứu khoa học','{01}'),
      -- national units by field
      ('nat','edu','b','Giảng viên cao cấp','Trường Đại học Sư phạm Hà Nội','Bộ Giáo dục và Đào tạo','công tác giáo dục và đào tạo','{01}'),
      ('nat','edu','b','Phó Hiệu trưởng','Trường Đại học Bách khoa Hà Nội','Bộ Giáo dục và Đào tạo','công tác giáo dục và đào tạo','{01}'),
      ('nat','edu','b','Giảng viên chính','Trường Đại học Cần Thơ','Bộ Giáo dục và Đào tạo','công tác giáo dục và đào tạo','{92}'),
      ('nat','edu','b','Trưởng khoa','Trường Đại học Sư phạm Thành phố Hồ Chí Minh','Bộ Giáo dục và Đào tạo','công tác giáo dục và đào tạo','{79}'),
      ('nat','edu','b','Giảng viên','Trường Đại học Khoa học Tự nhiên, Đại học Quốc gia Hà Nội','Đại học Quốc gia Hà Nội','công tác giáo dục và đào tạo','{01}'),
      ('nat','edu','b','Nghiên cứu viên chính','Viện Khoa học Giáo dục Việt Nam','Bộ Giáo dục và Đào tạo','công tác nghiên cứu khoa học giáo dục','{01}'),
      ('nat','edu','b','Giảng viên','Trường Đại học Bách khoa, Đại học Đà Nẵng','Đại học Đà Nẵng','công tác giáo dục và đào tạo','{48}'),
      ('nat','health','b','Bác sĩ chuyên khoa II','Bệnh viện Bạch Mai','Bộ Y tế','công tác khám bệnh, chữa bệnh','{01}'),
      ('nat','health','b','Trưởng khoa','Bệnh viện Chợ Rẫy','Bộ Y tế','công tác khám bệnh, chữa bệnh','{79}'),
      ('nat','health','b','Phó Giám đốc','Bệnh viện Trung ương Huế','Bộ Y tế','công tác khám bệnh, chữa bệnh','{46}'),
      ('nat','health','b','Điều dưỡng trưởng','Bệnh viện Hữu nghị Việt Đức','Bộ Y tế','công tác khám bệnh, chữa bệnh','{01}'),
      ('nat','health','b','Bác sĩ','Bệnh viện Nhi Trung ương','Bộ Y tế','công tác chăm sóc sức khỏe trẻ em','{01}'),
      ('nat','health','b','Nghiên cứu viên','Viện Vệ sinh dịch tễ Trung ương','Bộ Y tế','công tác y tế dự phòng','{01}'),
      ('nat','health','b','Bác sĩ','Bệnh viện Đa khoa Trung ương Cần Thơ','Bộ Y tế','công tác khám bệnh, chữa bệnh','{92}'),
      ('nat','culture','b','Nghệ sĩ','Nhà hát Kịch Việt Nam','Bộ Văn hóa, Thể thao và Du lịch','hoạt động nghệ thuật biểu diễn','{01}'),
      ('nat','culture','b','Diễn viên','Nhà hát Chèo Việt Nam','Bộ Văn hóa, Thể thao và Du lịch','hoạt động nghệ thuật biểu diễn','{01}'),
      ('nat','culture','b','Biên đạo múa','Nhà hát Ca Múa Nhạc Việt Nam','Bộ Văn hóa, Thể thao và Du lịch','hoạt động nghệ thuật biểu diễn','{01}'),
      ('nat','culture','b','Giảng viên','Học viện Âm nhạc Quốc gia Việt Nam','Bộ Văn hóa, Thể thao và Du lịch','công tác đào tạo nghệ thuật','{01}'),
      ('nat','culture','b','Đạo diễn','Nhà hát Tuổi trẻ','Bộ Văn hóa, Thể thao và Du lịch','hoạt động nghệ thuật biểu diễn','{01}'),
      ('nat','culture','b','Phóng viên','Trung tâm Tin tức, {b}','{b}','hoạt động báo chí','{01}'),
      ('nat','armed_qp','b','Đại tá, Sư đoàn trưởng','Sư đoàn {kk}, Quân khu {k}','Bộ Quốc phòng','xây dựng Quân đội nhân dân cách mạng, chính quy, tinh nhuệ, hiện đại',NULL),
      ('nat','armed_qp','b','Thượng tá, Chính ủy','Lữ đoàn {kk}, Quân chủng Hải quân','Bộ Quốc phòng','quản lý, bảo vệ chủ quyền biển, đảo',NULL),
      ('nat','armed_qp','b','Trung tá, Trưởng phòng Tham mưu','Bộ Chỉ huy Quân sự {p}','Bộ Quốc phòng','xây dựng nền quốc phòng toàn dân',NULL),
      ('nat','armed_qp','b','Thiếu tá, Đồn trưởng','Đồn Biên phòng {x}, Bộ Chỉ huy Bộ đội Biên phòng {p}','Bộ Quốc phòng','quản lý, bảo vệ biên giới',NULL),
      ('nat','armed_qp','b','Quân nhân chuyên nghiệp','Nhà máy Z{kk}, Tổng cục Công nghiệp quốc phòng','Bộ Quốc phòng','sản xuất quốc phòng',NULL),
      ('nat','armed_qp','b','Đại tá, Bác sĩ','Bệnh viện Trung ương Quân đội 108','Bộ Quốc phòng','công tác quân y','{01}'),
      ('nat','armed_qp','b','Trung tá, Diễn viên','Nhà hát Ca múa nhạc Quân đội','Bộ Quốc phòng','hoạt động văn hóa, nghệ thuật quân đội','{01}'),
      ('nat','armed_qp','b','Đại úy, Đại đội trưởng','Trung đoàn {kk}, Sư đoàn {kk}','Bộ Quốc phòng','huấn luyện sẵn sàng chiến đấu',NULL),
      ('nat','armed_ca','b','Đại tá, Giám đốc','Công an {p}','Bộ Công an','bảo đảm an ninh, trật tự',NULL),
      ('nat','armed_ca','b','Thượng tá, Trưởng phòng Cảnh sát hình sự','Công an {p}','Bộ Công an','đấu tranh phòng, chống tội phạm',NULL),
      ('nat','armed_ca','b','Trung tá, Phó Trưởng phòng','Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ','Bộ Công an','công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ','{01}'),
      ('nat','armed_ca','b','Thiếu tá, Đội trưởng','Phòng Cảnh sát giao thông, Công an {p}','Công an {p}','bảo đảm trật tự, an toàn giao thông',NULL),
      ('nat','armed_ca','b','Đại úy, Trưởng Công an xã','Công an xã {x}, {p}','Công an {p}','bảo đảm an ninh, trật tự ở cơ sở',NULL),
      ('nat','armed_ca','b','Đại tá, Bác sĩ','Bệnh viện 19-8','Bộ Công an','công tác y tế Công an nhân dân','{01}'),
      ('nat','armed_ca','b','Thượng tá, Nghệ sĩ','Đoàn Nghệ thuật Công an nhân dân','Bộ Công an','hoạt động văn hóa, nghệ thuật','{01}'),
      ('nat','top','i','Nguyên Thứ trưởng','{b}',NULL,'sự nghiệp cách mạng của Đảng và dân tộc','{01}'),
      ('nat','top','i','Nguyên Vụ trưởng','{b}',NULL,'sự nghiệp cách mạng của Đảng và dân tộc','{01}'),
      ('nat','top','i','Nguyên Chánh Văn phòng','{b}',NULL,'sự nghiệp cách mạng của Đảng và dân tộc','{01}'),
      ('nat','top','c',NULL,'{b}',NULL,'thực hiện nhiệm vụ chính trị được giao','{01}'),
      ('nat','youth','i','Cựu thanh niên xung phong','Tổng đội Thanh niên xung phong {kk}','{b}','phong trào thanh niên xung phong',NULL),
      ('nat','youth','c',NULL,'Tổng đội Thanh niên xung phong {kk}','{b}','phong trào thanh niên xung phong',NULL),
      -- foreigners
      ('any','foreign','i','Đại sứ đặc mệnh toàn quyền','Đại sứ quán {c} tại Việt Nam',NULL,'quan hệ hữu nghị, hợp tác',NULL),
      ('any','foreign','i','Chủ tịch','Hội Hữu nghị {c} – Việt Nam',NULL,'quan hệ hữu nghị, hợp tác',NULL),
      ('any','foreign','i','Chuyên gia','Đoàn chuyên gia {c} tại Việt Nam',NULL,'quan hệ hữu nghị, hợp tác',NULL),
      ('any','foreign','i','Giáo sư','Trường Đại học Quốc gia {c}',NULL,'quan hệ hữu nghị, hợp tác',NULL),
      ('any','foreign','i','Tình nguyện viên','Tổ chức tình nguyện quốc tế tại Việt Nam',NULL,'quan hệ hữu nghị, hợp tác',NULL),
      ('any','foreign','c',NULL,'Hội Hữu nghị {c} – Việt Nam',NULL,'quan hệ hữu nghị, hợp tác',NULL),
      ('any','foreign','c',NULL,'Đoàn chuyên gia {c} tại Việt Nam',NULL,'quan hệ hữu nghị, hợp tác',NULL),
      ('any','foreign','c',NULL,'Đại sứ quán {c} tại Việt Nam',NULL,'quan hệ hữu nghị, hợp tác',NULL)
    ) AS v(scope, area, rk, pos, unit, parent, field, pcodes);
  -- 840 slots per (scope, area, recipient kind), slot s holding template s mod n (a 'b' template serves individuals
  -- and collectives): a recipient picks its template by one equality join on hash mod 840.
  ALTER TABLE seed_tpl ADD COLUMN tid int GENERATED ALWAYS AS IDENTITY;
  CREATE TEMP TABLE seed_tslot ON COMMIT DROP AS
  SELECT g.scope, g.area, g.rkind, s.slot, t.packed, t.pcodes, t.has_p
    FROM (SELECT t.scope, t.area, k.rkind, t.tid,
                 (row_number() OVER (PARTITION BY t.scope, t.area, k.rkind ORDER BY t.tid) - 1)::int AS ord,
                 count(*) OVER (PARTITION BY t.scope, t.area, k.rkind)::int AS cnt
            FROM seed_tpl t
            JOIN (VALUES ('individual', 'i'), ('individual', 'b'), ('collective', 'c'), ('collective', 'b'),
                         ('household', 'h')) AS k(rkind, rk) ON k.rk = t.rk) g
    JOIN seed_tpl t ON t.tid = g.tid
    CROSS JOIN LATERAL generate_series(g.ord, 839, g.cnt) AS s(slot);

  ---------------------------------------------------------------------------------------------------------------------
  -- 6. Who proposes what. Historical awards: body slots per (type, era), weighted; a body of the type's own field
  --    (an armed ministry for service medals, the education ministry for teachers' titles) weighs 30 times more.
  --    Dossiers: body slots per class (old / mid / new / armed, see the header), then the main type per (body tags,
  --    round method), and further candidates' types of the same decider.
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_bslot ON COMMIT DROP AS
  SELECT e.type, e.new_era, (row_number() OVER (PARTITION BY e.type, e.new_era ORDER BY e.key, s.n) - 1)::int AS slot,
         e.key
    FROM (SELECT t.code AS type, era.new_era, b.key,
                 CASE WHEN era.new_era THEN b.w_new ELSE b.w_old END
                 * CASE WHEN t.sectors <> '{*}' AND b.scope <> 'prov' THEN 30 ELSE 1 END AS w
            FROM seed_type t
            CROSS JOIN (VALUES (false), (true)) AS era(new_era)
            JOIN seed_body b ON CASE WHEN era.new_era THEN b.valid_to IS NULL
                                     ELSE b.valid_to IS NOT NULL OR b.scope <> 'prov' END
                            AND (t.sectors = '{*}' OR t.sectors && b.tags)) e
    CROSS JOIN LATERAL generate_series(1, e.w) AS s(n);
  CREATE TEMP TABLE seed_bcnt ON COMMIT DROP AS
  SELECT type, new_era, count(*)::int AS cnt FROM seed_bslot GROUP BY 1, 2;
  CREATE INDEX ON seed_bslot (type, new_era, slot);
  ANALYZE seed_bslot, seed_bcnt, seed_body, seed_type, seed_tmeth, seed_tpl, seed_tslot, seed_prov, seed_pslot;

  CREATE TEMP TABLE seed_dbslot ON COMMIT DROP AS
  SELECT e.cls, (row_number() OVER (PARTITION BY e.cls ORDER BY e.key, s.n) - 1)::int AS slot, e.key
    FROM (SELECT c.cls, b.key, CASE WHEN c.cls = 'armed' THEN 1 WHEN c.cls = 'new' THEN b.w_new ELSE b.w_old END AS w
            FROM seed_body b
            JOIN (VALUES ('old'), ('mid'), ('new'), ('armed')) AS c(cls)
              ON CASE c.cls WHEN 'old' THEN b.valid_to IS NOT NULL OR b.scope <> 'prov'
                            WHEN 'mid' THEN b.scope <> 'prov'
                            WHEN 'new' THEN b.valid_to IS NULL
                            ELSE b.key IN ('BO_QUOC_PHONG', 'BO_CONG_AN') END) e
    CROSS JOIN LATERAL generate_series(1, e.w) AS s(n);
  CREATE TEMP TABLE seed_dbcnt ON COMMIT DROP AS SELECT cls, count(*)::int AS cnt FROM seed_dbslot GROUP BY 1;

  -- dossier types per round method (President or Prime Minister only), weights; the state honorary titles and
  -- the prizes are left to the historical awards, so that they keep their few conferral dates
  CREATE TEMP TABLE seed_dw ON COMMIT DROP AS
  SELECT * FROM (VALUES
    ('thuong_xuyen','BK_THU_TUONG',30), ('thuong_xuyen','DHTD_CSTD_TOAN_QUOC',5), ('thuong_xuyen','CTD_CHINH_PHU',6),
    ('thuong_xuyen','HC_LAO_DONG_3',20), ('thuong_xuyen','HC_LAO_DONG_2',6), ('thuong_xuyen','HC_LAO_DONG_1',2),
    ('thuong_xuyen','HC_DOC_LAP_3',1), ('thuong_xuyen','HC_BAO_VE_TO_QUOC_3',6),
    ('thuong_xuyen','HC_BAO_VE_TO_QUOC_2',2), ('thuong_xuyen','HC_CHIEN_CONG_3',3), ('thuong_xuyen','HC_QUAN_CONG_3',1),
    ('thuong_xuyen','HC_DAI_DOAN_KET_DAN_TOC',2), ('thuong_xuyen','HCH_CHIEN_SI_VE_VANG_3',2),
    ('chuyen_de','BK_THU_TUONG',30), ('chuyen_de','HC_LAO_DONG_3',8), ('chuyen_de','CTD_CHINH_PHU',2),
    ('cong_hien','HC_LAO_DONG_3',10), ('cong_hien','HC_LAO_DONG_2',8), ('cong_hien','HC_LAO_DONG_1',4),
    ('cong_hien','HC_DOC_LAP_3',3), ('cong_hien','HC_DOC_LAP_2',2), ('cong_hien','HC_DOC_LAP_1',1),
    ('cong_hien','HC_HO_CHI_MINH',1), ('cong_hien','HC_DAI_DOAN_KET_DAN_TOC',2),
    ('nien_han','HCH_CHIEN_SI_VE_VANG_3',10), ('nien_han','HCH_CHIEN_SI_VE_VANG_2',7),
    ('nien_han','HCH_CHIEN_SI_VE_VANG_1',5), ('nien_han','HCH_QUAN_KY_QUYET_THANG',3),
    ('nien_han','HCH_VI_AN_NINH_TO_QUOC',3), ('nien_han','HC_BAO_VE_TO_QUOC_3',2),
    ('doi_ngoai','HC_HUU_NGHI',4), ('doi_ngoai','HCH_HUU_NGHI',6),
    ('dot_xuat','BK_THU_TUONG',20), ('dot_xuat','HC_DUNG_CAM',4), ('dot_xuat','HC_CHIEN_CONG_3',4),
    ('dot_xuat','HC_LAO_DONG_3',4), ('dot_xuat','HC_BAO_VE_TO_QUOC_3',2)
  ) AS v(method, type, w);
  CREATE TEMP TABLE seed_dtslot ON COMMIT DROP AS
  SELECT x.sig, x.method, x.dec, x.type,
         (row_number() OVER (PARTITION BY x.sig, x.method, x.dec ORDER BY x.type, s.n) - 1)::int AS slot
    FROM (SELECT s.sig, w.method, dd.dec, w.type, w.w
            FROM (SELECT DISTINCT sig, tags FROM seed_body) s
            CROSS JOIN seed_dw w
            JOIN seed_type t ON t.code = w.type AND (t.sectors = '{*}' OR t.sectors && s.tags)
            CROSS JOIN LATERAL (VALUES ('*'), (t.decided_by)) AS dd(dec)) x
    CROSS JOIN LATERAL generate_series(1, x.w) AS s(n);
  CREATE TEMP TABLE seed_dtcnt ON COMMIT DROP AS
  SELECT sig, method, dec, count(*)::int AS cnt FROM seed_dtslot GROUP BY 1, 2, 3;
  ANALYZE seed_dbslot, seed_dbcnt, seed_dtslot, seed_dtcnt;

  ---------------------------------------------------------------------------------------------------------------------
  -- 7. Rounds: six a year, 2016-2026, ids after the highest existing one (keys already present are kept as they are).
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_rdef ON COMMIT DROP AS
  SELECT y || '-' || m.slug AS key, y AS year, m.method, m.w * (6 + (y - 2016)) AS w,
         make_date(y, m.om, m.od) AS opens, make_date(y, m.dm, m.dd) AS deadline,
         CASE m.method
           WHEN 'thuong_xuyen' THEN 'Đợt khen thưởng thường xuyên năm ' || y
           WHEN 'chuyen_de'
           THEN 'Đợt khen thưởng chuyên đề năm ' || y || ': phong trào thi đua “' || topic[y - 2015] || '”'
           WHEN 'cong_hien' THEN 'Đợt khen thưởng quá trình cống hiến năm ' || y
           WHEN 'nien_han' THEN 'Đợt khen thưởng theo niên hạn năm ' || y
           WHEN 'doi_ngoai' THEN 'Đợt khen thưởng đối ngoại năm ' || y
           ELSE 'Đợt khen thưởng đột xuất năm ' || y END AS name_vi,
         CASE m.method
           WHEN 'thuong_xuyen' THEN 'Regular awards round ' || y
           WHEN 'chuyen_de' THEN 'Thematic awards round ' || y || ': ' || topic_en[y - 2015]
           WHEN 'cong_hien' THEN 'Career contribution awards round ' || y
           WHEN 'nien_han' THEN 'Seniority awards round ' || y
           WHEN 'doi_ngoai' THEN 'Diplomatic awards round ' || y
           ELSE 'Irregular awards round ' || y END AS name_en
    FROM generate_series(2016, 2026) AS y
    CROSS JOIN (VALUES ('thuong_xuyen', 'thuong-xuyen', 10, 1, 5, 4, 30), ('nien_han', 'nien-han', 2, 2, 15, 5, 31),
                       ('cong_hien', 'cong-hien', 3, 3, 1, 6, 30), ('chuyen_de', 'chuyen-de', 3, 5, 15, 9, 15),
                       ('doi_ngoai', 'doi-ngoai', 1, 7, 1, 10, 15), ('dot_xuat', 'dot-xuat', 2, 1, 2, 12, 20))
      AS m(method, slug, w, om, od, dm, dd);
  INSERT INTO awards.round (id, key, name_vi, name_en, year, method_code, opens, deadline, origin)
  SELECT (SELECT coalesce(max(id), 0) FROM awards.round) + row_number() OVER (ORDER BY d.year, d.opens, d.key),
         d.key, d.name_vi, d.name_en, d.year, d.method, d.opens, d.deadline, 'generated'
    FROM seed_rdef d
   WHERE NOT EXISTS (SELECT 1 FROM awards.round r WHERE r.key = d.key)
   ORDER BY d.year, d.opens, d.key;
  CREATE TEMP TABLE seed_round ON COMMIT DROP AS
  SELECT r.id, r.key, r.year, r.method_code AS method, r.opens, r.deadline, d.w
    FROM seed_rdef d JOIN awards.round r ON r.key = d.key;
  CREATE TEMP TABLE seed_rslot ON COMMIT DROP AS
  SELECT (row_number() OVER (ORDER BY r.id, s.n) - 1)::int AS slot, r.id AS round_id
    FROM seed_round r CROSS JOIN LATERAL generate_series(1, r.w) AS s(n);
  SELECT count(*) INTO v_rslots FROM seed_rslot;
  ANALYZE seed_round, seed_rslot;

  ---------------------------------------------------------------------------------------------------------------------
  -- 8. Dossiers. i = 1 .. v_nd; h(x) = hashtext(i || x) & 0x7fffffff.
  --    a) round; status from the golden-ratio sequence over the dossiers of its year group; return cycles; actions.
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_d0 ON COMMIT DROP AS
  SELECT q.*,
         CASE WHEN q.acts @> '{submit}' THEN cardinality(q.acts) - 2 ELSE cardinality(q.acts) - 1 END AS n_post
    FROM (
    SELECT p.*,
           ARRAY['create'] ||
           CASE WHEN p.status = 'draft' THEN '{}'::text[]
                WHEN p.status = 'withdrawn' AND p.wd_draft THEN '{withdraw}'::text[]
                ELSE '{submit}'::text[]
                     || CASE p.nret WHEN 0 THEN '{}'::text[] WHEN 1 THEN '{return,resubmit}'::text[]
                                    ELSE '{return,resubmit,return,resubmit}'::text[] END
                     || CASE p.status WHEN 'submitted' THEN '{}'::text[] WHEN 'returned' THEN '{return}'::text[]
                                      WHEN 'withdrawn' THEN '{return,withdraw}'::text[]
                                      WHEN 'approved' THEN '{approve}'::text[] WHEN 'rejected' THEN '{reject}'::text[]
                                      ELSE '{approve,decide}'::text[] END END AS acts
      FROM (
      SELECT g.*,
             CASE g.grp
               WHEN 0 THEN CASE WHEN g.f < 0.84 THEN 'decided' WHEN g.f < 0.93 THEN 'rejected' ELSE 'withdrawn' END
               WHEN 1 THEN CASE WHEN g.f < 0.55 THEN 'decided' WHEN g.f < 0.63 THEN 'rejected'
                                WHEN g.f < 0.69 THEN 'withdrawn' WHEN g.f < 0.81 THEN 'approved'
                                WHEN g.f < 0.89 THEN 'submitted' WHEN g.f < 0.95 THEN 'returned' ELSE 'draft' END
               ELSE CASE WHEN g.f < 0.14 THEN 'draft' WHEN g.f < 0.38 THEN 'submitted' WHEN g.f < 0.50 THEN 'returned'
                         WHEN g.f < 0.66 THEN 'approved' WHEN g.f < 0.88 THEN 'decided' WHEN g.f < 0.94 THEN 'rejected'
                         ELSE 'withdrawn' END END AS status,
             (hashtext(g.i || 'wd') & 2147483647) % 2 = 0 AS wd_draft,
             CASE WHEN (hashtext(g.i || 'rt') & 2147483647) % 100 < 72 THEN 0
                  WHEN (hashtext(g.i || 'rt') & 2147483647) % 100 < 95 THEN 1 ELSE 2 END AS nret
        FROM (
        SELECT b.*, b.fk - floor(b.fk) AS f
          FROM (
          SELECT a.*, row_number() OVER (PARTITION BY a.grp ORDER BY a.i) * 0.6180339887498949::float8 AS fk
            FROM (
            SELECT g.i, r.id AS round_id, r.key AS round_key, r.year AS ryear, r.method, r.opens, r.deadline,
                   CASE WHEN r.year <= 2024 THEN 0 WHEN r.year = 2025 THEN 1 ELSE 2 END AS grp
              FROM generate_series(1, v_nd) AS g(i)
              JOIN seed_rslot s ON s.slot = (hashtext(g.i || 'r') & 2147483647) % v_rslots
              JOIN seed_round r ON r.id = s.round_id) a) b) g) p) q;

  -- b) creation day (early in the round, leaving room for the remaining steps before "today"), first submission
  --    (~13 % after the deadline where there is room for it)
  ALTER TABLE seed_d0 ADD COLUMN created date, ADD COLUMN sub_day date, ADD COLUMN a_day date;
  UPDATE seed_d0 d SET created = d.opens + floor((x.hi - d.opens + 1) * 0.85 *
                                  ((hashtext(d.i || 'c') & 2147483647) / 2147483648.0))::int
    FROM (SELECT i, least(deadline, c_today - CASE WHEN status = 'draft' THEN 2 ELSE 10 + 8 * n_post END) AS hi
            FROM seed_d0) x
   WHERE x.i = d.i;
  UPDATE seed_d0 d
     SET sub_day = CASE WHEN NOT d.acts @> '{submit}' THEN NULL
                        WHEN (hashtext(d.i || 'late') & 2147483647) % 100 < 13
                             AND d.deadline + 1 <= c_today - 1 - d.n_post
                        THEN least(d.deadline + 1 + (hashtext(d.i || 'ld') & 2147483647) % 40, c_today - 1 - d.n_post)
                        ELSE d.created + floor((least(d.deadline, c_today - 1 - d.n_post) - d.created + 1) *
                               sqrt((hashtext(d.i || 's') & 2147483647) / 2147483648.0))::int END;
  UPDATE seed_d0 SET a_day = coalesce(sub_day, created);
  ANALYZE seed_d0;

  -- c) steps: planned gaps in days, squeezed (each ≥ 1 day) where they would run past the day before "today";
  --    times of day in Vietnam office hours, the creation before 10:00 and every later step after 10:30
  CREATE TEMP TABLE seed_s ON COMMIT DROP AS
  SELECT z.i, z.k, z.act,
         CASE z.act WHEN 'create' THEN 'draft' WHEN 'submit' THEN 'submitted' WHEN 'resubmit' THEN 'submitted'
                    WHEN 'return' THEN 'returned' WHEN 'approve' THEN 'approved' WHEN 'reject' THEN 'rejected'
                    WHEN 'decide' THEN 'decided' ELSE 'withdrawn' END AS to_status,
         z.day,
         ((z.day + time '08:00'
           + make_interval(mins => CASE WHEN z.k = 1 THEN (hashtext(z.i || 'm' || z.k) & 2147483647) % 121
                                        ELSE 150 + (hashtext(z.i || 'm' || z.k) & 2147483647) % 391 END))
           AT TIME ZONE c_tz) AS at
    FROM (
    SELECT y.i, y.k, y.act, y.created + (sum(y.g) OVER (PARTITION BY y.i ORDER BY y.k))::int AS day
      FROM (
      SELECT x.*,
             CASE WHEN NOT x.post OR x.psum <= x.avail - x.n_post THEN x.g0
                  ELSE 1 + floor(x.g0::numeric * (x.avail - x.n_post) / x.psum)::int END AS g
        FROM (
        SELECT w.*, sum(CASE WHEN w.post THEN w.g0 ELSE 0 END) OVER (PARTITION BY w.i) AS psum
          FROM (
          SELECT d.i, d.created, d.n_post, (c_today - 1 - d.a_day) AS avail, a.act, a.k::int AS k,
                 a.k > CASE WHEN d.sub_day IS NULL THEN 1 ELSE 2 END AS post,
                 CASE WHEN a.k = 1 THEN 0
                      WHEN a.act = 'submit' THEN d.sub_day - d.created
                      WHEN a.act = 'return' THEN 3 + (hashtext(d.i || 'g' || a.k) & 2147483647) % 18
                      WHEN a.act = 'resubmit' THEN 2 + (hashtext(d.i || 'g' || a.k) & 2147483647) % 14
                      WHEN a.act IN ('approve', 'reject') THEN 10 + (hashtext(d.i || 'g' || a.k) & 2147483647) % 36
                      WHEN a.act = 'decide' THEN 7 + (hashtext(d.i || 'g' || a.k) & 2147483647) % 34
                      ELSE 2 + (hashtext(d.i || 'g' || a.k) & 2147483647) % 29 END AS g0
            FROM seed_d0 d CROSS JOIN LATERAL unnest(d.acts) WITH ORDINALITY AS a(act, k)) w) x) y) z;
  ANALYZE seed_s;

  -- d) body by class (see the header), main type and decider, candidate count
  CREATE TEMP TABLE seed_d ON COMMIT DROP AS
  SELECT q.*, t.decided_by AS decider, t.name_vi AS ptype_vi, t.kind_code AS ptype_kind
    FROM (
    SELECT p.*, ts.type AS ptype
      FROM (
      SELECT c.*, bs.key AS body_key, b.sig, b.name_vi AS body_vi
        FROM (
        SELECT d.*, s.first_at, s.last_sub_at, s.first_sub_at, s.last_at, s.last_day, s.dec_day, s.nsteps,
               CASE WHEN d.method = 'nien_han' THEN 'armed'
                    WHEN d.created >= c_merger THEN 'new'
                    WHEN d.status IN ('decided', 'rejected', 'withdrawn') AND s.last_day < c_merger THEN 'old'
                    ELSE 'mid' END AS cls,
               CASE WHEN (hashtext(d.i || 'n') & 2147483647) % 100 < 25 THEN 1
                    WHEN (hashtext(d.i || 'n') & 2147483647) % 100 < 45 THEN 2
                    WHEN (hashtext(d.i || 'n') & 2147483647) % 100 < 63 THEN 3
                    WHEN (hashtext(d.i || 'n') & 2147483647) % 100 < 78 THEN 4
                    WHEN (hashtext(d.i || 'n') & 2147483647) % 100 < 90 THEN 5 ELSE 6 END AS ncand
          FROM seed_d0 d
          JOIN (SELECT i, min(at) AS first_at, max(at) AS last_at, max(day) AS last_day, count(*)::int AS nsteps,
                       min(at) FILTER (WHERE act = 'submit') AS first_sub_at,
                       max(at) FILTER (WHERE act IN ('submit', 'resubmit')) AS last_sub_at,
                       max(day) FILTER (WHERE act = 'decide') AS dec_day
                  FROM seed_s GROUP BY i) s ON s.i = d.i) c
        JOIN seed_dbcnt bc ON bc.cls = c.cls
        JOIN seed_dbslot bs ON bs.cls = c.cls AND bs.slot = (hashtext(c.i || 'b') & 2147483647) % bc.cnt
        JOIN seed_body b ON b.key = bs.key) p
      JOIN seed_dtcnt tc ON tc.sig = p.sig AND tc.method = p.method AND tc.dec = '*'
      JOIN seed_dtslot ts ON ts.sig = p.sig AND ts.method = p.method AND ts.dec = '*'
                         AND ts.slot = (hashtext(p.i || 't') & 2147483647) % tc.cnt) q
    JOIN seed_type t ON t.code = q.ptype;

  -- e) ids in creation order and codes HS-YYYY-NNNNNN continuing the code sequence
  SELECT coalesce(max(id), 0) INTO v_dbase FROM awards.dossier;
  SELECT greatest(CASE WHEN s.is_called THEN s.last_value ELSE 0 END,
                  coalesce((SELECT max(split_part(code, '-', 3)::bigint) FROM awards.dossier), 0))
    INTO v_code0 FROM awards.dossier_code_seq s;
  ALTER TABLE seed_d ADD COLUMN id bigint, ADD COLUMN code text;
  UPDATE seed_d d SET id = v_dbase + o.rn, code = 'HS-' || d.ryear || '-' || lpad((v_code0 + o.rn)::text, 6, '0')
    FROM (SELECT i, row_number() OVER (ORDER BY first_at, i) AS rn FROM seed_d) o
   WHERE o.i = d.i;
  ANALYZE seed_d;

  -- f) candidates: the main type, or (25 %) another type of the same decider; kind from the type
  CREATE TEMP TABLE seed_c ON COMMIT DROP AS
  SELECT x.i, x.dossier_id, x.seq, x.type,
         CASE WHEN t.recipient_kinds = '{collective}' THEN 'collective'
              WHEN t.recipient_kinds = '{individual}' THEN 'individual'
              WHEN (hashtext(x.i || 'k' || x.seq) & 2147483647) % 100 < t.p_ind THEN 'individual'
              ELSE 'collective' END AS rk
    FROM (
    SELECT d.i, d.id AS dossier_id, c.seq,
           CASE WHEN c.seq = 1 OR (hashtext(d.i || 'a' || c.seq) & 2147483647) % 100 < 75 THEN d.ptype
                ELSE ts.type END AS type
      FROM seed_d d
      CROSS JOIN LATERAL generate_series(1, d.ncand) AS c(seq)
      JOIN seed_dtcnt tc ON tc.sig = d.sig AND tc.method = d.method AND tc.dec = d.decider
      JOIN seed_dtslot ts ON ts.sig = d.sig AND ts.method = d.method AND ts.dec = d.decider
                         AND ts.slot = (hashtext(d.i || 'u' || c.seq) & 2147483647) % tc.cnt) x
    JOIN seed_type t ON t.code = x.type;

  ANALYZE seed_c;
  SELECT count(*) INTO v_nc FROM seed_c c JOIN seed_d d ON d.id = c.dossier_id WHERE d.status = 'decided';
  v_nh := greatest(v_na - v_nc, 0);

  ---------------------------------------------------------------------------------------------------------------------
  -- 9. Historical awards: exact count per type (cumulative floors of the weights, so the total is exactly v_nh),
  --    decisions per type (ceil(n / mean batch)), each award to a decision by hash; decision date by the type's
  --    pattern (weekends moved back to Friday), body from the slots of the era of that date, method by hash.
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_tn ON COMMIT DROP AS
  SELECT q.*, sum(q.n) OVER (ORDER BY q.ord) - q.n AS start,
         CASE WHEN q.n > 0 THEN ceil(q.n::numeric / q.bs)::int END AS nd
    FROM (
    SELECT c.*, (floor(v_nh * c.cum / c.tot) - floor(v_nh * (c.cum - c.w) / c.tot))::int AS n
      FROM (SELECT t.code, t.ord, t.w::numeric AS w, t.bs, sum(t.w::numeric) OVER (ORDER BY t.ord) AS cum,
                   sum(t.w::numeric) OVER () AS tot
              FROM seed_type t) c) q;

  CREATE TEMP TABLE seed_dec ON COMMIT DROP AS
  SELECT y.*, bs.key AS body_key, m.method
    FROM (
    SELECT x.*, x.d >= c_merger AS new_era,
           CASE WHEN x.pat = 'annual' THEN x.r0 WHEN extract(month FROM x.d) <= 6 THEN extract(year FROM x.d)::int - 1
                ELSE extract(year FROM x.d)::int END AS ryear
      FROM (
      SELECT w.dk, w.type, w.pat, w.r0,
             w.d0 - CASE WHEN w.pat IN ('anchor', 'yearly') THEN 0
                         ELSE CASE extract(isodow FROM w.d0) WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END END AS d
        FROM (
        SELECT t.ord::bigint * 100000000 + k.k AS dk, t.code AS type, ty.pat,
               2015 + floor(11 * power((hashtext(t.code || k.k || 'R') & 2147483647) / 2147483648.0, 0.9))::int AS r0,
               CASE ty.pat
                 WHEN 'spread'
                 THEN coalesce(ty.from_d, c_first)
                      + floor((c_today - coalesce(ty.from_d, c_first) + 1) *
                              power((hashtext(t.code || k.k || 'D') & 2147483647) / 2147483648.0, 0.9))::int
                 WHEN 'annual' THEN NULL
                 ELSE ty.anchors[1 + (hashtext(t.code || k.k || 'D') & 2147483647) % cardinality(ty.anchors)] END AS d0
          FROM seed_tn t
          JOIN seed_type ty ON ty.code = t.code
          CROSS JOIN LATERAL generate_series(1, t.nd) AS k(k)
         WHERE t.nd IS NOT NULL) w
       WHERE w.pat <> 'annual'
      UNION ALL
      -- annual titles: December of the results year R (from 2016) or 5 January - 31 March of R + 1
      SELECT w.dk, w.type, w.pat, w.r0,
             w.d0 - CASE extract(isodow FROM w.d0) WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END
        FROM (
        SELECT v.*,
               CASE WHEN v.r0 >= 2016 AND (hashtext(v.dk || 'dec') & 2147483647) % 100 < 40
                    THEN make_date(v.r0, 12, 10) + (hashtext(v.dk || 'dd') & 2147483647) % 21
                    ELSE make_date(v.r0 + 1, 1, 5) + (hashtext(v.dk || 'dd') & 2147483647) % 86 END AS d0
          FROM (
          SELECT t.ord::bigint * 100000000 + k.k AS dk, t.code AS type, 'annual'::text AS pat,
                 2015 + floor(11 * power((hashtext(t.code || k.k || 'R') & 2147483647) / 2147483648.0, 0.9))::int AS r0
            FROM seed_tn t
            JOIN seed_type ty ON ty.code = t.code AND ty.pat = 'annual'
            CROSS JOIN LATERAL generate_series(1, t.nd) AS k(k)
           WHERE t.nd IS NOT NULL) v) w) x) y
    JOIN seed_bcnt bc ON bc.type = y.type AND bc.new_era = y.new_era
    JOIN seed_bslot bs ON bs.type = y.type AND bs.new_era = y.new_era
                      AND bs.slot = (hashtext(y.dk || 'b') & 2147483647) % bc.cnt
    JOIN seed_tmeth m ON m.type = y.type AND (hashtext(y.dk || 'm') & 2147483647) % 100 >= m.lo
                     AND (hashtext(y.dk || 'm') & 2147483647) % 100 < m.hi;
  CREATE UNIQUE INDEX ON seed_dec (dk);
  ANALYZE seed_dec;

  ---------------------------------------------------------------------------------------------------------------------
  -- 10. All recipients in one table: historical awards (src h) and candidates (src c; an award when the dossier is
  --     decided). Award ids follow the decision dates; about 0.3 % of awards are withdrawn 18-719 days later
  --     (never after 2026-11-27).
  --     Per recipient also what the naming view needs: template area and scope, sex, template and province slots.
  --     Template scope: the body's own for general work (prov/central/mass/ent); for a field (edu, health, culture,
  --     armed, youth, ...) "prov" for provincial bodies and "nat" for the others; "any" for foreigners. Armed-forces
  --     bodies keep their own units also for physicians' and artists' titles.
  ---------------------------------------------------------------------------------------------------------------------
  SELECT coalesce(max(id), 0) INTO v_abase FROM awards.award;
  SELECT max(cnt) FILTER (WHERE NOT new_era), max(cnt) FILTER (WHERE new_era) INTO v_pc_old, v_pc_new FROM seed_pslot;
  CREATE TEMP TABLE seed_r ON COMMIT DROP AS
  SELECT u.*,
         CASE WHEN u.ddate IS NOT NULL
              THEN v_abase + row_number() OVER (PARTITION BY u.ddate IS NULL ORDER BY u.ddate, u.dk, u.rid)
         END AS award_id,
         CASE WHEN u.ddate IS NOT NULL AND u.ddate <= c_today - 30
                   AND (hashtext(u.rid || 'w') & 2147483647) % 1000 < 3
              THEN (SELECT w0 - CASE extract(isodow FROM w0) WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END
                      FROM (SELECT u.ddate + 20 + (hashtext(u.rid || 'wd') & 2147483647)
                                                  % least(700, c_today - u.ddate - 19) AS w0) z)
         END AS wdate,
         b.name_vi AS body_vi, b.province_key AS body_pkey, t.why, t.p_post, t.kind_code,
         u.ref_date >= c_merger AS new_era,
         a.area,
         CASE WHEN a.area = 'foreign' THEN 'any' WHEN a.area = 'general' THEN b.scope
              WHEN b.scope = 'prov' THEN 'prov' ELSE 'nat' END AS tscope,
         CASE WHEN a.area = 'mother' THEN true
              ELSE (hashtext(u.rid || 'sx') & 2147483647) % 100 <
                   CASE a.area WHEN 'edu' THEN 70 WHEN 'health' THEN 60 WHEN 'culture' THEN 50 WHEN 'youth' THEN 55
                               WHEN 'household' THEN 30 WHEN 'armed' THEN 8 WHEN 'armed_qp' THEN 8
                               WHEN 'armed_ca' THEN 10 ELSE 42 END END AS female,
         (hashtext(u.rid || 'tp') & 2147483647) % 840 AS tslot,
         (hashtext(u.rid || 'pq') & 2147483647)
           % CASE WHEN u.ref_date >= c_merger THEN v_pc_new ELSE v_pc_old END AS pslot
    FROM (
    SELECT h.rid, 'h'::text AS src, dc.body_key, h.type,
           CASE WHEN t.recipient_kinds = '{household}' THEN 'household'
                WHEN t.recipient_kinds = '{collective}' THEN 'collective'
                WHEN t.recipient_kinds = '{individual}' THEN 'individual'
                WHEN (hashtext(h.rid || 'k') & 2147483647) % 100 < t.p_ind THEN 'individual'
                ELSE 'collective' END AS rk,
           dc.d AS ref_date, dc.d AS ddate, dc.dk, dc.method, dc.ryear, NULL::bigint AS dossier_id, NULL::int AS seq
      FROM (SELECT t.start + s.s AS rid, t.code AS type,
                   t.ord::bigint * 100000000 + 1 + (hashtext((t.start + s.s) || 'k') & 2147483647) % t.nd AS dk
              FROM seed_tn t CROSS JOIN LATERAL generate_series(1, t.n) AS s(s)
             WHERE t.n > 0) h
      JOIN seed_dec dc ON dc.dk = h.dk
      JOIN seed_type t ON t.code = h.type
    UNION ALL
    SELECT -(c.dossier_id * 10 + c.seq), 'c', d.body_key, c.type, c.rk, d.created,
           CASE WHEN d.status = 'decided' THEN d.dec_day END, -d.id, d.method, d.ryear - 1, d.id, c.seq
      FROM seed_c c JOIN seed_d d ON d.id = c.dossier_id) u
    JOIN seed_body b ON b.key = u.body_key
    JOIN seed_type t ON t.code = u.type
    CROSS JOIN LATERAL (
      SELECT CASE WHEN t.area IS NULL THEN b.area
                  WHEN b.area IN ('armed_qp', 'armed_ca') AND t.area IN ('armed', 'health', 'culture', 'top')
                  THEN b.area
                  WHEN t.area = 'top' AND b.scope = 'ent' THEN 'general'
                  ELSE t.area END AS area) a
   ORDER BY award_id;   -- the award INSERT then reads it in id order
  ANALYZE seed_r;

  ---------------------------------------------------------------------------------------------------------------------
  -- 11. Decision numbers: conferral decisions (historical and dossiers') and withdrawal decisions, numbered per
  --     issuer and year in date order: n = rank + day-of-year × rate, so they grow through the year and never repeat.
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_num ON COMMIT DROP AS
  SELECT q.kind, q.ref, q.d, q.decider, q.body_key,
         CASE WHEN q.n < 10 THEN '0' || q.n ELSE q.n::text END || '/QĐ-' || q.suffix AS number
    FROM (
    SELECT p.*, row_number() OVER (PARTITION BY p.issuer, extract(year FROM p.d) ORDER BY p.d, p.kind, p.ref)
                + floor(extract(doy FROM p.d) * CASE WHEN p.suffix = 'CTN' THEN 6 WHEN p.suffix = 'TTg' THEN 5
                                                     WHEN p.suffix = 'UBND' THEN 8
                                                     WHEN p.decider LIKE 'minister%' THEN 3 ELSE 1 END)::int AS n
      FROM (
      SELECT o.*, CASE o.decider WHEN 'president' THEN 'CTN' WHEN 'prime_minister' THEN 'TTg'
                                 ELSE o.body_key || '/' || o.suffix END AS issuer
        FROM (
        SELECT s.kind, s.ref, s.d, s.decider, s.body_key,
               CASE s.decider WHEN 'president' THEN 'CTN' WHEN 'prime_minister' THEN 'TTg'
                    WHEN 'head_of_agency_or_local_chair'
                    THEN CASE WHEN s.area IN ('household', 'village') THEN 'UBND'
                              ELSE b.subs[1 + (hashtext(s.cref || 'sub') & 2147483647) % cardinality(b.subs)] END
                    ELSE b.short END AS suffix
          FROM (
          -- cref: the conferral decision. A withdrawal is decided by the issuer of the conferral (from 2025-07-01 the
          -- successor province for a former province's award).
          SELECT 'c'::text AS kind, dc.dk AS ref, dc.dk AS cref, dc.d, t.decided_by AS decider, dc.body_key, t.area
            FROM seed_dec dc JOIN seed_type t ON t.code = dc.type
          UNION ALL
          SELECT 'c', -d.id, -d.id, d.dec_day, d.decider, d.body_key, NULL FROM seed_d d WHERE d.status = 'decided'
          UNION ALL
          SELECT 'w', r.rid, r.dk, r.wdate, n.decider,
                 CASE WHEN r.wdate >= c_merger THEN coalesce(rb.successor, r.body_key) ELSE r.body_key END, n.area
            FROM seed_r r
            JOIN seed_body rb ON rb.key = r.body_key
            JOIN (SELECT dc.dk, t.decided_by AS decider, t.area FROM seed_dec dc JOIN seed_type t ON t.code = dc.type
                  UNION ALL
                  SELECT -d.id, d.decider, NULL FROM seed_d d WHERE d.status = 'decided') n ON n.dk = r.dk
           WHERE r.wdate IS NOT NULL) s
          JOIN seed_body b ON b.key = s.body_key) o) p) q;
  CREATE UNIQUE INDEX ON seed_num (kind, ref);
  ANALYZE seed_num;

  ---------------------------------------------------------------------------------------------------------------------
  -- 12. Names, positions, units, provinces and texts of every recipient: a view, computed while inserting (the word
  --     lists are inlined as literals: @name@ below). Province: the body's own (prov scope), else the template's
  --     fixed one, else a random one where the text names a place, else none — the unit valid on the reference date
  --     (dossier creation or decision date); Thừa Thiên Huế is named so before 2025-01-01.
  ---------------------------------------------------------------------------------------------------------------------
  EXECUTE replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
    $view$
    CREATE TEMP VIEW seed_nv AS
    SELECT z.*,
           CASE WHEN z.rk = 'household' THEN 'Gia đình ' || CASE WHEN z.female THEN 'bà ' ELSE 'ông ' END || z.person
                WHEN z.rk = 'collective' THEN z.s_unit
                WHEN z.area = 'foreign' THEN z.w_fname
                ELSE z.person END AS name,
           CASE WHEN z.rk = 'individual' THEN nullif(z.s_pos, '') END AS position,
           CASE WHEN z.rk = 'individual' THEN nullif(z.s_unit, '')
                WHEN z.rk = 'collective' THEN nullif(z.s_parent, '') END AS unit,
           z.rk = 'individual' AND z.area <> 'foreign' AND z.hpost % 1000 < z.p_post AS posthumous,
           replace(replace(replace(replace(replace(replace(replace(replace(
             coalesce(z.why,
               CASE z.method
                 WHEN 'doi_ngoai' THEN 'Đã có nhiều đóng góp tích cực vào việc vun đắp và phát triển quan hệ hữu nghị, '
                                       'hợp tác giữa {c} và Việt Nam'
                 WHEN 'nien_han' THEN 'Đã có thời gian phục vụ liên tục trong lực lượng vũ trang nhân dân theo quy '
                                      'định, hoàn thành tốt nhiệm vụ được giao'
                 WHEN 'cong_hien' THEN 'Đã có nhiều đóng góp trong {f}, góp phần vào sự nghiệp xây dựng chủ nghĩa '
                                       'xã hội và bảo vệ Tổ quốc'
                 WHEN 'dot_xuat' THEN 'Đã có thành tích xuất sắc đột xuất trong {s}'
                 WHEN 'chuyen_de' THEN 'Đã có thành tích xuất sắc trong phong trào thi đua “{t}”'
                 ELSE CASE WHEN z.kind_code IN ('order', 'medal', 'prize')
                           THEN 'Đã có thành tích xuất sắc trong {f} từ năm {R4} đến năm {R}, góp phần vào sự nghiệp '
                                'xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc'
                           ELSE 'Đã có thành tích xuất sắc trong {f} năm {R}' END END),
             '{f}', coalesce(nullif(z.s_field, ''), 'công tác')), '{c}', z.w_country),
             '{s}', CASE WHEN z.dyear BETWEEN 2020 AND 2022 AND z.hs % 2 = 0 THEN 'công tác phòng, chống dịch COVID-19'
                         ELSE z.w_sudden END),
             '{t}', z.w_topic), '{R4}', (z.ryear - 4)::text), '{R5}', (z.ryear - 5)::text),
             '{R2}', (z.ryear - 2)::text), '{R}', z.ryear::text) AS rationale
      FROM (
      SELECT y.*, split_part(y.s, '|', 1) AS s_pos, split_part(y.s, '|', 2) AS s_unit,
             split_part(y.s, '|', 3) AS s_parent, split_part(y.s, '|', 4) AS s_field
        FROM (
        SELECT x.*,
               replace(replace(replace(replace(replace(replace(replace(replace(replace(x.packed,
                 '{p}', coalesce(x.place, '')), '{x}', x.w_x), '{y}', x.w_y), '{n}', x.w_n), '{kk}', x.w_kk),
                 '{k}', x.w_k), '{b}', x.body_vi), '{c}', x.w_country), 'Văn phòng Văn phòng', 'Văn phòng') AS s
          FROM (
          SELECT v.*, pv.code AS pcode,
                 CASE WHEN v.pkey = 'T46' AND v.ref_date < date '2025-01-01' THEN 'tỉnh Thừa Thiên Huế'
                      ELSE pv.place END AS place,
                 v.w_fam || ' ' || CASE WHEN v.area = 'mother' THEN 'Thị ' || v.w_giv_old
                                        WHEN v.female THEN v.w_mid_f || ' ' || v.w_giv_f
                                        ELSE v.w_mid_m || ' ' || v.w_giv_m END AS person
            FROM (
            SELECT r.*, tp.packed,
                   CASE WHEN r.area = 'foreign' THEN NULL
                        WHEN r.tscope = 'prov' THEN r.body_pkey
                        WHEN tp.pcodes IS NOT NULL
                        THEN 'T' || tp.pcodes[1 + r.pslot % cardinality(tp.pcodes)]
                             || CASE WHEN r.new_era THEN 'N' ELSE '' END
                        WHEN tp.has_p THEN ps.key END AS pkey,
                   extract(year FROM coalesce(r.ddate, r.ref_date))::int AS dyear,
                   hashtext(r.rid || 'po') & 2147483647 AS hpost,
                   hashtext(r.rid || 'ss') & 2147483647 AS hs,
                   (@wrd@)[1 + (hashtext(r.rid || 'x') & 2147483647) % cardinality(@wrd@)] AS w_x,
                   (@wrd@)[1 + (hashtext(r.rid || 'y') & 2147483647) % cardinality(@wrd@)] AS w_y,
                   (@school@)[1 + (hashtext(r.rid || 'n') & 2147483647) % cardinality(@school@)] AS w_n,
                   (1 + (hashtext(r.rid || 'k1') & 2147483647) % 9)::text AS w_k,
                   (301 + (hashtext(r.rid || 'k2') & 2147483647) % 98)::text AS w_kk,
                   (@f_name@)[1 + (hashtext(r.rid || 'fn') & 2147483647) % cardinality(@f_name@)] AS w_fname,
                   (@f_country@)[1 + (hashtext(r.rid || 'fn') & 2147483647) % cardinality(@f_country@)] AS w_country,
                   (@topic@)[least(greatest(extract(year FROM coalesce(r.ddate, r.ref_date))::int - 2015, 1), 11)]
                     AS w_topic,
                   (@sudden@)[1 + (hashtext(r.rid || 'sd') & 2147483647) % cardinality(@sudden@)] AS w_sudden,
                   (@fam@)[1 + (hashtext(r.rid || 'f') & 2147483647) % cardinality(@fam@)] AS w_fam,
                   (@mid_m@)[1 + (hashtext(r.rid || 'mm') & 2147483647) % cardinality(@mid_m@)] AS w_mid_m,
                   (@mid_f@)[1 + (hashtext(r.rid || 'mf') & 2147483647) % cardinality(@mid_f@)] AS w_mid_f,
                   (@giv_m@)[1 + (hashtext(r.rid || 'gm') & 2147483647) % cardinality(@giv_m@)] AS w_giv_m,
                   (@giv_f@)[1 + (hashtext(r.rid || 'gf') & 2147483647) % cardinality(@giv_f@)] AS w_giv_f,
                   (@giv_old@)[1 + (hashtext(r.rid || 'go') & 2147483647) % cardinality(@giv_old@)] AS w_giv_old
              FROM seed_r r
              JOIN seed_tslot tp ON tp.scope = r.tscope AND tp.area = r.area AND tp.rkind = r.rk AND tp.slot = r.tslot
              LEFT JOIN seed_pslot ps ON ps.new_era = r.new_era AND ps.slot = r.pslot) v
            LEFT JOIN seed_prov pv ON pv.key = v.pkey) x) y) z
    $view$,
    '@wrd@', quote_literal(wrd) || '::text[]'), '@school@', quote_literal(school) || '::text[]'),
    '@f_name@', quote_literal(f_name) || '::text[]'), '@f_country@', quote_literal(f_country) || '::text[]'),
    '@topic@', quote_literal(topic) || '::text[]'), '@sudden@', quote_literal(sudden) || '::text[]'),
    '@fam@', quote_literal(fam) || '::text[]'), '@mid_m@', quote_literal(mid_m) || '::text[]'),
    '@mid_f@', quote_literal(mid_f) || '::text[]'), '@giv_m@', quote_literal(giv_m) || '::text[]'),
    '@giv_f@', quote_literal(giv_f) || '::text[]'), '@giv_old@', quote_literal(giv_old) || '::text[]');

  ---------------------------------------------------------------------------------------------------------------------
  -- 13. Insert: dossiers, candidates, evidence, transitions, awards.
  ---------------------------------------------------------------------------------------------------------------------
  INSERT INTO awards.dossier (id, code, body_key, round_id, title, method_code, status_code, first_submitted_at,
      last_submitted_at, decision_number, decision_date, decider_code, created_by, origin, version, created_at,
      modified_at)
  SELECT d.id, d.code, d.body_key, d.round_id,
         CASE WHEN c.nt = 1
              THEN CASE d.ptype_kind WHEN 'state_honorary_title' THEN 'Đề nghị phong tặng danh hiệu '
                                     WHEN 'emulation_title_individual' THEN 'Đề nghị tặng danh hiệu '
                                     WHEN 'prize' THEN 'Đề nghị xét tặng ' ELSE 'Đề nghị tặng ' END || d.ptype_vi
              ELSE 'Đề nghị khen thưởng cấp nhà nước' END
         || CASE d.method WHEN 'cong_hien' THEN ' về quá trình cống hiến' WHEN 'nien_han' THEN ' theo niên hạn'
                          WHEN 'doi_ngoai' THEN ' (khen thưởng đối ngoại)'
                          WHEN 'dot_xuat' THEN ' (khen thưởng đột xuất)'
                          WHEN 'chuyen_de' THEN ' trong phong trào thi đua “' || topic[d.ryear - 2015] || '”'
                          ELSE '' END
         || ' năm ' || d.ryear || ' cho '
         || CASE WHEN c.ni = c.n THEN c.n || ' cá nhân' WHEN c.ni = 0 THEN c.n || ' tập thể'
                 ELSE (c.n - c.ni) || ' tập thể và ' || c.ni || ' cá nhân' END
         || ' của ' || d.body_vi,
         d.method, d.status, d.first_sub_at, d.last_sub_at,
         n.number, CASE WHEN d.status = 'decided' THEN d.dec_day END, CASE WHEN d.status = 'decided' THEN d.decider END,
         'demo-officer-' || lower(d.body_key), 'generated', d.nsteps, d.first_at, d.last_at
    FROM seed_d d
    JOIN (SELECT dossier_id, count(*)::int AS n, count(*) FILTER (WHERE rk = 'individual')::int AS ni,
                 count(DISTINCT type)::int AS nt
            FROM seed_c GROUP BY 1) c ON c.dossier_id = d.id
    LEFT JOIN seed_num n ON n.kind = 'c' AND n.ref = -d.id
   ORDER BY d.id;

  -- Restricted data of candidates: birth date (age 25-65 on the dossier's creation; 80-110 for Heroic Mothers), a
  -- generated citizen ID (province code, century/sex digit, year of birth, six digits) for the living Vietnamese.
  INSERT INTO awards.candidate (dossier_id, seq, recipient_kind, award_type, name, position, unit_name, province_key,
      birth_date, citizen_id, posthumous, achievements)
  SELECT b.dossier_id, b.seq, b.rk, b.type, b.name, b.position, b.unit, b.pkey, b.birth,
         CASE WHEN b.birth IS NOT NULL AND b.area <> 'foreign' AND NOT b.posthumous
              THEN lpad(coalesce(b.pcode, '01'), 3, '0')
                   || (CASE WHEN b.birth >= date '2000-01-01' THEN 2 ELSE 0 END + CASE WHEN b.female THEN 1 ELSE 0 END)
                   || to_char(b.birth, 'YY')
                   || lpad(((hashtext(b.rid || 'id') & 2147483647) % 1000000)::text, 6, '0') END,
         b.posthumous,
         CASE WHEN b.area = 'foreign'
              THEN 'Có nhiều đóng góp vào việc tăng cường quan hệ hữu nghị, hợp tác giữa ' || b.w_country
                   || ' và Việt Nam.'
              WHEN b.area = 'mother'
              THEN 'Có nhiều cống hiến, hy sinh cho sự nghiệp giải phóng dân tộc, xây dựng và bảo vệ Tổ quốc.'
              WHEN b.method = 'nien_han'
              THEN 'Có ' || (15 + b.ha % 21)
                   || ' năm phục vụ liên tục trong lực lượng vũ trang nhân dân, hoàn thành tốt nhiệm vụ được giao.'
              WHEN b.method = 'cong_hien' AND b.rk = 'individual'
              THEN 'Có quá trình công tác ' || (extract(year FROM age(b.ref_date, b.birth))::int - 22 - b.ha % 3)
                   || ' năm, đã giữ các chức vụ lãnh đạo chủ chốt; hoàn thành tốt nhiệm vụ được giao.'
              WHEN b.method = 'dot_xuat'
              THEN 'Có thành tích xuất sắc đột xuất trong ' || b.w_sudden || ' năm ' || (b.ryear + 1) || '.'
              WHEN b.rk = 'individual'
              THEN 'Hoàn thành xuất sắc nhiệm vụ ' || (2 + b.ha % 4) || ' năm liên tục (' || (b.ryear - 1 - b.ha % 4)
                   || '–' || b.ryear || ')'
                   || CASE b.ha % 4
                        WHEN 0 THEN '; có ' || (1 + b.hb % 3) || ' sáng kiến được công nhận, áp dụng có hiệu quả'
                        WHEN 1 THEN '; chủ trì ' || (1 + b.hb % 2)
                                    || ' đề tài khoa học cấp bộ, cấp tỉnh đã được nghiệm thu'
                        WHEN 2 THEN '; ' || (2 + b.hb % 3) || ' lần đạt danh hiệu Chiến sĩ thi đua cơ sở'
                        ELSE '; được tặng Bằng khen của bộ, ngành, tỉnh năm ' || (b.ryear - 1) END || '.'
              ELSE 'Tập thể hoàn thành xuất sắc nhiệm vụ ' || (2 + b.ha % 4) || ' năm liên tục ('
                   || (b.ryear - 1 - b.ha % 4) || '–' || b.ryear || ')'
                   || CASE b.hb % 3
                        WHEN 0 THEN '; được tặng Cờ thi đua của bộ, ngành, tỉnh năm ' || (b.ryear - 1)
                        WHEN 1 THEN '; nội bộ đoàn kết, tổ chức đảng và các đoàn thể đạt trong sạch, vững mạnh'
                        ELSE '; dẫn đầu phong trào thi đua của khối, cụm thi đua' END || '.' END
    FROM (SELECT n.*, (hashtext(n.rid || 'ac') & 2147483647) AS ha, (hashtext(n.rid || 'ab') & 2147483647) AS hb,
                 CASE WHEN n.rk = 'individual'
                      THEN n.ref_date
                           - CASE WHEN n.area = 'mother' THEN 29220 + (hashtext(n.rid || 'bd') & 2147483647) % 10957
                                  WHEN n.method = 'cong_hien' THEN 18263 + (hashtext(n.rid || 'bd') & 2147483647) % 5478
                                  ELSE 9132 + (hashtext(n.rid || 'bd') & 2147483647) % 14610 END END AS birth
            FROM seed_nv n WHERE n.src = 'c') b
   ORDER BY b.dossier_id, b.seq;

  -- Evidence: metadata of 1-4 files for every submitted dossier, 0-2 for a draft.
  INSERT INTO awards.evidence (dossier_id, seq, title, media_type, size_bytes, sha256)
  SELECT x.id, x.seq,
         CASE x.seq WHEN 1 THEN 'Tờ trình đề nghị khen thưởng' WHEN 2 THEN 'Báo cáo thành tích'
                    WHEN 3 THEN 'Biên bản họp Hội đồng Thi đua – Khen thưởng'
                    ELSE ev_extra[1 + x.h % cardinality(ev_extra)] END,
         x.media,
         CASE x.media WHEN 'application/pdf' THEN 60000 + x.h % 5940000
                      WHEN 'image/jpeg' THEN 200000 + x.h % 3800000 ELSE 25000 + x.h % 800000 END,
         md5(x.id || '-' || x.seq || '-a') || md5(x.id || '-' || x.seq || '-b')
    FROM (SELECT d.id, e.seq, (hashtext(d.i || 'e' || e.seq) & 2147483647) AS h,
                 CASE WHEN e.seq = 2 AND (hashtext(d.i || 'e' || e.seq) & 2147483647) % 10 < 3
                      THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
                      WHEN e.seq = 4 AND (hashtext(d.i || 'e' || e.seq) & 2147483647) % 4 = 0 THEN 'image/jpeg'
                      ELSE 'application/pdf' END AS media
            FROM seed_d d
                    CROSS JOIN LATERAL generate_series(1, CASE WHEN d.status = 'draft'
                                                       THEN (hashtext(d.i || 'ev') & 2147483647) % 3
                                                       ELSE 1 + (hashtext(d.i || 'ev') & 2147483647) % 4 END)
                                  AS e(seq)) x
   ORDER BY x.id, x.seq;

  -- Transitions, ids in time order.
  SELECT coalesce(max(id), 0) INTO v_tbase FROM awards.transition;
  INSERT INTO awards.transition (id, dossier_id, at, actor, actor_unit, action, from_status, to_status, comment)
  SELECT v_tbase + row_number() OVER (ORDER BY s.at, d.id, s.k), d.id, s.at,
         CASE WHEN s.act IN ('create', 'submit', 'resubmit', 'withdraw') THEN 'demo-officer-' || lower(d.body_key)
              ELSE 'demo-reviewer-ban_tdkt' END,
         CASE WHEN s.act IN ('create', 'submit', 'resubmit', 'withdraw') THEN d.body_key ELSE 'BAN_TDKT' END,
         s.act, lag(s.to_status) OVER (PARTITION BY s.i ORDER BY s.k), s.to_status,
         CASE s.act
           WHEN 'return' THEN ret_reason[1 + (hashtext(d.i || 'cr' || s.k) & 2147483647) % cardinality(ret_reason)]
           WHEN 'reject' THEN rej_reason[1 + (hashtext(d.i || 'cj') & 2147483647) % cardinality(rej_reason)]
           WHEN 'resubmit' THEN 'Đã bổ sung, hoàn thiện hồ sơ theo yêu cầu'
           WHEN 'withdraw' THEN 'Đơn vị rút hồ sơ để hoàn thiện, trình lại ở đợt sau'
           WHEN 'decide' THEN 'Quyết định số ' || n.number || ' ngày ' || to_char(d.dec_day, 'DD/MM/YYYY') END
    FROM seed_s s
    JOIN seed_d d ON d.i = s.i
    LEFT JOIN seed_num n ON n.kind = 'c' AND n.ref = -d.id
   ORDER BY 1;

  -- Conferred awards (public): only what the decision states. The province is the unit valid on the decision date.
  INSERT INTO awards.award (id, key, award_type, recipient_kind, recipient_name, recipient_position, recipient_unit,
      province_key, body_key, decision_number, decision_date, decider_code, method_code, posthumous, rationale,
      legal_basis, dossier_id, candidate_seq, withdrawn_date, withdrawal_decision, withdrawal_reason, origin, version,
      created_at, modified_at)
  SELECT n.award_id, extract(year FROM n.ddate)::int || '-' || n.award_id, n.type, n.rk, n.name, n.position, n.unit,
         CASE WHEN n.ddate >= c_merger THEN coalesce(p.successor, n.pkey) ELSE n.pkey END,
         n.body_key, num.number, n.ddate, num.decider, n.method, n.posthumous, n.rationale,
         CASE WHEN n.ddate >= c_law THEN 'Luật Thi đua, khen thưởng số 06/2022/QH15'
              ELSE 'Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005 và 2013)' END,
         n.dossier_id, n.seq, n.wdate, wn.number,
         CASE WHEN n.wdate IS NOT NULL
              THEN wd_reason[1 + (hashtext(n.rid || 'wr') & 2147483647) % cardinality(wd_reason)] END,
         'generated', CASE WHEN n.wdate IS NULL THEN 1 ELSE 2 END,
         (n.ddate + time '09:00') AT TIME ZONE c_tz, (coalesce(n.wdate, n.ddate) + time '09:00') AT TIME ZONE c_tz
    FROM seed_nv n
    JOIN seed_num num ON num.kind = 'c' AND num.ref = n.dk
    LEFT JOIN seed_num wn ON wn.kind = 'w' AND wn.ref = n.rid
    LEFT JOIN seed_prov p ON p.key = n.pkey
   WHERE n.award_id IS NOT NULL;
  GET DIAGNOSTICS v_made = ROW_COUNT;

  -- Keep the identities and the dossier code sequence in step with the explicit values (never moving them back).
  v_seq := pg_get_serial_sequence('awards.round', 'id');
  PERFORM setval(v_seq, greatest(coalesce((SELECT max(id) FROM awards.round), 1),
                                 coalesce(pg_sequence_last_value(v_seq::regclass), 1)));
  v_seq := pg_get_serial_sequence('awards.award', 'id');
  PERFORM setval(v_seq, greatest(coalesce((SELECT max(id) FROM awards.award), 1),
                                 coalesce(pg_sequence_last_value(v_seq::regclass), 1)));
  v_seq := pg_get_serial_sequence('awards.dossier', 'id');
  PERFORM setval(v_seq, greatest(coalesce((SELECT max(id) FROM awards.dossier), 1),
                                 coalesce(pg_sequence_last_value(v_seq::regclass), 1)));
  v_seq := pg_get_serial_sequence('awards.transition', 'id');
  PERFORM setval(v_seq, greatest(coalesce((SELECT max(id) FROM awards.transition), 1),
                                 coalesce(pg_sequence_last_value(v_seq::regclass), 1)));
  IF v_nd > 0 THEN
    PERFORM setval('awards.dossier_code_seq', v_code0 + v_nd);
  END IF;

  DROP VIEW IF EXISTS pg_temp.seed_nv;
  DROP TABLE IF EXISTS pg_temp.seed_prov, pg_temp.seed_pslot, pg_temp.seed_body,
    pg_temp.seed_type, pg_temp.seed_tmeth, pg_temp.seed_tpl, pg_temp.seed_tslot, pg_temp.seed_bslot,
    pg_temp.seed_bcnt, pg_temp.seed_dbslot, pg_temp.seed_dbcnt, pg_temp.seed_dw, pg_temp.seed_dtslot,
    pg_temp.seed_dtcnt, pg_temp.seed_rdef, pg_temp.seed_round, pg_temp.seed_rslot, pg_temp.seed_d0, pg_temp.seed_s,
    pg_temp.seed_d, pg_temp.seed_c, pg_temp.seed_tn, pg_temp.seed_dec, pg_temp.seed_r, pg_temp.seed_num;
  RETURN v_made;
END
$seed$;

COMMENT ON FUNCTION awards.seed_demo(int, int) IS
  'Loads deterministic generated demo data (origin generated) for emulation and commendation: rounds 2016-2026, '
  '"dossiers" proposal dossiers with candidates, evidence and workflow transitions over every status, and '
  '"awards" conferred awards in all (one per candidate of each decided dossier, the rest historical over the 60 '
  'award types, 2016-01-01 .. 2026-11-27). Returns the number of awards inserted.';
