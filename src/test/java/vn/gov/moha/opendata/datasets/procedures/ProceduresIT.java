package vn.gov.moha.opendata.datasets.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.moha.opendata.support.Workflow.action;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
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
 * Administrative procedures and one-stop dossiers end to end over HTTP: the open catalogue (list, filters, one,
 * CSV, RDF against the SHACL shape); an applicant files a dossier and tracks it with receipt code and secret (the
 * holding unit and the handler's role, never a name); the one-stop desk assigns and returns, the assigned unit
 * requests documents, receives them (the clock restarts), resolves or refuses; illegal steps 409, other units 403/404,
 * bad input 400 naming the field; statistics with on-time rates; the applicant's identifiers in no open output.
 */
class ProceduresIT {
  static final String LIST = "/api/v1/procedures";
  static final String ONE = LIST + "/{procedure}";
  static final String DOSSIERS = "/api/v1/procedure-dossiers";
  static final String DOSSIER = DOSSIERS + "/{dossier}";
  static final String STEPS = DOSSIERS + "/{dossier}/transitions";
  static final String TRACK = "/api/v1/dossier-tracking/{receipt}";
  static final String SUPPLEMENTS = TRACK + "/supplements";
  static final String STATS = "/api/v1/statistics/procedure-dossiers";
  /** Cấp chứng chỉ hành nghề lưu trữ (ministry level, State Records and Archives Department). */
  static final String ARCHIVES = "1.005001";
  private static final String NAME = "Lê Thị Thử Nghiệm";
  private static final String PHONE = "0912 765 432";
  private static final String EMAIL = "le.thunghiem@gmail.com";
  private final Http http = TestServer.http();
  private final String base = TestServer.base();
  private final Workflow workflow = new Workflow(http, DOSSIERS);
  private final String[] desk = bearer(TestServer.token("desk-officer", "VAN_PHONG", "officer"));
  private final String[] archives = bearer(TestServer.token("vtltnn-officer", "CUC_VTLTNN", "officer"));
  private final String[] tdkt = bearer(TestServer.token("tdkt-officer", "BAN_TDKT", "officer"));

  static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  private static JsonObject dossier(String procedure) {
    return new JsonObject().put("procedure_code", procedure)
      .put("applicant", new JsonObject().put("name", NAME).put("phone", PHONE).put("email", EMAIL)
        .put("address", "Số 5 phố Hàng Bài, Hà Nội"))
      .put("attachments", new JsonArray()
        .add(new JsonObject().put("name", "don-de-nghi.pdf").put("media_type", "application/pdf").put("size", 182044)
          .put("document", "Đơn đề nghị theo mẫu"))
        .add(new JsonObject().put("name", "van-bang.pdf").put("media_type", "application/pdf").put("size", 90210)
          .put("sha256", "a".repeat(64))));
  }

  private JsonObject submit(JsonObject body, String... who) {
    Http.Res res = http.json("POST", DOSSIERS, body, who);
    JsonObject receipt = ApiAssertions.ok(res, 201, DOSSIERS, "post");
    assertEquals(receipt.getJsonObject("links").getString("tracking"), res.header("Location").orElseThrow());
    assertEquals("no-store", res.header("Cache-Control").orElse(""));
    return receipt;
  }

  private Http.Res track(JsonObject receipt) {
    return http.get(receipt.getJsonObject("links").getString("tracking"), "X-Tracking-Secret",
      receipt.getString("secret"));
  }

  /** The officers' id of a dossier by its receipt code (the desk's list, newest first). */
  private long dossierId(String code) {
    JsonObject page = ApiAssertions.ok(http.get(DOSSIERS + "?status=received&limit=50", desk), 200, DOSSIERS, "get");
    return page.getJsonArray("items").stream().map(JsonObject.class::cast)
      .filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow().getLong("id");
  }

  private Http.Res step(long id, JsonObject body, String... who) {
    return workflow.step(id, body, who);
  }

  private JsonObject stepOk(long id, JsonObject body, String... who) {
    return ApiAssertions.ok(step(id, body, who), 200, STEPS, "post");
  }

  private static void noPersonalData(String what, String contentType, String body) {
    List<PersonalDataScanner.Hit> hits = PersonalDataScanner.scan(contentType, body);
    assertTrue(hits != null && hits.isEmpty(), () -> what + ": " + hits);
    for (String s : List.of(NAME, PHONE, EMAIL, "Hàng Bài", "desk-officer", "vtltnn-officer")) {
      assertFalse(body.contains(s), () -> what + " shows " + s);
    }
  }

  @Test
  void theCatalogueIsOpenFilteredAndLinked() {
    JsonObject religion = ApiAssertions.ok(http.get(LIST + "?field=TON_GIAO&count=true&limit=200"), 200, LIST, "get");
    assertEquals(43, religion.getLong("total"), "the Government Religious Affairs Committee's 43 procedures");
    assertTrue(religion.getJsonArray("items").stream().map(JsonObject.class::cast)
      .allMatch(p -> p.getString("online_level").equals("full") && p.getJsonObject("unit").getString("code")
        .equals("BAN_TGCP")), "all of them fully online");
    assertEquals(24, http.get(LIST + "?national_sync=true&count=true&limit=1").json().getLong("total"),
      "24 procedures synced with the national portal");
    JsonObject all = ApiAssertions.ok(http.get(LIST + "?count=true&limit=10"), 200, LIST, "get");
    assertEquals(89, all.getLong("total"));
    JsonObject next = ApiAssertions.ok(http.get(all.getString("next")), 200, LIST, "get");
    assertTrue(next.getJsonArray("items").getJsonObject(0).getString("code")
      .compareTo(all.getJsonArray("items").getJsonObject(9).getString("code")) > 0, "the next page goes on");
    JsonObject found = http.get(LIST + "?count=true&q=hoi%20tu%20giai%20the").json();
    assertEquals(1, found.getLong("total"), found.encode());
    assertEquals("Hội tự giải thể", found.getJsonArray("items").getJsonObject(0).getString("name"));
    assertTrue(http.get(LIST + "?level=commune&count=true").json().getLong("total") >= 2);

    Http.Res one = http.get(LIST + "/" + ARCHIVES);
    JsonObject p = ApiAssertions.ok(one, 200, ONE, "get");
    assertEquals("Cấp chứng chỉ hành nghề lưu trữ", p.getString("name"));
    assertEquals("CUC_VTLTNN", p.getJsonObject("unit").getString("code"));
    assertTrue(p.getBoolean("generated"));
    assertEquals(base + "/id/procedure/1-005001", p.getString("uri"));
    JsonArray basis = p.getJsonArray("legal_basis");
    assertTrue(basis.stream().map(JsonObject.class::cast).anyMatch(b -> b.getString("number").equals("30/2020/NĐ-CP")
      && b.getJsonObject("document") != null), "the clerical-work decree links to the legal document: " + basis);
    assertEquals(304, http.get(LIST + "/" + ARCHIVES, "If-None-Match", one.header("ETag").orElseThrow()).status());
    ApiAssertions.problem(http.get(LIST + "/9.999999"), 404, ONE, "get");
    ApiAssertions.fieldError(http.get(LIST + "?level=district"), 400, "level", LIST, "get");

    // linked data: CPSV-AP, conforming to the shape; the CSV
    assertEquals(303, http.get("/id/procedure/1-005001").status());
    Http.Res ttl = http.get("/doc/procedure/1-005001.ttl");
    assertEquals(200, ttl.status(), ttl.body());
    Model m = RdfAssertions.parse(ttl.body(), Lang.TURTLE, base);
    RdfAssertions.conforms(m);
    Resource s = m.getResource(base + "/id/procedure/1-005001");
    assertTrue(s.hasProperty(RDF.type, m.getResource("http://purl.org/vocab/cpsv#PublicService")));
    assertTrue(s.hasProperty(m.getProperty("http://data.europa.eu/m8g/hasCompetentAuthority"),
      m.getResource(base + "/def/units/CUC_VTLTNN")));
    assertTrue(s.hasProperty(m.getProperty("http://data.europa.eu/m8g/hasLegalResource")), "linked legal basis");
    Http.Res csv = http.get("/downloads/procedures.csv");
    assertEquals(200, csv.status());
    assertTrue(csv.body().contains("Cấp chứng chỉ hành nghề lưu trữ"));
    assertEquals(90, csv.body().strip().split("\r?\n").length, "a header and 89 procedures");
  }

  @Test
  void anApplicantTracksTheirDossierWithCodeAndSecretOnly() {
    JsonObject receipt = submit(dossier(ARCHIVES));
    assertEquals("received", receipt.getJsonObject("status").getString("code"));
    assertEquals(2, receipt.getInteger("attachments"));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    LocalDate due = LocalDate.parse(receipt.getString("due_date"));
    int days = http.get(LIST + "/" + ARCHIVES).json().getInteger("time_limit_days");
    assertTrue(due.isAfter(today.plusDays(days)) && due.isBefore(today.plusDays(days * 2L + 12)),
      days + " working days: " + due);
    Http.Res mine = track(receipt);
    JsonObject t = ApiAssertions.ok(mine, 200, TRACK, "get");
    assertEquals("received", t.getJsonObject("status").getString("code"));
    assertEquals("VAN_PHONG", t.getJsonObject("held_by").getString("code"), "the one-stop desk holds it");
    assertNull(t.getValue("handler"));
    assertEquals("ministry", t.getString("waiting_for"));
    assertFalse(t.getBoolean("overdue"));
    assertEquals("private, no-store", mine.header("Cache-Control").orElse(""));
    noPersonalData("tracking view", mine.contentType(), mine.body());

    JsonObject wrong = ApiAssertions.problem(http.get(receipt.getJsonObject("links").getString("tracking"),
      "X-Tracking-Secret", "x".repeat(43)), 404, TRACK, "get");
    String unknownCode = receipt.getString("code").substring(0, 8) + "ZZZZZZZZ";
    JsonObject unknown = ApiAssertions.problem(http.get("/api/v1/dossier-tracking/" + unknownCode,
      "X-Tracking-Secret", receipt.getString("secret")), 404, TRACK, "get");
    assertEquals(wrong.getString("detail"), unknown.getString("detail"));
    ApiAssertions.fieldError(http.get(receipt.getJsonObject("links").getString("tracking")), 400,
      "X-Tracking-Secret", TRACK, "get");
  }

  @Test
  void badSubmissionsAre400NamingTheField() {
    JsonObject noContact = dossier(ARCHIVES);
    noContact.getJsonObject("applicant").remove("phone");
    noContact.getJsonObject("applicant").remove("email");
    noContact.getJsonObject("applicant").remove("address");
    ApiAssertions.fieldError(http.json("POST", DOSSIERS, noContact), 400, "/applicant", DOSSIERS, "post");
    ApiAssertions.fieldError(http.json("POST", DOSSIERS, dossier("9.999999")), 400, "/procedure_code", DOSSIERS,
      "post");
    String province = http.get(LIST + "?level=province&limit=1").json().getJsonArray("items").getJsonObject(0)
      .getString("code");
    ApiAssertions.fieldError(http.json("POST", DOSSIERS, dossier(province)), 400, "/procedure_code", DOSSIERS,
      "post");
    ApiAssertions.fieldError(http.json("POST", DOSSIERS, dossier("1.5")), 400, "/procedure_code", DOSSIERS, "post");
    ApiAssertions.fieldError(http.json("POST", DOSSIERS, dossier(ARCHIVES).put("channel", "desk")), 400, "/channel",
      DOSSIERS, "post");
    JsonObject big = dossier(ARCHIVES);
    big.getJsonArray("attachments").getJsonObject(0).put("size", 60_000_000);
    ApiAssertions.fieldError(http.json("POST", DOSSIERS, big), 400, "/attachments/0/size", DOSSIERS, "post");
    // the desk records a dossier handed in on paper
    JsonObject paper = submit(dossier(ARCHIVES).put("channel", "desk"), desk);
    assertEquals("received", paper.getJsonObject("status").getString("code"));
  }

  @Test
  void theWholeWorkflowWithDocumentsRequestedAndTheResultReturned() throws Exception {
    JsonObject receipt = submit(dossier(ARCHIVES));
    long id = dossierId(receipt.getString("code"));
    JsonObject d = ApiAssertions.ok(http.get(DOSSIERS + "/" + id, desk), 200, DOSSIER, "get");
    assertEquals(NAME, d.getJsonObject("applicant").getString("name"), "the desk sees the applicant");
    assertEquals(2, d.getJsonArray("attachments").size());
    assertEquals(List.of("assign", "refuse"), d.getJsonArray("allowed_actions").getList());

    JsonObject assigned = stepOk(id, action("assign"), desk);
    assertEquals("CUC_VTLTNN", assigned.getString("assigned_unit"), "the procedure's unit by default");
    assertNull(assigned.getValue("handler"));
    JsonObject forUnit = ApiAssertions.ok(http.get(DOSSIERS + "/" + id, archives), 200, DOSSIER, "get");
    assertNull(forUnit.getValue("applicant"), "the unit does not see the applicant's contact");
    assertEquals(List.of("assign_handler", "refuse", "request_supplement", "resolve"),
      forUnit.getJsonArray("allowed_actions").getList());
    ApiAssertions.fieldError(step(id, action("assign_handler"), archives), 400, "/handler", STEPS, "post");
    assertEquals("vtltnn-officer", stepOk(id, action("assign_handler").put("handler", "vtltnn-officer"), archives)
      .getString("handler"), "the unit names its handler");
    ApiAssertions.problem(http.get(DOSSIERS + "/" + id, tdkt), 404, DOSSIER, "get");
    assertEquals(403, step(id, action("resolve"), desk).status(), "the desk does not resolve");

    // the applicant sees who holds it — the unit and the handler's role, no name
    JsonObject t = ApiAssertions.ok(track(receipt), 200, TRACK, "get");
    assertEquals("CUC_VTLTNN", t.getJsonObject("held_by").getString("code"));
    assertEquals("officer", t.getJsonObject("handler").getJsonObject("role").getString("code"));
    noPersonalData("tracking view", "application/json", t.encode());

    ApiAssertions.fieldError(step(id, action("request_supplement"), archives), 400, "/comment", STEPS, "post");
    stepOk(id, action("request_supplement").put("comment", "Bổ sung bản sao văn bằng có chứng thực."),
      archives);
    JsonObject waiting = ApiAssertions.ok(track(receipt), 200, TRACK, "get");
    assertEquals("applicant", waiting.getString("waiting_for"));
    assertEquals("Bổ sung bản sao văn bằng có chứng thực.", waiting.getJsonArray("history").getJsonObject(3)
      .getString("comment"));
    JsonObject again = stepOk(id, action("receive_supplement"), archives);
    assertFalse(LocalDate.parse(again.getString("due_date")).isBefore(LocalDate.parse(receipt.getString("due_date"))),
      "the clock restarts from the day the documents arrive");
    JsonObject resolved = stepOk(id, action("resolve"), archives);
    assertEquals("resolved", resolved.getJsonObject("status").getString("code"));
    assertNotNull(resolved.getString("decided_at"));
    assertEquals(403, step(id, action("return_result"), archives).status(), "returning is the desk's");
    JsonObject returned = stepOk(id, action("return_result"), desk);
    assertEquals(List.of("submit", "assign", "assign_handler", "request_supplement", "receive_supplement", "resolve",
      "return_result"),
      returned.getJsonArray("transitions").stream().map(o -> ((JsonObject) o).getString("action")).toList());
    JsonObject fin = ApiAssertions.problem(step(id, action("resolve"), archives), 409, STEPS, "post");
    assertTrue(fin.getString("detail").contains("none (final)"), fin.getString("detail"));
    JsonObject done = ApiAssertions.ok(track(receipt), 200, TRACK, "get");
    assertEquals("returned", done.getJsonObject("status").getString("code"));
    assertNull(done.getValue("held_by"));
    assertNull(done.getValue("waiting_for"));
    assertEquals(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(), done.getString("returned_date"));

    // every step audited, in the step's transaction; the submission too
    try (Connection db = TestServer.jdbc(); PreparedStatement s = db.prepareStatement("SELECT count(*) FROM "
      + "platform.audit_event WHERE record_type = 'dossier' AND record_id = ? AND outcome = 'success' "
      + "AND operation = ?")) {
      s.setString(1, String.valueOf(id));
      s.setString(2, "transitionProcedureDossier");
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        assertEquals(6, rs.getLong(1));
      }
      s.setString(2, "submitProcedureDossier");
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        assertEquals(1, rs.getLong(1));
      }
    }
    try (Connection db = TestServer.jdbc(); PreparedStatement s = db.prepareStatement("SELECT count(*) FROM "
      + "platform.outbox WHERE dataset = 'dossiers' AND entity_id = ?")) {
      s.setString(1, String.valueOf(id));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        assertEquals(7, rs.getLong(1), "one outbox event per write");
      }
    }
  }

  @Test
  void illegalStepsAre409AndFieldsOfOtherStepsAre400() {
    long id = dossierId(submit(dossier(ARCHIVES), desk).getString("code"));
    JsonObject p = ApiAssertions.problem(step(id, action("resolve"), desk), 409, STEPS, "post");
    assertEquals("illegal-transition", p.getString("code"));
    assertTrue(p.getString("detail").contains("assign, refuse"), p.getString("detail"));
    assertEquals(409, step(id, action("return_result"), desk).status());
    ApiAssertions.fieldError(step(id, action("refuse"), desk), 400, "/comment", STEPS, "post");
    ApiAssertions.fieldError(step(id, action("resolve").put("unit", "CUC_VTLTNN"), desk), 400, "/unit",
      STEPS, "post");
    ApiAssertions.fieldError(step(id, action("assign").put("unit", "KHONG_CO_DON_VI"), desk), 400, "/unit",
      STEPS, "post");
    ApiAssertions.fieldError(step(id, action("close"), desk), 400, "/action", STEPS, "post");
    assertEquals(412, http.json("POST", DOSSIERS + "/" + id + "/transitions", action("assign"), desk[0], desk[1],
      "If-Match", "\"d" + id + "-99\"").status());
    stepOk(id, action("assign").put("unit", "BAN_TDKT"), desk);
    JsonObject moved = stepOk(id, action("reassign").put("unit", "CUC_VTLTNN")
      .put("comment", "Thuộc chức năng của Cục Văn thư và Lưu trữ nhà nước"), desk);
    assertEquals("CUC_VTLTNN", moved.getString("assigned_unit"));
    ApiAssertions.problem(http.get(DOSSIERS + "/" + id, tdkt), 404, DOSSIER, "get");
    JsonObject refused = stepOk(id, action("refuse").put("comment", "Hồ sơ không đủ điều kiện."), archives);
    assertEquals("Hồ sơ không đủ điều kiện.", refused.getString("refuse_reason"));
    assertEquals(List.of("return_result"), ApiAssertions.ok(http.get(DOSSIERS + "/" + id, desk), 200, DOSSIER, "get")
      .getJsonArray("allowed_actions").getList());
  }

  @Test
  void unitsSeeOnlyTheirDossiersAndOthersAreRefused() {
    ApiAssertions.problem(http.get(DOSSIERS), 401, DOSSIERS, "get");
    String[] unitless = bearer(TestServer.token("no-unit", null, "officer"));
    assertEquals("unit-scope", ApiAssertions.problem(http.get(DOSSIERS, unitless), 403, DOSSIERS, "get")
      .getString("code"));
    String[] reviewer = bearer(TestServer.token("other-reviewer", "VU_PHAP_CHE", "reviewer"));
    ApiAssertions.problem(http.get(DOSSIERS, reviewer), 403, DOSSIERS, "get");
    JsonObject mine = ApiAssertions.ok(http.get(DOSSIERS + "?limit=200", tdkt), 200, DOSSIERS, "get");
    assertFalse(mine.getJsonArray("items").isEmpty());
    assertTrue(mine.getJsonArray("items").stream().map(JsonObject.class::cast)
      .allMatch(c -> "BAN_TDKT".equals(c.getString("assigned_unit"))), "only the unit's own dossiers");
    long notAssigned = dossierId(submit(dossier(ARCHIVES)).getString("code"));
    ApiAssertions.problem(http.get(DOSSIERS + "/" + notAssigned, archives), 404, DOSSIER, "get");
    assertEquals(404, step(notAssigned, action("assign"), archives).status());
    JsonObject overdue = ApiAssertions.ok(http.get(DOSSIERS + "?overdue=true&limit=5", desk), 200, DOSSIERS, "get");
    assertTrue(overdue.getJsonArray("items").stream().map(JsonObject.class::cast)
      .allMatch(c -> c.getBoolean("overdue") && LocalDate.parse(c.getString("due_date"))
        .isBefore(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")))));
    JsonObject page = ApiAssertions.ok(http.get(DOSSIERS + "?status=returned&year=2025&limit=3", desk), 200,
      DOSSIERS, "get");
    assertEquals(3, page.getJsonArray("items").size());
    JsonObject next = ApiAssertions.ok(http.get(page.getString("next"), desk), 200, DOSSIERS, "get");
    assertTrue(next.getJsonArray("items").getJsonObject(0).getLong("id")
      < page.getJsonArray("items").getJsonObject(2).getLong("id"));
  }

  @Test
  void statisticsGiveOnTimeRatesByProcedureUnitAndMonth() {
    JsonObject cells = ApiAssertions.ok(http.get(STATS + "?year=2025"), 200, STATS, "get");
    assertEquals("unit_month", cells.getString("dimension"));
    JsonObject byUnit = ApiAssertions.ok(http.get(STATS + "?year=2025&by=unit"), 200, STATS, "get");
    JsonObject byMonth = ApiAssertions.ok(http.get(STATS + "?year=2025&by=month"), 200, STATS, "get");
    JsonObject byProcedure = ApiAssertions.ok(http.get(STATS + "?year=2025&by=procedure"), 200, STATS, "get");
    assertEquals(cells.getJsonObject("total"), byUnit.getJsonObject("total"));
    assertEquals(cells.getJsonObject("total"), byMonth.getJsonObject("total"));
    assertEquals(cells.getJsonObject("total"), byProcedure.getJsonObject("total"));
    assertEquals(12, byMonth.getJsonArray("items").size());
    JsonObject total = cells.getJsonObject("total");
    assertTrue(total.getLong("received") > 800 && total.getLong("decided_late") > 0
      && total.getLong("decided_on_time") + total.getLong("decided_late") == total.getLong("decided"), total.encode());
    double rate = total.getDouble("on_time_rate");
    assertTrue(rate > 75 && rate < 98, "a realistic on-time rate: " + rate);
    Http.Res res = http.get(STATS + "?by=procedure&procedure=" + ARCHIVES);
    JsonObject one = ApiAssertions.ok(res, 200, STATS, "get");
    assertEquals(1, one.getJsonArray("items").size());
    noPersonalData("statistics", res.contentType(), res.body());
    // a new dossier counts at once, this month, in the procedure's unit
    String month = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString().substring(0, 7);
    long before = received(month);
    submit(dossier(ARCHIVES), desk);
    assertEquals(before + 1, received(month));
    ApiAssertions.fieldError(http.get(STATS + "?by=person"), 400, "by", STATS, "get");
  }

  private long received(String month) {
    JsonArray items = http.get(STATS + "?by=unit_month&unit=CUC_VTLTNN&year=" + month.substring(0, 4)).json()
      .getJsonArray("items");
    return items.stream().map(JsonObject.class::cast).filter(c -> month.equals(c.getString("month")))
      .mapToLong(c -> c.getLong("received")).sum();
  }

  @Test
  void theDemoIsDeterministicAndMarkedGenerated() throws Exception {
    try (Connection db = TestServer.jdbc(); PreparedStatement s = db.prepareStatement("SELECT count(*), "
      + "count(*) FILTER (WHERE origin <> 'generated'), count(DISTINCT status_code) FROM procedures.dossier "
      + "WHERE origin = 'generated' OR id <= 4000")) {
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        assertEquals(4000, rs.getLong(1));
        assertEquals(0, rs.getLong(2));
        assertEquals(6, rs.getLong(3), "every status appears");
      }
    }
    try (Connection db = TestServer.jdbc(); PreparedStatement s = db.prepareStatement("SELECT count(*) FROM "
      + "procedures.dossier d WHERE d.origin = 'generated' AND d.version <> (SELECT count(*) FROM "
      + "procedures.dossier_transition t WHERE t.dossier_id = d.id)")) {
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        assertEquals(0, rs.getLong(1), "every generated dossier's steps are recorded");
      }
    }
  }

  private Http.Res supplement(JsonObject receipt, String secret, JsonObject body) {
    return http.json("POST", receipt.getJsonObject("links").getString("tracking") + "/supplements", body,
      "X-Tracking-Secret", secret);
  }

  private static JsonObject files(String... names) {
    JsonArray list = new JsonArray();
    for (String n : names) {
      list.add(new JsonObject().put("name", n).put("media_type", "application/pdf").put("size", 241311)
        .put("sha256", "b".repeat(64)).put("document", "Bản sao văn bằng có chứng thực"));
    }
    return new JsonObject().put("attachments", list);
  }

  private long count(String sql, long id) throws Exception {
    try (Connection db = TestServer.jdbc(); PreparedStatement s = db.prepareStatement(sql)) {
      s.setString(1, String.valueOf(id));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void theApplicantSendsTheRequestedDocumentsThroughTracking() throws Exception {
    JsonObject receipt = submit(dossier(ARCHIVES));
    String secret = receipt.getString("secret");
    long id = dossierId(receipt.getString("code"));
    // not while nothing was asked for: 409 naming the status
    JsonObject early = ApiAssertions.problem(supplement(receipt, secret, files("a.pdf")), 409, SUPPLEMENTS, "post");
    assertTrue(early.getString("detail").contains("'received'"), early.getString("detail"));
    // a wrong secret and an unknown code answer as tracking does; no secret is a 400 naming the header
    String tracking = ApiAssertions.problem(http.get(receipt.getJsonObject("links").getString("tracking"),
      "X-Tracking-Secret", "y".repeat(43)), 404, TRACK, "get").getString("detail");
    JsonObject wrong = ApiAssertions.problem(supplement(receipt, "y".repeat(43), files("a.pdf")), 404, SUPPLEMENTS,
      "post");
    assertEquals(tracking, wrong.getString("detail"));
    String unknown = "/api/v1/dossier-tracking/" + receipt.getString("code").substring(0, 8) + "ZZZZZZZZ/supplements";
    assertEquals(tracking, ApiAssertions.problem(http.json("POST", unknown, files("a.pdf"), "X-Tracking-Secret",
      secret), 404, SUPPLEMENTS, "post").getString("detail"));
    ApiAssertions.fieldError(http.json("POST", receipt.getJsonObject("links").getString("tracking") + "/supplements",
      files("a.pdf")), 400, "X-Tracking-Secret", SUPPLEMENTS, "post");

    stepOk(id, action("assign"), desk);
    stepOk(id, action("assign_handler").put("handler", "vtltnn-officer"), archives);
    stepOk(id, action("request_supplement").put("comment", "Bổ sung bản sao văn bằng có chứng thực."), archives);
    assertEquals("applicant", ApiAssertions.ok(track(receipt), 200, TRACK, "get").getString("waiting_for"));
    // bad input names the field
    ApiAssertions.fieldError(supplement(receipt, secret, new JsonObject().put("attachments", new JsonArray())), 400,
      "/attachments", SUPPLEMENTS, "post");
    JsonObject big = files("a.pdf");
    big.getJsonArray("attachments").getJsonObject(0).put("size", 60_000_000);
    ApiAssertions.fieldError(supplement(receipt, secret, big), 400, "/attachments/0/size", SUPPLEMENTS, "post");
    ApiAssertions.fieldError(supplement(receipt, secret, files("a.pdf").put("applicant", NAME)), 400, "/applicant",
      SUPPLEMENTS, "post");

    // the documents, with a note for the officers that tracking does not show
    String note = "Tôi là " + NAME + ", gửi bổ sung; liên hệ " + PHONE + ".";
    Http.Res sent = supplement(receipt, secret, files("van-bang-chung-thuc.pdf").put("note", note));
    JsonObject t = ApiAssertions.ok(sent, 201, SUPPLEMENTS, "post");
    assertEquals(receipt.getJsonObject("links").getString("tracking"), sent.header("Location").orElseThrow());
    assertEquals("supplement_requested", t.getJsonObject("status").getString("code"));
    assertEquals("ministry", t.getString("waiting_for"), "now the unit checks the documents");
    JsonObject last = t.getJsonArray("history").getJsonObject(t.getJsonArray("history").size() - 1);
    assertEquals("submit_supplement", last.getString("action"));
    assertNull(last.getValue("comment"));
    noPersonalData("supplement answer", sent.contentType(), sent.body());
    Http.Res again = track(receipt);
    assertEquals("ministry", ApiAssertions.ok(again, 200, TRACK, "get").getString("waiting_for"));
    noPersonalData("tracking view after the supplement", again.contentType(), again.body());

    // the officers see the documents and the applicant's step, then receive them as before
    JsonObject d = ApiAssertions.ok(http.get(DOSSIERS + "/" + id, archives), 200, DOSSIER, "get");
    JsonArray attachments = d.getJsonArray("attachments");
    assertEquals(3, attachments.size());
    assertEquals(3, attachments.getJsonObject(2).getInteger("ord"));
    assertEquals("van-bang-chung-thuc.pdf", attachments.getJsonObject(2).getString("name"));
    JsonArray steps = d.getJsonArray("transitions");
    JsonObject step = steps.getJsonObject(steps.size() - 1);
    assertEquals("submit_supplement", step.getString("action"));
    assertEquals("applicant", step.getString("actor"));
    assertEquals(note, step.getString("comment"));
    assertTrue(d.getJsonArray("allowed_actions").getList().contains("receive_supplement"));
    // a forgotten file may follow before the unit receives them
    ApiAssertions.ok(supplement(receipt, secret, files("phu-luc.pdf")), 201, SUPPLEMENTS, "post");
    assertEquals("in_processing", stepOk(id, action("receive_supplement"), archives).getJsonObject("status")
      .getString("code"));
    JsonObject late = ApiAssertions.problem(supplement(receipt, secret, files("a.pdf")), 409, SUPPLEMENTS, "post");
    assertTrue(late.getString("detail").contains("'in_processing'"), late.getString("detail"));

    assertEquals(2, count("SELECT count(*) FROM platform.audit_event WHERE record_type = 'dossier' AND record_id = ? "
      + "AND operation = 'submitProcedureDossierSupplement' AND outcome = 'success'", id));
    assertTrue(count("SELECT count(*) FROM platform.audit_event WHERE record_type = 'dossier' AND record_id = ? "
      + "AND operation = 'submitProcedureDossierSupplement' AND outcome = 'not-found'", id) >= 1, "wrong secrets too");
    assertEquals(7, count("SELECT count(*) FROM platform.outbox WHERE dataset = 'dossiers' AND entity_id = ?", id),
      "submit, assign, handler, request, two supplements, receive: one outbox event per write, and none for refusals");
  }
}
