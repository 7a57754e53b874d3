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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * cell suppression of a direct count of the people as they were each year, a transfer, promotion, new degree and
 * departure through the HR API moving exactly the cells of the years they change, the Data Cube RDF of past years
 * parsed and SHACL-conforming, and a planted person who never shows in any open output.
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

  /**
   * One row per person in service on 31 December of {@code year}, as they were that day, written independently of
   * the rollup (lateral look-ups instead of year_cells): k is {@code column} over p (the record), e (ethnicity), post
   * (the spell covering the day), deg (the highest qualification obtained by then) and o (the unit that day).
   */
  private static String asOfYear(String column, int year) {
    String day = "make_date(" + year + ", 12, 31)";
    return "SELECT " + column + " AS k FROM civilservants.person p "
      + "JOIN civilservants.ethnicity e ON e.code = p.ethnicity_code "
      + "LEFT JOIN LATERAL (SELECT s.unit_key, s.rank_code FROM civilservants.employment s WHERE s.person_id = p.id "
      + "AND s.unit_key IS NOT NULL AND s.starts <= " + day + " AND (s.ends IS NULL OR s.ends > " + day + ") "
      + "ORDER BY s.starts DESC, s.ord DESC LIMIT 1) post ON true "
      + "LEFT JOIN LATERAL (SELECT l.code FROM civilservants.qualification q JOIN civilservants.education_level l "
      + "ON l.code = q.level_code WHERE q.person_id = p.id AND coalesce(q.year, 0) <= " + year + " ORDER BY l.sort "
      + "LIMIT 1) deg ON true "
      + "JOIN civilservants.org o ON o.key = coalesce(post.unit_key, p.unit_key) "
      + "WHERE p.service_start <= " + day + " AND (p.service_end IS NULL OR p.service_end > " + day + ")";
  }

  private static final String RANK_THEN = "coalesce(post.rank_code, p.rank_code)";
  private static final String EDUCATION_THEN = "coalesce(deg.code, CASE WHEN EXISTS (SELECT 1 FROM "
    + "civilservants.qualification q WHERE q.person_id = p.id) THEN 'duoi-trung-cap' ELSE p.education_code END)";
  private static final String PROVINCE_THEN = "CASE WHEN o.central THEN 'TW' ELSE coalesce((SELECT op.province_key "
    + "FROM civilservants.org_province op WHERE op.org_key = o.key AND (op.valid_from IS NULL OR op.valid_from <= "
    + "make_date(%d, 12, 31)) AND (op.valid_to IS NULL OR op.valid_to >= make_date(%d, 12, 31))), o.province_key) END";

  /** SmallCells over a direct count of the people: what the open statistics must show. */
  private static Map<String, SmallCells.Result> expected(String column, int year) {
    List<String> rows = TestServer.query("SELECT k || '|' || count(*) FROM (" + asOfYear(column, year) + ") x "
      + "GROUP BY k ORDER BY k");
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
    sameAsDirectCount("rank", RANK_THEN, 2022);
    sameAsDirectCount("rank", RANK_THEN, 2026);
    sameAsDirectCount("ethnic-group", "e.grp", 2023);
    sameAsDirectCount("education", EDUCATION_THEN, 2021);
    sameAsDirectCount("education", EDUCATION_THEN, 2026);
    sameAsDirectCount("province", String.format(PROVINCE_THEN, 2023, 2023), 2023);
    sameAsDirectCount("province", String.format(PROVINCE_THEN, 2025, 2025), 2025);
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

  /** The rollup as year|dimension|code → people. */
  private static Map<String, Long> rollup() {
    Map<String, Long> m = new HashMap<>();
    for (String r : TestServer.query("SELECT year || '|' || dimension || '|' || code || '|' || n "
      + "FROM civilservants.headcount")) {
      int i = r.lastIndexOf('|');
      m.put(r.substring(0, i), Long.parseLong(r.substring(i + 1)));
    }
    return m;
  }

  /** The cells that changed between two rollups, with their change. */
  private static Map<String, Long> changed(Map<String, Long> before, Map<String, Long> after) {
    Set<String> keys = new HashSet<>(before.keySet());
    keys.addAll(after.keySet());
    Map<String, Long> d = new TreeMap<>();
    for (String k : keys) {
      long v = after.getOrDefault(k, 0L) - before.getOrDefault(k, 0L);
      if (v != 0) {
        d.put(k, v);
      }
    }
    return d;
  }

  private static void expect(Map<String, Long> cells, int year, String dimension, String code, long n) {
    String key = year + "|" + dimension + "|" + code;
    if (cells.merge(key, n, Long::sum) == 0) {
      cells.remove(key);
    }
  }

  /** Born 1985, an ethnic minority, transferred from Cao Bằng to Hà Nội and promoted on {@code moved}. */
  private static JsonObject transferred(String moved) {
    return person("Lương Thị Điều Chuyển", "001185000801", "1985-04-10", "SNV_T01N_P1").put("rank", "01.002")
      .put("education", "thac-si").put("service_start", "2015-03-01")
      .put("qualifications", new JsonArray()
        .add(new JsonObject().put("level", "dai-hoc").put("field", "Luật").put("year", 2009))
        .add(new JsonObject().put("level", "thac-si").put("field", "Luật").put("year", 2024)))
      .put("employment", new JsonArray()
        .add(new JsonObject().put("starts", "2015-03-01").put("ends", moved)
          .put("organisation", "Sở Nội vụ Cao Bằng").put("unit", "SNV_T04N_P1").put("rank", "01.003"))
        .add(new JsonObject().put("starts", moved).put("organisation", "Sở Nội vụ Hà Nội")
          .put("unit", "SNV_T01N_P1").put("rank", "01.002")));
  }

  private long count(String by, int year, String code) {
    JsonObject stats = ApiAssertions.ok(http.get(STATS + "?by=" + by + "&year=" + year), 200, STATS, "get");
    return stats.getJsonArray("items").stream().map(JsonObject.class::cast).filter(i -> i.getString("code")
      .equals(code)).findFirst().map(i -> i.getLong("count")).orElse(0L);
  }

  @Test
  void everyYearCountsPeopleAsTheyWereAndAWriteMovesOnlyItsCells() {
    Map<String, Long> before = rollup();
    long officers2022 = count("rank", 2022, "01.003");
    long caoBang2022 = count("organisation", 2022, "UBND_T04N");
    long caoBang2023 = count("organisation", 2023, "UBND_T04N");
    long id = create(hanoi, transferred("2023-04-01"));
    Map<String, Long> after = rollup();
    // before 2023 under the old unit (Cao Bằng, the former province T04) and rank, from 2023 the new ones (Hà Nội:
    // the former province T01 until the merger of 1 July 2025, T01N after); the master's degree from 2024
    Map<String, Long> cells = new TreeMap<>();
    for (int y = 2021; y <= 2026; y++) {
      expect(cells, y, "organisation", y < 2023 ? "UBND_T04N" : "UBND_T01N", 1);
      expect(cells, y, "province", y < 2023 ? "T04" : y < 2025 ? "T01" : "T01N", 1);
      expect(cells, y, "rank", y < 2023 ? "01.003" : "01.002", 1);
      expect(cells, y, "education", y < 2024 ? "dai-hoc" : "thac-si", 1);
      expect(cells, y, "sex", "nu", 1);
      expect(cells, y, "ethnic-group", "thieu-so", 1);
      expect(cells, y, "age-band", y - 1985 < 40 ? "30-39" : "40-49", 1);
    }
    assertEquals(cells, changed(before, after));
    assertEquals(officers2022 + 1, count("rank", 2022, "01.003"), "the open statistics as the rollup");
    assertEquals(caoBang2022 + 1, count("organisation", 2022, "UBND_T04N"));
    assertEquals(caoBang2023, count("organisation", 2023, "UBND_T04N"));

    // the transfer was in fact on 1 February 2022: the record replaced whole moves her in 2022 only
    ApiAssertions.ok(as(hanoi, "PUT", PATH + "/" + id, transferred("2022-02-01"), "If-Match", "\"cs" + id + "-1\""),
      200, ONE, "put");
    Map<String, Long> moved = rollup();
    cells.clear();
    expect(cells, 2022, "organisation", "UBND_T04N", -1);
    expect(cells, 2022, "organisation", "UBND_T01N", 1);
    expect(cells, 2022, "province", "T04", -1);
    expect(cells, 2022, "province", "T01", 1);
    expect(cells, 2022, "rank", "01.003", -1);
    expect(cells, 2022, "rank", "01.002", 1);
    assertEquals(cells, changed(after, moved));

    // she left on 1 October 2025 (the first day out of service): not counted on 31 December 2025 nor after
    JsonObject left = ApiAssertions.ok(as(hanoi, "PUT", PATH + "/" + id, transferred("2022-02-01")
      .put("service_end", "2025-10-01"), "If-Match", "\"cs" + id + "-2\""), 200, ONE, "put");
    assertFalse(left.getBoolean("in_service"));
    assertEquals("SNV_T04N_P1", left.getJsonArray("employment").getJsonObject(0).getString("unit"));
    assertEquals("01.003", left.getJsonArray("employment").getJsonObject(0).getString("rank"));
    Map<String, Long> gone = rollup();
    cells.clear();
    for (int y = 2025; y <= 2026; y++) {
      expect(cells, y, "organisation", "UBND_T01N", -1);
      expect(cells, y, "province", "T01N", -1);
      expect(cells, y, "rank", "01.002", -1);
      expect(cells, y, "education", "thac-si", -1);
      expect(cells, y, "sex", "nu", -1);
      expect(cells, y, "ethnic-group", "thieu-so", -1);
      expect(cells, y, "age-band", "40-49", -1);
    }
    assertEquals(cells, changed(moved, gone));
    // a history naming no unit of the organisation tree is refused, naming the field
    ApiAssertions.fieldError(as(hanoi, "POST", PATH, transferred("2023-04-01").put("citizen_id", "001185000802")
      .put("employment", new JsonArray().add(new JsonObject().put("starts", "2015-03-01").put("organisation", "X")
        .put("unit", "NO_SUCH_UNIT")))), 409, "/employment", PATH, "post");
  }

  @Test
  void theDataCubesOfPastYearsCountTheProvincesOfThen() {
    Http.Res res = http.get("/doc/civil-servants/province.ttl");
    assertEquals(200, res.status());
    Model m = RdfAssertions.parse(res.body(), Lang.TURTLE, TestServer.base());
    RdfAssertions.conforms(m);
    String cube = TestServer.base() + "/id/civil-servants/province#";
    org.apache.jena.rdf.model.Property headcount = m.createProperty("https://opendata.moha.gov.vn/def/moha#headcount");
    // Hà Giang (T02) was merged into Tuyên Quang (T08N) on 1 July 2025: a province of 2022, not of 2025
    assertTrue(m.contains(m.getResource(cube + "2022-T02"), headcount), "2022 under the former province");
    assertFalse(m.containsResource(m.getResource(cube + "2025-T02")), "no former province in 2025");
    assertTrue(m.contains(m.getResource(cube + "2025-T08N"), headcount));
    assertEquals(count("province", 2022, "T02"), m.getResource(cube + "2022-T02").getProperty(headcount).getLong());
    assertEquals(count("province", 2023, "TW"), m.getResource(cube + "2023-TW").getProperty(headcount).getLong());
    // every year the provinces (with TW) partition the people in service, as the sexes do
    Map<String, Long> all = rollup();
    for (int y = 2021; y <= 2026; y++) {
      String year = y + "|";
      assertEquals(sum(all, year + "sex|"), sum(all, year + "province|"), year);
    }
    Http.Res rank = http.get("/doc/civil-servants/rank.ttl");
    Model r = RdfAssertions.parse(rank.body(), Lang.TURTLE, TestServer.base());
    RdfAssertions.conforms(r);
    String officers = TestServer.base() + "/id/civil-servants/rank#2021-01.004";
    assertEquals(count("rank", 2021, "01.004"), r.getResource(officers).getProperty(headcount).getLong());
  }

  private static long sum(Map<String, Long> cells, String prefix) {
    return cells.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue).sum();
  }
}
