package vn.gov.moha.opendata.datasets.legaldocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.moha.opendata.support.ApiAssertions.fieldError;
import static vn.gov.moha.opendata.support.ApiAssertions.ok;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/** Reading the seeded legal documents over HTTP: list, filters, search, paging, get, relations, ETags. */
class LegalDocumentsReadIT {
  static final String LIST = "/api/v1/legal-documents";
  static final String ONE = "/api/v1/legal-documents/{id}";
  final Http http = TestServer.http();

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Vietnamese folding as the server does it: NFD, drop combining marks, đ → d, lower case. */
  static String fold(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
      .replace('đ', 'd').replace('Đ', 'D').toLowerCase();
  }

  JsonArray items(String query) {
    return ok(http.get(LIST + query), 200, LIST, "GET").getJsonArray("items");
  }

  @Test
  void listHasDefaultPageAndAbsoluteNextLink() {
    Http.Res res = http.get(LIST);
    JsonObject page = ok(res, 200, LIST, "GET");
    assertEquals(20, page.getInteger("limit"));
    assertEquals(20, page.getJsonArray("items").size());
    String next = page.getString("next");
    assertTrue(next.startsWith(TestServer.base() + LIST + "?"), next);
    assertEquals("<" + next + ">; rel=\"next\"", res.header("Link").orElseThrow());
    // default order: newest issued first
    JsonArray items = page.getJsonArray("items");
    for (int i = 1; i < items.size(); i++) {
      assertTrue(items.getJsonObject(i - 1).getString("issued_date").compareTo(items.getJsonObject(i).getString("issued_date")) >= 0);
    }
  }

  @Test
  void pagingVisitsEveryMatchOnceAndTerminates() {
    JsonObject first = ok(http.get(LIST + "?limit=37&count=true&kind=normative"), 200, LIST, "GET");
    long total = first.getLong("total");
    assertTrue(total > 37, "enough normative documents to page: " + total);
    Set<Long> seen = new HashSet<>();
    JsonObject page = first;
    int pages = 0;
    while (true) {
      for (Object o : page.getJsonArray("items")) {
        JsonObject d = (JsonObject) o;
        assertEquals("normative", d.getString("kind"));
        assertTrue(seen.add(d.getLong("id")), "no document twice");
      }
      pages++;
      assertTrue(pages < 1000, "paging terminates");
      String next = page.getString("next");
      if (next == null) {
        break;
      }
      page = ok(http.get(next), 200, LIST, "GET");
    }
    assertEquals(total, seen.size());
  }

  @Test
  void pagingAscendingAndByNumber() {
    for (String sort : List.of("issued_date", "number", "-number")) {
      JsonObject page = ok(http.get(LIST + "?limit=50&sort=" + sort), 200, LIST, "GET");
      JsonObject second = ok(http.get(page.getString("next")), 200, LIST, "GET");
      JsonObject lastOfFirst = page.getJsonArray("items").getJsonObject(49);
      JsonObject firstOfSecond = second.getJsonArray("items").getJsonObject(0);
      String key = sort.contains("number") ? "number" : "issued_date";
      int cmp = lastOfFirst.getString(key).compareTo(firstOfSecond.getString(key));
      assertTrue(sort.startsWith("-") ? cmp >= 0 : cmp <= 0, sort + " continues in order");
      assertFalse(lastOfFirst.getLong("id").equals(firstOfSecond.getLong("id")));
    }
  }

  @Test
  void searchIgnoresDiacriticsAndRanks() {
    JsonArray hits = items("?q=" + enc("nghi dinh to chuc bo may") + "&limit=50");
    assertFalse(hits.isEmpty(), "found documents without typing diacritics");
    for (Object o : hits) {
      JsonObject d = (JsonObject) o;
      JsonObject full = http.get("/api/v1/legal-documents/" + d.getLong("id")).json();
      String text = fold(String.join(" ", full.getString("number"), full.getString("title"),
        full.getJsonObject("type_label").getString("vi"), full.getJsonObject("issuer_label").getString("vi"),
        String.valueOf(full.getString("summary")), String.valueOf(full.getString("full_text"))));
      for (String word : List.of("nghi", "dinh", "to", "chuc", "bo", "may")) {
        assertTrue(text.matches("(?s).*\\b" + word + "\\b.*"), word + " in " + d.encode());
      }
      assertNotNull(d.getDouble("rank"));
    }
    // title and type weigh most: the best hit has the words there, not only in its body
    JsonObject best = hits.getJsonObject(0);
    String head = fold(best.getString("title") + " " + best.getJsonObject("type_label").getString("vi"));
    assertTrue(head.contains("nghi dinh") && head.contains("to chuc"), best.encode());
    for (int i = 1; i < hits.size(); i++) {
      assertTrue(hits.getJsonObject(i - 1).getDouble("rank") >= hits.getJsonObject(i).getDouble("rank"), "ranked");
    }
    // the same query with diacritics finds the same documents
    JsonArray accented = items("?q=" + enc("Nghị định tổ chức bộ máy") + "&limit=50");
    assertEquals(hits.stream().map(o -> ((JsonObject) o).getLong("id")).toList(),
      accented.stream().map(o -> ((JsonObject) o).getLong("id")).toList());
  }

  @Test
  void searchPagesByRelevance() {
    JsonObject page = ok(http.get(LIST + "?q=" + enc("can bo cong chuc") + "&limit=5&count=true"), 200, LIST, "GET");
    long total = page.getLong("total");
    Set<Long> seen = new HashSet<>();
    int guard = 0;
    while (page != null && guard++ < 500) {
      page.getJsonArray("items").forEach(o -> assertTrue(seen.add(((JsonObject) o).getLong("id"))));
      page = page.getString("next") == null ? null : ok(http.get(page.getString("next")), 200, LIST, "GET");
    }
    assertEquals(total, seen.size());
  }

  @Test
  void anyStringIsAValidQuery() {
    for (String q : List.of("2022", "\"cai cach hanh chinh\"", "cai \"cach\"", "\"cai cach\" -thong", "63/2022",
      "{\"json\": 1}", "true", "null", "[1,2]", "'")) {
      ok(http.get(LIST + "?limit=5&q=" + enc(q)), 200, LIST, "GET");
    }
    // a quoted phrase is a phrase: every hit has the words next to each other
    JsonArray phrase = items("?limit=50&q=" + enc("\"cai cach hanh chinh\""));
    assertFalse(phrase.isEmpty());
    JsonArray year = items("?limit=5&q=2022");
    assertFalse(year.isEmpty(), "a bare number is a search term, not a JSON number");
  }

  @Test
  void weakAndListEtagsAreUnderstood() {
    long id = items("?limit=1").getJsonObject(0).getLong("id");
    String etag = http.get("/api/v1/legal-documents/" + id).header("ETag").orElseThrow();
    assertEquals(304, http.get("/api/v1/legal-documents/" + id, "If-None-Match", "W/" + etag).status());
    assertEquals(304, http.get("/api/v1/legal-documents/" + id, "If-None-Match", "\"x\", " + etag).status());
    assertEquals(304, http.get("/api/v1/legal-documents/" + id, "If-None-Match", "*").status());
  }

  @Test
  void exactNumberFindsTheRealDecree() {
    JsonArray hits = items("?number=" + enc("63/2022/NĐ-CP"));
    assertEquals(1, hits.size());
    JsonObject d = hits.getJsonObject(0);
    assertEquals("NGHI_DINH", d.getString("type"));
    assertEquals("CP", d.getString("issuer"));
    assertEquals("2022-09-12", d.getString("issued_date"));
    assertEquals("Nghị định", d.getJsonObject("type_label").getString("vi"));
  }

  @Test
  void filtersNarrowTheList() {
    for (Object o : items("?type=THONG_TU&limit=100")) {
      assertEquals("THONG_TU", ((JsonObject) o).getString("type"));
    }
    for (Object o : items("?issuer=BNV&limit=100")) {
      assertEquals("BNV", ((JsonObject) o).getString("issuer"));
    }
    for (Object o : items("?status=in_force&limit=100")) {
      assertEquals("in_force", ((JsonObject) o).getString("status"));
    }
    for (Object o : items("?kind=administrative&limit=100")) {
      assertEquals("administrative", ((JsonObject) o).getString("kind"));
    }
    JsonArray field = items("?field=CAN_BO_CONG_CHUC&limit=100");
    assertFalse(field.isEmpty());
    for (Object o : field) {
      assertTrue(((JsonObject) o).getJsonArray("fields").contains("CAN_BO_CONG_CHUC"));
    }
    for (Object o : items("?issued_from=2020-01-01&issued_to=2020-12-31&limit=100")) {
      assertTrue(((JsonObject) o).getString("issued_date").startsWith("2020-"));
    }
    LocalDate on = LocalDate.of(2023, 6, 1);
    for (Object o : items("?effective_on=2023-06-01&limit=100")) {
      JsonObject d = (JsonObject) o;
      assertFalse(LocalDate.parse(d.getString("effective_date")).isAfter(on));
      String expiry = d.getString("expiry_date");
      assertTrue(expiry == null || !LocalDate.parse(expiry).isBefore(on));
    }
    assertTrue(items("?type=NO_SUCH_TYPE").isEmpty());
  }

  @Test
  void getReturnsTheFullDocumentWithEtag() {
    long id = items("?limit=1").getJsonObject(0).getLong("id");
    Http.Res res = http.get("/api/v1/legal-documents/" + id);
    JsonObject doc = ok(res, 200, ONE, "GET");
    assertEquals(id, doc.getLong("id"));
    assertTrue(doc.containsKey("full_text") && doc.containsKey("attachments"));
    String etag = res.header("ETag").orElseThrow();
    Http.Res notModified = http.get("/api/v1/legal-documents/" + id, "If-None-Match", etag);
    assertEquals(304, notModified.status());
    assertEquals("", notModified.body());
    assertEquals(200, http.get("/api/v1/legal-documents/" + id, "If-None-Match", "\"other\"").status());
  }

  @Test
  void unknownDocumentIs404Problem() {
    vn.gov.moha.opendata.support.ApiAssertions.problem(http.get("/api/v1/legal-documents/987654321"), 404, ONE, "GET");
    vn.gov.moha.opendata.support.ApiAssertions.problem(http.get("/api/v1/legal-documents/987654321/relations"), 404,
      "/api/v1/legal-documents/{id}/relations", "GET");
  }

  @Test
  void relationsAreServedInBothDirections() {
    // find a generated document that relates to another one
    JsonObject withRelation = null;
    for (Object o : items("?limit=200")) {
      JsonObject full = http.get("/api/v1/legal-documents/" + ((JsonObject) o).getLong("id")).json();
      if (!full.getJsonArray("relations").isEmpty()) {
        withRelation = full;
        break;
      }
    }
    assertNotNull(withRelation, "the seed has relations");
    final JsonObject source = withRelation;
    JsonObject rel = withRelation.getJsonArray("relations").getJsonObject(0);
    String path = "/api/v1/legal-documents/{id}/relations";
    JsonObject out = ok(http.get("/api/v1/legal-documents/" + withRelation.getLong("id") + "/relations"), 200, path, "GET");
    assertTrue(out.getJsonArray("items").stream().map(JsonObject.class::cast).anyMatch(i ->
      i.getString("direction").equals("outgoing") && i.getString("type").equals(rel.getString("type"))
        && i.getJsonObject("document").getLong("id").equals(rel.getLong("target"))));
    JsonObject in = ok(http.get("/api/v1/legal-documents/" + rel.getLong("target") + "/relations"), 200, path, "GET");
    assertTrue(in.getJsonArray("items").stream().map(JsonObject.class::cast).anyMatch(i ->
      i.getString("direction").equals("incoming")
        && i.getJsonObject("document").getLong("id").equals(source.getLong("id"))
        && !i.getString("type").equals(rel.getString("type")) == !rel.getString("type").equals("related_to")));
  }

  @Test
  void codeListsCarryVietnameseAndEnglishLabels() {
    String path = "/api/v1/code-lists/{scheme}";
    for (String scheme : List.of("legal-document-types", "issuers", "fields", "validity-statuses", "relation-types")) {
      Http.Res res = http.get("/api/v1/code-lists/" + scheme);
      JsonObject list = ok(res, 200, path, "GET");
      assertEquals(scheme, list.getString("scheme"));
      assertFalse(list.getJsonArray("items").isEmpty());
      assertEquals(304, http.get("/api/v1/code-lists/" + scheme, "If-None-Match", res.header("ETag").orElseThrow()).status());
    }
    JsonObject types = http.get("/api/v1/code-lists/legal-document-types").json();
    assertTrue(types.getJsonArray("items").stream().map(JsonObject.class::cast).anyMatch(t ->
      t.getString("code").equals("NGHI_DINH") && t.getJsonObject("label").getString("vi").equals("Nghị định")
        && t.getJsonObject("label").getString("en").equals("Decree")));
    fieldError(http.get("/api/v1/code-lists/nope"), 400, "scheme", path, "GET");
  }

  @Test
  void invalidParametersAreNamed() {
    fieldError(http.get(LIST + "?limit=0"), 400, "limit", LIST, "GET");
    fieldError(http.get(LIST + "?limit=201"), 400, "limit", LIST, "GET");
    fieldError(http.get(LIST + "?limit=abc"), 400, "limit", LIST, "GET");
    fieldError(http.get(LIST + "?kind=other"), 400, "kind", LIST, "GET");
    fieldError(http.get(LIST + "?sort=title"), 400, "sort", LIST, "GET");
    fieldError(http.get(LIST + "?sort=relevance"), 400, "sort", LIST, "GET");
    fieldError(http.get(LIST + "?issued_from=2020-13-45"), 400, "issued_from", LIST, "GET");
    fieldError(http.get(LIST + "?cursor=bm90LWEtY3Vyc29y"), 400, "cursor", LIST, "GET");
    fieldError(http.get(LIST + "?cursor=" + enc("not a cursor!")), 400, "cursor", LIST, "GET");
    fieldError(http.get("/api/v1/legal-documents/abc"), 400, "id", ONE, "GET");
    fieldError(http.get("/api/v1/legal-documents/0"), 400, "id", ONE, "GET");
  }

  @Test
  void cursorOfAnotherSortIsRefused() {
    String next = http.get(LIST + "?limit=2").json().getString("next");
    String cursor = next.substring(next.indexOf("cursor=") + 7);
    fieldError(http.get(LIST + "?limit=2&sort=number&cursor=" + cursor), 400, "cursor", LIST, "GET");
  }

  @Test
  void lastPageHasNullNext() {
    JsonObject page = ok(http.get(LIST + "?number=" + enc("63/2022/NĐ-CP")), 200, LIST, "GET");
    assertNull(page.getString("next"));
  }
}
