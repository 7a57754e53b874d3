package vn.gov.moha.opendata.datasets.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.moha.opendata.support.Workflow.action;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.PersonalDataScanner;
import vn.gov.moha.opendata.support.RdfAssertions;
import vn.gov.moha.opendata.support.TestServer;
import vn.gov.moha.opendata.support.Workflow;

/**
 * Citizen feedback end to end over HTTP: a citizen submits and tracks with code and secret; the Information Centre
 * classifies, assigns and publishes, the assigned unit answers; illegal steps 409, other units 403/404, bad input 400
 * naming the field; and the submitter's identifiers, planted in the question, the contact and the answer, appear in
 * no open output (list, one, search, CSV, RDF, statistics, the tracking view).
 */
class FeedbackIT {
  static final String LIST = "/api/v1/feedback";
  static final String ONE = LIST + "/{key}";
  static final String TRACK = LIST + "/tracking/{code}";
  static final String CASES = "/api/v1/feedback-cases";
  static final String CASE = CASES + "/{id}";
  static final String STEPS = CASES + "/{id}/transitions";
  static final String STATS = "/api/v1/statistics/feedback";
  private static final String NAME = "Phạm Thị Kiểm Tra";
  private static final String PHONE = "0987 654 321";
  private static final String EMAIL = "pham.kiemtra@gmail.com";
  private static final String CCCD = "036190012345";
  private final Http http = TestServer.http();
  private final String base = TestServer.base();
  private final Workflow workflow = new Workflow(http, CASES);
  private final String[] centre = bearer(TestServer.token("centre-officer", "TT_CNTT", "officer"));
  private final String[] vanPhong = bearer(TestServer.token("vp-officer", "VAN_PHONG", "officer"));
  private final String[] ccvc = bearer(TestServer.token("ccvc-officer", "VU_CCVC", "officer"));

  static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  /** A question with the sender's name, phone, e-mail, citizen ID and birth date in its text. */
  private static JsonObject question(String topic) {
    return new JsonObject().put("title", "Chế độ thai sản " + topic)
      .put("question", "Tôi là " + NAME + ", số CCCD " + CCCD + ", sinh ngày 12/03/1990, điện thoại " + PHONE
        + ", email " + EMAIL + ". Xin hỏi chế độ thai sản khi sinh con thứ hai " + topic + " như thế nào?")
      .put("submitter", new JsonObject().put("name", NAME).put("phone", PHONE).put("email", EMAIL)
        .put("address", "Số 12 đường Trần Phú, Hà Nội"));
  }

  private JsonObject submit(JsonObject body, String... who) {
    Http.Res res = http.json("POST", LIST, body, who);
    JsonObject receipt = ApiAssertions.ok(res, 201, LIST, "post");
    assertEquals(receipt.getJsonObject("links").getString("tracking"), res.header("Location").orElseThrow());
    assertEquals("no-store", res.header("Cache-Control").orElse(""));
    return receipt;
  }

  private Http.Res track(JsonObject receipt, String secret) {
    return http.get(receipt.getJsonObject("links").getString("tracking"), "X-Tracking-Secret", secret);
  }

  /** The officers' id of a case by its tracking code (the Centre's list, newest first). */
  private long caseId(String code) {
    JsonObject page = ApiAssertions.ok(http.get(CASES + "?status=received&limit=50", centre), 200, CASES, "get");
    return page.getJsonArray("items").stream().map(JsonObject.class::cast)
      .filter(c -> c.getString("tracking_code").equals(code)).findFirst().orElseThrow().getLong("id");
  }

  private Http.Res step(long id, JsonObject body, String... who) {
    return workflow.step(id, body, who);
  }

  private JsonObject stepOk(long id, JsonObject body, String... who) {
    return workflow.stepOk(id, body, who);
  }

  private static void noPersonalData(String what, String contentType, String body) {
    List<PersonalDataScanner.Hit> hits = PersonalDataScanner.scan(contentType, body);
    assertTrue(hits != null && hits.isEmpty(), () -> what + ": " + hits);
    for (String s : List.of(NAME, PHONE, EMAIL, CCCD, "12/03/1990", "Trần Phú")) {
      assertFalse(body.contains(s), () -> what + " shows " + s);
    }
  }

  @Test
  void aCitizenTracksTheirCaseWithCodeAndSecretOnly() {
    JsonObject receipt = submit(question("(theo dõi)"));
    assertEquals("received", receipt.getJsonObject("status").getString("code"));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    LocalDate due = LocalDate.parse(receipt.getString("due_date"));
    assertTrue(due.isAfter(today.plusDays(11)) && due.isBefore(today.plusDays(30)), "10 working days: " + due);
    Http.Res mine = track(receipt, receipt.getString("secret"));
    JsonObject t = ApiAssertions.ok(mine, 200, TRACK, "get");
    assertEquals("received", t.getJsonObject("status").getString("code"));
    assertNull(t.getValue("published"));
    assertEquals("private, no-store", mine.header("Cache-Control").orElse(""));
    noPersonalData("tracking view", mine.contentType(), mine.body());

    // a wrong secret and an unknown code look the same: nothing tells that the code exists
    JsonObject wrong = ApiAssertions.problem(track(receipt, "x".repeat(43)), 404, TRACK, "get");
    String unknownCode = receipt.getString("code").substring(0, 10) + "ZZZZZZZZ";
    JsonObject unknown = ApiAssertions.problem(http.get(LIST + "/tracking/" + unknownCode, "X-Tracking-Secret",
      receipt.getString("secret")), 404, TRACK, "get");
    assertEquals(wrong.getString("detail"), unknown.getString("detail"));
    ApiAssertions.fieldError(http.get(receipt.getJsonObject("links").getString("tracking")), 400, "X-Tracking-Secret",
      TRACK, "get");
  }

  @Test
  void badSubmissionsAre400NamingTheField() {
    JsonObject noContact = question("x");
    noContact.getJsonObject("submitter").remove("phone");
    noContact.getJsonObject("submitter").remove("email");
    noContact.getJsonObject("submitter").remove("address");
    ApiAssertions.fieldError(http.json("POST", LIST, noContact), 400, "/submitter", LIST, "post");
    ApiAssertions.fieldError(http.json("POST", LIST, question("x").put("title", "Hỏi")), 400, "/title", LIST, "post");
    ApiAssertions.fieldError(http.json("POST", LIST, question("x").put("channel", "hotline")), 400, "/channel", LIST,
      "post");
    ApiAssertions.fieldError(http.json("POST", LIST, question("x").put("submitter", new JsonObject()
      .put("name", NAME).put("email", "not-an-address"))), 400, "/submitter/email", LIST, "post");
    // the Information Centre records a call
    JsonObject call = submit(question("(đường dây nóng)").put("channel", "hotline"), centre);
    assertEquals("received", call.getJsonObject("status").getString("code"));
  }

  @Test
  void theWholeWorkflowPublishesOnlyRedactedTexts() throws Exception {
    JsonObject receipt = submit(question("(quy trình)"));
    long id = caseId(receipt.getString("code"));
    JsonObject c = ApiAssertions.ok(http.get(CASES + "/" + id, centre), 200, CASE, "get");
    assertEquals(NAME, c.getJsonObject("submitter").getString("name"), "the Centre sees the sender");
    assertEquals(List.of("classify", "reject"), c.getJsonArray("allowed_actions").getList());

    stepOk(id, action("classify").put("field", "BAO_HIEM_XA_HOI").put("legal_document", "41/2024/QH15"), centre);
    JsonObject assigned = stepOk(id, action("assign"), centre);
    assertEquals("VAN_PHONG", assigned.getString("assigned_unit"), "the field's usual unit by default");
    JsonObject reassigned = stepOk(id, action("reassign").put("unit", "VU_CCVC")
      .put("comment", "Thuộc chức năng của Vụ Công chức – Viên chức"), centre);
    assertEquals("VU_CCVC", reassigned.getString("assigned_unit"));

    // the first unit no longer sees it; the assigned one does, without the sender
    ApiAssertions.problem(http.get(CASES + "/" + id, vanPhong), 404, CASE, "get");
    JsonObject forUnit = ApiAssertions.ok(http.get(CASES + "/" + id, ccvc), 200, CASE, "get");
    assertNull(forUnit.getValue("submitter"));
    assertEquals(List.of("answer"), forUnit.getJsonArray("allowed_actions").getList());
    assertEquals(403, step(id, action("answer").put("answer", "Trả lời của Trung tâm, không phải của đơn vị."),
      centre).status(), "the Centre does not answer for the unit");
    JsonObject answered = stepOk(id, action("answer").put("answer", "Trả lời bà " + NAME + ": lao động nữ sinh con "
      + "được hưởng chế độ thai sản khi đã đóng bảo hiểm xã hội từ đủ 6 tháng trở lên trong 12 tháng trước khi sinh."),
      ccvc);
    assertEquals("VU_CCVC", answered.getJsonObject("answer").getString("unit"));
    assertEquals(403, step(id, action("publish"), ccvc).status(), "publishing is the Centre's");
    JsonObject published = stepOk(id, action("publish"), centre);
    assertEquals("published", published.getJsonObject("status").getString("code"));
    assertEquals(List.of("submit", "classify", "assign", "reassign", "answer", "publish"),
      published.getJsonArray("transitions").stream().map(o -> ((JsonObject) o).getString("action")).toList());
    JsonObject p = published.getJsonObject("published");
    assertTrue(p.getString("question").contains("[họ tên đã ẩn]") && p.getString("question").contains("[email đã ẩn]")
      && p.getString("question").contains("[số điện thoại đã ẩn]")
      && p.getString("question").contains("[số định danh đã ẩn]"), p.getString("question"));
    assertTrue(p.getString("answer").startsWith("Trả lời bà [họ tên đã ẩn]:"), p.getString("answer"));
    ApiAssertions.problem(step(id, action("publish"), centre), 409, STEPS, "post");

    // the sender sees the published answer
    JsonObject t = ApiAssertions.ok(track(receipt, receipt.getString("secret")), 200, TRACK, "get");
    assertEquals("published", t.getJsonObject("status").getString("code"));
    String key = t.getJsonObject("published").getString("key");
    assertEquals(published.getString("key"), key);

    // every open output of it: one, list, search, statistics, CSV, RDF
    Http.Res one = http.get(LIST + "/" + key);
    JsonObject item = ApiAssertions.ok(one, 200, ONE, "get");
    assertEquals("41/2024/QH15", item.getString("legal_document"));
    assertEquals("VU_CCVC", item.getJsonObject("answered_by").getString("code"));
    noPersonalData("one", one.contentType(), one.body());
    assertEquals(304, http.get(LIST + "/" + key, "If-None-Match", one.header("ETag").orElseThrow()).status());
    for (String q : List.of("chế độ thai sản sinh con thứ hai (quy trình)",
      "che do thai san sinh con thu hai quy trinh")) {
      Http.Res found = http.get(LIST + "?count=true&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
      JsonObject page = ApiAssertions.ok(found, 200, LIST, "get");
      assertEquals(1, page.getLong("total"), q);
      assertEquals(key, page.getJsonArray("items").getJsonObject(0).getString("key"));
      noPersonalData("search", found.contentType(), found.body());
    }
    // what was redacted cannot be searched for
    for (String q : List.of("Kiểm Tra", "0987654321", CCCD, "pham.kiemtra")) {
      JsonObject none = http.get(LIST + "?count=true&field=BAO_HIEM_XA_HOI&q="
        + URLEncoder.encode(q, StandardCharsets.UTF_8)).json();
      assertEquals(0, none.getLong("total"), q);
    }
    Http.Res stats = http.get(STATS);
    noPersonalData("statistics", stats.contentType(), stats.body());
    Http.Res csv = http.get("/downloads/feedback.csv");
    assertTrue(csv.body().contains(base + "/id/feedback/" + key), "the CSV has the new record");
    noPersonalData("CSV", csv.contentType(), csv.body());
    Http.Res ttl = http.get("/doc/feedback/" + key + ".ttl");
    assertEquals(200, ttl.status(), ttl.body());
    noPersonalData("Turtle", ttl.contentType(), ttl.body());
    Model m = RdfAssertions.parse(ttl.body(), Lang.TURTLE, base);
    RdfAssertions.conforms(m);
    Resource q = m.getResource(base + "/id/feedback/" + key);
    assertTrue(q.hasProperty(RDF.type, m.getResource("https://schema.org/Question")));
    assertTrue(q.getPropertyResourceValue(m.getProperty("https://schema.org/acceptedAnswer"))
      .hasProperty(m.getProperty("https://schema.org/author"), m.getResource(base + "/def/units/VU_CCVC")));
    Http.Res nt = http.get("/downloads/feedback.nt");
    noPersonalData("N-Triples dump", nt.contentType(), nt.body());
    assertEquals(303, http.get("/id/feedback/" + key).status());

    // every step is audited, in the step's transaction
    try (Connection db = TestServer.jdbc(); PreparedStatement s = db.prepareStatement("SELECT count(*) FROM "
      + "platform.audit_event WHERE record_type = 'feedback' AND record_id = ? AND operation = ? AND outcome = ?")) {
      s.setString(1, String.valueOf(id));
      s.setString(2, "transitionFeedbackCase");
      s.setString(3, "success");
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        assertEquals(5, rs.getLong(1));
      }
    }
  }

  @Test
  void illegalStepsAre409AndFieldsOfOtherStepsAre400() {
    long id = caseId(submit(question("(bước sai)")).getString("code"));
    JsonObject p = ApiAssertions.problem(step(id, action("assign"), centre), 409, STEPS, "post");
    assertEquals("illegal-transition", p.getString("code"));
    assertTrue(p.getString("detail").contains("classify, reject"), p.getString("detail"));
    assertEquals(409, step(id, action("publish"), centre).status());
    ApiAssertions.fieldError(step(id, action("classify"), centre), 400, "/field", STEPS, "post");
    ApiAssertions.fieldError(step(id, action("reject"), centre), 400, "/comment", STEPS, "post");
    ApiAssertions.fieldError(step(id, action("reject").put("field", "TIEN_LUONG").put("comment", "Trùng nội dung"),
      centre), 400, "/field", STEPS, "post");
    ApiAssertions.fieldError(step(id, action("classify").put("field", "KHONG_CO"), centre), 400, "/field", STEPS,
      "post");
    stepOk(id, action("classify").put("field", "TIEN_LUONG"), centre);
    ApiAssertions.fieldError(step(id, action("assign").put("unit", "KHONG_CO_DON_VI"), centre), 400, "/unit", STEPS,
      "post");
    JsonObject rejected = stepOk(id, action("reject").put("comment", "Nội dung trùng với câu hỏi đã được trả lời."),
      centre);
    assertEquals("rejected", rejected.getJsonObject("status").getString("code"));
    assertEquals("Nội dung trùng với câu hỏi đã được trả lời.", rejected.getString("reject_reason"));
    JsonObject fin = ApiAssertions.problem(step(id, action("classify").put("field", "TIEN_LUONG"), centre), 409,
      STEPS, "post");
    assertTrue(fin.getString("detail").contains("none (final)"), fin.getString("detail"));
    // a stale If-Match is a 412
    long other = caseId(submit(question("(phiên bản)")).getString("code"));
    assertEquals(412, http.json("POST", CASES + "/" + other + "/transitions", action("classify").put("field",
      "TIEN_LUONG"), centre[0], centre[1], "If-Match", "\"c" + other + "-99\"").status());
  }

  @Test
  void unitsSeeOnlyTheirCasesAndOthersAreRefused() {
    ApiAssertions.problem(http.get(CASES), 401, CASES, "get");
    String[] unitless = bearer(TestServer.token("no-unit", null, "officer"));
    assertEquals("unit-scope", ApiAssertions.problem(http.get(CASES, unitless), 403, CASES, "get").getString("code"));
    String[] reviewer = bearer(TestServer.token("other-reviewer", "VU_PHAP_CHE", "reviewer"));
    ApiAssertions.problem(http.get(CASES, reviewer), 403, CASES, "get");
    JsonObject mine = ApiAssertions.ok(http.get(CASES + "?limit=200", vanPhong), 200, CASES, "get");
    assertFalse(mine.getJsonArray("items").isEmpty());
    assertTrue(mine.getJsonArray("items").stream().map(JsonObject.class::cast)
      .allMatch(c -> "VAN_PHONG".equals(c.getString("assigned_unit"))), "only the unit's own cases");
    long notAssigned = caseId(submit(question("(phạm vi)")).getString("code"));
    ApiAssertions.problem(http.get(CASES + "/" + notAssigned, vanPhong), 404, CASE, "get");
    assertEquals(404, step(notAssigned, action("classify").put("field", "TIEN_LUONG"), vanPhong).status());
    // a unit's officer on its own case: its step yes, the Centre's steps no
    long own = ApiAssertions.ok(http.get(CASES + "?status=assigned&limit=1", vanPhong), 200, CASES, "get")
      .getJsonArray("items").getJsonObject(0).getLong("id");
    JsonObject refused = ApiAssertions.problem(step(own, action("reassign").put("unit", "VU_CCVC")
      .put("comment", "Chuyển đơn vị khác"), vanPhong), 403, STEPS, "post");
    assertEquals("unit-scope", refused.getString("code"));
    JsonObject overdue = ApiAssertions.ok(http.get(CASES + "?overdue=true&status=assigned&limit=5", centre), 200,
      CASES, "get");
    assertTrue(overdue.getJsonArray("items").stream().map(JsonObject.class::cast)
      .allMatch(c -> c.getBoolean("overdue") && LocalDate.parse(c.getString("due_date"))
        .isBefore(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")))));
  }

  @Test
  void publishedDemoQuestionsAreSearchableWithOrWithoutDiacritics() {
    JsonObject with = ApiAssertions.ok(http.get(LIST + "?count=true&q=" + URLEncoder.encode("nâng bậc lương",
      StandardCharsets.UTF_8)), 200, LIST, "get");
    JsonObject without = http.get(LIST + "?count=true&q=nang%20bac%20luong").json();
    assertTrue(with.getLong("total") > 10, with.encode());
    assertEquals(with.getLong("total"), without.getLong("total"));
    JsonObject page = ApiAssertions.ok(http.get(LIST + "?field=TIEN_LUONG&year=2025&limit=3"), 200, LIST, "get");
    assertEquals(3, page.getJsonArray("items").size());
    page.getJsonArray("items").stream().map(JsonObject.class::cast).forEach(i -> {
      assertEquals("TIEN_LUONG", i.getJsonObject("field").getString("code"));
      assertTrue(i.getString("received_date").startsWith("2025-"));
    });
    JsonObject next = ApiAssertions.ok(http.get(page.getString("next")), 200, LIST, "get");
    assertFalse(next.getJsonArray("items").getJsonObject(0).getString("key")
      .equals(page.getJsonArray("items").getJsonObject(2).getString("key")), "the next page goes on");
    // the demo's planted identifiers never reach the open list
    Http.Res all = http.get(LIST + "?limit=200&q=" + URLEncoder.encode("căn cước", StandardCharsets.UTF_8));
    assertTrue(all.json().getJsonArray("items").size() > 5);
    noPersonalData("demo list", all.contentType(), all.body());
    ApiAssertions.problem(http.get(LIST + "/2020-999999"), 404, ONE, "get");
  }

  @Test
  void statisticsCountReceivedAnsweredAndOverdueByFieldAndMonth() {
    JsonObject cells = ApiAssertions.ok(http.get(STATS + "?year=2025"), 200, STATS, "get");
    assertEquals("field_month", cells.getString("dimension"));
    JsonObject byField = ApiAssertions.ok(http.get(STATS + "?year=2025&by=field"), 200, STATS, "get");
    JsonObject byMonth = ApiAssertions.ok(http.get(STATS + "?year=2025&by=month"), 200, STATS, "get");
    assertEquals(cells.getJsonObject("total"), byField.getJsonObject("total"));
    assertEquals(cells.getJsonObject("total"), byMonth.getJsonObject("total"));
    assertEquals(12, byMonth.getJsonArray("items").size());
    JsonObject total = cells.getJsonObject("total");
    assertTrue(total.getLong("received") > 500 && total.getLong("overdue") > 0
      && total.getLong("answered_on_time") < total.getLong("answered")
      && total.getLong("published") <= total.getLong("answered"), total.encode());
    // no suppression: a cell of fewer than 5 cases is shown (counts of cases, no attribute of a person)
    assertTrue(cells.getJsonArray("items").stream().map(JsonObject.class::cast)
      .anyMatch(c -> c.getLong("received") > 0 && c.getLong("received") < 5), "small cells are shown");
    // a new question counts at once, in this month, unclassified
    String month = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString().substring(0, 7);
    long before = unclassified(month);
    submit(question("(thống kê)"));
    assertEquals(before + 1, unclassified(month));
  }

  private long unclassified(String month) {
    JsonArray items = http.get(STATS + "?by=field_month&year=" + month.substring(0, 4)).json().getJsonArray("items");
    return items.stream().map(JsonObject.class::cast)
      .filter(c -> month.equals(c.getString("month")) && c.getValue("field") == null)
      .mapToLong(c -> c.getLong("received")).sum();
  }

  @Test
  void redactionRemovesEveryIdentifierAndAnOfficersTextIsRedactedToo() throws Exception {
    try (Connection db = TestServer.jdbc(); PreparedStatement s = db.prepareStatement("SELECT feedback.redact(?, ?)")) {
      s.setString(1, "Ông NGUYỄN VĂN AN (ĐT +84 912.345.678, 024 3824 1234, CMND 012345678, "
        + "a.n@yahoo.com.vn, năm sinh: 1985) hỏi về Nghị định 63/2022/NĐ-CP, mức 2.340.000 đồng, thủ tục 1.000123.");
      s.setString(2, "Nguyễn Văn An");
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        String out = rs.getString(1);
        assertEquals("Ông [họ tên đã ẩn] (ĐT [số điện thoại đã ẩn], [số điện thoại đã ẩn], CMND [số định danh đã ẩn], "
          + "[email đã ẩn], năm sinh: [đã ẩn]) hỏi về Nghị định 63/2022/NĐ-CP, mức 2.340.000 đồng, thủ tục 1.000123.",
          out);
      }
    }
    long id = caseId(submit(question("(biên tập)")).getString("code"));
    stepOk(id, action("classify").put("field", "BAO_HIEM_XA_HOI"), centre);
    stepOk(id, action("assign").put("unit", "VU_CCVC"), centre);
    stepOk(id, action("answer").put("answer", "Đề nghị liên hệ bảo hiểm xã hội nơi cư trú để được hướng dẫn."), ccvc);
    JsonObject published = stepOk(id, action("publish").put("published_title", "Chế độ thai sản khi sinh con thứ hai")
      .put("published_question", "Chị " + NAME + " (" + PHONE + ") hỏi về chế độ thai sản khi sinh con thứ hai."),
      centre).getJsonObject("published");
    assertEquals("Chế độ thai sản khi sinh con thứ hai", published.getString("title"));
    assertEquals("Chị [họ tên đã ẩn] ([số điện thoại đã ẩn]) hỏi về chế độ thai sản khi sinh con thứ hai.",
      published.getString("question"));
  }

  @Test
  void theShapeIsClosedSoAPersonPropertyIsAViolation() {
    String key = http.get(LIST + "?limit=1").json().getJsonArray("items").getJsonObject(0).getString("key");
    Model m = RdfAssertions.parse(http.get("/doc/feedback/" + key + ".ttl").body(), Lang.TURTLE, base);
    RdfAssertions.conforms(m);
    m.getResource(base + "/id/feedback/" + key).addProperty(m.createProperty("https://schema.org/email"), EMAIL);
    assertTrue(!org.apache.jena.shacl.ShaclValidator.get().validate(RdfAssertions.shapes(), m.getGraph()).conforms(),
      "an e-mail on a question breaks the shape");
  }

  /** Working days skip the confirmed holidays of V034: compensatory days and the days swapped with a Saturday. */
  @Test
  void workingDaysSkipTheConfirmedHolidays() throws Exception {
    String[][] cases = {
      {"2022-04-29", "1", "2022-05-04"},  // 30/4 Saturday, 1/5 Sunday: off on 2/5 and 3/5
      {"2023-01-19", "1", "2023-01-27"},  // Tết Quý Mão 20-26/01 (8056/VPCP-KGVX)
      {"2024-04-26", "1", "2024-05-02"},  // 29/4 swapped (2450/VPCP-KGVX), 30/4, 1/5
      {"2025-04-29", "1", "2025-05-05"},  // 30/4, 1/5, 2/5 swapped
      {"2026-02-13", "1", "2026-02-23"},  // Tết Bính Ngọ: weekdays 16-20/02
      {"2026-08-28", "1", "2026-09-03"},  // 31/8 swapped, 1/9, 2/9
      {"2025-12-31", "1", "2026-01-05"}}; // 1/1, and 2/1/2026 swapped
    try (Connection db = TestServer.jdbc();
         PreparedStatement s = db.prepareStatement("SELECT feedback.add_working_days(?::date, ?)")) {
      for (String[] c : cases) {
        s.setString(1, c[0]);
        s.setInt(2, Integer.parseInt(c[1]));
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          assertEquals(c[2], rs.getString(1), c[0] + " + " + c[1]);
        }
      }
    }
    try (Connection db = TestServer.jdbc(); PreparedStatement s = db.prepareStatement("SELECT count(*) FROM "
      + "feedback.holiday WHERE source LIKE '%UNCONFIRMED%' AND day BETWEEN '2022-01-01' AND '2026-12-31'")) {
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        assertEquals(0, rs.getLong(1), "every date of 2022-2026 names its source");
      }
    }
  }
}
