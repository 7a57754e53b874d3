package vn.gov.moha.opendata.datasets.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/** The open side of the awards dataset over the demo data: lists, filters, search, one award, statistics, types. */
class AwardsIT {
  static final String LIST = "/api/v1/awards";
  static final String ONE = LIST + "/{id}";
  private final Http http = TestServer.http();

  private JsonObject page(String query) {
    return ApiAssertions.ok(http.get(LIST + query), 200, LIST, "get");
  }

  private static List<JsonObject> items(JsonObject page) {
    return page.getJsonArray("items").stream().map(JsonObject.class::cast).toList();
  }

  static String fold(String s) {
    return Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
      .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
  }

  @Test
  void newestFirstAndEveryPageFollowsWithoutOverlap() {
    JsonObject first = page("?limit=7&count=true");
    assertTrue(first.getLong("total") >= 3000, "the demo awards are loaded");
    Set<Long> seen = new HashSet<>();
    String last = "9999-12-31";
    JsonObject p = first;
    for (int i = 0; i < 4; i++) {
      for (JsonObject a : items(p)) {
        assertTrue(seen.add(a.getLong("id")), "no award twice");
        String date = a.getJsonObject("decision").getString("date");
        assertTrue(date.compareTo(last) <= 0, date + " after " + last);
        last = date;
      }
      p = ApiAssertions.ok(http.get(p.getString("next")), 200, LIST, "get");
    }
    assertEquals(28, seen.size());
  }

  @Test
  void theLabourOrdersOfAYear() {
    JsonObject stats = ApiAssertions.ok(http.get("/api/v1/statistics/awards?by=year&type=HC_LAO_DONG_3"), 200,
      "/api/v1/statistics/awards", "get");
    int year = stats.getJsonArray("items").stream().map(JsonObject.class::cast)
      .filter(i -> i.getLong("count") > 0).mapToInt(i -> i.getInteger("value")).max().orElseThrow();
    JsonObject p = page("?type_prefix=HC_LAO_DONG&year=" + year + "&limit=200&count=true");
    assertFalse(items(p).isEmpty());
    for (JsonObject a : items(p)) {
      assertTrue(a.getJsonObject("type").getString("code").startsWith("HC_LAO_DONG_"), a.encode());
      assertEquals(year, a.getInteger("year"));
      assertEquals("president", a.getJsonObject("decision").getJsonObject("decider").getString("code"));
    }
    JsonObject exact = page("?type=HC_LAO_DONG_3&year=" + year + "&count=true&withdrawn=false");
    long counted = stats.getJsonArray("items").stream().map(JsonObject.class::cast)
      .filter(i -> i.getInteger("value") == year).findFirst().orElseThrow().getLong("count");
    assertEquals(counted, exact.getLong("total"), "statistics and list agree (withdrawn left out of both)");
  }

  @Test
  void filtersNarrowTheList() {
    for (JsonObject a : items(page("?recipient_kind=collective&limit=50"))) {
      assertEquals("collective", a.getJsonObject("recipient").getString("kind"));
    }
    for (JsonObject a : items(page("?state_level=false&limit=50"))) {
      assertFalse(a.getJsonObject("decision").getBoolean("state_level"));
    }
    for (JsonObject a : items(page("?kind=certificate_of_merit&decided_from=2020-01-01&decided_to=2020-12-31"))) {
      assertEquals("certificate_of_merit", a.getJsonObject("kind").getString("code"));
      assertEquals(2020, a.getInteger("year"));
    }
    // a current province matches the awards recorded under the provinces merged into it
    List<JsonObject> hn = items(page("?province=T01N&limit=200&decided_to=2025-06-30"));
    assertFalse(hn.isEmpty());
    hn.forEach(a -> assertEquals("T01", a.getJsonObject("province").getString("key")));
    hn.forEach(a -> assertEquals("T01N", a.getJsonObject("province_now").getString("key")));
    // a current body likewise matches its former provinces' bodies
    for (JsonObject a : items(page("?body=UBND_T08N&limit=100"))) {
      assertTrue(List.of("UBND_T08N", "UBND_T08", "UBND_T02").contains(a.getJsonObject("body").getString("key")),
        a.encode());
    }
    for (JsonObject a : items(page("?decider=prime_minister&limit=50"))) {
      assertEquals("prime_minister", a.getJsonObject("decision").getJsonObject("decider").getString("code"));
    }
    List<String> names = items(page("?sort=name&limit=30")).stream()
      .map(a -> fold(a.getJsonObject("recipient").getString("name"))).toList();
    assertEquals(names.stream().sorted().toList(), names, "sort=name orders by the folded name");
    JsonObject asc = page("?sort=decision_date&limit=5");
    String d0 = items(asc).get(0).getJsonObject("decision").getString("date");
    JsonObject next = ApiAssertions.ok(http.get(asc.getString("next")), 200, LIST, "get");
    assertTrue(items(next).get(0).getJsonObject("decision").getString("date").compareTo(d0) >= 0, "oldest first");
    ApiAssertions.fieldError(http.get(LIST + "?year=1800"), 400, "year", LIST, "get");
    ApiAssertions.problem(http.get(LIST + "?sort=relevance"), 400, LIST, "get");
    ApiAssertions.problem(http.get(LIST + "?cursor=bm9wZQ"), 400, LIST, "get");
  }

  @Test
  void nameSearchIgnoresDiacritics() {
    JsonObject a = items(page("?recipient_kind=individual&limit=1")).get(0);
    String name = a.getJsonObject("recipient").getString("name");
    String folded = fold(name);
    assertNotEquals(name.toLowerCase(java.util.Locale.ROOT), folded, "a Vietnamese name with diacritics: " + name);
    List<JsonObject> found = items(page("?q=" + URLEncoder.encode(folded, StandardCharsets.UTF_8)
      + "&limit=200&sort=relevance"));
    assertTrue(found.stream().anyMatch(f -> f.getLong("id").equals(a.getLong("id"))), folded);
    found.forEach(f -> assertTrue(fold(f.getJsonObject("recipient").getString("name") + " "
      + f.getJsonObject("recipient").getString("unit") + " " + f.getJsonObject("recipient").getString("position"))
      .contains(folded.split(" ")[0]), f.encode()));
  }

  @Test
  void oneAwardWithItsETag() {
    JsonObject a = items(page("?limit=1")).get(0);
    Http.Res res = http.get(LIST + "/" + a.getLong("id"));
    JsonObject full = ApiAssertions.ok(res, 200, ONE, "get");
    assertEquals(a.getString("key"), full.getString("key"));
    assertTrue(full.getString("legal_basis").startsWith("Luật Thi đua, khen thưởng"));
    String etag = res.header("ETag").orElseThrow();
    assertEquals(304, http.get(LIST + "/" + a.getLong("id"), "If-None-Match", etag).status());
    ApiAssertions.problem(http.get(LIST + "/999999999"), 404, ONE, "get");
  }

  @Test
  void aWithdrawalIsRecordedByTheBoardAndStaysVisible() {
    JsonObject a = items(page("?withdrawn=false&decided_from=2023-01-01&limit=1")).get(0);
    long id = a.getLong("id");
    String path = LIST + "/" + id + "/withdrawal";
    JsonObject in = new JsonObject().put("date", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString())
      .put("decision_number", "5/QĐ-CTN").put("reason", "Kiểm thử thu hồi");
    String[] board = AwardDossiersIT.bearer(TestServer.token("board-officer", "BAN_TDKT", "officer"));
    String[] other = AwardDossiersIT.bearer(TestServer.token("hn", "UBND_T01N", "officer"));
    assertEquals(401, http.json("POST", path, in).status());
    assertEquals(403, http.json("POST", path, in, other).status());
    ApiAssertions.fieldError(http.json("POST", path, in.copy().put("date", "2000-01-01"), board), 400, "/date",
      path.replace(String.valueOf(id), "{id}"), "post");
    JsonObject w = ApiAssertions.ok(http.json("POST", path, in, board), 200, LIST + "/{id}/withdrawal", "post");
    assertTrue(w.getBoolean("withdrawn"));
    assertEquals("5/QĐ-CTN", w.getJsonObject("withdrawal").getString("decision_number"));
    assertEquals("already-withdrawn", ApiAssertions.problem(http.json("POST", path, in, board), 409, null, null)
      .getString("code"));
    assertTrue(items(page("?withdrawn=true&limit=200")).stream().anyMatch(x -> x.getLong("id") == id));
    assertTrue(items(page("?withdrawn=false&limit=200&decided_from=" + a.getJsonObject("decision").getString("date")
      + "&decided_to=" + a.getJsonObject("decision").getString("date"))).stream().noneMatch(x -> x.getLong("id") == id));
  }

  @Test
  void statisticsByEveryDimension() {
    long total = page("?count=true&withdrawn=false&limit=1").getLong("total");
    for (String by : List.of("type", "kind", "year", "body", "province", "recipient_kind", "decider", "method")) {
      JsonObject s = ApiAssertions.ok(http.get("/api/v1/statistics/awards?by=" + by), 200,
        "/api/v1/statistics/awards", "get");
      assertEquals(by, s.getString("dimension"));
      long sum = s.getJsonArray("items").stream().mapToLong(i -> ((JsonObject) i).getLong("count")).sum();
      assertEquals(s.getLong("total"), sum, by);
      assertTrue(Math.abs(total - sum) <= 5, by + ": " + sum + " vs " + total + " (concurrent test writes aside)");
    }
    JsonObject bodies = http.get("/api/v1/statistics/awards?by=body").json();
    assertTrue(bodies.getJsonArray("items").stream().map(JsonObject.class::cast)
      .noneMatch(i -> String.valueOf(i.getValue("value")).matches("UBND_T\\d\\d")), "former provinces count under "
      + "their successors");
    ApiAssertions.problem(http.get("/api/v1/statistics/awards?by=person"), 400, "/api/v1/statistics/awards", "get");
  }

  @Test
  void theAwardTypesAndBodies() {
    Http.Res res = http.get("/api/v1/award-types");
    JsonObject types = ApiAssertions.ok(res, 200, "/api/v1/award-types", "get");
    assertEquals(60, types.getJsonArray("items").size());
    JsonObject labour = types.getJsonArray("items").stream().map(JsonObject.class::cast)
      .filter(t -> t.getString("code").equals("HC_LAO_DONG_3")).findFirst().orElseThrow();
    assertEquals("Huân chương Lao động hạng Ba", labour.getJsonObject("label").getString("vi"));
    assertEquals("president", labour.getJsonObject("decided_by").getString("code"));
    assertTrue(labour.getBoolean("state_level"));
    assertEquals(304, http.get("/api/v1/award-types", "If-None-Match", res.header("ETag").orElseThrow()).status());
    assertEquals(20, http.get("/api/v1/award-types?kind=order").json().getJsonArray("items").size());

    JsonArray current = ApiAssertions.ok(http.get("/api/v1/award-bodies"), 200, "/api/v1/award-bodies", "get")
      .getJsonArray("items");
    assertEquals(146, current.size());
    assertEquals(34, current.stream().map(JsonObject.class::cast).filter(b -> b.getString("kind").equals("province"))
      .count());
    JsonArray rounds = ApiAssertions.ok(http.get("/api/v1/award-rounds?year=2024"), 200, "/api/v1/award-rounds",
      "get").getJsonArray("items");
    assertFalse(rounds.isEmpty());
    rounds.forEach(r -> assertEquals(2024, ((JsonObject) r).getInteger("year")));
    JsonArray former = http.get("/api/v1/award-bodies?current=false").json().getJsonArray("items");
    assertEquals(63, former.size());
    assertTrue(former.stream().map(JsonObject.class::cast).allMatch(b -> b.getString("successor") != null));
  }
}
