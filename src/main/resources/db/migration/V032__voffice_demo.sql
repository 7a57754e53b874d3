-- Demo content for VOffice (V031): voffice.seed_demo(fraction numeric DEFAULT 1) RETURNS int, called by the server
-- once, on first start, when voffice.incoming is empty (in the caller's transaction); the server then computes the
-- open statistics (VOfficeStats) of what it made.
--
-- WHAT IS REAL: the scale (moha-platforms.md row 1): in 2022, 42,317 incoming documents, 20,173 of them via the
-- national document exchange axis, and 8,466 outgoing; the document types and abbreviations of Decree 30/2020 and
-- its notation without the year (V031). GENERATED (origin = 'generated'), everything else: every document, its
-- subject, sender, recipients, signer, number as the sender wrote it, its processing, its signatures; the share of
-- each type; the secret, urgent and outgoing-via-axis shares.
--
-- Volume: `fraction` × the 2022 figures per year for 2023, 2024, 2025 and 2026 up to the demo's "today" (2026-11-26,
-- as in V018/V020): 1 → about 195,000 documents; the server passes SEED_SIZE / 5000 (at most 1), so the tests'
-- SEED_SIZE 400 makes about 8 % of it. Documents arrive and leave on working days (Monday to Friday).
-- Determinism: every choice is hashtext() of the row index and a salt; no random(), no now() in any value.
CREATE OR REPLACE FUNCTION voffice.seed_demo(fraction numeric DEFAULT 1) RETURNS int
LANGUAGE plpgsql
SET jit = off
SET client_min_messages = warning
AS $seed$
DECLARE
  c_today   constant date := date '2026-11-26';
  c_tz      constant text := 'Asia/Ho_Chi_Minh';
  v_f       numeric := least(greatest(coalesce(seed_demo.fraction, 0), 0), 1);
  v_in      int;
  v_out     int;
  fam constant text[] := ARRAY['Nguyễn','Nguyễn','Nguyễn','Trần','Trần','Lê','Lê','Phạm','Hoàng','Phan','Vũ','Võ',
    'Đặng','Bùi','Đỗ','Hồ','Ngô','Dương'];
  mid constant text[] := ARRAY['Văn','Thị','Hữu','Đức','Minh','Thanh','Ngọc','Quốc','Thu','Hồng'];
  giv constant text[] := ARRAY['Hùng','Dũng','Tuấn','Hải','Nam','Bình','Sơn','Lan','Hương','Mai','Hà','Thảo',
    'Trang','Linh','Long','Quân','Cường','Hòa','Trung','Thành','Phong','Khánh'];
  topics constant text[] := ARRAY['tuyển dụng công chức năm {y}', 'sắp xếp đơn vị hành chính cấp xã',
    'đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm {y}', 'triển khai Chỉ số cải cách hành chính',
    'tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm {y}', 'cử cán bộ tham dự lớp bồi dưỡng',
    'góp ý dự thảo Nghị định về chế độ tiền lương', 'công tác văn thư, lưu trữ năm {y}',
    'thẩm định đề án vị trí việc làm', 'quản lý hội, quỹ có phạm vi hoạt động cả nước',
    'báo cáo tình hình thực hiện chính sách tinh giản biên chế', 'phân bổ chỉ tiêu biên chế năm {y}',
    'công tác thanh niên năm {y}', 'hướng dẫn thực hiện chế độ báo cáo thống kê ngành Nội vụ',
    'xét tặng danh hiệu thi đua năm {y}', 'triển khai Nền tảng lưu trữ số quốc gia',
    'kiểm tra công tác cải cách hành chính năm {y}', 'chuyển đổi số trong cơ quan hành chính nhà nước',
    'bổ nhiệm lại công chức lãnh đạo', 'nâng bậc lương thường xuyên, trước thời hạn năm {y}',
    'tổ chức thi nâng ngạch công chức năm {y}', 'thành lập tổ công tác liên ngành',
    'kế hoạch kiểm tra hoạt động tín ngưỡng, tôn giáo', 'cung cấp thông tin phục vụ xây dựng cơ sở dữ liệu'];
  senders constant text[] := ARRAY['Văn phòng Chính phủ|VPCP', 'Bộ Tài chính|BTC', 'Bộ Tư pháp|BTP',
    'Bộ Giáo dục và Đào tạo|BGDĐT', 'Bộ Y tế|BYT', 'Bộ Công an|BCA', 'Bộ Quốc phòng|BQP',
    'Bộ Khoa học và Công nghệ|BKHCN', 'Thanh tra Chính phủ|TTCP', 'Ủy ban nhân dân thành phố Hà Nội|UBND',
    'Ủy ban nhân dân Thành phố Hồ Chí Minh|UBND', 'Ủy ban nhân dân thành phố Đà Nẵng|UBND',
    'Ủy ban nhân dân thành phố Hải Phòng|UBND', 'Ủy ban nhân dân thành phố Cần Thơ|UBND',
    'Ủy ban nhân dân tỉnh Nghệ An|UBND', 'Ủy ban nhân dân tỉnh Thanh Hóa|UBND', 'Sở Nội vụ thành phố Hà Nội|SNV',
    'Sở Nội vụ tỉnh Quảng Ninh|SNV', 'Tỉnh ủy Bắc Ninh|TU', 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh|TWĐTN'];
  positions constant text[] := ARRAY['Bộ trưởng', 'Thứ trưởng', 'Thứ trưởng', 'Thứ trưởng',
    'Chánh Văn phòng Bộ', 'Phó Chánh Văn phòng Bộ', 'Vụ trưởng'];
  units constant text[] := ARRAY['VAN_PHONG', 'VAN_PHONG', 'VU_CCVC', 'VU_CCVC', 'VU_CCHC', 'VU_PHAP_CHE',
    'VU_TCPCP', 'CUC_VTLTNN', 'BAN_TDKT', 'TT_CNTT', 'VU_CTTN'];
BEGIN
  IF v_f = 0 THEN
    RETURN 0;
  END IF;

  -- Working days of the demo years, numbered within each year; how many documents each year gets.
  CREATE TEMP TABLE seed_day ON COMMIT DROP AS
  SELECT d::date AS day, extract(year FROM d)::int AS y,
         row_number() OVER (PARTITION BY extract(year FROM d) ORDER BY d)::int AS n
    FROM generate_series(date '2023-01-02', c_today, interval '1 day') AS d
   WHERE extract(isodow FROM d) < 6;
  CREATE TEMP TABLE seed_year ON COMMIT DROP AS
  SELECT y, count(*)::int AS days,
         round(42317 * v_f * count(*) / 260.0)::int AS n_in, round(8466 * v_f * count(*) / 260.0)::int AS n_out
    FROM seed_day GROUP BY y;

  -- Type shares (per mille, cumulative): generated, công văn and invitations ahead.
  CREATE TEMP TABLE seed_type ON COMMIT DROP AS
  SELECT dir, code, sum(w) OVER (PARTITION BY dir ORDER BY ord) - w AS lo, sum(w) OVER (PARTITION BY dir ORDER BY ord) AS hi
    FROM (VALUES
      ('in', 1, 'CONG_VAN', 560), ('in', 2, 'GIAY_MOI', 120), ('in', 3, 'QD_CB', 80), ('in', 4, 'BAO_CAO', 60),
      ('in', 5, 'THONG_BAO', 45), ('in', 6, 'KE_HOACH', 40), ('in', 7, 'TO_TRINH', 25), ('in', 8, 'HUONG_DAN', 20),
      ('in', 9, 'CONG_DIEN', 12), ('in', 10, 'CHI_THI', 8), ('in', 11, 'NQ_CB', 8), ('in', 12, 'CHUONG_TRINH', 6),
      ('in', 13, 'QUY_CHE', 4), ('in', 14, 'BIEN_BAN', 4), ('in', 15, 'DE_AN', 2),
      ('out', 1, 'CONG_VAN', 540), ('out', 2, 'QD_CB', 200), ('out', 3, 'KE_HOACH', 50), ('out', 4, 'BAO_CAO', 50),
      ('out', 5, 'THONG_BAO', 45), ('out', 6, 'GIAY_MOI', 40), ('out', 7, 'TO_TRINH', 35), ('out', 8, 'HUONG_DAN', 15),
      ('out', 9, 'GIAY_GIOI_THIEU', 10), ('out', 10, 'QUY_CHE', 5), ('out', 11, 'CHUONG_TRINH', 4),
      ('out', 12, 'CONG_DIEN', 3), ('out', 13, 'BIEN_BAN', 2), ('out', 14, 'DE_AN', 1)) AS t(dir, ord, code, w);

  -- Incoming documents, in order of arrival (the trigger numbers them per register and year).
  INSERT INTO voffice.incoming (registry, arrival_date, received_at, sender_organ, via_axis, type_code, code_number,
                                code_notation, issued_date, subject, urgency, secrecy, due_date, page_amount,
                                status_code, lead_unit, coordinating_units, handler, deadline, origin, modified_at)
  SELECT CASE WHEN x.sec <> 'none' THEN 'MAT' ELSE 'CHUNG' END, x.day,
         (x.day + time '08:00' + (x.h1 % 480) * interval '1 minute') AT TIME ZONE c_tz,
         split_part(x.sender, '|', 1), x.h2 % 1000 < 477 AND x.sec = 'none', x.type_code, (1 + x.h3 % 4000)::text,
         CASE WHEN t.abbreviation IS NULL THEN split_part(x.sender, '|', 2) || '-' || (ARRAY['VP', 'TCCB', 'KH'])[1 + x.h4 % 3]
              ELSE t.abbreviation || '-' || split_part(x.sender, '|', 2) END,
         x.day - (x.h4 % 4), initcap(left(t.name_vi, 1)) || substr(t.name_vi, 2) || ' về việc '
           || replace(topics[1 + x.h5 % cardinality(topics)], '{y}', x.y::text),
         CASE WHEN x.h6 % 100 < 85 THEN 'normal' WHEN x.h6 % 100 < 95 THEN 'khan'
              WHEN x.h6 % 100 < 99 THEN 'thuong_khan' ELSE 'hoa_toc' END,
         x.sec, CASE WHEN x.h6 % 10 = 3 THEN x.day + 5 + x.h7 % 16 END, 1 + x.h7 % 12,
         x.status, CASE WHEN x.status NOT IN ('registered', 'filed') THEN x.lead END,
         CASE WHEN x.status NOT IN ('registered', 'filed') AND x.h8 % 4 = 0
              THEN array_remove(ARRAY[(ARRAY['VU_PHAP_CHE', 'VU_CCHC', 'TT_CNTT'])[1 + x.h8 % 3]], x.lead)
              ELSE '{}'::text[] END,
         CASE WHEN x.status IN ('in_progress', 'completed') THEN 'demo-officer-' || lower(x.lead) || '-' || (1 + x.h8 % 3) END,
         CASE WHEN x.status NOT IN ('registered', 'filed') THEN x.day + 7 + x.h8 % 9 END,
         'generated', (x.day + time '17:00') AT TIME ZONE c_tz
    FROM (
      SELECT s.*, c_today - s.day AS age,
             CASE WHEN s.h9 % 100 < 25 THEN CASE WHEN c_today - s.day = 0 THEN 'registered' ELSE 'filed' END
                  WHEN c_today - s.day <= 2 THEN 'assigned'
                  WHEN c_today - s.day <= 12 AND s.h9 % 3 = 0 THEN 'in_progress'
                  ELSE 'completed' END AS status,
             CASE WHEN s.h0 % 1000 < 3 THEN 'toi_mat' WHEN s.h0 % 1000 < 18 THEN 'mat' ELSE 'none' END AS sec
        FROM (
          SELECT g.y, g.i, d.day, senders[1 + (hashtext(g.y || ':' || g.i || ':o') & 2147483647) % cardinality(senders)] AS sender,
                 units[1 + (hashtext(g.y || ':' || g.i || ':u') & 2147483647) % cardinality(units)] AS lead,
                 (SELECT st.code FROM seed_type st WHERE st.dir = 'in'
                     AND (hashtext(g.y || ':' || g.i || ':t') & 2147483647) % 990 >= st.lo
                     AND (hashtext(g.y || ':' || g.i || ':t') & 2147483647) % 990 < st.hi) AS type_code,
                 hashtext(g.y || ':' || g.i || ':0') & 2147483647 AS h0, hashtext(g.y || ':' || g.i || ':1') & 2147483647 AS h1,
                 hashtext(g.y || ':' || g.i || ':2') & 2147483647 AS h2, hashtext(g.y || ':' || g.i || ':3') & 2147483647 AS h3,
                 hashtext(g.y || ':' || g.i || ':4') & 2147483647 AS h4, hashtext(g.y || ':' || g.i || ':5') & 2147483647 AS h5,
                 hashtext(g.y || ':' || g.i || ':6') & 2147483647 AS h6, hashtext(g.y || ':' || g.i || ':7') & 2147483647 AS h7,
                 hashtext(g.y || ':' || g.i || ':8') & 2147483647 AS h8, hashtext(g.y || ':' || g.i || ':9') & 2147483647 AS h9
            FROM (SELECT sy.y, sy.days, i FROM seed_year sy, generate_series(1, sy.n_in) AS i) g
            JOIN seed_day d ON d.y = g.y AND d.n = 1 + (hashtext(g.y || ':' || g.i || ':d') & 2147483647) % g.days
        ) s
    ) x
    JOIN voffice.doc_type t ON t.code = x.type_code
   ORDER BY x.day, x.h1, x.i;
  GET DIAGNOSTICS v_in = ROW_COUNT;

  -- Their steps: filed by the office, or assigned, accepted and completed (voffice.transition_rule).
  INSERT INTO voffice.transition (incoming_id, at, actor, actor_unit, action, from_status, to_status, unit, comment)
  SELECT i.id, s.at, s.actor, s.actor_unit, s.action, s.from_status, s.to_status, s.unit, NULL
    FROM voffice.incoming i
    CROSS JOIN LATERAL (VALUES
      (1, 'file', 'registered', 'filed', 'demo-officer-van_phong-1', 'VAN_PHONG', NULL::text, 1),
      (2, 'assign', 'registered', 'assigned', 'demo-officer-van_phong-1', 'VAN_PHONG', i.lead_unit, 0),
      (3, 'accept', 'assigned', 'in_progress', 'demo-officer-' || lower(coalesce(i.lead_unit, '')) || '-1',
       i.lead_unit, NULL, 1),
      (4, 'complete', 'in_progress', 'completed', i.handler, i.lead_unit, NULL, 5))
      AS v(ord, action, from_status, to_status, actor, actor_unit, unit, days)
    CROSS JOIN LATERAL (SELECT v.action, v.from_status, v.to_status, v.actor, v.actor_unit, v.unit,
                               (least(i.arrival_date + v.days, c_today) + time '10:00' + v.ord * interval '1 hour')
                                 AT TIME ZONE c_tz AS at) s
   WHERE (i.status_code = 'filed' AND v.ord = 1)
      OR (i.status_code IN ('assigned', 'in_progress', 'completed') AND v.ord = 2)
      OR (i.status_code IN ('in_progress', 'completed') AND v.ord = 3)
      OR (i.status_code = 'completed' AND v.ord = 4);

  -- Outgoing documents, in order of issue (the trigger numbers them per type and year and writes the notation).
  INSERT INTO voffice.outgoing (type_code, drafting_unit, issued_date, issued_at, subject, signer_position,
                                signer_name, recipients, issued_amount, page_amount, urgency, secrecy, due_date,
                                via_axis, origin, modified_at)
  SELECT x.type_code, x.unit, x.day, (x.day + time '14:00' + (x.h1 % 180) * interval '1 minute') AT TIME ZONE c_tz,
         initcap(left(t.name_vi, 1)) || substr(t.name_vi, 2) || ' về việc '
           || replace(topics[1 + x.h5 % cardinality(topics)], '{y}', x.y::text),
         positions[1 + x.h2 % cardinality(positions)],
         fam[1 + x.h3 % cardinality(fam)] || ' ' || mid[1 + x.h4 % cardinality(mid)] || ' '
           || giv[1 + x.h6 % cardinality(giv)],
         ARRAY(SELECT split_part(senders[1 + (x.h7 + k * 7) % cardinality(senders)], '|', 1)
                 FROM generate_series(0, x.h8 % 3) AS k),
         2 + x.h8 % 40, 1 + x.h2 % 15,
         CASE WHEN x.h6 % 100 < 88 THEN 'normal' WHEN x.h6 % 100 < 97 THEN 'khan' ELSE 'thuong_khan' END,
         CASE WHEN x.h0 % 1000 < 10 THEN 'mat' ELSE 'none' END,
         CASE WHEN x.h6 % 8 = 1 THEN x.day + 7 + x.h7 % 14 END,
         x.h0 % 1000 >= 10 AND x.h9 % 100 < 55, 'generated', (x.day + time '17:00') AT TIME ZONE c_tz
    FROM (
      SELECT g.y, g.i, d.day, units[1 + (hashtext(g.y || ':' || g.i || ':ou') & 2147483647) % cardinality(units)] AS unit,
             (SELECT st.code FROM seed_type st WHERE st.dir = 'out'
                 AND (hashtext(g.y || ':' || g.i || ':ot') & 2147483647) % 1000 >= st.lo
                 AND (hashtext(g.y || ':' || g.i || ':ot') & 2147483647) % 1000 < st.hi) AS type_code,
             hashtext(g.y || ':' || g.i || ':o0') & 2147483647 AS h0, hashtext(g.y || ':' || g.i || ':o1') & 2147483647 AS h1,
             hashtext(g.y || ':' || g.i || ':o2') & 2147483647 AS h2, hashtext(g.y || ':' || g.i || ':o3') & 2147483647 AS h3,
             hashtext(g.y || ':' || g.i || ':o4') & 2147483647 AS h4, hashtext(g.y || ':' || g.i || ':o5') & 2147483647 AS h5,
             hashtext(g.y || ':' || g.i || ':o6') & 2147483647 AS h6, hashtext(g.y || ':' || g.i || ':o7') & 2147483647 AS h7,
             hashtext(g.y || ':' || g.i || ':o8') & 2147483647 AS h8, hashtext(g.y || ':' || g.i || ':o9') & 2147483647 AS h9
        FROM (SELECT sy.y, sy.days, i FROM seed_year sy, generate_series(1, sy.n_out) AS i) g
        JOIN seed_day d ON d.y = g.y AND d.n = 1 + (hashtext(g.y || ':' || g.i || ':od') & 2147483647) % g.days
    ) x
    JOIN voffice.doc_type t ON t.code = x.type_code
   ORDER BY x.day, x.h1, x.i;
  GET DIAGNOSTICS v_out = ROW_COUNT;

  -- Signatures as recorded: on every non-secret outgoing document its signer's and the ministry's (Decree 30
  -- Art. 17); on incoming documents via the axis the sender's, as the receiving system checked it (1 in 200 invalid).
  INSERT INTO voffice.signature (outgoing_id, signer_kind, signer, certificate_serial, certificate_issuer, signed_at,
                                 valid, recorded_at, recorded_by)
  SELECT o.id, k.kind, CASE k.kind WHEN 'person' THEN o.signer_name ELSE 'Bộ Nội vụ' END,
         upper(substr(md5('out:' || o.id || ':' || k.kind), 1, 32)), 'Ban Cơ yếu Chính phủ (minh họa)',
         o.issued_at - CASE k.kind WHEN 'person' THEN interval '20 minutes' ELSE interval '5 minutes' END, true,
         o.issued_at, 'demo-officer-van_phong-1'
    FROM voffice.outgoing o CROSS JOIN (VALUES ('person'), ('agency')) AS k(kind)
   WHERE o.secrecy = 'none' AND o.origin = 'generated';
  INSERT INTO voffice.signature (incoming_id, signer_kind, signer, certificate_serial, certificate_issuer, signed_at,
                                 valid, recorded_at, recorded_by)
  SELECT i.id, 'agency', i.sender_organ, upper(substr(md5('in:' || i.id), 1, 32)), 'Ban Cơ yếu Chính phủ (minh họa)',
         i.received_at - interval '2 hours', i.id % 200 <> 7, i.received_at, 'demo-officer-van_phong-1'
    FROM voffice.incoming i
   WHERE i.via_axis AND i.origin = 'generated';

  RETURN v_in + v_out;
END
$seed$;
