package vn.gov.moha.opendata.datasets.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.ContractSchemas;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/** The open read side of the associations-and-funds registry, against the seeded demo data. */
class AssociationsReadIT {
  private static final String LIST = "/api/v1/associations";
  private static final String STATS = "/api/v1/statistics/associations";
  private final Http http = TestServer.http();

  private JsonObject list(String query) {
    return ApiAssertions.ok(http.get(LIST + "?" + query), 200, LIST, "get");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void searchIgnoresDiacriticsAndFindsTheRealOrganisations() {
    JsonArray items = list("q=" + enc("hoi luat gia")).getJsonArray("items");
    assertFalse(items.isEmpty());
    JsonObject first = items.getJsonObject(0);
    assertEquals("Hội Luật gia Việt Nam", first.getString("name"));
    assertFalse(first.getBoolean("generated"), "a real organisation, not demo data");
    assertTrue(first.getBoolean("state_assigned"));
    assertEquals("national", first.getJsonObject("scope").getString("code"));
    assertEquals(items.size(), list("q=" + enc("Hội Luật gia")).getJsonArray("items").size(),
      "with diacritics too");
    assertFalse(list("q=" + enc("chu thap do")).getJsonArray("items").isEmpty());
  }

  @Test
  void provincesMatchAcrossThe2025Merger() {
    JsonObject hanoi = list("province=T01N&count=true&limit=200");
    assertTrue(hanoi.getLong("total") > 0, "associations in Hà Nội");
    for (Object o : hanoi.getJsonArray("items")) {
      JsonObject a = (JsonObject) o;
      assertEquals("T01N", a.getJsonObject("province_now").getString("key"), a.encode());
    }
    // a province merged into another: its organisations are found under the new one too
    JsonObject merged = list("province=T02&count=true&limit=5");
    if (merged.getLong("total") > 0) {
      JsonObject a = merged.getJsonArray("items").getJsonObject(0);
      assertEquals("T02", a.getJsonObject("province").getString("key"));
      assertEquals("2025-06-30", a.getJsonObject("province").getString("valid_to"));
      String now = a.getJsonObject("province_now").getString("key");
      assertTrue(list("province=" + now + "&limit=200&count=true").getLong("total") >= merged.getLong("total"));
    }
  }

  @Test
  void everyFilterNarrowsAndMatches() {
    long all = list("count=true&limit=1").getLong("total");
    assertTrue(all >= 3000, "the demo registry holds ~3,700 organisations: " + all);
    String[][] filters = {{"kind", "QUY_TU_THIEN"}, {"scope", "national"}, {"status", "dissolved"},
      {"field", "KHUYEN_HOC"}};
    for (String[] f : filters) {
      JsonObject page = list(f[0] + "=" + f[1] + "&count=true&limit=50");
      long n = page.getLong("total");
      assertTrue(n > 0 && n < all, f[0] + "=" + f[1] + " → " + n);
      for (Object o : page.getJsonArray("items")) {
        JsonObject a = (JsonObject) o;
        boolean ok = switch (f[0]) {
          case "kind" -> a.getJsonObject("kind").getString("code").equals(f[1]);
          case "scope" -> a.getJsonObject("scope").getString("code").equals(f[1]);
          case "status" -> a.getJsonObject("status").getString("code").equals(f[1]);
          default -> a.getJsonArray("fields").contains(f[1]);
        };
        assertTrue(ok, f[0] + "=" + f[1] + " returned " + a.encode());
      }
    }
    JsonObject decade = list("founded_from=2000-01-01&founded_to=2009-12-31&sort=founded_date&limit=50");
    for (Object o : decade.getJsonArray("items")) {
      String d = ((JsonObject) o).getString("founded_date");
      assertTrue(d.compareTo("2000-01-01") >= 0 && d.compareTo("2009-12-31") <= 0, d);
    }
  }

  @Test
  void pagingVisitsEveryMatchOnceInEachSortOrder() {
    for (String sort : new String[] {"name", "-founded_date", "founded_date"}) {
      String url = LIST + "?scope=national&limit=200&count=true&sort=" + sort;
      JsonObject page = ApiAssertions.ok(http.get(url), 200, LIST, "get");
      long total = page.getLong("total");
      Set<Long> seen = new HashSet<>();
      int pages = 0;
      while (true) {
        for (Object o : page.getJsonArray("items")) {
          assertTrue(seen.add(((JsonObject) o).getLong("id")), "no repeats in sort " + sort);
        }
        pages++;
        String next = page.getString("next");
        if (next == null) {
          break;
        }
        assertTrue(pages < 100, "paging terminates");
        page = http.get(next).json();
      }
      assertEquals(total, seen.size(), "every match once, sort " + sort);
    }
  }

  @Test
  void oneOrganisationAndItsHistory() {
    JsonObject dissolved = list("status=dissolved&limit=1").getJsonArray("items").getJsonObject(0);
    Http.Res res = http.get(dissolved.getJsonObject("links").getString("self"));
    JsonObject a = ApiAssertions.ok(res, 200, LIST + "/{id}", "get");
    assertEquals(dissolved.getString("name"), a.getString("name"));
    String etag = res.header("ETag").orElseThrow();
    assertEquals(304, http.get(LIST + "/" + a.getLong("id"), "If-None-Match", etag).status());

    Http.Res ev = http.get(a.getJsonObject("links").getString("events"));
    JsonArray events = ApiAssertions.ok(ev, 200, LIST + "/{id}/events", "get").getJsonArray("items");
    assertEquals("established", events.getJsonObject(0).getJsonObject("type").getString("code"));
    String previous = "";
    String lastStatus = null;
    for (Object o : events) {
      JsonObject e = (JsonObject) o;
      assertTrue(e.getString("date").compareTo(previous) >= 0, "oldest first");
      previous = e.getString("date");
      if (e.getString("sets_status") != null) {
        lastStatus = e.getString("sets_status");
      }
    }
    assertEquals("dissolved", lastStatus, "the status derives from the events");
    assertNotNull(a.getJsonObject("founding_decision"));
    // the charter decisions are the charter events, oldest first (every generated organisation has an approval)
    JsonArray charters = new JsonArray(events.stream().map(JsonObject.class::cast)
      .filter(e -> e.getJsonObject("type").getString("code").startsWith("charter_"))
      .map(e -> new JsonObject().put("type", e.getJsonObject("type").getString("code")).put("date", e.getString("date"))
        .put("decision_number", e.getString("decision_number")).put("decision_issuer", e.getString("decision_issuer")))
      .toList());
    assertFalse(charters.isEmpty());
    assertEquals("charter_approved", charters.getJsonObject(0).getString("type"));
    assertEquals(charters, a.getJsonArray("charter_decisions"));
  }

  @Test
  void statisticsAddUpToTheRegistry() {
    long all = list("count=true&limit=1").getLong("total");
    for (String by : new String[] {"kind", "scope", "province", "status", "year", "field"}) {
      JsonObject stats = ApiAssertions.ok(http.get(STATS + "?by=" + by), 200, STATS, "get");
      assertEquals(all, stats.getLong("total"), "total by " + by);
      long sum = stats.getJsonArray("items").stream().mapToLong(o -> ((JsonObject) o).getLong("count")).sum();
      if (by.equals("field")) {
        assertTrue(sum >= all, "organisations have one or more fields");
      } else {
        assertEquals(all, sum, "counts by " + by + " add up");
      }
    }
    JsonObject funds = http.get(STATS + "?by=status&kind=QUY_TU_THIEN").json();
    assertEquals(list("kind=QUY_TU_THIEN&count=true&limit=1").getLong("total"), funds.getLong("total"));
  }

  @Test
  void badRequestsAndUnknownIds() {
    ApiAssertions.fieldError(http.get(LIST + "?kind=CLUB"), 400, "kind", LIST, "get");
    ApiAssertions.fieldError(http.get(LIST + "?province=Hanoi"), 400, "province", LIST, "get");
    ApiAssertions.fieldError(http.get(LIST + "?sort=relevance"), 400, "sort", LIST, "get");
    ApiAssertions.problem(http.get(LIST + "?cursor=abc"), 400, LIST, "get");
    ApiAssertions.fieldError(http.get(STATS), 400, "by", STATS, "get");
    ApiAssertions.fieldError(http.get(STATS + "?by=colour"), 400, "by", STATS, "get");
    ApiAssertions.problem(http.get(LIST + "/999999999"), 404, LIST + "/{id}", "get");
    ApiAssertions.problem(http.get(LIST + "/999999999/events"), 404, LIST + "/{id}/events", "get");
  }

  @Test
  void codeListsOfTheRegistryWithLabelsAndETags() {
    String path = "/api/v1/code-lists/{scheme}";
    JsonObject schemas = ContractSchemas.contract().getJsonObject("components").getJsonObject("schemas");
    Map<String, String> enums = Map.of("association-kinds", "AssociationKind", "association-scopes",
      "AssociationScope", "association-statuses", "AssociationStatus");
    for (String scheme : List.of("association-kinds", "association-scopes", "association-statuses",
      "association-fields", "association-event-types")) {
      Http.Res res = http.get("/api/v1/code-lists/" + scheme);
      JsonObject list = ApiAssertions.ok(res, 200, path, "get");
      assertEquals(scheme, list.getString("scheme"));
      assertNotNull(list.getJsonObject("title").getString("en"));
      JsonArray items = list.getJsonArray("items");
      assertFalse(items.isEmpty(), scheme);
      for (Object o : items) {
        JsonObject label = ((JsonObject) o).getJsonObject("label");
        assertTrue(label.getString("vi") != null && label.getString("en") != null, scheme + ": " + o);
      }
      if (enums.containsKey(scheme)) {
        // the code table and the contract's enum of the same codes must not drift apart
        assertEquals(schemas.getJsonObject(enums.get(scheme)).getJsonArray("enum").getList(),
          items.stream().map(o -> ((JsonObject) o).getString("code")).toList(), scheme);
      }
      String etag = res.header("ETag").orElseThrow();
      Http.Res again = http.get("/api/v1/code-lists/" + scheme, "If-None-Match", etag);
      assertEquals(304, again.status());
      assertEquals(etag, again.header("ETag").orElseThrow());
      assertEquals(200, http.get("/api/v1/code-lists/" + scheme, "If-None-Match", "\"other\"").status());
    }
    JsonArray kinds = http.get("/api/v1/code-lists/association-kinds").json().getJsonArray("items");
    assertEquals("fund", item(kinds, "QUY_TU_THIEN").getString("family"));
    assertEquals("association", item(kinds, "HOI").getString("family"));
    assertEquals("Hội", item(kinds, "HOI").getJsonObject("label").getString("vi"));
    JsonArray types = http.get("/api/v1/code-lists/association-event-types").json().getJsonArray("items");
    assertEquals("dissolved", item(types, "dissolved").getString("sets_status"));
    assertTrue(item(types, "charter_amended").containsKey("sets_status"));
    assertNull(item(types, "charter_amended").getString("sets_status"));
    JsonArray fields = http.get("/api/v1/code-lists/association-fields").json().getJsonArray("items");
    assertEquals("Law", item(fields, "PHAP_LUAT").getJsonObject("label").getString("en"));
  }

  /** The contract's read examples are what the server answers on the demo data (links aside, and modified_at). */
  @Test
  void theContractExamplesAreTheDemoData() {
    String[][] cases = {
      {LIST, "get", "search", LIST + "?q=hoi%20luat%20gia"},
      {LIST, "get", "filteredPage", LIST + "?kind=LIEN_DOAN&scope=national&limit=2"},
      {LIST + "/{id}", "get", "hoiLuatGia", LIST + "/9"},
      {LIST + "/{id}", "get", "withHistory", LIST + "/3022"},
      {LIST + "/{id}/events", "get", "history", LIST + "/3022/events"},
      {LIST + "/{id}/events", "get", "noEvents", LIST + "/9/events"}};
    JsonObject paths = ContractSchemas.contract().getJsonObject("paths");
    for (String[] c : cases) {
      JsonObject example = paths.getJsonObject(c[0]).getJsonObject(c[1]).getJsonObject("responses")
        .getJsonObject("200").getJsonObject("content").getJsonObject("application/json").getJsonObject("examples")
        .getJsonObject(c[2]);
      JsonObject expected = new JsonObject(example.getJsonObject("value").encode()
        .replace("http://localhost:8080", TestServer.base()));
      JsonObject actual = ApiAssertions.ok(http.get(c[3]), 200, c[0], c[1]);
      expected.remove("modified_at");
      actual.remove("modified_at");
      assertEquals(expected, actual, c[2] + " (" + c[3] + ")");
    }
  }

  private static JsonObject item(JsonArray items, String code) {
    return items.stream().map(JsonObject.class::cast).filter(i -> code.equals(i.getString("code"))).findFirst()
      .orElseThrow(() -> new AssertionError("no code " + code + " in " + items.encode()));
  }
}
