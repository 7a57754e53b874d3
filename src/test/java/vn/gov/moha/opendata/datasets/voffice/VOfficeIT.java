package vn.gov.moha.opendata.datasets.voffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.RdfAssertions;
import vn.gov.moha.opendata.support.TestServer;

/**
 * VOffice over HTTP against the real database: outgoing numbers allocated by the database (concurrent issues get
 * consecutive numbers, no duplicate), unit scope (401, 403, 404), the processing workflow (legal and illegal steps,
 * If-Match 428/412, 400 naming the field), audit rows and outbox events, signature records, the link to the
 * legal-documents dataset, the open statistics equal to direct SQL counts, their RDF parsed and checked against the
 * shapes, and a planted secret subject and signer name that never reach an open output.
 */
class VOfficeIT {
  static final String IN = "/api/v1/voffice/incoming";
  static final String OUT = "/api/v1/voffice/outgoing";
  static final String STATS = "/api/v1/statistics/voffice-documents";
  private final Http http = TestServer.http();
  private final String base = TestServer.base();
  private final String[] office = bearer(TestServer.token("vp-clerk", "VAN_PHONG", "officer"));
  private final String[] ccvc = bearer(TestServer.token("ccvc-officer", "VU_CCVC", "officer"));
  private final String[] cttn = bearer(TestServer.token("cttn-officer", "VU_CTTN", "officer"));

  static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  private static String[] with(String[] who, String... more) {
    String[] all = new String[who.length + more.length];
    System.arraycopy(who, 0, all, 0, who.length);
    System.arraycopy(more, 0, all, who.length, more.length);
    return all;
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  static JsonObject incoming(String subject, String secrecy) {
    return new JsonObject().put("sender_organ", "Văn phòng Chính phủ").put("via_axis", "none".equals(secrecy))
      .put("type", "CONG_VAN").put("code_number", "8123").put("code_notation", "VPCP-TCCV")
      .put("issued_date", today().minusDays(1).toString()).put("subject", subject).put("secrecy", secrecy);
  }

  static JsonObject outgoing(String type, String subject, String signer) {
    return new JsonObject().put("type", type).put("drafting_unit", "VU_CCVC").put("subject", subject)
      .put("signer", new JsonObject().put("position", "Thứ trưởng").put("name", signer))
      .put("recipients", new JsonArray().add("Văn phòng Bộ")).put("issued_amount", 3).put("via_axis", false);
  }

  private JsonObject register(JsonObject body) {
    return ApiAssertions.ok(http.json("POST", IN, body, office), 201, IN, "post");
  }

  private Http.Res step(long id, JsonObject body, String etag, String[] who) {
    return http.json("POST", IN + "/" + id + "/transitions", body, etag == null ? who : with(who, "If-Match", etag));
  }

  private static long count(String sql) {
    return Long.parseLong(TestServer.query(sql).get(0));
  }

  @Test
  void concurrentIssuesGetConsecutiveNumbersWithoutDuplicates() throws Exception {
    int n = 8;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    List<Future<Http.Res>> calls = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      JsonObject body = outgoing("QD_CB", "Quyết định về việc thử cấp số đồng thời " + i, "Nguyễn Văn Minh");
      calls.add(pool.submit(() -> http.json("POST", OUT, body, office)));
    }
    List<Integer> numbers = new ArrayList<>();
    for (Future<Http.Res> f : calls) {
      JsonObject o = ApiAssertions.ok(f.get(), 201, OUT, "post");
      numbers.add(o.getInteger("number"));
      assertEquals(o.getInteger("number") + "/QĐ-BNV", o.getString("notation"), "no year in the notation");
      assertEquals(today().getYear(), o.getInteger("issued_year"));
    }
    pool.shutdown();
    numbers.sort(Integer::compare);
    assertEquals(n, numbers.stream().distinct().count(), "no duplicate: " + numbers);
    assertEquals(numbers.get(0) + n - 1, numbers.get(n - 1), "consecutive: " + numbers);
    int year = today().getYear();
    assertEquals(numbers.get(n - 1), Integer.parseInt(TestServer.query("SELECT max(number) FROM voffice.outgoing "
      + "WHERE type_code = 'QD_CB' AND issued_year = " + year).get(0)), "the newest numbers of the year");
    assertEquals(count("SELECT count(*) FROM voffice.outgoing WHERE type_code = 'QD_CB' AND issued_year = " + year),
      count("SELECT max(number) FROM voffice.outgoing WHERE type_code = 'QD_CB' AND issued_year = " + year),
      "numbers 1..n without gaps");

    // a công văn has no type abbreviation: the drafting unit's code; a number the caller sends is not taken
    JsonObject letter = ApiAssertions.ok(http.json("POST", OUT, outgoing("CONG_VAN", "Về việc góp ý dự thảo đề án",
      "Lê Thị Hoa"), office), 201, OUT, "post");
    assertTrue(letter.getString("notation").matches("[0-9]+/BNV-CCVC"), letter.getString("notation"));
    ApiAssertions.fieldError(http.json("POST", OUT, outgoing("QD_CB", "Quyết định thử", "Lê Hoa").put("number", 7),
      office), 400, "/number", OUT, "post");
    ApiAssertions.fieldError(http.json("POST", OUT, outgoing("QD_CB", "Quyết định thử", "Lê Hoa")
      .put("recipients", new JsonArray()), office), 400, "/recipients", OUT, "post");
    // the database keeps numbers fixed and documents undeleted
    try (java.sql.Connection c = TestServer.jdbc(); java.sql.Statement s = c.createStatement()) {
      java.sql.SQLException e = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
        () -> s.executeUpdate("UPDATE voffice.outgoing SET number = number + 1000 WHERE id = " + letter.getLong("id")));
      assertEquals("MH409", e.getSQLState());
    }
  }

  @Test
  void unitsSeeWhatTheyLeadOrDraftAndOthersGet401Or403Or404() {
    ApiAssertions.problem(http.get(IN), 401, IN, "get");
    ApiAssertions.problem(http.json("POST", IN, incoming("Về việc thử quyền", "none")), 401, IN, "post");
    ApiAssertions.problem(http.get(IN, bearer(TestServer.token("rev", "VU_CCVC", "reviewer"))), 403, IN, "get");
    ApiAssertions.problem(http.json("POST", IN, incoming("Về việc thử quyền", "none"), ccvc), 403, IN, "post");
    ApiAssertions.problem(http.json("POST", OUT, outgoing("QD_CB", "Quyết định thử quyền", "Lê Hoa"), ccvc), 403,
      OUT, "post");

    JsonObject doc = register(incoming("Về việc thử phạm vi đơn vị", "none"));
    long id = doc.getLong("id");
    ApiAssertions.problem(http.get(IN + "/" + id, ccvc), 404, IN + "/{id}", "get");
    String etag = http.get(IN + "/" + id, office).header("ETag").orElseThrow();
    ApiAssertions.ok(step(id, new JsonObject().put("action", "assign").put("unit", "VU_CCVC")
      .put("coordinating_units", new JsonArray().add("VU_CTTN")).put("deadline", today().plusDays(10).toString()),
      etag, office), 200, IN + "/{id}/transitions", "post");
    ApiAssertions.ok(http.get(IN + "/" + id, ccvc), 200, IN + "/{id}", "get");
    ApiAssertions.ok(http.get(IN + "/" + id, cttn), 200, IN + "/{id}", "get");
    ApiAssertions.problem(http.get(IN + "/" + id, bearer(TestServer.token("pc", "VU_PHAP_CHE", "officer"))), 404,
      IN + "/{id}", "get");
    JsonObject mine = ApiAssertions.ok(http.get(IN + "?limit=100", cttn), 200, IN, "get");
    assertTrue(mine.getJsonArray("items").stream().map(JsonObject.class::cast).allMatch(i ->
      i.getString("lead_unit").equals("VU_CTTN") || i.getJsonArray("coordinating_units").contains("VU_CTTN")));
    assertTrue(mine.getJsonArray("items").stream().map(JsonObject.class::cast).anyMatch(i -> i.getLong("id") == id));
    JsonObject outs = ApiAssertions.ok(http.get(OUT + "?limit=50", cttn), 200, OUT, "get");
    assertTrue(outs.getJsonArray("items").stream().map(JsonObject.class::cast)
      .allMatch(o -> o.getString("drafting_unit").equals("VU_CTTN")));
    ApiAssertions.problem(http.get(IN + "/999999999", office), 404, IN + "/{id}", "get");

    // search by subject without diacritics; paging keeps the filter
    JsonObject found = ApiAssertions.ok(http.get(IN + "?q=" + enc("thu pham vi don vi"), office), 200, IN, "get");
    assertTrue(found.getJsonArray("items").stream().map(JsonObject.class::cast).anyMatch(i -> i.getLong("id") == id));
    JsonObject page = ApiAssertions.ok(http.get(IN + "?limit=3&q=" + enc("ve viec"), office), 200, IN, "get");
    assertTrue(page.getString("next").contains("q=ve+viec"), page.getString("next"));
  }

  @Test
  void theProcessingTakesOnlyTheAllowedStepsWithIfMatch() {
    JsonObject doc = register(incoming("Về việc thử quy trình xử lý văn bản đến", "none"));
    long id = doc.getLong("id");
    assertEquals("registered", doc.getJsonObject("status").getString("code"));
    assertEquals(today().toString(), doc.getString("arrival_date"));
    assertEquals("CHUNG", doc.getString("registry"));
    String path = IN + "/{id}/transitions";
    JsonObject assign = new JsonObject().put("action", "assign").put("unit", "VU_CCVC")
      .put("deadline", today().plusDays(7).toString());
    assertEquals("precondition-required", ApiAssertions.problem(step(id, assign, null, office), 428, path, "post")
      .getString("code"));
    ApiAssertions.problem(step(id, assign, "\"i" + id + "-99\"", office), 412, path, "post");
    String etag = "\"i" + id + "-1\"";
    ApiAssertions.fieldError(step(id, assign.copy().putNull("deadline"), etag, office), 400, "/deadline", path, "post");
    ApiAssertions.fieldError(step(id, new JsonObject().put("action", "file").put("unit", "VU_CCVC"), etag, office),
      400, "/unit", path, "post");
    ApiAssertions.fieldError(step(id, assign.copy().put("unit", "KHONG_CO"), etag, office), 400, "/unit", path,
      "post");
    JsonObject illegal = ApiAssertions.problem(step(id, new JsonObject().put("action", "complete"), etag, office),
      409, path, "post");
    assertEquals("illegal-transition", illegal.getString("code"));
    assertTrue(illegal.getString("detail").contains("allowed from registered: assign, file"), illegal.toString());
    ApiAssertions.problem(step(id, assign, etag, ccvc), 404, path, "post");

    Http.Res assigned = step(id, assign, etag, office);
    JsonObject a = ApiAssertions.ok(assigned, 200, path, "post");
    assertEquals("assigned", a.getJsonObject("status").getString("code"));
    assertEquals("VU_CCVC", a.getString("lead_unit"));
    etag = assigned.header("ETag").orElseThrow();
    assertEquals("unit-scope", ApiAssertions.problem(step(id, new JsonObject().put("action", "accept"), etag, office),
      403, path, "post").getString("code"));
    Http.Res accepted = step(id, new JsonObject().put("action", "accept"), etag, ccvc);
    JsonObject b = ApiAssertions.ok(accepted, 200, path, "post");
    assertEquals("ccvc-officer", b.getString("handler"));
    assertEquals(new JsonArray().add("assign_handler").add("complete").add("return"), b.getJsonArray(
      "allowed_actions"));
    etag = accepted.header("ETag").orElseThrow();
    ApiAssertions.fieldError(step(id, new JsonObject().put("action", "return"), etag, ccvc), 400, "/comment", path,
      "post");
    JsonObject done = ApiAssertions.ok(step(id, new JsonObject().put("action", "complete")
      .put("comment", "Đã trả lời bằng công văn."), etag, ccvc), 200, path, "post");
    assertEquals("completed", done.getJsonObject("status").getString("code"));
    assertEquals(List.of("assign", "accept", "complete"), done.getJsonArray("transitions").stream()
      .map(t -> ((JsonObject) t).getString("action")).toList());
    assertEquals(new JsonArray(), done.getJsonArray("allowed_actions"));

    // audit rows of the registration, the reads and every step; outbox events without content
    assertTrue(count("SELECT count(*) FROM platform.audit_event WHERE record_type = 'voffice-incoming' "
      + "AND record_id = '" + id + "' AND outcome = 'success'") >= 4);
    assertTrue(count("SELECT count(*) FROM platform.audit_event WHERE record_type = 'voffice-incoming' "
      + "AND record_id = '" + id + "' AND outcome = 'denied'") >= 1);
    assertEquals(4, count("SELECT count(*) FROM platform.outbox WHERE dataset = 'voffice-incoming' AND entity_id = '"
      + id + "'"));
    assertEquals(0, count("SELECT count(*) FROM platform.outbox WHERE payload::text LIKE '%quy trình xử lý%'"));

    // validation names the field: the contract's and the server's
    ApiAssertions.fieldError(http.json("POST", IN, incoming("Về việc thử", "none").put("subject", "ab"), office), 400,
      "/subject", IN, "post");
    ApiAssertions.fieldError(http.json("POST", IN, incoming("Về việc thử ngày", "none")
      .put("issued_date", today().plusDays(3).toString()), office), 400, "/issued_date", IN, "post");
    ApiAssertions.fieldError(http.json("POST", IN, incoming("Về việc thử loại", "none").put("type", "NGHI_DINH"),
      office), 400, "/type", IN, "post");
  }

  /**
   * A step is the workflows' one write (LockedWrite): 428 before the body's 400; a unit that only coordinates sees
   * the document but the steps are the lead unit's; the Ministry Office's reviewers read every document but its steps
   * are its officers'; a unit outside the document a 404; every outcome an audit row; the answer never cached.
   */
  @Test
  void aStepIsTheWorkflowsLockedWriteWithItsParties() {
    long id = register(incoming("Về việc thử các bên của quy trình", "none")).getLong("id");
    String path = IN + "/{id}/transitions";
    String[] reviewer = bearer(TestServer.token("vp-reviewer", "VAN_PHONG", "reviewer"));
    String[] justice = bearer(TestServer.token("pc-officer", "VU_PHAP_CHE", "officer"));
    JsonObject assign = new JsonObject().put("action", "assign").put("unit", "VU_CCVC")
      .put("coordinating_units", new JsonArray().add("VU_CTTN")).put("deadline", today().plusDays(5).toString());
    assertEquals("precondition-required", ApiAssertions.problem(step(id, new JsonObject().put("action", "file")
      .put("unit", "VU_CCVC"), null, office), 428, path, "post").getString("code"), "428 before the body's 400");
    JsonObject read = ApiAssertions.ok(http.get(IN + "/" + id, reviewer), 200, IN + "/{id}", "get");
    assertEquals(new JsonArray(), read.getJsonArray("allowed_actions"), "the office's reviewers read only");
    assertTrue(ApiAssertions.problem(step(id, assign, "\"i" + id + "-1\"", reviewer), 403, path, "post")
      .getString("detail").contains("the Ministry Office's: officers of unit VAN_PHONG, admins"));
    ApiAssertions.problem(step(id, assign, "\"i" + id + "-0\"", office), 412, path, "post");

    Http.Res assigned = step(id, assign, "\"i" + id + "-1\"", office);
    ApiAssertions.ok(assigned, 200, path, "post");
    assertEquals("\"i" + id + "-2\"", assigned.header("ETag").orElseThrow());
    assertEquals("private, no-store", assigned.header("Cache-Control").orElseThrow());
    JsonObject accept = new JsonObject().put("action", "accept");
    assertEquals(new JsonArray(), ApiAssertions.ok(http.get(IN + "/" + id, cttn), 200, IN + "/{id}", "get")
      .getJsonArray("allowed_actions"), "a coordinating unit sees the document");
    assertTrue(ApiAssertions.problem(step(id, accept, "\"i" + id + "-2\"", cttn), 403, path, "post")
      .getString("detail").contains("the lead unit's (VU_CCVC): its officers, admins"));
    ApiAssertions.problem(step(id, accept, "\"i" + id + "-2\"", justice), 404, path, "post");
    ApiAssertions.ok(step(id, accept, "\"i" + id + "-2\"", ccvc), 200, path, "post");
    assertEquals(List.of("denied 403", "denied 403", "failed 412", "not-found 404", "success 200", "success 200"),
      TestServer.query("SELECT outcome || ' ' || status FROM platform.audit_event WHERE record_type = "
        + "'voffice-incoming' AND record_id = '" + id + "' AND operation = 'transitionVofficeIncoming' ORDER BY 1"));

    // the link of an outgoing document: the clerical office's write (403 first), 404 when there is none
    long out = ApiAssertions.ok(http.json("POST", OUT, outgoing("QD_CB", "Quyết định về việc thử liên kết",
      "Lê Văn Liên"), office), 201, OUT, "post").getLong("id");
    String link = OUT + "/{id}/legal-document";
    JsonObject none = new JsonObject().putNull("legal_document_id");
    ApiAssertions.problem(http.json("PUT", OUT + "/" + out + "/legal-document", none, ccvc), 403, link, "put");
    ApiAssertions.problem(http.json("PUT", OUT + "/999999999/legal-document", none, with(office, "If-Match",
      "\"o999999999-1\"")), 404, link, "put");
    Http.Res unlinked = http.json("PUT", OUT + "/" + out + "/legal-document", none, with(office, "If-Match",
      "\"o" + out + "-1\""));
    assertNull(ApiAssertions.ok(unlinked, 200, link, "put").getValue("legal_document"));
    assertEquals("\"o" + out + "-2\"", unlinked.header("ETag").orElseThrow());
    assertEquals("private, no-store", unlinked.header("Cache-Control").orElseThrow());
    assertEquals(List.of("denied 403", "success 200"), TestServer.query("SELECT outcome || ' ' || status "
      + "FROM platform.audit_event WHERE record_type = 'voffice-outgoing' AND record_id = '" + out + "' "
      + "AND operation = 'linkVofficeOutgoingLegalDocument' ORDER BY 1"));
    assertEquals(1, count("SELECT count(*) FROM platform.audit_event WHERE record_type = 'voffice-outgoing' "
      + "AND record_id = '999999999' AND operation = 'linkVofficeOutgoingLegalDocument' AND outcome = 'not-found'"));
    Http.Res signed = http.json("POST", OUT + "/" + out + "/signatures", new JsonObject().put("signer_kind", "agency")
      .put("signer", "Bộ Nội vụ").put("certificate_serial", "7F00A3B2C1D0E9F8")
      .put("signed_at", "2026-01-05T08:15:00+07:00").put("valid", true), office);
    ApiAssertions.ok(signed, 201, OUT + "/{id}/signatures", "post");
    assertEquals("private, no-store", signed.header("Cache-Control").orElseThrow(), "a write's answer");
  }

  @Test
  void signaturesAreRecordedAsReportedAndAnIssuedDocumentLinksToItsLegalDocument() {
    JsonObject o = ApiAssertions.ok(http.json("POST", OUT, outgoing("QD_CB", "Quyết định về việc thử chữ ký số",
      "Phạm Văn Ký"), office), 201, OUT, "post");
    long id = o.getLong("id");
    String sig = OUT + "/{id}/signatures";
    JsonObject person = new JsonObject().put("signer_kind", "person").put("signer", "Phạm Văn Ký")
      .put("certificate_serial", "5403A1F2C9D8E7B6").put("signed_at", "2026-01-05T08:15:00+07:00").put("valid", true);
    ApiAssertions.ok(http.json("POST", OUT + "/" + id + "/signatures", person, office), 201, sig, "post");
    JsonObject agency = person.copy().put("signer_kind", "agency").put("signer", "Bộ Nội vụ")
      .put("certificate_serial", "7F00A3B2C1D0E9F8").put("valid", false).put("note", "Chứng thư hết hạn");
    JsonObject both = ApiAssertions.ok(http.json("POST", OUT + "/" + id + "/signatures", agency, office), 201, sig,
      "post");
    assertEquals(2, both.getJsonArray("signatures").size());
    assertFalse(both.getJsonArray("signatures").getJsonObject(1).getBoolean("valid"), "recorded as reported");
    ApiAssertions.fieldError(http.json("POST", OUT + "/" + id + "/signatures", person.copy()
      .put("certificate_serial", "xyz"), office), 400, "/certificate_serial", sig, "post");
    ApiAssertions.fieldError(http.json("POST", OUT + "/" + id + "/signatures", person.copy()
      .put("signed_at", "2999-01-01T00:00:00Z"), office), 400, "/signed_at", sig, "post");
    ApiAssertions.problem(http.json("POST", OUT + "/" + id + "/signatures", person, ccvc), 403, sig, "post");
    ApiAssertions.problem(http.json("POST", OUT + "/999999999/signatures", person, office), 404, sig, "post");
    JsonObject read = ApiAssertions.ok(http.get(OUT + "/" + id, ccvc), 200, OUT + "/{id}", "get");
    assertEquals("5403A1F2C9D8E7B6", read.getJsonArray("signatures").getJsonObject(0).getString("certificate_serial"));
    assertEquals(2, count("SELECT count(*) FROM voffice.signature WHERE outgoing_id = " + id));
    long incomingId = register(incoming("Về việc thử chữ ký văn bản đến", "none")).getLong("id");
    ApiAssertions.ok(http.json("POST", IN + "/" + incomingId + "/signatures", agency.copy()
      .put("signer", "Văn phòng Chính phủ"), office), 201, IN + "/{id}/signatures", "post");

    // the link to the legal-documents dataset
    JsonObject legal = http.get("/api/v1/legal-documents?limit=1").json().getJsonArray("items").getJsonObject(0);
    String link = OUT + "/{id}/legal-document";
    JsonObject body = new JsonObject().put("legal_document_id", legal.getLong("id"));
    ApiAssertions.problem(http.json("PUT", OUT + "/" + id + "/legal-document", body, office), 428, link, "put");
    String etag = http.get(OUT + "/" + id, office).header("ETag").orElseThrow();
    ApiAssertions.fieldError(http.json("PUT", OUT + "/" + id + "/legal-document", new JsonObject()
      .put("legal_document_id", 999_999_999L), with(office, "If-Match", etag)), 400, "/legal_document_id", link, "put");
    JsonObject linked = ApiAssertions.ok(http.json("PUT", OUT + "/" + id + "/legal-document", body,
      with(office, "If-Match", etag)), 200, link, "put");
    assertEquals(legal.getLong("id"), linked.getJsonObject("legal_document").getLong("id"));
    assertTrue(linked.getJsonObject("legal_document").getString("uri").startsWith(base + "/eli/vn/"),
      linked.encode());
    ApiAssertions.problem(http.json("PUT", OUT + "/" + id + "/legal-document", body, with(office, "If-Match", etag)),
      412, link, "put");
    assertTrue(count("SELECT count(*) FROM platform.audit_event WHERE record_type = 'voffice-outgoing' "
      + "AND record_id = '" + id + "' AND operation = 'linkVofficeOutgoingLegalDocument'") >= 3);
  }

  @Test
  void theOpenStatisticsEqualDirectCountsAndSuppressSmallCells() {
    JsonObject before = ApiAssertions.ok(http.get(STATS + "?direction=incoming&year=" + today().getYear()), 200, STATS,
      "get");
    register(incoming("Về việc thử thống kê", "none"));
    Map<String, Long> sql = new HashMap<>();
    for (String row : TestServer.query("SELECT to_char(arrival_date, 'YYYY-MM') || '|incoming|' || count(*) "
      + "FROM voffice.incoming GROUP BY to_char(arrival_date, 'YYYY-MM') UNION ALL SELECT to_char(issued_date, "
      + "'YYYY-MM') || '|outgoing|' || count(*) FROM voffice.outgoing GROUP BY to_char(issued_date, 'YYYY-MM')")) {
      String[] p = row.split("\\|");
      sql.put(p[0] + "|" + p[1], Long.parseLong(p[2]));
    }
    JsonObject months = ApiAssertions.ok(http.get(STATS), 200, STATS, "get");
    assertEquals(sql.size(), months.getJsonArray("items").size(), "one total per month and direction");
    for (Object o : months.getJsonArray("items")) {
      JsonObject i = (JsonObject) o;
      long expected = sql.get(i.getString("month") + "|" + i.getString("direction"));
      assertEquals(expected < 5 && expected > 0, i.getBoolean("suppressed"), i.encode());
      if (!i.getBoolean("suppressed")) {
        assertEquals(expected, i.getLong("count"), i.encode());
      }
    }
    String month = today().toString().substring(0, 7);
    long now = sql.get(month + "|incoming");
    JsonObject after = ApiAssertions.ok(http.get(STATS + "?direction=incoming&year=" + today().getYear()), 200, STATS,
      "get");
    assertTrue(before.getJsonArray("items").stream().map(JsonObject.class::cast).noneMatch(i ->
      i.getString("month").equals(month) && i.getLong("count") != null && i.getLong("count") == now), "it counts");
    assertTrue(after.getJsonArray("items").stream().map(JsonObject.class::cast).anyMatch(i ->
      i.getString("month").equals(month) && i.getLong("count") == now));

    // through the national axis: the channel cells equal the counts and add up to the month
    Map<String, Long> axis = new HashMap<>();
    for (String row : TestServer.query("SELECT to_char(arrival_date, 'YYYY-MM') || '|' || count(*) "
      + "FROM voffice.incoming WHERE via_axis GROUP BY to_char(arrival_date, 'YYYY-MM')")) {
      axis.put(row.split("\\|")[0], Long.parseLong(row.split("\\|")[1]));
    }
    JsonObject channels = ApiAssertions.ok(http.get(STATS + "?by=channel&direction=incoming"), 200, STATS, "get");
    int checked = 0;
    for (Object o : channels.getJsonArray("items")) {
      JsonObject i = (JsonObject) o;
      if (i.getString("channel").equals("national_axis") && !i.getBoolean("suppressed")) {
        assertEquals(axis.getOrDefault(i.getString("month"), 0L), i.getLong("count"), i.encode());
        checked++;
      }
    }
    assertTrue(checked > 30, "months checked: " + checked);

    // by type: each published cell equals its count; hidden ones are small or hide a small one of their month
    JsonObject types = ApiAssertions.ok(http.get(STATS + "?by=type&direction=outgoing&year=2025"), 200, STATS, "get");
    Map<String, Long> byType = new HashMap<>();
    for (String row : TestServer.query("SELECT to_char(issued_date, 'YYYY-MM') || '|' || type_code || '|' || count(*) "
      + "FROM voffice.outgoing WHERE issued_year = 2025 GROUP BY to_char(issued_date, 'YYYY-MM'), type_code")) {
      String[] p = row.split("\\|");
      byType.put(p[0] + "|" + p[1], Long.parseLong(p[2]));
    }
    assertEquals(byType.size(), types.getJsonArray("items").size());
    boolean someSuppressed = false;
    for (Object o : types.getJsonArray("items")) {
      JsonObject i = (JsonObject) o;
      long n = byType.get(i.getString("month") + "|" + i.getJsonObject("type").getString("code"));
      if (i.getBoolean("suppressed")) {
        someSuppressed = true;
        assertNull(i.getValue("count"));
      } else {
        assertTrue(n >= 5, "a small cell is never shown: " + i.encode());
        assertEquals(n, i.getLong("count"), i.encode());
      }
    }
    assertTrue(someSuppressed, "rare types are hidden in the demo's months");
  }

  @Test
  void theStatisticsAreAnRdfDataCubeThatConformsToTheShapes() {
    long cells = count("SELECT count(*) FROM voffice.open_stat");
    Http.Res ttl = http.get("/downloads/voffice-statistics.ttl");
    assertEquals(200, ttl.status());
    Model m = RdfAssertions.parse(ttl.body(), Lang.TURTLE, base);
    assertEquals(cells, m.listSubjectsWithProperty(RDF.type, m.getResource("http://purl.org/linked-data/cube#"
      + "Observation")).toList().size());
    RdfAssertions.conforms(m);
    String key = TestServer.query("SELECT key FROM voffice.open_stat WHERE NOT suppressed AND type_code = '_T' "
      + "AND channel = 'national_axis' AND direction = 'incoming' ORDER BY month LIMIT 1").get(0);
    String doc = ApiAssertions.seeOther(http.get("/id/voffice-statistics/" + key, "Accept", "text/turtle"), key);
    Model one = RdfAssertions.parse(http.get(doc.substring(base.length()) + ".ttl").body(), Lang.TURTLE, base);
    RdfAssertions.conforms(one);
    assertTrue(one.getResource(base + "/id/voffice-statistics/" + key).hasProperty(
      one.getProperty("https://opendata.moha.gov.vn/def/moha#documentCount")));
    Http.Res csv = http.get("/downloads/voffice-statistics.csv");
    assertEquals(200, csv.status());
    assertTrue(csv.body().contains(base + "/id/voffice-statistics/" + key));
    assertEquals(200, http.get("/doc/def/administrative-document-types.ttl").status());
  }

  @Test
  void aPlantedSecretSubjectAndSignerNameNeverReachAnOpenOutput() throws Exception {
    String secret = "Kế hoạch tuyệt mật Zeta Plantwort 4711";
    String signer = "Trần Thị Plantwortia";
    JsonObject in = register(incoming(secret, "tuyet_mat"));
    assertEquals("MAT", in.getString("registry"), "secret documents go to their own register");
    JsonObject out = ApiAssertions.ok(http.json("POST", OUT, outgoing("CONG_DIEN", "Công điện Omega Plantwort 8080",
      signer).put("secrecy", "mat"), office), 201, OUT, "post");
    // the restricted API shows them to who may see them
    assertEquals(secret, ApiAssertions.ok(http.get(IN + "/" + in.getLong("id"), office), 200, IN + "/{id}", "get")
      .getString("subject"));
    assertEquals(signer, out.getJsonObject("signer").getString("name"));

    List<String> open = new ArrayList<>(List.of(STATS, STATS + "?by=type", STATS + "?by=channel",
      "/api/v1/statistics/voffice-documents?by=type&year=" + today().getYear(), "/catalog", "/catalog.ttl",
      "/catalog/voffice-statistics", "/datasets/voffice-statistics", "/datasets",
      "/api/3/action/package_show?id=voffice-statistics", "/.well-known/void",
      "/doc/def/administrative-document-types.ttl"));
    for (String f : List.of("csv", "json", "ndjson", "nt", "ttl", "datapackage.json", "csv-metadata.json")) {
      open.add("/downloads/voffice-statistics." + f);
    }
    for (String key : TestServer.query("SELECT key FROM voffice.open_stat WHERE month_key = '"
      + today().toString().substring(0, 7) + "'")) {
      open.add("/doc/voffice-statistics/" + key + ".ttl");
      open.add("/doc/voffice-statistics/" + key + ".html");
    }
    for (String url : open) {
      Http.Res res = http.get(url);
      assertEquals(200, res.status(), url + " " + res.body());
      for (String planted : List.of("Plantwort", "Zeta", signer, "Omega")) {
        assertFalse(res.body().contains(planted), planted + " in " + url);
      }
    }
    Http.Res sparql = http.get("/sparql?query=" + enc("SELECT ?s WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), "
      + "\"Plantwort\")) }"), "Accept", "application/sparql-results+json");
    assertEquals(200, sparql.status(), sparql.body());
    assertEquals(0, new JsonObject(sparql.body()).getJsonObject("results").getJsonArray("bindings").size());
  }

  /**
   * The priority levels are those of Decree 30/2020 Appendix I (V038 keeps the source with each row): three urgency
   * and three secrecy levels from the decree, the fourth of each ("no mark") ours.
   */
  @Test
  void priorityLevelsCarryTheDecreeAsSource() {
    assertEquals(List.of("normal=Thường|ours: no urgency mark",
        "khan=Khẩn|Decree 30/2020/NĐ-CP Appendix I, Part I, III.2(b) (hoả tốc, thượng khẩn, khẩn)",
        "thuong_khan=Thượng khẩn|Decree 30/2020/NĐ-CP Appendix I, Part I, III.2(b) (hoả tốc, thượng khẩn, khẩn)",
        "hoa_toc=Hỏa tốc|Decree 30/2020/NĐ-CP Appendix I, Part I, III.2(b) (hoả tốc, thượng khẩn, khẩn)"),
      TestServer.query("SELECT code || '=' || name_vi || '|' || source FROM voffice.urgency ORDER BY sort"));
    assertEquals(List.of("none=Không mật", "mat=Mật", "toi_mat=Tối mật", "tuyet_mat=Tuyệt mật"),
      TestServer.query("SELECT code || '=' || name_vi FROM voffice.secrecy ORDER BY sort"));
    assertEquals(List.of("3"), TestServer.query("SELECT count(*) FROM voffice.secrecy "
      + "WHERE source LIKE 'Decree 30/2020/NĐ-CP Appendix I, Part I, III.2(a)%'"));
    assertEquals(List.of("VP"), TestServer.query("SELECT code FROM voffice.unit_code WHERE source LIKE '%05/BNV-VP%'"));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
