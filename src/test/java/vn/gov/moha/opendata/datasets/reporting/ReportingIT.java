package vn.gov.moha.opendata.datasets.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.RdfAssertions;
import vn.gov.moha.opendata.support.TestServer;

/**
 * The reporting system over HTTP against the real database: the open regime catalogue and units; a report from draft
 * through a return for correction to acceptance, its indicators checked against the regime's JSON Schema (400 naming
 * the pointer), illegal steps 409 (the database refuses them too), If-Match on every change (428, 412), unit scope
 * 403/404, audit and outbox; a late report counted late; aggregates suppressed under 3 units; the compliance
 * statistics as JSON, CSV and RDF conforming to the shapes. Each test works on a regime and period of its own, with
 * units that have no demo report there.
 */
class ReportingIT {
  static final String BASE = "/api/v1/reporting";
  static final String SUBMISSIONS = BASE + "/submissions";
  static final String ONE = SUBMISSIONS + "/{id}";
  static final String DATA = ONE + "/data";
  static final String STEPS = ONE + "/transitions";
  static final String DASHBOARD = BASE + "/regimes/{regime}/periods/{period}/units";
  static final String MOHA = "https://opendata.moha.gov.vn/def/moha#";
  private final Http http = TestServer.http();
  private final String base = TestServer.base();
  private final String[] office = bearer(TestServer.token("vp-officer", "VAN_PHONG", "officer"));
  private final String[] admin = bearer(TestServer.token("rep-admin", null, "admin"));

  static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  private String[] officerOf(String unit) {
    return bearer(TestServer.token("officer-" + unit.toLowerCase(), unit, "officer"));
  }

  /** Units expected for a period that have no report yet (and no demo report), from the office's dashboard. */
  private List<String> unreported(String regime, String period, String kind) {
    JsonObject d = ApiAssertions.ok(http.get(path(DASHBOARD, regime, period), office), 200, DASHBOARD, "get");
    List<String> out = new ArrayList<>();
    for (Object o : d.getJsonArray("items")) {
      JsonObject i = (JsonObject) o;
      if (i.getValue("submission") == null && i.getJsonObject("unit").getString("kind").equals(kind)) {
        out.add(i.getJsonObject("unit").getString("key"));
      }
    }
    return out;
  }

  private static String path(String template, String regime, String period) {
    return template.replace("{regime}", regime).replace("{period}", period);
  }

  private static String one(String template, long id) {
    return template.replace("{id}", String.valueOf(id));
  }

  private JsonObject compliance(String regime, String period) {
    JsonObject page = ApiAssertions.ok(http.get(BASE + "/compliance?regime=" + regime + "&period=" + period), 200,
      BASE + "/compliance", "get");
    assertEquals(1, page.getJsonArray("items").size(), page.encode());
    return page.getJsonArray("items").getJsonObject(0);
  }

  /** The report's current ETag (read by the office, which sees every report). */
  private String etag(long id) {
    Http.Res res = http.get(one(ONE, id), office);
    assertEquals(200, res.status(), res::toString);
    return res.header("ETag").orElseThrow();
  }

  /** The caller's credentials with If-Match: the report's current ETag. */
  private String[] current(long id, String[] who) {
    return new String[] {who[0], who[1], "If-Match", etag(id)};
  }

  private JsonObject step(long id, String action, String comment, String[] who, int status) {
    JsonObject body = new JsonObject().put("action", action).put("comment", comment);
    Http.Res res = http.json("POST", one(STEPS, id), body, current(id, who));
    return status == 200 ? ApiAssertions.ok(res, 200, STEPS, "post")
      : ApiAssertions.problem(res, status, STEPS, "post");
  }

  private static JsonObject tonGiao(int places, int incidents) {
    return new JsonObject().put("so_co_so_ton_giao", places).put("so_vu_viec", incidents);
  }

  @Test
  void theRegimeCatalogueIsOpenWithItsForms() {
    JsonObject all = ApiAssertions.ok(http.get(BASE + "/regimes"), 200, BASE + "/regimes", "get");
    assertEquals(36, all.getJsonArray("items").size());
    JsonObject toGov = ApiAssertions.ok(http.get(BASE + "/regimes?direction=to_government"), 200, BASE + "/regimes",
      "get");
    assertEquals(14, toGov.getJsonArray("items").size());
    assertEquals(22, ApiAssertions.ok(http.get(BASE + "/regimes?direction=to_ministry"), 200, BASE + "/regimes", "get")
      .getJsonArray("items").size());
    JsonObject r = ApiAssertions.ok(http.get(BASE + "/regimes/bnv-08"), 200, BASE + "/regimes/{regime}", "get");
    assertEquals("half_yearly", r.getJsonObject("frequency").getString("code"));
    assertEquals(34, r.getLong("units_expected"), "the 34 provinces");
    assertTrue(r.getBoolean("generated"));
    assertTrue(r.getString("legal_basis").contains("09/2019/NĐ-CP"));
    assertEquals(10, r.getJsonObject("deadline_rule").getInteger("days_after_period"));
    JsonObject form = r.getJsonObject("form");
    assertEquals(new JsonArray().add("so_co_so_ton_giao").add("so_vu_viec"), form.getJsonArray("required"));
    assertEquals("integer", form.getJsonObject("properties").getJsonObject("so_vu_viec").getString("type"));
    ApiAssertions.problem(http.get(BASE + "/regimes/khong-co"), 404, BASE + "/regimes/{regime}", "get");

    JsonObject units = ApiAssertions.ok(http.get(BASE + "/units"), 200, BASE + "/units", "get");
    int n = units.getJsonArray("items").size();
    assertTrue(n > 1000 && n < 1200, "about 1,100 accounts: " + n);
    assertEquals(34, ApiAssertions.ok(http.get(BASE + "/units?kind=province"), 200, BASE + "/units", "get")
      .getJsonArray("items").size());
    JsonObject hanoi = ApiAssertions.ok(http.get(BASE + "/units?province=T01N"), 200, BASE + "/units", "get");
    assertEquals(1 + 16 + 14, hanoi.getJsonArray("items").size(), "the province, its departments and communes");
  }

  @Test
  void aReportGoesFromDraftThroughCorrectionToAcceptanceAndOnlyLegalStepsAreTaken() throws Exception {
    String regime = "bnv-08";
    String period = "2026-h2";
    List<String> free = unreported(regime, period, "province");
    assertTrue(free.size() >= 2, "provinces without a demo report: " + free);
    String unit = free.get(0);
    String[] me = officerOf(unit);
    String[] other = officerOf(free.get(1));
    long reportedBefore = compliance(regime, period).getLong("reported");

    // a draft may leave indicators out, but what it gives must fit the form: the pointer names the indicator
    JsonObject in = new JsonObject().put("regime", regime).put("period", period)
      .put("data", new JsonObject().put("so_co_so_ton_giao", -3));
    ApiAssertions.fieldError(http.json("POST", SUBMISSIONS, in, me), 400, "/data/so_co_so_ton_giao", SUBMISSIONS,
      "post");
    in.put("data", new JsonObject().put("so_co_so_ton_giao", 412).put("so_lieu_la", 1));
    ApiAssertions.fieldError(http.json("POST", SUBMISSIONS, in, me), 400, "/data/so_lieu_la", SUBMISSIONS, "post");
    in.put("data", new JsonObject().put("so_co_so_ton_giao", 412));
    Http.Res created = http.json("POST", SUBMISSIONS, in, me);
    JsonObject draft = ApiAssertions.ok(created, 201, SUBMISSIONS, "post");
    long id = draft.getLong("id");
    assertEquals(base + SUBMISSIONS + "/" + id, created.header("Location").orElseThrow());
    assertEquals("draft", draft.getJsonObject("status").getString("code"));
    assertEquals(unit, draft.getJsonObject("unit").getString("key"));
    assertNull(draft.getValue("submitted_at"));
    ApiAssertions.problem(http.json("POST", SUBMISSIONS, in, me), 409, SUBMISSIONS, "post");

    // every change sends the ETag last read: 428 without one, 412 with an older one; nothing changes either way
    String createdTag = created.header("ETag").orElseThrow();
    assertEquals(createdTag, etag(id));
    JsonObject fill = new JsonObject().put("data", tonGiao(412, 1));
    assertEquals("precondition-required", ApiAssertions.problem(http.json("PUT", one(DATA, id), fill, me), 428, DATA,
      "put").getString("code"));
    assertEquals("precondition-required", ApiAssertions.problem(http.json("POST", one(STEPS, id),
      new JsonObject().put("action", "submit"), me), 428, STEPS, "post").getString("code"));
    Http.Res first = http.json("PUT", one(DATA, id), fill, me[0], me[1], "If-Match", createdTag);
    assertEquals(1, ApiAssertions.ok(first, 200, DATA, "put").getJsonObject("data").getInteger("so_vu_viec"));
    String firstTag = first.header("ETag").orElseThrow();
    assertFalse(firstTag.equals(createdTag), "a change makes a new ETag");
    assertEquals(firstTag, etag(id));
    JsonObject stale = ApiAssertions.problem(http.json("PUT", one(DATA, id), new JsonObject().put("data",
      tonGiao(999, 9)), me[0], me[1], "If-Match", createdTag), 412, DATA, "put");
    assertEquals("precondition-failed", stale.getString("code"));
    assertTrue(stale.getString("detail").contains(firstTag), stale.getString("detail"));
    assertEquals("precondition-failed", ApiAssertions.problem(http.json("POST", one(STEPS, id),
      new JsonObject().put("action", "submit"), me[0], me[1], "If-Match", createdTag), 412, STEPS, "post")
      .getString("code"));
    JsonObject unchanged = ApiAssertions.ok(http.get(one(ONE, id), me), 200, ONE, "get");
    assertEquals(1, unchanged.getJsonObject("data").getInteger("so_vu_viec"));
    assertEquals("draft", unchanged.getJsonObject("status").getString("code"));

    // a submission needs every indicator: the missing one is named
    ApiAssertions.ok(http.json("PUT", one(DATA, id), new JsonObject().put("data", new JsonObject()
      .put("so_co_so_ton_giao", 412)), current(id, me)), 200, DATA, "put");
    ApiAssertions.fieldError(http.json("POST", one(STEPS, id), new JsonObject().put("action", "submit"),
      current(id, me)), 400, "/data/so_vu_viec", STEPS, "post");
    ApiAssertions.fieldError(http.json("PUT", one(DATA, id), new JsonObject().put("data", tonGiao(412, 2)
      .put("so_vu_viec", "hai")), current(id, me)), 400, "/data/so_vu_viec", DATA, "put");
    JsonObject filled = ApiAssertions.ok(http.json("PUT", one(DATA, id), new JsonObject().put("data", tonGiao(412, 2)),
      current(id, me)), 200, DATA, "put");
    assertEquals(2, filled.getJsonObject("data").getInteger("so_vu_viec"));
    assertEquals(new JsonArray().add("submit"), filled.getJsonArray("allowed_actions"));

    // another unit sees nothing; the office's steps are not the unit's, nor the unit's the office's
    ApiAssertions.problem(http.get(one(ONE, id), other), 404, ONE, "get");
    ApiAssertions.problem(http.json("PUT", one(DATA, id), new JsonObject().put("data", tonGiao(1, 1)),
      current(id, other)), 404, DATA, "put");
    assertTrue(ApiAssertions.ok(http.get(SUBMISSIONS + "?regime=" + regime + "&period=" + period, other), 200,
      SUBMISSIONS, "get").getJsonArray("items").stream().noneMatch(o -> ((JsonObject) o).getLong("id") == id));
    JsonObject illegal = step(id, "accept", null, office, 409);
    assertEquals("illegal-transition", illegal.getString("code"));
    assertTrue(illegal.getString("detail").contains("allowed from draft: submit"), illegal.getString("detail"));

    JsonObject submitted = step(id, "submit", null, me, 200);
    assertEquals("submitted", submitted.getJsonObject("status").getString("code"));
    assertTrue(submitted.getBoolean("on_time"), "before the deadline of 2027-01-10");
    String firstSubmission = submitted.getString("submitted_at");
    assertEquals("report-locked", ApiAssertions.problem(http.json("PUT", one(DATA, id),
      new JsonObject().put("data", tonGiao(413, 2)), current(id, me)), 409, DATA, "put").getString("code"));
    assertEquals("unit-scope", step(id, "return", "Sửa lại", me, 403).getString("code"));
    ApiAssertions.fieldError(http.json("POST", one(STEPS, id), new JsonObject().put("action", "return"),
      current(id, office)), 400, "/comment", STEPS, "post");
    JsonObject returned = step(id, "return", "Số vụ việc chưa khớp với báo cáo quý.", office, 200);
    assertEquals("returned", returned.getJsonObject("status").getString("code"));
    assertEquals(new JsonArray(), returned.getJsonArray("allowed_actions"), "the office waits for the unit");
    ApiAssertions.ok(http.json("PUT", one(DATA, id), new JsonObject().put("data", tonGiao(412, 3)),
      current(id, me)), 200, DATA, "put");
    assertEquals("unit-scope", step(id, "resubmit", null, office, 403).getString("code"));
    JsonObject resubmitted = step(id, "resubmit", null, me, 200);
    assertEquals("resubmitted", resubmitted.getJsonObject("status").getString("code"));
    assertEquals(firstSubmission, resubmitted.getString("submitted_at"), "the first submission counts");
    assertTrue(resubmitted.getBoolean("on_time"));
    JsonObject accepted = step(id, "accept", null, office, 200);
    assertEquals("accepted", accepted.getJsonObject("status").getString("code"));
    assertTrue(accepted.getString("accepted_at") != null);
    assertEquals("illegal-transition", step(id, "resubmit", null, me, 409).getString("code"));

    JsonObject read = ApiAssertions.ok(http.get(one(ONE, id), office), 200, ONE, "get");
    List<String> actions = read.getJsonArray("history").stream().map(o -> ((JsonObject) o).getString("action"))
      .toList();
    assertEquals(List.of("submit", "return", "resubmit", "accept"), actions);
    assertEquals("Số vụ việc chưa khớp với báo cáo quý.",
      read.getJsonArray("history").getJsonObject(1).getString("comment"));

    // the database refuses an illegal step even without the API
    try (java.sql.Connection c = TestServer.jdbc(); java.sql.Statement s = c.createStatement()) {
      java.sql.SQLException e = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
        () -> s.executeUpdate("UPDATE reporting.submission SET status_code = 'draft' WHERE id = " + id));
      assertEquals("MH409", e.getSQLState());
    }
    // audit rows for every write and read, an outbox event of the period's open record per step
    assertTrue(Long.parseLong(TestServer.query("SELECT count(*) FROM platform.audit_event WHERE record_type = "
      + "'reporting-submission' AND record_id = '" + id + "' AND outcome = 'success'").get(0)) >= 8);
    assertTrue(Long.parseLong(TestServer.query("SELECT count(*) FROM platform.outbox o JOIN reporting.period p "
      + "ON o.entity_id = p.id::text WHERE o.dataset = 'reporting-compliance' AND p.regime_key = '" + regime
      + "' AND p.key = '" + period + "'").get(0)) >= 5);

    // the open statistics and the office's dashboard count it
    JsonObject after = compliance(regime, period);
    assertEquals(reportedBefore + 1, after.getLong("reported"));
    JsonObject dash = ApiAssertions.ok(http.get(path(DASHBOARD, regime, period) + "?state=on_time", office), 200,
      DASHBOARD, "get");
    assertTrue(dash.getJsonArray("items").stream().map(JsonObject.class::cast)
      .anyMatch(i -> i.getJsonObject("unit").getString("key").equals(unit)
        && i.getString("submission").endsWith("/" + id)));
    assertEquals("unit-scope", ApiAssertions.problem(http.get(path(DASHBOARD, regime, period), me), 403, DASHBOARD,
      "get").getString("code"));
    ApiAssertions.problem(http.get(path(DASHBOARD, regime, "2019-h1"), office), 404, DASHBOARD, "get");
  }

  @Test
  void aReportAfterTheDeadlineIsCountedLateAndTheTargetIsChecked() throws Exception {
    String regime = "bnv-12";
    String period = "2024-h1";
    JsonObject before = compliance(regime, period);
    assertTrue(before.getJsonObject("period").getBoolean("closed"));
    List<String> missing = unreported(regime, period, "province");
    assertFalse(missing.isEmpty(), "the demo leaves about one province in twelve missing");
    assertEquals(before.getLong("missing"), missing.size());
    String unit = missing.get(0);
    String[] me = officerOf(unit);
    JsonObject in = new JsonObject().put("regime", regime).put("period", period)
      .put("data", new JsonObject().put("so_cuoc_thanh_tra", 4).put("so_don_thu", 37));
    long id = ApiAssertions.ok(http.json("POST", SUBMISSIONS, in, me), 201, SUBMISSIONS, "post").getLong("id");
    JsonObject late = step(id, "submit", null, me, 200);
    assertFalse(late.getBoolean("on_time"));
    JsonObject after = compliance(regime, period);
    assertEquals(before.getLong("late") + 1, after.getLong("late"));
    assertEquals(before.getLong("missing") - 1, after.getLong("missing"));
    assertEquals(after.getLong("expected"), after.getLong("reported") + after.getLong("missing")
      + after.getLong("pending"));

    // the target: a unit that does not report under the regime, a period that does not exist or has not begun
    String department = "SNV_" + unit.substring("UBND_".length());
    ApiAssertions.fieldError(http.json("POST", SUBMISSIONS, in, officerOf(department)), 400, "/unit", SUBMISSIONS,
      "post");
    ApiAssertions.fieldError(http.json("POST", SUBMISSIONS, in.copy().put("period", "2019-h1"), me), 400, "/period",
      SUBMISSIONS, "post");
    try (java.sql.Connection c = TestServer.jdbc(); java.sql.Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO reporting.period (regime_key, key, starts, ends, deadline) VALUES ('bnv-12', "
        + "'2099-h1', '2099-01-01', '2099-06-30', reporting.deadline_of('bnv-12', '2099-06-30')) "
        + "ON CONFLICT DO NOTHING");
    }
    assertEquals("period-not-started", ApiAssertions.problem(http.json("POST", SUBMISSIONS,
      in.copy().put("period", "2099-h1"), me), 409, SUBMISSIONS, "post").getString("code"));
    // an officer with no unit, an admin naming none, and no token at all
    ApiAssertions.problem(http.json("POST", SUBMISSIONS, in, admin), 403, SUBMISSIONS, "post");
    ApiAssertions.problem(http.json("POST", SUBMISSIONS, in), 401, SUBMISSIONS, "post");
    ApiAssertions.problem(http.get(SUBMISSIONS), 401, SUBMISSIONS, "get");
    ApiAssertions.problem(http.get(one(ONE, 999_999_999L), office), 404, ONE, "get");
    JsonObject page = ApiAssertions.ok(http.get(SUBMISSIONS + "?limit=5&status=accepted", office), 200, SUBMISSIONS,
      "get");
    assertEquals(5, page.getJsonArray("items").size());
    String next = page.getString("next");
    assertTrue(next != null && next.contains("status=accepted"), next);
    JsonObject second = ApiAssertions.ok(http.get(next.substring(base.length()), office), 200, SUBMISSIONS, "get");
    assertTrue(second.getJsonArray("items").getJsonObject(0).getLong("id")
      < page.getJsonArray("items").getJsonObject(4).getLong("id"));
  }

  @Test
  void theOfficeRequestsAnAdHocReportAndRegularPeriodsFollowTheFrequency() {
    String periods = BASE + "/regimes/{regime}/periods";
    JsonObject regular = ApiAssertions.ok(http.get(BASE + "/regimes/bnv-08/periods"), 200, periods, "get");
    assertEquals(List.of("2026-h2", "2026-h1", "2025-h2", "2025-h1", "2024-h2", "2024-h1"),
      regular.getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("key")).toList());
    JsonObject h1 = regular.getJsonArray("items").getJsonObject(1);
    assertEquals("2026-07-10T16:59:59Z", h1.getString("deadline"), "day 10 after 30 June, 23:59:59 Vietnam time");
    assertEquals(2, ApiAssertions.ok(http.get(BASE + "/regimes/bnv-08/periods?year=2025"), 200, periods, "get")
      .getJsonArray("items").size());
    ApiAssertions.problem(http.get(BASE + "/regimes/khong-co/periods"), 404, periods, "get");

    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    JsonObject in = new JsonObject().put("starts", today.toString()).put("ends", today.plusDays(20).toString());
    assertEquals("not-ad-hoc", ApiAssertions.problem(http.json("POST", BASE + "/regimes/bnv-08/periods", in, office),
      409, periods, "post").getString("code"));
    String[] hanoi = officerOf("UBND_T01N");
    ApiAssertions.problem(http.json("POST", BASE + "/regimes/bnv-22/periods", in, hanoi), 403, periods, "post");
    ApiAssertions.fieldError(http.json("POST", BASE + "/regimes/bnv-22/periods", new JsonObject()
      .put("starts", today.toString()).put("ends", today.minusDays(1).toString()), office), 400, "/ends", periods,
      "post");
    Http.Res created = http.json("POST", BASE + "/regimes/bnv-22/periods", in, office);
    JsonObject p = ApiAssertions.ok(created, 201, periods, "post");
    assertEquals(today.getYear() + (today.getYear() <= 2026 ? "-d02" : "-d01"), p.getString("key"),
      "the demo has one ad hoc request a year until 2026");
    assertFalse(p.getBoolean("closed"));
    assertTrue(created.header("Location").orElseThrow()
      .endsWith("/compliance?regime=bnv-22&period=" + p.getString("key")));

    // the provinces report for it at once; the open statistics count the new period
    JsonObject report = new JsonObject().put("regime", "bnv-22").put("period", p.getString("key"))
      .put("data", new JsonObject().put("so_don_vi_cap_xa", 126).put("so_cuoc_tiep_xuc_cu_tri", 40));
    long id = ApiAssertions.ok(http.json("POST", SUBMISSIONS, report, hanoi), 201, SUBMISSIONS, "post").getLong("id");
    assertTrue(step(id, "submit", null, hanoi, 200).getBoolean("on_time"));
    JsonObject c = compliance("bnv-22", p.getString("key"));
    assertEquals(34, c.getLong("expected"));
    assertEquals(1, c.getLong("on_time"));
    assertEquals(33, c.getLong("pending"));
  }

  @Test
  void aggregatesOverFewerThanThreeUnitsAreSuppressed() {
    String regime = "bnv-21";
    String period = "2026-h2";
    List<String> free = unreported(regime, period, "ministry");
    assertTrue(free.size() >= 3, "ministries without a demo report: " + free);
    int[] values = {120, 45, 300};
    for (int i = 0; i < 3; i++) {
      JsonObject in = new JsonObject().put("regime", regime).put("period", period).put("unit", free.get(i))
        .put("data", new JsonObject().put("so_van_ban_den", values[i]).put("so_van_ban_di", 10)
          .put("so_ho_so_nop_luu", 1));
      long id = ApiAssertions.ok(http.json("POST", SUBMISSIONS, in, admin), 201, SUBMISSIONS, "post").getLong("id");
      step(id, "submit", null, admin, 200);
      step(id, "accept", null, office, 200);
      JsonObject agg = ApiAssertions.ok(http.get(BASE + "/regimes/" + regime + "/indicators?period=" + period), 200,
        BASE + "/regimes/{regime}/indicators", "get");
      JsonArray indicators = agg.getJsonArray("items").getJsonObject(0).getJsonArray("indicators");
      assertEquals("so_van_ban_den", indicators.getJsonObject(0).getString("key"), "in the form's order");
      JsonObject den = indicators.getJsonObject(0);
      assertEquals(i + 1, den.getInteger("units"));
      if (i < 2) {
        assertTrue(den.getBoolean("suppressed"));
        assertNull(den.getValue("sum"), "one or two units' figures stay hidden");
        assertNull(den.getValue("mean"));
      } else {
        assertFalse(den.getBoolean("suppressed"));
        assertEquals(465, den.getInteger("sum"));
        assertEquals(155, den.getInteger("mean"));
      }
    }
    JsonObject older = ApiAssertions.ok(http.get(BASE + "/regimes/" + regime + "/indicators?year=2025"), 200,
      BASE + "/regimes/{regime}/indicators", "get");
    assertEquals(2, older.getJsonArray("items").size());
    ApiAssertions.problem(http.get(BASE + "/regimes/khong-co/indicators"), 404, BASE + "/regimes/{regime}/indicators",
      "get");
  }

  @Test
  void theComplianceStatisticsDownloadAsCsvAndRdfThatConformsToTheShapes() throws Exception {
    long records = Long.parseLong(TestServer.query("SELECT count(*) FROM reporting.open_compliance").get(0));
    JsonObject all = ApiAssertions.ok(http.get(BASE + "/compliance"), 200, BASE + "/compliance", "get");
    assertEquals(records, all.getJsonArray("items").size());
    for (Object o : all.getJsonArray("items")) {
      JsonObject c = (JsonObject) o;
      assertEquals(c.getLong("expected"), c.getLong("reported") + c.getLong("missing") + c.getLong("pending"),
        c.getString("key"));
      assertEquals(c.getLong("reported"), c.getLong("on_time") + c.getLong("late"), c.getString("key"));
    }
    JsonObject gov = ApiAssertions.ok(http.get(BASE + "/compliance?direction=to_government&year=2025"), 200,
      BASE + "/compliance", "get");
    assertTrue(gov.getJsonArray("items").stream().map(JsonObject.class::cast)
      .allMatch(c -> c.getString("key").startsWith("cp-") && c.getJsonObject("period").getString("starts")
        .startsWith("2025")));

    Http.Res csv = http.get("/downloads/reporting-compliance.csv");
    assertEquals(200, csv.status());
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
      .parse(new java.io.StringReader(csv.body().substring(1))).getRecords();
    assertEquals(records, rows.size());
    CSVRecord q1 = rows.stream().filter(r -> r.get("Mã").equals("bnv-02-2024-q1")).findFirst().orElseThrow();
    assertTrue(q1.get("Chế độ báo cáo").startsWith("Báo cáo tình hình sắp xếp tổ chức bộ máy"));
    assertEquals(base + "/id/reporting-compliance/bnv-02-2024-q1", q1.get("URI"));
    assertEquals("50", q1.get("Số đơn vị phải báo cáo"));

    Http.Res ttl = http.get("/downloads/reporting-compliance.ttl");
    assertEquals(200, ttl.status());
    Model m = RdfAssertions.parse(ttl.body(), Lang.TURTLE, base);
    assertEquals(records, m.listSubjectsWithProperty(RDF.type, m.getResource(MOHA + "ReportingCompliance")).toList()
      .size());
    RdfAssertions.conforms(m);
    Resource r = m.getResource(base + "/id/reporting-compliance/bnv-02-2024-q1");
    assertEquals(50, r.getProperty(m.getProperty(MOHA + "unitsExpected")).getInt());
    assertEquals(base + "/def/reporting-regimes/bnv-02",
      r.getPropertyResourceValue(m.getProperty(MOHA + "reportRegime")).getURI());

    String doc = ApiAssertions.seeOther(http.get("/id/reporting-compliance/bnv-02-2024-q1", "Accept", "text/turtle"),
      "compliance URI");
    assertEquals(base + "/doc/reporting-compliance/bnv-02-2024-q1", doc);
    Model one = RdfAssertions.parse(http.get("/doc/reporting-compliance/bnv-02-2024-q1.ttl").body(), Lang.TURTLE,
      base);
    RdfAssertions.conforms(one);
    assertTrue(one.getResource(base + "/id/reporting-compliance/bnv-02-2024-q1")
      .hasLiteral(one.getProperty(MOHA + "generated"), true));
    assertEquals(404, http.get("/doc/reporting-compliance/bnv-02-2019-q1.ttl").status());
    Model regimes = RdfAssertions.parse(http.get("/doc/def/reporting-regimes.ttl").body(), Lang.TURTLE, base);
    assertTrue(regimes.containsResource(regimes.getResource(base + "/def/reporting-regimes/cp-14")));
  }
}
