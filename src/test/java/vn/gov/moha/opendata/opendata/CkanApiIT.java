package vn.gov.moha.opendata.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/**
 * The CKAN-style read API as a CKAN harvester sees it: CKAN's envelopes, field names and status codes, package_search's
 * q (diacritics-insensitive), fq clauses, paging, sort orders and facets, over the three catalogued datasets.
 */
class CkanApiIT {
  static final String A = "/api/3/action/";
  final Http http = TestServer.http();
  final String base = TestServer.base();

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A successful action by GET: CKAN's envelope, valid against the contract; returns the result. */
  Object result(String action, String query) {
    Http.Res res = http.get(A + action + (query.isEmpty() ? "" : "?" + query));
    JsonObject env = ApiAssertions.ok(res, 200, A + action, "get");
    assertTrue(res.contentType().startsWith("application/json"), res.contentType());
    assertEquals(base + A + "help_show?name=" + action, env.getString("help"));
    assertEquals(true, env.getBoolean("success"));
    return env.getValue("result");
  }

  JsonObject search(String query) {
    return (JsonObject) result("package_search", query);
  }

  static List<String> names(JsonObject searchResult) {
    return searchResult.getJsonArray("results").stream().map(p -> ((JsonObject) p).getString("name")).toList();
  }

  List<String> fq(String fq) {
    return names(search("sort=" + enc("name asc") + "&rows=1000&fq=" + enc(fq)));
  }

  /** A failed action: CKAN's error envelope (never problem+json), valid against the contract; returns the error. */
  JsonObject error(Http.Res res, int status, String action, String type) {
    assertEquals(status, res.status(), res::toString);
    assertTrue(res.contentType().startsWith("application/json"), () -> "not CKAN's JSON: " + res.contentType());
    JsonObject env = res.json();
    assertEquals(false, env.getBoolean("success"));
    assertEquals(base + A + "help_show?name=" + action, env.getString("help"));
    assertTrue(ContractSchemas.errors(A + ("package_show".equals(action) || "package_search".equals(action)
      ? action : "package_list"), "get", status, "application/json", res.body()).isEmpty(), res::toString);
    assertEquals(type, env.getJsonObject("error").getString("__type"), res::toString);
    return env.getJsonObject("error");
  }

  /** Shorthand for the contract check of CKAN envelopes. */
  static final class ContractSchemas {
    static List<String> errors(String path, String method, int status, String media, String body) {
      return vn.gov.moha.opendata.support.ContractSchemas.errors(path, method, status, media, body);
    }
  }

  @Test
  void statusShowSaysWhatWeAre() {
    JsonObject s = (JsonObject) result("status_show", "");
    assertEquals(base, s.getString("site_url"));
    assertEquals("vi", s.getString("locale_default"));
    assertEquals(3, s.getInteger("api_version"));
    assertTrue(s.getString("ckan_version").startsWith("2.10."), s.encode());
    assertTrue(s.getJsonObject("moha_opendata").getString("note").startsWith("Not CKAN"));
  }

  @Test
  void packageListAndPaging() {
    assertEquals(new JsonArray(new ArrayList<Object>(all())), result("package_list", ""));
    assertEquals(new JsonArray().add(all().get(1)), result("package_list", "limit=1&offset=1"));
  }

  @Test
  void packageShowByNameAndByIdIsTheSamePackage() {
    JsonObject byName = (JsonObject) result("package_show", "id=awards");
    String id = byName.getString("id");
    assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), id);
    assertEquals(byName, result("package_show", "id=" + id));
    assertEquals("awards", byName.getString("name"));
    assertEquals("Khen thưởng đã được quyết định", byName.getString("title"));
    assertEquals("Conferred state awards and emulation titles",
      byName.getJsonObject("title_translated").getString("en"));
    assertTrue(byName.getString("notes").startsWith("Các hình thức khen thưởng"));
    assertEquals(base + "/datasets/awards", byName.getString("url"));
    assertEquals("CC-BY-4.0", byName.getString("license_id"));
    JsonObject org = byName.getJsonObject("organization");
    assertEquals("ban-tdkt", org.getString("name"));
    assertEquals(org.getString("id"), byName.getString("owner_org"));
    assertEquals(true, org.getBoolean("is_organization"));
    assertEquals("thi-dua-khen-thuong", byName.getJsonArray("groups").getJsonObject(0).getString("name"));
    assertTrue(byName.getJsonArray("tags").stream().map(JsonObject.class::cast)
      .anyMatch(t -> t.getString("name").equals("khen thưởng")), byName.getJsonArray("tags").encode());
    assertTrue(byName.getString("metadata_modified").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}"));
    JsonArray resources = byName.getJsonArray("resources");
    assertEquals(5, resources.size());
    assertEquals(5, byName.getInteger("num_resources"));
    JsonObject csv = resources.getJsonObject(0);
    assertEquals(base + "/downloads/awards.csv", csv.getString("url"));
    assertEquals("CSV", csv.getString("format"));
    assertEquals("text/csv", csv.getString("mimetype"));
    assertEquals(id, csv.getString("package_id"));
    assertEquals(List.of("CSV", "JSON", "NDJSON", "N-Triples", "Turtle"),
      resources.stream().map(r -> ((JsonObject) r).getString("format")).toList());
    assertEquals(200, http.get("/downloads/awards.csv").status(), "the resource URL downloads");
    JsonObject extras = new JsonObject();
    byName.getJsonArray("extras").stream().map(JsonObject.class::cast)
      .forEach(x -> extras.put(x.getString("key"), x.getString("value")));
    assertEquals(base + "/id/dataset/awards", extras.getString("uri"));
    assertEquals("[\"http://publications.europa.eu/resource/authority/data-theme/GOVE\","
      + "\"http://publications.europa.eu/resource/authority/data-theme/SOCI\"]", extras.getString("theme"));
    assertEquals("http://publications.europa.eu/resource/authority/country/VNM", extras.getString("spatial_uri"));
    assertTrue(extras.getString("temporal_start").matches("\\d{4}-\\d\\d-\\d\\d"));
  }

  @Test
  void anUnknownPackageIsCkansNotFound() {
    JsonObject e = error(http.get(A + "package_show?id=no-such-dataset"), 404, "package_show", "Not Found Error");
    assertEquals("Not found", e.getString("message"));
    JsonObject missing = error(http.get(A + "package_show"), 409, "package_show", "Validation Error");
    assertEquals(new JsonArray().add("Missing value"), missing.getJsonArray("name_or_id"));
  }

  /** Every catalogued dataset's name, sorted (CKAN's default order of package_list). */
  private static List<String> all() {
    return TestServer.catalogued().stream().sorted().toList();
  }

  @Test
  void qIsDiacriticsInsensitive() {
    for (String hoi : List.of("hoi", enc("Hội"))) {
      List<String> found = names(search("q=" + hoi));
      assertTrue(found.contains("associations") && !found.contains("awards"), hoi + ": " + found);
    }
    assertEquals(List.of("awards"), names(search("q=" + enc("khen thuong"))));
    assertEquals(List.of("awards"), names(search("q=" + enc("khen thưởng"))));
    assertEquals(List.of(), names(search("q=" + enc("khen thuong hoi"))), "every word must match");
    assertEquals(List.of(), names(search("q=zzzyyx")));
    assertEquals(all().size(), search("q=" + enc("*:*")).getInteger("count"));
    assertEquals(List.of("awards"), names(search("q=" + enc("organization:ban-tdkt"))));
  }

  @Test
  void eachKindOfFilterQuery() {
    assertEquals(List.of("awards"), fq("organization:ban-tdkt"));
    assertEquals(List.of("awards"), fq("tags:\"khen thưởng\""));
    assertEquals(all(), fq("res_format:CSV"));
    assertEquals(List.of(), fq("res_format:XLSX"));
    assertEquals(List.of("legal-documents"), fq("groups:phap-luat"));
    assertEquals(all(), fq("metadata_modified:[2000-01-01T00:00:00Z TO *]"));
    assertEquals(List.of(), fq("metadata_modified:[NOW+1DAY TO *]"));
    assertEquals(all(), fq("metadata_modified:[* TO NOW]"));
    // what ckanext-harvest sends: organisations ORed, changes since the last run with microseconds
    assertEquals(List.of("associations", "awards"),
      fq("organization:ban-tdkt OR organization:vu-tcpcp metadata_modified:[2001-05-01T10:20:30.123456Z TO *]"));
    assertEquals(all().stream().filter(n -> !n.equals("awards")).toList(), fq("-organization:ban-tdkt"));
    assertEquals(List.of("awards"), fq("+organization:ban-tdkt +res_format:CSV"));
    assertEquals(List.of(), fq("+organization:ban-tdkt +groups:phap-luat"));
    JsonObject e = error(http.get(A + "package_search?fq=" + enc("nosuchfield:x")), 409, "package_search",
      "Search Error");
    assertTrue(e.getString("message").contains("undefined field nosuchfield"), e.encode());
  }

  @Test
  void rowsStartAndSortPage() {
    List<String> paged = new ArrayList<>();
    for (int start = 0; start <= all().size(); start++) {
      JsonObject page = search("rows=1&start=" + start + "&sort=" + enc("name asc"));
      assertEquals(all().size(), page.getInteger("count"), "count is all matches, not the page");
      paged.addAll(names(page));
    }
    assertEquals(all(), paged);
    List<String> reversed = new ArrayList<>(all());
    java.util.Collections.reverse(reversed);
    assertEquals(reversed, names(search("sort=" + enc("name desc") + "&rows=100")));
    // titles: "Hội, quỹ…", "Khen thưởng…", "Văn bản…"
    List<String> titles = search("sort=" + enc("title_string asc") + "&rows=100").getJsonArray("results").stream()
      .map(p -> ((JsonObject) p).getString("title")).toList();
    assertEquals(all().size(), titles.size());
    assertEquals(titles.stream().sorted(java.util.Comparator.comparing(
      vn.gov.moha.opendata.platform.text.Fold::fold)).toList(), titles);
    JsonObject byModified = search("sort=" + enc("metadata_modified desc"));
    List<String> times = byModified.getJsonArray("results").stream()
      .map(p -> ((JsonObject) p).getString("metadata_modified")).toList();
    assertEquals(times.stream().sorted(java.util.Comparator.reverseOrder()).toList(), times);
    assertEquals("score desc, metadata_modified desc", search("").getString("sort"));
    assertEquals(2, search("rows=2").getJsonArray("results").size());
    assertEquals(all().size(), search("rows=5000").getJsonArray("results").size(),
      "rows above 1000 are lowered, as CKAN does");
    JsonObject bad = error(http.get(A + "package_search?sort=" + enc("nonsense")), 400, "package_search",
      "Search Query Error");
    assertTrue(bad.getString("message").contains("Invalid \"sort\" parameter"), bad.encode());
  }

  @Test
  void facetsCountWhatMatched() {
    JsonObject all = search("");
    JsonObject sf = all.getJsonObject("search_facets");
    assertEquals(List.of("groups", "license_id", "organization", "res_format", "tags"),
      sf.fieldNames().stream().sorted().toList());
    JsonArray orgs = sf.getJsonObject("organization").getJsonArray("items");
    assertEquals(TestServer.query("SELECT DISTINCT publisher FROM catalog.dataset").size(), orgs.size());
    JsonObject board = orgs.stream().map(JsonObject.class::cast).filter(o -> o.getString("name").equals("ban-tdkt"))
      .findFirst().orElseThrow();
    assertEquals(1, board.getInteger("count"));
    assertEquals("Ban Thi đua – Khen thưởng Trung ương", board.getString("display_name"));
    assertEquals(all().size(), all.getJsonObject("facets").getJsonObject("res_format").getInteger("CSV"));
    assertEquals(all().size(), all.getJsonObject("facets").getJsonObject("license_id").getInteger("CC-BY-4.0"));
    JsonObject only = search("q=hoi&facet.field=" + enc("[\"organization\"]"));
    assertEquals(List.of("organization"), List.copyOf(only.getJsonObject("search_facets").fieldNames()));
    assertEquals(1, only.getJsonObject("facets").getJsonObject("organization").getInteger("vu-tcpcp"));
    assertNull(only.getJsonObject("facets").getJsonObject("organization").getInteger("ban-tdkt"));
  }

  @Test
  void badParametersAreCkanValidationErrorsNotProblems() {
    JsonObject negative = error(http.get(A + "package_search?rows=-1"), 409, "package_search", "Validation Error");
    assertTrue(negative.containsKey("rows"), negative.encode());
    // the contract itself refuses a non-integer: the router's failure is rendered as CKAN's envelope too
    JsonObject notInt = error(http.get(A + "package_search?rows=abc"), 409, "package_search", "Validation Error");
    assertFalse(notInt.getJsonArray("rows").isEmpty(), notInt.encode());
    JsonObject facet = error(http.get(A + "package_search?facet.field=" + enc("[oops")), 409, "package_search",
      "Validation Error");
    assertTrue(facet.containsKey("facet.field"), facet.encode());
    JsonObject unknown = error(http.get(A + "no_such_action"), 400, "no_such_action", "Bad Request");
    assertTrue(unknown.getString("message").contains("Action name not known: no_such_action"), unknown.encode());
    JsonObject malformed = error(http.send("POST", A + "package_search", "application/json", "{\"q\":"), 400,
      "package_search", "Bad Request");
    assertTrue(malformed.getString("message").startsWith("Bad request - "), malformed.encode());
  }

  /** CKAN's clients send their API token as the bare Authorization value: ours is one, a wrong one is refused. */
  @Test
  void aHarvesterMaySendItsApiKeyAsCkanDoes() {
    String key = http.json("POST", "/api/v1/api-keys", new JsonObject().put("name", "harvester"), "Authorization",
      "Bearer " + TestServer.token("ckan-harvester", null, "developer")).json().getString("key");
    Http.Res ok = http.get(A + "package_list", "Authorization", key);
    assertEquals(200, ok.status(), ok::toString);
    assertEquals(new JsonArray(new ArrayList<Object>(all())), ok.json().getJsonArray("result"));
    Http.Res me = http.get("/api/v1/me", "Authorization", key);
    assertEquals("api-key", me.json().getString("authenticated_by"), me::toString);
    Http.Res wrong = http.get(A + "package_list", "Authorization", "not-our-key");
    assertEquals(401, wrong.status(), wrong::toString);
    assertFalse(wrong.json().getBoolean("success"), wrong::toString);
  }

  @Test
  void postWithAJsonBodyAnswersLikeGet() {
    Http.Res res = http.json("POST", A + "package_search", new JsonObject().put("q", "khen thuong").put("rows", "5")
      .put("facet.field", new JsonArray().add("organization")));
    JsonObject env = ApiAssertions.ok(res, 200, A + "package_search", "post");
    assertEquals(List.of("awards"), names(env.getJsonObject("result")));
    assertEquals(List.of("organization"), List.copyOf(env.getJsonObject("result").getJsonObject("search_facets")
      .fieldNames()));
    JsonObject shown = ApiAssertions.ok(http.json("POST", A + "package_show", new JsonObject().put("id", "awards")),
      200, A + "package_show", "post").getJsonObject("result");
    assertEquals(result("package_show", "id=awards"), shown);
    assertEquals(result("package_list", ""), ApiAssertions.ok(http.send("POST", A + "package_list", null, null), 200,
      A + "package_list", "post").getJsonArray("result"));
  }

  @Test
  void currentPackagesOrganizationsAndHelp() {
    JsonArray current = (JsonArray) result("current_package_list_with_resources", "limit=2");
    assertEquals(2, current.size());
    assertTrue(current.getJsonObject(0).getString("metadata_modified")
      .compareTo(current.getJsonObject(1).getString("metadata_modified")) >= 0, "newest first");
    assertEquals(5, current.getJsonObject(0).getJsonArray("resources").size());
    assertEquals(new JsonArray(new ArrayList<Object>(TestServer.query("SELECT DISTINCT lower(replace(publisher, '_', "
      + "'-')) AS o FROM catalog.dataset ORDER BY o"))), result("organization_list", ""));
    JsonArray full = (JsonArray) result("organization_list", "all_fields=true");
    assertEquals(1, full.getJsonObject(0).getInteger("package_count"));
    assertEquals("Ban Thi đua – Khen thưởng Trung ương", full.getJsonObject(0).getString("title"));
    JsonObject org = (JsonObject) result("organization_show", "id=ban-tdkt&include_datasets=true");
    assertEquals("awards", org.getJsonArray("packages").getJsonObject(0).getString("name"));
    String help = (String) result("help_show", "name=package_search");
    assertTrue(help.contains(":param fq:"), help);
    error(http.get(A + "help_show?name=nope"), 404, "help_show", "Not Found Error");
  }
}
