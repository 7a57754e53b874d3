-- Demo data of the excellent graduates and young scientists database (V025): GENERATED, not real people.
--
--   * talent.seed_demo() RETURNS int, called by the server once on first start when talent.profile is empty:
--     profiles of the graduation years 2018–2025 (the decree is in force from 20/01/2018), about 300 a year growing
--     to 480, three in four excellent graduates; names, birth dates, citizen IDs, e-mail addresses and institutions
--     are made up (origin 'generated'). The provinces' shares lean on the big cities; older candidates are more
--     often recruited. Each profile's steps are recorded as the workflow would have (propose, recruit / decline /
--     withdraw). Returns the number of profiles.
--
-- Determinism: every choice is hashtext() of the profile's number and a salt (& 0x7fffffff); no random(), no now()
-- in any value. Set-based.
CREATE OR REPLACE FUNCTION talent.seed_demo() RETURNS int
LANGUAGE plpgsql
SET client_min_messages = warning
AS $seed$
DECLARE
  families  constant text[] := ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng',
                                      'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
  middles_f constant text[] := ARRAY['Thị', 'Ngọc', 'Thu', 'Minh', 'Thanh', 'Hải', 'Phương', 'Khánh'];
  middles_m constant text[] := ARRAY['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Công', 'Tuấn'];
  givens_f  constant text[] := ARRAY['Anh', 'Hà', 'Linh', 'Trang', 'Hương', 'Lan', 'Mai', 'Ngân', 'Thảo', 'Vy',
                                      'Yến', 'Hạnh', 'Quyên', 'Nhung'];
  givens_m  constant text[] := ARRAY['An', 'Bình', 'Cường', 'Dũng', 'Hiếu', 'Hùng', 'Khoa', 'Long', 'Nam', 'Phúc',
                                      'Quân', 'Sơn', 'Tùng', 'Việt'];
  schools   constant text[] := ARRAY['Đại học Quốc gia Hà Nội', 'Đại học Quốc gia Thành phố Hồ Chí Minh',
                                      'Đại học Bách khoa Hà Nội', 'Đại học Kinh tế Quốc dân', 'Đại học Luật Hà Nội',
                                      'Học viện Hành chính Quốc gia', 'Đại học Y Hà Nội', 'Đại học Sư phạm Hà Nội',
                                      'Đại học Đà Nẵng', 'Đại học Huế', 'Đại học Cần Thơ', 'Đại học Thái Nguyên',
                                      'Học viện Nông nghiệp Việt Nam', 'Đại học Ngoại thương',
                                      'Đại học Hà Nội'];
  abroad_s  constant text[] := ARRAY['University of Melbourne (Úc)', 'National University of Singapore (Singapore)',
                                      'Université Paris-Saclay (Pháp)', 'Tohoku University (Nhật Bản)'];
  big       constant text[] := ARRAY['T01N', 'T79N', 'T48N', 'T31N', 'T92N'];
  provinces text[];
  made      int;
BEGIN
  SELECT array_agg(key ORDER BY code) INTO provinces FROM platform.province WHERE valid_from IS NOT NULL;
  CREATE TEMPORARY TABLE seed_profile ON COMMIT DROP AS
  WITH n AS (
    SELECT y.year, g.i, y.year * 10000 + g.i AS no
      FROM generate_series(2018, 2025) AS y(year)
     CROSS JOIN LATERAL generate_series(1, 300 + (y.year - 2018) * 25) AS g(i)
  ), h AS (
    SELECT n.*, hashtext('talent/' || n.no) & 2147483647 AS h, hashtext('talent-b/' || n.no) & 2147483647 AS b,
           hashtext('talent-c/' || n.no) & 2147483647 AS c
      FROM n
  )
  SELECT h.*, CASE WHEN h.h % 100 < 56 THEN 'female' ELSE 'male' END AS sex,
         CASE WHEN h.b % 4 = 0 THEN 'young_scientist' ELSE 'excellent_graduate' END AS category,
         CASE WHEN h.c % 10 < 4 THEN big[1 + (h.c / 10) % 5] ELSE provinces[1 + (h.c / 10) % 34] END AS province,
         (SELECT code FROM talent.field ORDER BY sort OFFSET (h.b / 7) % 11 LIMIT 1) AS field_code
    FROM h;

  INSERT INTO talent.profile (id, full_name, birth_date, sex, citizen_id, email, category, field_code, degree,
                              institution, abroad, graduation_year, achievements, province, managing_unit,
                              status_code, recruiting_body, recruitment_decision, recruitment_date, origin,
                              created_at, modified_at)
  SELECT nextval('talent.profile_id_seq'),
         families[1 + s.h % 16] || ' ' || CASE WHEN s.sex = 'female' THEN middles_f[1 + (s.h / 16) % 8]
           || ' ' || givens_f[1 + (s.h / 128) % 14] ELSE middles_m[1 + (s.h / 16) % 8] || ' '
           || givens_m[1 + (s.h / 128) % 14] END,
         make_date(s.year - CASE WHEN s.category = 'young_scientist' THEN 28 + s.b % 6 ELSE 22 + s.b % 2 END,
                   1 + (s.h / 2048) % 12, 1 + (s.h / 24576) % 28),
         s.sex,
         lpad(((s.c / 10) % 96 + 1)::text, 3, '0')
           || CASE WHEN s.sex = 'female' THEN '3' ELSE '2' END
           || lpad(((s.year - CASE WHEN s.category = 'young_scientist' THEN 30 ELSE 22 END) % 100)::text, 2, '0')
           || lpad((s.h % 1000000)::text, 6, '0'),
         'ungvien' || s.no || '@example.vn',
         s.category, s.field_code,
         CASE WHEN s.category = 'excellent_graduate' THEN 'bachelor' WHEN s.b % 3 = 0 THEN 'doctor' ELSE 'master' END,
         CASE WHEN s.b % 20 = 0 THEN abroad_s[1 + (s.h / 7) % 4] ELSE schools[1 + (s.h / 7) % 15] END,
         s.b % 20 = 0, s.year,
         CASE WHEN s.category = 'excellent_graduate' THEN
           ARRAY['Tốt nghiệp loại xuất sắc, điểm trung bình ' || (36 + s.c % 4)::text || '/4,0'::text]
           || CASE WHEN s.c % 3 = 0 THEN ARRAY['Giải ba kỳ thi học sinh giỏi cấp tỉnh'] ELSE '{}'::text[] END
         ELSE ARRAY[(1 + s.c % 4)::text || ' bài báo khoa học đăng trên tạp chí có uy tín'] END,
         s.province, 'UBND_' || s.province,
         st.status,
         CASE WHEN st.status IN ('proposed', 'recruited', 'not_recruited') THEN
           CASE (s.b / 11) % 4 WHEN 0 THEN 'Sở Nội vụ ' WHEN 1 THEN 'Sở Tài chính ' WHEN 2 THEN 'Sở Khoa học và Công nghệ '
             ELSE 'Văn phòng Ủy ban nhân dân ' END || pr.name END,
         CASE WHEN st.status = 'recruited' THEN (100 + s.h % 900)::text || '/QĐ-UBND' END,
         CASE WHEN st.status = 'recruited' THEN make_date(s.year + 1, 3 + s.c % 9, 1 + s.h % 28) END,
         'generated',
         make_date(s.year, 9, 1)::timestamptz, make_date(s.year, 9, 1)::timestamptz
    FROM seed_profile s
    JOIN platform.province pr ON pr.key = s.province
   CROSS JOIN LATERAL (SELECT CASE
            WHEN s.h % 100 < 20 + (2025 - s.year) * 7 THEN 'recruited'
            WHEN s.h % 100 < 30 + (2025 - s.year) * 7 THEN 'not_recruited'
            WHEN s.h % 100 < 36 + (2025 - s.year) * 7 THEN 'withdrawn'
            WHEN s.h % 100 < 52 + (2025 - s.year) * 5 THEN 'proposed'
            ELSE 'candidate' END AS status) st;
  GET DIAGNOSTICS made = ROW_COUNT;

  -- the steps that led there, dated after graduation
  INSERT INTO talent.transition (profile_id, at, actor, actor_unit, action, from_status, to_status, unit, comment)
  SELECT p.id, make_date(p.graduation_year, 12, 1)::timestamptz, 'demo-officer-' || lower(p.managing_unit),
         p.managing_unit, 'propose', 'candidate', 'proposed', p.managing_unit, NULL
    FROM talent.profile p WHERE p.status_code IN ('proposed', 'recruited', 'not_recruited')
  UNION ALL
  SELECT p.id, make_date(p.graduation_year + 1, 2, 20)::timestamptz, 'demo-officer-' || lower(p.managing_unit),
         p.managing_unit, CASE p.status_code WHEN 'recruited' THEN 'recruit' WHEN 'not_recruited' THEN 'decline'
         ELSE 'withdraw' END, CASE WHEN p.status_code = 'withdrawn' THEN 'candidate' ELSE 'proposed' END,
         p.status_code, p.managing_unit,
         CASE p.status_code WHEN 'not_recruited' THEN 'Không có chỉ tiêu phù hợp vị trí việc làm'
           WHEN 'withdrawn' THEN 'Ứng viên xin rút khỏi nguồn' END
    FROM talent.profile p WHERE p.status_code IN ('recruited', 'not_recruited', 'withdrawn');
  RETURN made;
END
$seed$;
