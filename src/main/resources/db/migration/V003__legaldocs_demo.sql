-- Demo content for the legal-documents dataset: legaldocs.seed_demo(target_size int) RETURNS int.
--
-- The server calls it once, on first start, when legaldocs.document is empty (target_size = SEED_SIZE, default 5000;
-- benchmarks use 1,000,000). It runs inside the caller's transaction (no COMMIT) and returns the number of documents
-- it inserted. ANALYZE is left to the caller.
--
--   1. Real documents (origin 'handbook'): every row of shared/reference/handbook-documents.csv, plus the documents
--      whose number AND date are stated in shared/reference/domain-notes.md, and the relations between them that the
--      files state. Nothing else is claimed about them (no full text, no attachments).
--   2. Generated documents (origin 'generated') until the table holds target_size documents: set-based, deterministic
--      (every choice is hashtext() of the row index and a salt — the same built-in hash on PostgreSQL 15–17 — and ties
--      are broken by the row index; no random(), no now() in any value), with numbers unique per issuer,
--      signers, one PDF (+ a DOCX for about a third) per document, relations to earlier documents and statuses that
--      agree with them. Their summary ends with "(Dữ liệu mẫu, sinh tự động)".
--
-- Timings (scratch PostgreSQL 15 on a 2-core machine shared with other jobs, default server settings apart from the
-- function's own SET clauses, fresh database with V001-V003 as of 2026-11-27 00:41 (unaccent-based vn_fold), the
-- whole call in one transaction):
--   seed_demo(5000)      ≈ 2.2 s
--   seed_demo(1000000)   10 min 30 s, with the machine at load 1.3-6 during the run; includes ≈1.33 M attachments
--                        and ≈0.42 M relations. Breakdown: INSERT into legaldocs.document 8 min 18 s, building the
--                        rows (seed_g + seed_n) 50 s, relations 31 s, attachments 28 s, the rest ≈20 s.
--   The document INSERT is bound by the table itself (generated `search` column, 8 btree + 2 GIN indexes, 3 foreign
--   keys): measured on a quiet moment, ≈0.28 ms per document for these rows, of which the search expression ≈0.12 ms;
--   with summary and full text left NULL it is still ≈0.13 ms. (With the earlier translate()-based vn_fold the same
--   call took 9-20 min.) Summary and full text are kept short for that reason.
--
-- Reference date for statuses: 2026-11-01 (fixed, so the result never depends on the day it runs).

CREATE OR REPLACE FUNCTION legaldocs.seed_demo(target_size int) RETURNS int
LANGUAGE plpgsql
-- Function-local settings, reverted on return: memory for the large sorts (numbering windows) and for GIN
-- pending-list flushes; no JIT (it compiles the big generation queries for seconds and gains nothing here); no
-- NOTICEs from the DROP TABLE IF EXISTS housekeeping.
SET work_mem = '256MB'
SET gin_pending_list_limit = '64MB'
SET jit = off
SET client_min_messages = warning
AS $seed$
DECLARE
  c_ref   constant date := date '2026-11-01';   -- status reference date (see header)
  c_start constant date := date '2005-01-03';   -- first Monday of 2005
  c_span  constant int  := 7970;                -- days from c_start to Friday 2026-10-30
  v_real  int := 0;
  v_gen   int;
  v_base  bigint;
  v_nb    int;
  v_np    int;
  v_wsum  int;

  -- Name parts for generated signers (common Vietnamese family names, male/female middle and given names).
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
  -- Associations and funds named in generated decisions (generic names + "Việt Nam" or the province).
  assoc constant text[] := ARRAY['Hội Người cao tuổi','Hội Khuyến học','Hội Cựu giáo chức','Hội Luật gia',
    'Hội Doanh nhân trẻ','Hội Làm vườn','Hội Sinh vật cảnh','Hội Đông y','Hội Bảo trợ người khuyết tật và trẻ mồ côi',
    'Hội Cựu thanh niên xung phong','Hội Người mù','Hội Kiến trúc sư','Hội Nhà báo','Hội Văn học nghệ thuật',
    'Hội Tin học','Hiệp hội Du lịch','Hiệp hội Doanh nghiệp nhỏ và vừa','Hội Châm cứu','Hội Nuôi ong',
    'Hội Nghề cá','Hội Kế toán và Kiểm toán','Hội Bảo vệ thiên nhiên và môi trường','Hội Khoa học lịch sử',
    'Hội Nhiếp ảnh','Hội Âm nhạc','Hội Mỹ thuật','Hội Cựu chiến binh doanh nhân','Hội Hỗ trợ gia đình liệt sĩ',
    'Hội Thể thao dưới nước','Hội Cờ tướng','Hội Xây dựng','Hiệp hội Chế biến gỗ','Hội Y tế công cộng',
    'Hội Điều dưỡng','Hội Tâm lý học'];
  fund constant text[] := ARRAY['Quỹ Bảo trợ trẻ em','Quỹ Khuyến học','Quỹ Vì người nghèo',
    'Quỹ Hỗ trợ nạn nhân chất độc da cam','Quỹ Học bổng Tài năng trẻ','Quỹ Bảo tồn di sản văn hóa',
    'Quỹ Hỗ trợ phát triển cộng đồng','Quỹ Chắp cánh ước mơ','Quỹ Hỗ trợ bệnh nhân nghèo','Quỹ Phát triển giáo dục',
    'Quỹ Từ thiện Ánh Dương','Quỹ Hỗ trợ người khuyết tật','Quỹ Nhân đạo Sen Vàng','Quỹ Vì môi trường xanh'];
BEGIN
  ---------------------------------------------------------------------------------------------------------------------
  -- 1. Real documents (origin 'handbook').
  --    a) handbook-documents.csv, numbers mapped to our codes as agreed: with a year → normative (NGHI_DINH, issuer CP);
  --       without a year → administrative (NQ_CB / QD_CB / CHI_THI / THONG_BAO) of CP, TTG, BNV, BCT_DANG (-NQ/TW),
  --       BCSD_BNV (-NQ/BCSĐ), BCD_CDS_BNV (QĐ-BCĐCPĐTCSĐS) and UBND_T44 (Quảng Bình, before the 2025 merger).
  --       Titles are the CSV titles verbatim.
  --       140/2017/NĐ-CP has no date in the CSV: issued 2017-12-05 (the decree's signing date) and in force
  --       2018-01-20, both as stated in domain-notes.md §8 [S76].
  --    b) domain-notes.md documents with a stated number and date (§3, §4, §5, §6, §8, §9). The notes give no official
  --       title for them: their title is a short description written from the notes, and their summary says so.
  --       Left out because the files give no issue date (or only an unconfirmed one): Law 80/2015/QH13, Law 87/2025/QH15,
  --       Decree 78/2025/NĐ-CP, Thông tư 05/2025/TT-BNV and 02/2019/TT-BNV, Law 72/2025/QH15 ("from 16/06/2025" is not
  --       said to be the issue date), Decree 93/2019/NĐ-CP (date marked UNCONFIRMED, untrusted source), 45/2010, 33/2012,
  --       68/2010/QĐ-TTg, 71/2011/QĐ-TTg, 1149/QĐ-BNV, 1150/QĐ-BNV, 15/2008/QH12. Politburo/Central Committee
  --       Resolution 60-NQ/TW is left out too: the notes call it a Politburo resolution while their source is a Central
  --       Committee plenum text, so its issuer is not settled.
  --    Effective dates only where the files give one (normative without one: NULL; administrative: the issue date).
  --    Status 'in_force' (the files state no other status). Signer only where the files name one (title unknown: NULL).
  ---------------------------------------------------------------------------------------------------------------------
  INSERT INTO legaldocs.document (number, issuer_code, type_code, title, signer_name, issued_date, effective_date,
                                  status_code, fields, summary, origin)
  SELECT v.number, v.issuer, v.type, v.title, v.signer, v.issued,
         CASE WHEN t.kind = 'administrative' THEN coalesce(v.effective, v.issued) ELSE v.effective END,
         'in_force', v.fields,
         CASE WHEN v.src = 'notes'
              THEN 'Tiêu đề mô tả theo ghi chú tham khảo của dự án (domain-notes.md), chưa đối chiếu với văn bản gốc.' END,
         'handbook'
    FROM (VALUES
      -- a) handbook-documents.csv (CSV order)
      (1, 'csv', '52-NQ/TW', 'BCT_DANG', 'NQ_CB', date '2019-09-27', NULL::date, NULL::text,
       'Về một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư',
       '{CHUYEN_DOI_SO}'::text[]),
      (2, 'csv', '17/NQ-CP', 'CP', 'NQ_CB', date '2019-03-07', NULL, NULL,
       'Về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019 - 2020, định hướng đến 2025',
       '{CHUYEN_DOI_SO,CAI_CACH_HC}'),
      (3, 'csv', '50/NQ-CP', 'CP', 'NQ_CB', date '2020-04-17', NULL, NULL,
       'Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư',
       '{CHUYEN_DOI_SO}'),
      (4, 'csv', '749/QĐ-TTg', 'TTG', 'QD_CB', date '2020-06-03', NULL, NULL,
       'Phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030',
       '{CHUYEN_DOI_SO}'),
      (5, 'csv', '942/QĐ-TTg', 'TTG', 'QD_CB', date '2021-06-15', NULL, NULL,
       'Phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025, định hướng đến năm 2030',
       '{CHUYEN_DOI_SO,CAI_CACH_HC}'),
      (6, 'csv', '06/QĐ-TTg', 'TTG', 'QD_CB', date '2022-01-06', NULL, NULL,
       'Phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030',
       '{CHUYEN_DOI_SO}'),
      (7, 'csv', '02/CT-TTg', 'TTG', 'CHI_THI', date '2022-04-26', NULL, NULL,
       'Về phát triển Chính phủ điện tử hướng tới Chính phủ số, thúc đẩy chuyển đổi số quốc gia',
       '{CHUYEN_DOI_SO}'),
      (8, 'csv', '42/2022/NĐ-CP', 'CP', 'NGHI_DINH', date '2022-06-24', NULL, NULL,
       'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
       '{CHUYEN_DOI_SO,CAI_CACH_HC}'),
      (9, 'csv', '63/2022/NĐ-CP', 'CP', 'NGHI_DINH', date '2022-09-12', NULL, NULL,
       'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ',
       '{TO_CHUC_BO_MAY}'),
      -- no date in the CSV: 2017-12-05 is the decree's signing date, in force 2018-01-20 (domain-notes.md §8 [S76])
      (10, 'csv', '140/2017/NĐ-CP', 'CP', 'NGHI_DINH', date '2017-12-05', date '2018-01-20', NULL,
       'Về chính sách thu hút, tạo nguồn cán bộ từ sinh viên tốt nghiệp xuất sắc, cán bộ khoa học trẻ',
       '{CAN_BO_CONG_CHUC}'),
      (11, 'csv', '151/QĐ-BNV', 'BNV', 'QD_CB', date '2021-02-25', NULL, NULL,
       'Phê duyệt Kế hoạch chuyển đổi số của Bộ Nội vụ giai đoạn 2021 – 2025, định hướng đến năm 2030',
       '{CHUYEN_DOI_SO}'),
      (12, 'csv', '1105/QĐ-BNV', 'BNV', 'QD_CB', date '2021-10-15', NULL, NULL,
       'Ban hành Kế hoạch phát triển Chính phủ điện tử hướng tới Chính phủ số của Bộ Nội vụ giai đoạn 2021 - 2025, định hướng đến năm 2030',
       '{CHUYEN_DOI_SO}'),
      (13, 'csv', '1198/QĐ-BNV', 'BNV', 'QD_CB', date '2021-11-18', NULL, NULL,
       'Phê duyệt Đề án Chuyển đổi số của Bộ Nội vụ giai đoạn 2021 – 2025 và định hướng đến năm 2030',
       '{CHUYEN_DOI_SO}'),
      (14, 'csv', '21-NQ/BCSĐ', 'BCSD_BNV', 'NQ_CB', date '2022-07-28', NULL, NULL,
       'Về Chuyển đổi số đến năm 2025, định hướng đến năm 2030 của Bộ Nội vụ',
       '{CHUYEN_DOI_SO}'),
      (15, 'csv', '549/QĐ-BCĐCPĐTCSĐS', 'BCD_CDS_BNV', 'QD_CB', date '2022-07-11', NULL, NULL,
       'Ban hành Kế hoạch hoạt động của Ban Chỉ đạo xây dựng Chính phủ điện tử, Chuyển đổi số của Bộ Nội vụ năm 2022',
       '{CHUYEN_DOI_SO}'),
      (16, 'csv', '4330/TB-BNV', 'BNV', 'THONG_BAO', date '2022-09-05', NULL, NULL,
       'Kết luận của Bộ trưởng tại Phiên họp của Ban Chỉ đạo xây dựng Chính phủ điện tử, Chuyển đổi số của Bộ Nội vụ',
       '{CHUYEN_DOI_SO}'),
      (17, 'csv', '689/QĐ-BNV', 'BNV', 'QD_CB', date '2022-09-12', NULL, NULL,
       'Về việc kiện toàn Ban Chỉ đạo Chuyển đổi số của Bộ Nội vụ',
       '{CHUYEN_DOI_SO}'),
      (18, 'csv', '2311/QĐ-UBND', 'UBND_T44', 'QD_CB', date '2021-07-23', NULL, NULL,
       'Phê duyệt Đề án "Xây dựng phân hệ chức năng Kho quản lý dữ liệu điện tử trên Cổng dịch vụ công/Hệ thống thông tin một cửa điện tử tỉnh"',
       '{CHUYEN_DOI_SO,CAI_CACH_HC}'),
      -- b) domain-notes.md (descriptive titles; by date)
      (19, 'notes', '30/2020/NĐ-CP', 'CP', 'NGHI_DINH', date '2020-03-05', NULL, NULL,          -- §3
       'Về công tác văn thư', '{VAN_THU_LUU_TRU}'),
      (20, 'notes', '06/2022/QH15', 'QH', 'LUAT', date '2022-06-15', date '2024-01-01', 'Vương Đình Huệ',   -- §5
       'Luật Thi đua, khen thưởng', '{THI_DUA_KHEN_THUONG}'),
      (21, 'notes', '876/QĐ-BNV', 'BNV', 'QD_CB', date '2022-11-10', NULL, NULL,               -- §7
       'Phê duyệt Đề án "Xác định Chỉ số cải cách hành chính" giai đoạn 2022 - 2030', '{CAI_CACH_HC}'),
      (22, 'notes', '02/2023/TT-BNV', 'BNV', 'THONG_TU', date '2023-03-23', NULL, NULL,        -- §5, §9
       'Về chế độ báo cáo thống kê, gồm các biểu mẫu thống kê về thi đua, khen thưởng', '{THI_DUA_KHEN_THUONG}'),
      (23, 'notes', '13/2023/NĐ-CP', 'CP', 'NGHI_DINH', date '2023-04-17', date '2023-07-01', NULL,   -- §8
       'Về bảo vệ dữ liệu cá nhân', '{CHUYEN_DOI_SO}'),
      (24, 'notes', '98/2023/NĐ-CP', 'CP', 'NGHI_DINH', date '2023-12-31', NULL, 'Trần Lưu Quang',  -- §5
       'Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng', '{THI_DUA_KHEN_THUONG}'),
      (25, 'notes', '28/2024/NĐ-CP', 'CP', 'NGHI_DINH', date '2024-03-06', NULL, NULL,         -- §5
       'Quy định về xét tặng Huy chương Thanh niên xung phong vẻ vang', '{THI_DUA_KHEN_THUONG,THANH_NIEN}'),
      (26, 'notes', '126/2024/NĐ-CP', 'CP', 'NGHI_DINH', date '2024-10-08', date '2024-11-26', NULL,  -- §4
       'Quy định về tổ chức, hoạt động và quản lý hội', '{HOI_QUY}'),
      (27, 'notes', '136/2024/NĐ-CP', 'CP', 'NGHI_DINH', date '2024-10-23', NULL, NULL,        -- §4
       'Sửa đổi, bổ sung một số điều của Nghị định số 93/2019/NĐ-CP về quỹ xã hội, quỹ từ thiện', '{HOI_QUY}'),
      (28, 'notes', '64/2025/QH15', 'QH', 'LUAT', date '2025-02-19', date '2025-04-01', NULL,  -- §2
       'Luật Ban hành văn bản quy phạm pháp luật', '{}'),
      (29, 'notes', '25/2025/NĐ-CP', 'CP', 'NGHI_DINH', date '2025-02-21', date '2025-03-01', NULL,   -- §6
       'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ', '{TO_CHUC_BO_MAY}'),
      (30, 'notes', '202/2025/QH15', 'QH', 'NQ_QH', date '2025-06-12', NULL, NULL,            -- §6
       'Về việc sắp xếp đơn vị hành chính cấp tỉnh', '{DIA_GIOI_HC,CHINH_QUYEN_DP}'),
      (31, 'notes', '91/2025/QH15', 'QH', 'LUAT', date '2025-06-26', date '2026-01-01', NULL,  -- §8
       'Luật Bảo vệ dữ liệu cá nhân', '{CHUYEN_DOI_SO}'),
      (32, 'notes', '356/2025/NĐ-CP', 'CP', 'NGHI_DINH', date '2025-12-31', date '2026-01-01', NULL,  -- §8
       'Quy định chi tiết thi hành Luật Bảo vệ dữ liệu cá nhân', '{CHUYEN_DOI_SO}')
    ) AS v(ord, src, number, issuer, type, issued, effective, signer, title, fields)
    JOIN legaldocs.doc_type t ON t.code = v.type
   ORDER BY v.ord
  ON CONFLICT (issuer_code, number) DO NOTHING;
  GET DIAGNOSTICS v_real = ROW_COUNT;

  -- Relations the files state between real documents that are present:
  --   98/2023/NĐ-CP details Law 06/2022/QH15 (§5 "details it"); 356/2025/NĐ-CP details Law 91/2025/QH15 (§8: the law
  --   leaves the lists to the Government, the decree gives them); 50/NQ-CP is based on 52-NQ/TW (its CSV title says it
  --   implements that resolution). 136/2024 amends 93/2019 and 126/2024 replaces 45/2010 and 33/2012, but those
  --   targets are not present, so those relations are not recorded.
  INSERT INTO legaldocs.relation (source_id, type_code, target_id)
  SELECT s.id, r.type, t.id
    FROM (VALUES ('98/2023/NĐ-CP', 'CP', 'details', '06/2022/QH15', 'QH'),
                 ('356/2025/NĐ-CP', 'CP', 'details', '91/2025/QH15', 'QH'),
                 ('50/NQ-CP', 'CP', 'based_on', '52-NQ/TW', 'BCT_DANG')) AS r(src, src_iss, type, tgt, tgt_iss)
    JOIN legaldocs.document s ON s.number = r.src AND s.issuer_code = r.src_iss
    JOIN legaldocs.document t ON t.number = r.tgt AND t.issuer_code = r.tgt_iss
  ON CONFLICT DO NOTHING;

  ---------------------------------------------------------------------------------------------------------------------
  -- 2. Generated documents.
  ---------------------------------------------------------------------------------------------------------------------
  v_gen := greatest(target_size - (SELECT count(*) FROM legaldocs.document), 0);
  IF v_gen = 0 THEN
    RETURN v_real;
  END IF;
  SELECT coalesce(max(id), 0) INTO v_base FROM legaldocs.document;   -- generated ids are v_base + 1 .. v_base + v_gen

  DROP TABLE IF EXISTS pg_temp.seed_prof, pg_temp.seed_slot, pg_temp.seed_min, pg_temp.seed_prov, pg_temp.seed_topic,
    pg_temp.seed_pick, pg_temp.seed_psize, pg_temp.seed_tpl, pg_temp.seed_unit, pg_temp.seed_fmap, pg_temp.seed_g,
    pg_temp.seed_n, pg_temp.seed_cand, pg_temp.seed_rel, pg_temp.seed_x, pg_temp.seed_basis, pg_temp.seed_st,
    pg_temp.seed_real, pg_temp.seed_fn;

  -- 2a. Profiles: type × issuer class with a weight per mille (they sum to 1000). cls: BNV, MIN (another ministry),
  --     CP, TTG, UBND / HDND (a provincial unit valid at the issue date). abbr: the type part of a normative number;
  --     administrative types take doc_type.notation; CONG_VAN has none ({issuer}-{unit}). grp: title template group.
  CREATE TEMP TABLE seed_prof ON COMMIT DROP AS
  SELECT p.*, sum(p.weight) OVER (ORDER BY p.pid) - p.weight AS lo, t.kind, t.notation AS type_notation
    FROM (VALUES
      ( 1, 'THONG_TU',     'BNV',  50, 'TT',  'Thông tư',   'TT'),
      ( 2, 'THONG_TU',     'MIN',  25, 'TT',  'Thông tư',   'TTM'),
      ( 3, 'NGHI_DINH',    'CP',   30, 'NĐ',  'Nghị định',  'ND'),
      ( 4, 'QD_TTG',       'TTG',  20, 'QĐ',  'Quyết định', 'QT'),
      ( 5, 'NQ_HDND_TINH', 'HDND', 70, 'NQ',  'Nghị quyết', 'NQH'),
      ( 6, 'QD_UBND_TINH', 'UBND',130, 'QĐ',  'Quyết định', 'QDU'),
      ( 7, 'QD_CB',        'BNV',  60, NULL,  'Quyết định', 'QDB'),
      ( 8, 'QD_CB',        'TTG',  25, NULL,  'Quyết định', 'QDT'),
      ( 9, 'QD_CB',        'UBND',120, NULL,  'Quyết định', 'QDP'),
      (10, 'KE_HOACH',     'BNV',  20, NULL,  'Kế hoạch',   'KH'),
      (11, 'KE_HOACH',     'UBND', 80, NULL,  'Kế hoạch',   'KH'),
      (12, 'CONG_VAN',     'BNV',  80, NULL,  'Công văn',   'CV'),
      (13, 'CONG_VAN',     'TTG',  15, NULL,  'Công văn',   'CV'),
      (14, 'CONG_VAN',     'UBND',100, NULL,  'Công văn',   'CV'),
      (15, 'THONG_BAO',    'BNV',  20, NULL,  'Thông báo',  'TB'),
      (16, 'THONG_BAO',    'UBND', 30, NULL,  'Thông báo',  'TB'),
      (17, 'BAO_CAO',      'BNV',  20, NULL,  'Báo cáo',    'BC'),
      (18, 'BAO_CAO',      'UBND', 40, NULL,  'Báo cáo',    'BC'),
      (19, 'HUONG_DAN',    'BNV',  20, NULL,  'Hướng dẫn',  'HD'),
      (20, 'HUONG_DAN',    'UBND', 10, NULL,  'Hướng dẫn',  'HD'),
      (21, 'CHI_THI',      'TTG',  10, NULL,  'Chỉ thị',    'CT'),
      (22, 'CHI_THI',      'UBND', 10, NULL,  'Chỉ thị',    'CT'),
      (23, 'NQ_CB',        'HDND', 15, NULL,  'Nghị quyết', 'NQC')
    ) AS p(pid, type_code, cls, weight, abbr, short_name, grp)
    JOIN legaldocs.doc_type t ON t.code = p.type_code;
  -- slot 0 .. total weight - 1 → profile (an equi-join is much cheaper than a range join on a million rows)
  SELECT sum(weight) INTO v_wsum FROM seed_prof;
  CREATE TEMP TABLE seed_slot ON COMMIT DROP AS
  SELECT s AS slot, p.pid FROM generate_series(0, v_wsum - 1) s JOIN seed_prof p ON s >= p.lo AND s < p.lo + p.weight;

  -- Other ministries issuing Thông tư in the ministry's fields.
  CREATE TEMP TABLE seed_min ON COMMIT DROP AS
  SELECT row_number() OVER (ORDER BY m.code) - 1 AS idx, m.code
    FROM (VALUES ('BTC'), ('BTP'), ('BYT'), ('BGDDT'), ('BKHCN'), ('BVHTTDL'), ('TTCP')) AS m(code);

  -- Provincial units by era: the 63 units until 2025-06-30, the 34 units from 2025-07-01 (V001 platform.province).
  CREATE TEMP TABLE seed_prov ON COMMIT DROP AS
  SELECT (p.valid_from IS NOT NULL) AS new_era,
         row_number() OVER (PARTITION BY p.valid_from IS NOT NULL ORDER BY p.key) - 1 AS idx,
         p.key, lower(left(p.full_name, 1)) || substr(p.full_name, 2) AS place,
         CASE WHEN p.division = 'tinh' THEN 'tỉnh' ELSE 'thành phố' END AS div_word
    FROM platform.province p;

  -- 2b. Topics: field codes, a noun phrase (np: "Quy định về {np}") and an activity phrase (ws: "Kế hoạch {ws} năm …").
  --     pool 'GEN' = general topics; labour = topics that came to the ministry with the 2025 merger (domain-notes §6),
  --     so BNV documents use them only from 2025-03-01. Pools named after a ministry hold that ministry's topics.
  CREATE TEMP TABLE seed_topic ON COMMIT DROP AS
  SELECT row_number() OVER () AS tid, t.* FROM (VALUES
    ('GEN', false, '{TO_CHUC_BO_MAY,CHINH_QUYEN_DP}'::text[], 'tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh', 'sắp xếp tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh'),
    ('GEN', false, '{TO_CHUC_BO_MAY}', 'thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập', 'sắp xếp, tổ chức lại đơn vị sự nghiệp công lập'),
    ('GEN', false, '{TO_CHUC_BO_MAY,CAN_BO_CONG_CHUC}', 'quản lý biên chế công chức', 'công tác quản lý biên chế'),
    ('GEN', false, '{TO_CHUC_BO_MAY}', 'số lượng cấp phó của người đứng đầu cơ quan, tổ chức hành chính', 'rà soát số lượng cấp phó trong các cơ quan, tổ chức hành chính'),
    ('GEN', false, '{TO_CHUC_BO_MAY}', 'sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị', 'sắp xếp, tinh gọn tổ chức bộ máy'),
    ('GEN', false, '{TO_CHUC_BO_MAY,CAN_BO_CONG_CHUC}', 'vị trí việc làm và cơ cấu ngạch công chức', 'xây dựng đề án vị trí việc làm'),
    ('GEN', false, '{TO_CHUC_BO_MAY,CAN_BO_CONG_CHUC}', 'vị trí việc làm và số lượng người làm việc trong đơn vị sự nghiệp công lập', 'điều chỉnh vị trí việc làm trong đơn vị sự nghiệp công lập'),
    ('GEN', false, '{CAN_BO_CONG_CHUC}', 'tuyển dụng, sử dụng và quản lý công chức', 'tuyển dụng công chức'),
    ('GEN', false, '{CAN_BO_CONG_CHUC}', 'tuyển dụng, sử dụng và quản lý viên chức', 'tuyển dụng viên chức'),
    ('GEN', false, '{CAN_BO_CONG_CHUC}', 'đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức', 'đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức'),
    ('GEN', false, '{CAN_BO_CONG_CHUC}', 'đào tạo, bồi dưỡng cán bộ, công chức, viên chức', 'đào tạo, bồi dưỡng cán bộ, công chức, viên chức'),
    ('GEN', false, '{CAN_BO_CONG_CHUC}', 'tiêu chuẩn, điều kiện, nội dung, hình thức thi nâng ngạch công chức', 'tổ chức thi nâng ngạch công chức'),
    ('GEN', false, '{CAN_BO_CONG_CHUC,TIEN_LUONG}', 'chính sách tinh giản biên chế', 'thực hiện chính sách tinh giản biên chế'),
    ('GEN', false, '{CAN_BO_CONG_CHUC}', 'xử lý kỷ luật cán bộ, công chức, viên chức', 'kiểm tra, xử lý kỷ luật cán bộ, công chức, viên chức'),
    ('GEN', false, '{CAN_BO_CONG_CHUC}', 'chính sách thu hút, trọng dụng người có tài năng trong hoạt động công vụ', 'thu hút, trọng dụng người có tài năng'),
    ('GEN', false, '{CAN_BO_CONG_CHUC}', 'chế độ tập sự đối với viên chức mới tuyển dụng', 'hướng dẫn tập sự đối với viên chức mới tuyển dụng'),
    ('GEN', false, '{CAN_BO_CONG_CHUC,CHUYEN_DOI_SO}', 'quản lý hồ sơ cán bộ, công chức, viên chức', 'cập nhật cơ sở dữ liệu cán bộ, công chức, viên chức'),
    ('GEN', false, '{TIEN_LUONG}', 'chế độ tiền lương đối với cán bộ, công chức, viên chức', 'thực hiện chính sách tiền lương'),
    ('GEN', false, '{TIEN_LUONG}', 'chế độ phụ cấp trách nhiệm theo nghề', 'chi trả phụ cấp trách nhiệm theo nghề'),
    ('GEN', false, '{TIEN_LUONG,CAN_BO_CONG_CHUC}', 'nâng bậc lương thường xuyên và nâng bậc lương trước thời hạn đối với cán bộ, công chức, viên chức', 'nâng bậc lương thường xuyên và nâng bậc lương trước thời hạn'),
    ('GEN', false, '{TIEN_LUONG}', 'chế độ phụ cấp thâm niên vượt khung', 'thực hiện chế độ phụ cấp thâm niên vượt khung'),
    ('GEN', false, '{TIEN_LUONG,CHINH_QUYEN_DP}', 'chế độ, chính sách đối với cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã', 'thực hiện chế độ, chính sách đối với cán bộ, công chức cấp xã'),
    ('GEN', false, '{CHINH_QUYEN_DP}', 'tổ chức và hoạt động của thôn, tổ dân phố', 'củng cố tổ chức và hoạt động của thôn, tổ dân phố'),
    ('GEN', false, '{CHINH_QUYEN_DP}', 'phân cấp, phân quyền, ủy quyền giữa các cấp chính quyền địa phương', 'thực hiện phân cấp, phân quyền'),
    ('GEN', false, '{CHINH_QUYEN_DP,CAN_BO_CONG_CHUC}', 'chức danh, số lượng cán bộ, công chức cấp xã', 'bố trí cán bộ, công chức cấp xã'),
    ('GEN', false, '{CHINH_QUYEN_DP}', 'tổ chức chính quyền địa phương ở đơn vị hành chính cấp xã', 'vận hành chính quyền địa phương cấp xã'),
    ('GEN', false, '{DIA_GIOI_HC}', 'tiêu chuẩn của đơn vị hành chính và phân loại đơn vị hành chính', 'phân loại đơn vị hành chính'),
    ('GEN', false, '{DIA_GIOI_HC}', 'hồ sơ, bản đồ địa giới đơn vị hành chính', 'hoàn thiện hồ sơ, bản đồ địa giới đơn vị hành chính'),
    ('GEN', false, '{DIA_GIOI_HC,CHINH_QUYEN_DP}', 'sắp xếp đơn vị hành chính cấp xã', 'sắp xếp đơn vị hành chính cấp xã'),
    ('GEN', false, '{DIA_GIOI_HC}', 'điều chỉnh địa giới đơn vị hành chính', 'giải quyết tranh chấp, điều chỉnh địa giới đơn vị hành chính'),
    ('GEN', false, '{CAI_CACH_HC}', 'cải cách hành chính', 'công tác cải cách hành chính'),
    ('GEN', false, '{CAI_CACH_HC}', 'thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính', 'thực hiện cơ chế một cửa, một cửa liên thông'),
    ('GEN', false, '{CAI_CACH_HC}', 'xác định Chỉ số cải cách hành chính', 'xác định Chỉ số cải cách hành chính'),
    ('GEN', false, '{CAI_CACH_HC}', 'đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước', 'khảo sát sự hài lòng của người dân, tổ chức'),
    ('GEN', false, '{CAI_CACH_HC}', 'kiểm soát thủ tục hành chính', 'công tác kiểm soát thủ tục hành chính'),
    ('GEN', false, '{CAI_CACH_HC,CAN_BO_CONG_CHUC}', 'văn hóa công vụ', 'thực hiện văn hóa công vụ'),
    ('GEN', false, '{CAI_CACH_HC,CAN_BO_CONG_CHUC}', 'kỷ luật, kỷ cương hành chính trong các cơ quan hành chính nhà nước', 'tăng cường kỷ luật, kỷ cương hành chính'),
    ('GEN', false, '{THI_DUA_KHEN_THUONG}', 'công tác thi đua, khen thưởng', 'công tác thi đua, khen thưởng'),
    ('GEN', false, '{THI_DUA_KHEN_THUONG}', 'xét tặng danh hiệu thi đua và hình thức khen thưởng', 'xét tặng danh hiệu thi đua và hình thức khen thưởng'),
    ('GEN', false, '{THI_DUA_KHEN_THUONG}', 'xét tặng kỷ niệm chương', 'xét tặng kỷ niệm chương'),
    ('GEN', false, '{THI_DUA_KHEN_THUONG}', 'tổ chức phong trào thi đua yêu nước', 'phát động phong trào thi đua yêu nước'),
    ('GEN', false, '{TIN_NGUONG_TON_GIAO}', 'hoạt động tín ngưỡng, tôn giáo', 'quản lý nhà nước về tín ngưỡng, tôn giáo'),
    ('GEN', false, '{TIN_NGUONG_TON_GIAO}', 'đăng ký sinh hoạt tôn giáo tập trung', 'giải quyết đề nghị đăng ký sinh hoạt tôn giáo tập trung'),
    ('GEN', false, '{TIN_NGUONG_TON_GIAO}', 'tổ chức lễ hội tín ngưỡng', 'quản lý lễ hội tín ngưỡng'),
    ('GEN', false, '{VAN_THU_LUU_TRU}', 'công tác văn thư', 'công tác văn thư'),
    ('GEN', false, '{VAN_THU_LUU_TRU}', 'công tác lưu trữ', 'công tác lưu trữ'),
    ('GEN', false, '{VAN_THU_LUU_TRU}', 'thời hạn bảo quản hồ sơ, tài liệu', 'xác định thời hạn bảo quản hồ sơ, tài liệu'),
    ('GEN', false, '{VAN_THU_LUU_TRU,CHUYEN_DOI_SO}', 'số hóa tài liệu lưu trữ', 'số hóa tài liệu lưu trữ'),
    ('GEN', false, '{VAN_THU_LUU_TRU}', 'lập hồ sơ và nộp lưu hồ sơ, tài liệu vào lưu trữ cơ quan', 'lập hồ sơ và nộp lưu hồ sơ, tài liệu'),
    ('GEN', false, '{VAN_THU_LUU_TRU,CHUYEN_DOI_SO}', 'quản lý văn bản điện tử và hồ sơ điện tử', 'gửi, nhận văn bản điện tử'),
    ('GEN', false, '{HOI_QUY}', 'tổ chức, hoạt động và quản lý hội', 'quản lý nhà nước về hội'),
    ('GEN', false, '{HOI_QUY}', 'tổ chức, hoạt động của quỹ xã hội, quỹ từ thiện', 'quản lý quỹ xã hội, quỹ từ thiện'),
    ('GEN', false, '{HOI_QUY}', 'quản lý hoạt động của các tổ chức phi chính phủ', 'quản lý hoạt động của các tổ chức phi chính phủ'),
    ('GEN', false, '{THANH_NIEN}', 'công tác thanh niên', 'công tác thanh niên'),
    ('GEN', false, '{THANH_NIEN}', 'chính sách đối với thanh niên xung phong', 'thực hiện chính sách đối với thanh niên xung phong'),
    ('GEN', false, '{THANH_NIEN}', 'đối thoại với thanh niên', 'tổ chức đối thoại với thanh niên'),
    ('GEN', false, '{CHUYEN_DOI_SO}', 'chuyển đổi số trong cơ quan nhà nước', 'chuyển đổi số'),
    ('GEN', false, '{CHUYEN_DOI_SO}', 'xây dựng Chính phủ điện tử, Chính phủ số', 'phát triển Chính phủ điện tử, Chính phủ số'),
    ('GEN', false, '{CHUYEN_DOI_SO,CAN_BO_CONG_CHUC}', 'cơ sở dữ liệu về cán bộ, công chức, viên chức', 'xây dựng cơ sở dữ liệu về cán bộ, công chức, viên chức'),
    ('GEN', false, '{CHUYEN_DOI_SO,CAI_CACH_HC}', 'cung cấp dịch vụ công trực tuyến', 'cung cấp dịch vụ công trực tuyến'),
    ('GEN', false, '{CHUYEN_DOI_SO}', 'sử dụng chữ ký số trong hoạt động của cơ quan nhà nước', 'sử dụng chữ ký số'),
    ('GEN', false, '{THANH_TRA}', 'thanh tra chuyên ngành nội vụ', 'công tác thanh tra chuyên ngành nội vụ'),
    ('GEN', false, '{THANH_TRA}', 'tiếp công dân, giải quyết khiếu nại, tố cáo', 'tiếp công dân, giải quyết khiếu nại, tố cáo'),
    ('GEN', false, '{THANH_TRA}', 'phòng, chống tham nhũng, tiêu cực', 'công tác phòng, chống tham nhũng, tiêu cực'),
    ('GEN', false, '{THANH_TRA}', 'xử lý vi phạm hành chính trong lĩnh vực nội vụ', 'xử lý vi phạm hành chính trong lĩnh vực nội vụ'),
    ('GEN', true,  '{TIEN_LUONG,LAO_DONG_VIEC_LAM}', 'mức lương tối thiểu đối với người lao động làm việc theo hợp đồng lao động', 'điều chỉnh mức lương tối thiểu'),
    ('GEN', true,  '{LAO_DONG_VIEC_LAM}', 'hợp đồng lao động và thương lượng tập thể', 'thực hiện pháp luật về lao động'),
    ('GEN', true,  '{LAO_DONG_VIEC_LAM}', 'chính sách hỗ trợ tạo việc làm', 'hỗ trợ tạo việc làm'),
    ('GEN', true,  '{LAO_DONG_VIEC_LAM}', 'người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng', 'đưa người lao động đi làm việc ở nước ngoài theo hợp đồng'),
    ('GEN', true,  '{BAO_HIEM_XA_HOI,LAO_DONG_VIEC_LAM}', 'bảo hiểm thất nghiệp', 'thực hiện chính sách bảo hiểm thất nghiệp'),
    ('GEN', true,  '{BAO_HIEM_XA_HOI}', 'bảo hiểm xã hội bắt buộc', 'phát triển đối tượng tham gia bảo hiểm xã hội'),
    ('GEN', true,  '{BAO_HIEM_XA_HOI}', 'bảo hiểm xã hội tự nguyện', 'vận động người dân tham gia bảo hiểm xã hội tự nguyện'),
    ('GEN', true,  '{BAO_HIEM_XA_HOI}', 'chế độ hưu trí', 'giải quyết chế độ hưu trí'),
    ('GEN', true,  '{AN_TOAN_LAO_DONG}', 'an toàn, vệ sinh lao động', 'công tác an toàn, vệ sinh lao động'),
    ('GEN', true,  '{AN_TOAN_LAO_DONG}', 'huấn luyện an toàn, vệ sinh lao động', 'huấn luyện an toàn, vệ sinh lao động'),
    ('GEN', true,  '{AN_TOAN_LAO_DONG}', 'điều tra, báo cáo tai nạn lao động', 'thống kê, báo cáo tai nạn lao động'),
    -- other ministries' Thông tư (np is used after "Quy định" / "Hướng dẫn")
    ('BTC', false, '{CAI_CACH_HC}', 'quản lý, sử dụng kinh phí thực hiện công tác cải cách hành chính', 'quản lý kinh phí cải cách hành chính'),
    ('BTC', false, '{CAN_BO_CONG_CHUC}', 'lập dự toán, quản lý, sử dụng và quyết toán kinh phí đào tạo, bồi dưỡng cán bộ, công chức, viên chức', 'quản lý kinh phí đào tạo, bồi dưỡng'),
    ('BTC', false, '{THI_DUA_KHEN_THUONG}', 'quản lý, sử dụng kinh phí bảo đảm cho công tác thi đua, khen thưởng', 'quản lý kinh phí thi đua, khen thưởng'),
    ('BTC', false, '{CAN_BO_CONG_CHUC,TIEN_LUONG}', 'kinh phí thực hiện chính sách tinh giản biên chế', 'bảo đảm kinh phí tinh giản biên chế'),
    ('BTC', false, '{TIEN_LUONG}', 'nguồn kinh phí thực hiện điều chỉnh mức lương cơ sở', 'bảo đảm nguồn kinh phí điều chỉnh mức lương cơ sở'),
    ('BTC', false, '{VAN_THU_LUU_TRU}', 'quản lý, sử dụng kinh phí chỉnh lý, số hóa tài liệu lưu trữ', 'quản lý kinh phí chỉnh lý tài liệu lưu trữ'),
    ('BTP', false, '{TO_CHUC_BO_MAY}', 'công tác pháp chế tại các bộ, cơ quan ngang bộ và cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh', 'công tác pháp chế'),
    ('BTP', false, '{CAI_CACH_HC}', 'kiểm tra, xử lý và rà soát văn bản quy phạm pháp luật', 'rà soát văn bản quy phạm pháp luật'),
    ('BTP', false, '{CAN_BO_CONG_CHUC,TIEN_LUONG}', 'mã số, tiêu chuẩn chức danh và xếp lương công chức chuyên ngành thi hành án dân sự', 'xếp lương công chức thi hành án dân sự'),
    ('BYT', false, '{CAN_BO_CONG_CHUC,TIEN_LUONG}', 'mã số, tiêu chuẩn chức danh nghề nghiệp và xếp lương viên chức y tế', 'xếp lương viên chức y tế'),
    ('BYT', false, '{CAN_BO_CONG_CHUC,TO_CHUC_BO_MAY}', 'vị trí việc làm chức danh nghề nghiệp chuyên ngành y tế trong đơn vị sự nghiệp công lập', 'vị trí việc làm chuyên ngành y tế'),
    ('BYT', false, '{TIEN_LUONG}', 'chế độ phụ cấp ưu đãi theo nghề đối với viên chức y tế', 'chi trả phụ cấp ưu đãi theo nghề'),
    ('BGDDT', false, '{CAN_BO_CONG_CHUC,TIEN_LUONG}', 'mã số, tiêu chuẩn chức danh nghề nghiệp và bổ nhiệm, xếp lương viên chức giảng dạy trong các trường phổ thông công lập', 'xếp lương viên chức giảng dạy'),
    ('BGDDT', false, '{CAN_BO_CONG_CHUC,TO_CHUC_BO_MAY}', 'vị trí việc làm, cơ cấu viên chức theo chức danh nghề nghiệp và định mức số lượng người làm việc trong các cơ sở giáo dục công lập', 'vị trí việc làm trong cơ sở giáo dục công lập'),
    ('BGDDT', false, '{CAN_BO_CONG_CHUC}', 'chế độ làm việc đối với giáo viên', 'chế độ làm việc của giáo viên'),
    ('BKHCN', false, '{CAN_BO_CONG_CHUC,TIEN_LUONG}', 'mã số, tiêu chuẩn chức danh nghề nghiệp và xếp lương viên chức chuyên ngành khoa học và công nghệ', 'xếp lương viên chức khoa học và công nghệ'),
    ('BKHCN', false, '{CHUYEN_DOI_SO}', 'chuyển đổi số trong hoạt động khoa học và công nghệ', 'chuyển đổi số trong hoạt động khoa học và công nghệ'),
    ('BVHTTDL', false, '{CAN_BO_CONG_CHUC,TIEN_LUONG}', 'mã số, tiêu chuẩn chức danh nghề nghiệp và xếp lương viên chức chuyên ngành thư viện', 'xếp lương viên chức thư viện'),
    ('BVHTTDL', false, '{TIN_NGUONG_TON_GIAO}', 'quản lý và tổ chức lễ hội', 'quản lý và tổ chức lễ hội'),
    ('BVHTTDL', false, '{CAN_BO_CONG_CHUC}', 'mã số, tiêu chuẩn chức danh nghề nghiệp viên chức chuyên ngành di sản văn hóa', 'tiêu chuẩn viên chức di sản văn hóa'),
    ('TTCP', false, '{THANH_TRA}', 'quy trình tiến hành một cuộc thanh tra', 'quy trình thanh tra'),
    ('TTCP', false, '{THANH_TRA}', 'quy trình giải quyết khiếu nại hành chính', 'quy trình giải quyết khiếu nại'),
    ('TTCP', false, '{THANH_TRA}', 'quy trình giải quyết tố cáo', 'quy trình giải quyết tố cáo'),
    ('TTCP', false, '{THANH_TRA}', 'quy trình xử lý đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh', 'quy trình xử lý đơn'),
    ('TTCP', false, '{THANH_TRA}', 'quy trình tiếp công dân', 'quy trình tiếp công dân'),
    ('TTCP', false, '{THANH_TRA}', 'việc kiểm tra, xác minh tài sản, thu nhập', 'kiểm tra, xác minh tài sản, thu nhập')
  ) AS t(pool, labour, fields, np, ws);
  -- Pick lists: (pool, idx) → topic. 'NL' = general without labour topics (BNV before 2025-03-01), 'ALL' = general.
  CREATE TEMP TABLE seed_pick ON COMMIT DROP AS
  SELECT pool, row_number() OVER (PARTITION BY pool ORDER BY tid) - 1 AS idx, tid, count(*) OVER (PARTITION BY pool) AS n
    FROM (SELECT 'NL' AS pool, tid FROM seed_topic WHERE pool = 'GEN' AND NOT labour
          UNION ALL SELECT 'ALL', tid FROM seed_topic WHERE pool = 'GEN'
          UNION ALL SELECT pool, tid FROM seed_topic WHERE pool <> 'GEN') x;
  CREATE TEMP TABLE seed_psize ON COMMIT DROP AS SELECT DISTINCT pool, n FROM seed_pick;

  -- 2c. Title templates per group (seed_prof.grp). Tokens: {np} {ws} {Ws} (capitalised ws) {place} {scope}
  --     (" của Bộ Nội vụ" / " trên địa bàn tỉnh …" / "") {year} {nyear} {pyear} {y5} {q} {bunit} (a unit of the
  --     ministry) {punit} (a provincial department) {assoc} {fund} {field} (name of the topic's first field) {leader}
  --     {mname} (a ministry). fields: fixed fields for templates that do not use the topic; extra: added to them.
  CREATE TEMP TABLE seed_tpl ON COMMIT DROP AS
  SELECT grp, row_number() OVER (PARTITION BY grp ORDER BY ord) - 1 AS idx, count(*) OVER (PARTITION BY grp) AS n,
         tpl, fields, extra
    FROM (SELECT row_number() OVER () AS ord, * FROM (VALUES
    ('TT',  'Quy định về {np}', NULL::text[], NULL::text[]),
    ('TT',  'Hướng dẫn {np}', NULL, NULL),
    ('TT',  'Hướng dẫn thực hiện {np}', NULL, NULL),
    ('TT',  'Quy định chi tiết một số điều về {np}', NULL, NULL),
    ('TT',  'Quy định chế độ báo cáo thống kê về {ws}', NULL, NULL),
    ('TT',  'Quy định mã số, tiêu chuẩn chức danh nghề nghiệp và xếp lương đối với viên chức chuyên ngành lưu trữ', '{CAN_BO_CONG_CHUC,VAN_THU_LUU_TRU,TIEN_LUONG}', NULL),
    ('TT',  'Quy định chức danh, mã số ngạch và tiêu chuẩn nghiệp vụ chuyên môn các ngạch công chức chuyên ngành hành chính', '{CAN_BO_CONG_CHUC,TIEN_LUONG}', NULL),
    ('TT',  'Hướng dẫn chức năng, nhiệm vụ, quyền hạn của cơ quan chuyên môn về nội vụ thuộc Ủy ban nhân dân cấp tỉnh', '{TO_CHUC_BO_MAY,CHINH_QUYEN_DP}', NULL),
    ('TTM', 'Quy định {np}', NULL, NULL),
    ('TTM', 'Hướng dẫn {np}', NULL, NULL),
    ('TTM', 'Quy định chi tiết về {np}', NULL, NULL),
    ('ND',  'Quy định về {np}', NULL, NULL),
    ('ND',  'Về {np}', NULL, NULL),
    ('ND',  'Quy định chi tiết về {np}', NULL, NULL),
    ('ND',  'Sửa đổi, bổ sung một số quy định về {np}', NULL, NULL),
    ('ND',  'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của {mname}', '{TO_CHUC_BO_MAY}', NULL),
    ('QT',  'Quy định về {np}', NULL, NULL),
    ('QT',  'Về {np}', NULL, NULL),
    ('QT',  'Ban hành Quy chế phối hợp về {np}', NULL, NULL),
    ('QT',  'Quy định tiêu chí, quy trình về {np}', NULL, NULL),
    ('NQH', 'Quy định mức chi bảo đảm cho {ws}{scope}', NULL, NULL),
    ('NQH', 'Quy định về {np}{scope}', NULL, NULL),
    ('NQH', 'Quy định chính sách hỗ trợ về {np}{scope}', NULL, NULL),
    ('NQH', 'Quy định số lượng, chức danh và mức phụ cấp đối với người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố{scope}', '{CHINH_QUYEN_DP,TIEN_LUONG}', NULL),
    ('NQH', 'Quy định chính sách hỗ trợ đối với cán bộ, công chức, viên chức và người lao động dôi dư do sắp xếp đơn vị hành chính{scope}', '{CAN_BO_CONG_CHUC,DIA_GIOI_HC}', NULL),
    ('NQH', 'Quy định chính sách thu hút, đãi ngộ nguồn nhân lực chất lượng cao{scope}', '{CAN_BO_CONG_CHUC}', NULL),
    ('NQH', 'Quy định mức khoán kinh phí hoạt động của thôn, tổ dân phố{scope}', '{CHINH_QUYEN_DP}', NULL),
    ('NQH', 'Quy định mức chi cho công tác chỉnh lý, số hóa tài liệu lưu trữ{scope}', '{VAN_THU_LUU_TRU,CHUYEN_DOI_SO}', NULL),
    ('QDU', 'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của {punit} {place}', '{TO_CHUC_BO_MAY}', NULL),
    ('QDU', 'Ban hành Quy định về {np}{scope}', NULL, NULL),
    ('QDU', 'Ban hành Quy chế phối hợp trong {ws}{scope}', NULL, NULL),
    ('QDU', 'Quy định về {np}{scope}', NULL, NULL),
    ('QDU', 'Quy định phân cấp quản lý tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức thuộc {place}', '{TO_CHUC_BO_MAY,CAN_BO_CONG_CHUC}', NULL),
    ('QDU', 'Ban hành Quy chế công tác thi đua, khen thưởng{scope}', '{THI_DUA_KHEN_THUONG}', NULL),
    ('QDU', 'Ban hành Quy chế công tác văn thư, lưu trữ của các cơ quan, tổ chức thuộc {place}', '{VAN_THU_LUU_TRU}', NULL),
    ('QDB', 'Về việc công nhận Điều lệ (sửa đổi, bổ sung) của {assoc}', '{HOI_QUY}', NULL),
    ('QDB', 'Về việc cho phép thành lập {assoc}', '{HOI_QUY}', NULL),
    ('QDB', 'Về việc cấp giấy phép thành lập và công nhận Điều lệ {fund}', '{HOI_QUY}', NULL),
    ('QDB', 'Ban hành Kế hoạch {ws} năm {year} của Bộ Nội vụ', NULL, NULL),
    ('QDB', 'Về việc kiện toàn Tổ công tác triển khai {ws} của Bộ Nội vụ', NULL, NULL),
    ('QDB', 'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của {bunit}', '{TO_CHUC_BO_MAY}', NULL),
    ('QDB', 'Về việc tặng Bằng khen của Bộ trưởng Bộ Nội vụ', '{THI_DUA_KHEN_THUONG}', NULL),
    ('QDB', 'Về việc nâng bậc lương trước thời hạn năm {year}', '{TIEN_LUONG,CAN_BO_CONG_CHUC}', NULL),
    ('QDB', 'Phê duyệt danh sách công chức trúng tuyển kỳ thi nâng ngạch năm {year}', '{CAN_BO_CONG_CHUC}', NULL),
    ('QDB', 'Công bố thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực {field} thuộc phạm vi chức năng quản lý của Bộ Nội vụ', NULL, '{CAI_CACH_HC}'),
    ('QDB', 'Phê duyệt Đề án {ws} giai đoạn {year} - {y5}', NULL, NULL),
    ('QDT', 'Phê duyệt Đề án {ws} giai đoạn {year} - {y5}', NULL, NULL),
    ('QDT', 'Phê duyệt Chương trình {ws} giai đoạn {year} - {y5}', NULL, NULL),
    ('QDT', 'Về việc tặng Bằng khen của Thủ tướng Chính phủ', '{THI_DUA_KHEN_THUONG}', NULL),
    ('QDT', 'Về việc tặng danh hiệu Chiến sĩ thi đua toàn quốc', '{THI_DUA_KHEN_THUONG}', NULL),
    ('QDT', 'Về việc tặng Cờ thi đua của Chính phủ năm {pyear}', '{THI_DUA_KHEN_THUONG}', NULL),
    ('QDT', 'Về việc phê chuẩn kết quả bầu Phó Chủ tịch Ủy ban nhân dân {place}', '{CHINH_QUYEN_DP,CAN_BO_CONG_CHUC}', NULL),
    ('QDT', 'Về việc phê chuẩn kết quả miễn nhiệm thành viên Ủy ban nhân dân {place}', '{CHINH_QUYEN_DP,CAN_BO_CONG_CHUC}', NULL),
    ('QDT', 'Về việc kiện toàn Ban Chỉ đạo {ws}', NULL, NULL),
    ('QDP', 'Về việc công nhận Điều lệ {assoc}', '{HOI_QUY}', NULL),
    ('QDP', 'Về việc cho phép thành lập {assoc}', '{HOI_QUY}', NULL),
    ('QDP', 'Về việc công nhận {fund} đủ điều kiện hoạt động và công nhận thành viên Hội đồng quản lý quỹ', '{HOI_QUY}', NULL),
    ('QDP', 'Ban hành Kế hoạch {ws} năm {year}{scope}', NULL, NULL),
    ('QDP', 'Về việc kiện toàn Ban Chỉ đạo {ws} {place}', NULL, NULL),
    ('QDP', 'Phê duyệt vị trí việc làm và cơ cấu ngạch công chức của {punit} {place}', '{TO_CHUC_BO_MAY,CAN_BO_CONG_CHUC}', NULL),
    ('QDP', 'Về việc giao số lượng người làm việc trong các đơn vị sự nghiệp công lập năm {year}', '{TO_CHUC_BO_MAY,CAN_BO_CONG_CHUC}', NULL),
    ('QDP', 'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân {place}', '{THI_DUA_KHEN_THUONG}', NULL),
    ('QDP', 'Công bố Chỉ số cải cách hành chính năm {pyear} của các sở, ban, ngành {place}', '{CAI_CACH_HC}', NULL),
    ('QDP', 'Về việc công nhận kết quả tuyển dụng viên chức năm {year}', '{CAN_BO_CONG_CHUC}', NULL),
    ('QDP', 'Công bố danh mục thủ tục hành chính lĩnh vực {field} thuộc thẩm quyền giải quyết của Sở Nội vụ {place}', NULL, '{CAI_CACH_HC}'),
    ('QDP', 'Về việc kiện toàn Hội đồng Thi đua - Khen thưởng {place}', '{THI_DUA_KHEN_THUONG}', NULL),
    ('KH',  'Triển khai {ws} năm {year}{scope}', NULL, NULL),
    ('KH',  'Kiểm tra {ws} năm {year}{scope}', NULL, NULL),
    ('KH',  'Tuyên truyền về {ws} năm {year}{scope}', NULL, NULL),
    ('KH',  'Tổ chức Hội nghị tổng kết {ws} năm {pyear}', NULL, NULL),
    ('KH',  '{Ws} giai đoạn {year} - {y5}{scope}', NULL, NULL),
    ('KH',  'Cải cách hành chính năm {year}{scope}', '{CAI_CACH_HC}', NULL),
    ('CV',  'Về việc hướng dẫn {ws}', NULL, NULL),
    ('CV',  'Về việc góp ý dự thảo Thông tư quy định về {np}', NULL, NULL),
    ('CV',  'Về việc góp ý dự thảo Nghị định quy định về {np}', NULL, NULL),
    ('CV',  'Về việc đôn đốc {ws}', NULL, NULL),
    ('CV',  'Về việc báo cáo kết quả {ws} năm {year}', NULL, NULL),
    ('CV',  'Về việc triển khai {ws}', NULL, NULL),
    ('CV',  'Về việc trả lời kiến nghị của cử tri {place} về {ws}', NULL, NULL),
    ('CV',  'Về việc thẩm định đề án vị trí việc làm của {punit} {place}', '{TO_CHUC_BO_MAY,CAN_BO_CONG_CHUC}', NULL),
    ('TB',  'Kết luận của {leader} tại cuộc họp về {ws}', NULL, NULL),
    ('TB',  'Ý kiến chỉ đạo của {leader} về {ws}', NULL, NULL),
    ('TB',  'Kết quả kỳ thi tuyển công chức năm {year}', '{CAN_BO_CONG_CHUC}', NULL),
    ('TB',  'Về việc tuyển dụng viên chức năm {year}', '{CAN_BO_CONG_CHUC}', NULL),
    ('TB',  'Lịch tiếp công dân định kỳ của {leader} năm {year}', '{THANH_TRA}', NULL),
    ('TB',  'Kết luận kiểm tra {ws}{scope}', NULL, NULL),
    ('BC',  'Kết quả {ws} năm {year}{scope}', NULL, NULL),
    ('BC',  'Tổng kết {ws} năm {pyear} và phương hướng, nhiệm vụ năm {year}', NULL, NULL),
    ('BC',  'Sơ kết 6 tháng đầu năm {year} về {ws}', NULL, NULL),
    ('BC',  'Kết quả {ws} quý {q} năm {year}', NULL, NULL),
    ('BC',  'Đánh giá tình hình {ws}{scope}', NULL, NULL),
    ('HD',  'Thực hiện {np}', NULL, NULL),
    ('HD',  'Về {ws} năm {year}', NULL, NULL),
    ('HD',  'Xét tặng danh hiệu thi đua và hình thức khen thưởng năm {year}', '{THI_DUA_KHEN_THUONG}', NULL),
    ('HD',  'Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm {year}', '{CAN_BO_CONG_CHUC}', NULL),
    ('HD',  'Lập hồ sơ và nộp lưu hồ sơ, tài liệu vào Lưu trữ cơ quan', '{VAN_THU_LUU_TRU}', NULL),
    ('CT',  'Về việc tăng cường {ws}', NULL, NULL),
    ('CT',  'Về việc đẩy mạnh {ws}{scope}', NULL, NULL),
    ('CT',  'Về tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan hành chính nhà nước', '{CAN_BO_CONG_CHUC,CAI_CACH_HC}', NULL),
    ('CT',  'Về việc nâng cao hiệu quả {ws}', NULL, NULL),
    ('NQC', 'Về việc giao biên chế công chức trong cơ quan, tổ chức hành chính của {place} năm {year}', '{TO_CHUC_BO_MAY,CAN_BO_CONG_CHUC}', NULL),
    ('NQC', 'Phê duyệt tổng số người làm việc trong các đơn vị sự nghiệp công lập của {place} năm {year}', '{TO_CHUC_BO_MAY,CAN_BO_CONG_CHUC}', NULL),
    ('NQC', 'Về việc xác nhận kết quả bầu Phó Chủ tịch Ủy ban nhân dân {place}', '{CHINH_QUYEN_DP}', NULL),
    ('NQC', 'Về Chương trình giám sát của Hội đồng nhân dân {place} năm {nyear}', '{CHINH_QUYEN_DP}', NULL),
    ('NQC', 'Về việc thành lập, sáp nhập thôn, tổ dân phố trên địa bàn {place}', '{DIA_GIOI_HC,CHINH_QUYEN_DP}', NULL),
    ('NQC', 'Về việc thông qua Đề án sắp xếp đơn vị hành chính cấp xã của {place}', '{DIA_GIOI_HC,CHINH_QUYEN_DP}', NULL),
    ('NQC', 'Về kết quả giám sát {ws}{scope}', NULL, NULL)
    ) AS v(grp, tpl, fields, extra)) x;
  ALTER TABLE seed_prof ADD COLUMN tpl_n int;
  UPDATE seed_prof p SET tpl_n = (SELECT count(*) FROM seed_tpl t WHERE t.grp = p.grp);

  -- Units: of the ministry (head title for "Theo đề nghị của …"), and provincial departments.
  CREATE TEMP TABLE seed_unit ON COMMIT DROP AS
  SELECT kind, row_number() OVER (PARTITION BY kind ORDER BY ord) - 1 AS idx, count(*) OVER (PARTITION BY kind) AS n,
         name, head
    FROM (SELECT row_number() OVER () AS ord, * FROM (VALUES
      ('B', 'Vụ Công chức - Viên chức', 'Vụ trưởng'), ('B', 'Vụ Cải cách hành chính', 'Vụ trưởng'),
      ('B', 'Vụ Tổ chức phi chính phủ', 'Vụ trưởng'), ('B', 'Cục Văn thư và Lưu trữ nhà nước', 'Cục trưởng'),
      ('B', 'Ban Thi đua - Khen thưởng Trung ương', 'Trưởng'), ('B', 'Trung tâm Công nghệ thông tin', 'Giám đốc'),
      ('B', 'Văn phòng Bộ', 'Chánh'), ('B', 'Thanh tra Bộ', 'Chánh'),
      ('B', 'Vụ Pháp chế', 'Vụ trưởng'), ('B', 'Vụ Kế hoạch - Tài chính', 'Vụ trưởng'),
      ('B', 'Vụ Tổ chức cán bộ', 'Vụ trưởng'), ('B', 'Vụ Hợp tác quốc tế', 'Vụ trưởng'),
      ('P', 'Sở Nội vụ', 'Giám đốc'), ('P', 'Sở Tư pháp', 'Giám đốc'), ('P', 'Sở Tài chính', 'Giám đốc'),
      ('P', 'Sở Y tế', 'Giám đốc'), ('P', 'Sở Giáo dục và Đào tạo', 'Giám đốc'),
      ('P', 'Sở Văn hóa, Thể thao và Du lịch', 'Giám đốc'), ('P', 'Văn phòng Ủy ban nhân dân', 'Chánh'),
      ('P', 'Thanh tra', 'Chánh')) AS v(kind, name, head)) x;

  -- Field → drafting-unit code used in công văn numbers (…/BNV-CCVC, …/UBND-KSTT, …/TTg-KGVX).
  CREATE TEMP TABLE seed_fmap ON COMMIT DROP AS
  SELECT f.code, f.sort AS ord, lower(left(f.name_vi, 1)) || substr(f.name_vi, 2) AS fname, m.bnv, m.ubnd, m.ttg
    FROM legaldocs.field f JOIN (VALUES
      ('TO_CHUC_BO_MAY', 'TCBC', 'NC', 'TCCV'), ('CAN_BO_CONG_CHUC', 'CCVC', 'NC', 'TCCV'),
      ('TIEN_LUONG', 'TL', 'TH', 'KTTH'), ('CHINH_QUYEN_DP', 'CQĐP', 'NC', 'QHĐP'),
      ('DIA_GIOI_HC', 'CQĐP', 'NC', 'QHĐP'), ('CAI_CACH_HC', 'CCHC', 'KSTT', 'KSTT'),
      ('THI_DUA_KHEN_THUONG', 'TĐKT', 'VX', 'TCCV'), ('TIN_NGUONG_TON_GIAO', 'TGCP', 'NC', 'KGVX'),
      ('VAN_THU_LUU_TRU', 'VTLTNN', 'HCTC', 'TCCV'), ('HOI_QUY', 'TCPCP', 'NC', 'TCCV'),
      ('THANH_NIEN', 'CTTN', 'VX', 'KGVX'), ('LAO_DONG_VIEC_LAM', 'VL', 'VX', 'KGVX'),
      ('BAO_HIEM_XA_HOI', 'BHXH', 'VX', 'KGVX'), ('AN_TOAN_LAO_DONG', 'ATLĐ', 'VX', 'KGVX'),
      ('CHUYEN_DOI_SO', 'VP', 'KSTT', 'KSTT'), ('THANH_TRA', 'TTr', 'TCD', 'V.I')
    ) AS m(code, bnv, ubnd, ttg) ON m.code = f.code;
  SELECT count(*) FILTER (WHERE kind = 'B'), count(*) FILTER (WHERE kind = 'P') INTO v_nb, v_np FROM seed_unit;

  ---------------------------------------------------------------------------------------------------------------------
  -- 2d. One row per generated document with every attribute that does not depend on other rows.
  --     h(x) = hashtext(i || x) & 0x7fffffff: a deterministic non-negative 31-bit hash of the row index and a salt.
  --     Issue dates: 2005-01-03 .. 2026-10-30, density rising gently towards recent years (u^0.8), weekends moved to
  --     the nearest Friday/Monday. Provinces: the unit valid at the issue date (new units from 2025-07-01).
  --     Signers: role by issuer class; the person is a hash of (issuer, 5-year term, role, slot), so the same few
  --     leaders sign an issuer's documents during a term (CP and TTG share the Prime Minister and the deputies).
  --     Relations are decided here (has_rel: 45 % of normative and 12 % of administrative documents) and
  --     resolved in 2f; documents with has_rel are never relation targets, the others ("roots") may be.
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_g ON COMMIT DROP AS
  SELECT q.i, q.type_code, q.kind, q.cls, q.abbr, q.short_name, q.type_notation, q.issued, q.yr, q.eff,
         q.issuer_code, q.issuer_notation, q.issuer_name, q.place, q.div_word, q.scope, q.author, q.fields,
         q.bunit, q.bunit_head, q.punit, q.cv_bnv, q.cv_ubnd, q.cv_ttg, q.signer_title, q.signer_name,
         q.has_rel, q.h_kind, q.h_kind2, q.u_t1, q.u_t2, q.h_size,
         replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
         replace(replace(replace(replace(q.tpl,
           '{np}', q.np), '{ws}', q.ws), '{Ws}', upper(left(q.ws, 1)) || substr(q.ws, 2)), '{scope}', q.scope),
           '{place}', q.place), '{year}', q.yr::text), '{nyear}', (q.yr + 1)::text), '{pyear}', (q.yr - 1)::text),
           '{y5}', (q.yr + 5)::text), '{q}', (1 + (extract(month FROM q.issued)::int - 1) / 3)::text),
           '{bunit}', q.bunit), '{punit}', q.punit), '{assoc}', q.assoc_name), '{fund}', q.fund_name),
           '{field}', q.fname), '{leader}', q.signer_title || ' ' || q.issuer_name), '{mname}', q.mname) AS title
    FROM (
    SELECT g.i, p.pid, p.type_code, p.kind, p.cls, p.grp, p.abbr, p.short_name, p.type_notation,
           d.issued, extract(year FROM d.issued)::int AS yr,
           CASE WHEN p.kind = 'normative' THEN d.issued + 15 + (hashtext(g.i || 'e') & 2147483647) % 46
                ELSE d.issued END AS eff,
           iss.code AS issuer_code, iss.notation AS issuer_notation, iss.name_vi AS issuer_name,
           pr.place, pr.div_word,
           CASE WHEN p.cls IN ('UBND', 'HDND') THEN ' trên địa bàn ' || pr.place
                WHEN p.cls = 'BNV' THEN ' của Bộ Nội vụ' ELSE '' END AS scope,
           -- who the document is "of" when others cite it
           CASE WHEN p.type_code = 'THONG_TU' AND iss.code = 'TTCP' THEN 'Tổng Thanh tra Chính phủ'
                WHEN p.type_code = 'THONG_TU' THEN 'Bộ trưởng ' || iss.name_vi
                ELSE iss.name_vi END AS author,
           t.tid, t.np, t.ws, tp.tpl,
           CASE WHEN tp.fields IS NOT NULL THEN tp.fields
                WHEN tp.extra IS NULL OR t.fields @> tp.extra THEN t.fields
                ELSE t.fields || tp.extra END AS fields,
           bu.name AS bunit, bu.head AS bunit_head, pu.name AS punit,
           fm.fname, fm.bnv AS cv_bnv, fm.ubnd AS cv_ubnd, fm.ttg AS cv_ttg,
           sg.signer_title,
           CASE WHEN (hashtext(sg.pk || 'g') & 2147483647) % 5 = 0
                THEN fam[1 + (hashtext(sg.pk || 'f') & 2147483647) % array_length(fam, 1)] || ' ' ||
                     mid_f[1 + (hashtext(sg.pk || 'm') & 2147483647) % array_length(mid_f, 1)] || ' ' ||
                     giv_f[1 + (hashtext(sg.pk || 'n') & 2147483647) % array_length(giv_f, 1)]
                ELSE fam[1 + (hashtext(sg.pk || 'f') & 2147483647) % array_length(fam, 1)] || ' ' ||
                     mid_m[1 + (hashtext(sg.pk || 'm') & 2147483647) % array_length(mid_m, 1)] || ' ' ||
                     giv_m[1 + (hashtext(sg.pk || 'n') & 2147483647) % array_length(giv_m, 1)] END AS signer_name,
           assoc[1 + (hashtext(g.i || 'a') & 2147483647) % array_length(assoc, 1)] ||
             CASE WHEN p.cls = 'BNV' THEN ' Việt Nam' ELSE ' ' || pr.place END AS assoc_name,
           fund[1 + (hashtext(g.i || 'u') & 2147483647) % array_length(fund, 1)] ||
             CASE WHEN p.cls = 'BNV' THEN ' Việt Nam' ELSE ' ' || pr.place END AS fund_name,
           mi.name_vi AS mname,
           (hashtext(g.i || 'r') & 2147483647) % 100 < CASE WHEN p.kind = 'normative' THEN 45 ELSE 12 END AS has_rel,
           (hashtext(g.i || 'k') & 2147483647) % 100 AS h_kind,
           (hashtext(g.i || 'l') & 2147483647) % 100 AS h_kind2,
           (hashtext(g.i || 't') & 2147483647) / 2147483648.0::float8 AS u_t1,
           (hashtext(g.i || 'v') & 2147483647) / 2147483648.0::float8 AS u_t2,
           (hashtext(g.i || 's') & 2147483647) AS h_size
      -- row index and issue date, computed once per row (OFFSET 0 keeps the subquery from being flattened into
      -- every place that uses the date)
      FROM (SELECT g.i, d0.d_raw + CASE extract(isodow FROM d0.d_raw) WHEN 6 THEN -1 WHEN 7 THEN 1 ELSE 0 END AS issued
              FROM generate_series(1, v_gen) AS g(i)
              CROSS JOIN LATERAL (SELECT c_start + floor((c_span + 1) *
                                    power((hashtext(g.i || 'd') & 2147483647) / 2147483648.0::float8, 0.8))::int AS d_raw) d0
            OFFSET 0) AS d
      CROSS JOIN LATERAL (SELECT d.i) AS g
      JOIN seed_slot sl ON sl.slot = (hashtext(g.i || 'p') & 2147483647) % v_wsum
      JOIN seed_prof p ON p.pid = sl.pid
      JOIN seed_prov pr ON pr.new_era = (d.issued >= date '2025-07-01')
                       AND pr.idx = (hashtext(g.i || 'o') & 2147483647) %
                                    CASE WHEN d.issued >= date '2025-07-01' THEN 34 ELSE 63 END
      JOIN seed_min mn ON mn.idx = (hashtext(g.i || 'i') & 2147483647) % 7
      JOIN legaldocs.issuer mi ON mi.code = mn.code
      JOIN legaldocs.issuer iss ON iss.code = CASE p.cls WHEN 'BNV' THEN 'BNV' WHEN 'CP' THEN 'CP' WHEN 'TTG' THEN 'TTG'
                                                         WHEN 'MIN' THEN mn.code WHEN 'UBND' THEN 'UBND_' || pr.key
                                                         ELSE 'HDND_' || pr.key END
      JOIN seed_psize ps ON ps.pool = CASE WHEN p.cls = 'MIN' THEN mn.code
                                           WHEN p.cls = 'BNV' AND d.issued < date '2025-03-01' THEN 'NL' ELSE 'ALL' END
      JOIN seed_pick pk ON pk.pool = ps.pool AND pk.idx = (hashtext(g.i || 'c') & 2147483647) % ps.n
      JOIN seed_topic t ON t.tid = pk.tid
      JOIN seed_tpl tp ON tp.grp = p.grp AND tp.idx = (hashtext(g.i || 'x') & 2147483647) % p.tpl_n
      JOIN seed_unit bu ON bu.kind = 'B' AND bu.idx = (hashtext(g.i || 'b') & 2147483647) % v_nb
      JOIN seed_unit pu ON pu.kind = 'P' AND pu.idx = (hashtext(g.i || 'q') & 2147483647) % v_np
      JOIN seed_fmap fm ON fm.code = (coalesce(tp.fields, t.fields))[1]
      CROSS JOIN LATERAL (SELECT CASE WHEN (hashtext(g.i || 'h') & 2147483647) % 100 <
                                           CASE p.cls WHEN 'HDND' THEN 80 WHEN 'CP' THEN 60 WHEN 'TTG' THEN 40 ELSE 35 END
                                      THEN 'head' ELSE 'deputy' END AS role) r
      CROSS JOIN LATERAL (SELECT
          CASE WHEN p.cls IN ('CP', 'TTG') THEN CASE r.role WHEN 'head' THEN 'Thủ tướng' ELSE 'Phó Thủ tướng' END
               WHEN iss.code = 'TTCP' THEN CASE r.role WHEN 'head' THEN 'Tổng Thanh tra Chính phủ' ELSE 'Phó Tổng Thanh tra Chính phủ' END
               WHEN p.cls IN ('BNV', 'MIN') THEN CASE r.role WHEN 'head' THEN 'Bộ trưởng' ELSE 'Thứ trưởng' END
               ELSE CASE r.role WHEN 'head' THEN 'Chủ tịch' ELSE 'Phó Chủ tịch' END END AS signer_title,
          CASE WHEN p.cls IN ('CP', 'TTG') THEN 'GOV' ELSE iss.code END || ':' ||
            ((extract(year FROM d.issued)::int - 2001) / 5) || ':' || r.role || ':' ||
            CASE WHEN r.role = 'head' THEN 0 ELSE (hashtext(g.i || 'w') & 2147483647) % 4 END AS pk) sg
    ) q;

  ---------------------------------------------------------------------------------------------------------------------
  -- 2e. Order, numbers and the counters used to pick relation targets.
  --     ord: position by (issue date, i) → id = v_base + ord, so ids follow issue dates.
  --     n: normative numbers restart per issuer, type and year (N/YYYY/TT-BNV …); administrative numbers carry no
  --        year, so n runs on across years per issuer and type (unique per issuer); công văn are one series per
  --        issuer whatever the drafting unit. Numbers below 10 get a leading zero, as in 02/CT-TTg, 05/2025/TT-BNV.
  --     c_same / c_nd / c_cn: how many roots come earlier in the same issuer+type, among Nghị định of the same main
  --        field, and among central normative documents (Nghị định, QĐ-TTg, Thông tư of BNV) of the same main field.
  --        A root's own counter is its rank minus one.
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_n ON COMMIT DROP AS
  SELECT g.*, w.ord, w.n, w.npart, w.c_same, w.c_nd, w.c_cn, w.num_tail,
         CASE WHEN w.n < 10 THEN '0' || w.n ELSE w.n::text END || w.num_tail AS number
    FROM seed_g g
    JOIN (
    -- the window functions run over a narrow projection (four sorts of a million rows), then join back by i
    SELECT g.i,
           row_number() OVER (ORDER BY g.issued, g.i) AS ord,
           row_number() OVER (PARTITION BY g.issuer_code, g.type_code, CASE WHEN g.kind = 'normative' THEN g.yr ELSE 0 END
                              ORDER BY g.issued, g.i) AS n,
           CASE WHEN g.kind = 'normative' THEN g.yr ELSE 0 END AS npart,
           count(*) FILTER (WHERE NOT g.has_rel) OVER (PARTITION BY g.issuer_code, g.type_code ORDER BY g.issued, g.i
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS c_same,
           count(*) FILTER (WHERE NOT g.has_rel AND g.type_code = 'NGHI_DINH') OVER w_fld AS c_nd,
           count(*) FILTER (WHERE NOT g.has_rel AND (g.type_code IN ('NGHI_DINH', 'QD_TTG')
                                                     OR (g.type_code = 'THONG_TU' AND g.issuer_code = 'BNV'))) OVER w_fld AS c_cn,
           CASE WHEN g.kind = 'normative' THEN '/' || g.yr || '/' || g.abbr || '-' || g.issuer_notation
                WHEN g.type_code = 'CONG_VAN' THEN '/' || g.issuer_notation || '-' ||
                     CASE g.cls WHEN 'BNV' THEN g.cv_bnv WHEN 'TTG' THEN g.cv_ttg ELSE g.cv_ubnd END
                ELSE '/' || g.type_notation || '-' || g.issuer_notation END AS num_tail
      FROM seed_g g
    WINDOW w_fld AS (PARTITION BY g.fields[1] ORDER BY g.issued, g.i ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
    ) w ON w.i = g.i
   ORDER BY w.ord;
  DROP TABLE pg_temp.seed_g;
  -- A generated number may coincide with a real one of the same issuer (e.g. 151/QĐ-BNV): move such rows to the end
  -- of their series (repeated until no clash remains; a handful of rows at most).
  LOOP
    UPDATE seed_n s SET n = m.mx + c.k,
                        number = CASE WHEN m.mx + c.k < 10 THEN '0' || (m.mx + c.k) ELSE (m.mx + c.k)::text END || s.num_tail
      FROM (SELECT s2.ord, row_number() OVER (PARTITION BY s2.issuer_code, s2.type_code, s2.npart ORDER BY s2.ord) AS k
              FROM seed_n s2 JOIN legaldocs.document d ON d.issuer_code = s2.issuer_code AND d.number = s2.number) c,
           (SELECT issuer_code, type_code, npart, max(n) AS mx FROM seed_n GROUP BY 1, 2, 3) m
     WHERE s.ord = c.ord AND m.issuer_code = s.issuer_code AND m.type_code = s.type_code AND m.npart = s.npart;
    EXIT WHEN NOT FOUND;
  END LOOP;
  CREATE INDEX ON seed_n (ord);
  ANALYZE seed_n;

  ---------------------------------------------------------------------------------------------------------------------
  -- 2f. Relations between generated documents (forward types only). Targets are earlier roots (smaller ord, hence a
  --     smaller id and an issue date not later), picked with a bias towards recent ones (rank = c - floor(c·u^1.5)).
  --     slot 1, by source: Thông tư / Nghị định / QĐ-TTg / NQ HĐND / QĐ UBND → amends, supplements, replaces,
  --       repeals or partially_repeals a root of the same issuer and type, or details a Nghị định (Thông tư, NQ HĐND,
  --       QĐ UBND), or based_on / cites a central normative document (both of the same main field);
  --       administrative QĐ, Chỉ thị, Hướng dẫn → replaces an earlier one of the same issuer and type, or based_on;
  --       Kế hoạch → based_on / cites; NQ HĐND (cá biệt) → based_on; công văn, thông báo, báo cáo → cites.
  --     slot 2 (half of the normative sources): repeals / partially_repeals another root of the same issuer and type.
  --     slot 3 (half of the other sources): based_on (cites) a central normative document of the same main field.
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_cand ON COMMIT DROP AS
  WITH src AS (
    SELECT s.ord, s.kind, s.type_code, s.issuer_code, s.fields[1] AS field1, s.c_same, s.c_nd, s.c_cn, s.u_t1, s.u_t2, s.h_kind2,
           CASE
             WHEN s.type_code = 'THONG_TU' THEN
               CASE WHEN s.h_kind < 20 THEN 'amends' WHEN s.h_kind < 25 THEN 'supplements' WHEN s.h_kind < 50 THEN 'replaces'
                    WHEN s.h_kind < 60 THEN 'partially_repeals' WHEN s.h_kind < 85 THEN 'details' ELSE 'based_on' END
             WHEN s.type_code = 'NGHI_DINH' THEN
               CASE WHEN s.h_kind < 25 THEN 'amends' WHEN s.h_kind < 30 THEN 'supplements' WHEN s.h_kind < 60 THEN 'replaces'
                    WHEN s.h_kind < 65 THEN 'repeals' WHEN s.h_kind < 80 THEN 'partially_repeals' ELSE 'cites' END
             WHEN s.type_code = 'QD_TTG' THEN
               CASE WHEN s.h_kind < 25 THEN 'amends' WHEN s.h_kind < 60 THEN 'replaces'
                    WHEN s.h_kind < 70 THEN 'partially_repeals' ELSE 'based_on' END
             WHEN s.kind = 'normative' THEN   -- NQ HĐND, QĐ UBND
               CASE WHEN s.h_kind < 20 THEN 'amends' WHEN s.h_kind < 25 THEN 'supplements' WHEN s.h_kind < 55 THEN 'replaces'
                    WHEN s.h_kind < 60 THEN 'repeals' WHEN s.h_kind < 75 THEN 'partially_repeals' ELSE 'details' END
             WHEN s.type_code IN ('QD_CB', 'CHI_THI', 'HUONG_DAN') THEN
               CASE WHEN s.h_kind < 60 THEN 'replaces' ELSE 'based_on' END
             WHEN s.type_code = 'KE_HOACH' THEN CASE WHEN s.h_kind < 70 THEN 'based_on' ELSE 'cites' END
             WHEN s.type_code = 'NQ_CB' THEN 'based_on'
             ELSE 'cites' END AS rel1
      FROM seed_n s WHERE s.has_rel
  ), cand AS (
    SELECT ord, rel1 AS type_code, issuer_code, type_code AS src_type, field1, u_t1 AS u, 1 AS slot,
           CASE WHEN rel1 IN ('amends', 'supplements', 'replaces', 'repeals', 'partially_repeals') THEN 'same'
                WHEN rel1 = 'details' THEN 'nd' ELSE 'cn' END AS pool,
           CASE WHEN rel1 IN ('amends', 'supplements', 'replaces', 'repeals', 'partially_repeals') THEN c_same
                WHEN rel1 = 'details' THEN c_nd ELSE c_cn END AS c
      FROM src
    UNION ALL
    SELECT ord, CASE WHEN h_kind2 % 2 = 0 THEN 'repeals' ELSE 'partially_repeals' END, issuer_code, type_code, field1, u_t2, 2,
           'same', c_same
      FROM src WHERE kind = 'normative' AND h_kind2 < 50
    UNION ALL
    SELECT ord, CASE WHEN rel1 = 'based_on' THEN 'cites' ELSE 'based_on' END, issuer_code, type_code, field1, u_t2, 3,
           'cn', c_cn
      FROM src WHERE NOT (kind = 'normative' AND h_kind2 < 50) AND h_kind2 < 50
  )
  SELECT cand.*, c - floor(c * power(u, 1.5))::bigint - 1 AS want   -- the target's counter: 0 .. c-1
    FROM cand WHERE c > 0;

  CREATE TEMP TABLE seed_rel (src_ord bigint NOT NULL, type_code text NOT NULL, tgt_ord bigint, tgt_id bigint,
                              slot int NOT NULL, ref text) ON COMMIT DROP;
  INSERT INTO seed_rel (src_ord, type_code, tgt_ord, slot)
  SELECT ch.ord, ch.type_code, t.ord, ch.slot                                  -- same issuer and type
    FROM seed_cand ch
    JOIN seed_n t ON t.issuer_code = ch.issuer_code AND t.type_code = ch.src_type AND t.c_same = ch.want
   WHERE ch.pool = 'same' AND NOT t.has_rel AND t.ord < ch.ord;
  INSERT INTO seed_rel (src_ord, type_code, tgt_ord, slot)
  SELECT ch.ord, ch.type_code, t.ord, ch.slot                                  -- a Nghị định
    FROM seed_cand ch
    JOIN (SELECT * FROM seed_n WHERE NOT has_rel AND type_code = 'NGHI_DINH') t ON t.fields[1] = ch.field1 AND t.c_nd = ch.want
   WHERE ch.pool = 'nd' AND t.ord < ch.ord;
  INSERT INTO seed_rel (src_ord, type_code, tgt_ord, slot)
  SELECT ch.ord, ch.type_code, t.ord, ch.slot                                  -- a central normative document
    FROM seed_cand ch
    JOIN (SELECT * FROM seed_n WHERE NOT has_rel AND (type_code IN ('NGHI_DINH', 'QD_TTG')
                                                      OR (type_code = 'THONG_TU' AND issuer_code = 'BNV'))) t
      ON t.fields[1] = ch.field1 AND t.c_cn = ch.want
   WHERE ch.pool = 'cn' AND t.ord < ch.ord;
  -- a second relation that landed on the slot-1 target adds nothing: drop it
  DELETE FROM seed_rel r USING seed_rel r1
   WHERE r.slot > 1 AND r1.slot = 1 AND r1.src_ord = r.src_ord AND r1.tgt_ord = r.tgt_ord;
  -- how a source cites its target: "Nghị định số 12/2016/NĐ-CP ngày 05/3/2016 của Chính phủ quy định về …"
  UPDATE seed_rel r SET tgt_id = v_base + t.ord,
         ref = t.short_name || ' số ' || t.number || ' ngày ' || to_char(t.issued, 'DD/FMMM/YYYY') || ' của ' ||
               t.author || ' ' || lower(left(t.title, 1)) || substr(t.title, 2)
    FROM seed_n t WHERE t.ord = r.tgt_ord;
  CREATE INDEX ON seed_rel (src_ord);
  ANALYZE seed_rel;

  ---------------------------------------------------------------------------------------------------------------------
  -- 2g. A source that amends / supplements / replaces / repeals / details a document takes its subject: title and
  --     fields come from the target (targets are roots, so their title is final). A Kế hoạch based on a document
  --     implements it; a công văn citing one is about carrying it out.
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_x ON COMMIT DROP AS
  SELECT s.ord,
         CASE r.type_code
           WHEN 'amends'            THEN 'Sửa đổi, bổ sung một số điều của ' || r.ref
           WHEN 'supplements'       THEN 'Bổ sung một số điều của ' || r.ref
           WHEN 'replaces'          THEN t.title
           WHEN 'repeals'           THEN 'Bãi bỏ ' || r.ref
           WHEN 'partially_repeals' THEN 'Bãi bỏ một số điều của ' || r.ref
           WHEN 'details'           THEN CASE WHEN s.type_code = 'THONG_TU' THEN 'Hướng dẫn thi hành một số điều của ' || r.ref
                                              ELSE 'Quy định chi tiết một số điều của ' || r.ref || s.scope END
           WHEN 'based_on'          THEN CASE WHEN s.type_code = 'KE_HOACH' THEN 'Triển khai thực hiện ' || r.ref ELSE s.title END
           ELSE                          CASE WHEN s.type_code = 'CONG_VAN' THEN 'Về việc thực hiện ' || r.ref ELSE s.title END
         END AS title,
         CASE WHEN r.type_code IN ('amends', 'supplements', 'replaces', 'repeals', 'partially_repeals', 'details')
              THEN t.fields ELSE s.fields END AS fields
    FROM seed_rel r
    JOIN seed_n s ON s.ord = r.src_ord
    JOIN seed_n t ON t.ord = r.tgt_ord
   WHERE r.slot = 1;
  CREATE INDEX ON seed_x (ord);
  ANALYZE seed_x;

  ---------------------------------------------------------------------------------------------------------------------
  -- 2h. Legal bases among the real documents (based_on, written as "Căn cứ …"), at most one per generated document
  --     and only where it has no second relation: the ministry's functions decree for BNV Thông tư / Quyết định
  --     (63/2022/NĐ-CP from 2022-10-01, 25/2025/NĐ-CP from its entry into force on 2025-03-01); 126/2024/NĐ-CP for
  --     association documents from its entry into force on 2024-11-26; Law 06/2022/QH15 (normative) or 98/2023/NĐ-CP
  --     (administrative) for emulation documents from 2024-01-01; 30/2020/NĐ-CP for records documents from
  --     2020-04-01; 42/2022/NĐ-CP for online public services from 2022-07-15; Resolution 202/2025/QH15 for
  --     boundary documents from 2025-06-20; otherwise Law 64/2025/QH15 for normative documents from its entry into
  --     force on 2025-04-01 (cited as amended by Law 87/2025/QH15 from 2025-07-01).
  ---------------------------------------------------------------------------------------------------------------------
  CREATE TEMP TABLE seed_real ON COMMIT DROP AS
  SELECT k.k, d.id, k.ref
    FROM (VALUES
      ('25/2025', '25/2025/NĐ-CP', 'CP', 'Nghị định số 25/2025/NĐ-CP ngày 21/02/2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ'),
      ('63/2022', '63/2022/NĐ-CP', 'CP', 'Nghị định số 63/2022/NĐ-CP ngày 12/9/2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ'),
      ('126/2024', '126/2024/NĐ-CP', 'CP', 'Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội'),
      ('06/2022', '06/2022/QH15', 'QH', 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'),
      ('98/2023', '98/2023/NĐ-CP', 'CP', 'Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng'),
      ('30/2020', '30/2020/NĐ-CP', 'CP', 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư'),
      ('42/2022', '42/2022/NĐ-CP', 'CP', 'Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng'),
      ('202/2025', '202/2025/QH15', 'QH', 'Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh'),
      ('64/2025', '64/2025/QH15', 'QH', 'Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15'),
      ('64/2025+87', '64/2025/QH15', 'QH', 'Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15')
    ) AS k(k, num, iss, ref)
    JOIN legaldocs.document d ON d.number = k.num AND d.issuer_code = k.iss AND d.origin = 'handbook';
  ANALYZE seed_real;
  INSERT INTO seed_rel (src_ord, type_code, tgt_ord, tgt_id, slot, ref)
  SELECT b.ord, 'based_on', NULL, rd.id, 4, rd.ref
    FROM (SELECT s.ord,
                 CASE
                   WHEN s.issuer_code = 'BNV' AND s.type_code IN ('THONG_TU', 'QD_CB') AND s.issued >= date '2025-03-01' THEN '25/2025'
                   WHEN s.issuer_code = 'BNV' AND s.type_code IN ('THONG_TU', 'QD_CB') AND s.issued >= date '2022-10-01' THEN '63/2022'
                   WHEN 'HOI_QUY' = ANY (f.f) AND s.issued >= date '2024-11-26' THEN '126/2024'
                   WHEN 'THI_DUA_KHEN_THUONG' = ANY (f.f) AND s.issued >= date '2024-01-01'
                        THEN CASE WHEN s.kind = 'normative' THEN '06/2022' ELSE '98/2023' END
                   WHEN 'VAN_THU_LUU_TRU' = ANY (f.f) AND s.issued >= date '2020-04-01' THEN '30/2020'
                   WHEN f.f @> '{CHUYEN_DOI_SO,CAI_CACH_HC}' AND s.issued >= date '2022-07-15' THEN '42/2022'
                   WHEN 'DIA_GIOI_HC' = ANY (f.f) AND s.issued >= date '2025-06-20' THEN '202/2025'
                   WHEN s.kind = 'normative' AND s.issued >= date '2025-07-01' THEN '64/2025+87'
                   WHEN s.kind = 'normative' AND s.issued >= date '2025-04-01' THEN '64/2025'
                 END AS k
            FROM seed_n s
            LEFT JOIN seed_x x ON x.ord = s.ord
            CROSS JOIN LATERAL (SELECT coalesce(x.fields, s.fields) AS f) f
           WHERE s.issued >= date '2020-04-01') b
    JOIN seed_real rd ON rd.k = b.k
   WHERE NOT EXISTS (SELECT 1 FROM seed_rel r WHERE r.src_ord = b.ord AND r.slot > 1);

  -- 2i. Statuses that follow from the relations: a replaced / repealed document is no longer in force from the day
  --     its successor takes effect (expiry_date, never before its own effective date); a partially repealed one is
  --     partially in force once the repealing document is in force.
  CREATE TEMP TABLE seed_st ON COMMIT DROP AS
  SELECT r.tgt_ord AS ord,
         min(s.eff) FILTER (WHERE r.type_code IN ('replaces', 'repeals')) AS ends,
         coalesce(bool_or(r.type_code = 'partially_repeals' AND s.eff <= c_ref), false) AS partial
    FROM seed_rel r JOIN seed_n s ON s.ord = r.src_ord
   WHERE r.tgt_ord IS NOT NULL AND r.type_code IN ('replaces', 'repeals', 'partially_repeals')
   GROUP BY r.tgt_ord;
  -- "Căn cứ …" lines of each source (real documents first), from its based_on / details relations.
  CREATE TEMP TABLE seed_basis ON COMMIT DROP AS
  SELECT src_ord AS ord, string_agg('Căn cứ ' || ref || ';', E'\n' ORDER BY slot DESC, tgt_ord) AS lines
    FROM seed_rel WHERE type_code IN ('based_on', 'details') GROUP BY src_ord;
  -- Field names for the summaries, per distinct field list.
  CREATE TEMP TABLE seed_fn ON COMMIT DROP AS
  SELECT u.fields, (SELECT string_agg(fm.fname, ', ' ORDER BY fm.ord) FROM seed_fmap fm WHERE fm.code = ANY (u.fields)) AS fnames
    FROM (SELECT fields FROM seed_n UNION SELECT fields FROM seed_x) u;
  ANALYZE seed_st; ANALYZE seed_basis; ANALYZE seed_fn;

  ---------------------------------------------------------------------------------------------------------------------
  -- 2j. The documents. Status: not_in_force once replaced/repealed (2i), else not_yet_in_force when effective after
  --     2026-11-01, else partially_in_force (2i), else in_force. Summary: type, author and fields, ending with
  --     "(Dữ liệu mẫu, sinh tự động)". Full text: a short skeleton in the style of the document's type (legal bases,
  --     proposer, articles / sections), a few hundred characters.
  ---------------------------------------------------------------------------------------------------------------------
  INSERT INTO legaldocs.document (id, number, issuer_code, type_code, title, signer_name, signer_title, issued_date,
                                  effective_date, expiry_date, status_code, fields, summary, full_text, origin)
  SELECT v_base + s.ord, s.number, s.issuer_code, s.type_code, f.title, s.signer_name, s.signer_title, s.issued,
         s.eff, f.expiry,
         CASE WHEN f.expiry IS NOT NULL AND f.expiry <= c_ref THEN 'not_in_force'
              WHEN s.eff > c_ref THEN 'not_yet_in_force'
              WHEN st.partial THEN 'partially_in_force'
              ELSE 'in_force' END,
         f.fields,
         -- summary: kept short (every character of number, title, summary and full text goes through the search
         -- column's vn_fold + to_tsvector, which dominates the load time)
         s.short_name || ' của ' || s.author || ', lĩnh vực ' || fn.fnames || '. (Dữ liệu mẫu, sinh tự động)',
         CASE
           -- decrees, circulars, decisions, resolutions: legal bases, proposer, articles
           WHEN s.kind = 'normative' OR s.type_code IN ('QD_CB', 'NQ_CB') THEN
             CASE s.cls
               WHEN 'BNV' THEN CASE WHEN s.issued < date '2022-10-01'
                                    THEN E'Căn cứ Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ;\n' ELSE '' END
               WHEN 'MIN' THEN 'Căn cứ Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của ' || s.issuer_name || E';\n'
               WHEN 'CP'  THEN E'Căn cứ Luật Tổ chức Chính phủ;\n'
               WHEN 'TTG' THEN E'Căn cứ Luật Tổ chức Chính phủ;\n'
               ELSE CASE WHEN s.issued >= date '2025-07-01' THEN E'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n'
                         ELSE E'Căn cứ Luật Tổ chức chính quyền địa phương;\n' END
             END ||
             coalesce(b.lines || E'\n', '') ||
             CASE s.cls
               WHEN 'BNV'  THEN 'Theo đề nghị của ' || s.bunit_head || ' ' || s.bunit || E'.\n'
               WHEN 'MIN'  THEN E'Theo đề nghị của Vụ trưởng Vụ Pháp chế.\n'
               WHEN 'HDND' THEN 'Xét Tờ trình của Ủy ban nhân dân ' || s.place || E'.\n'
               WHEN 'UBND' THEN E'Theo đề nghị của Giám đốc Sở Nội vụ.\n'
               ELSE E'Theo đề nghị của Bộ trưởng Bộ Nội vụ.\n'
             END ||
             'Điều 1. ' || s.short_name || ' này ' || f.core || E'.\n' ||
             'Điều 2. ' || s.short_name || ' này có hiệu lực ' ||
             CASE WHEN s.kind = 'normative' THEN 'thi hành kể từ ngày ' || to_char(s.eff, 'DD/MM/YYYY') ELSE 'kể từ ngày ký' END || E'.\n' ||
             'Điều 3. ' ||
             CASE s.cls
               WHEN 'BNV'  THEN 'Chánh Văn phòng Bộ, Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành '
               WHEN 'HDND' THEN 'Ủy ban nhân dân ' || s.div_word || ' tổ chức thực hiện '
               WHEN 'UBND' THEN 'Giám đốc các sở, Thủ trưởng các cơ quan có liên quan chịu trách nhiệm thi hành '
               WHEN 'MIN'  THEN 'Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành '
               ELSE 'Các Bộ trưởng, Chủ tịch Ủy ban nhân dân cấp tỉnh chịu trách nhiệm thi hành '
             END || lower(s.short_name) || ' này./.'
           -- directives
           WHEN s.type_code = 'CHI_THI' THEN
             coalesce(replace(b.lines, 'Căn cứ ', 'Thực hiện ') || E'\n', '') ||
             'Nhằm ' || f.subj || ', ' || CASE WHEN s.cls = 'TTG' THEN 'Thủ tướng Chính phủ' ELSE 'Chủ tịch ' || s.issuer_name END ||
             E' yêu cầu:\n1. Thủ trưởng các cơ quan, đơn vị tổ chức thực hiện nghiêm các nhiệm vụ được giao.\n' ||
             E'2. Báo cáo kết quả, khó khăn, vướng mắc định kỳ 6 tháng, hằng năm./.'
           -- plans
           WHEN s.type_code = 'KE_HOACH' THEN
             coalesce(b.lines || E'\n', '') ||
             E'I. MỤC ĐÍCH, YÊU CẦU\nTổ chức thực hiện hiệu quả nội dung: ' || f.subj || E'.\n' ||
             E'II. NỘI DUNG\nRà soát, đánh giá và thực hiện các nhiệm vụ trọng tâm năm ' || s.yr || E'.\n' ||
             E'III. TỔ CHỨC THỰC HIỆN\nCác cơ quan, đơn vị báo cáo kết quả trước ngày 15/12/' || s.yr || './.'
           -- official letters
           WHEN s.type_code = 'CONG_VAN' THEN
             'Kính gửi: ' || CASE WHEN s.cls = 'UBND' THEN 'Các sở, ban, ngành; Ủy ban nhân dân cấp xã'
                                  ELSE 'Các bộ, ngành; Ủy ban nhân dân các tỉnh, thành phố' END || E'.\n' ||
             coalesce(replace(b.lines, 'Căn cứ ', 'Thực hiện ') || E'\n', '') ||
             s.issuer_name || ' đề nghị các cơ quan, đơn vị phối hợp ' || f.subj ||
             '; báo cáo kết quả trước ngày ' || to_char(s.issued + 30, 'DD/MM/YYYY') || './.'
           -- notices, reports, guidance
           ELSE
             coalesce(b.lines || E'\n', '') ||
             s.issuer_name || ' ' ||
             CASE s.type_code WHEN 'THONG_BAO' THEN 'thông báo' WHEN 'BAO_CAO' THEN 'báo cáo' ELSE 'hướng dẫn' END ||
             ': ' || f.subj || E'.\n' ||
             CASE s.type_code
               WHEN 'BAO_CAO' THEN E'I. Kết quả đạt được: các nhiệm vụ cơ bản hoàn thành đúng tiến độ.\nII. Tồn tại, hạn chế: một số nhiệm vụ còn chậm.\nIII. Nhiệm vụ năm ' || (s.yr + 1) || E': tiếp tục thực hiện các nhiệm vụ đã đề ra./.'
               WHEN 'THONG_BAO' THEN E'1. Các cơ quan, đơn vị tiếp tục thực hiện theo kế hoạch.\n2. Giao ' ||
                                     CASE WHEN s.cls = 'BNV' THEN s.bunit ELSE s.punit || ' ' || s.place END || ' theo dõi, đôn đốc./.'
               ELSE E'1. Phạm vi: các cơ quan, tổ chức, đơn vị có liên quan.\n2. Các cơ quan, đơn vị báo cáo kết quả trước ngày 15/12/' || s.yr || './.'
             END
         END,
         'generated'
    FROM seed_n s
    LEFT JOIN seed_x x ON x.ord = s.ord
    LEFT JOIN seed_basis b ON b.ord = s.ord
    LEFT JOIN seed_st st ON st.ord = s.ord
    CROSS JOIN LATERAL (SELECT coalesce(x.title, s.title) AS title, coalesce(x.fields, s.fields) AS fields,
                               CASE WHEN st.ends IS NOT NULL THEN greatest(st.ends, s.eff) END AS expiry) f0
    -- core: the title as a predicate ("Về việc công nhận …" → "công nhận …", "Về X" → "quy định về X") for
    -- "Điều 1. Quyết định này …"; subject: the title without "Về (việc)" for "Nhằm …" / "nội dung: …"
    CROSS JOIN LATERAL (SELECT f0.*,
                               CASE WHEN f0.title LIKE 'Về %' AND f0.title NOT LIKE 'Về việc %' THEN 'quy định về ' || c.subj
                                    ELSE c.subj END AS core,
                               c.subj
                          FROM (SELECT lower(left(c0.t, 1)) || substr(c0.t, 2) AS subj
                                  FROM (SELECT regexp_replace(f0.title, '^(Về việc |Về )', '') AS t) c0) c) f
    JOIN seed_fn fn ON fn.fields = f.fields;

  -- 2k. Relations (generated ids = v_base + ord; real targets carry their own id).
  INSERT INTO legaldocs.relation (source_id, type_code, target_id)
  SELECT v_base + src_ord, type_code, tgt_id FROM seed_rel
  ON CONFLICT DO NOTHING;

  -- 2l. Attachments: a PDF for every generated document and a DOCX for about a third (ord 0 and 1, as the API writes
  --     them). Name from the number (63-2022-ND-CP.pdf), a plausible size, checksum = sha256 of the number in UTF-8
  --     (DOCX: of number || '.docx').
  INSERT INTO legaldocs.attachment (document_id, ord, name, media_type, size, checksum)
  SELECT v_base + s.ord, a.ord, translate(replace(s.number, '/', '-'), 'Đđ', 'Dd') || a.ext, a.media_type,
         CASE a.ord WHEN 0 THEN 60000 + s.h_size % 2400000 ELSE 18000 + (s.h_size / 7) % 380000 END,
         encode(sha256(convert_to(s.number || a.ext2, 'UTF8')), 'hex')
    FROM seed_n s
    JOIN (VALUES (0, '.pdf', '', 'application/pdf'),
                 (1, '.docx', '.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'))
         AS a(ord, ext, ext2, media_type)
      ON a.ord = 0 OR s.h_size % 3 = 0;

  -- Keep the identity in step with the explicit ids (never moving it backwards).
  PERFORM setval(pg_get_serial_sequence('legaldocs.document', 'id'),
                 greatest((SELECT max(id) FROM legaldocs.document),
                          (SELECT last_value FROM legaldocs.document_id_seq)));

  DROP TABLE IF EXISTS pg_temp.seed_prof, pg_temp.seed_slot, pg_temp.seed_min, pg_temp.seed_prov, pg_temp.seed_topic,
    pg_temp.seed_pick, pg_temp.seed_psize, pg_temp.seed_tpl, pg_temp.seed_unit, pg_temp.seed_fmap, pg_temp.seed_g,
    pg_temp.seed_n, pg_temp.seed_cand, pg_temp.seed_rel, pg_temp.seed_x, pg_temp.seed_basis, pg_temp.seed_st,
    pg_temp.seed_real, pg_temp.seed_fn;
  RETURN v_real + v_gen;
END
$seed$;

COMMENT ON FUNCTION legaldocs.seed_demo(int) IS
  'Loads the demo legal documents: the real ones from shared/reference (origin handbook) and deterministic generated '
  'ones (origin generated) until the table holds target_size documents. Returns the number of documents inserted.';
