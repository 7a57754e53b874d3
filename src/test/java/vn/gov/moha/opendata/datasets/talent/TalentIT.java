package vn.gov.moha.opendata.datasets.talent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.RdfAssertions;
import vn.gov.moha.opendata.support.TestServer;

/**
 * Excellent graduates and young scientists over HTTP against the real database: the restricted profiles (unit scope,
 * 401/403/404, validation naming the field, If-Match, audit), the recruitment workflow (legal steps, 409 for the
 * others, the database's own guard), the open statistics (equal to direct SQL counts, cells under 5 suppressed, also
 * when a new year starts with one person), their Data Cube and its shapes, and a planted person who never appears in
 * an open output.
 */
class TalentIT {
  static final String PROFILES = "/api/v1/talent/profiles";
  static final String ONE = PROFILES + "/{profile}";
  static final String STEPS = ONE + "/transitions";
  static final String STATS = "/api/v1/statistics/talent";
  private final Http http = TestServer.http();
  private final String base = TestServer.base();
  private final String[] department = bearer(TestServer.token("cttn-officer", "VU_CTTN", "officer"));
  private final String[] haiPhong = bearer(TestServer.token("hp-officer", "UBND_T31N", "officer"));
  private final String[] daNang = bearer(TestServer.token("dn-officer", "UBND_T48N", "officer"));

  static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  static String[] with(String[] who, String... more) {
    String[] all = java.util.Arrays.copyOf(who, who.length + more.length);
    System.arraycopy(more, 0, all, who.length, more.length);
    return all;
  }

  static String one(String template, long id) {
    return template.replace("{profile}", String.valueOf(id));
  }

  static JsonObject profile(String name, int year, String province) {
    return new JsonObject().put("full_name", name).put("birth_date", (year - 22) + "-03-15").put("sex", "female")
      .put("category", "excellent_graduate").put("field", "CNTT").put("degree", "bachelor")
      .put("institution", "Đại học Hàng hải Việt Nam").put("graduation_year", year)
      .put("achievements", new JsonArray().add("Tốt nghiệp loại xuất sắc")).put("province", province);
  }

  private JsonObject create(JsonObject in, String[] who) {
    return ApiAssertions.ok(http.json("POST", PROFILES, in, who), 201, PROFILES, "post");
  }

  private JsonObject step(long id, JsonObject body, String[] who, int status) {
    Http.Res res = http.json("POST", one(STEPS, id), body, who);
    return status == 200 ? ApiAssertions.ok(res, 200, STEPS, "post")
      : ApiAssertions.problem(res, status, STEPS, "post");
  }

  private static long sql(String query) {
    return Long.parseLong(TestServer.query(query).get(0));
  }

  @Test
  void profilesAreUnitScopedValidatedAndAudited() {
    JsonObject in = profile("Vũ Thị Hải Yến", 2024, "T31N");
    assertEquals(401, http.json("POST", PROFILES, in).status());
    ApiAssertions.problem(http.json("POST", PROFILES, in, bearer(TestServer.token("dev", null, "developer"))), 403,
      PROFILES, "post");
    assertEquals("unit-scope", ApiAssertions.problem(http.json("POST", PROFILES, in.copy()
      .put("managing_unit", "UBND_T31N"), daNang), 403, PROFILES, "post").getString("code"));
    // each fault names its field
    ApiAssertions.fieldError(http.json("POST", PROFILES, in.copy().put("degree", "master"), haiPhong), 400, "/degree",
      PROFILES, "post");
    ApiAssertions.fieldError(http.json("POST", PROFILES, in.copy().put("province", "T99N"), haiPhong), 400,
      "/province", PROFILES, "post");
    ApiAssertions.fieldError(http.json("POST", PROFILES, in.copy().put("birth_date", "2015-01-01"), haiPhong), 400,
      "/birth_date", PROFILES, "post");
    ApiAssertions.fieldError(http.json("POST", PROFILES, in.copy().put("field", "PHAP_Y"), haiPhong), 400, "/field",
      PROFILES, "post");
    ApiAssertions.fieldError(http.json("POST", PROFILES, in.copy().put("citizen_id", "12AB"), haiPhong), 400,
      "/citizen_id", PROFILES, "post");
    ApiAssertions.fieldError(http.json("POST", PROFILES, in.copy().put("managing_unit", null), department), 400,
      "/managing_unit", PROFILES, "post");

    Http.Res created = http.json("POST", PROFILES, in, haiPhong);
    JsonObject p = ApiAssertions.ok(created, 201, PROFILES, "post");
    long id = p.getLong("id");
    assertEquals(base + PROFILES + "/" + id, created.header("Location").orElseThrow());
    assertEquals("UBND_T31N", p.getString("managing_unit"));
    assertEquals("candidate", p.getJsonObject("status").getString("code"));
    assertEquals(new JsonArray().add("propose").add("withdraw"), p.getJsonArray("allowed_actions"));

    // another unit sees nothing; the Department sees it; the list is scoped
    ApiAssertions.problem(http.get(one(ONE, id), daNang), 404, ONE, "get");
    assertEquals(401, http.get(one(ONE, id)).status());
    ApiAssertions.ok(http.get(one(ONE, id), department), 200, ONE, "get");
    JsonObject mine = ApiAssertions.ok(http.get(PROFILES + "?limit=50", haiPhong), 200, PROFILES, "get");
    assertEquals(50, mine.getJsonArray("items").size());
    assertTrue(mine.getJsonArray("items").stream().map(JsonObject.class::cast)
      .allMatch(o -> o.getString("managing_unit").equals("UBND_T31N")));
    assertEquals(id, mine.getJsonArray("items").getJsonObject(0).getLong("id"), "newest first");
    JsonObject next = ApiAssertions.ok(http.get(mine.getString("next"), haiPhong), 200, PROFILES, "get");
    assertTrue(next.getJsonArray("items").getJsonObject(0).getLong("id") < mine.getJsonArray("items")
      .getJsonObject(49).getLong("id"));
    JsonObject all = ApiAssertions.ok(http.get(PROFILES + "?province=T48N&limit=5", department), 200, PROFILES, "get");
    assertTrue(all.getJsonArray("items").stream().map(JsonObject.class::cast)
      .allMatch(o -> o.getJsonObject("province").getString("key").equals("T48N")));
    ApiAssertions.problem(http.get(PROFILES, bearer(TestServer.token("nobody", null, "reviewer"))), 403, PROFILES,
      "get");

    // an update needs the current ETag
    JsonObject change = in.copy().put("institution", "Trường Đại học Hàng hải Việt Nam");
    assertEquals(428, http.json("PUT", one(ONE, id), change, haiPhong).status());
    ApiAssertions.problem(http.json("PUT", one(ONE, id), change, with(haiPhong, "If-Match", "\"t" + id + "-9\"")), 412,
      ONE, "put");
    ApiAssertions.problem(http.json("PUT", one(ONE, id), change, with(daNang, "If-Match", "\"t" + id + "-1\"")), 404,
      ONE, "put");
    Http.Res updated = http.json("PUT", one(ONE, id), change, with(haiPhong, "If-Match", "\"t" + id + "-1\""));
    assertEquals("Trường Đại học Hàng hải Việt Nam", ApiAssertions.ok(updated, 200, ONE, "put")
      .getString("institution"));
    assertEquals("\"t" + id + "-2\"", updated.header("ETag").orElseThrow());

    // every read and write is in the audit log, refusals too
    assertTrue(sql("SELECT count(*) FROM platform.audit_event WHERE record_type = 'talent-profile' AND record_id = '"
      + id + "' AND outcome = 'success'") >= 3);
    assertTrue(sql("SELECT count(*) FROM platform.audit_event WHERE record_type = 'talent-profile' AND record_id = '"
      + id + "' AND outcome = 'not-found'") >= 2);
    assertTrue(sql("SELECT count(*) FROM platform.audit_event WHERE record_type = 'talent-profile' "
      + "AND operation = 'createTalentProfile' AND outcome = 'denied'") >= 1);
    assertTrue(sql("SELECT count(*) FROM platform.audit_event WHERE record_type = 'talent-profile' "
      + "AND operation = 'listTalentProfiles' AND outcome = 'success'") >= 3);
  }

  @Test
  void recruitmentTakesOnlyLegalSteps() throws Exception {
    long id = create(profile("Trần Minh Khoa", 2023, "T31N"), haiPhong).getLong("id");
    JsonObject illegal = step(id, new JsonObject().put("action", "recruit").put("decision",
      new JsonObject().put("number", "1/QĐ-UBND").put("date", "2025-01-02")), haiPhong, 409);
    assertEquals("illegal-transition", illegal.getString("code"));
    assertTrue(illegal.getString("detail").contains("allowed from candidate: propose, withdraw"), illegal.encode());
    ApiAssertions.fieldError(http.json("POST", one(STEPS, id), new JsonObject().put("action", "propose"), haiPhong),
      400, "/recruiting_body", STEPS, "post");
    ApiAssertions.fieldError(http.json("POST", one(STEPS, id), new JsonObject().put("action", "withdraw")
      .put("recruiting_body", "Sở Nội vụ"), haiPhong), 400, "/recruiting_body", STEPS, "post");
    ApiAssertions.problem(http.json("POST", one(STEPS, id), new JsonObject().put("action", "propose")
      .put("recruiting_body", "Sở Nội vụ"), daNang), 404, STEPS, "post");
    ApiAssertions.problem(http.json("POST", one(STEPS, id), new JsonObject().put("action", "propose")
      .put("recruiting_body", "Sở Nội vụ"), with(haiPhong, "If-Match", "\"t" + id + "-7\"")), 412, STEPS, "post");
    JsonObject proposed = step(id, new JsonObject().put("action", "propose")
      .put("recruiting_body", "Sở Nội vụ thành phố Hải Phòng"), haiPhong, 200);
    assertEquals("proposed", proposed.getJsonObject("status").getString("code"));
    ApiAssertions.fieldError(http.json("POST", one(STEPS, id), new JsonObject().put("action", "recruit"), haiPhong),
      400, "/decision", STEPS, "post");
    JsonObject recruited = step(id, new JsonObject().put("action", "recruit").put("decision",
      new JsonObject().put("number", "2517/QĐ-UBND").put("date", "2025-03-10")), haiPhong, 200);
    assertEquals("recruited", recruited.getJsonObject("status").getString("code"));
    assertEquals("2517/QĐ-UBND", recruited.getJsonObject("recruitment").getString("decision"));
    assertEquals(new JsonArray(), recruited.getJsonArray("allowed_actions"), "recruited is final");
    assertTrue(step(id, new JsonObject().put("action", "reopen").put("comment", "x"), department, 409)
      .getString("detail").contains("none (final)"));
    assertEquals(List.of("register", "propose", "recruit"), recruited.getJsonArray("transitions").stream()
      .map(o -> ((JsonObject) o).getString("action")).toList());

    // declined, then reopened: the Department's step, not the province's
    long other = create(profile("Lê Hoàng Nam", 2023, "T31N"), haiPhong).getLong("id");
    step(other, new JsonObject().put("action", "propose").put("recruiting_body", "Sở Tài chính"), haiPhong, 200);
    ApiAssertions.fieldError(http.json("POST", one(STEPS, other), new JsonObject().put("action", "decline"),
      haiPhong), 400, "/comment", STEPS, "post");
    step(other, new JsonObject().put("action", "decline").put("comment", "Không có chỉ tiêu"), haiPhong, 200);
    assertEquals("unit-scope", step(other, new JsonObject().put("action", "reopen").put("comment", "Có chỉ tiêu mới"),
      haiPhong, 403).getString("code"));
    JsonObject reopened = step(other, new JsonObject().put("action", "reopen").put("comment", "Có chỉ tiêu mới"),
      department, 200);
    assertEquals("candidate", reopened.getJsonObject("status").getString("code"));
    assertNull(reopened.getJsonObject("recruitment").getString("body"), "back in the pool, no recruiting body");

    // the database refuses an illegal step even without the API
    try (java.sql.Connection c = TestServer.jdbc(); java.sql.Statement s = c.createStatement()) {
      assertThrows(java.sql.SQLException.class, () -> s.executeUpdate("UPDATE talent.profile SET status_code = "
        + "'recruited', recruitment_decision = '1/QĐ', recruitment_date = '2025-01-01' WHERE id = " + other));
    }
    assertTrue(sql("SELECT count(*) FROM platform.audit_event WHERE record_type = 'talent-profile' AND record_id = '"
      + other + "' AND operation = 'transitionTalentProfile' AND outcome = 'denied'") >= 1);
  }

  /**
   * Updates and steps are the workflows' one write (LockedWrite) between two parties: the Department sees and edits
   * every profile but a unit's recruitment steps are the managing unit's; an update's 428 comes before the body's
   * 400; every outcome of a write is an audit row of its operation; the answers carry the ETag, never cached.
   */
  @Test
  void writesAreTheWorkflowsLockedWriteBetweenTwoParties() {
    long id = create(profile("Đỗ Khánh Linh", 2024, "T31N"), haiPhong).getLong("id");
    assertEquals(new JsonArray(), ApiAssertions.ok(http.get(one(ONE, id), department), 200, ONE, "get")
      .getJsonArray("allowed_actions"), "the managing unit's steps are not the Department's");
    assertTrue(step(id, new JsonObject().put("action", "propose").put("recruiting_body", "Sở Nội vụ"), department, 403)
      .getString("detail").contains("the managing unit's (UBND_T31N): its officers, admins"));
    JsonObject change = profile("Đỗ Khánh Linh", 2024, "T31N").put("institution", "Trường Đại học Hải Phòng");
    assertEquals("precondition-required", ApiAssertions.problem(http.json("PUT", one(ONE, id), change.copy()
      .put("graduation_year", 2099), department), 428, ONE, "put").getString("code"), "428 before the body's 400");
    ApiAssertions.problem(http.json("PUT", one(ONE, id), change, with(haiPhong, "If-Match", "\"t" + id + "-0\"")),
      412, ONE, "put");
    Http.Res updated = http.json("PUT", one(ONE, id), change, with(department, "If-Match", "\"t" + id + "-1\""));
    assertEquals("Trường Đại học Hải Phòng", ApiAssertions.ok(updated, 200, ONE, "put").getString("institution"));
    assertEquals("\"t" + id + "-2\"", updated.header("ETag").orElseThrow());
    assertEquals("private, no-store", updated.header("Cache-Control").orElseThrow());
    Http.Res proposed = http.json("POST", one(STEPS, id), new JsonObject().put("action", "propose")
      .put("recruiting_body", "Sở Nội vụ thành phố Hải Phòng"), with(haiPhong, "If-Match", "\"t" + id + "-2\""));
    ApiAssertions.ok(proposed, 200, STEPS, "post");
    assertEquals("\"t" + id + "-3\"", proposed.header("ETag").orElseThrow());
    assertEquals("private, no-store", proposed.header("Cache-Control").orElseThrow());
    assertEquals(List.of("updateTalentProfile failed 412", "updateTalentProfile success 200",
      "transitionTalentProfile denied 403", "transitionTalentProfile success 200"), TestServer.query(
      "SELECT operation || ' ' || outcome || ' ' || status FROM platform.audit_event WHERE record_type = "
        + "'talent-profile' AND record_id = '" + id + "' AND operation IN ('updateTalentProfile', "
        + "'transitionTalentProfile') ORDER BY operation DESC, 1"));
  }

  @Test
  void statisticsEqualTheCountsAndSuppressSmallCells() {
    for (String by : List.of("total", "field", "province", "category")) {
      JsonObject t = ApiAssertions.ok(http.get(STATS + "?by=" + by + "&year=2021"), 200, STATS, "get");
      assertFalse(t.getJsonArray("items").isEmpty(), by);
      int suppressed = 0;
      for (Object o : t.getJsonArray("items")) {
        JsonObject cell = (JsonObject) o;
        String where = "graduation_year = 2021 AND (status_code = 'recruited') = " + cell.getBoolean("recruited")
          + switch (by) {
            case "field" -> " AND field_code = '" + cell.getJsonObject("field").getString("code") + "'";
            case "province" -> " AND province = '" + cell.getJsonObject("province").getString("key") + "'";
            case "category" -> " AND category = '" + cell.getJsonObject("category").getString("code") + "'";
            default -> "";
          };
        long expected = sql("SELECT count(*) FROM talent.profile WHERE " + where);
        if (cell.getBoolean("suppressed")) {
          suppressed++;
          assertNull(cell.getValue("count"));
        } else {
          assertEquals(expected, cell.getLong("count"), cell.encode());
          assertTrue(expected == 0 || expected >= 5, cell.encode());
        }
        if (expected > 0 && expected < 5) {
          assertTrue(cell.getBoolean("suppressed"), "a count of " + expected + " is published: " + cell.encode());
        }
      }
      if (by.equals("province")) {
        assertTrue(suppressed > 0, "some provinces have fewer than 5 candidates a year");
      }
    }
    assertEquals(sql("SELECT count(*) FROM talent.profile WHERE graduation_year = 2021 AND status_code = 'recruited'"),
      ApiAssertions.ok(http.get(STATS + "?by=total&year=2021"), 200, STATS, "get").getJsonArray("items").stream()
        .map(JsonObject.class::cast).filter(c -> c.getBoolean("recruited")).findFirst().orElseThrow().getLong("count"));
  }

  @Test
  void aNewYearIsHiddenUntilItHasFivePeople() {
    int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    assertEquals(0, sql("SELECT count(*) FROM talent.profile WHERE graduation_year = " + year), "no demo data");
    create(profile("Đinh Thị Thu", year, "T31N"), haiPhong);
    JsonArray cells = ApiAssertions.ok(http.get(STATS + "?by=total&year=" + year), 200, STATS, "get")
      .getJsonArray("items");
    assertEquals(2, cells.size());
    assertTrue(cells.stream().map(JsonObject.class::cast).allMatch(c -> c.getBoolean("suppressed")
      && c.getValue("count") == null), "one person, and the zero beside it that would give them away: " + cells);
    for (int i = 0; i < 4; i++) {
      create(profile("Ứng viên thử " + i, year, "T31N"), haiPhong);
    }
    JsonArray five = ApiAssertions.ok(http.get(STATS + "?by=total&year=" + year), 200, STATS, "get")
      .getJsonArray("items");
    JsonObject no = five.stream().map(JsonObject.class::cast).filter(c -> !c.getBoolean("recruited")).findFirst()
      .orElseThrow();
    assertEquals(5, no.getLong("count"));
    assertFalse(no.getBoolean("suppressed"));
    // the province table still hides them: five people in one province of 34, the others zero
    JsonArray provinces = ApiAssertions.ok(http.get(STATS + "?by=province&year=" + year), 200, STATS, "get")
      .getJsonArray("items");
    JsonObject hp = provinces.stream().map(JsonObject.class::cast).filter(c -> !c.getBoolean("recruited")
      && c.getJsonObject("province").getString("key").equals("T31N")).findFirst().orElseThrow();
    assertEquals(5, hp.getLong("count"), "five is published");
    assertTrue(sql("SELECT count(*) FROM platform.outbox WHERE dataset = 'talent-statistics'") > 0,
      "changed cells go to the RDF store through the outbox");
  }

  @Test
  void theStatisticsAreADataCubeThatConformsToTheShapes() {
    Http.Res ttl = http.get("/downloads/talent-statistics.ttl");
    assertEquals(200, ttl.status(), ttl::toString);
    Model m = RdfAssertions.parse(ttl.body(), Lang.TURTLE, base);
    RdfAssertions.conforms(m);
    Resource cell = m.getResource(base + "/id/talent-statistic/field-2021-cntt-yes");
    assertTrue(cell.hasProperty(org.apache.jena.vocabulary.RDF.type,
      m.getResource("http://purl.org/linked-data/cube#Observation")));
    long observations = m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
      m.getResource("http://purl.org/linked-data/cube#Observation")).toList().size();
    assertEquals(sql("SELECT count(*) FROM talent.statistic"), observations);
    String doc = ApiAssertions.seeOther(http.get("/id/talent-statistic/field-2021-cntt-yes", "Accept", "text/turtle"),
      "cell");
    assertEquals(base + "/doc/talent-statistic/field-2021-cntt-yes", doc);
    Model one = RdfAssertions.parse(http.get("/doc/talent-statistic/field-2021-cntt-yes.ttl").body(), Lang.TURTLE,
      base);
    RdfAssertions.conforms(one);
    Http.Res csv = http.get("/downloads/talent-statistics.csv");
    assertEquals(200, csv.status());
    assertTrue(csv.body().startsWith("\ufeffURI,Mã,Bảng,Năm tốt nghiệp"), csv.body().substring(0, 80));
    assertTrue(TestServer.catalogued().contains("talent-statistics"));
    Model categories = RdfAssertions.parse(http.get("/doc/def/talent-categories.ttl").body(), Lang.TURTLE, base);
    RdfAssertions.conforms(categories);
  }

  @Test
  void aPlantedPersonNeverAppearsInAnOpenOutput() {
    JsonObject planted = profile("Phạm Thị Riêng Tư", 2022, "T48N").put("birth_date", "1999-12-31")
      .put("citizen_id", "048199012345").put("email", "rieng.tu.plant@example.vn").put("phone", "0912 777 888");
    long id = create(planted, daNang).getLong("id");
    String full = ApiAssertions.ok(http.get(one(ONE, id), daNang), 200, ONE, "get").encode();
    assertTrue(full.contains("Phạm Thị Riêng Tư") && full.contains("048199012345"), "the officers see the person");
    for (String url : List.of(STATS + "?by=total", STATS + "?by=field", STATS + "?by=province&year=2022",
      STATS + "?by=category", "/downloads/talent-statistics.csv", "/downloads/talent-statistics.json",
      "/downloads/talent-statistics.ttl", "/doc/talent-statistic/province-2022-t48n-no.ttl",
      "/datasets/talent-statistics", "/catalog/talent-statistics.ttl",
      "/api/3/action/package_show?id=talent-statistics")) {
      Http.Res r = http.get(url);
      assertEquals(200, r.status(), url);
      for (String secret : List.of("Riêng Tư", "048199012345", "1999-12-31", "rieng.tu.plant", "777 888")) {
        assertFalse(r.body().contains(secret), url + " shows " + secret);
      }
    }
  }
}
