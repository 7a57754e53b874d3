-- The facts V023 (civil servants) and V031 (VOffice) marked unconfirmed, checked against what the sources read say
-- (issue 8). V023 and V031 are not edited: this migration replaces each mark by its source, keeps the mark where no
-- source was found, and says what was looked for. No value changes: every value checked was right.
--
-- Ethnic groups (civilservants.ethnicity) — GSO Decision 1019/QĐ-TCTK of 12/11/2008 (the date as given by
-- qcvn109.gov.vn, "Phụ lục E (Tham khảo) Danh mục dân tộc Việt Nam", a reference appendix of QCVN 109:2017/BTTTT).
-- Two copies of the list were read: the GSO's own document (gso.gov.vn/Modules/Doc_Download.aspx?DocID=15172, codes
-- 01-20 legible) and the qcvn109.gov.vn appendix (codes 01-13). Both give codes 01-20 as V023 has them (04 Mường,
-- 05 Khơ me, 06 Hoa — not the 1979 list 121-TCTK/PPCĐ, where 04 is Hoa and 06 Mường, still used by e.g. the Ministry
-- of Health's FHIR code system). Codes 21-54 were in neither copy as read; GitHub code lists disagree with one another
-- (Rơ Măm is 52 in some, 54 in others) and are no source: 21-54 stay marked UNCONFIRMED.
--
-- Salary groups (civilservants.salary_scale) — Circular 2/2021/TT-BNV Art. 14 gives each rank its salary group and
-- the group's first and last coefficient of Decree 204/2004/NĐ-CP Table 2: A3.1 6.20-8.00, A2.1 4.40-6.78, A1
-- 2.34-4.98, A0 2.10-4.89, B 1.86-4.06 (as reported by the HCMC Department of Natural Resources and Environment,
-- donre.hochiminhcity.gov.vn, "Cách xếp lương công chức hành chính"). Every step of A3.1 (6), A2.1 (8) and A1 (9) was
-- read in a copy of the Decree 204 tables (krongbuk.edu.vn, "Thang bảng lương theo Nghị định 204/2004/NĐ-CP"). The
-- steps of A0 (10 × 0.31) and B (12 × 0.20) fit the ranges but were not seen: marked.
--
-- Ranks (civilservants.rank) — their salary groups are those of Art. 14 above. Codes 01.001 (Chuyên viên cao cấp),
-- 01.002 (Chuyên viên chính) and 01.003 (Chuyên viên) were read only in the krongbuk.edu.vn copy of the salary tables,
-- not in the circular itself; 01.004 (Cán sự) and 01.005 (Nhân viên) in no source read: marked.
--
-- VOffice priority — Decree 30/2020/NĐ-CP of 05/03/2020, Appendix I, Part I, section III.2 (read in the appendix as
-- published in ericphan28/van-ban-plus, docs/van-ban-phap-quy/nghi-dinh/30-2020-ND-CP/van-ban-goc/…/Phuluc1.md):
-- (b) urgency levels "hoả tốc, thượng khẩn, khẩn", stamps HOẢ TỐC / THƯỢNG KHẨN / KHẨN; (a) secrecy marks
-- "tuyệt mật, tối mật hoặc mật" (TUYỆT MẬT / TỐI MẬT / MẬT) under the law on protection of state secrets (Law
-- 29/2018/QH14; a new Law on Protection of State Secrets 117/2025/QH15 of 10/12/2025 exists — thuviennhadat.vn — its
-- classification article was not read). "Thường" and "Không mật" are ours: the absence of a mark. Appendix VI keeps
-- both in one field, Priority (Number, 1 digit); the decree gives no digit for each level, so ours are codes.
--
-- Unit codes (voffice.unit_code) — Appendix I, II.3(b): the abbreviations of an agency's units are set by the head of
-- the agency. The ministry's own list was not found; the decree's illustration "Số: 05/BNV-VP" shows VP for the
-- Ministry Office. Every other code stays ours.
--
-- Not changed, still marked (what was looked for is in the report of issue 8 and README "Sources"):
--   * talent.category young_scientist: Decree 140/2017/NĐ-CP Art. 2.2 was not read (pages, docs and code corpora; one
--     fragment about an ISI/SCI publication was seen without its context);
--   * the archive: Thông tư 05/2025/TT-BNV's data lists as summarised by baochinhphu.vn (15/05/2025) — a fonds: code,
--     name, status, history of the creator, date range, total documents, classification scheme or main groups,
--     language, backup regime, note; a file: code, title, retention, access level, language, start and end, keywords,
--     total documents, sheets and pages, physical state, information notation, reliability, paper original's code,
--     backup regime and state, file data — the document list was not read. archive.file keeps the fields of Decree
--     30/2020 Appendix VI Part II.III (checked: field names and lengths as V029 says, except Creator, String 30 in the
--     appendix, ≤ 50 in archive.file: a person's name, never published).

UPDATE civilservants.ethnicity SET source = CASE WHEN code::int <= 20
    THEN 'GSO Decision 1019/QĐ-TCTK of 12/11/2008, code and name '
      || '(gso.gov.vn/Modules/Doc_Download.aspx?DocID=15172; qcvn109.gov.vn Phụ lục E)'
    ELSE 'GSO Decision 1019/QĐ-TCTK of 12/11/2008: name confirmed, code UNCONFIRMED (list order as we know it; the '
      || 'copies read, gso.gov.vn DocID=15172 and qcvn109.gov.vn Phụ lục E, were legible only to code 20)' END;

UPDATE civilservants.salary_scale SET source = CASE code
    WHEN 'A3.1' THEN 'Decree 204/2004/NĐ-CP Table 2, 6.20-8.00 (Circular 2/2021/TT-BNV Art. 14, via '
      || 'donre.hochiminhcity.gov.vn); six steps as in the tables'' copy at krongbuk.edu.vn'
    WHEN 'A2.1' THEN 'Decree 204/2004/NĐ-CP Table 2, 4.40-6.78 (Circular 2/2021/TT-BNV Art. 14, via '
      || 'donre.hochiminhcity.gov.vn); eight steps as in the tables'' copy at krongbuk.edu.vn'
    WHEN 'A1' THEN 'Decree 204/2004/NĐ-CP Table 2, 2.34-4.98 (Circular 2/2021/TT-BNV Art. 14, via '
      || 'donre.hochiminhcity.gov.vn); nine steps as in the tables'' copy at krongbuk.edu.vn'
    WHEN 'A0' THEN 'Decree 204/2004/NĐ-CP Table 2, 2.10-4.89 (Circular 2/2021/TT-BNV Art. 14, via '
      || 'donre.hochiminhcity.gov.vn); steps UNCONFIRMED (fit the range, not seen)'
    WHEN 'B' THEN 'Decree 204/2004/NĐ-CP Table 2, 1.86-4.06 (Circular 2/2021/TT-BNV Art. 14, via '
      || 'donre.hochiminhcity.gov.vn); steps UNCONFIRMED (fit the range, not seen)'
  END;

UPDATE civilservants.rank SET source = 'Circular 2/2021/TT-BNV Art. 14 (salary group, via donre.hochiminhcity.gov.vn); '
  || CASE WHEN code IN ('01.001', '01.002', '01.003')
       THEN 'code as in the Decree 204/2004 tables'' copy at krongbuk.edu.vn, not read in the circular'
       ELSE 'code UNCONFIRMED (in no source read)' END;

ALTER TABLE voffice.urgency ADD COLUMN source text;
UPDATE voffice.urgency SET source = CASE code
    WHEN 'normal' THEN 'ours: no urgency mark'
    ELSE 'Decree 30/2020/NĐ-CP Appendix I, Part I, III.2(b) (hoả tốc, thượng khẩn, khẩn)' END;
ALTER TABLE voffice.urgency ALTER COLUMN source SET NOT NULL;

ALTER TABLE voffice.secrecy ADD COLUMN source text;
UPDATE voffice.secrecy SET source = CASE code
    WHEN 'none' THEN 'ours: no secrecy mark'
    ELSE 'Decree 30/2020/NĐ-CP Appendix I, Part I, III.2(a) (tuyệt mật, tối mật, mật; Law 29/2018/QH14)' END;
ALTER TABLE voffice.secrecy ALTER COLUMN source SET NOT NULL;

ALTER TABLE voffice.unit_code ADD COLUMN source text;
UPDATE voffice.unit_code SET source = CASE unit
    WHEN 'VAN_PHONG' THEN 'Decree 30/2020/NĐ-CP Appendix I (illustration "05/BNV-VP"); the ministry''s own list '
      || 'not found'
    ELSE 'ours (generated): set by the head of the agency (Decree 30/2020/NĐ-CP Appendix I, II.3(b)); the '
      || 'ministry''s list not found' END;
ALTER TABLE voffice.unit_code ALTER COLUMN source SET DEFAULT 'ours',
  ALTER COLUMN source SET NOT NULL;
