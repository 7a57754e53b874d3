-- Dataset: emulation and commendation (thi đua, khen thưởng) — the electronic award-dossier system of the Central
-- Emulation and Commendation Board (Ban Thi đua – Khen thưởng Trung ương, unit BAN_TDKT) used by the emulation bodies
-- of ministries, central bodies, mass organisations and provinces (146 focal points: moha-platforms.md row 8).
-- Legal basis: Law 06/2022/QH15 on emulation and commendation (in force 2024-01-01), Decree 98/2023/NĐ-CP;
-- shared/reference/domain-notes.md §5, §1.3 and §8.
--
-- Two halves with different audiences:
--   * proposal dossiers (hồ sơ đề nghị khen thưởng) — restricted: a proposing body's officers see their own, the
--     Board's reviewers all; candidates' personal details (birth date, citizen ID) live only here;
--   * conferred awards — open: once a decision is issued each conferral is a public record holding only what the
--     decision itself makes public (name, position/unit, award, decision), never birth dates, IDs or contacts.
-- The API and every open output read the open_* views.
CREATE SCHEMA IF NOT EXISTS awards;

-- The seven forms of commendation (Law 06/2022 Art. 9) with the emulation titles (Arts. 19–20) split as
-- shared/reference/award-types.csv does.
CREATE TABLE awards.kind (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO awards.kind VALUES
  ('order', 'Huân chương', 'Order', 1),
  ('medal', 'Huy chương', 'Medal', 2),
  ('state_honorary_title', 'Danh hiệu vinh dự nhà nước', 'State honorary title', 3),
  ('prize', 'Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước', 'Ho Chi Minh Prize, State Prize', 4),
  ('commemorative_medal', 'Kỷ niệm chương', 'Commemorative medal', 5),
  ('certificate_of_merit', 'Bằng khen', 'Certificate of merit', 6),
  ('certificate_of_commendation', 'Giấy khen', 'Certificate of commendation', 7),
  ('emulation_flag', 'Cờ thi đua', 'Emulation flag', 8),
  ('emulation_title_individual', 'Danh hiệu thi đua cá nhân', 'Individual emulation title', 9),
  ('emulation_title_collective', 'Danh hiệu thi đua tập thể', 'Collective emulation title', 10),
  ('emulation_title_household', 'Danh hiệu thi đua hộ gia đình', 'Household emulation title', 11);

-- Who decides (award-types.csv `decided_by`; which of these are confirmed is in shared/reference/README.md).
-- `state_level` marks "khen thưởng cấp nhà nước" as MOHA statistics count it (domain-notes.md §5, S15).
CREATE TABLE awards.decider (
  code         text PRIMARY KEY,
  name_vi      text NOT NULL,
  name_en      text NOT NULL,
  state_level  boolean NOT NULL,
  sort         int NOT NULL
);
INSERT INTO awards.decider VALUES
  ('president', 'Chủ tịch nước', 'President of the State', true, 1),
  ('prime_minister', 'Thủ tướng Chính phủ', 'Prime Minister', true, 2),
  ('minister_or_provincial_chair', 'Bộ trưởng, Thủ trưởng cơ quan trung ương, Chủ tịch Ủy ban nhân dân cấp tỉnh',
   'Minister, head of a central body, or chair of a provincial People''s Committee', false, 3),
  ('minister_or_central_organisation_head', 'Bộ trưởng, người đứng đầu cơ quan, tổ chức trung ương',
   'Minister or head of a central agency or organisation', false, 4),
  ('head_of_agency_or_local_chair', 'Thủ trưởng cơ quan, đơn vị; Chủ tịch Ủy ban nhân dân cấp xã',
   'Head of an agency or unit, or chair of a commune People''s Committee', false, 5);

-- Who can receive an award: a person, a collective (unit, organisation, locality) or a household.
CREATE TABLE awards.recipient_kind (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO awards.recipient_kind VALUES
  ('individual', 'Cá nhân', 'Individual', 1),
  ('collective', 'Tập thể', 'Collective', 2),
  ('household', 'Hộ gia đình', 'Household', 3);

-- The 60 award types of shared/reference/award-types.csv (names confirmed; `decided_by` partly UNCONFIRMED, see its
-- README). `recipient_kinds` is ours: emulation titles follow their individual/collective/household split, the hero
-- province/city titles go to localities, the other honorary titles to people, everything else to either.
CREATE TABLE awards.award_type (
  code             text PRIMARY KEY,
  name_vi          text NOT NULL,
  name_en          text NOT NULL,
  kind_code        text NOT NULL REFERENCES awards.kind(code),
  decided_by       text NOT NULL REFERENCES awards.decider(code),
  recipient_kinds  text[] NOT NULL,
  sort             int NOT NULL,
  search           tsvector GENERATED ALWAYS AS (
                     to_tsvector('simple', platform.vn_fold(name_vi || ' ' || name_en))) STORED
);
INSERT INTO awards.award_type (code, name_vi, name_en, kind_code, decided_by, recipient_kinds, sort) VALUES
  ('HC_SAO_VANG', 'Huân chương Sao vàng', 'Gold Star Order', 'order', 'president', '{individual,collective}', 1),
  ('HC_HO_CHI_MINH', 'Huân chương Hồ Chí Minh', 'Ho Chi Minh Order', 'order', 'president', '{individual,collective}', 2),
  ('HC_DOC_LAP_1', 'Huân chương Độc lập hạng Nhất', 'Independence Order First Class', 'order', 'president', '{individual,collective}', 3),
  ('HC_DOC_LAP_2', 'Huân chương Độc lập hạng Nhì', 'Independence Order Second Class', 'order', 'president', '{individual,collective}', 4),
  ('HC_DOC_LAP_3', 'Huân chương Độc lập hạng Ba', 'Independence Order Third Class', 'order', 'president', '{individual,collective}', 5),
  ('HC_QUAN_CONG_1', 'Huân chương Quân công hạng Nhất', 'Military Exploit Order First Class', 'order', 'president', '{individual,collective}', 6),
  ('HC_QUAN_CONG_2', 'Huân chương Quân công hạng Nhì', 'Military Exploit Order Second Class', 'order', 'president', '{individual,collective}', 7),
  ('HC_QUAN_CONG_3', 'Huân chương Quân công hạng Ba', 'Military Exploit Order Third Class', 'order', 'president', '{individual,collective}', 8),
  ('HC_LAO_DONG_1', 'Huân chương Lao động hạng Nhất', 'Labour Order First Class', 'order', 'president', '{individual,collective}', 9),
  ('HC_LAO_DONG_2', 'Huân chương Lao động hạng Nhì', 'Labour Order Second Class', 'order', 'president', '{individual,collective}', 10),
  ('HC_LAO_DONG_3', 'Huân chương Lao động hạng Ba', 'Labour Order Third Class', 'order', 'president', '{individual,collective}', 11),
  ('HC_BAO_VE_TO_QUOC_1', 'Huân chương Bảo vệ Tổ quốc hạng Nhất', 'Fatherland Defence Order First Class', 'order', 'president', '{individual,collective}', 12),
  ('HC_BAO_VE_TO_QUOC_2', 'Huân chương Bảo vệ Tổ quốc hạng Nhì', 'Fatherland Defence Order Second Class', 'order', 'president', '{individual,collective}', 13),
  ('HC_BAO_VE_TO_QUOC_3', 'Huân chương Bảo vệ Tổ quốc hạng Ba', 'Fatherland Defence Order Third Class', 'order', 'president', '{individual,collective}', 14),
  ('HC_CHIEN_CONG_1', 'Huân chương Chiến công hạng Nhất', 'Feat of Arms Order First Class', 'order', 'president', '{individual,collective}', 15),
  ('HC_CHIEN_CONG_2', 'Huân chương Chiến công hạng Nhì', 'Feat of Arms Order Second Class', 'order', 'president', '{individual,collective}', 16),
  ('HC_CHIEN_CONG_3', 'Huân chương Chiến công hạng Ba', 'Feat of Arms Order Third Class', 'order', 'president', '{individual,collective}', 17),
  ('HC_DAI_DOAN_KET_DAN_TOC', 'Huân chương Đại đoàn kết dân tộc', 'Great National Unity Order', 'order', 'president', '{individual,collective}', 18),
  ('HC_DUNG_CAM', 'Huân chương Dũng cảm', 'Bravery Order', 'order', 'president', '{individual,collective}', 19),
  ('HC_HUU_NGHI', 'Huân chương Hữu nghị', 'Friendship Order', 'order', 'president', '{individual,collective}', 20),
  ('HCH_QUAN_KY_QUYET_THANG', 'Huy chương Quân kỳ quyết thắng', 'Victory Banner Medal', 'medal', 'president', '{individual,collective}', 21),
  ('HCH_VI_AN_NINH_TO_QUOC', 'Huy chương Vì an ninh Tổ quốc', 'For National Security Medal', 'medal', 'president', '{individual,collective}', 22),
  ('HCH_CHIEN_SI_VE_VANG_1', 'Huy chương Chiến sĩ vẻ vang hạng Nhất', 'Glorious Soldier Medal First Class', 'medal', 'president', '{individual,collective}', 23),
  ('HCH_CHIEN_SI_VE_VANG_2', 'Huy chương Chiến sĩ vẻ vang hạng Nhì', 'Glorious Soldier Medal Second Class', 'medal', 'president', '{individual,collective}', 24),
  ('HCH_CHIEN_SI_VE_VANG_3', 'Huy chương Chiến sĩ vẻ vang hạng Ba', 'Glorious Soldier Medal Third Class', 'medal', 'president', '{individual,collective}', 25),
  ('HCH_HUU_NGHI', 'Huy chương Hữu nghị', 'Friendship Medal', 'medal', 'president', '{individual,collective}', 26),
  ('HCH_TNXP_VE_VANG', 'Huy chương Thanh niên xung phong vẻ vang', 'Glorious Youth Volunteer Medal', 'medal', 'president', '{individual,collective}', 27),
  ('DHVD_TINH_ANH_HUNG', 'Tỉnh Anh hùng', 'Hero Province', 'state_honorary_title', 'president', '{collective}', 28),
  ('DHVD_THANH_PHO_ANH_HUNG', 'Thành phố Anh hùng', 'Hero City', 'state_honorary_title', 'president', '{collective}', 29),
  ('DHVD_BA_ME_VN_ANH_HUNG', 'Bà mẹ Việt Nam anh hùng', 'Heroic Vietnamese Mother', 'state_honorary_title', 'president', '{individual}', 30),
  ('DHVD_ANH_HUNG_LLVTND', 'Anh hùng Lực lượng vũ trang nhân dân', 'Hero of the People''s Armed Forces', 'state_honorary_title', 'president', '{individual,collective}', 31),
  ('DHVD_ANH_HUNG_LAO_DONG', 'Anh hùng Lao động', 'Hero of Labour', 'state_honorary_title', 'president', '{individual,collective}', 32),
  ('DHVD_NHA_GIAO_NHAN_DAN', 'Nhà giáo nhân dân', 'People''s Teacher', 'state_honorary_title', 'president', '{individual}', 33),
  ('DHVD_NHA_GIAO_UU_TU', 'Nhà giáo ưu tú', 'Meritorious Teacher', 'state_honorary_title', 'president', '{individual}', 34),
  ('DHVD_THAY_THUOC_NHAN_DAN', 'Thầy thuốc nhân dân', 'People''s Physician', 'state_honorary_title', 'president', '{individual}', 35),
  ('DHVD_THAY_THUOC_UU_TU', 'Thầy thuốc ưu tú', 'Meritorious Physician', 'state_honorary_title', 'president', '{individual}', 36),
  ('DHVD_NGHE_SI_NHAN_DAN', 'Nghệ sĩ nhân dân', 'People''s Artist', 'state_honorary_title', 'president', '{individual}', 37),
  ('DHVD_NGHE_SI_UU_TU', 'Nghệ sĩ ưu tú', 'Meritorious Artist', 'state_honorary_title', 'president', '{individual}', 38),
  ('DHVD_NGHE_NHAN_NHAN_DAN', 'Nghệ nhân nhân dân', 'People''s Artisan', 'state_honorary_title', 'president', '{individual}', 39),
  ('DHVD_NGHE_NHAN_UU_TU', 'Nghệ nhân ưu tú', 'Meritorious Artisan', 'state_honorary_title', 'president', '{individual}', 40),
  ('GT_HO_CHI_MINH', 'Giải thưởng Hồ Chí Minh', 'Ho Chi Minh Prize', 'prize', 'president', '{individual,collective}', 41),
  ('GT_NHA_NUOC', 'Giải thưởng Nhà nước', 'State Prize', 'prize', 'president', '{individual,collective}', 42),
  ('KNC', 'Kỷ niệm chương', 'Commemorative Medal', 'commemorative_medal', 'minister_or_central_organisation_head', '{individual,collective}', 43),
  ('BK_THU_TUONG', 'Bằng khen của Thủ tướng Chính phủ', 'Prime Minister''s Certificate of Merit', 'certificate_of_merit', 'prime_minister', '{individual,collective}', 44),
  ('BK_BO_NGANH_TINH', 'Bằng khen của bộ, ban, ngành, tỉnh', 'Certificate of Merit of a ministry, central body or province', 'certificate_of_merit', 'minister_or_provincial_chair', '{individual,collective}', 45),
  ('GIAY_KHEN', 'Giấy khen', 'Certificate of Commendation', 'certificate_of_commendation', 'head_of_agency_or_local_chair', '{individual,collective}', 46),
  ('DHTD_CSTD_TOAN_QUOC', 'Chiến sĩ thi đua toàn quốc', 'National Emulation Fighter', 'emulation_title_individual', 'prime_minister', '{individual}', 47),
  ('DHTD_CSTD_BO_NGANH_TINH', 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh', 'Emulation Fighter of a ministry, central body or province', 'emulation_title_individual', 'minister_or_provincial_chair', '{individual}', 48),
  ('DHTD_CSTD_CO_SO', 'Chiến sĩ thi đua cơ sở', 'Grassroots Emulation Fighter', 'emulation_title_individual', 'head_of_agency_or_local_chair', '{individual}', 49),
  ('DHTD_LAO_DONG_TIEN_TIEN', 'Lao động tiên tiến', 'Advanced Worker', 'emulation_title_individual', 'head_of_agency_or_local_chair', '{individual}', 50),
  ('DHTD_CHIEN_SI_TIEN_TIEN', 'Chiến sĩ tiên tiến', 'Advanced Soldier', 'emulation_title_individual', 'head_of_agency_or_local_chair', '{individual}', 51),
  ('CTD_CHINH_PHU', 'Cờ thi đua của Chính phủ', 'Government Emulation Flag', 'emulation_flag', 'prime_minister', '{collective}', 52),
  ('CTD_BO_NGANH_TINH', 'Cờ thi đua của bộ, ban, ngành, tỉnh', 'Emulation Flag of a ministry, central body or province', 'emulation_flag', 'minister_or_provincial_chair', '{collective}', 53),
  ('DHTD_TAP_THE_LAO_DONG_XUAT_SAC', 'Tập thể lao động xuất sắc', 'Excellent Labour Collective', 'emulation_title_collective', 'minister_or_provincial_chair', '{collective}', 54),
  ('DHTD_DON_VI_QUYET_THANG', 'Đơn vị quyết thắng', 'Determined-to-Win Unit', 'emulation_title_collective', 'minister_or_provincial_chair', '{collective}', 55),
  ('DHTD_TAP_THE_LAO_DONG_TIEN_TIEN', 'Tập thể lao động tiên tiến', 'Advanced Labour Collective', 'emulation_title_collective', 'head_of_agency_or_local_chair', '{collective}', 56),
  ('DHTD_DON_VI_TIEN_TIEN', 'Đơn vị tiên tiến', 'Advanced Unit', 'emulation_title_collective', 'head_of_agency_or_local_chair', '{collective}', 57),
  ('DHTD_XA_PHUONG_TIEU_BIEU', 'Xã, phường, thị trấn tiêu biểu', 'Exemplary Commune, Ward or Township', 'emulation_title_collective', 'minister_or_provincial_chair', '{collective}', 58),
  ('DHTD_THON_TDP_VAN_HOA', 'Thôn, tổ dân phố văn hóa', 'Cultural Village or Residential Group', 'emulation_title_collective', 'head_of_agency_or_local_chair', '{collective}', 59),
  ('DHTD_GIA_DINH_VAN_HOA', 'Gia đình văn hóa', 'Cultural Family', 'emulation_title_household', 'head_of_agency_or_local_chair', '{household}', 60);

-- Commendation modes, the breakdown of MOHA statistics form 0602.N/BNV-TĐKT (domain-notes.md §5, S15).
CREATE TABLE awards.method (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  sort     int NOT NULL
);
INSERT INTO awards.method VALUES
  ('thuong_xuyen', 'Khen thưởng thường xuyên', 'Regular (emulation results)', 1),
  ('chuyen_de', 'Khen thưởng theo chuyên đề', 'Thematic', 2),
  ('dot_xuat', 'Khen thưởng đột xuất', 'Irregular (a sudden feat)', 3),
  ('doi_ngoai', 'Khen thưởng đối ngoại', 'Diplomatic', 4),
  ('cong_hien', 'Khen thưởng quá trình cống hiến', 'Contribution over a career', 5),
  ('nien_han', 'Khen thưởng theo niên hạn', 'Seniority-based', 6);

-- The emulation and commendation bodies that propose awards (đầu mối thi đua, khen thưởng). The officers of a body
-- carry its key in their token's unit claim. Current bodies: the 34 provinces (their People's Committees, from
-- platform.province, i.e. provinces-2025.csv), the 14 ministries and 3 ministry-level agencies of the Government
-- (Resolution 176/2025/QH15), central bodies and mass organisations under their public names, and generated
-- stand-ins up to the 146 focal points (moha-platforms.md; the Board's own list is not in shared/reference).
-- The 63 provinces of 2008–2025 are kept as former bodies (valid_to 2025-06-30, successor = the merged province's
-- body) so that older awards keep the body that proposed them.
CREATE TABLE awards.body (
  key           text PRIMARY KEY CHECK (key ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  name_vi       text NOT NULL,
  name_en       text NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('ministry', 'ministerial_agency', 'central_body', 'mass_organisation',
                                              'province', 'other')),
  province_key  text REFERENCES platform.province(key),
  valid_to      date,
  successor     text REFERENCES awards.body(key),
  origin        text NOT NULL CHECK (origin IN ('reference', 'public_record', 'generated')),
  source        text NOT NULL,
  sort          int NOT NULL
);
INSERT INTO awards.body
SELECT 'UBND_' || p.key, 'Ủy ban nhân dân ' || lower(left(p.full_name, 1)) || substr(p.full_name, 2),
       'People''s Committee of ' || p.name, 'province', p.key, p.valid_to,
       CASE WHEN p.successor IS NOT NULL THEN 'UBND_' || p.successor END, 'reference',
       CASE WHEN p.valid_to IS NULL THEN 'provinces-2025.csv' ELSE 'provinces-2008-2025.csv' END,
       1000 + CASE WHEN p.valid_to IS NULL THEN 0 ELSE 100 END + p.code::int
  FROM platform.province p
 ORDER BY p.successor NULLS FIRST;
INSERT INTO awards.body (key, name_vi, name_en, kind, origin, source, sort) VALUES
  ('BO_QUOC_PHONG', 'Bộ Quốc phòng', 'Ministry of National Defence', 'ministry', 'public_record', 'Resolution 176/2025/QH15', 1),
  ('BO_CONG_AN', 'Bộ Công an', 'Ministry of Public Security', 'ministry', 'public_record', 'Resolution 176/2025/QH15', 2),
  ('BO_NGOAI_GIAO', 'Bộ Ngoại giao', 'Ministry of Foreign Affairs', 'ministry', 'public_record', 'Resolution 176/2025/QH15', 3),
  ('BO_NOI_VU', 'Bộ Nội vụ', 'Ministry of Home Affairs', 'ministry', 'public_record', 'Resolution 176/2025/QH15', 4),
  ('BO_TU_PHAP', 'Bộ Tư pháp', 'Ministry of Justice', 'ministry', 'public_record', 'Resolution 176/2025/QH15', 5),
  ('BO_TAI_CHINH', 'Bộ Tài chính', 'Ministry of Finance', 'ministry', 'public_record', 'Resolution 176/2025/QH15', 6),
  ('BO_CONG_THUONG', 'Bộ Công Thương', 'Ministry of Industry and Trade', 'ministry', 'public_record', 'Resolution 176/2025/QH15', 7),
  ('BO_NN_MT', 'Bộ Nông nghiệp và Môi trường', 'Ministry of Agriculture and Environment', 'ministry', 'public_record', 'Resolution 176/2025/QH15', 8),
  ('BO_XAY_DUNG', 'Bộ Xây dựng', 'Ministry of Construction', 'ministry', 'public_record', 'Resolution 176/2025/QH15', 9),
  ('BO_VHTTDL', 'Bộ Văn hóa, Thể thao và Du lịch', 'Ministry of Culture, Sports and Tourism', 'ministry', 'public_record', 'Resolution 176/2025/QH15', 10),
  ('BO_KHCN', 'Bộ Khoa học và Công nghệ', 'Ministry of Science and Technology', 'ministry', 'public_record', 'Resolution 176/2025/QH15', 11),
  ('BO_GDDT', 'Bộ Giáo dục và Đào tạo', 'Ministry of Education and Training', 'ministry', 'public_record', 'Resolution 176/2025/QH15', 12),
  ('BO_Y_TE', 'Bộ Y tế', 'Ministry of Health', 'ministry', 'public_record', 'Resolution 176/2025/QH15', 13),
  ('BO_DT_TG', 'Bộ Dân tộc và Tôn giáo', 'Ministry of Ethnic and Religious Affairs', 'ministry', 'public_record', 'Resolution 176/2025/QH15', 14),
  ('NHNN', 'Ngân hàng Nhà nước Việt Nam', 'State Bank of Vietnam', 'ministerial_agency', 'public_record', 'Resolution 176/2025/QH15', 15),
  ('TTCP', 'Thanh tra Chính phủ', 'Government Inspectorate', 'ministerial_agency', 'public_record', 'Resolution 176/2025/QH15', 16),
  ('VPCP', 'Văn phòng Chính phủ', 'Government Office', 'ministerial_agency', 'public_record', 'Resolution 176/2025/QH15', 17),
  ('VP_QUOC_HOI', 'Văn phòng Quốc hội', 'Office of the National Assembly', 'central_body', 'public_record', 'public name; focal-point status not checked', 20),
  ('VP_CHU_TICH_NUOC', 'Văn phòng Chủ tịch nước', 'Office of the President', 'central_body', 'public_record', 'public name; focal-point status not checked', 21),
  ('TAND_TOI_CAO', 'Tòa án nhân dân tối cao', 'Supreme People''s Court', 'central_body', 'public_record', 'public name; focal-point status not checked', 22),
  ('VKSND_TOI_CAO', 'Viện kiểm sát nhân dân tối cao', 'Supreme People''s Procuracy', 'central_body', 'public_record', 'public name; focal-point status not checked', 23),
  ('KIEM_TOAN_NN', 'Kiểm toán nhà nước', 'State Audit Office', 'central_body', 'public_record', 'public name; focal-point status not checked', 24),
  ('DAI_THVN', 'Đài Truyền hình Việt Nam', 'Vietnam Television', 'central_body', 'public_record', 'public name; focal-point status not checked', 25),
  ('DAI_TNVN', 'Đài Tiếng nói Việt Nam', 'Voice of Vietnam', 'central_body', 'public_record', 'public name; focal-point status not checked', 26),
  ('TTXVN', 'Thông tấn xã Việt Nam', 'Vietnam News Agency', 'central_body', 'public_record', 'public name; focal-point status not checked', 27),
  ('VIEN_HL_KHXH', 'Viện Hàn lâm Khoa học xã hội Việt Nam', 'Vietnam Academy of Social Sciences', 'central_body', 'public_record', 'public name; focal-point status not checked', 28),
  ('VIEN_HL_KHCN', 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam', 'Vietnam Academy of Science and Technology', 'central_body', 'public_record', 'public name; focal-point status not checked', 29),
  ('DHQG_HN', 'Đại học Quốc gia Hà Nội', 'Vietnam National University, Hanoi', 'central_body', 'public_record', 'public name; focal-point status not checked', 30),
  ('DHQG_HCM', 'Đại học Quốc gia Thành phố Hồ Chí Minh', 'Vietnam National University, Ho Chi Minh City', 'central_body', 'public_record', 'public name; focal-point status not checked', 31),
  ('HV_CTQG', 'Học viện Chính trị quốc gia Hồ Chí Minh', 'Ho Chi Minh National Academy of Politics', 'central_body', 'public_record', 'public name; focal-point status not checked', 32),
  ('NHCSXH', 'Ngân hàng Chính sách xã hội', 'Vietnam Bank for Social Policies', 'central_body', 'public_record', 'public name; focal-point status not checked', 33),
  ('MTTQ_VN', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Central Committee of the Vietnam Fatherland Front', 'mass_organisation', 'public_record', 'public name; focal-point status not checked', 40),
  ('TONG_LDLD', 'Tổng Liên đoàn Lao động Việt Nam', 'Vietnam General Confederation of Labour', 'mass_organisation', 'public_record', 'public name; focal-point status not checked', 41),
  ('HOI_LHPN', 'Trung ương Hội Liên hiệp Phụ nữ Việt Nam', 'Vietnam Women''s Union', 'mass_organisation', 'public_record', 'public name; focal-point status not checked', 42),
  ('DOAN_TNCS', 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Ho Chi Minh Communist Youth Union', 'mass_organisation', 'public_record', 'public name; focal-point status not checked', 43),
  ('HOI_NONG_DAN', 'Trung ương Hội Nông dân Việt Nam', 'Vietnam Farmers'' Union', 'mass_organisation', 'public_record', 'public name; focal-point status not checked', 44),
  ('HOI_CCB', 'Trung ương Hội Cựu chiến binh Việt Nam', 'Vietnam Veterans'' Association', 'mass_organisation', 'public_record', 'public name; focal-point status not checked', 45),
  ('LM_HTX', 'Liên minh Hợp tác xã Việt Nam', 'Vietnam Cooperative Alliance', 'mass_organisation', 'public_record', 'public name; focal-point status not checked', 46),
  ('VUSTA', 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', 'Vietnam Union of Science and Technology Associations', 'mass_organisation', 'public_record', 'public name; focal-point status not checked', 47),
  ('VUFO', 'Liên hiệp các tổ chức hữu nghị Việt Nam', 'Vietnam Union of Friendship Organisations', 'mass_organisation', 'public_record', 'public name; focal-point status not checked', 48),
  ('HOI_CTD', 'Trung ương Hội Chữ thập đỏ Việt Nam', 'Vietnam Red Cross Society', 'mass_organisation', 'public_record', 'public name; focal-point status not checked', 49);
-- generated stand-ins up to the 146 current focal points, named as such
INSERT INTO awards.body (key, name_vi, name_en, kind, origin, source, sort)
SELECT 'DAU_MOI_' || lpad(n::text, 3, '0'),
       'Đầu mối thi đua, khen thưởng số ' || lpad(n::text, 3, '0') || ' (dữ liệu minh họa)',
       'Emulation focal point no. ' || lpad(n::text, 3, '0') || ' (demo data)', 'other', 'generated',
       'generated: the Board''s list of 146 focal points is not in shared/reference', 100 + n
  FROM generate_series(1, 146 - (SELECT count(*) FROM awards.body WHERE valid_to IS NULL)::int) AS n;

-- Award rounds (đợt khen thưởng): the period in which the bodies submit their dossiers to the Board, with a deadline
-- used for the on-time statistics. The demo rounds are generated (their dates are not real ones).
CREATE TABLE awards.round (
  id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  key         text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9-]{2,79}$'),
  name_vi     text NOT NULL,
  name_en     text NOT NULL,
  year        int NOT NULL CHECK (year BETWEEN 1945 AND 2100),
  method_code text NOT NULL REFERENCES awards.method(code),
  opens       date NOT NULL,
  deadline    date NOT NULL,
  origin      text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'generated')),
  CHECK (deadline >= opens)
);

-- Dossier workflow. A state machine as data: the API accepts exactly the rows of awards.transition_rule and answers
-- 409 for anything else. `actor` says who may take the step: the proposing body's officers or the Board.
CREATE TABLE awards.dossier_status (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL,
  final    boolean NOT NULL,
  sort     int NOT NULL
);
INSERT INTO awards.dossier_status VALUES
  ('draft', 'Đang soạn', 'Draft', false, 1),
  ('submitted', 'Đã trình, chờ thẩm định', 'Submitted, awaiting appraisal', false, 2),
  ('returned', 'Trả lại để bổ sung', 'Returned for supplement', false, 3),
  ('approved', 'Thẩm định đạt, chờ quyết định', 'Approved, awaiting the decision', false, 4),
  ('rejected', 'Không đủ điều kiện', 'Rejected', true, 5),
  ('decided', 'Đã có quyết định khen thưởng', 'Decision issued', true, 6),
  ('withdrawn', 'Đơn vị rút hồ sơ', 'Withdrawn by the proposing body', true, 7);

CREATE TABLE awards.transition_rule (
  from_status  text NOT NULL REFERENCES awards.dossier_status(code),
  action       text NOT NULL,
  to_status    text NOT NULL REFERENCES awards.dossier_status(code),
  actor        text NOT NULL CHECK (actor IN ('proposer', 'board')),
  needs_comment boolean NOT NULL DEFAULT false,
  PRIMARY KEY (from_status, action)
);
INSERT INTO awards.transition_rule VALUES
  ('draft', 'submit', 'submitted', 'proposer', false),
  ('draft', 'withdraw', 'withdrawn', 'proposer', false),
  ('returned', 'resubmit', 'submitted', 'proposer', false),
  ('returned', 'withdraw', 'withdrawn', 'proposer', false),
  ('submitted', 'return', 'returned', 'board', true),
  ('submitted', 'approve', 'approved', 'board', false),
  ('submitted', 'reject', 'rejected', 'board', true),
  ('approved', 'decide', 'decided', 'board', false);

CREATE TABLE awards.dossier (
  id                  bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  code                text NOT NULL UNIQUE CHECK (code ~ '^HS-[0-9]{4}-[0-9]{6,7}$'),
  body_key            text NOT NULL REFERENCES awards.body(key),
  round_id            bigint NOT NULL REFERENCES awards.round(id),
  title               text NOT NULL CHECK (length(title) BETWEEN 3 AND 500),
  method_code         text NOT NULL REFERENCES awards.method(code),
  status_code         text NOT NULL DEFAULT 'draft' REFERENCES awards.dossier_status(code),
  first_submitted_at  timestamptz,
  last_submitted_at   timestamptz,
  decision_number     text,
  decision_date       date,
  decider_code        text REFERENCES awards.decider(code),
  created_by          text NOT NULL,
  origin              text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'generated')),
  version             int NOT NULL DEFAULT 1,
  created_at          timestamptz NOT NULL DEFAULT now(),
  modified_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (status_code <> 'decided' OR (decision_number IS NOT NULL AND decision_date IS NOT NULL
                                      AND decider_code IS NOT NULL))
);
CREATE INDEX dossier_body_idx ON awards.dossier (body_key, id);
CREATE INDEX dossier_round_idx ON awards.dossier (round_id, id);
CREATE INDEX dossier_status_idx ON awards.dossier (status_code, id);
CREATE SEQUENCE awards.dossier_code_seq;

-- Candidates: who is proposed for which award. Restricted (the dossier's body and the Board): birth date and
-- citizen ID are personal data (Decree 13/2023 Art. 2.3) and never leave this table for an open output.
CREATE TABLE awards.candidate (
  dossier_id      bigint NOT NULL REFERENCES awards.dossier(id) ON DELETE CASCADE,
  seq             int NOT NULL CHECK (seq BETWEEN 1 AND 500),
  recipient_kind  text NOT NULL REFERENCES awards.recipient_kind(code),
  award_type      text NOT NULL REFERENCES awards.award_type(code),
  name            text NOT NULL CHECK (length(name) BETWEEN 2 AND 300),
  position        text,
  unit_name       text,
  province_key    text REFERENCES platform.province(key),
  birth_date      date,
  citizen_id      text CHECK (citizen_id ~ '^[0-9]{12}$'),
  posthumous      boolean NOT NULL DEFAULT false,
  achievements    text,
  PRIMARY KEY (dossier_id, seq),
  CHECK (recipient_kind = 'individual' OR (birth_date IS NULL AND citizen_id IS NULL AND NOT posthumous))
);

-- Evidence attached to a dossier: metadata only (the files live in the document system).
CREATE TABLE awards.evidence (
  dossier_id  bigint NOT NULL REFERENCES awards.dossier(id) ON DELETE CASCADE,
  seq         int NOT NULL CHECK (seq BETWEEN 1 AND 100),
  title       text NOT NULL CHECK (length(title) BETWEEN 2 AND 300),
  media_type  text NOT NULL CHECK (media_type ~ '^[a-z]+/[a-z0-9.+-]+$'),
  size_bytes  bigint NOT NULL CHECK (size_bytes BETWEEN 0 AND 104857600),
  sha256      text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (dossier_id, seq)
);

-- Every workflow step: who, when, from → to, why. Append-only like the audit log.
CREATE TABLE awards.transition (
  id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  dossier_id   bigint NOT NULL REFERENCES awards.dossier(id) ON DELETE CASCADE,
  at           timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor        text NOT NULL,
  actor_unit   text,
  action       text NOT NULL,
  from_status  text REFERENCES awards.dossier_status(code),
  to_status    text NOT NULL REFERENCES awards.dossier_status(code),
  comment      text
);
CREATE INDEX transition_dossier_idx ON awards.transition (dossier_id, at, id);
CREATE FUNCTION awards.transition_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'awards.transition is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER transition_no_update BEFORE UPDATE ON awards.transition
  FOR EACH ROW EXECUTE FUNCTION awards.transition_immutable();

-- Conferred awards: one row per conferral, public once the decision is issued. Only what the decision states:
-- recipient name, position and unit (or the collective's name), award, decision number/date/decider. A withdrawal
-- (thu hồi) keeps the row and records the withdrawal decision. `province_key` is the recipient's province as the
-- decision records it (the unit valid on its date: T{code} before 2025-07-01, T{code}N after).
CREATE TABLE awards.award (
  id                   bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  key                  text NOT NULL UNIQUE CHECK (key ~ '^[0-9]{4}-[0-9a-z-]{1,40}$'),
  award_type           text NOT NULL REFERENCES awards.award_type(code),
  recipient_kind       text NOT NULL REFERENCES awards.recipient_kind(code),
  recipient_name       text NOT NULL CHECK (length(recipient_name) BETWEEN 2 AND 300),
  recipient_position   text,
  recipient_unit       text,
  province_key         text REFERENCES platform.province(key),
  body_key             text NOT NULL REFERENCES awards.body(key),
  decision_number      text NOT NULL,
  decision_date        date NOT NULL,
  decider_code         text NOT NULL REFERENCES awards.decider(code),
  year                 int GENERATED ALWAYS AS (extract(year FROM decision_date)::int) STORED,
  method_code          text NOT NULL REFERENCES awards.method(code),
  posthumous           boolean NOT NULL DEFAULT false,
  rationale            text,
  legal_basis          text NOT NULL,
  dossier_id           bigint REFERENCES awards.dossier(id) ON DELETE SET NULL,
  candidate_seq        int,
  withdrawn_date       date,
  withdrawal_decision  text,
  withdrawal_reason    text,
  origin               text NOT NULL DEFAULT 'api' CHECK (origin IN ('api', 'generated')),
  version              int NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL DEFAULT now(),
  modified_at          timestamptz NOT NULL DEFAULT now(),
  search               tsvector GENERATED ALWAYS AS (
                         setweight(to_tsvector('simple', platform.vn_fold(recipient_name)), 'A') ||
                         setweight(to_tsvector('simple', platform.vn_fold(coalesce(recipient_unit, '') || ' '
                           || coalesce(recipient_position, ''))), 'C')) STORED,
  CHECK ((withdrawn_date IS NULL) = (withdrawal_decision IS NULL)),
  CHECK (withdrawn_date IS NULL OR withdrawn_date >= decision_date),
  UNIQUE (dossier_id, candidate_seq)
);
CREATE INDEX award_date_idx ON awards.award (decision_date, id);
CREATE INDEX award_type_date_idx ON awards.award (award_type, decision_date, id);
CREATE INDEX award_year_type_idx ON awards.award (year, award_type);
CREATE INDEX award_body_idx ON awards.award (body_key, decision_date, id);
CREATE INDEX award_province_idx ON awards.award (province_key, decision_date, id);
CREATE INDEX award_name_idx ON awards.award (platform.vn_fold(recipient_name), id);
CREATE INDEX award_search_idx ON awards.award USING gin (search);

-- Open views. open_award carries no column of awards.candidate: birth dates and IDs cannot reach an open output.
CREATE VIEW awards.open_award AS
SELECT a.id, a.key, a.award_type, t.name_vi AS type_vi, t.name_en AS type_en, t.kind_code, k.name_vi AS kind_vi,
       k.name_en AS kind_en, a.recipient_kind, rk.name_vi AS recipient_kind_vi, rk.name_en AS recipient_kind_en,
       a.recipient_name, a.recipient_position, a.recipient_unit,
       a.province_key, p.name AS province_name, p.valid_to AS province_valid_to,
       coalesce(p.successor, a.province_key) AS province_now_key, pn.name AS province_now_name,
       a.body_key, b.name_vi AS body_vi, b.name_en AS body_en,
       a.decision_number, a.decision_date, a.decider_code, d.name_vi AS decider_vi, d.name_en AS decider_en,
       d.state_level, a.year, a.method_code, m.name_vi AS method_vi, m.name_en AS method_en, a.posthumous,
       a.rationale, a.legal_basis, a.withdrawn_date, a.withdrawal_decision, a.withdrawal_reason, a.origin,
       a.version, a.modified_at, a.search
  FROM awards.award a
  JOIN awards.award_type t ON t.code = a.award_type
  JOIN awards.kind k ON k.code = t.kind_code
  JOIN awards.recipient_kind rk ON rk.code = a.recipient_kind
  JOIN awards.body b ON b.key = a.body_key
  JOIN awards.decider d ON d.code = a.decider_code
  JOIN awards.method m ON m.code = a.method_code
  LEFT JOIN platform.province p ON p.key = a.province_key
  LEFT JOIN platform.province pn ON pn.key = coalesce(p.successor, a.province_key);

-- Dossier timeliness for the open statistics: counts per round and body hold no personal data. On time = first
-- submitted (Vietnam time) on or before the round's deadline.
CREATE VIEW awards.open_dossier_timeliness AS
SELECT d.id, d.round_id, r.key AS round_key, r.name_vi AS round_vi, r.name_en AS round_en, r.year, r.deadline,
       d.body_key, b.name_vi AS body_vi, b.name_en AS body_en, d.status_code,
       (d.first_submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS submitted_on,
       CASE WHEN d.first_submitted_at IS NULL THEN NULL
            ELSE (d.first_submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= r.deadline END AS on_time
  FROM awards.dossier d
  JOIN awards.round r ON r.id = d.round_id
  JOIN awards.body b ON b.key = d.body_key;
