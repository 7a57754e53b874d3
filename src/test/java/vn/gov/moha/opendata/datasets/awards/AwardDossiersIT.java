package vn.gov.moha.opendata.datasets.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/**
 * The proposal workflow end to end over HTTP: a province's officers prepare and submit, the Board returns, approves
 * and decides; every step recorded; illegal steps 409; other bodies see nothing; a decision publishes the candidates
 * as awards without their personal details.
 */
class AwardDossiersIT {
  static final String LIST = "/api/v1/award-dossiers";
  static final String ONE = LIST + "/{id}";
  static final String STEPS = LIST + "/{id}/transitions";
  private static final AtomicInteger SEQ = new AtomicInteger();
  private final Http http = TestServer.http();
  private final String[] hanoi = bearer(TestServer.token("hn-officer", "UBND_T01N", "officer"));
  private final String[] hue = bearer(TestServer.token("hue-officer", "UBND_T46N", "officer"));
  private final String[] board = bearer(TestServer.token("board-reviewer", "BAN_TDKT", "reviewer"));

  static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  /** The newest round of the demo data (the API has no round writes). */
  private String round() {
    JsonObject rounds = ApiAssertions.ok(http.get("/api/v1/award-rounds"), 200, "/api/v1/award-rounds", "get");
    return rounds.getJsonArray("items").getJsonObject(0).getString("key");
  }

  private JsonObject dossier(String name) {
    return new JsonObject().put("round", round()).put("title", "Đề nghị tặng Huân chương Lao động — kiểm thử")
      .put("method", "thuong_xuyen")
      .put("candidates", new JsonArray()
        .add(new JsonObject().put("recipient_kind", "individual").put("award_type", "HC_LAO_DONG_3").put("name", name)
          .put("position", "Trưởng phòng").put("unit", "Sở Nội vụ thành phố Hà Nội").put("province", "T01N")
          .put("birth_date", "1971-03-09").put("citizen_id", "001071009999")
          .put("achievements", "Hoàn thành xuất sắc nhiệm vụ năm năm liền"))
        .add(new JsonObject().put("recipient_kind", "collective").put("award_type", "HC_LAO_DONG_3")
          .put("name", "Phòng Kiểm thử " + name).put("province", "T01N")))
      .put("evidence", new JsonArray().add(new JsonObject().put("title", "Báo cáo thành tích")
        .put("media_type", "application/pdf").put("size_bytes", 48211)));
  }

  private static String uniqueName() {
    return "Lê Thị Kiểm Thử " + (char) ('A' + SEQ.incrementAndGet() % 26) + System.nanoTime() % 100000;
  }

  private JsonObject create(JsonObject body, String... who) {
    Http.Res res = http.json("POST", LIST, body, who);
    JsonObject d = ApiAssertions.ok(res, 201, LIST, "post");
    assertTrue(res.header("Location").orElseThrow().endsWith(LIST + "/" + d.getLong("id")));
    // the answer holds the candidates' personal data: no shared cache may keep it
    assertEquals("private, no-store", res.header("Cache-Control").orElse(null));
    return d;
  }

  private Http.Res step(long id, JsonObject body, String... who) {
    return http.json("POST", LIST + "/" + id + "/transitions", body, who);
  }

  private JsonObject stepOk(long id, JsonObject body, String... who) {
    return ApiAssertions.ok(step(id, body, who), 200, STEPS, "post");
  }

  private static JsonObject action(String action) {
    return new JsonObject().put("action", action);
  }

  @Test
  void aDossierGoesFromDraftToDecisionAndItsCandidatesBecomePublicAwards() throws Exception {
    String name = uniqueName();
    JsonObject d = create(dossier(name), hanoi);
    long id = d.getLong("id");
    assertEquals("draft", d.getJsonObject("status").getString("code"));
    assertEquals("UBND_T01N", d.getJsonObject("body").getString("key"));
    assertTrue(d.getString("code").matches("HS-\\d{4}-\\d{6,7}"), d.getString("code"));
    assertEquals(List.of("submit", "withdraw"), d.getJsonArray("allowed_actions").getList());
    assertNull(d.getValue("on_time"));

    JsonObject submitted = stepOk(id, action("submit"), hanoi);
    assertEquals("submitted", submitted.getJsonObject("status").getString("code"));
    assertTrue(submitted.getJsonArray("allowed_actions").isEmpty(), "the body waits for the Board");
    // returning needs the reasons
    ApiAssertions.fieldError(step(id, action("return"), board), 400, "/comment", STEPS, "post");
    JsonObject returned = stepOk(id, action("return").put("comment", "Bổ sung xác nhận của cấp trình"), board);
    assertEquals("returned", returned.getJsonObject("status").getString("code"));

    // the body supplements its dossier (If-Match), then resubmits
    Http.Res put = http.json("PUT", LIST + "/" + id, dossier(name).put("title", "Đề nghị (bổ sung)"),
      hanoi[0], hanoi[1], "If-Match", "\"d" + id + "-" + returned.getInteger("version") + "\"");
    assertEquals("Đề nghị (bổ sung)", ApiAssertions.ok(put, 200, ONE, "put").getString("title"));
    stepOk(id, action("resubmit"), hanoi);
    // the body cannot approve its own dossier; the Board can
    assertEquals(403, step(id, action("approve"), hanoi).status());
    stepOk(id, action("approve"), board);
    ApiAssertions.fieldError(step(id, action("decide"), board), 400, "/decision", STEPS, "post");
    JsonObject decided = stepOk(id, action("decide").put("decision", new JsonObject().put("number", "77/QĐ-CTN")
      .put("date", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString())), board);
    assertEquals("decided", decided.getJsonObject("status").getString("code"));
    assertEquals("president", decided.getJsonObject("decision").getString("decider"));
    assertTrue(decided.getBoolean("on_time") != null);

    JsonArray steps = decided.getJsonArray("transitions");
    assertEquals(List.of("create", "submit", "return", "resubmit", "approve", "decide"),
      steps.stream().map(o -> ((JsonObject) o).getString("action")).toList());
    JsonObject ret = steps.getJsonObject(2);
    assertEquals("submitted", ret.getString("from"));
    assertEquals("returned", ret.getString("to"));
    assertEquals("board-reviewer", ret.getString("actor"));
    assertEquals("BAN_TDKT", ret.getString("actor_unit"));
    assertEquals("Bổ sung xác nhận của cấp trình", ret.getString("comment"));

    // both candidates are public awards now, under the decision, without birth date or ID number
    long awardId = decided.getJsonArray("candidates").getJsonObject(0).getLong("award_id");
    Http.Res award = http.get("/api/v1/awards/" + awardId);
    JsonObject a = ApiAssertions.ok(award, 200, "/api/v1/awards/{id}", "get");
    assertEquals(name, a.getJsonObject("recipient").getString("name"));
    assertEquals("77/QĐ-CTN", a.getJsonObject("decision").getString("number"));
    assertEquals("HC_LAO_DONG_3", a.getJsonObject("type").getString("code"));
    assertFalse(a.getBoolean("generated"));
    assertFalse(award.body().contains("001071009999") || award.body().contains("1971-03-09"), award.body());
    JsonObject found = http.get("/api/v1/awards?recipient_kind=individual&q="
      + java.net.URLEncoder.encode(name, "UTF-8")).json();
    assertEquals(1, found.getJsonArray("items").size(), found.encode());

    // final: nothing more
    Http.Res again = step(id, action("submit"), hanoi);
    JsonObject p = ApiAssertions.problem(again, 409, STEPS, "post");
    assertEquals("illegal-transition", p.getString("code"));
    assertTrue(p.getString("detail").contains("none (final)"), p.getString("detail"));

    // every read of the dossier is in the audit log
    try (Connection c = TestServer.jdbc(); PreparedStatement s = c.prepareStatement("SELECT count(*) FROM "
      + "platform.audit_event WHERE record_type = 'award-dossier' AND record_id = ? AND operation = ?")) {
      http.get(LIST + "/" + id, board);
      s.setString(1, String.valueOf(id));
      s.setString(2, "transitionAwardDossier");
      assertTrue(waitFor(s, 9), "every step audited, the refused ones too");
      assertEquals(9, count(s));
      s.setString(2, "getAwardDossier");
      assertTrue(waitFor(s, 1), "the read is audited");
    }
  }

  private static long count(PreparedStatement s) throws Exception {
    try (ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static boolean waitFor(PreparedStatement s, long n) throws Exception {
    for (int i = 0; i < 50; i++) {
      if (count(s) >= n) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  @Test
  void illegalStepsAre409AndNameWhatIsAllowed() {
    long id = create(dossier(uniqueName()), hanoi).getLong("id");
    JsonObject p = ApiAssertions.problem(step(id, action("approve"), board), 409, STEPS, "post");
    assertEquals("illegal-transition", p.getString("code"));
    assertTrue(p.getString("detail").contains("submit, withdraw"), p.getString("detail"));
    assertEquals(409, step(id, action("resubmit"), hanoi).status());
    assertEquals(409, step(id, action("decide").put("decision", new JsonObject().put("number", "1/QĐ-CTN")
      .put("date", "2026-01-01")), board).status());
    stepOk(id, action("submit"), hanoi);
    assertEquals(409, step(id, action("submit"), hanoi).status(), "submitted twice");
    assertEquals(409, step(id, action("withdraw"), hanoi).status(), "a submitted dossier is the Board's");
    ApiAssertions.fieldError(step(id, action("reject"), board), 400, "/comment", STEPS, "post");
    JsonObject rejected = stepOk(id, action("reject").put("comment", "Chưa đủ thời gian công tác"), board);
    assertEquals("rejected", rejected.getJsonObject("status").getString("code"));
    assertEquals(409, step(id, action("approve"), board).status());

    long other = create(dossier(uniqueName()), hanoi).getLong("id");
    assertEquals("withdrawn", stepOk(other, action("withdraw"), hanoi).getJsonObject("status").getString("code"));
    assertEquals(409, step(other, action("submit"), hanoi).status());
    // a returned dossier can be withdrawn by its body (not by the Board), and then it is final
    long third = create(dossier(uniqueName()), hanoi).getLong("id");
    stepOk(third, action("submit"), hanoi);
    stepOk(third, action("return").put("comment", "Thiếu biên bản họp hội đồng"), board);
    assertEquals(403, step(third, action("withdraw"), board).status(), "the Board does not withdraw");
    JsonObject gone = stepOk(third, action("withdraw"), hanoi);
    assertEquals("withdrawn", gone.getJsonObject("status").getString("code"));
    assertTrue(gone.getJsonArray("allowed_actions").isEmpty());
    assertEquals(409, step(third, action("resubmit"), hanoi).status());
    // a stale If-Match on a step is refused
    assertEquals(412, http.json("POST", LIST + "/" + other + "/transitions", action("submit"), hanoi[0], hanoi[1],
      "If-Match", "\"d" + other + "-1\"").status());
  }

  @Test
  void aBodySeesOnlyItsOwnDossiers() {
    long id = create(dossier(uniqueName()), hanoi).getLong("id");
    ApiAssertions.ok(http.get(LIST + "/" + id, hanoi), 200, ONE, "get");
    ApiAssertions.ok(http.get(LIST + "/" + id, board), 200, ONE, "get");
    assertEquals(404, http.get(LIST + "/" + id, hue).status(), "another body: as if it did not exist");
    assertEquals(404, step(id, action("submit"), hue).status());
    assertEquals(404, http.json("PUT", LIST + "/" + id, dossier("X Y"), hue[0], hue[1], "If-Match", "*").status());

    JsonObject mine = ApiAssertions.ok(http.get(LIST + "?limit=200", hue), 200, LIST, "get");
    assertTrue(mine.getJsonArray("items").stream().map(JsonObject.class::cast)
      .allMatch(o -> o.getJsonObject("body").getString("key").equals("UBND_T46N")));
    JsonObject all = ApiAssertions.ok(http.get(LIST + "?limit=5", board), 200, LIST, "get");
    assertEquals(5, all.getJsonArray("items").size());
    assertTrue(all.getString("next") != null);
    JsonObject page2 = ApiAssertions.ok(http.get(all.getString("next"), board), 200, LIST, "get");
    assertTrue(page2.getJsonArray("items").getJsonObject(0).getLong("id")
      < all.getJsonArray("items").getJsonObject(4).getLong("id"));

    // filters: status, year, round
    for (String q : List.of("status=rejected", "year=2024", "round=" + round())) {
      JsonObject f = ApiAssertions.ok(http.get(LIST + "?limit=50&" + q, board), 200, LIST, "get");
      assertFalse(f.getJsonArray("items").isEmpty(), q);
      for (Object o : f.getJsonArray("items")) {
        JsonObject i = (JsonObject) o;
        String[] kv = q.split("=");
        switch (kv[0]) {
          case "status" -> assertEquals(kv[1], i.getJsonObject("status").getString("code"));
          case "year" -> assertTrue(i.getJsonObject("round").getString("key").startsWith(kv[1]), i.encode());
          default -> assertEquals(kv[1], i.getJsonObject("round").getString("key"));
        }
      }
    }
    // the legal department is not a proposing body; a reviewer outside the Board reads nothing; anonymous: 401
    String[] legal = bearer(TestServer.token("legal", "VU_PHAP_CHE", "officer"));
    assertEquals("not-a-proposing-body", ApiAssertions.problem(http.json("POST", LIST, dossier("A B"), legal), 403,
      LIST, "post").getString("code"));
    assertEquals(403, http.get(LIST, bearer(TestServer.token("rev", "VU_TCPCP", "reviewer"))).status());
    assertEquals(401, http.get(LIST).status());
    assertEquals(401, http.json("POST", LIST, dossier("A B")).status());
    // an officer cannot file for another body; an admin must say for which
    assertEquals(403, http.json("POST", LIST, dossier("A B").put("body", "UBND_T46N"), hanoi).status());
    String[] admin = bearer(TestServer.token("admin", null, "admin"));
    ApiAssertions.fieldError(http.json("POST", LIST, dossier("A B"), admin), 400, "/body", LIST, "post");
    assertEquals("UBND_T46N", create(dossier(uniqueName()).put("body", "UBND_T46N"), admin).getJsonObject("body")
      .getString("key"));
  }

  @Test
  void candidatesAreCheckedAgainstTheAwardRules() {
    JsonObject local = dossier("A B");
    local.getJsonArray("candidates").getJsonObject(0).put("award_type", "BK_BO_NGANH_TINH");
    ApiAssertions.fieldError(http.json("POST", LIST, local, hanoi), 400, "/candidates/0/award_type", LIST, "post");

    JsonObject personal = dossier("A B");
    personal.getJsonArray("candidates").getJsonObject(1).put("birth_date", "1980-01-01");
    ApiAssertions.fieldError(http.json("POST", LIST, personal, hanoi), 400, "/candidates/1/birth_date", LIST, "post");

    JsonObject kind = dossier("A B");
    kind.getJsonArray("candidates").getJsonObject(0).put("award_type", "DHVD_TINH_ANH_HUNG");
    ApiAssertions.fieldError(http.json("POST", LIST, kind, hanoi), 400, "/candidates/0/recipient_kind", LIST, "post");

    JsonObject mixed = dossier("A B");
    mixed.getJsonArray("candidates").getJsonObject(1).put("award_type", "BK_THU_TUONG");
    ApiAssertions.fieldError(http.json("POST", LIST, mixed, hanoi), 400, "/candidates", LIST, "post");

    JsonObject old = dossier("A B");
    old.getJsonArray("candidates").getJsonObject(0).put("province", "T02");
    ApiAssertions.fieldError(http.json("POST", LIST, old, hanoi), 400, "/candidates/0/province", LIST, "post");

    ApiAssertions.fieldError(http.json("POST", LIST, dossier("A B").put("round", "no-such-round"), hanoi), 400,
      "/round", LIST, "post");
    ApiAssertions.fieldError(http.json("POST", LIST, dossier("A B").put("candidates", new JsonArray()), hanoi), 400,
      "/candidates", LIST, "post");
  }

  @Test
  void contentChangesOnlyWhileDraftOrReturnedAndWithIfMatch() {
    JsonObject d = create(dossier(uniqueName()), hanoi);
    long id = d.getLong("id");
    assertEquals("precondition-required", ApiAssertions.problem(http.json("PUT", LIST + "/" + id, dossier("A B"),
      hanoi), 428, ONE, "put").getString("code"));
    assertEquals(412, http.json("PUT", LIST + "/" + id, dossier("A B"), hanoi[0], hanoi[1], "If-Match",
      "\"d" + id + "-99\"").status());
    String etag = "\"d" + id + "-" + d.getInteger("version") + "\"";
    Http.Res ok = http.json("PUT", LIST + "/" + id, dossier("C D").put("evidence", new JsonArray()), hanoi[0],
      hanoi[1], "If-Match", etag);
    JsonObject updated = ApiAssertions.ok(ok, 200, ONE, "put");
    assertEquals("C D", updated.getJsonArray("candidates").getJsonObject(0).getString("name"));
    assertTrue(updated.getJsonArray("evidence").isEmpty());
    assertTrue(!ok.header("ETag").orElseThrow().equals(etag));
    stepOk(id, action("submit"), hanoi);
    assertEquals("dossier-locked", ApiAssertions.problem(http.json("PUT", LIST + "/" + id, dossier("A B"), hanoi[0],
      hanoi[1], "If-Match", "*"), 409, ONE, "put").getString("code"));
  }

  @Test
  void onTimeStatisticsByRoundBodyYearAndStatus() {
    for (String by : List.of("round", "body", "year", "status")) {
      JsonObject s = ApiAssertions.ok(http.get("/api/v1/statistics/award-dossiers?by=" + by), 200,
        "/api/v1/statistics/award-dossiers", "get");
      assertFalse(s.getJsonArray("items").isEmpty(), by);
      for (Object o : s.getJsonArray("items")) {
        JsonObject i = (JsonObject) o;
        assertEquals(i.getLong("submitted"), i.getLong("on_time") + i.getLong("late"), i.encode());
        assertEquals(i.getLong("dossiers"), i.getJsonObject("by_status").stream()
          .mapToLong(e -> ((Number) e.getValue()).longValue()).sum(), i.encode());
      }
    }
    JsonObject status = http.get("/api/v1/statistics/award-dossiers?by=status").json();
    List<Object> seen = status.getJsonArray("items").stream().map(o -> ((JsonObject) o).getValue("value")).toList();
    assertTrue(seen.containsAll(List.of("draft", "submitted", "returned", "approved", "rejected", "decided",
      "withdrawn")), "the demo covers every state: " + seen);
  }
}
