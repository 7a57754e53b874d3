-- The lunar and yearly-placed holidays of feedback.holiday (V017: "as recalled, UNCONFIRMED"), checked against the
-- Government's yearly decisions for 2022-2026 as the press reported them (issue 7). V017 is not edited: this migration
-- confirms each date with its source, corrects one name, and adds the days off V017 missed.
--
-- What the table holds (unchanged): the weekdays on which civil servants are off for a public holiday of Labour Code
-- 45/2019/QH14 Art. 112 — the holiday itself, its compensatory day (nghỉ bù, Art. 111(3): a holiday on a weekly rest
-- day moves to the next working day) and the working day the Prime Minister swapped with a Saturday (hoán đổi) to
-- join two breaks. Limitation: the Saturday worked in exchange (e.g. 2024-05-04, 2026-08-22) is not a working day for
-- feedback.add_working_days, so a time limit that spans a swap ends one working day later than the office calendar.
--
-- Sources, year by year (every date of V017 for these years was right; nothing moves):
--   2022  Công văn 245/VPCP-KGVX of 11/01/2022 (Deputy PM Vũ Đức Đam, on MOLISA's proposal): Tết Nhâm Dần 31/01-04/02,
--         Quốc khánh 01/09-02/09. Giỗ Tổ 10/04 was a Sunday: compensated on Monday 11/04 (Art. 111(3)).
--   2023  Công văn 8056/VPCP-KGVX of 01/12/2022: Tết Quý Mão 20/01-26/01, Quốc khánh 01/09-04/09 (02/09 a Saturday,
--         compensated on 04/09). Giỗ Tổ on Saturday 29/04 → Tuesday 02/05; 30/04 a Sunday → Wednesday 03/05 (V017
--         named 03/05 Giỗ Tổ: it is the compensatory day of Ngày Chiến thắng — renamed here).
--   2024  the Prime Minister's approval of MOLISA's proposal (reported 05/11/2023): Tết Giáp Thìn 08/02-14/02, Quốc
--         khánh 31/08-03/09 (02/09 and 03/09); Giỗ Tổ one day, 10/3 lunar = Thursday 18/04. Added: Monday 29/04,
--         swapped with Saturday 04/05 (Công văn 2450/VPCP-KGVX of 12/04/2024).
--   2025  Công văn 8726/VPCP-KGVX of 26/11/2024 and MOLISA's notice of 03/12/2024: Tết Ất Tỵ 25/01-02/02 (weekdays
--         27/01-31/01, 27/01 swapped with a Saturday), 30/04-04/05 (added: Friday 02/05, swapped), Quốc khánh
--         30/08-02/09 (Monday 01/09). Giỗ Tổ Monday 07/04.
--   2026  the Prime Minister's approval of the Ministry of Home Affairs' proposal (reported 13/10/2025): Tết Bính Ngọ
--         14/02-22/02 (weekdays 16/02-20/02), Quốc khánh 29/08-02/09 (01/09, and added Monday 31/08 swapped with
--         Saturday 22/08). Giỗ Tổ 26/04 is a Sunday: Monday 27/04 (reported 23/02/2026). Tết Dương lịch 01/01-04/01
--         (added: Friday 02/01, swapped; Office of the Government's letter of 25/12/2025).
--   Compensatory days of fixed-date holidays that V017 (weekdays only) left out: 2022-01-03 (01/01 a Saturday),
--   2022-05-02 and 2022-05-03 (30/04 a Saturday, 01/05 a Sunday), 2023-01-02 (01/01 a Sunday).
-- Nothing is left UNCONFIRMED for 2022-2026. Years after 2026 have only the fixed-date holidays of V017 until their
-- decision is known (an operator adds them in a later migration).
UPDATE feedback.holiday SET source = CASE extract(year FROM day)::int
    WHEN 2022 THEN 'Công văn 245/VPCP-KGVX 11/01/2022 (Tết, Quốc khánh); Labour Code Art. 111(3) (Giỗ Tổ nghỉ bù)'
    WHEN 2023 THEN 'Công văn 8056/VPCP-KGVX 01/12/2022 (Tết, Quốc khánh); Labour Code Art. 111(3) (nghỉ bù 02-03/05)'
    WHEN 2024 THEN 'Prime Minister''s approval of MOLISA''s 2024 holiday plan (Tết 08-14/02, Quốc khánh 31/08-03/09)'
    WHEN 2025 THEN 'Công văn 8726/VPCP-KGVX 26/11/2024; MOLISA notice 03/12/2024'
    WHEN 2026 THEN 'Prime Minister''s approval of the Ministry of Home Affairs'' 2026 plan (10/2025); nghỉ bù Giỗ Tổ'
  END
 WHERE source = 'yearly Government notice as recalled (UNCONFIRMED)' AND extract(year FROM day) BETWEEN 2022 AND 2026;

UPDATE feedback.holiday SET name_vi = 'Ngày Chiến thắng (nghỉ bù)' WHERE day = date '2023-05-03';

INSERT INTO feedback.holiday (day, name_vi, source) VALUES
  ('2022-01-03', 'Tết Dương lịch (nghỉ bù)', 'Labour Code 45/2019/QH14 Art. 111(3): 01/01/2022 was a Saturday'),
  ('2022-05-02', 'Ngày Chiến thắng (nghỉ bù)', 'Labour Code 45/2019/QH14 Art. 111(3): 30/04/2022 was a Saturday'),
  ('2022-05-03', 'Ngày Quốc tế lao động (nghỉ bù)', 'Labour Code 45/2019/QH14 Art. 111(3): 01/05/2022 was a Sunday'),
  ('2023-01-02', 'Tết Dương lịch (nghỉ bù)', 'Labour Code 45/2019/QH14 Art. 111(3): 01/01/2023 was a Sunday'),
  ('2024-04-29', 'Ngày Chiến thắng (hoán đổi)', 'Công văn 2450/VPCP-KGVX 12/04/2024: swapped with Saturday 04/05/2024'),
  ('2025-05-02', 'Ngày Quốc tế lao động (hoán đổi)', 'Công văn 8726/VPCP-KGVX 26/11/2024: 30/04-04/05, swapped'),
  ('2026-01-02', 'Tết Dương lịch (hoán đổi)', 'Office of the Government 25/12/2025: 01/01-04/01/2026, swapped'),
  ('2026-08-31', 'Quốc khánh (hoán đổi)', 'Prime Minister''s approval 10/2025: swapped with Saturday 22/08/2026')
ON CONFLICT (day) DO NOTHING;
