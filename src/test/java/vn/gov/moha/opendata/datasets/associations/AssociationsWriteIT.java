package vn.gov.moha.opendata.datasets.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/** Registering organisations and recording their lifecycle: NGO Department officers only, status from the events. */
class AssociationsWriteIT {
  private static final String LIST = "/api/v1/associations";
  private static final AtomicInteger SEQ = new AtomicInteger();
  private final Http http = TestServer.http();
  private final String[] ngo = {"Authorization", "Bearer " + TestServer.token("ngo-officer", "VU_TCPCP", "officer")};

  static JsonObject association(String province, String founded) {
    int n = SEQ.incrementAndGet();
    return new JsonObject().put("kind", "HOI").put("name", "Hội Kiểm thử Phần mềm số " + n)
      .put("scope", "provincial").put("province", province).put("fields", new JsonArray().add("KHOA_HOC_KY_THUAT"))
      .put("founded_date", founded).put("founding_decision_number", n + "/QĐ-UBND")
      .put("founding_decision_issuer", "Chủ tịch UBND tỉnh").put("representative_name", "Trần Văn Thử")
      .put("representative_title", "Chủ tịch Hội").put("member_count", 120);
  }

  private JsonObject create(JsonObject body) {
    Http.Res res = http.json("POST", LIST, body, ngo);
    JsonObject a = ApiAssertions.ok(res, 201, LIST, "post");
    assertTrue(res.header("Location").orElseThrow().endsWith(LIST + "/" + a.getLong("id")));
    return a;
  }

  private Http.Res event(long id, JsonObject body, String... headers) {
    return http.json("POST", LIST + "/" + id + "/events", body, headers.length == 0 ? ngo : headers);
  }

  @Test
  void anOrganisationsLifeFromEstablishmentToDissolution() {
    JsonObject a = create(association("T40N", "2025-09-15"));
    long id = a.getLong("id");
    assertEquals("active", a.getJsonObject("status").getString("code"));
    assertEquals("T40N", a.getJsonObject("province").getString("key"));
    assertTrue(a.getString("key").startsWith("org-"));
    assertEquals(new JsonArray(), a.getJsonArray("charter_decisions"));
    Http.Res charter = event(id, new JsonObject().put("type", "charter_approved")
      .put("date", "2025-10-01").put("decision_number", "12/QĐ-UBND").put("decision_issuer", "Chủ tịch UBND tỉnh"));
    JsonObject chartered = ApiAssertions.ok(charter, 201, LIST + "/{id}/events", "post");
    assertEquals(http.get(LIST + "/" + id).header("ETag").orElseThrow(), charter.header("ETag").orElseThrow(),
      "a recorded event answers with the organisation's new ETag");
    assertEquals(new JsonArray().add(new JsonObject().put("type", "charter_approved").put("date", "2025-10-01")
      .put("decision_number", "12/QĐ-UBND").put("decision_issuer", "Chủ tịch UBND tỉnh")),
      chartered.getJsonArray("charter_decisions"));

    JsonObject suspended = ApiAssertions.ok(event(id, new JsonObject().put("type", "suspended")
      .put("date", "2026-02-01").put("decision_number", "9/QĐ-UBND")), 201, LIST + "/{id}/events", "post");
    assertEquals("suspended", suspended.getJsonObject("status").getString("code"));
    // nullable properties may be sent as null (an int64 id included)
    assertEquals("active", ApiAssertions.ok(event(id, new JsonObject().put("type", "resumed").put("date", "2026-03-01")
      .putNull("related_id").putNull("decision_number").putNull("new_name")), 201, LIST + "/{id}/events", "post")
      .getJsonObject("status").getString("code"));
    JsonObject renamed = event(id, new JsonObject().put("type", "renamed").put("date", "2026-04-01")
      .put("new_name", "Hội Kiểm thử và Chất lượng Phần mềm " + id)).json();
    assertEquals("Hội Kiểm thử và Chất lượng Phần mềm " + id, renamed.getString("name"));
    assertEquals("dissolved", event(id, new JsonObject().put("type", "dissolved").put("date", "2026-05-01")).json()
      .getJsonObject("status").getString("code"));

    JsonArray history = http.get(LIST + "/" + id + "/events").json().getJsonArray("items");
    assertEquals(java.util.List.of("established", "charter_approved", "suspended", "resumed", "renamed", "dissolved"),
      history.stream().map(o -> ((JsonObject) o).getJsonObject("type").getString("code")).toList());
    assertTrue(history.getJsonObject(4).getString("note").startsWith("Tên cũ: Hội Kiểm thử Phần mềm số"));

    // after dissolution only charter records may still be filed; resuming what is not suspended is refused
    Http.Res late = event(id, new JsonObject().put("type", "suspended").put("date", "2026-06-01"));
    assertEquals("organisation-ended", ApiAssertions.problem(late, 409, null, null).getString("code"));
  }

  @Test
  void illegalEventsAreRefusedNamingTheField() {
    long id = create(association("T01N", "2025-08-01")).getLong("id");
    ApiAssertions.fieldError(event(id, new JsonObject().put("type", "charter_amended").put("date", "2025-07-01")),
      400, "/date", LIST + "/{id}/events", "post");
    ApiAssertions.fieldError(event(id, new JsonObject().put("type", "renamed").put("date", "2025-09-01")),
      400, "/new_name", LIST + "/{id}/events", "post");
    ApiAssertions.fieldError(event(id, new JsonObject().put("type", "merged").put("date", "2025-09-01")),
      400, "/related_id", LIST + "/{id}/events", "post");
    ApiAssertions.fieldError(event(id, new JsonObject().put("type", "established").put("date", "2025-09-01")),
      400, "/type", LIST + "/{id}/events", "post");
    assertEquals("not-suspended", ApiAssertions.problem(event(id, new JsonObject().put("type", "resumed")
      .put("date", "2025-09-01")), 409, null, null).getString("code"));
    ApiAssertions.problem(event(999999999, new JsonObject().put("type", "suspended").put("date", "2025-09-01")),
      404, null, null);
  }

  @Test
  void aMergerPointsAtTheAbsorbingOrganisation() {
    long absorbing = create(association("T79N", "2025-08-01")).getLong("id");
    long merged = create(association("T79N", "2025-08-02")).getLong("id");
    JsonObject after = event(merged, new JsonObject().put("type", "merged").put("date", "2026-01-10")
      .put("related_id", absorbing)).json();
    assertEquals("merged", after.getJsonObject("status").getString("code"));
    JsonObject e = http.get(LIST + "/" + merged + "/events").json().getJsonArray("items").getJsonObject(1);
    assertEquals(absorbing, e.getJsonObject("related").getLong("id"));
    assertEquals("active", http.get(LIST + "/" + absorbing).json().getJsonObject("status").getString("code"));
  }

  @Test
  void theProvinceMustBeValidOnTheFoundingDate() {
    ApiAssertions.fieldError(http.json("POST", LIST, association("T40N", "2020-01-01"), ngo), 400, "/province",
      LIST, "post");
    ApiAssertions.fieldError(http.json("POST", LIST, association("T40", "2025-08-01"), ngo), 400, "/province",
      LIST, "post");
    JsonObject old = create(association("T17", "2019-03-04")); // Hoà Bình, merged into Phú Thọ in 2025
    assertEquals("T25N", old.getJsonObject("province_now").getString("key"));
    ApiAssertions.fieldError(http.json("POST", LIST, association(null, "2025-08-01"), ngo), 400, "/province",
      LIST, "post");
  }

  @Test
  void aSecondLiveOrganisationOfTheSameNameInAProvinceIsAConflict() {
    JsonObject body = association("T48N", "2025-10-01");
    create(body);
    JsonObject again = body.copy().put("name", body.getString("name").toUpperCase(java.util.Locale.ROOT));
    ApiAssertions.fieldError(http.json("POST", LIST, again, ngo), 409, "/name", LIST, "post");
    ApiAssertions.fieldError(http.json("POST", LIST, association("T48N", "2025-10-01").put("fields",
      new JsonArray().add("NO_SUCH_FIELD")), ngo), 409, "/fields", LIST, "post");
  }

  @Test
  void onlyTheNgoDepartmentAndAdminsWrite() {
    String[] legal = {"Authorization", "Bearer " + TestServer.writerToken()};
    Http.Res wrongUnit = http.json("POST", LIST, association("T01N", "2025-08-01"), legal);
    assertEquals("unit-scope", ApiAssertions.problem(wrongUnit, 403, LIST, "post").getString("code"));
    assertEquals(401, http.json("POST", LIST, association("T01N", "2025-08-01")).status());
    String[] admin = {"Authorization", "Bearer " + TestServer.token("admin-2", null, "admin")};
    long id = ApiAssertions.ok(http.json("POST", LIST, association("T01N", "2025-08-01"), admin), 201, LIST, "post")
      .getLong("id");
    assertEquals(403, event(id, new JsonObject().put("type", "suspended").put("date", "2025-09-01"), legal).status());
    JsonArray audit = http.get("/api/v1/audit-events?record_type=association&record_id=" + id, "Authorization",
      "Bearer " + TestServer.token("auditor-a", null, "auditor")).json().getJsonArray("items");
    assertTrue(audit.stream().anyMatch(o -> ((JsonObject) o).getString("operation").equals("createAssociation")
      && ((JsonObject) o).getString("outcome").equals("success")), audit.encode());
  }

  /** Every descriptive field of an update, as a PUT body must carry them. */
  static JsonObject update(String... fields) {
    return new JsonObject().put("name_en", "Software Testing Association").put("abbreviation", "HKTPM")
      .put("address", "Số 12 đường Lê Lợi, phường Thuận Hóa, thành phố Huế")
      .put("fields", new JsonArray(java.util.List.of((Object[]) fields)))
      .put("founding_decision_number", "345/QĐ-UBND").put("founding_decision_date", "2025-09-15")
      .put("founding_decision_issuer", "Chủ tịch UBND thành phố Huế").putNull("founding_legal_document_id")
      .put("representative_name", "Lê Thị Kiểm").put("representative_title", "Chủ tịch Hội")
      .put("member_count", 250).put("website", "https://hktpm.example.vn");
  }

  /** The version in an ETag "a{id}-{version}". */
  private static int version(String etag, long id) {
    assertTrue(etag.startsWith("\"a" + id + "-"), etag);
    return Integer.parseInt(etag.substring(etag.indexOf('-') + 1, etag.length() - 1));
  }

  private Http.Res put(long id, JsonObject body, String... headers) {
    return http.json("PUT", LIST + "/" + id, body, headers);
  }

  private static String[] with(String[] auth, String... more) {
    String[] all = java.util.Arrays.copyOf(auth, auth.length + more.length);
    System.arraycopy(more, 0, all, auth.length, more.length);
    return all;
  }

  @Test
  void anUpdateReplacesTheDescriptiveFieldsAndTheETag() throws Exception {
    JsonObject before = create(association("T46N", "2025-09-15"));
    long id = before.getLong("id");
    Http.Res read = http.get(LIST + "/" + id);
    String etag = read.header("ETag").orElseThrow();
    int version = version(etag, id);

    Http.Res res = put(id, update("KHOA_HOC_KY_THUAT", "NGHE_NGHIEP"), with(ngo, "If-Match", etag));
    JsonObject after = ApiAssertions.ok(res, 200, LIST + "/{id}", "put");
    String newEtag = res.header("ETag").orElseThrow();
    assertEquals("\"a" + id + "-" + (version + 1) + "\"", newEtag);
    assertEquals("Software Testing Association", after.getString("name_en"));
    assertEquals("HKTPM", after.getString("abbreviation"));
    assertEquals(java.util.List.of("KHOA_HOC_KY_THUAT", "NGHE_NGHIEP"), after.getJsonArray("fields").getList());
    assertEquals(new JsonObject().put("number", "345/QĐ-UBND").put("date", "2025-09-15")
      .put("issuer", "Chủ tịch UBND thành phố Huế").putNull("legal_document_id"), after.getJsonObject("founding_decision"));
    assertEquals(new JsonObject().put("name", "Lê Thị Kiểm").put("title", "Chủ tịch Hội"),
      after.getJsonObject("representative"));
    assertEquals(250, after.getInteger("member_count"));
    assertEquals("https://hktpm.example.vn", after.getString("website"));
    for (String unchanged : new String[] {"name", "key", "kind", "scope", "province", "status", "founded_date"}) {
      assertEquals(before.getValue(unchanged), after.getValue(unchanged), unchanged + " is not edited by PUT");
    }
    assertTrue(after.getString("modified_at").compareTo(before.getString("modified_at")) > 0, "modified_at moves");
    Http.Res reread = http.get(LIST + "/" + id);
    assertEquals(newEtag, reread.header("ETag").orElseThrow());
    assertEquals(after.getString("website"), reread.json().getString("website"));
    assertEquals(304, http.get(LIST + "/" + id, "If-None-Match", newEtag).status());

    // null clears a field; a founding decision can point at the legal document that is it
    JsonObject cleared = update("KHOA_HOC_KY_THUAT").putNull("website").putNull("representative_name")
      .putNull("founding_decision_date")
      .putNull("representative_title").putNull("member_count").put("founding_legal_document_id", 1);
    JsonObject again = ApiAssertions.ok(put(id, cleared, with(ngo, "If-Match", newEtag)), 200, LIST + "/{id}", "put");
    assertNull(again.getValue("website"));
    assertNull(again.getValue("representative"));
    assertNull(again.getValue("member_count"));
    assertEquals(1L, again.getJsonObject("founding_decision").getLong("legal_document_id"));
    assertNull(again.getJsonObject("founding_decision").getValue("date"));
    assertTrue(again.getJsonObject("links").getString("founding_decision").endsWith("/api/v1/legal-documents/1"));

    try (java.sql.Connection c = TestServer.jdbc(); java.sql.PreparedStatement st = c.prepareStatement(
      "SELECT count(*) FROM platform.outbox WHERE dataset = 'associations' AND entity_id = ? AND operation = 'update'")) {
      st.setString(1, String.valueOf(id));
      try (java.sql.ResultSet rs = st.executeQuery()) {
        rs.next();
        assertEquals(2, rs.getInt(1), "one outbox event per update");
      }
    }
    JsonArray audit = http.get("/api/v1/audit-events?operation=updateAssociation&record_id=" + id, "Authorization",
      "Bearer " + TestServer.token("auditor-u", null, "auditor")).json().getJsonArray("items");
    assertEquals(2, audit.stream().filter(o -> ((JsonObject) o).getString("outcome").equals("success")).count(),
      audit.encode());
  }

  @Test
  void anUpdateNeedsTheCurrentETag() {
    long id = create(association("T01N", "2025-08-04")).getLong("id");
    String first = http.get(LIST + "/" + id).header("ETag").orElseThrow();
    int v = version(first, id);
    JsonObject body = update("PHAP_LUAT");
    assertEquals("precondition-required",
      ApiAssertions.problem(put(id, body, ngo), 428, LIST + "/{id}", "put").getString("code"));
    ApiAssertions.ok(put(id, body, with(ngo, "If-Match", first)), 200, LIST + "/{id}", "put");
    Http.Res stale = put(id, body.copy().put("member_count", 1), with(ngo, "If-Match", first));
    JsonObject p = ApiAssertions.problem(stale, 412, LIST + "/{id}", "put");
    assertEquals("precondition-failed", p.getString("code"));
    assertTrue(p.getString("detail").contains("\"a" + id + "-" + (v + 1) + "\""), "names the current ETag: " + p.encode());
    assertEquals(250, http.get(LIST + "/" + id).json().getInteger("member_count"), "the stale write changed nothing");
    // a recorded event changes the ETag too
    event(id, new JsonObject().put("type", "charter_amended").put("date", "2025-12-01"));
    assertEquals(412, put(id, body, with(ngo, "If-Match", "\"a" + id + "-" + (v + 1) + "\"")).status());
    assertEquals(200, put(id, body, with(ngo, "If-Match", "\"x\", W/\"a" + id + "-" + (v + 2) + "\"")).status(),
      "a list of ETags, weak form compared too");
  }

  @Test
  void anUpdateIsForTheNgoDepartmentAndNeedsAKnownId() {
    long id = create(association("T01N", "2025-08-05")).getLong("id");
    String etag = http.get(LIST + "/" + id).header("ETag").orElseThrow();
    String[] legal = {"Authorization", "Bearer " + TestServer.writerToken()};
    Http.Res other = put(id, update("PHAP_LUAT"), with(legal, "If-Match", etag));
    assertEquals("unit-scope", ApiAssertions.problem(other, 403, LIST + "/{id}", "put").getString("code"));
    assertEquals(401, put(id, update("PHAP_LUAT"), "If-Match", etag).status());
    String[] admin = {"Authorization", "Bearer " + TestServer.token("admin-3", null, "admin")};
    assertEquals(200, put(id, update("PHAP_LUAT"), with(admin, "If-Match", etag)).status());
    assertEquals("not-found", ApiAssertions.problem(put(999999999, update("PHAP_LUAT"), with(ngo, "If-Match", "*")),
      404, LIST + "/{id}", "put").getString("code"));
    JsonArray audit = http.get("/api/v1/audit-events?operation=updateAssociation&record_id=" + id, "Authorization",
      "Bearer " + TestServer.token("auditor-u", null, "auditor")).json().getJsonArray("items");
    assertTrue(audit.stream().anyMatch(o -> ((JsonObject) o).getString("outcome").equals("denied")), audit.encode());
  }

  @Test
  void badUpdatesAreRefusedNamingTheField() {
    long id = create(association("T01N", "2025-08-06")).getLong("id");
    String etag = http.get(LIST + "/" + id).header("ETag").orElseThrow();
    String[] h = with(ngo, "If-Match", etag);
    String path = LIST + "/{id}";
    ApiAssertions.fieldError(put(id, update("PHAP_LUAT").put("website", "hktpm.example.vn"), h), 400, "/website",
      path, "put");
    ApiAssertions.fieldError(put(id, update("PHAP_LUAT", "Y_TE", "KHUYEN_HOC", "NONG_NGHIEP", "MOI_TRUONG",
      "HUU_NGHI"), h), 400, "/fields", path, "put");
    ApiAssertions.fieldError(put(id, update(), h), 400, "/fields", path, "put");
    ApiAssertions.fieldError(put(id, update("PHAP_LUAT", "NO_SUCH_FIELD"), h), 409, "/fields", path, "put");
    ApiAssertions.fieldError(put(id, update("PHAP_LUAT").put("founding_legal_document_id", 999999999), h), 409,
      "/founding_legal_document_id", path, "put");
    ApiAssertions.fieldError(put(id, update("PHAP_LUAT").put("member_count", -1), h), 400, "/member_count", path, "put");
    ApiAssertions.fieldError(put(id, update("PHAP_LUAT").put("founding_decision_date", "2099-01-01"), h), 400,
      "/founding_decision_date", path, "put");
    ApiAssertions.fieldError(put(id, update("PHAP_LUAT").put("founding_decision_date", "15/09/2025"), h), 400,
      "/founding_decision_date", path, "put");
    ApiAssertions.fieldError(put(id, update("PHAP_LUAT").put("founding_legal_document_id", "1"), h), 400,
      "/founding_legal_document_id", path, "put");
    ApiAssertions.fieldError(put(id, update("PHAP_LUAT").putNull("representative_name"), h), 400,
      "/representative_title", path, "put");
    JsonObject partial = update("PHAP_LUAT");
    partial.remove("website");
    ApiAssertions.fieldError(put(id, partial, h), 400, "/website", path, "put");
    // renaming is an event, and kind, scope, province and status are not descriptive fields
    for (String[] f : new String[][] {{"name", "Hội Đổi Tên"}, {"kind", "HIEP_HOI"}, {"scope", "national"},
      {"province", "T79N"}, {"status", "dissolved"}}) {
      ApiAssertions.fieldError(put(id, update("PHAP_LUAT").put(f[0], f[1]), h), 400, "/" + f[0], path, "put");
    }
    assertEquals(etag, http.get(LIST + "/" + id).header("ETag").orElseThrow(), "nothing was written");
  }
}
