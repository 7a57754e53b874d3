package vn.gov.moha.opendata.datasets.civilservants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.platform.privacy.SmallCells;
import vn.gov.moha.opendata.platform.text.Fold;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.RdfAssertions;
import vn.gov.moha.opendata.support.TestServer;

/**
 * The civil servants database on the real server: unit scope (subtree, 404 outside, 401 without a token), name search
 * with and without diacritics, If-Match, validation naming the field, audit rows, open aggregates equal to the small-
 * cell suppression of a direct count, the Data Cube RDF parsed and SHACL-conforming, and a planted person who never
 * shows in any open output.
 */
class CivilServantsIT {
  private static final String PATH = "/api/v1/civil-servants";
  private static final String ONE = PATH + "/{id}";
  private static final String STATS = "/api/v1/statistics/civil-servants";
  private final Http http = TestServer.http();
  private final String hanoi = TestServer.token("hr-hanoi", "UBND_T01N", "officer");
  private final String hanoiHome = TestServer.token("hr-snv-hanoi", "SNV_T01N", "officer");
  private final String caoBang = TestServer.token("hr-caobang", "UBND_T04N", "officer");
  private final String keeper = TestServer.token("hr-vu-ccvc", "VU_CCVC", "reviewer");

  private static JsonObject person(String name, String citizenId, String birth, String unit) {
    return new JsonObject().put("citizen_id", citizenId).put("full_name", name).put("birth_date", birth)
      .put("sex", "nu").put("ethnicity", "02").put("unit", unit).put("position", "Chuyên viên").put("rank", "01.003")
      .put("salary_step", 3).put("education", "dai-hoc").put("service_start", "2012-08-01")
      .put("qualifications", new JsonArray().add(new JsonObject().put("level", "dai-hoc").put("field", "Luật")))
      .put("evaluations", new JsonArray().add(new JsonObject().put("year", 2024).put("classification", "tot")));
  }

  private Http.Res as(String token, String method, String path, JsonObject body, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Authorization";
    all[1] = "Bearer " + token;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return http.json(method, path, body, all);
  }

  private long create(String token, JsonObject body) {
    JsonObject o = ApiAssertions.ok(as(token, "POST", PATH, body), 201, PATH, "post");
    return o.getLong("id");
  }

  @Test
  void officersSeeTheirSubtreeOnlyAndEveryReadIsAudited() {
    assertEquals(401, http.get(PATH).status());
    long id = create(hanoiHome, person("Lương Thị Kiểm Thử", "001190000101", "1990-05-06", "SNV_T01N_P2"));
    JsonObject page = ApiAssertions.ok(as(hanoi, "GET", PATH + "?limit=50", null), 200, PATH, "get");
    assertFalse(page.getJsonArray("items").isEmpty());
    page.getJsonArray("items").forEach(i -> assertTrue(((JsonObject) i).getJsonObject("unit").getJsonArray("path")
      .contains("UBND_T01N"), "Hà Nội's officer sees Hà Nội only: " + i));
    ApiAssertions.ok(as(hanoi, "GET", PATH + "/" + id, null), 200, ONE, "get");
    ApiAssertions.problem(as(caoBang, "GET", PATH + "/" + id, null), 404, ONE, "get");
    ApiAssertions.ok(as(keeper, "GET", PATH + "/" + id, null), 200, ONE, "get");
    // writing into another province's unit is refused, and audited
    ApiAssertions.problem(as(caoBang, "POST", PATH, person("Lương Văn Lạc", "001190000102", "1990-05-06",
      "SNV_T01N_P2")), 403, PATH, "post");
    assertTrue(Long.parseLong(TestServer.query("SELECT count(*) FROM platform.audit_event WHERE record_type = "
      + "'civil-servant' AND record_id = '" + id + "' AND outcome = 'success'").get(0)) >= 3, "create and reads");
    assertTrue(Long.parseLong(TestServer.query("SELECT count(*) FROM platform.audit_event WHERE record_type = "
      + "'civil-servant' AND record_id = '" + id + "' AND outcome = 'not-found' AND actor = 'hr-caobang'").get(0)) >= 1);
    assertTrue(Long.parseLong(TestServer.query("SELECT count(*) FROM platform.audit_event WHERE record_type = "
      + "'civil-servant' AND outcome = 'denied' AND actor = 'hr-caobang'").get(0)) >= 1);
    assertTrue(Long.parseLong(TestServer.query("SELECT count(*) FROM platform.audit_event WHERE operation = "
      + "'listCivilServants' AND actor = 'hr-hanoi'").get(0)) >= 1, "lists are audited");
  }

  @Test
  void searchIgnoresDiacritics() {
    long id = create(hanoi, person("Khúc Thừa Quyết", "001190000201", "1991-02-03", "STP_T01N_P1"));
    for (String q : List.of("Khúc Thừa Quyết", "khuc thua quyet", "KHUC quyet")) {
      JsonObject page = ApiAssertions.ok(as(hanoi, "GET", PATH + "?q=" + java.net.URLEncoder.encode(q,
        java.nio.charset.StandardCharsets.UTF_8), null), 200, PATH, "get");
      assertTrue(page.getJsonArray("items").stream().anyMatch(i -> ((JsonObject) i).getLong("id") == id), q);
    }
    JsonObject none = ApiAssertions.ok(as(caoBang, "GET", PATH + "?q=khuc%20thua%20quyet", null), 200, PATH, "get");
    assertTrue(none.getJsonArray("items").isEmpty(), "another province's officer does not find her");
    JsonObject filtered = ApiAssertions.ok(as(hanoi, "GET", PATH + "?q=khuc%20thua%20quyet&sex=nu&rank=01.003"
      + "&born_from=1991&born_to=1991&unit=STP_T01N", null), 200, PATH, "get");
    assertEquals(1, filtered.getJsonArray("items").size());
  }

  @Test
  void updatesNeedIfMatchAndValidationNamesTheField() {
    long id = create(hanoi, person("Lương Thị Sửa", "001190000301", "1989-09-09", "SNV_T01N_P1"));
    JsonObject changed = person("Lương Thị Sửa", "001190000301", "1989-09-09", "SNV_T01N_P1").put("salary_step", 5);
    ApiAssertions.problem(as(hanoi, "PUT", PATH + "/" + id, changed), 428, ONE, "put");
    ApiAssertions.problem(as(hanoi, "PUT", PATH + "/" + id, changed, "If-Match", "\"cs" + id + "-9\""), 412, ONE,
      "put");
    JsonObject updated = ApiAssertions.ok(as(hanoi, "PUT", PATH + "/" + id, changed, "If-Match", "\"cs" + id + "-1\""),
      200, ONE, "put");
    assertEquals(2, updated.getInteger("version"));
    assertEquals(5, updated.getJsonObject("salary").getInteger("step"));
    ApiAssertions.fieldError(as(hanoi, "POST", PATH, person("A B", "001190000302", "1990-01-01", "SNV_T01N_P1")
      .put("salary_step", 12)), 400, "/salary_step", PATH, "post");
    ApiAssertions.fieldError(as(hanoi, "POST", PATH, person("A B", "001190000303", "2000-01-01", "SNV_T01N_P1")),
      400, "/service_start", PATH, "post");
    JsonObject bad = ApiAssertions.problem(as(hanoi, "POST", PATH, person("A B", "001190000304", "1990-01-01",
      "SNV_T01N_P1").put("rank", "99.999")), 400, PATH, "post");
    assertTrue(bad.encode().contains("rank"), bad::encode);
    ApiAssertions.fieldError(as(hanoi, "POST", PATH, person("A B", "001190000305", "1990-01-01", "NO_SUCH_UNIT")),
      400, "/unit", PATH, "post");
  }

  /**
   * An update is the workflows' one write (LockedWrite): 428 before the body's 400, a person outside the caller's
   * subtree a 404 like one that does not exist, a stale ETag 412, a move out of the caller's subtree 403, every
   * outcome an audit row; the answers (create and update) carry the ETag and are never cached.
   */
  @Test
  void anUpdateIsTheWorkflowsLockedWrite() {
    Http.Res created = as(hanoi, "POST", PATH, person("Lương Thị Khóa", "001190000401", "1988-04-04", "SNV_T01N_P1"));
    long id = ApiAssertions.ok(created, 201, PATH, "post").getLong("id");
    assertEquals("\"cs" + id + "-1\"", created.header("ETag").orElseThrow());
    assertEquals("private, no-store", created.header("Cache-Control").orElseThrow());
    JsonObject changed = person("Lương Thị Khóa", "001190000401", "1988-04-04", "SNV_T01N_P1").put("salary_step", 4);
    assertEquals("precondition-required", ApiAssertions.problem(as(hanoi, "PUT", PATH + "/" + id, changed.copy()
      .put("service_start", "2001-01-01")), 428, ONE, "put").getString("code"), "428 before the body's 400");
    ApiAssertions.fieldError(as(hanoi, "PUT", PATH + "/" + id, changed.copy().put("service_start", "2001-01-01"),
      "If-Match", "\"cs" + id + "-1\""), 400, "/service_start", ONE, "put");
    ApiAssertions.problem(as(caoBang, "PUT", PATH + "/" + id, changed, "If-Match", "\"cs" + id + "-1\""), 404, ONE,
      "put");
    ApiAssertions.problem(as(hanoi, "PUT", PATH + "/" + id, changed.copy().put("unit", "UBND_T04N"), "If-Match",
      "\"cs" + id + "-1\""), 403, ONE, "put");
    ApiAssertions.problem(as(hanoi, "PUT", PATH + "/" + id, changed, "If-Match", "\"cs" + id + "-0\""), 412, ONE,
      "put");
    Http.Res updated = as(hanoi, "PUT", PATH + "/" + id, changed, "If-Match",
      "\"cs" + id + "-1\"");
    assertEquals(4, ApiAssertions.ok(updated, 200, ONE, "put").getJsonObject("salary").getInteger("step"));
    assertEquals("\"cs" + id + "-2\"", updated.header("ETag").orElseThrow());
    assertEquals("private, no-store", updated.header("Cache-Control").orElseThrow());
    assertEquals(List.of("denied 403", "failed 412", "not-found 404", "success 200"), TestServer.query(
      "SELECT outcome || ' ' || status FROM platform.audit_event WHERE record_type = 'civil-servant' AND record_id = '"
        + id + "' AND operation = 'updateCivilServant' ORDER BY 1"), "the 428 and the 400 come before the lock");
  }

  /** SmallCells over a direct count of the people: what the open statistics must show. */
  private static Map<String, SmallCells.Result> expected(String column, int year) {
    List<String> rows = TestServer.query("SELECT k || '|' || count(*) FROM (SELECT " + column + " AS k "
      + "FROM civilservants.person p JOIN civilservants.ethnicity e ON e.code = p.ethnicity_code "
      + "WHERE extract(year FROM service_start) <= " + year + " AND (service_end IS NULL "
      + "OR extract(year FROM service_end) > " + year + ")) x GROUP BY k ORDER BY k");
    List<SmallCells.Cell> cells = new ArrayList<>();
    for (String r : rows) {
      String[] kv = r.split("\\|");
      cells.add(new SmallCells.Cell(List.of(kv[0]), Long.parseLong(kv[1])));
    }
    Map<String, SmallCells.Result> out = new HashMap<>();
    SmallCells.suppress(cells, c -> "all").forEach(res -> out.put(res.key().get(0), res));
    return out;
  }

  private void sameAsDirectCount(String by, String column, int year) {
    Map<String, SmallCells.Result> expected = expected(column, year);
    JsonObject stats = ApiAssertions.ok(http.get(STATS + "?by=" + by + "&year=" + year), 200, STATS, "get");
    JsonArray items = stats.getJsonArray("items");
    assertEquals(expected.size(), items.size(), by + " " + year + ": " + items);
    for (Object o : items) {
      JsonObject i = (JsonObject) o;
      SmallCells.Result e = expected.get(i.getString("code"));
      assertNotNull(e, i.encode());
      assertEquals(e.suppressed(), i.getBoolean("suppressed"), i.encode());
      assertEquals(e.count(), i.getLong("count"), i.encode());
    }
  }

  @Test
  void aggregatesEqualASuppressedDirectCountAndHideSmallCells() {
    // three people aged 60 or more in 2021 (nobody else is: the demo people are 22-62 at the end of 2026)
    for (int i = 1; i <= 3; i++) {
      create(hanoi, person("Lương Văn Lão " + i, "00116000040" + i, "1960-01-0" + i, "SNV_T01N_P3")
        .put("service_start", "1985-01-01").put("service_end", "2022-06-30").put("sex", "nam"));
    }
    sameAsDirectCount("sex", "p.sex", 2025);
    sameAsDirectCount("rank", "p.rank_code", 2024);
    sameAsDirectCount("ethnic-group", "e.grp", 2023);
    sameAsDirectCount("education", "p.education_code", 2026);
    sameAsDirectCount("age-band", "civilservants.age_band_of(2021 - extract(year FROM p.birth_date)::int)", 2021);
    JsonArray bands = http.get(STATS + "?by=age-band&year=2021").json().getJsonArray("items");
    JsonObject old = bands.stream().map(JsonObject.class::cast).filter(b -> b.getString("code").equals("tu-60"))
      .findFirst().orElseThrow();
    assertTrue(old.getBoolean("suppressed"));
    assertNull(old.getValue("count"));
    assertEquals(2, bands.stream().map(JsonObject.class::cast).filter(b -> b.getBoolean("suppressed")).count(),
      "the cell of 3 and its complement: " + bands);
    JsonObject staffing = ApiAssertions.ok(http.get(STATS + "/staffing?year=2025&organisation=UBND_T01N"), 200,
      STATS + "/staffing", "get");
    JsonObject hn = staffing.getJsonArray("items").getJsonObject(0);
    assertEquals(hn.getInteger("quota") - hn.getLong("actual"), hn.getLong("vacancies"));
  }

  @Test
  void cubesParseAsDataCubeAndConform() {
    String doc = http.get("/id/civil-servants/sex", "Accept", "text/turtle").header("Location").orElseThrow();
    assertTrue(doc.endsWith("/doc/civil-servants/sex"), doc);
    for (String cube : List.of("sex", "age-band", "organisation", "province", "staffing")) {
      Http.Res res = http.get("/doc/civil-servants/" + cube + ".ttl");
      assertEquals(200, res.status(), cube);
      Model m = RdfAssertions.parse(res.body(), Lang.TURTLE, TestServer.base());
      RdfAssertions.conforms(m);
      assertTrue(m.contains(m.getResource(TestServer.base() + "/id/civil-servants/" + cube),
        org.apache.jena.vocabulary.RDF.type, m.getResource("http://purl.org/linked-data/cube#DataSet")), cube);
      assertTrue(m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
        m.getResource("http://purl.org/linked-data/cube#Observation")).toList().size() >= 2, cube);
    }
  }

  /** The SKOS note of one concept of a scheme of this dataset, from the scheme's Turtle document. */
  private static String note(Model m, String scheme, String code) {
    return m.getResource(TestServer.base() + "/def/" + scheme + "/" + code)
      .getProperty(org.apache.jena.vocabulary.SKOS.note).getString();
  }

  private static String label(Model m, String scheme, String code) {
    return m.getResource(TestServer.base() + "/def/" + scheme + "/" + code)
      .getProperty(org.apache.jena.vocabulary.SKOS.prefLabel, "vi").getString();
  }

  /**
   * The code lists carry their sources (V038): GSO 1019/QĐ-TCTK codes 01-20 in the 2008 order (04 Mường, 06 Hoa — not
   * the 1979 order), 21-54 still marked; Decree 204/2004 groups with the ranges of Circular 2/2021 Art. 14.
   */
  @Test
  void codeListsCarryTheirSources() {
    Model eth = RdfAssertions.parse(http.get("/doc/def/ethnicities.ttl").body(), Lang.TURTLE, TestServer.base());
    assertEquals("Mường", label(eth, "ethnicities", "04"));
    assertEquals("Khơ Me", label(eth, "ethnicities", "05"));
    assertEquals("Hoa", label(eth, "ethnicities", "06"));
    assertEquals("Mnông", label(eth, "ethnicities", "20"));
    assertTrue(note(eth, "ethnicities", "04").contains("DocID=15172"), note(eth, "ethnicities", "04"));
    assertFalse(note(eth, "ethnicities", "20").contains("UNCONFIRMED"));
    assertTrue(note(eth, "ethnicities", "21").contains("code UNCONFIRMED"), note(eth, "ethnicities", "21"));
    assertEquals(54, eth.listSubjectsWithProperty(org.apache.jena.vocabulary.SKOS.inScheme,
      eth.getResource(TestServer.base() + "/def/ethnicities")).toList().size());

    Model scales = RdfAssertions.parse(http.get("/doc/def/salary-scales.ttl").body(), Lang.TURTLE,
      TestServer.base());
    assertTrue(note(scales, "salary-scales", "A3-1").startsWith("6 steps, coefficients 6.20 + 0.36"));
    assertTrue(note(scales, "salary-scales", "A1").startsWith("9 steps, coefficients 2.34 + 0.33"));
    assertTrue(note(scales, "salary-scales", "A1").contains("Circular 2/2021/TT-BNV Art. 14"));
    assertTrue(note(scales, "salary-scales", "B").contains("steps UNCONFIRMED"));
    Model ranks = RdfAssertions.parse(http.get("/doc/def/civil-service-ranks.ttl").body(), Lang.TURTLE,
      TestServer.base());
    assertTrue(note(ranks, "civil-service-ranks", "01-001").endsWith("salary group A3.1"));
    assertTrue(note(ranks, "civil-service-ranks", "01-005").contains("code UNCONFIRMED"));
    assertTrue(note(ranks, "civil-service-ranks", "01-005").endsWith("salary group B"));
  }

  @Test
  void aPlantedPersonNeverAppearsInAnOpenOutput() {
    String name = "Khúc Thị Bí Mật";
    String citizenId = "001192345678";
    create(hanoi, person(name, citizenId, "1992-07-23", "SNV_T01N_P1"));
    List<String> open = new ArrayList<>();
    for (String by : List.of("organisation", "province", "rank", "sex", "age-band", "ethnic-group", "education")) {
      open.add(STATS + "?by=" + by);
    }
    open.add(STATS + "/staffing");
    for (String f : List.of("csv", "json", "ndjson", "nt", "ttl")) {
      open.add("/downloads/civil-servants." + f);
    }
    for (String cube : List.of("organisation", "province", "rank", "sex", "age-band", "ethnic-group", "education",
      "staffing")) {
      open.add("/doc/civil-servants/" + cube + ".ttl");
    }
    open.add("/datasets/civil-servants");
    open.add("/api/3/action/package_show?id=civil-servants");
    for (String url : open) {
      Http.Res res = http.get(url);
      assertEquals(200, res.status(), url);
      String body = res.body();
      for (String secret : List.of(name, Fold.fold(name), citizenId, "1992-07-23", "23/07/1992", "Bí Mật")) {
        assertFalse(body.contains(secret), url + " shows " + secret);
      }
      assertFalse(body.matches("(?s).*\\b0[0-9]{11}\\b.*"), url + " shows a citizen ID");
    }
  }
}
