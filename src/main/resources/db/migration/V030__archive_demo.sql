-- Demo content of the national digital archive platform (V029). Deterministic: every choice is hashtext() of a row
-- index and a salt; no random(), no now() in any value. The demo's "today" is 2026-11-27 as in V008, V018, V020.
--
-- WHAT IS REAL: the names of the agencies (ministries, the Government agencies, provincial People's Committees and
-- departments, the units of the Ministry of Home Affairs) and that the Government Organisation and Personnel Board
-- (Ban Tổ chức – Cán bộ Chính phủ) preceded the Ministry of Home Affairs until 2002. GENERATED (origin 'generated'):
-- every fonds code, agency identifier (OrganId), file, title, date, retention period, access level, document,
-- compiler's name and every sharing request — they describe no real record.

INSERT INTO archive.agency (code, name_vi, name_en, type_code, origin) VALUES
  ('BO_TAI_CHINH', 'Bộ Tài chính', 'Ministry of Finance', 'ministry', 'generated'),
  ('BO_TU_PHAP', 'Bộ Tư pháp', 'Ministry of Justice', 'ministry', 'generated'),
  ('BO_GDDT', 'Bộ Giáo dục và Đào tạo', 'Ministry of Education and Training', 'ministry', 'generated'),
  ('BO_Y_TE', 'Bộ Y tế', 'Ministry of Health', 'ministry', 'generated'),
  ('BO_XAY_DUNG', 'Bộ Xây dựng', 'Ministry of Construction', 'ministry', 'generated'),
  ('THANH_TRA_CP', 'Thanh tra Chính phủ', 'Government Inspectorate', 'ministry', 'generated'),
  ('VP_CHINH_PHU', 'Văn phòng Chính phủ', 'Government Office', 'ministry', 'generated'),
  ('TTXVN', 'Thông tấn xã Việt Nam', 'Vietnam News Agency', 'government_agency', 'generated'),
  ('HVHCQG', 'Học viện Hành chính và Quản trị công', 'Academy of Public Administration and Governance',
   'government_agency', 'generated'),
  ('UBND_HA_NOI', 'Ủy ban nhân dân thành phố Hà Nội', 'Hà Nội People''s Committee', 'province', 'generated'),
  ('UBND_HCM', 'Ủy ban nhân dân Thành phố Hồ Chí Minh', 'Hồ Chí Minh City People''s Committee', 'province',
   'generated'),
  ('UBND_DA_NANG', 'Ủy ban nhân dân thành phố Đà Nẵng', 'Đà Nẵng People''s Committee', 'province', 'generated'),
  ('UBND_NGHE_AN', 'Ủy ban nhân dân tỉnh Nghệ An', 'Nghệ An People''s Committee', 'province', 'generated'),
  ('SNV_HA_NOI', 'Sở Nội vụ thành phố Hà Nội', 'Hà Nội Department of Home Affairs', 'provincial_department',
   'generated'),
  ('SNV_HCM', 'Sở Nội vụ Thành phố Hồ Chí Minh', 'Hồ Chí Minh City Department of Home Affairs',
   'provincial_department', 'generated'),
  ('SNV_CAN_THO', 'Sở Nội vụ thành phố Cần Thơ', 'Cần Thơ Department of Home Affairs', 'provincial_department',
   'generated'),
  ('VU_CCVC', 'Vụ Công chức – Viên chức', 'Civil Servants and Public Employees Department', 'moha_unit', 'generated'),
  ('VU_PHAP_CHE', 'Vụ Pháp chế', 'Legal Department', 'moha_unit', 'generated'),
  ('VAN_PHONG', 'Văn phòng Bộ', 'Ministry Office', 'moha_unit', 'generated');

INSERT INTO archive.fonds (code, name, creator_name, creator_organ_id, history, start_year, end_year, status, extent,
                           note, origin, modified_at) VALUES
  ('P-BNV', 'Phông Bộ Nội vụ', 'Bộ Nội vụ', '000.00.00.G09',
   'Bộ Nội vụ được tổ chức lại từ Ban Tổ chức – Cán bộ Chính phủ năm 2002; hợp nhất với Bộ Lao động – Thương binh và '
   || 'Xã hội năm 2025.', 2002, NULL, 'open', '412 mét giá (minh họa)', 'Dữ liệu minh họa', 'generated',
   '2026-11-20 09:00+07'),
  ('P-BTCCBCP', 'Phông Ban Tổ chức – Cán bộ Chính phủ', 'Ban Tổ chức – Cán bộ Chính phủ', '000.00.00.G90',
   'Cơ quan tiền thân của Bộ Nội vụ đến năm 2002.', 1994, 2002, 'closed', '96 mét giá (minh họa)', 'Dữ liệu minh họa',
   'generated', '2026-10-02 09:00+07'),
  ('P-BTDKTTW', 'Phông Ban Thi đua – Khen thưởng Trung ương', 'Ban Thi đua – Khen thưởng Trung ương', '000.00.00.G91',
   NULL, 2005, NULL, 'open', '188 mét giá (minh họa)', 'Dữ liệu minh họa', 'generated', '2026-11-12 09:00+07'),
  ('P-BTGCP', 'Phông Ban Tôn giáo Chính phủ', 'Ban Tôn giáo Chính phủ', '000.00.00.G92', NULL, 2008, NULL, 'open',
   '74 mét giá (minh họa)', 'Dữ liệu minh họa', 'generated', '2026-09-30 09:00+07'),
  ('P-CVTLTNN', 'Phông Cục Văn thư và Lưu trữ nhà nước', 'Cục Văn thư và Lưu trữ nhà nước', '000.00.00.G93', NULL,
   2005, NULL, 'open', '131 mét giá (minh họa)', 'Dữ liệu minh họa', 'generated', '2026-11-25 09:00+07'),
  ('P-HVHCQG', 'Phông Học viện Hành chính Quốc gia', 'Học viện Hành chính Quốc gia', '000.00.00.G94', NULL, 2008,
   2025, 'closed', '57 mét giá (minh họa)', 'Dữ liệu minh họa', 'generated', '2026-08-14 09:00+07');

-- Files: 40-70 a fonds, one catalogue year within the fonds' years; titles from templates; 74 % public, 20 %
-- restricted, 6 % secret; retention permanent for 40 %, else 70, 50, 20, 10 or 5 years.
CREATE TEMP TABLE seed_topic (n int, topic text) ON COMMIT DROP;
INSERT INTO seed_topic SELECT o::int - 1, t FROM unnest(ARRAY[
  'cải cách hành chính', 'công tác văn thư, lưu trữ', 'thi đua, khen thưởng', 'tổ chức bộ máy',
  'biên chế công chức', 'chính quyền địa phương', 'công tác tôn giáo', 'quản lý hội, quỹ',
  'đào tạo, bồi dưỡng cán bộ', 'chế độ tiền lương', 'tuyển dụng viên chức', 'chuyển đổi số',
  'sắp xếp đơn vị hành chính', 'công tác thanh niên', 'phòng, chống tham nhũng']) WITH ORDINALITY AS u (t, o);
CREATE TEMP TABLE seed_title (n int, pattern text) ON COMMIT DROP;
INSERT INTO seed_title SELECT o::int - 1, t FROM unnest(ARRAY[
  'Hồ sơ xây dựng đề án về %s năm %s',
  'Hồ sơ hội nghị tổng kết công tác %s năm %s',
  'Tập lưu quyết định về %s năm %s',
  'Hồ sơ kiểm tra, hướng dẫn công tác %s năm %s',
  'Báo cáo thống kê về %s năm %s',
  'Hồ sơ hội thảo khoa học về %s năm %s',
  'Tập công văn trao đổi về %s năm %s',
  'Hồ sơ xây dựng kế hoạch %s năm %s']) WITH ORDINALITY AS u (t, o);
CREATE TEMP TABLE seed_name (n int, name text) ON COMMIT DROP;
INSERT INTO seed_name SELECT o::int - 1, t FROM unnest(ARRAY[
  'Nguyễn Thị Lan', 'Trần Văn Hùng', 'Lê Thu Hà', 'Phạm Minh Tuấn', 'Hoàng Thị Mai', 'Vũ Đức Anh']) WITH ORDINALITY
  AS u (t, o);

CREATE TEMP TABLE seed_file ON COMMIT DROP AS
SELECT d.id AS fonds_id, d.code AS fonds_code, d.creator_organ_id, d.creator_name, d.start_year,
       coalesce(d.end_year, 2026) AS end_year, g.i, d.code || ':' || g.i AS seed
  FROM archive.fonds d
  CROSS JOIN LATERAL generate_series(1, 40 + abs(hashtext(d.code)) % 31) AS g (i);

INSERT INTO archive.file (fonds_id, organ_id, catalog_year, notation, title, retention_years, access_level, creator,
                          language, start_date, end_date, doc_total, page_total, description, origin, modified_at)
SELECT s.fonds_id, s.creator_organ_id, y.year,
       lpad(s.i::text, 2, '0') || '.' || (ARRAY['VP', 'TCCB', 'PC', 'TH', 'KH'])[1 + abs(hashtext(s.seed || 'u')) % 5],
       format(t.pattern, p.topic, y.year),
       (ARRAY[NULL, NULL, NULL, NULL, 70, 50, 20, 20, 10, 5])[1 + abs(hashtext(s.seed || 'r')) % 10],
       CASE WHEN abs(hashtext(s.seed || 'a')) % 50 < 37 THEN 'public'
            WHEN abs(hashtext(s.seed || 'a')) % 50 < 47 THEN 'restricted' ELSE 'secret' END,
       n.name, 'vi',
       make_date(y.year, 1 + abs(hashtext(s.seed || 'm')) % 6, 1 + abs(hashtext(s.seed || 'd')) % 28),
       make_date(y.year, 7 + abs(hashtext(s.seed || 'm')) % 6, 1 + abs(hashtext(s.seed || 'e')) % 28),
       0, 0,
       CASE WHEN abs(hashtext(s.seed || 'n')) % 3 = 0 THEN 'Hồ sơ minh họa, được sinh tự động' END,
       'generated', make_date(2026, 1 + abs(hashtext(s.seed || 't')) % 10, 1 + abs(hashtext(s.seed || 'x')) % 28)
  FROM seed_file s
  CROSS JOIN LATERAL (SELECT s.start_year + abs(hashtext(s.seed || 'y')) % (s.end_year - s.start_year + 1) AS year) y
  JOIN seed_title t ON t.n = abs(hashtext(s.seed || 'p')) % 8
  JOIN seed_topic p ON p.n = abs(hashtext(s.seed || 'o')) % 15
  JOIN seed_name n ON n.n = abs(hashtext(s.seed || 'c')) % 6;

-- Documents: 2-8 a file, dated within the file's dates; 6 % of the documents of a public file are restricted.
INSERT INTO archive.document (file_id, ordinal, type_code, number, notation, issued_date, issuer, subject,
                              page_amount, access_level)
SELECT f.id, g.k, t.code, (1 + abs(hashtext(f.code || g.k || 'no')) % 2400)::text,
       CASE WHEN t.abbreviation IS NULL THEN regexp_replace(d.code, '^P-', '') || '-VP'
            ELSE t.abbreviation || '-' || regexp_replace(d.code, '^P-', '') END,
       f.start_date + (abs(hashtext(f.code || g.k || 'dt')) % (f.end_date - f.start_date + 1)),
       d.creator_name,
       t.name_vi || ' (văn bản minh họa số ' || g.k || ') thuộc ' || lower(left(f.title, 1)) || substr(f.title, 2),
       1 + abs(hashtext(f.code || g.k || 'pg')) % 24,
       CASE WHEN f.access_level = 'public' AND abs(hashtext(f.code || g.k || 'ac')) % 50 < 3 THEN 'restricted'
            ELSE f.access_level END
  FROM archive.file f
  JOIN archive.fonds d ON d.id = f.fonds_id
  CROSS JOIN LATERAL generate_series(1, 2 + abs(hashtext(f.code || 'docs')) % 7) AS g (k)
  JOIN archive.doc_type t ON t.sort = 1 + abs(hashtext(f.code || g.k || 'ty')) % 18;

UPDATE archive.file f SET doc_total = x.n, page_total = x.pages
  FROM (SELECT file_id, count(*) AS n, sum(page_amount) AS pages FROM archive.document GROUP BY file_id) x
 WHERE x.file_id = f.id;

-- Sharing requests: 160 from 2024-01-02 on, weighted to recent months; 1-3 files each (mostly restricted ones).
-- The newest are still submitted or in review; of the answered, 80 % approved (half of them with conditions),
-- 20 % refused; 5 % withdrawn; approved ones delivered 1-6 days later unless that falls after "today".
CREATE TEMP TABLE seed_agency ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY code) - 1 AS n, code FROM archive.agency;

CREATE TEMP TABLE seed_request ON COMMIT DROP AS
SELECT g.i, 'r' || g.i AS seed,
       ('2024-01-02 08:00+07'::timestamptz + ((sqrt((g.i - 1) / 160.0) * 1050)::int || ' days')::interval
         + ((abs(hashtext('r' || g.i || 'h')) % 9) || ' hours')::interval) AS submitted_at,
       a.code AS agency,
       abs(hashtext('r' || g.i || 'o')) % 100 AS roll,
       1 + abs(hashtext('r' || g.i || 'k')) % 14 AS days
  FROM generate_series(1, 160) AS g (i)
  JOIN seed_agency a ON a.n = abs(hashtext('r' || g.i || 'a')) % (SELECT count(*) FROM seed_agency);

CREATE TEMP TABLE seed_outcome ON COMMIT DROP AS
SELECT r.*,
       CASE WHEN r.submitted_at + (r.days || ' days')::interval > '2026-11-27 00:00+07' THEN
              CASE WHEN r.roll % 2 = 0 THEN 'submitted' ELSE 'in_review' END
            WHEN r.roll < 5 THEN 'withdrawn'
            WHEN r.roll < 24 THEN 'refused'
            WHEN r.submitted_at + ((r.days + 6) || ' days')::interval > '2026-11-27 00:00+07' THEN 'approved'
            ELSE 'delivered' END AS status
  FROM seed_request r;

INSERT INTO archive.sharing_request (id, code, agency, purpose, form, status_code, conditions, refuse_reason,
                                     requested_by, submitted_at, decided_at, delivered_at, origin, version,
                                     modified_at)
SELECT nextval('archive.sharing_request_id_seq'),
       'YC-' || extract(year FROM o.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh') || '-' || lpad(o.i::text, 5, '0'),
       o.agency,
       (ARRAY['Phục vụ công tác nghiên cứu, xây dựng văn bản quy phạm pháp luật',
              'Phục vụ công tác thanh tra, kiểm tra theo kế hoạch',
              'Xác minh thông tin phục vụ giải quyết công việc của cơ quan',
              'Phục vụ biên soạn lịch sử ngành',
              'Phục vụ tổng kết thi hành luật'])[1 + abs(hashtext(o.seed || 'pu')) % 5],
       (ARRAY['copy', 'certified_copy', 'read_on_site'])[1 + abs(hashtext(o.seed || 'fo')) % 3],
       o.status,
       CASE WHEN o.status IN ('approved', 'delivered') AND o.roll % 2 = 0
            THEN 'Chỉ sử dụng cho mục đích đã nêu; không sao chép, công bố cho bên thứ ba' END,
       CASE WHEN o.status = 'refused' THEN 'Hồ sơ đang được chỉnh lý, chưa thể cung cấp' END,
       'demo-officer-' || lower(o.agency), o.submitted_at,
       CASE WHEN o.status IN ('approved', 'refused', 'delivered') THEN o.submitted_at + (o.days || ' days')::interval
       END,
       CASE WHEN o.status = 'delivered' THEN o.submitted_at + ((o.days + 1 + o.roll % 5) || ' days')::interval END,
       'generated',
       CASE o.status WHEN 'submitted' THEN 1 WHEN 'in_review' THEN 2 WHEN 'withdrawn' THEN 2 WHEN 'refused' THEN 2
                     WHEN 'approved' THEN 3 ELSE 4 END,
       o.submitted_at + ((o.days + 1 + o.roll % 5) || ' days')::interval
  FROM seed_outcome o ORDER BY o.i;

INSERT INTO archive.request_file (request_id, ord, file_id)
SELECT r.id, g.k, f.id
  FROM archive.sharing_request r
  CROSS JOIN LATERAL generate_series(1, 1 + abs(hashtext(r.code || 'nf')) % 3) AS g (k)
  CROSS JOIN LATERAL (SELECT f.id FROM archive.file f WHERE f.access_level <> 'secret'
                       ORDER BY (f.access_level = 'public'), hashtext(r.code || g.k || f.code) LIMIT 1) f
ON CONFLICT DO NOTHING;

-- The steps, as the rules allow them.
INSERT INTO archive.request_transition (request_id, at, actor, actor_unit, action, from_status, to_status, comment)
SELECT r.id, r.submitted_at, r.requested_by, r.agency, 'submit', NULL, 'submitted', NULL
  FROM archive.sharing_request r
UNION ALL
SELECT r.id, r.submitted_at + interval '1 day', 'demo-officer-cuc_vtltnn', 'CUC_VTLTNN', 'review', 'submitted',
       'in_review', NULL
  FROM archive.sharing_request r WHERE r.status_code IN ('in_review', 'approved', 'refused', 'delivered')
UNION ALL
SELECT r.id, r.submitted_at + interval '1 day', r.requested_by, r.agency, 'withdraw', 'submitted', 'withdrawn', NULL
  FROM archive.sharing_request r WHERE r.status_code = 'withdrawn'
UNION ALL
SELECT r.id, r.decided_at, 'demo-officer-cuc_vtltnn', 'CUC_VTLTNN',
       CASE WHEN r.status_code = 'refused' THEN 'refuse' ELSE 'approve' END, 'in_review',
       CASE WHEN r.status_code = 'refused' THEN 'refused' ELSE 'approved' END,
       CASE WHEN r.status_code = 'refused' THEN r.refuse_reason ELSE r.conditions END
  FROM archive.sharing_request r WHERE r.decided_at IS NOT NULL
UNION ALL
SELECT r.id, r.delivered_at, 'demo-officer-cuc_vtltnn', 'CUC_VTLTNN', 'deliver', 'approved', 'delivered', NULL
  FROM archive.sharing_request r WHERE r.delivered_at IS NOT NULL;
