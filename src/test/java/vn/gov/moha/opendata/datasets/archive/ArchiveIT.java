package vn.gov.moha.opendata.datasets.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.moha.opendata.support.Workflow.action;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.platform.rdf.Vocab.Rico;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.RdfAssertions;
import vn.gov.moha.opendata.support.TestServer;

/**
 * The national digital archive end to end over HTTP and PostgreSQL: the open catalogue (fonds, public files and their
 * public documents) never shows a restricted or secret file — planted with words found nowhere else and looked for in
 * the API, the search, every download, the RDF and SPARQL, beside a public file planted the same way that must show
 * everywhere —; diacritics-insensitive search with keyset pages; the sharing workflow between agencies (legal and
 * illegal steps, If-Match, scope, 401/403/404, 400 naming the field, audit rows, outbox events); the open statistics
 * equal to direct SQL counts with small cells suppressed; RDF parsed by Jena and checked against the SHACL shapes.
 */
class ArchiveIT {
  static final String FONDS = "/api/v1/archive/fonds";
  static final String ONE_FONDS = FONDS + "/{fonds}";
  static final String FILES = "/api/v1/archive/files";
  static final String ONE_FILE = FILES + "/{file}";
  static final String REQUESTS = "/api/v1/archive/sharing-requests";
  static final String ONE_REQUEST = REQUESTS + "/{request}";
  static final String STEPS = ONE_REQUEST + "/transitions";
  static final String STATS = "/api/v1/statistics/archive-sharing";
  /** Words of the planted files' titles, found nowhere else. */
  static final String RESTRICTED = "Zynthoquat";
  static final String SECRET = "Kravelmox";
  static final String PUBLIC = "Plumbrevik";
  static final String COMPILER = "Đặng Thị Lậphồsơ";
  private static final Map<String, String> CODES = new HashMap<>();
  private static final Map<String, String> KEYS = new HashMap<>();
  private final Http http = TestServer.http();
  private final String base = TestServer.base();
  private final String[] archive = bearer(TestServer.token("vtltnn-archivist", "CUC_VTLTNN", "officer"));
  private final String[] justice = bearer(TestServer.token("btp-officer", "BO_TU_PHAP", "officer"));
  private final String[] health = bearer(TestServer.token("byt-officer", "BO_Y_TE", "officer"));
  private final String[] stranger = bearer(TestServer.token("cchc-officer", "VU_CCHC", "officer"));

  static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  /**
   * Plants a restricted, a secret and a public file (each with a document) in the fonds of the ministry, with the
   * outbox events a write would add, so that the RDF store and the downloads take them in.
   */
  @BeforeAll
  static void plant() throws Exception {
    TestServer.get();
    try (Connection c = TestServer.jdbc()) {
      for (String[] f : new String[][] {{RESTRICTED, "restricted", "91.ZQ"}, {SECRET, "secret", "92.ZQ"},
        {PUBLIC, "public", "93.ZQ"}}) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO archive.file (fonds_id, organ_id, catalog_year, "
          + "notation, title, retention_years, access_level, creator, start_date, end_date, doc_total, page_total, "
          + "description) SELECT id, creator_organ_id, 2024, ?, ?, 20, ?, ?, '2024-02-01', '2024-06-30', 1, 3, ? "
          + "FROM archive.fonds WHERE code = 'P-BNV' RETURNING id, code, key")) {
          ps.setString(1, f[2]);
          ps.setString(2, "Hồ sơ thử nghiệm " + f[0] + " về quản lý lưu trữ năm 2024");
          ps.setString(3, f[1]);
          ps.setString(4, COMPILER);
          ps.setString(5, "Ghi chú " + f[0]);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            CODES.put(f[0], rs.getString("code"));
            KEYS.put(f[0], rs.getString("key"));
            long id = rs.getLong("id");
            try (PreparedStatement d = c.prepareStatement("INSERT INTO archive.document (file_id, ordinal, type_code, "
              + "number, notation, issued_date, issuer, subject, page_amount, access_level) VALUES (?, 1, 'BAO_CAO', "
              + "'7', 'BC-BNV', '2024-03-01', 'Bộ Nội vụ', ?, 3, ?)")) {
              d.setLong(1, id);
              d.setString(2, "Báo cáo " + f[0] + " văn bản");
              d.setString(3, f[1]);
              d.executeUpdate();
            }
            try (PreparedStatement o = c.prepareStatement("INSERT INTO platform.outbox (dataset, entity_id, operation)"
              + " VALUES ('archive', ?, 'create')")) {
              o.setString(1, String.valueOf(id));
              o.executeUpdate();
            }
          }
        }
      }
    }
  }

  private static long count(String sql, Object... params) {
    try (Connection c = TestServer.jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private JsonArray sparql(String query) {
    Http.Res r = http.get("/sparql?query=" + enc("PREFIX rico: <https://www.ica.org/standards/RiC/ontology#> "
      + query), "Accept", "application/sparql-results+json");
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonObject("results").getJsonArray("bindings");
  }

  private void assertHidden(String what, String body) {
    for (String word : List.of(RESTRICTED, SECRET, COMPILER, CODES.get(RESTRICTED), CODES.get(SECRET))) {
      assertFalse(body.contains(word), () -> what + " shows " + word);
    }
  }

  @Test
  void theOpenCatalogueNeverShowsARestrictedOrSecretFile() throws Exception {
    // the relay brings the planted public file into the store: once it is there, so would the others be
    long deadline = System.currentTimeMillis() + 60_000;
    String byTitle = "SELECT ?s WHERE { ?s rico:title ?t FILTER(CONTAINS(STR(?t), \"%s\")) }";
    while (sparql(byTitle.formatted(PUBLIC)).isEmpty()) {
      assertTrue(System.currentTimeMillis() < deadline, "the planted public file reaches the RDF store");
      Thread.sleep(200);
    }
    assertEquals(2, sparql(byTitle.formatted(PUBLIC)).size(), "the public file and its public document");
    assertTrue(sparql(byTitle.formatted(RESTRICTED)).isEmpty(), "no restricted file or document in SPARQL");
    assertTrue(sparql(byTitle.formatted(SECRET)).isEmpty(), "no secret file or document in SPARQL");
    assertTrue(sparql("SELECT ?s WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"Lậphồsơ\")) }").isEmpty(),
      "the compiler's name nowhere in the store");

    // the API: search, list, one file, the fonds count restricted files but never show them
    for (String word : List.of(RESTRICTED, SECRET)) {
      JsonObject found = ApiAssertions.ok(http.get(FILES + "?q=" + word), 200, FILES, "get");
      assertTrue(found.getJsonArray("items").isEmpty(), word);
      ApiAssertions.problem(http.get(FILES + "/" + CODES.get(word)), 404, ONE_FILE, "get");
      assertEquals(404, http.get("/id/archive/" + KEYS.get(word)).status(), word);
      assertEquals(404, http.get("/doc/archive/" + KEYS.get(word) + ".ttl").status(), word);
    }
    JsonObject control = ApiAssertions.ok(http.get(FILES + "?q=" + PUBLIC.toLowerCase()), 200, FILES, "get");
    assertEquals(List.of(CODES.get(PUBLIC)), control.getJsonArray("items").stream()
      .map(o -> ((JsonObject) o).getString("code")).toList(), "the public control is found");
    JsonObject file = ApiAssertions.ok(http.get(FILES + "/" + CODES.get(PUBLIC)), 200, ONE_FILE, "get");
    assertEquals(1, file.getJsonArray("documents").size());
    assertHidden("a public file", file.encode());
    JsonObject fonds = ApiAssertions.ok(http.get(FONDS + "/P-BNV"), 200, ONE_FONDS, "get");
    assertEquals(count("SELECT count(*) FROM archive.file f JOIN archive.fonds d ON d.id = f.fonds_id "
      + "WHERE d.code = 'P-BNV' AND f.access_level = 'restricted'"), fonds.getJsonObject("files").getLong("restricted"));
    assertEquals(count("SELECT count(*) FROM archive.file f JOIN archive.fonds d ON d.id = f.fonds_id "
      + "WHERE d.code = 'P-BNV' AND f.access_level = 'public'"), fonds.getJsonObject("files").getLong("public"));
    StringBuilder pages = new StringBuilder();
    String next = FILES + "?fonds=P-BNV&limit=200";
    while (next != null) {
      JsonObject page = ApiAssertions.ok(http.get(next), 200, FILES, "get");
      pages.append(page.encode());
      next = page.getString("next");
    }
    assertTrue(pages.toString().contains(PUBLIC));
    assertHidden("the list of files", pages.toString());

    // every download and the linked data
    for (String format : List.of("csv", "json", "ndjson", "nt", "ttl")) {
      Http.Res dump = http.get("/downloads/archive." + format);
      assertEquals(200, dump.status(), format);
      assertTrue(dump.body().contains(PUBLIC), format + " has the public control");
      assertHidden("archive." + format, dump.body());
    }
    Http.Res doc = http.get("/doc/archive/" + KEYS.get(PUBLIC) + ".ttl");
    assertEquals(200, doc.status());
    Model m = RdfAssertions.parse(doc.body(), Lang.TURTLE, base);
    RdfAssertions.conforms(m);
    assertEquals(1, m.listSubjectsWithProperty(RDF.type, Rico.RECORD).toList().size());
    String location = ApiAssertions.seeOther(http.get("/id/archive/" + KEYS.get(PUBLIC), "Accept", "text/turtle"),
      "a file");
    assertTrue(location.contains("/doc/archive/" + KEYS.get(PUBLIC)), location);
  }

  @Test
  void theDumpIsRicoThatConformsWithOneRecordSetPerFondsAndPublicFile() {
    Model m = RdfAssertions.parse(http.get("/downloads/archive.ttl").body(), Lang.TURTLE, base);
    RdfAssertions.conforms(m);
    assertEquals(count("SELECT count(*) FROM archive.open_record_set"),
      m.listSubjectsWithProperty(RDF.type, Rico.RECORD_SET).toList().size());
    assertEquals(count("SELECT count(*) FROM archive.open_document"),
      m.listSubjectsWithProperty(RDF.type, Rico.RECORD).toList().size(), "public documents of public files only");
    assertEquals(count("SELECT count(*) FROM archive.fonds"),
      m.listSubjectsWithProperty(Rico.HAS_RECORD_SET_TYPE, Rico.FONDS).toList().size());
    // a restricted document in a public file stays out
    assertTrue(count("SELECT count(*) FROM archive.document x JOIN archive.file f ON f.id = x.file_id "
      + "WHERE f.access_level = 'public' AND x.access_level <> 'public'") > 0, "the demo has such documents");
  }

  @Test
  void searchIgnoresDiacriticsAndPagesByCode() {
    long expected = count("SELECT count(*) FROM archive.open_file WHERE search @@ "
      + "websearch_to_tsquery('simple', platform.vn_fold(?))", "cải cách hành chính");
    assertTrue(expected > 7, "enough matches to page: " + expected);
    List<String> folded = allCodes(FILES + "?q=" + enc("cai cach hanh chinh") + "&limit=7");
    List<String> accented = allCodes(FILES + "?q=" + enc("CẢI CÁCH hành chính") + "&limit=7");
    assertEquals(expected, folded.size());
    assertEquals(folded, accented, "with and without diacritics, any case");
    assertEquals(folded.stream().sorted().toList(), folded, "ordered by code, no page repeats a file");
    assertEquals(folded.size(), folded.stream().distinct().count());
    ApiAssertions.fieldError(http.get(FILES + "?cursor=bm9wZQ"), 400, "cursor", FILES, "get");
    ApiAssertions.problem(http.get(FILES + "?limit=0"), 400, FILES, "get");
    List<String> permanent = allCodes(FILES + "?retention=permanent&limit=200");
    assertEquals(count("SELECT count(*) FROM archive.open_file WHERE retention_years IS NULL"), permanent.size());
  }

  private List<String> allCodes(String first) {
    List<String> codes = new ArrayList<>();
    String next = first;
    while (next != null) {
      JsonObject page = ApiAssertions.ok(http.get(next), 200, FILES, "get");
      page.getJsonArray("items").forEach(o -> codes.add(((JsonObject) o).getString("code")));
      next = page.getString("next");
    }
    return codes;
  }

  @Test
  void fondsAndFilesReadAsTheContractSays() {
    JsonObject fonds = ApiAssertions.ok(http.get(FONDS + "?limit=2"), 200, FONDS, "get");
    assertEquals(2, fonds.getJsonArray("items").size());
    List<String> codes = new ArrayList<>();
    for (String next = FONDS + "?limit=2"; next != null; ) {
      JsonObject page = ApiAssertions.ok(http.get(next), 200, FONDS, "get");
      page.getJsonArray("items").forEach(o -> codes.add(((JsonObject) o).getString("code")));
      next = page.getString("next");
    }
    assertEquals(TestServer.query("SELECT code FROM archive.fonds ORDER BY code"), codes, "every fonds once, by code");
    assertEquals(count("SELECT count(*) FROM archive.fonds WHERE status = 'closed'"),
      http.get(FONDS + "?status=closed").json().getJsonArray("items").size());
    Http.Res one = http.get(FONDS + "/P-BTCCBCP");
    ApiAssertions.ok(one, 200, ONE_FONDS, "get");
    assertEquals(304, http.get(FONDS + "/P-BTCCBCP", "If-None-Match", one.header("ETag").orElseThrow()).status());
    ApiAssertions.problem(http.get(FONDS + "/P-NOPE"), 404, ONE_FONDS, "get");
    ApiAssertions.problem(http.get(FONDS + "/bad%20code"), 400, ONE_FONDS, "get");

    String code = http.get(FILES + "?fonds=P-BTGCP&limit=1").json().getJsonArray("items").getJsonObject(0)
      .getString("code");
    JsonObject file = ApiAssertions.ok(http.get(FILES + "/" + code), 200, ONE_FILE, "get");
    assertEquals(count("SELECT count(*) FROM archive.open_document x JOIN archive.file f ON f.id = x.file_id "
      + "WHERE f.code = ?", code), file.getJsonArray("documents").size());
    assertEquals("public", file.getString("access_level"));
    assertTrue(file.getString("code").startsWith(file.getString("organ_id") + "." + file.getInteger("catalog_year")
      + "."), "FileCode = OrganId.FileCatalog.FileNotation");
  }

  private JsonObject request(String... who) {
    Http.Res res = http.json("POST", REQUESTS, new JsonObject().put("purpose", "Phục vụ công tác thanh tra, kiểm tra")
      .put("form", "certified_copy").put("files", new JsonArray().add(CODES.get(RESTRICTED))
        .add(CODES.get(PUBLIC))), who);
    JsonObject r = ApiAssertions.ok(res, 201, REQUESTS, "post");
    assertEquals(r.getJsonObject("links").getString("self"), res.header("Location").orElseThrow());
    assertEquals("\"s" + r.getLong("id") + "-1\"", res.header("ETag").orElseThrow());
    return r;
  }

  private Http.Res step(long id, JsonObject body, String etag, String... who) {
    String[] headers = new String[who.length + (etag == null ? 0 : 2)];
    System.arraycopy(who, 0, headers, 0, who.length);
    if (etag != null) {
      headers[who.length] = "If-Match";
      headers[who.length + 1] = etag;
    }
    return http.json("POST", REQUESTS + "/" + id + "/transitions", body, headers);
  }

  private static String etag(JsonObject r) {
    return "\"s" + r.getLong("id") + "-" + r.getInteger("version") + "\"";
  }

  @Test
  void aSharingRequestGoesThroughTheWorkflowWithIfMatchScopeAndAudit() {
    JsonObject r = request(justice);
    long id = r.getLong("id");
    assertEquals("submitted", r.getJsonObject("status").getString("code"));
    assertEquals("BO_TU_PHAP", r.getJsonObject("agency").getString("code"));
    assertEquals(List.of("restricted", "public"), r.getJsonArray("files").stream()
      .map(f -> ((JsonObject) f).getString("access_level")).toList(), "the requester names a restricted file");
    assertEquals(List.of("withdraw"), r.getJsonArray("allowed_actions").getList());

    // bad input: 400 naming the field
    ApiAssertions.fieldError(http.json("POST", REQUESTS, new JsonObject().put("purpose", "Phục vụ nghiên cứu lịch sử")
      .put("form", "certified_copy").put("files", new JsonArray().add("000.00.00.G09.1999.99.NOPE")), justice), 400,
      "/files/0", REQUESTS, "post");
    ApiAssertions.fieldError(http.json("POST", REQUESTS, new JsonObject().put("purpose", "Phục vụ nghiên cứu lịch sử")
      .put("form", "fax").put("files", new JsonArray().add(CODES.get(PUBLIC))), justice), 400, "/form", REQUESTS,
      "post");
    ApiAssertions.fieldError(http.json("POST", REQUESTS, new JsonObject().put("form", "copy")
      .put("files", new JsonArray().add(CODES.get(PUBLIC))), justice), 400, "/purpose", REQUESTS, "post");
    // who may: 401 anonymous, 403 a unit that is no registered agency, 404 another agency's request
    ApiAssertions.problem(http.get(REQUESTS), 401, REQUESTS, "get");
    ApiAssertions.problem(http.json("POST", REQUESTS, new JsonObject().put("purpose", "Phục vụ nghiên cứu lịch sử")
      .put("form", "copy").put("files", new JsonArray().add(CODES.get(PUBLIC))), stranger), 403, REQUESTS, "post");
    ApiAssertions.problem(http.get(REQUESTS + "/" + id, health), 404, ONE_REQUEST, "get");
    ApiAssertions.problem(http.get(REQUESTS + "/99999999", archive), 404, ONE_REQUEST, "get");
    ApiAssertions.problem(http.get(REQUESTS, bearer(TestServer.token("someone", null, "reviewer"))), 403, REQUESTS,
      "get");
    // scope of the lists: the agency its own, the archive all
    JsonObject mine = ApiAssertions.ok(http.get(REQUESTS + "?limit=200", justice), 200, REQUESTS, "get");
    assertTrue(mine.getJsonArray("items").stream().allMatch(o -> ((JsonObject) o).getJsonObject("agency")
      .getString("code").equals("BO_TU_PHAP")));
    assertTrue(mine.getJsonArray("items").stream().anyMatch(o -> ((JsonObject) o).getLong("id") == id));
    assertTrue(http.get(REQUESTS + "?limit=200", health).json().getJsonArray("items").stream()
      .noneMatch(o -> ((JsonObject) o).getLong("id") == id));
    JsonObject all = ApiAssertions.ok(http.get(REQUESTS + "?limit=3", archive), 200, REQUESTS, "get");
    assertEquals(id, all.getJsonArray("items").getJsonObject(0).getLong("id"), "newest first");
    ApiAssertions.ok(http.get(all.getString("next"), archive), 200, REQUESTS, "get");

    // If-Match: 428 without, 412 stale
    ApiAssertions.problem(step(id, action("review"), null, archive), 428, STEPS, "post");
    ApiAssertions.problem(step(id, action("review"), "\"s" + id + "-7\"", archive), 412, STEPS, "post");
    // illegal steps 409, the other party's step 403, fields the action does not take 400
    JsonObject illegal = ApiAssertions.problem(step(id, action("deliver"), etag(r), archive), 409, STEPS, "post");
    assertEquals("illegal-transition", illegal.getString("code"));
    ApiAssertions.problem(step(id, action("review"), etag(r), justice), 403, STEPS, "post");
    ApiAssertions.problem(step(id, action("withdraw"), etag(r), archive), 403, STEPS, "post");
    ApiAssertions.problem(step(id, action("review"), etag(r), health), 404, STEPS, "post");
    ApiAssertions.fieldError(step(id, action("review").put("conditions", "x"), etag(r), archive), 400, "/conditions",
      STEPS, "post");

    JsonObject reviewed = ApiAssertions.ok(step(id, action("review"), etag(r), archive), 200, STEPS, "post");
    assertEquals("in_review", reviewed.getJsonObject("status").getString("code"));
    ApiAssertions.fieldError(step(id, action("refuse"), etag(reviewed), archive), 400, "/comment", STEPS, "post");
    JsonObject approved = ApiAssertions.ok(step(id, action("approve").put("conditions",
      "Chỉ sử dụng cho mục đích thanh tra"), etag(reviewed), archive), 200, STEPS, "post");
    assertEquals("Chỉ sử dụng cho mục đích thanh tra", approved.getString("conditions"));
    assertNotNull(approved.getString("decided_at"));
    ApiAssertions.problem(step(id, action("withdraw"), etag(approved), justice), 409, STEPS, "post");
    JsonObject delivered = ApiAssertions.ok(step(id, action("deliver"), etag(approved), archive), 200, STEPS, "post");
    assertEquals("delivered", delivered.getJsonObject("status").getString("code"));
    assertTrue(delivered.getJsonArray("allowed_actions").isEmpty(), "final");
    assertEquals(List.of("submit", "review", "approve", "deliver"), delivered.getJsonArray("transitions").stream()
      .map(t -> ((JsonObject) t).getString("action")).toList());
    Http.Res read = http.get(REQUESTS + "/" + id, justice);
    assertEquals(etag(delivered), ApiAssertions.ok(read, 200, ONE_REQUEST, "get") == null ? null
      : read.header("ETag").orElseThrow());

    // the requester withdraws another one
    JsonObject second = request(justice);
    JsonObject withdrawn = ApiAssertions.ok(step(second.getLong("id"), action("withdraw"), etag(second), justice), 200,
      STEPS, "post");
    assertEquals("withdrawn", withdrawn.getJsonObject("status").getString("code"));

    // every read and write audited; every write an outbox event
    List<String> audit = TestServer.query("SELECT outcome || ' ' || status FROM platform.audit_event "
      + "WHERE record_type = 'archive-sharing-request' AND record_id = '" + id + "' ORDER BY id");
    for (String expected : List.of("success 201", "success 200", "not-found 404", "denied 403", "failed 409",
      "failed 412")) {
      assertTrue(audit.contains(expected), () -> expected + " in " + audit);
    }
    assertTrue(TestServer.query("SELECT outcome FROM platform.audit_event WHERE record_type = "
      + "'archive-sharing-request' AND record_id IS NULL AND operation = 'listArchiveSharingRequests'").size() >= 3,
      "the list reads");
    assertEquals(4, count("SELECT count(*) FROM platform.outbox WHERE dataset = 'archive-sharing' AND entity_id = ?",
      String.valueOf(id)));
  }

  /**
   * A step is the workflows' one write (LockedWrite): 428 before anything else, a request outside the caller's scope
   * a 404 like one that does not exist, a stale ETag 412, the step's party named in a 403, every outcome an audit row
   * of the step's operation; the answer is the request with its new ETag, never cached.
   */
  @Test
  void aStepIsTheWorkflowsLockedWrite() {
    JsonObject r = request(justice);
    long id = r.getLong("id");
    String[] reviewer = bearer(TestServer.token("vtltnn-reviewer", "CUC_VTLTNN", "reviewer"));
    assertEquals("precondition-required", ApiAssertions.problem(step(id, action("review").put("conditions", "x"), null,
      archive), 428, STEPS, "post").getString("code"), "428 before the body's 400");
    ApiAssertions.problem(step(id, action("review"), etag(r), health), 404, STEPS, "post");
    ApiAssertions.problem(step(id + 1_000_000, action("review"), etag(r), archive), 404, STEPS, "post");
    assertTrue(ApiAssertions.problem(step(id, action("review"), etag(r), justice), 403, STEPS, "post")
      .getString("detail").contains("the archive's: officers and reviewers of unit CUC_VTLTNN"));
    ApiAssertions.problem(step(id, action("review"), "\"s" + id + "-0\"", reviewer), 412, STEPS, "post");
    assertEquals(List.of("refuse", "review"), ApiAssertions.ok(http.get(REQUESTS + "/" + id, reviewer), 200,
      ONE_REQUEST, "get").getJsonArray("allowed_actions").getList(), "the archive's reviewers take its steps");

    Http.Res reviewed = step(id, action("review"), etag(r), reviewer);
    assertEquals("in_review", ApiAssertions.ok(reviewed, 200, STEPS, "post").getJsonObject("status").getString("code"));
    assertEquals("\"s" + id + "-2\"", reviewed.header("ETag").orElseThrow());
    assertEquals("private, no-store", reviewed.header("Cache-Control").orElseThrow());
    assertEquals(List.of("denied 403", "failed 412", "not-found 404", "success 200"), TestServer.query(
      "SELECT outcome || ' ' || status FROM platform.audit_event WHERE record_type = 'archive-sharing-request' "
        + "AND record_id = '" + id + "' AND operation = 'transitionArchiveSharingRequest' ORDER BY 1"),
      "the 428 is refused before the lock; every other outcome is audited");
  }

  @Test
  void statisticsEqualDirectCountsWithSmallCellsSuppressed() {
    for (String by : List.of("month", "agency_type", "outcome")) {
      JsonObject stats = ApiAssertions.ok(http.get(STATS + "?by=" + by), 200, STATS, "get");
      String column = by.equals("agency_type") ? "agency_type" : by;
      long suppressedCells = 0;
      for (Object o : stats.getJsonArray("items")) {
        JsonObject item = (JsonObject) o;
        String key = by.equals("agency_type") ? item.getJsonObject("agency_type").getString("code")
          : item.getString(by);
        long requests = count("SELECT count(*) FROM archive.open_sharing_stats WHERE " + column + " = ?", key);
        if (by.equals("outcome")) {
          Long shown = item.getLong("requests");
          assertTrue(shown == null ? item.getJsonArray("suppressed").contains("requests") : shown == requests, key);
          assertTrue(requests >= 5 || shown == null, "a small count is hidden: " + key);
          continue;
        }
        assertEquals(requests < 5 ? null : requests, item.getLong("requests"), by + " " + key);
        for (String outcome : SharingStatistics.OUTCOMES) {
          long n = count("SELECT count(*) FROM archive.open_sharing_stats WHERE " + column + " = ? AND outcome = ?",
            key, outcome);
          Long shown = item.getLong(outcome);
          if (shown == null) {
            suppressedCells++;
            assertTrue(item.getJsonArray("suppressed").contains(outcome));
          } else {
            assertEquals(n, shown, by + " " + key + " " + outcome);
          }
          if (n > 0 && n < 5) {
            assertNull(shown, "a small count is hidden: " + by + " " + key + " " + outcome);
          }
        }
        JsonObject counts = item.copy();
        long hiddenInRow = SharingStatistics.OUTCOMES.stream().filter(x -> counts.getLong(x) == null).count();
        assertTrue(hiddenInRow != 1, "never one hidden cell alone in a row: " + item);
      }
      assertEquals(count("SELECT count(*) FROM archive.open_sharing_stats"),
        stats.getJsonObject("total").getLong("requests"), by);
      if (by.equals("month")) {
        assertTrue(suppressedCells > 0, "the demo's months have small cells");
      }
    }
    JsonObject one = ApiAssertions.ok(http.get(STATS + "?by=agency_type&year=2025"), 200, STATS, "get");
    assertEquals(count("SELECT count(*) FROM archive.open_sharing_stats WHERE year = 2025"),
      one.getJsonObject("total").getLong("requests"));
    ApiAssertions.fieldError(http.get(STATS + "?by=agency"), 400, "by", STATS, "get");
    String body = http.get(STATS + "?by=agency_type").body();
    assertFalse(body.contains("BO_TU_PHAP") || body.contains("demo-officer"), "no agency, no account");
  }
}
