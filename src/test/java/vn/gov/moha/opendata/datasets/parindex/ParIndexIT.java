package vn.gov.moha.opendata.datasets.parindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.RdfAssertions;
import vn.gov.moha.opendata.support.TestServer;

/**
 * The PAR Index over HTTP against the real database: a round from self-assessment through submission, withdrawal
 * and correction, appraisal and publication; illegal steps and late writes are 409 (the late ones refused by the
 * database itself); units see only their own assessment; totals and ranks of a hand-made round are the database's;
 * the open results carry the real published figures with their sources, as JSON, CSV and RDF that conforms to the
 * shapes. Each test opens rounds of its own (one per year and group; the demo data has 2025 and 2026).
 */
class ParIndexIT {
  static final String BASE = "/api/v1/par-index";
  static final String ROUNDS = BASE + "/rounds";
  static final String ASSESSMENTS = BASE + "/assessments";
  static final String ONE = ASSESSMENTS + "/{id}";
  static final String SCORES = ONE + "/scores";
  static final String APPRAISAL = ONE + "/appraisal";
  static final String STEPS = ONE + "/transitions";
  static final String MOHA = "https://opendata.moha.gov.vn/def/moha#";
  private final Http http = TestServer.http();
  private final String base = TestServer.base();
  private final String[] council = bearer(TestServer.token("cchc-reviewer", "VU_CCHC", "reviewer"));
  private final String[] justice = bearer(TestServer.token("btp-officer", "BO_TU_PHAP", "officer"));
  private final String[] finance = bearer(TestServer.token("btc-officer", "BO_TAI_CHINH", "officer"));
  private final String[] health = bearer(TestServer.token("byt-officer", "BO_Y_TE", "officer"));
  private final String[] hanoi = bearer(TestServer.token("hn-officer", "UBND_T01N", "officer"));
  private final String[] hue = bearer(TestServer.token("hue-officer", "UBND_T46N", "officer"));

  static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  /** A leaf of a criteria set. */
  record Leaf(String code, BigDecimal max, boolean survey, boolean evidence) {
  }

  private List<Leaf> leaves(String set) {
    JsonObject tree = ApiAssertions.ok(http.get(BASE + "/criteria-sets/" + set), 200, BASE + "/criteria-sets/{set}",
      "get");
    List<Leaf> out = new ArrayList<>();
    collect(tree.getJsonArray("fields"), out);
    return out;
  }

  private static void collect(JsonArray nodes, List<Leaf> out) {
    for (Object o : nodes) {
      JsonObject n = (JsonObject) o;
      if (n.getBoolean("leaf")) {
        out.add(new Leaf(n.getString("code"), new BigDecimal(n.getValue("max_points").toString()),
          n.getString("scored_by").equals("survey"), n.getBoolean("evidence_required")));
      } else {
        collect(n.getJsonArray("children"), out);
      }
    }
  }

  private JsonObject round(int year, String group, OffsetDateTime opens, OffsetDateTime deadline) {
    JsonObject body = new JsonObject().put("year", year).put("group", group)
      .put("opens", opens.toLocalDate().toString()).put("deadline", deadline.toString());
    Http.Res res = http.json("POST", ROUNDS, body, council);
    JsonObject r = ApiAssertions.ok(res, 201, ROUNDS, "post");
    assertTrue(res.header("Location").orElseThrow().endsWith(ROUNDS + "/" + r.getString("key")));
    return r;
  }

  private JsonObject openRound(int year, String group) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7));
    return round(year, group, now.minusDays(10), now.plusDays(30));
  }

  private long assessment(String roundKey, String unit) {
    JsonObject page = ApiAssertions.ok(http.get(ASSESSMENTS + "?round=" + roundKey + "&unit=" + unit, council), 200,
      ASSESSMENTS, "get");
    assertEquals(1, page.getJsonArray("items").size(), page.encode());
    return page.getJsonArray("items").getJsonObject(0).getLong("id");
  }

  /** Self scores for every self-scored leaf: points = the share of the maximum, in quarter points. */
  private static JsonObject selfScores(List<Leaf> leaves, Function<Leaf, BigDecimal> points) {
    JsonArray scores = new JsonArray();
    for (Leaf l : leaves) {
      if (l.survey()) {
        continue;
      }
      JsonObject s = new JsonObject().put("criterion", l.code()).put("points", points.apply(l))
        .put("explanation", "Đã thực hiện theo kế hoạch; chi tiết tại tài liệu kiểm chứng.");
      if (l.evidence()) {
        s.put("evidence", new JsonArray().add(new JsonObject().put("title", "Báo cáo kết quả tiêu chí " + l.code())
          .put("number", "12/BC-BTP").put("date", "2027-01-05").put("url", "https://example.vn/bc-12")));
      }
      scores.add(s);
    }
    return new JsonObject().put("scores", scores);
  }

  private static JsonObject surveyScores(List<Leaf> leaves, Function<Leaf, BigDecimal> points) {
    JsonArray scores = new JsonArray();
    leaves.stream().filter(Leaf::survey).forEach(l -> scores.add(new JsonObject().put("criterion", l.code())
      .put("points", points.apply(l))));
    return new JsonObject().put("scores", scores);
  }

  private static BigDecimal quarters(BigDecimal max, double share) {
    return BigDecimal.valueOf(Math.floor(max.doubleValue() * share * 4) / 4);
  }

  private Http.Res step(long id, String action, String... who) {
    return http.json("POST", ASSESSMENTS + "/" + id + "/transitions", new JsonObject().put("action", action), who);
  }

  private JsonObject stepOk(long id, String action, String... who) {
    return ApiAssertions.ok(step(id, action, who), 200, STEPS, "post");
  }

  private Http.Res put(long id, String what, JsonObject body, String... who) {
    return http.json("PUT", ASSESSMENTS + "/" + id + "/" + what, body, who);
  }

  private static String code(JsonObject problem) {
    return problem.getString("code");
  }

  private static double num(JsonObject o, String key) {
    return ((Number) o.getValue(key)).doubleValue();
  }

  @Test
  void aRoundGoesFromSelfAssessmentThroughAppraisalToPublishedResults() throws Exception {
    JsonObject r = openRound(2027, "ministry");
    assertEquals("2027-bo", r.getString("key"));
    assertEquals("self_assessment", r.getString("phase"));
    assertEquals(14, r.getJsonObject("assessments").getInteger("draft"), "one per assessed ministry");
    List<Leaf> leaves = leaves("bo-2022");
    long id = assessment("2027-bo", "BO_TU_PHAP");

    // the unit sees its own assessment only
    JsonObject mine = ApiAssertions.ok(http.get(ASSESSMENTS + "?round=2027-bo", justice), 200, ASSESSMENTS, "get");
    assertEquals(List.of("BO_TU_PHAP"), mine.getJsonArray("items").stream()
      .map(o -> ((JsonObject) o).getJsonObject("unit").getString("key")).toList());

    // full self-assessment, submit, withdraw, correct, submit again
    JsonObject scored = ApiAssertions.ok(put(id, "scores", selfScores(leaves, Leaf::max), justice), 200, SCORES,
      "put");
    assertEquals(68.5, num(scored, "self_points"), 1e-9, "every self-scored point of 876/QĐ-BNV (100 - 31.5)");
    assertEquals(List.of("submit"), scored.getJsonArray("allowed_actions").getList());
    JsonObject submitted = stepOk(id, "submit", justice);
    assertEquals("submitted", submitted.getJsonObject("status").getString("code"));
    assertEquals(List.of("withdraw"), submitted.getJsonArray("allowed_actions").getList());
    JsonObject locked = ApiAssertions.problem(put(id, "scores", new JsonObject().put("scores", new JsonArray()
      .add(new JsonObject().put("criterion", "1.1.2").put("points", 0.25).put("explanation", "Sửa lại"))), justice),
      409, SCORES, "put");
    assertEquals("assessment-not-draft", code(locked));
    stepOk(id, "withdraw", justice);
    JsonObject corrected = ApiAssertions.ok(put(id, "scores", new JsonObject().put("scores", new JsonArray()
      .add(new JsonObject().put("criterion", "1.1.2").put("points", 0.25)
        .put("explanation", "Hoàn thành 8/24 nhiệm vụ của kế hoạch."))), justice), 200, SCORES, "put");
    assertEquals(68.0, num(corrected, "self_points"), 1e-9);
    stepOk(id, "submit", justice);

    // the council: an adjustment needs its reason; survey points; then appraise
    String[] first = {"1.1.1"};
    JsonObject noReason = new JsonObject().put("scores", new JsonArray().add(new JsonObject()
      .put("criterion", first[0]).put("points", 0.5)));
    ApiAssertions.fieldError(put(id, "appraisal", noReason, council), 400, "/scores/0/reason", APPRAISAL, "put");
    assertEquals(403, put(id, "appraisal", surveyScores(leaves, Leaf::max), justice).status(),
      "a unit does not appraise itself");
    JsonObject early = ApiAssertions.problem(step(id, "appraise", council), 409, STEPS, "post");
    assertEquals("appraisal-incomplete", code(early));
    ApiAssertions.ok(put(id, "appraisal", surveyScores(leaves, l -> quarters(l.max(), 0.8)), council), 200, APPRAISAL,
      "put");
    JsonObject adjusted = ApiAssertions.ok(put(id, "appraisal", new JsonObject().put("scores", new JsonArray()
      .add(new JsonObject().put("criterion", first[0]).put("points", 0.5)
        .put("reason", "Kế hoạch ban hành chậm so với thời hạn."))), council), 200, APPRAISAL, "put");
    double survey = leaves.stream().filter(Leaf::survey).mapToDouble(l -> quarters(l.max(), 0.8).doubleValue()).sum();
    double expected = 68.0 - 0.5 + survey;
    assertEquals(expected, num(adjusted, "points"), 1e-9, "adjusted self points plus survey points");
    JsonObject appraised = stepOk(id, "appraise", council);
    assertEquals("appraised", appraised.getJsonObject("status").getString("code"));
    assertEquals(List.of("submit", "withdraw", "submit", "appraise"),
      appraised.getJsonArray("transitions").stream().map(o -> ((JsonObject) o).getString("action")).toList());
    assertEquals("VU_CCHC", appraised.getJsonArray("transitions").getJsonObject(3).getString("actor_unit"));

    // a unit that never finished cannot submit; publication leaves it out
    long other = assessment("2027-bo", "BO_TAI_CHINH");
    assertEquals("assessment-incomplete", code(ApiAssertions.problem(step(other, "submit", finance), 409, STEPS,
      "post")));
    JsonObject published = ApiAssertions.ok(http.send("POST", ROUNDS + "/2027-bo/publication", null, null, council),
      200, ROUNDS + "/{round}/publication", "post");
    assertEquals("published", published.getString("phase"));
    assertEquals("round-published", code(ApiAssertions.problem(http.send("POST", ROUNDS + "/2027-bo/publication",
      null, null, council), 409, ROUNDS + "/{round}/publication", "post")));
    assertEquals("round-published", code(ApiAssertions.problem(put(other, "scores", new JsonObject().put("scores",
      new JsonArray().add(new JsonObject().put("criterion", "1.1.1").put("points", 1).put("explanation", "Muộn"))),
      finance), 409, SCORES, "put")));

    JsonObject results = ApiAssertions.ok(http.get(BASE + "/results?year=2027&group=ministry"), 200,
      BASE + "/results", "get");
    assertEquals(1, results.getJsonArray("items").size(), results.encode());
    JsonObject result = results.getJsonArray("items").getJsonObject(0);
    assertEquals("BO_TU_PHAP", result.getJsonObject("unit").getString("key"));
    assertEquals(1, result.getInteger("rank"));
    assertEquals(1, result.getInteger("rank_of"));
    assertEquals(Math.round(expected * 100) / 100.0, num(result, "score_percent"), 1e-9);
    assertEquals("api", result.getString("origin"));
    assertEquals(7, result.getJsonArray("fields").size());

    // every step audited, in the transaction of the write
    try (Connection c = TestServer.jdbc(); PreparedStatement s = c.prepareStatement("SELECT count(*) FROM "
      + "platform.audit_event WHERE record_type = 'par-index-assessment' AND record_id = ? AND operation = ? "
      + "AND outcome = 'success'")) {
      s.setString(1, String.valueOf(id));
      s.setString(2, "transitionParIndexAssessment");
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        assertEquals(4, rs.getLong(1), "submit, withdraw, submit, appraise");
      }
    }
  }

  @Test
  void totalsAndRanksOfAHandMadeRoundAreTheDatabasesOwn() {
    openRound(2028, "ministry");
    List<Leaf> leaves = leaves("bo-2022");
    // justice: everything; finance and health: half of every self leaf (rounded down to quarters), survey 0.5
    Map<String[], Double> shares = Map.of(justice, 1.0, finance, 0.5, health, 0.5);
    Map<String[], String> units = Map.of(justice, "BO_TU_PHAP", finance, "BO_TAI_CHINH", health, "BO_Y_TE");
    double expectedHalf = 0;
    for (Map.Entry<String[], Double> e : shares.entrySet()) {
      long id = assessment("2028-bo", units.get(e.getKey()));
      ApiAssertions.ok(put(id, "scores", selfScores(leaves, l -> quarters(l.max(), e.getValue())), e.getKey()), 200,
        SCORES, "put");
      stepOk(id, "submit", e.getKey());
      ApiAssertions.ok(put(id, "appraisal", surveyScores(leaves, l -> quarters(l.max(), e.getValue())), council), 200,
        APPRAISAL, "put");
      stepOk(id, "appraise", council);
    }
    for (Leaf l : leaves) {
      expectedHalf += quarters(l.max(), 0.5).doubleValue();
    }
    JsonObject ranking = ApiAssertions.ok(http.get(ROUNDS + "/2028-bo/ranking", council), 200,
      ROUNDS + "/{round}/ranking", "get");
    JsonArray items = ranking.getJsonArray("items");
    assertEquals(3, items.size());
    JsonObject top = items.getJsonObject(0);
    assertEquals("BO_TU_PHAP", top.getJsonObject("unit").getString("key"));
    assertEquals(100.0, num(top, "points"), 1e-9);
    assertEquals(100.0, num(top, "score_percent"), 1e-9);
    for (int i = 1; i < 3; i++) {
      JsonObject tie = items.getJsonObject(i);
      assertEquals(2, tie.getInteger("rank"), "equal points share a rank");
      assertEquals(3, tie.getInteger("rank_of"));
      assertEquals(expectedHalf, num(tie, "points"), 1e-9);
      double fieldSum = tie.getJsonArray("fields").stream().mapToDouble(f -> num((JsonObject) f, "points")).sum();
      assertEquals(expectedHalf, fieldSum, 1e-9, "the fields add up to the total");
    }
    JsonArray fields = top.getJsonArray("fields");
    assertEquals(List.of(10.0, 13.0, 17.0, 12.0, 15.0, 12.0, 21.0), fields.stream()
      .map(f -> num((JsonObject) f, "points")).toList(), "a full score is every field's maximum");
    assertEquals(403, http.get(ROUNDS + "/2028-bo/ranking", justice).status(), "the ranking is the council's");

    ApiAssertions.ok(http.send("POST", ROUNDS + "/2028-bo/publication", null, null, council), 200,
      ROUNDS + "/{round}/publication", "post");
    JsonObject open = http.get(BASE + "/results?year=2028&group=ministry").json();
    assertEquals(List.of(1, 2, 2), open.getJsonArray("items").stream()
      .map(o -> ((JsonObject) o).getInteger("rank")).toList());
    JsonObject mean = open.getJsonArray("means").getJsonObject(0);
    double half = Math.round(expectedHalf * 100) / 100.0;
    assertEquals(Math.round((100 + 2 * half) / 3 * 100) / 100.0, num(mean, "mean_percent"), 1e-9);
    assertEquals(3, mean.getInteger("units"));
  }

  @Test
  void afterTheDeadlineTheUnitsPartIsLockedByTheDatabase() throws Exception {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7));
    JsonObject r = round(2027, "province", now.minusDays(20), now.minusHours(1));
    assertEquals("appraisal", r.getString("phase"));
    long id = assessment("2027-tinh", "UBND_T01N");
    JsonObject late = ApiAssertions.problem(put(id, "scores", new JsonObject().put("scores", new JsonArray()
      .add(new JsonObject().put("criterion", "1.1.1").put("points", 1).put("explanation", "Muộn"))), hanoi), 409,
      SCORES, "put");
    assertEquals("deadline-passed", code(late));
    assertTrue(late.getString("detail").contains("2027-tinh"), late.getString("detail"));
    assertEquals("deadline-passed", code(ApiAssertions.problem(step(id, "submit", hanoi), 409, STEPS, "post")));
    JsonObject a = ApiAssertions.ok(http.get(ASSESSMENTS + "/" + id, hanoi), 200, ONE, "get");
    assertTrue(a.getJsonArray("allowed_actions").isEmpty(), "nothing left to do for the unit");
    assertTrue(a.getJsonObject("round").getBoolean("closed"));
    // no code path around the API: the database itself refuses the unit's scores and steps
    try (Connection c = TestServer.jdbc(); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO parindex.score "
        + "(assessment_id, set_key, criterion_code, self_points) VALUES (" + id + ", 'tinh-2022', '1.1.1', 1)"));
      assertEquals("MH409", e.getSQLState());
      e = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE parindex.assessment SET status_code = "
        + "'submitted' WHERE id = " + id));
      assertEquals("MH409", e.getSQLState());
      e = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE parindex.assessment SET status_code = "
        + "'appraised' WHERE id = " + id));
      assertTrue(e.getMessage().contains("cannot go from draft to appraised"), e.getMessage());
    }
  }

  @Test
  void illegalStepsAre409AndOtherUnitsAre403Or404AndBadPointsAre400() {
    openRound(2028, "province");
    long id = assessment("2028-tinh", "UBND_T01N");
    List<Leaf> leaves = leaves("tinh-2022");
    JsonObject illegal = ApiAssertions.problem(step(id, "withdraw", hanoi), 409, STEPS, "post");
    assertEquals("illegal-transition", code(illegal));
    assertTrue(illegal.getString("detail").contains("allowed from draft: submit"), illegal.getString("detail"));
    assertEquals("illegal-transition", code(ApiAssertions.problem(step(id, "appraise", council), 409, STEPS,
      "post")));

    // scoping: another province sees nothing, a unit does not do the council's work and vice versa
    assertEquals(404, http.get(ASSESSMENTS + "/" + id, hue).status());
    assertEquals(404, put(id, "scores", selfScores(leaves, Leaf::max), hue).status());
    assertTrue(ApiAssertions.ok(http.get(ASSESSMENTS + "?round=2028-tinh&unit=UBND_T01N", hue), 200, ASSESSMENTS,
      "get").getJsonArray("items").isEmpty());
    assertEquals(403, put(id, "appraisal", surveyScores(leaves, Leaf::max), hanoi).status());
    assertEquals(403, put(id, "scores", selfScores(leaves, Leaf::max), council).status(), "the council does not "
      + "self-assess a unit");
    assertEquals(403, http.json("POST", ROUNDS, new JsonObject().put("year", 2029).put("group", "province")
      .put("opens", "2029-12-15").put("deadline", "2030-01-31T17:00:00+07:00"), hanoi).status());
    assertEquals(401, http.get(ASSESSMENTS + "/" + id).status());

    // validation names the field at fault
    Leaf first = leaves.get(0);
    Leaf survey = leaves.stream().filter(Leaf::survey).findFirst().orElseThrow();
    Leaf needsEvidence = leaves.stream().filter(Leaf::evidence).findFirst().orElseThrow();
    JsonObject above = ApiAssertions.fieldError(put(id, "scores", new JsonObject().put("scores", new JsonArray()
      .add(new JsonObject().put("criterion", first.code()).put("points", first.max().doubleValue() + 1)
        .put("explanation", "x"))), hanoi), 400, "/scores/0/points", SCORES, "put");
    assertTrue(above.getString("detail").contains("maximum"), above.getString("detail"));
    ApiAssertions.fieldError(put(id, "scores", new JsonObject().put("scores", new JsonArray()
      .add(new JsonObject().put("criterion", "9.9.9").put("points", 0))), hanoi), 400, "/scores/0/criterion",
      SCORES, "put");
    ApiAssertions.fieldError(put(id, "scores", new JsonObject().put("scores", new JsonArray()
      .add(new JsonObject().put("criterion", survey.code()).put("points", 0))), hanoi), 400, "/scores/0/criterion",
      SCORES, "put");
    ApiAssertions.fieldError(put(id, "scores", new JsonObject().put("scores", new JsonArray()
      .add(new JsonObject().put("criterion", needsEvidence.code()).put("points", 0.25))), hanoi), 400,
      "/scores/0/evidence", SCORES, "put");
    ApiAssertions.fieldError(put(id, "scores", new JsonObject().put("scores", new JsonArray()
      .add(new JsonObject().put("criterion", first.code()).put("points", 101))), hanoi), 400, "/scores/0/points",
      SCORES, "put");
    // rounds: no criteria set for 2031, one round a year and group
    ApiAssertions.fieldError(http.json("POST", ROUNDS, new JsonObject().put("year", 2031).put("group", "province")
      .put("opens", "2031-12-15").put("deadline", "2032-01-31T17:00:00+07:00"), council), 400, "/year", ROUNDS,
      "post");
    assertEquals("duplicate", code(ApiAssertions.problem(http.json("POST", ROUNDS, new JsonObject().put("year", 2028)
      .put("group", "province").put("opens", "2028-12-15").put("deadline", "2029-01-31T17:00:00+07:00"), council),
      409, ROUNDS, "post")));
    // a stale If-Match is 412
    assertEquals(412, http.json("PUT", ASSESSMENTS + "/" + id + "/scores", selfScores(leaves, Leaf::max),
      hanoi[0], hanoi[1], "If-Match", "\"p" + id + "-999\"").status());
  }

  @Test
  void theOpenResultsCarryThePublishedFiguresWithTheirSources() {
    JsonObject y2023 = ApiAssertions.ok(http.get(BASE + "/results?year=2023"), 200, BASE + "/results", "get");
    JsonObject qn = y2023.getJsonArray("items").stream().map(JsonObject.class::cast)
      .filter(o -> o.getJsonObject("unit").getString("key").equals("UBND_T22")).findFirst().orElseThrow();
    assertEquals(92.18, num(qn, "score_percent"), 1e-9);
    assertEquals(1, qn.getInteger("rank"));
    assertEquals(63, qn.getInteger("rank_of"));
    assertEquals("Tỉnh Quảng Ninh", qn.getJsonObject("unit").getJsonObject("name").getString("vi"));
    assertFalse(qn.getJsonObject("unit").getBoolean("current"), "the province of 2023, before the merger");
    assertTrue(qn.getString("source_url").startsWith("https://en.baochinhphu.vn/"));
    assertEquals("public_record", qn.getString("origin"));
    JsonObject ministries = http.get(BASE + "/results?year=2023&group=ministry").json();
    assertEquals(List.of("BO_TU_PHAP", "NHNN", "BO_CONG_THUONG"), ministries.getJsonArray("items").stream()
      .map(o -> ((JsonObject) o).getJsonObject("unit").getString("key")).toList());
    assertEquals(84.38, num(ministries.getJsonArray("means").getJsonObject(0), "mean_percent"), 1e-9);
    JsonObject brvt = http.get(BASE + "/results?year=2024&unit=UBND_T77").json().getJsonArray("items")
      .getJsonObject(0);
    assertNull(brvt.getValue("score_percent"), "a rank without a score stays so");
    assertEquals(2, brvt.getInteger("rank"));
    assertEquals("score not found", brvt.getString("note"));

    JsonObject demo = http.get(BASE + "/results?year=2025&group=province").json();
    JsonArray items = demo.getJsonArray("items");
    assertEquals(34, items.size(), "the 34 provinces of today");
    assertTrue(items.stream().map(JsonObject.class::cast).allMatch(o -> o.getBoolean("generated")
      && o.getJsonArray("fields").size() == 8 && o.getInteger("rank_of") == 34));
    assertEquals(1, items.getJsonObject(0).getInteger("rank"));
    for (Object o : items) {
      JsonObject item = (JsonObject) o;
      double sum = item.getJsonArray("fields").stream().mapToDouble(f -> num((JsonObject) f, "points")).sum();
      assertEquals(num(item, "points"), sum, 1e-6, "per-field scores add up to the total");
    }
    assertTrue(http.get(BASE + "/results?origin=public_record").json().getJsonArray("items").stream()
      .map(JsonObject.class::cast).noneMatch(o -> o.getBoolean("generated")));
    ApiAssertions.problem(http.get(BASE + "/results?group=commune"), 400, BASE + "/results", "get");

    JsonObject set = http.get(BASE + "/criteria-sets/bo-2022").json();
    assertEquals(new JsonObject().put("fields", 7).put("criteria", 38).put("sub_criteria", 97),
      set.getJsonObject("counts"));
    assertEquals(100.0, leaves("bo-2022").stream().mapToDouble(l -> l.max().doubleValue()).sum(), 1e-9);
    assertEquals(31.5, leaves("bo-2022").stream().filter(Leaf::survey).mapToDouble(l -> l.max().doubleValue()).sum(),
      1e-9);
    JsonObject units = ApiAssertions.ok(http.get(BASE + "/units?group=ministry"), 200, BASE + "/units", "get");
    List<String> keys = units.getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("key")).toList();
    assertEquals(14, keys.size());
    assertFalse(keys.contains("BO_CONG_AN") || keys.contains("BO_QUOC_PHONG") || keys.contains("VPCP"));
    ApiAssertions.ok(http.get(ROUNDS + "?year=2025"), 200, ROUNDS, "get");
    ApiAssertions.ok(http.get(BASE + "/criteria-sets"), 200, BASE + "/criteria-sets", "get");
    assertEquals(404, http.get(ROUNDS + "/2019-bo").status());
  }

  @Test
  void theResultsDownloadAsCsvAndRdfThatConformsToTheShapes() throws Exception {
    long records;
    try (Connection c = TestServer.jdbc(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT count(*) FROM parindex.open_result")) {
      rs.next();
      records = rs.getLong(1);
    }
    Http.Res csv = http.get("/downloads/par-index.csv");
    assertEquals(200, csv.status());
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
      .parse(new java.io.StringReader(csv.body().substring(1))).getRecords();
    assertTrue(rows.size() >= records - 5 && rows.size() <= records + 5, rows.size() + " rows, " + records);
    CSVRecord qn = rows.stream().filter(r -> r.get("Mã").equals("2023-ubnd-t22")).findFirst().orElseThrow();
    assertEquals("Tỉnh Quảng Ninh", qn.get("Đơn vị"));
    assertEquals("92.18", qn.get("Chỉ số (%)"));
    assertEquals(base + "/id/par-index-result/2023-ubnd-t22", qn.get("URI"));
    CSVRecord demo = rows.stream().filter(r -> r.get("Mã").equals("2025-ubnd-t01n")).findFirst().orElseThrow();
    assertTrue(demo.get("Lĩnh vực 1 (điểm/tối đa)").endsWith("/9.5"), demo.get("Lĩnh vực 1 (điểm/tối đa)"));
    assertEquals("generated", demo.get("Nguồn gốc (generated = minh họa)"));

    Http.Res ttl = http.get("/downloads/par-index.ttl");
    assertEquals(200, ttl.status());
    Model m = RdfAssertions.parse(ttl.body(), Lang.TURTLE, base);
    long results = m.listSubjectsWithProperty(RDF.type, m.getResource(MOHA + "ParIndexResult")).toList().size();
    assertTrue(results >= records - 5 && results <= records + 5, results + " results, " + records);
    RdfAssertions.conforms(m);
    Resource r = m.getResource(base + "/id/par-index-result/2023-ubnd-t22");
    assertEquals(new BigDecimal("92.18"), r.getProperty(m.getProperty(MOHA + "scorePercent")).getLiteral().getValue());
    assertTrue(r.hasProperty(DCTerms.source));
    assertEquals(base + "/def/par-index-units/UBND_T22",
      r.getPropertyResourceValue(m.getProperty(MOHA + "assessedUnit")).getURI());

    // the thing URI answers 303 with its document, which parses and conforms
    Http.Res see = http.get("/id/par-index-result/2025-ubnd-t01n", "Accept", "text/turtle");
    assertEquals(303, see.status());
    assertEquals(base + "/doc/par-index-result/2025-ubnd-t01n", see.header("Location").orElseThrow());
    Model doc = RdfAssertions.parse(http.get("/doc/par-index-result/2025-ubnd-t01n.ttl").body(), Lang.TURTLE, base);
    RdfAssertions.conforms(doc);
    Resource hn = doc.getResource(base + "/id/par-index-result/2025-ubnd-t01n");
    assertEquals(8, hn.listProperties(doc.getProperty(MOHA + "fieldScore")).toList().size());
    assertTrue(hn.hasLiteral(doc.getProperty(MOHA + "generated"), true));
    assertTrue(m.containsAll(doc), "the dump holds the document's triples");
    assertEquals(404, http.get("/doc/par-index-result/1999-ubnd-t01.ttl").status());
    Model criteria = RdfAssertions.parse(http.get("/doc/def/par-index-criteria.ttl").body(), Lang.TURTLE, base);
    assertTrue(criteria.contains(criteria.getResource(base + "/def/par-index-criteria/bo-2022-1-1-1"),
      org.apache.jena.vocabulary.SKOS.broader, criteria.getResource(base + "/def/par-index-criteria/bo-2022-1-1")));
  }
}
