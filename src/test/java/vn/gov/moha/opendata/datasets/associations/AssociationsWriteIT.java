package vn.gov.moha.opendata.datasets.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    assertEquals("active", event(id, new JsonObject().put("type", "resumed").put("date", "2026-03-01")).json()
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
}
