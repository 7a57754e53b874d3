-- Demo content for citizen feedback and petitions (V017):
--   feedback.seed_demo(n int DEFAULT 3000) RETURNS int
--
-- The server calls SELECT feedback.seed_demo($1) once, on first start, when feedback.item is empty. It runs inside
-- the caller's transaction, returns the number of cases it inserted and leaves ANALYZE to the caller.
--
-- WHAT IS REAL: only the code lists of V017 (fields, channels, statuses, the workflow) and the units of
-- platform.org_unit. Everything below is invented and marked origin = 'generated'; every generated question ends
-- with "(Dữ liệu minh họa, sinh tự động)".
--
-- WHAT IS GENERATED
--   * n cases received 2022-01-03 .. 2026-11-26 (the demo's "today" is 2026-11-27, as in V008), more in recent years
--     (received date = first day + span · sqrt(golden-ratio sequence)), at 07:00-21:59 Vietnam time; 80 % online,
--     12 % by post, 8 % by the hotline. Fields weighted as a ministry's PAKN desk sees them (civil servants, salaries,
--     social insurance, labour ahead; boundaries, inspection, youth rare). Each field has two topics (a title, a
--     question, an answer); a question is intro + topic + context + sometimes a sentence with the submitter's own
--     identifiers (a quarter of them: name and phone, e-mail, citizen ID or date of birth, written the ways people
--     write them) so that the redaction on publishing is exercised; a tenth of the answers greet the submitter by
--     name.
--   * Submitters (feedback.submitter): a Vietnamese name from the word lists of V008's generated people, a mobile
--     number (90 %), an e-mail (50 %, always when there is no phone), a postal address (40 %).
--   * Status by age: older than 60 days mostly published (58 %) or answered without publication (22 %), 8 %
--     rejected, the rest still assigned or classified (overdue backlog); 15-60 days a mix; under 15 days mostly
--     received, classified or assigned. Due date = feedback.due_date(received date) (10 working days). About 85 %
--     of the answers are on time, the others 1-25 days late; an answer or publication that would fall after the demo
--     "today" leaves the case one step earlier. 5 % of the assigned cases were first assigned to another unit and
--     reassigned. Published texts are feedback.redact() of the question, title and answer with the submitter's name.
--   * Transitions (feedback.transition) step by step per feedback.transition_rule: submit (actor "public", or the
--     Centre's officer for letters and calls), classify, assign, reassign, answer (demo-officer-<unit>), publish, or
--     reject with a reason; strictly increasing times. version = number of steps.
--   * Tracking codes PAKN-YYYY-XXXXXXXX from md5 of the row index; the secrets are unknown (their hashes are of a
--     value nobody is given), so demo cases cannot be tracked — submit one through the API to try tracking.
--
-- Determinism: every choice is hashtext() of the row index and a salt (& 0x7fffffff) or the golden-ratio sequence; no
-- random(), no now() in any value. Ids are explicit (current max + rank by received time). Set-based: a few
-- statements over temporary tables (ON COMMIT DROP).

CREATE OR REPLACE FUNCTION feedback.seed_demo(n int DEFAULT 3000) RETURNS int
LANGUAGE plpgsql
SET jit = off
SET client_min_messages = warning
AS $seed$
DECLARE
  c_today  constant date := date '2026-11-27';
  c_first  constant date := date '2022-01-03';
  c_tz     constant text := 'Asia/Ho_Chi_Minh';
  v_n      int := greatest(coalesce(seed_demo.n, 0), 0);
  v_base   bigint;
  v_made   int;
  -- the word lists of V008's generated people
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
  street constant text[] := ARRAY['Trần Hưng Đạo','Lê Lợi','Nguyễn Trãi','Hai Bà Trưng','Lý Thường Kiệt','Quang Trung',
    'Nguyễn Du','Phan Đình Phùng','Hùng Vương','Lê Duẩn'];
  mail constant text[] := ARRAY['gmail.com','gmail.com','gmail.com','yahoo.com','outlook.com','yahoo.com.vn'];
  intro constant text[] := ARRAY['Kính gửi Bộ Nội vụ,', 'Tôi xin hỏi:', 'Kính đề nghị Bộ Nội vụ hướng dẫn:',
    'Tôi có vướng mắc như sau:', 'Xin Quý Bộ giải đáp giúp:'];
  context constant text[] := ARRAY['Đơn vị tôi đã hỏi cơ quan cấp trên nhưng chưa được trả lời.',
    'Hiện nay mỗi nơi hướng dẫn một cách khác nhau.', 'Vấn đề này ảnh hưởng đến quyền lợi của nhiều người.',
    'Tôi đã tìm hiểu các văn bản hướng dẫn nhưng chưa rõ.', ''];
  reasons constant text[] := ARRAY[
    'Nội dung không thuộc phạm vi quản lý nhà nước của Bộ Nội vụ; đề nghị gửi cơ quan có thẩm quyền.',
    'Nội dung trùng với phản ánh, kiến nghị đã được trả lời.',
    'Nội dung là đơn khiếu nại, tố cáo; đề nghị thực hiện theo quy định của pháp luật về khiếu nại, tố cáo.',
    'Không đủ thông tin để xem xét, trả lời.'];
BEGIN
  IF v_n = 0 THEN
    RETURN 0;
  END IF;
  SELECT coalesce(max(id), 0) INTO v_base FROM feedback.item;

  -- 1. Topics: two per field (title, question, answer), and the field weights (slots of 100).
  CREATE TEMP TABLE seed_topic (field text, t int, title text, q text, a text) ON COMMIT DROP;
  INSERT INTO seed_topic VALUES
    ('CAN_BO_CONG_CHUC', 0, 'Xét chuyển công chức từ cấp xã lên cấp tỉnh',
     'Công chức cấp xã có đủ 5 năm công tác, có trình độ đại học thì có được xét chuyển thành công chức cấp tỉnh không, thủ tục thế nào?',
     'Việc tiếp nhận vào làm công chức thực hiện theo Luật Cán bộ, công chức và các nghị định hướng dẫn: cơ quan quản lý công chức xem xét nhu cầu vị trí việc làm, tiêu chuẩn, điều kiện của người được tiếp nhận và tổ chức sát hạch theo quy định.'),
    ('CAN_BO_CONG_CHUC', 1, 'Thời gian tập sự của viên chức',
     'Viên chức được tuyển dụng đã có thời gian công tác có đóng bảo hiểm xã hội đúng chuyên môn thì có phải thực hiện chế độ tập sự không?',
     'Theo quy định về tuyển dụng, sử dụng và quản lý viên chức, người đã có thời gian công tác có đóng bảo hiểm xã hội bắt buộc bằng hoặc lớn hơn thời gian tập sự, làm công việc chuyên môn phù hợp thì không phải thực hiện chế độ tập sự.'),
    ('TIEN_LUONG', 0, 'Nâng bậc lương trước thời hạn do lập thành tích xuất sắc',
     'Công chức được tặng Bằng khen của Thủ tướng Chính phủ thì có được xét nâng bậc lương trước thời hạn không và thời gian rút ngắn là bao lâu?',
     'Việc nâng bậc lương trước thời hạn do lập thành tích xuất sắc trong thực hiện nhiệm vụ thực hiện theo hướng dẫn của Bộ Nội vụ: cơ quan, đơn vị căn cứ hình thức khen thưởng và quy chế của đơn vị để xét, thời gian rút ngắn tối đa theo quy định.'),
    ('TIEN_LUONG', 1, 'Phụ cấp thâm niên vượt khung',
     'Viên chức đã hưởng bậc lương cuối cùng trong ngạch được 3 năm thì phụ cấp thâm niên vượt khung được tính như thế nào?',
     'Viên chức đã xếp bậc lương cuối cùng trong chức danh nghề nghiệp, đủ thời gian giữ bậc và đáp ứng tiêu chuẩn đánh giá thì được hưởng phụ cấp thâm niên vượt khung bằng 5% mức lương của bậc cuối cùng, từ năm thứ tiếp theo mỗi năm thêm 1%.'),
    ('BAO_HIEM_XA_HOI', 0, 'Hưởng bảo hiểm xã hội một lần',
     'Người lao động nghỉ việc đã đóng bảo hiểm xã hội 8 năm thì có được hưởng bảo hiểm xã hội một lần không?',
     'Điều kiện hưởng bảo hiểm xã hội một lần thực hiện theo Luật Bảo hiểm xã hội hiện hành; người lao động nên cân nhắc bảo lưu thời gian đóng để hưởng lương hưu, chi tiết liên hệ cơ quan bảo hiểm xã hội nơi cư trú.'),
    ('BAO_HIEM_XA_HOI', 1, 'Chế độ thai sản khi sinh con',
     'Lao động nữ đóng bảo hiểm xã hội được 5 tháng trong 12 tháng trước khi sinh con thì có được hưởng chế độ thai sản không?',
     'Lao động nữ sinh con được hưởng chế độ thai sản khi đã đóng bảo hiểm xã hội từ đủ 6 tháng trở lên trong thời gian 12 tháng trước khi sinh con, trừ các trường hợp đặc biệt theo quy định của Luật Bảo hiểm xã hội.'),
    ('LAO_DONG_VIEC_LAM', 0, 'Trợ cấp thất nghiệp khi nghỉ việc',
     'Tôi đơn phương chấm dứt hợp đồng lao động đúng luật thì có được hưởng trợ cấp thất nghiệp không, hồ sơ nộp ở đâu?',
     'Người lao động chấm dứt hợp đồng lao động đúng pháp luật, đã đóng bảo hiểm thất nghiệp đủ thời gian và đăng ký thất nghiệp trong thời hạn thì được hưởng trợ cấp thất nghiệp; hồ sơ nộp tại trung tâm dịch vụ việc làm.'),
    ('LAO_DONG_VIEC_LAM', 1, 'Thời giờ làm thêm của người lao động',
     'Doanh nghiệp yêu cầu làm thêm giờ 60 giờ mỗi tháng có đúng quy định của Bộ luật Lao động không?',
     'Số giờ làm thêm của người lao động không quá 40 giờ trong 01 tháng, trừ các trường hợp được làm thêm đến 300 giờ trong 01 năm theo Bộ luật Lao động và nghị định hướng dẫn.'),
    ('CAI_CACH_HC', 0, 'Nộp hồ sơ trực tuyến trên Cổng dịch vụ công',
     'Hồ sơ thủ tục hành chính nộp trực tuyến có phải nộp thêm bản giấy không khi nhận kết quả?',
     'Theo quy định về thực hiện thủ tục hành chính trên môi trường điện tử, hồ sơ nộp trực tuyến hợp lệ có giá trị như hồ sơ giấy; cơ quan giải quyết không yêu cầu nộp lại bản giấy trừ trường hợp pháp luật quy định phải đối chiếu bản chính.'),
    ('CAI_CACH_HC', 1, 'Chỉ số cải cách hành chính cấp tỉnh',
     'Cách chấm điểm Chỉ số cải cách hành chính của các tỉnh được công bố ở đâu và theo tiêu chí nào?',
     'Kết quả Chỉ số cải cách hành chính được Bộ Nội vụ công bố hằng năm; bộ tiêu chí và phương pháp đánh giá được ban hành kèm theo quyết định phê duyệt đề án xác định Chỉ số cải cách hành chính.'),
    ('THI_DUA_KHEN_THUONG', 0, 'Tiêu chuẩn danh hiệu Chiến sĩ thi đua cơ sở',
     'Cá nhân hoàn thành xuất sắc nhiệm vụ nhưng chưa có sáng kiến thì có được xét danh hiệu Chiến sĩ thi đua cơ sở không?',
     'Theo Luật Thi đua, khen thưởng số 06/2022/QH15, danh hiệu Chiến sĩ thi đua cơ sở xét tặng cho cá nhân đạt danh hiệu Lao động tiên tiến và có sáng kiến hoặc giải pháp được công nhận, hoặc đáp ứng các tiêu chuẩn khác theo quy định.'),
    ('THI_DUA_KHEN_THUONG', 1, 'Hồ sơ đề nghị tặng Huân chương Lao động',
     'Hồ sơ đề nghị tặng Huân chương Lao động hạng Ba cho tập thể gồm những giấy tờ gì và nộp trước thời hạn nào?',
     'Hồ sơ gồm tờ trình, biên bản họp Hội đồng thi đua, khen thưởng, báo cáo thành tích có xác nhận của cấp trình khen thưởng; thời hạn nộp theo thông báo của Ban Thi đua – Khen thưởng Trung ương cho từng đợt.'),
    ('CHINH_QUYEN_DP', 0, 'Số lượng Phó Chủ tịch Ủy ban nhân dân cấp xã',
     'Sau khi sắp xếp đơn vị hành chính cấp xã, số lượng Phó Chủ tịch Ủy ban nhân dân xã được quy định như thế nào?',
     'Số lượng Phó Chủ tịch Ủy ban nhân dân cấp xã thực hiện theo Luật Tổ chức chính quyền địa phương năm 2025 và nghị định của Chính phủ quy định số lượng Phó Chủ tịch Ủy ban nhân dân các cấp.'),
    ('CHINH_QUYEN_DP', 1, 'Chế độ đối với người hoạt động không chuyên trách',
     'Người hoạt động không chuyên trách ở cấp xã nghỉ việc do sắp xếp đơn vị hành chính được hưởng chế độ gì?',
     'Người hoạt động không chuyên trách ở cấp xã dôi dư do sắp xếp đơn vị hành chính được hưởng chính sách theo nghị định của Chính phủ về chế độ, chính sách trong thực hiện sắp xếp tổ chức bộ máy.'),
    ('TO_CHUC_BO_MAY', 0, 'Chính sách tinh giản biên chế',
     'Công chức còn 4 năm nữa đến tuổi nghỉ hưu có thuộc đối tượng nghỉ hưu trước tuổi theo chính sách tinh giản biên chế không?',
     'Đối tượng và chế độ nghỉ hưu trước tuổi thực hiện theo nghị định của Chính phủ về chính sách tinh giản biên chế và chính sách đối với cán bộ, công chức trong thực hiện sắp xếp tổ chức bộ máy.'),
    ('TO_CHUC_BO_MAY', 1, 'Thành lập phòng chuyên môn thuộc Sở',
     'Điều kiện để thành lập phòng chuyên môn thuộc Sở là gì, số lượng công chức tối thiểu bao nhiêu?',
     'Việc thành lập phòng thuộc sở thực hiện theo nghị định quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh, trong đó có tiêu chí về khối lượng công việc và số lượng biên chế công chức tối thiểu.'),
    ('HOI_QUY', 0, 'Thủ tục thành lập hội cấp tỉnh',
     'Ban vận động thành lập hội có phạm vi hoạt động trong tỉnh nộp hồ sơ ở đâu, cần bao nhiêu hội viên?',
     'Hồ sơ đề nghị thành lập hội có phạm vi hoạt động trong tỉnh nộp tại Sở Nội vụ; điều kiện về số người đăng ký tham gia và hồ sơ thực hiện theo Nghị định 126/2024/NĐ-CP về tổ chức, hoạt động và quản lý hội.'),
    ('HOI_QUY', 1, 'Công nhận quỹ từ thiện',
     'Quỹ từ thiện do cá nhân thành lập phải có tài sản đóng góp tối thiểu là bao nhiêu để được công nhận?',
     'Điều kiện về tài sản đóng góp thành lập quỹ xã hội, quỹ từ thiện thực hiện theo Nghị định 93/2019/NĐ-CP và văn bản sửa đổi, bổ sung; mức tối thiểu phụ thuộc phạm vi hoạt động của quỹ.'),
    ('VAN_THU_LUU_TRU', 0, 'Thể thức văn bản hành chính điện tử',
     'Văn bản điện tử ký số có cần đóng dấu hình ảnh con dấu không và vị trí chữ ký số đặt ở đâu?',
     'Thể thức và kỹ thuật trình bày văn bản điện tử thực hiện theo Nghị định 30/2020/NĐ-CP về công tác văn thư: chữ ký số của người có thẩm quyền và của cơ quan, tổ chức được trình bày theo phụ lục của Nghị định.'),
    ('VAN_THU_LUU_TRU', 1, 'Thời hạn nộp lưu hồ sơ vào lưu trữ cơ quan',
     'Hồ sơ công việc đã kết thúc phải nộp vào lưu trữ cơ quan trong thời hạn bao lâu?',
     'Hồ sơ, tài liệu phải nộp lưu vào lưu trữ cơ quan trong thời hạn 01 năm kể từ ngày công việc kết thúc, trừ hồ sơ xây dựng cơ bản nộp trong thời hạn 03 tháng kể từ ngày công trình được quyết toán.'),
    ('TIN_NGUONG_TON_GIAO', 0, 'Đăng ký sinh hoạt tôn giáo tập trung',
     'Nhóm tín đồ muốn đăng ký sinh hoạt tôn giáo tập trung tại nhà riêng thì nộp hồ sơ ở đâu?',
     'Việc đăng ký sinh hoạt tôn giáo tập trung thực hiện theo Luật Tín ngưỡng, tôn giáo; hồ sơ gửi Ủy ban nhân dân cấp xã nơi có địa điểm sinh hoạt tôn giáo tập trung.'),
    ('TIN_NGUONG_TON_GIAO', 1, 'Tổ chức lễ hội tín ngưỡng',
     'Cơ sở tín ngưỡng tổ chức lễ hội hằng năm có phải thông báo với chính quyền địa phương không?',
     'Người đại diện cơ sở tín ngưỡng tổ chức lễ hội tín ngưỡng định kỳ có trách nhiệm thông báo bằng văn bản đến Ủy ban nhân dân cấp có thẩm quyền trước khi tổ chức theo Luật Tín ngưỡng, tôn giáo.'),
    ('AN_TOAN_LAO_DONG', 0, 'Huấn luyện an toàn, vệ sinh lao động',
     'Doanh nghiệp nhỏ có bắt buộc tổ chức huấn luyện an toàn, vệ sinh lao động định kỳ cho người lao động không?',
     'Người sử dụng lao động có trách nhiệm tổ chức huấn luyện an toàn, vệ sinh lao động cho người lao động theo Luật An toàn, vệ sinh lao động; nhóm đối tượng và thời gian huấn luyện định kỳ theo nghị định hướng dẫn.'),
    ('AN_TOAN_LAO_DONG', 1, 'Bồi thường tai nạn lao động',
     'Người lao động bị tai nạn trên đường đi làm thì doanh nghiệp có phải bồi thường không?',
     'Tai nạn trên tuyến đường đi và về từ nơi ở đến nơi làm việc trong khoảng thời gian và tuyến đường hợp lý được coi là tai nạn lao động; chế độ do người sử dụng lao động và quỹ bảo hiểm tai nạn lao động chi trả theo quy định.'),
    ('CHUYEN_DOI_SO', 0, 'Tài khoản định danh điện tử khi nộp hồ sơ',
     'Khi nộp hồ sơ trên Cổng dịch vụ công của Bộ có bắt buộc dùng tài khoản định danh điện tử không?',
     'Người dân đăng nhập Cổng dịch vụ công bằng tài khoản định danh điện tử theo quy định về định danh và xác thực điện tử; Trung tâm Công nghệ thông tin hỗ trợ kỹ thuật qua đường dây nóng của Bộ.'),
    ('CHUYEN_DOI_SO', 1, 'Tra cứu văn bản trên cơ sở dữ liệu của Bộ',
     'Cơ sở dữ liệu văn bản pháp luật của Bộ Nội vụ có cho tải toàn văn và tra cứu không dấu không?',
     'Cơ sở dữ liệu văn bản của Bộ cho phép tra cứu toàn văn không phân biệt dấu tiếng Việt và tải dữ liệu mở theo giấy phép CC BY 4.0.'),
    ('THANH_NIEN', 0, 'Chính sách đối với thanh niên xung phong',
     'Thanh niên xung phong tham gia kháng chiến đã về địa phương được hưởng chế độ trợ cấp gì?',
     'Chế độ đối với thanh niên xung phong đã hoàn thành nhiệm vụ trong kháng chiến thực hiện theo quyết định của Thủ tướng Chính phủ và hướng dẫn của Bộ; hồ sơ lập tại Ủy ban nhân dân cấp xã nơi cư trú.'),
    ('THANH_NIEN', 1, 'Tổ chức Tháng Thanh niên',
     'Cơ quan nhà nước có phải xây dựng kế hoạch hưởng ứng Tháng Thanh niên hằng năm không?',
     'Việc triển khai các hoạt động công tác thanh niên hằng năm thực hiện theo Luật Thanh niên và kế hoạch của cơ quan, đơn vị; Bộ Nội vụ hướng dẫn chung về công tác thanh niên.'),
    ('DIA_GIOI_HC', 0, 'Tên gọi đơn vị hành chính sau sắp xếp',
     'Sau khi sáp nhập xã, giấy tờ cá nhân ghi địa chỉ cũ có phải làm lại không?',
     'Các loại giấy tờ đã được cấp trước khi sắp xếp đơn vị hành chính vẫn tiếp tục có giá trị sử dụng; người dân không bắt buộc phải làm thủ tục điều chỉnh khi chưa hết thời hạn sử dụng.'),
    ('DIA_GIOI_HC', 1, 'Hồ sơ điều chỉnh địa giới hành chính',
     'Hồ sơ đề án điều chỉnh địa giới đơn vị hành chính cấp xã do cơ quan nào thẩm định?',
     'Đề án thành lập, giải thể, nhập, chia, điều chỉnh địa giới đơn vị hành chính do Bộ Nội vụ thẩm định theo nghị quyết của Ủy ban Thường vụ Quốc hội về tiêu chuẩn của đơn vị hành chính.'),
    ('THANH_TRA', 0, 'Thời hạn giải quyết khiếu nại lần đầu',
     'Khiếu nại quyết định kỷ luật công chức lần đầu thì thời hạn giải quyết là bao lâu?',
     'Thời hạn giải quyết khiếu nại lần đầu không quá 30 ngày kể từ ngày thụ lý; vụ việc phức tạp không quá 45 ngày theo Luật Khiếu nại.'),
    ('THANH_TRA', 1, 'Thanh tra công vụ',
     'Người dân có thể đề nghị thanh tra việc tuyển dụng công chức tại địa phương không?',
     'Người dân có quyền phản ánh, kiến nghị về việc tuyển dụng công chức; cơ quan thanh tra nội vụ xem xét theo kế hoạch thanh tra hoặc thanh tra đột xuất khi có dấu hiệu vi phạm.'),
    ('PHAP_CHE', 0, 'Góp ý dự thảo văn bản quy phạm pháp luật',
     'Người dân góp ý dự thảo thông tư của Bộ Nội vụ bằng cách nào và trong thời hạn bao lâu?',
     'Dự thảo văn bản quy phạm pháp luật được đăng tải để lấy ý kiến trong thời hạn ít nhất 30 ngày trên cổng thông tin điện tử của Bộ theo Luật Ban hành văn bản quy phạm pháp luật.'),
    ('PHAP_CHE', 1, 'Hiệu lực của thông tư hướng dẫn',
     'Thông tư hướng dẫn có hiệu lực trước ngày nghị định được hướng dẫn có hiệu lực có được không?',
     'Thời điểm có hiệu lực của văn bản quy phạm pháp luật thực hiện theo Luật Ban hành văn bản quy phạm pháp luật; văn bản quy định chi tiết có hiệu lực cùng thời điểm với văn bản được quy định chi tiết.');

  CREATE TEMP TABLE seed_fslot ON COMMIT DROP AS
  SELECT row_number() OVER (ORDER BY w.ord, g) - 1 AS slot, w.field
    FROM (VALUES (1, 'CAN_BO_CONG_CHUC', 20), (2, 'TIEN_LUONG', 16), (3, 'BAO_HIEM_XA_HOI', 12),
                 (4, 'LAO_DONG_VIEC_LAM', 10), (5, 'CAI_CACH_HC', 8), (6, 'THI_DUA_KHEN_THUONG', 7),
                 (7, 'CHINH_QUYEN_DP', 5), (8, 'TO_CHUC_BO_MAY', 4), (9, 'HOI_QUY', 4), (10, 'VAN_THU_LUU_TRU', 3),
                 (11, 'AN_TOAN_LAO_DONG', 3), (12, 'TIN_NGUONG_TON_GIAO', 2), (13, 'CHUYEN_DOI_SO', 2),
                 (14, 'THANH_NIEN', 1), (15, 'DIA_GIOI_HC', 1), (16, 'THANH_TRA', 1), (17, 'PHAP_CHE', 1))
         AS w(ord, field, weight),
         generate_series(1, w.weight) AS g;

  -- 2. The cases' plan: dates, channel, field, topic, submitter, status, handling times.
  CREATE TEMP TABLE seed_case ON COMMIT DROP AS
  WITH g AS MATERIALIZED (
    SELECT i, (hashtext(i || 'a') & 2147483647) AS ha, (hashtext(i || 'b') & 2147483647) AS hb,
           (hashtext(i || 'c') & 2147483647) AS hc, (hashtext(i || 'd') & 2147483647) AS hd,
           (hashtext(i || 'e') & 2147483647) AS he,
           c_first + floor((c_today - 1 - c_first) * sqrt((i * 0.6180339887498949) % 1))::int AS rdate
      FROM generate_series(1, v_n) AS i
  ), due AS MATERIALIZED (  -- each distinct date's due date once (a calendar walk each)
    SELECT d.rdate, feedback.due_date(d.rdate) AS due FROM (SELECT DISTINCT rdate FROM g) d
  ), p AS (
    SELECT g.*, f.field, t.title, t.q, t.a, fl.default_unit AS unit,
           CASE WHEN g.ha % 100 < 80 THEN 'online' WHEN g.ha % 100 < 92 THEN 'post' ELSE 'hotline' END AS channel,
           (g.rdate + make_interval(hours => 7 + g.hb % 15, mins => g.hc % 60)) AT TIME ZONE c_tz AS received_at,
           due.due,
           c_today - g.rdate AS age,
           g.hb % 2 = 0 AS male
      FROM g
      JOIN due ON due.rdate = g.rdate
      JOIN seed_fslot f ON f.slot = g.ha % 100
      JOIN seed_topic t ON t.field = f.field AND t.t = (g.hd % 2)
      JOIN feedback.field fl ON fl.code = f.field
  ), s AS (
    SELECT p.*,
           fam[1 + p.hc % array_length(fam, 1)] || ' '
             || CASE WHEN p.male THEN mid_m[1 + p.hd % array_length(mid_m, 1)] || ' ' || giv_m[1 + p.he % array_length(giv_m, 1)]
                     ELSE mid_f[1 + p.hd % array_length(mid_f, 1)] || ' ' || giv_f[1 + p.he % array_length(giv_f, 1)] END
             AS name,
           CASE WHEN p.age > 60 THEN
                  CASE WHEN p.he % 100 < 58 THEN 'published' WHEN p.he % 100 < 80 THEN 'answered'
                       WHEN p.he % 100 < 88 THEN 'rejected' WHEN p.he % 100 < 97 THEN 'assigned' ELSE 'classified' END
                WHEN p.age >= 15 THEN
                  CASE WHEN p.he % 100 < 35 THEN 'published' WHEN p.he % 100 < 65 THEN 'answered'
                       WHEN p.he % 100 < 73 THEN 'rejected' WHEN p.he % 100 < 93 THEN 'assigned' ELSE 'classified' END
                ELSE
                  CASE WHEN p.he % 100 < 30 THEN 'received' WHEN p.he % 100 < 55 THEN 'classified'
                       WHEN p.he % 100 < 85 THEN 'assigned' WHEN p.he % 100 < 95 THEN 'answered' ELSE 'rejected' END
           END AS planned
      FROM p
  ), t AS (
    SELECT s.*,
           s.received_at + make_interval(hours => 1 + s.hb % 23) AS cls_at,
           s.received_at + make_interval(hours => 25 + s.hc % 40) AS asg_at,
           CASE WHEN s.hd % 100 < 85
                THEN (s.rdate + 4 + s.ha % greatest(s.due - s.rdate - 4, 1) + make_interval(hours => 8 + s.hb % 9))
                       AT TIME ZONE c_tz
                ELSE (s.due + 1 + s.hc % 25 + make_interval(hours => 8 + s.hd % 9)) AT TIME ZONE c_tz END AS ans_at,
           s.hd % 100 < 5 AS reassigned,
           s.ha % 100 < 60 AS rejected_early
      FROM s
  )
  SELECT t.*,
         t.ans_at + make_interval(hours => 6 + t.he % 90) AS pub_at,
         -- a step that would fall after the demo's today leaves the case one step earlier
         CASE WHEN t.planned IN ('answered', 'published') AND (t.ans_at AT TIME ZONE c_tz)::date > c_today
                THEN 'assigned'
              WHEN t.planned = 'published'
                   AND ((t.ans_at + make_interval(hours => 6 + t.he % 90)) AT TIME ZONE c_tz)::date > c_today
                THEN 'answered'
              ELSE t.planned END AS status
    FROM t;

  -- 3. Ids by received time; the cases, their submitters, their steps.
  CREATE TEMP TABLE seed_row ON COMMIT DROP AS
  SELECT v_base + row_number() OVER (ORDER BY c.received_at, c.i) AS id, c.*,
         CASE WHEN c.hb % 100 < 90 THEN '09' || (c.hc % 10)::text || lpad((c.ha % 10000000)::text, 7, '0') END AS phone,
         CASE WHEN c.hb % 100 >= 90 OR c.hc % 100 < 50
              THEN lower(platform.vn_fold(replace(c.name, ' ', ''))) || (c.he % 1000)::text || '@'
                   || mail[1 + c.ha % array_length(mail, 1)] END AS email,
         CASE WHEN c.hd % 100 < 40
              THEN 'Số ' || (1 + c.ha % 200) || ' đường ' || street[1 + c.hb % array_length(street, 1)] || ', '
                   || (SELECT name FROM platform.province WHERE valid_to IS NULL ORDER BY key
                        OFFSET c.hc % 34 LIMIT 1) END AS address,
         CASE WHEN c.status = 'rejected' THEN reasons[1 + c.hc % array_length(reasons, 1)] END AS reason
    FROM seed_case c;

  -- the steps first: a case's version and last change come from them
  CREATE TEMP TABLE seed_step ON COMMIT DROP AS
  SELECT s.id, s.at, s.actor, s.actor_unit, s.action, s.from_status, s.to_status, s.unit, s.comment, s.ord
    FROM (
      SELECT r.id, r.received_at AS at, CASE WHEN r.channel = 'online' THEN 'public' ELSE 'demo-officer-tt_cntt' END
               AS actor, CASE WHEN r.channel = 'online' THEN NULL ELSE 'TT_CNTT' END AS actor_unit,
             'submit' AS action, NULL AS from_status, 'received' AS to_status, NULL AS unit, NULL AS comment,
             1 AS ord
        FROM seed_row r
      UNION ALL
      SELECT r.id, r.cls_at, 'demo-officer-tt_cntt', 'TT_CNTT', 'classify', 'received', 'classified', NULL, NULL, 2
        FROM seed_row r WHERE r.status NOT IN ('received', 'rejected') OR (r.status = 'rejected' AND NOT r.rejected_early)
      UNION ALL
      SELECT r.id, CASE WHEN r.rejected_early THEN r.cls_at ELSE r.asg_at END, 'demo-officer-tt_cntt', 'TT_CNTT',
             'reject', CASE WHEN r.rejected_early THEN 'received' ELSE 'classified' END, 'rejected', NULL, r.reason, 3
        FROM seed_row r WHERE r.status = 'rejected'
      UNION ALL
      SELECT r.id, r.asg_at, 'demo-officer-tt_cntt', 'TT_CNTT', 'assign', 'classified', 'assigned',
             CASE WHEN NOT r.reassigned THEN r.unit WHEN r.unit = 'VAN_PHONG' THEN 'VU_PHAP_CHE' ELSE 'VAN_PHONG' END,
             NULL, 4
        FROM seed_row r WHERE r.status IN ('assigned', 'answered', 'published')
      UNION ALL
      SELECT r.id, r.asg_at + interval '10 hours', 'demo-officer-tt_cntt', 'TT_CNTT', 'reassign', 'assigned',
             'assigned', r.unit, 'Chuyển đơn vị có thẩm quyền trả lời', 5
        FROM seed_row r WHERE r.status IN ('assigned', 'answered', 'published') AND r.reassigned
      UNION ALL
      SELECT r.id, r.ans_at, 'demo-officer-' || lower(r.unit), r.unit, 'answer', 'assigned', 'answered', r.unit, NULL,
             6
        FROM seed_row r WHERE r.status IN ('answered', 'published')
      UNION ALL
      SELECT r.id, r.pub_at, 'demo-officer-tt_cntt', 'TT_CNTT', 'publish', 'answered', 'published', NULL, NULL, 7
        FROM seed_row r WHERE r.status = 'published'
    ) s;

  INSERT INTO feedback.item (id, key, tracking_code, secret_hash, title, question, channel_code, received_at,
                             received_date, due_date, status_code, field_code, assigned_unit, answer, answered_unit,
                             answered_at, reject_reason, published_title, published_question, published_answer,
                             published_at, origin, version, created_at, modified_at)
  SELECT r.id, to_char(r.rdate, 'YYYY') || '-' || lpad(r.id::text, 6, '0'),
         'PAKN-' || to_char(r.rdate, 'YYYY') || '-' || upper(substr(md5(r.i || 'code'), 1, 8)),
         sha256(convert_to('generated:' || md5(r.i || 'secret') || r.i, 'UTF8')),
         r.title, r.question, r.channel, r.received_at, r.rdate, r.due, r.status,
         CASE WHEN r.status = 'received' OR (r.status = 'rejected' AND r.rejected_early) THEN NULL ELSE r.field END,
         CASE WHEN r.status IN ('assigned', 'answered', 'published') THEN r.unit END,
         CASE WHEN r.status IN ('answered', 'published') THEN r.answer END,
         CASE WHEN r.status IN ('answered', 'published') THEN r.unit END,
         CASE WHEN r.status IN ('answered', 'published') THEN r.ans_at END,
         r.reason,
         CASE WHEN r.status = 'published' THEN feedback.redact(r.title, r.name) END,
         CASE WHEN r.status = 'published' THEN feedback.redact(r.question, r.name) END,
         CASE WHEN r.status = 'published' THEN feedback.redact(r.answer, r.name) END,
         CASE WHEN r.status = 'published' THEN r.pub_at END,
         'generated', st.n, r.received_at, st.last
    FROM (SELECT s.*,
                 intro[1 + s.hb % array_length(intro, 1)] || ' ' || s.q || ' '
                   || context[1 + s.hc % array_length(context, 1)]
                   || CASE WHEN s.ha % 100 >= 25 THEN ''
                           WHEN s.hb % 4 = 0 THEN ' Tôi là ' || s.name || ', số điện thoại liên hệ '
                             || coalesce(substr(s.phone, 1, 4) || ' ' || substr(s.phone, 5, 3) || ' '
                                         || substr(s.phone, 8), s.email) || '.'
                           WHEN s.hb % 4 = 1 THEN ' Mọi thông tin xin gửi về hộp thư ' || coalesce(s.email,
                             lower(platform.vn_fold(replace(s.name, ' ', '.'))) || '@gmail.com') || '.'
                           WHEN s.hb % 4 = 2 THEN ' Số căn cước công dân của tôi là 0' || lpad((s.hd % 100)::text, 2, '0')
                             || (s.male::int) || lpad((s.he % 100)::text, 2, '0') || lpad((s.ha % 1000000)::text, 6, '0') || '.'
                           ELSE ' Tôi sinh ngày ' || (1 + s.hc % 28) || '/' || (1 + s.hd % 12) || '/' || (1960 + s.he % 40)
                             || ', xin được hướng dẫn cụ thể.' END
                   || ' (Dữ liệu minh họa, sinh tự động)' AS question,
                 CASE WHEN s.hc % 10 = 0 THEN 'Trả lời ' || CASE WHEN s.male THEN 'ông ' ELSE 'bà ' END || s.name || ': '
                      ELSE '' END || s.a || ' Đề nghị ' || CASE WHEN s.male THEN 'ông' ELSE 'bà' END
                   || ' nghiên cứu quy định nêu trên và liên hệ cơ quan có thẩm quyền để được hướng dẫn cụ thể.' AS answer
            FROM seed_row s) r
    JOIN (SELECT id, count(*)::int AS n, max(at) AS last FROM seed_step GROUP BY id) st ON st.id = r.id;
  GET DIAGNOSTICS v_made = ROW_COUNT;

  INSERT INTO feedback.submitter (item_id, name, phone, email, address)
  SELECT id, name, phone, email, address FROM seed_row;

  INSERT INTO feedback.transition (item_id, at, actor, actor_unit, action, from_status, to_status, unit, comment)
  SELECT id, at, actor, actor_unit, action, from_status, to_status, unit, comment FROM seed_step ORDER BY id, ord;
  PERFORM setval('feedback.item_id_seq', greatest((SELECT max(id) FROM feedback.item), 1));
  RETURN v_made;
END
$seed$;
