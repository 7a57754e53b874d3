-- Demo content for administrative procedures and one-stop dossiers (V019):
--   1. the procedure catalogue (89 procedures), inserted here;
--   2. procedures.seed_demo(n int DEFAULT 4000) RETURNS int: n generated dossiers, called by the server once, on
--      first start, when procedures.dossier is empty (in the caller's transaction; ANALYZE left to the caller).
--
-- WHAT IS REAL: the names of the procedures follow the ministry's procedures as published in its decisions announcing
-- procedures (associations and funds under Decree 126/2024/NĐ-CP and 93/2019/NĐ-CP, religion under Law 02/2016/QH14
-- and Decree 95/2023/NĐ-CP, emulation and awards under Law 06/2022/QH15 and Decree 98/2023/NĐ-CP, civil servants and
-- public employees, archives) AS WE RECALL THEM — not checked against the national procedure database; the counts
-- of moha-platforms.md row 14: the 43 procedures of the Government Religious Affairs Committee fully online, 24
-- procedures status-synced with the national public-service portal. GENERATED (origin = 'generated'): every code
-- (1.0FFNNN: field number FF, row NNN — not the national database's codes), time limit, fee, list of documents and
-- which 24 procedures are synced.
--
-- Dossiers (all generated, origin = 'generated'; the demo's "today" is 2026-11-27 as in V008 and V018):
--   * received on working days 2024-01-02 .. 2026-11-26, more in recent months; only ministry-level procedures
--     (the ministry's own one-stop desk); procedures weighted by field (awards and archives ahead, the 43 religion
--     procedures together about a fifth);
--   * 15 % ask for additional documents (the clock restarts when they arrive: a new due date); 6 % are refused;
--     about 88 % of the decisions are on or before the due date, the others 1-15 working days late; the result is
--     returned 1-5 working days after the decision; a step that would fall after "today" leaves the dossier one step
--     earlier (so the newest are received, in processing or waiting for documents);
--   * applicants: a generated Vietnamese name, a mobile number, an e-mail for half, the organisation for association
--     and religion procedures; attachments: one file's metadata per required document (at most 4);
--   * steps in procedures.dossier_transition per procedures.transition_rule, handlers demo-officer-<unit>-<1..3>;
--   * receipt codes HS-YYYY-XXXXXXXX from md5 of the row index; the secrets are unknown (hashes of a value nobody
--     is given): submit one through the API to try tracking.
-- Determinism: every choice is hashtext() of the row index and a salt; no random(), no now() in any value.

CREATE TEMP TABLE seed_proc (field text, fno int, level text, ord int, name text, days int, fee int,
                             full_online boolean, synced boolean) ON COMMIT DROP;
INSERT INTO seed_proc (field, fno, level, ord, name, full_online, synced)
SELECT 'TON_GIAO', 1, 'ministry', o::int, n, true, o <= 14
  FROM unnest(ARRAY[
    'Đăng ký hoạt động tôn giáo cho tổ chức có địa bàn hoạt động ở nhiều tỉnh',
    'Đề nghị công nhận tổ chức tôn giáo có địa bàn hoạt động ở nhiều tỉnh',
    'Đăng ký sửa đổi hiến chương của tổ chức tôn giáo có địa bàn hoạt động ở nhiều tỉnh',
    'Đề nghị thành lập, chia, tách tổ chức tôn giáo trực thuộc có địa bàn hoạt động ở nhiều tỉnh',
    'Đề nghị sáp nhập, hợp nhất tổ chức tôn giáo trực thuộc có địa bàn hoạt động ở nhiều tỉnh',
    'Đề nghị giải thể tổ chức tôn giáo trực thuộc có địa bàn hoạt động ở nhiều tỉnh theo quy định của hiến chương',
    'Đề nghị thay đổi tên của tổ chức tôn giáo, tổ chức tôn giáo trực thuộc có địa bàn hoạt động ở nhiều tỉnh',
    'Đề nghị thay đổi trụ sở của tổ chức tôn giáo',
    'Đề nghị tổ chức đại hội của tổ chức tôn giáo có địa bàn hoạt động ở nhiều tỉnh',
    'Thông báo kết quả đại hội của tổ chức tôn giáo có địa bàn hoạt động ở nhiều tỉnh',
    'Đăng ký thành lập cơ sở đào tạo tôn giáo',
    'Đề nghị mở khóa bồi dưỡng về tôn giáo cho người chuyên hoạt động tôn giáo',
    'Đăng ký thay đổi người đại diện của tổ chức tôn giáo',
    'Đề nghị cấp chứng nhận đăng ký pháp nhân phi thương mại cho tổ chức tôn giáo trực thuộc',
    'Thông báo người được phong phẩm hoặc suy cử làm chức sắc',
    'Đăng ký người được bổ nhiệm, bầu cử, suy cử làm chức việc của tổ chức tôn giáo có địa bàn hoạt động ở nhiều tỉnh',
    'Thông báo thuyên chuyển chức sắc, chức việc, nhà tu hành',
    'Thông báo cách chức, bãi nhiệm chức sắc, chức việc',
    'Đề nghị phong phẩm, suy cử chức sắc có yếu tố nước ngoài',
    'Đề nghị mời tổ chức, cá nhân nước ngoài vào Việt Nam thực hiện hoạt động tôn giáo',
    'Đề nghị cho chức sắc, nhà tu hành tham gia đào tạo tôn giáo ở nước ngoài',
    'Đề nghị cho tổ chức, cá nhân tôn giáo tham gia hoạt động tôn giáo ở nước ngoài',
    'Đề nghị cho tổ chức tôn giáo gia nhập tổ chức tôn giáo nước ngoài',
    'Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo có quy mô tổ chức ở nhiều tỉnh',
    'Đề nghị tổ chức hội nghị thường niên của tổ chức tôn giáo có địa bàn hoạt động ở nhiều tỉnh',
    'Đăng ký sinh hoạt tôn giáo tập trung cho người nước ngoài cư trú hợp pháp tại Việt Nam ở nhiều tỉnh',
    'Đề nghị mời chức sắc, nhà tu hành là người nước ngoài đến giảng đạo',
    'Đề nghị thay đổi địa điểm cơ sở đào tạo tôn giáo',
    'Đăng ký thay đổi nội dung đăng ký hoạt động tôn giáo',
    'Đề nghị giải thể cơ sở đào tạo tôn giáo',
    'Đăng ký chương trình đào tạo của cơ sở đào tạo tôn giáo',
    'Đăng ký bổ sung hoạt động tôn giáo ngoài danh mục đã thông báo có quy mô tổ chức ở nhiều tỉnh',
    'Đề nghị thành lập tổ chức tôn giáo trực thuộc có yếu tố nước ngoài',
    'Thông báo tổ chức quyên góp vượt ra ngoài phạm vi một tỉnh',
    'Đề nghị cho người nước ngoài học tại cơ sở đào tạo tôn giáo ở Việt Nam',
    'Thông báo danh mục hoạt động tôn giáo hằng năm của tổ chức tôn giáo có địa bàn hoạt động ở nhiều tỉnh',
    'Thông báo danh mục hoạt động tôn giáo bổ sung',
    'Đề nghị tổ chức hội nghị, đại hội của tổ chức tôn giáo trực thuộc có yếu tố nước ngoài',
    'Đề nghị cấp lại chứng nhận đăng ký hoạt động tôn giáo',
    'Đề nghị cấp lại quyết định công nhận tổ chức tôn giáo',
    'Thông báo kết quả bổ nhiệm, bầu cử, suy cử những người lãnh đạo tổ chức tôn giáo',
    'Đề nghị thay đổi thời gian, địa điểm tổ chức cuộc lễ ngoài cơ sở tôn giáo ở nhiều tỉnh',
    'Đề nghị cho tổ chức tôn giáo nhận tài trợ của tổ chức, cá nhân nước ngoài cho hoạt động tôn giáo'])
    WITH ORDINALITY AS t(n, o);
INSERT INTO seed_proc (field, fno, level, ord, name, full_online, synced) VALUES
  ('HOI_QUY', 2, 'ministry', 1,
   'Công nhận ban vận động thành lập hội có phạm vi hoạt động cả nước hoặc liên tỉnh', true, true),
  ('HOI_QUY', 2, 'ministry', 2, 'Thành lập hội có phạm vi hoạt động cả nước hoặc liên tỉnh', true, true),
  ('HOI_QUY', 2, 'ministry', 3, 'Phê duyệt điều lệ hội có phạm vi hoạt động cả nước hoặc liên tỉnh', true, true),
  ('HOI_QUY', 2, 'ministry', 4,
   'Chia, tách; sáp nhập; hợp nhất hội có phạm vi hoạt động cả nước hoặc liên tỉnh', false, false),
  ('HOI_QUY', 2, 'ministry', 5, 'Đổi tên hội có phạm vi hoạt động cả nước hoặc liên tỉnh', true, false),
  ('HOI_QUY', 2, 'ministry', 6, 'Hội tự giải thể', false, false),
  ('HOI_QUY', 2, 'ministry', 7, 'Báo cáo tổ chức đại hội nhiệm kỳ, đại hội bất thường của hội', true, true),
  ('HOI_QUY', 2, 'ministry', 8,
   'Cấp giấy phép thành lập và công nhận điều lệ quỹ có phạm vi hoạt động toàn quốc hoặc liên tỉnh', false, true),
  ('HOI_QUY', 2, 'ministry', 9,
   'Công nhận quỹ đủ điều kiện hoạt động và công nhận thành viên hội đồng quản lý quỹ', false, false),
  ('HOI_QUY', 2, 'ministry', 10, 'Công nhận thay đổi, bổ sung thành viên hội đồng quản lý quỹ', true, false),
  ('HOI_QUY', 2, 'ministry', 11,
   'Thay đổi giấy phép thành lập và công nhận điều lệ (sửa đổi, bổ sung) quỹ', false, false),
  ('HOI_QUY', 2, 'ministry', 12, 'Cấp lại giấy phép thành lập và công nhận điều lệ quỹ', true, true),
  ('HOI_QUY', 2, 'ministry', 13, 'Hợp nhất, sáp nhập, chia, tách quỹ', false, false),
  ('HOI_QUY', 2, 'ministry', 14, 'Đổi tên quỹ', true, false),
  ('HOI_QUY', 2, 'ministry', 15, 'Quỹ tự giải thể', false, false),
  ('HOI_QUY', 2, 'province', 16, 'Thành lập hội có phạm vi hoạt động trong tỉnh', false, false),
  ('HOI_QUY', 2, 'province', 17, 'Phê duyệt điều lệ hội có phạm vi hoạt động trong tỉnh', false, false),
  ('HOI_QUY', 2, 'province', 18,
   'Cấp giấy phép thành lập và công nhận điều lệ quỹ có phạm vi hoạt động trong tỉnh', false, false),
  ('HOI_QUY', 2, 'commune', 19, 'Thành lập hội có phạm vi hoạt động trong xã', false, false),
  ('THI_DUA_KHEN_THUONG', 3, 'ministry', 1, 'Tặng thưởng Huân chương Lao động', false, true),
  ('THI_DUA_KHEN_THUONG', 3, 'ministry', 2, 'Tặng thưởng Bằng khen của Thủ tướng Chính phủ', false, true),
  ('THI_DUA_KHEN_THUONG', 3, 'ministry', 3, 'Tặng danh hiệu Chiến sĩ thi đua toàn quốc', false, false),
  ('THI_DUA_KHEN_THUONG', 3, 'ministry', 4, 'Tặng Cờ thi đua của Chính phủ', false, false),
  ('THI_DUA_KHEN_THUONG', 3, 'ministry', 5, 'Tặng danh hiệu Anh hùng Lao động', false, false),
  ('THI_DUA_KHEN_THUONG', 3, 'ministry', 6, 'Tặng thưởng Huân chương Độc lập', false, false),
  ('THI_DUA_KHEN_THUONG', 3, 'ministry', 7, 'Tặng Bằng khen của Bộ trưởng Bộ Nội vụ', true, false),
  ('THI_DUA_KHEN_THUONG', 3, 'ministry', 8, 'Tặng danh hiệu Tập thể lao động xuất sắc của Bộ Nội vụ', true, false),
  ('THI_DUA_KHEN_THUONG', 3, 'ministry', 9,
   'Tặng Kỷ niệm chương "Vì sự nghiệp xây dựng tổ chức nhà nước"', true, false),
  ('THI_DUA_KHEN_THUONG', 3, 'commune', 10, 'Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã', false, false),
  ('CONG_CHUC_VIEN_CHUC', 4, 'ministry', 1, 'Thi tuyển công chức', false, false),
  ('CONG_CHUC_VIEN_CHUC', 4, 'ministry', 2, 'Xét tuyển công chức', false, false),
  ('CONG_CHUC_VIEN_CHUC', 4, 'ministry', 3, 'Tiếp nhận vào làm công chức', false, false),
  ('CONG_CHUC_VIEN_CHUC', 4, 'ministry', 4, 'Thi nâng ngạch công chức', false, false),
  ('CONG_CHUC_VIEN_CHUC', 4, 'ministry', 5, 'Thi tuyển viên chức', false, false),
  ('CONG_CHUC_VIEN_CHUC', 4, 'ministry', 6, 'Xét tuyển viên chức', false, false),
  ('CONG_CHUC_VIEN_CHUC', 4, 'ministry', 7, 'Thi thăng hạng chức danh nghề nghiệp viên chức', false, false),
  ('CONG_CHUC_VIEN_CHUC', 4, 'ministry', 8, 'Xét thăng hạng chức danh nghề nghiệp viên chức', false, false),
  ('CONG_CHUC_VIEN_CHUC', 4, 'province', 9, 'Thi tuyển công chức cấp tỉnh', false, false),
  ('VAN_THU_LUU_TRU', 5, 'ministry', 1, 'Cấp chứng chỉ hành nghề lưu trữ', true, true),
  ('VAN_THU_LUU_TRU', 5, 'ministry', 2, 'Cấp lại chứng chỉ hành nghề lưu trữ', true, false),
  ('VAN_THU_LUU_TRU', 5, 'ministry', 3, 'Phục vụ việc sử dụng tài liệu của độc giả tại phòng đọc', false, false),
  ('VAN_THU_LUU_TRU', 5, 'ministry', 4, 'Cấp bản sao và chứng thực tài liệu lưu trữ', true, true),
  ('VAN_THU_LUU_TRU', 5, 'ministry', 5, 'Cấp giấy chứng nhận đủ điều kiện kinh doanh dịch vụ lưu trữ', false, false),
  ('VAN_THU_LUU_TRU', 5, 'province', 6, 'Phục vụ việc sử dụng tài liệu tại Lưu trữ lịch sử cấp tỉnh', false, false),
  ('TO_CHUC_HANH_CHINH', 6, 'ministry', 1, 'Thẩm định đề án thành lập đơn vị sự nghiệp công lập', false, false),
  ('TO_CHUC_HANH_CHINH', 6, 'ministry', 2,
   'Thẩm định đề án tổ chức lại, giải thể đơn vị sự nghiệp công lập', false, false);

-- Time limits (working days) and fees: generated per field, varied by row.
UPDATE seed_proc SET days = CASE field
    WHEN 'TON_GIAO' THEN (ARRAY[30, 45, 60, 20, 30, 15])[1 + ord % 6]
    WHEN 'HOI_QUY' THEN (ARRAY[30, 30, 40, 15, 30])[1 + ord % 5]
    WHEN 'THI_DUA_KHEN_THUONG' THEN (ARRAY[20, 30, 25])[1 + ord % 3]
    WHEN 'CONG_CHUC_VIEN_CHUC' THEN (ARRAY[30, 45, 60])[1 + ord % 3]
    WHEN 'VAN_THU_LUU_TRU' THEN (ARRAY[15, 10, 2, 5, 20])[1 + ord % 5]
    ELSE 30 END,
  fee = CASE WHEN field = 'VAN_THU_LUU_TRU' AND ord IN (1, 2) THEN 200000
             WHEN field = 'VAN_THU_LUU_TRU' AND ord = 4 THEN 20000
             WHEN field = 'CONG_CHUC_VIEN_CHUC' AND ord IN (1, 4, 5, 7, 9) THEN 500000
             ELSE 0 END;

INSERT INTO procedures.procedure (code, name, field_code, level_code, unit, implementing_body, time_limit_days,
                                  fee_vnd, fee_note, documents, result, online_level, national_sync, origin)
SELECT '1.0' || lpad((s.fno * 1000 + s.ord)::text, 5, '0'), s.name, s.field, s.level, u.unit,
       CASE s.level WHEN 'ministry' THEN CASE WHEN s.field = 'TON_GIAO' THEN 'Ban Tôn giáo Chính phủ'
                                               ELSE 'Bộ Nội vụ (' || o.name_vi || ')' END
                    WHEN 'province' THEN 'Sở Nội vụ tỉnh, thành phố trực thuộc trung ương'
                    ELSE 'Ủy ban nhân dân cấp xã' END,
       s.days, s.fee,
       CASE WHEN s.fee = 0 THEN 'Không thu phí, lệ phí' WHEN s.field = 'VAN_THU_LUU_TRU' AND s.ord = 4
            THEN 'Phí chứng thực tài liệu lưu trữ, mỗi trang (mức minh họa)'
            ELSE 'Mức phí minh họa, không lấy từ văn bản quy định phí' END,
       CASE s.field
         WHEN 'TON_GIAO' THEN ARRAY['Văn bản đề nghị theo mẫu', 'Bản tóm tắt quá trình hoạt động của tổ chức',
                                    'Danh sách, sơ yếu lý lịch người đại diện',
                                    'Bản sao giấy tờ chứng minh trụ sở hợp pháp']
         WHEN 'HOI_QUY' THEN ARRAY['Đơn đề nghị theo mẫu', 'Dự thảo điều lệ',
                                   'Danh sách ban vận động hoặc sáng lập viên',
                                   'Văn bản xác nhận nơi dự kiến đặt trụ sở']
         WHEN 'THI_DUA_KHEN_THUONG' THEN ARRAY['Tờ trình đề nghị khen thưởng',
                                               'Báo cáo thành tích có xác nhận của cấp trình',
                                               'Biên bản họp Hội đồng thi đua, khen thưởng']
         WHEN 'CONG_CHUC_VIEN_CHUC' THEN ARRAY['Phiếu đăng ký dự tuyển theo mẫu', 'Bản sao văn bằng, chứng chỉ',
                                               'Giấy chứng nhận đối tượng ưu tiên (nếu có)']
         WHEN 'VAN_THU_LUU_TRU' THEN ARRAY['Đơn đề nghị theo mẫu', 'Bản sao văn bằng chuyên môn',
                                           'Giấy xác nhận thời gian làm việc']
         ELSE ARRAY['Tờ trình đề nghị thẩm định', 'Đề án', 'Báo cáo thẩm định của cơ quan chủ quản'] END,
       CASE s.field
         WHEN 'TON_GIAO' THEN 'Văn bản chấp thuận hoặc chứng nhận của Ban Tôn giáo Chính phủ'
         WHEN 'HOI_QUY' THEN 'Quyết định của cơ quan có thẩm quyền'
         WHEN 'THI_DUA_KHEN_THUONG' THEN 'Quyết định khen thưởng'
         WHEN 'CONG_CHUC_VIEN_CHUC' THEN 'Thông báo kết quả, quyết định tuyển dụng hoặc bổ nhiệm'
         WHEN 'VAN_THU_LUU_TRU' THEN 'Chứng chỉ, bản sao hoặc văn bản trả lời'
         ELSE 'Văn bản thẩm định' END,
       CASE WHEN s.full_online THEN 'full' ELSE 'partial' END, s.synced, 'generated'
  FROM seed_proc s
  JOIN (VALUES ('TON_GIAO', 'BAN_TGCP'), ('HOI_QUY', 'VU_TCPCP'), ('THI_DUA_KHEN_THUONG', 'BAN_TDKT'),
               ('CONG_CHUC_VIEN_CHUC', 'VU_CCVC'), ('VAN_THU_LUU_TRU', 'CUC_VTLTNN'),
               ('TO_CHUC_HANH_CHINH', 'VAN_PHONG')) AS u(field, unit) ON u.field = s.field
  JOIN platform.org_unit o ON o.code = u.unit;

-- The legal basis of each field's procedures (document numbers as we recall them; a number that matches a document
-- of legaldocs.document links to it).
INSERT INTO procedures.legal_basis (procedure_code, ord, number, title)
SELECT p.code, b.ord, b.number, b.title
  FROM procedures.procedure p
  JOIN (VALUES
    ('TON_GIAO', 1, '02/2016/QH14', 'Luật Tín ngưỡng, tôn giáo'),
    ('TON_GIAO', 2, '95/2023/NĐ-CP', 'Nghị định quy định chi tiết Luật Tín ngưỡng, tôn giáo'),
    ('HOI_QUY', 1, '126/2024/NĐ-CP', 'Nghị định quy định về tổ chức, hoạt động và quản lý hội'),
    ('HOI_QUY', 2, '93/2019/NĐ-CP', 'Nghị định về tổ chức, hoạt động của quỹ xã hội, quỹ từ thiện'),
    ('THI_DUA_KHEN_THUONG', 1, '06/2022/QH15', 'Luật Thi đua, khen thưởng'),
    ('THI_DUA_KHEN_THUONG', 2, '98/2023/NĐ-CP',
     'Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng'),
    ('CONG_CHUC_VIEN_CHUC', 1, '138/2020/NĐ-CP', 'Nghị định quy định về tuyển dụng, sử dụng và quản lý công chức'),
    ('CONG_CHUC_VIEN_CHUC', 2, '115/2020/NĐ-CP', 'Nghị định quy định về tuyển dụng, sử dụng và quản lý viên chức'),
    ('VAN_THU_LUU_TRU', 1, '33/2024/QH15', 'Luật Lưu trữ'),
    ('VAN_THU_LUU_TRU', 2, '30/2020/NĐ-CP', 'Nghị định về công tác văn thư'),
    ('TO_CHUC_HANH_CHINH', 1, '120/2020/NĐ-CP',
     'Nghị định quy định về thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập'))
    AS b(field, ord, number, title) ON b.field = p.field_code;
INSERT INTO procedures.legal_basis (procedure_code, ord, number, title)
SELECT code, 9, '61/2018/NĐ-CP', 'Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục '
       || 'hành chính'
  FROM procedures.procedure WHERE level_code = 'ministry';

CREATE OR REPLACE FUNCTION procedures.seed_demo(n int DEFAULT 4000) RETURNS int
LANGUAGE plpgsql
SET jit = off
SET client_min_messages = warning
AS $seed$
DECLARE
  c_today  constant date := date '2026-11-27';
  c_first  constant date := date '2024-01-02';
  c_tz     constant text := 'Asia/Ho_Chi_Minh';
  v_n      int := greatest(coalesce(seed_demo.n, 0), 0);
  v_base   bigint;
  v_total  int;
  fam constant text[] := ARRAY['Nguyễn','Nguyễn','Nguyễn','Nguyễn','Trần','Trần','Lê','Lê','Phạm','Hoàng','Huỳnh',
    'Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'];
  mid constant text[] := ARRAY['Văn','Văn','Thị','Thị','Hữu','Đức','Minh','Thanh','Ngọc','Quốc','Thu','Hồng'];
  giv constant text[] := ARRAY['Hùng','Dũng','Tuấn','Hải','Nam','Bình','Sơn','Lan','Hương','Mai','Hà','Thảo','Hạnh',
    'Trang','Linh','Long','Quân','Cường','Hòa','Trung','Thành','Phong','Khánh','Vân','Yến'];
  org_t constant text[] := ARRAY['Giáo hội', 'Hội', 'Quỹ', 'Hiệp hội'];
  org_n constant text[] := ARRAY['Phát triển cộng đồng', 'Khuyến học', 'Bảo trợ trẻ em', 'Doanh nhân trẻ',
    'Nghề nghiệp Việt Nam', 'Hỗ trợ người cao tuổi', 'Văn hóa dân gian', 'Từ thiện Ánh Dương'];
BEGIN
  IF v_n = 0 THEN
    RETURN 0;
  END IF;
  SELECT coalesce(max(id), 0) INTO v_base FROM procedures.dossier;

  -- Ministry-level procedures with cumulative weights by field.
  CREATE TEMP TABLE seed_p ON COMMIT DROP AS
  SELECT p.code, p.unit, p.time_limit_days AS days, p.field_code, p.documents,
         sum(w) OVER (ORDER BY p.code) - w AS lo, sum(w) OVER (ORDER BY p.code) AS hi
    FROM procedures.procedure p,
         LATERAL (SELECT CASE p.field_code WHEN 'THI_DUA_KHEN_THUONG' THEN 60 WHEN 'VAN_THU_LUU_TRU' THEN 50
                                            WHEN 'HOI_QUY' THEN 20 WHEN 'CONG_CHUC_VIEN_CHUC' THEN 25
                                            WHEN 'TON_GIAO' THEN 7 ELSE 10 END AS w) x
   WHERE p.level_code = 'ministry';
  SELECT max(hi) INTO v_total FROM seed_p;

  CREATE TEMP TABLE seed_d ON COMMIT DROP AS
  WITH g AS (
    SELECT i, hashtext(i || ':p') & 2147483647 AS hp, hashtext(i || ':s') & 2147483647 AS hs,
           hashtext(i || ':t') & 2147483647 AS ht, hashtext(i || ':l') & 2147483647 AS hl,
           hashtext(i || ':r') & 2147483647 AS hr,
           c_first + floor((c_today - 1 - c_first) * sqrt(((i * 0.6180339887) - floor(i * 0.6180339887))))::int
             AS day0
      FROM generate_series(1, v_n) AS i
  ), r AS (
    SELECT g.*, p.code, p.unit, p.days, p.field_code, p.documents,
           feedback.add_working_days(g.day0 - 1, 1) AS received
      FROM g JOIN seed_p p ON (g.hp % v_total) >= p.lo AND (g.hp % v_total) < p.hi
  ), s AS (
    SELECT r.*, hs % 100 < 15 AS supp, hs % 100 BETWEEN 15 AND 20 AS refuse, ht % 100 < 12 AS late,
           feedback.add_working_days(r.received, 1 + hl % 2) AS assigned
      FROM r
  ), t AS (
    SELECT s.*,
           CASE WHEN supp THEN feedback.add_working_days(assigned, 1 + ht % 4) END AS supp_req,
           CASE WHEN supp THEN feedback.add_working_days(assigned, 6 + ht % 10) END AS supp_in
      FROM s
  ), u AS (
    SELECT t.*, procedures.due_date(coalesce(t.supp_in, t.received), t.days) AS due
      FROM t
  )
  SELECT u.*,
         CASE WHEN late THEN feedback.add_working_days(due, 1 + hr % 15)
              ELSE feedback.add_working_days(coalesce(supp_in, assigned),
                                             greatest(1, (days * (30 + hr % 70) / 100) - 1)) END AS decided
    FROM u;
  ALTER TABLE seed_d ADD COLUMN returned date;
  UPDATE seed_d SET decided = greatest(decided, feedback.add_working_days(coalesce(supp_in, assigned), 1));
  UPDATE seed_d SET returned = feedback.add_working_days(decided, 1 + hs % 5);

  INSERT INTO procedures.dossier (id, code, secret_hash, procedure_code, channel, received_at, received_date, due_date,
                                  status_code, assigned_unit, handler, decided_at, returned_at, refuse_reason, origin,
                                  version, created_at, modified_at)
  SELECT v_base + d.i,
         'HS-' || to_char(d.received, 'YYYY') || '-'
           || upper(translate(substr(md5('hs' || d.i), 1, 8), '01', 'XY')),
         decode(md5('no secret ' || d.i) || md5('given ' || d.i), 'hex'),
         d.code, CASE WHEN d.hs % 10 < 8 THEN 'online' WHEN d.hs % 10 = 8 THEN 'desk' ELSE 'post' END,
         (d.received + time '07:30' + (d.hl % 540) * interval '1 minute') AT TIME ZONE c_tz, d.received,
         CASE WHEN d.supp_in IS NOT NULL AND d.supp_in >= c_today THEN procedures.due_date(d.received, d.days)
              ELSE d.due END,
         st.status,
         CASE WHEN st.status = 'received' THEN NULL ELSE d.unit END,
         CASE WHEN st.status = 'received' THEN NULL ELSE 'demo-officer-' || lower(d.unit) || '-' || (1 + d.hr % 3) END,
         CASE WHEN st.status IN ('resolved', 'refused', 'returned')
              THEN (d.decided + time '15:00') AT TIME ZONE c_tz END,
         CASE WHEN st.status = 'returned' THEN (d.returned + time '09:00') AT TIME ZONE c_tz END,
         CASE WHEN d.refuse AND st.status IN ('refused', 'returned')
              THEN 'Hồ sơ không đáp ứng điều kiện theo quy định (dữ liệu minh họa).' END,
         'generated', 1, (d.received + time '07:30') AT TIME ZONE c_tz, (d.received + time '07:30') AT TIME ZONE c_tz
    FROM seed_d d,
         LATERAL (SELECT CASE
           WHEN d.assigned >= c_today THEN 'received'
           WHEN d.supp_req IS NOT NULL AND d.supp_req < c_today AND d.supp_in >= c_today THEN 'supplement_requested'
           WHEN d.decided >= c_today THEN 'in_processing'
           WHEN d.returned >= c_today THEN CASE WHEN d.refuse THEN 'refused' ELSE 'resolved' END
           ELSE 'returned' END AS status) st;

  INSERT INTO procedures.applicant (dossier_id, name, organisation, phone, email)
  SELECT v_base + d.i,
         fam[1 + d.hp % array_length(fam, 1)] || ' ' || mid[1 + d.hs % array_length(mid, 1)] || ' '
           || giv[1 + d.ht % array_length(giv, 1)],
         CASE WHEN d.field_code IN ('TON_GIAO', 'HOI_QUY')
              THEN org_t[1 + d.hl % 4] || ' ' || org_n[1 + d.hr % array_length(org_n, 1)] END,
         '09' || lpad((d.hr % 100000000)::text, 8, '0'),
         CASE WHEN d.hl % 2 = 0 THEN 'nguoinop' || d.i || '@example.com' END
    FROM seed_d d;

  INSERT INTO procedures.attachment (dossier_id, ord, name, media_type, size, document)
  SELECT v_base + d.i, k, 'tai-lieu-' || k || '.pdf', 'application/pdf', 40000 + (d.hp + k * 7919) % 2000000,
         d.documents[k]
    FROM seed_d d, generate_series(1, 4) AS k
   WHERE k <= cardinality(d.documents);

  -- Steps, in order: submit, assign, request/receive documents, resolve or refuse, return.
  INSERT INTO procedures.dossier_transition (dossier_id, at, actor, actor_unit, action, from_status, to_status, unit,
                                             comment)
  SELECT x.id, x.at, x.actor, x.actor_unit, x.action, x.from_s, x.to_s, x.unit, x.comment
    FROM procedures.dossier o
    JOIN seed_d d ON o.id = v_base + d.i
    CROSS JOIN LATERAL (VALUES
      (1, o.id, o.received_at, CASE WHEN o.channel = 'online' THEN 'public' ELSE 'demo-officer-van_phong-1' END,
       CASE WHEN o.channel = 'online' THEN NULL ELSE 'VAN_PHONG' END, 'submit', NULL, 'received', NULL::text,
       NULL::text, true),
      (2, o.id, (d.assigned + time '10:00') AT TIME ZONE c_tz, 'demo-officer-van_phong-1', 'VAN_PHONG', 'assign',
       'received', 'in_processing', d.unit, NULL, o.status_code <> 'received'),
      (3, o.id, (d.supp_req + time '11:00') AT TIME ZONE c_tz, o.handler, d.unit, 'request_supplement',
       'in_processing', 'supplement_requested', NULL, 'Đề nghị bổ sung giấy tờ còn thiếu (dữ liệu minh họa).',
       d.supp_req IS NOT NULL AND d.supp_req < c_today AND o.status_code <> 'received'),
      (4, o.id, (d.supp_in + time '14:00') AT TIME ZONE c_tz, o.handler, d.unit, 'receive_supplement',
       'supplement_requested', 'in_processing', NULL, NULL, d.supp_in IS NOT NULL AND d.supp_in < c_today
       AND o.status_code <> 'supplement_requested' AND o.status_code <> 'received'),
      (5, o.id, o.decided_at, o.handler, d.unit, CASE WHEN d.refuse THEN 'refuse' ELSE 'resolve' END,
       'in_processing', CASE WHEN d.refuse THEN 'refused' ELSE 'resolved' END, NULL, o.refuse_reason,
       o.decided_at IS NOT NULL),
      (6, o.id, o.returned_at, 'demo-officer-van_phong-2', 'VAN_PHONG', 'return_result',
       CASE WHEN d.refuse THEN 'refused' ELSE 'resolved' END, 'returned', NULL, NULL, o.returned_at IS NOT NULL))
      AS x(step, id, at, actor, actor_unit, action, from_s, to_s, unit, comment, happened)
   WHERE x.happened
   ORDER BY x.id, x.step;

  UPDATE procedures.dossier o SET version = c.n,
         modified_at = c.last
    FROM (SELECT dossier_id, count(*) AS n, max(at) AS last FROM procedures.dossier_transition
           WHERE dossier_id > v_base GROUP BY dossier_id) c
   WHERE c.dossier_id = o.id;
  PERFORM setval('procedures.dossier_id_seq', v_base + v_n);
  RETURN v_n;
END
$seed$;
