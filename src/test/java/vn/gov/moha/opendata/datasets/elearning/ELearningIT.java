package vn.gov.moha.opendata.datasets.elearning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.RdfAssertions;
import vn.gov.moha.opendata.support.TestServer;

/**
 * The e-learning on administrative reform over HTTP against the real database: the open catalogue (ETag, filters),
 * enrolling (agency scope, 401/403/404, validation naming the field, duplicates), progress with If-Match up to a
 * completion and its certificate, the learner's own view with their token, the open verification of a certificate,
 * the completion statistics equal to direct SQL counts with small cells suppressed, the courses and statistics as RDF
 * conforming to the shapes, and a planted learner who never appears in an open output.
 */
class ELearningIT {
  static final String COURSES = "/api/v1/elearning/courses";
  static final String ENROLMENTS = "/api/v1/elearning/enrolments";
  static final String ONE = ENROLMENTS + "/{enrolment}";
  static final String PROGRESS = ONE + "/progress";
  static final String MINE = "/api/v1/elearning/me/enrolments";
  static final String CERTIFICATE = "/api/v1/elearning/certificates/{certificate}";
  static final String STATS = "/api/v1/statistics/elearning-completions";
  private final Http http = TestServer.http();
  private final String base = TestServer.base();
  private final String[] training = bearer(TestServer.token("cchc-trainer", "VU_CCHC", "officer"));
  private final String[] hue = bearer(TestServer.token("hue-hr", "UBND_T46N", "officer"));
  private final String[] canTho = bearer(TestServer.token("ct-hr", "UBND_T92N", "officer"));

  static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  static String[] ifMatch(String[] who, String etag) {
    return new String[] {who[0], who[1], "If-Match", etag};
  }

  static String one(String template, long id) {
    return template.replace("{enrolment}", String.valueOf(id));
  }

  static JsonObject enrol(String account, String name, String course) {
    return new JsonObject().put("course", course).put("learner", new JsonObject().put("account", account)
      .put("full_name", name).put("birth_date", "1988-04-02").put("email", account + "@example.vn")
      .put("body", "UBND_T46N").put("job_position", "CC_MOT_CUA"));
  }

  private static long sql(String query) {
    return Long.parseLong(TestServer.query(query).get(0));
  }

  /** Enrols, then reports every module with a passing score: the completed enrolment. */
  private JsonObject complete(String account, String name, String course) {
    Http.Res created = http.json("POST", ENROLMENTS, enrol(account, name, course), hue);
    JsonObject e = ApiAssertions.ok(created, 201, ENROLMENTS, "post");
    JsonArray all = new JsonArray();
    for (int i = 1; i <= e.getInteger("modules"); i++) {
      all.add(i);
    }
    return ApiAssertions.ok(http.json("PUT", one(PROGRESS, e.getLong("id")), new JsonObject().put("modules_done", all)
      .put("score", 90), ifMatch(training, created.header("ETag").orElseThrow())), 200, PROGRESS, "put");
  }

  @Test
  void theCatalogueIsOpen() {
    JsonObject all = ApiAssertions.ok(http.get(COURSES), 200, COURSES, "get");
    assertEquals(12, all.getJsonArray("items").size());
    JsonObject desk = ApiAssertions.ok(http.get(COURSES + "?job_position=CC_MOT_CUA"), 200, COURSES, "get");
    assertTrue(desk.getJsonArray("items").stream().map(JsonObject.class::cast)
      .allMatch(c -> c.getJsonArray("job_positions").contains("CC_MOT_CUA")));
    Http.Res one = http.get(COURSES + "/CCHC-03");
    JsonObject c = ApiAssertions.ok(one, 200, COURSES + "/{course}", "get");
    assertEquals("Thực hiện cơ chế một cửa, một cửa liên thông", c.getJsonObject("title").getString("vi"));
    double hours = c.getJsonArray("modules").stream().mapToDouble(m -> ((JsonObject) m).getDouble("hours")).sum();
    assertEquals(hours, c.getDouble("hours"), 0.001);
    assertEquals(304, http.get(COURSES + "/CCHC-03", "If-None-Match", one.header("ETag").orElseThrow()).status());
    ApiAssertions.problem(http.get(COURSES + "/CCHC-99"), 404, COURSES + "/{course}", "get");
  }

  /**
   * Progress is the workflows' one write (LockedWrite): another agency's enrolment a 404 like one that does not
   * exist, a stale ETag 412, the learner's agency (which sees the enrolment) a 403, every outcome an audit row of the
   * operation; the answer carries the new ETag and is never cached.
   */
  @Test
  void progressIsTheWorkflowsLockedWrite() {
    Http.Res created = http.json("POST", ENROLMENTS, enrol("hv-lw-" + System.nanoTime(), "Phan Thị Khóa", "CCHC-03"),
      hue);
    long id = ApiAssertions.ok(created, 201, ENROLMENTS, "post").getLong("id");
    String etag = "\"e" + id + "-1\"";
    assertEquals(etag, created.header("ETag").orElseThrow());
    JsonObject first = new JsonObject().put("modules_done", new JsonArray().add(1));
    ApiAssertions.problem(http.json("PUT", one(PROGRESS, id), first, ifMatch(canTho, etag)), 404, PROGRESS, "put");
    ApiAssertions.problem(http.json("PUT", one(PROGRESS, id), first, ifMatch(training, "\"e" + id + "-0\"")), 412,
      PROGRESS, "put");
    assertTrue(ApiAssertions.problem(http.json("PUT", one(PROGRESS, id), first, ifMatch(hue, etag)), 403, PROGRESS,
      "put").getString("detail").contains("training officers of VU_CCHC"));
    Http.Res reported = http.json("PUT", one(PROGRESS, id), first, ifMatch(training, etag));
    assertEquals(List.of(1), ApiAssertions.ok(reported, 200, PROGRESS, "put").getJsonArray("modules_done").getList());
    assertEquals("\"e" + id + "-2\"", reported.header("ETag").orElseThrow());
    assertEquals("private, no-store", reported.header("Cache-Control").orElseThrow());
    assertEquals(List.of("denied 403", "failed 412", "not-found 404", "success 200"), TestServer.query(
      "SELECT outcome || ' ' || status FROM platform.audit_event WHERE record_type = 'elearning-enrolment' "
        + "AND record_id = '" + id + "' AND operation = 'updateElearningProgress' ORDER BY 1"));
  }

  @Test
  void anEnrolmentGoesToACertificateAndOnlyTheRightPeopleSeeIt() {
    String account = "hv-it-" + System.nanoTime();
    JsonObject in = enrol(account, "Hồ Thị Thanh Tâm", "CCHC-03");
    assertEquals(401, http.json("POST", ENROLMENTS, in).status());
    assertEquals("unit-scope", ApiAssertions.problem(http.json("POST", ENROLMENTS, in, canTho), 403, ENROLMENTS, "post")
      .getString("code"));
    ApiAssertions.fieldError(http.json("POST", ENROLMENTS, in.copy().put("course", "CCHC-99"), hue), 400, "/course",
      ENROLMENTS, "post");
    ApiAssertions.fieldError(http.json("POST", ENROLMENTS, enrol(account, "X", "CCHC-03"), hue), 400,
      "/learner/full_name", ENROLMENTS, "post");
    Http.Res created = http.json("POST", ENROLMENTS, in, hue);
    JsonObject e = ApiAssertions.ok(created, 201, ENROLMENTS, "post");
    long id = e.getLong("id");
    assertEquals("enrolled", e.getString("status"));
    assertEquals(0, e.getInteger("progress_percent"));
    assertEquals("duplicate", ApiAssertions.problem(http.json("POST", ENROLMENTS, in, hue), 409, ENROLMENTS, "post")
      .getString("code"));
    // another agency's officer sees nothing; the Department sees all; lists are scoped
    ApiAssertions.problem(http.get(one(ONE, id), canTho), 404, ONE, "get");
    ApiAssertions.ok(http.get(one(ONE, id), training), 200, ONE, "get");
    JsonObject page = ApiAssertions.ok(http.get(ENROLMENTS + "?limit=30", hue), 200, ENROLMENTS, "get");
    assertTrue(page.getJsonArray("items").stream().map(JsonObject.class::cast)
      .allMatch(o -> o.getJsonObject("learner").getJsonObject("body").getString("code").equals("UBND_T46N")));
    assertEquals(id, page.getJsonArray("items").getJsonObject(0).getLong("id"));

    // progress: If-Match, the Department's, modules of the course only
    String etag = created.header("ETag").orElseThrow();
    JsonObject two = new JsonObject().put("modules_done", new JsonArray().add(1).add(2));
    assertEquals(428, http.json("PUT", one(PROGRESS, id), two, training).status());
    ApiAssertions.problem(http.json("PUT", one(PROGRESS, id), two, ifMatch(hue, etag)), 403, PROGRESS, "put");
    ApiAssertions.problem(http.json("PUT", one(PROGRESS, id), two, ifMatch(canTho, etag)), 404, PROGRESS, "put");
    ApiAssertions.fieldError(http.json("PUT", one(PROGRESS, id), new JsonObject().put("modules_done",
      new JsonArray().add(1).add(29)), ifMatch(training, etag)), 400, "/modules_done", PROGRESS, "put");
    Http.Res half = http.json("PUT", one(PROGRESS, id), two, ifMatch(training, etag));
    JsonObject partly = ApiAssertions.ok(half, 200, PROGRESS, "put");
    assertEquals("in_progress", partly.getString("status"));
    assertTrue(partly.getInteger("progress_percent") > 0 && partly.getInteger("progress_percent") < 100);
    ApiAssertions.problem(http.json("PUT", one(PROGRESS, id), two, ifMatch(training, etag)), 412, PROGRESS, "put");
    JsonArray all = new JsonArray();
    for (int i = 1; i <= e.getInteger("modules"); i++) {
      all.add(i);
    }
    String etag2 = half.header("ETag").orElseThrow();
    JsonObject failed = ApiAssertions.ok(http.json("PUT", one(PROGRESS, id), new JsonObject().put("modules_done", all)
      .put("score", 40), ifMatch(training, etag2)), 200, PROGRESS, "put");
    assertEquals("in_progress", failed.getString("status"), "below the pass mark");
    assertNull(failed.getValue("certificate"));
    Http.Res passed = http.json("PUT", one(PROGRESS, id), new JsonObject().put("modules_done", all).put("score", 85),
      ifMatch(training, "\"e" + id + "-" + failed.getInteger("version") + "\""));
    JsonObject done = ApiAssertions.ok(passed, 200, PROGRESS, "put");
    assertEquals("completed", done.getString("status"));
    assertEquals(100, done.getInteger("progress_percent"));
    String number = done.getJsonObject("certificate").getString("number");
    assertTrue(number.matches("CCHC-20[0-9]{2}-9[0-9]{5}"), number);
    assertEquals("enrolment-completed", ApiAssertions.problem(http.json("PUT", one(PROGRESS, id), two,
      ifMatch(training, passed.header("ETag").orElseThrow())), 409, PROGRESS, "put").getString("code"));

    // the learner's own view, with their token; nobody else's
    JsonObject mine = ApiAssertions.ok(http.get(MINE, bearer(TestServer.token(account, null, "developer"))), 200,
      MINE, "get");
    assertEquals(1, mine.getJsonArray("items").size());
    assertEquals(number, mine.getJsonArray("items").getJsonObject(0).getJsonObject("certificate").getString("number"));
    ApiAssertions.problem(http.get(MINE, bearer(TestServer.token("hv-nobody-" + System.nanoTime(), null,
      "developer"))), 404, MINE, "get");
    assertEquals(401, http.get(MINE).status());

    // anyone verifies the number; a name is compared, never shown
    String path = CERTIFICATE.replace("{certificate}", number);
    JsonObject check = ApiAssertions.ok(http.get(path + "?holder=ho%20thi%20thanh%20tam"), 200, CERTIFICATE, "get");
    assertTrue(check.getBoolean("valid"));
    assertTrue(check.getBoolean("holder_matches"));
    assertEquals("CCHC-03", check.getJsonObject("course").getString("code"));
    assertFalse(check.encode().contains("Tâm"));
    assertFalse(ApiAssertions.ok(http.get(path + "?holder=Nguyen%20Van%20A"), 200, CERTIFICATE, "get")
      .getBoolean("holder_matches"));
    assertFalse(ApiAssertions.ok(http.get(CERTIFICATE.replace("{certificate}", "CCHC-2019-000001")), 200, CERTIFICATE,
      "get").getBoolean("valid"));

    List<String> trail = TestServer.query("SELECT operation || ':' || outcome FROM platform.audit_event "
      + "WHERE record_type = 'elearning-enrolment' AND record_id = '" + id + "' ORDER BY id");
    assertTrue(trail.containsAll(List.of("createElearningEnrolment:success", "getElearningEnrolment:success",
      "updateElearningProgress:success", "getElearningEnrolment:not-found", "updateElearningProgress:denied")),
      trail::toString);
    assertTrue(sql("SELECT count(*) FROM platform.audit_event WHERE record_type = 'elearning-enrolment' "
      + "AND operation = 'listMyElearningEnrolments'") >= 2);
    assertTrue(sql("SELECT count(*) FROM platform.audit_event WHERE record_type = 'elearning-enrolment' "
      + "AND record_id = '" + id + "' AND outcome = 'not-found'") >= 1);
  }

  @Test
  void statisticsEqualTheCountsAndSuppressSmallCells() {
    complete("hv-stat-" + System.nanoTime(), "Mai Thị Hoa", "CCHC-12");
    int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    for (String by : List.of("total", "course", "body")) {
      for (int y : List.of(2024, year)) {
        JsonObject t = ApiAssertions.ok(http.get(STATS + "?by=" + by + "&year=" + y), 200, STATS, "get");
        assertFalse(t.getJsonArray("items").isEmpty(), by);
        for (Object o : t.getJsonArray("items")) {
          JsonObject cell = (JsonObject) o;
          String where = "extract(year FROM e.completed_on) = " + y + switch (by) {
            case "course" -> " AND e.course_code = '" + cell.getJsonObject("course").getString("code") + "'";
            case "body" -> " AND l.body = '" + cell.getJsonObject("body").getString("code") + "'";
            default -> "";
          };
          long expected = sql("SELECT count(*) FROM elearning.enrolment e JOIN elearning.learner l "
            + "ON l.id = e.learner_id WHERE " + where);
          if (cell.getBoolean("suppressed")) {
            assertNull(cell.getValue("completions"));
          } else {
            assertEquals(expected, cell.getLong("completions"), cell.encode());
            assertTrue(expected == 0 || expected >= 5, cell.encode());
          }
          if (expected > 0 && expected < 5) {
            assertTrue(cell.getBoolean("suppressed"), cell.encode());
          }
        }
      }
    }
    long total = sql("SELECT count(*) FROM elearning.enrolment WHERE completed_on IS NOT NULL "
      + "AND extract(year FROM completed_on) = 2025");
    assertTrue(total > 2500 && total < 5000, "about 5,000 learners a year, seven in ten finishing: " + total);
    assertTrue(sql("SELECT count(DISTINCT learner_id) FROM elearning.enrolment WHERE extract(year FROM enrolled_on) "
      + "= 2025") >= 4500, "about 5,000 learners a year");
  }

  @Test
  void coursesAndCompletionsAreRdfThatConformsToTheShapes() {
    Model courses = RdfAssertions.parse(http.get("/downloads/elearning-courses.ttl").body(), Lang.TURTLE, base);
    RdfAssertions.conforms(courses);
    assertEquals(12, courses.listSubjectsWithProperty(RDF.type, courses.getResource("https://schema.org/Course"))
      .toList().size());
    Model stats = RdfAssertions.parse(http.get("/downloads/elearning-completions.nt").body(), Lang.NTRIPLES, base);
    RdfAssertions.conforms(stats);
    assertEquals(sql("SELECT count(*) FROM elearning.statistic"), stats.listSubjectsWithProperty(RDF.type,
      stats.getResource("http://purl.org/linked-data/cube#Observation")).toList().size());
    String doc = ApiAssertions.seeOther(http.get("/id/elearning-course/cchc-03", "Accept", "text/turtle"), "course");
    Model one = RdfAssertions.parse(http.get(doc.substring(base.length()) + ".ttl").body(), Lang.TURTLE, base);
    RdfAssertions.conforms(one);
    Model cell = RdfAssertions.parse(http.get("/doc/elearning-completion/course-2024-cchc-03.jsonld").body(),
      Lang.JSONLD, base);
    RdfAssertions.conforms(cell);
    assertTrue(http.get("/downloads/elearning-completions.csv").body().startsWith("\ufeffURI,Mã,Bảng,Năm hoàn thành"));
  }

  @Test
  void aPlantedLearnerNeverAppearsInAnOpenOutput() {
    String account = "hv-plant-" + System.nanoTime();
    JsonObject done = complete(account, "Lê Văn Bímật", "CCHC-08");
    String number = done.getJsonObject("certificate").getString("number");
    for (String url : List.of(STATS + "?by=total", STATS + "?by=course", STATS + "?by=body", COURSES,
      COURSES + "/CCHC-08", CERTIFICATE.replace("{certificate}", number) + "?holder=Le%20Van%20Bimat",
      "/downloads/elearning-completions.csv", "/downloads/elearning-completions.ttl",
      "/downloads/elearning-courses.json", "/datasets/elearning-completions", "/catalog/elearning-courses.ttl")) {
      Http.Res r = http.get(url);
      assertEquals(200, r.status(), url);
      for (String secret : List.of("Bímật", account, "1988-04-02")) {
        assertFalse(r.body().contains(secret), url + " shows " + secret);
      }
    }
  }
}
