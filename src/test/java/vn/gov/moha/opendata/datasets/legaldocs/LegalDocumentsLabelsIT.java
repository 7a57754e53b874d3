package vn.gov.moha.opendata.datasets.legaldocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/**
 * The reads label in the JVM from the code lists and write their JSON with a streaming generator: their answers must
 * be byte for byte those of the labelled view {@code legaldocs.open_document} as the API built them before (JsonObject
 * trees, encoded). The expected answers are built here from SQL over the labelled views, independently of the server's
 * statements, and compared as text (field order included) for many documents, list pages and searches.
 */
class LegalDocumentsLabelsIT {
  static final String LIST = "/api/v1/legal-documents";
  static final String DOC = "SELECT id, number, kind, type_code, type_vi, type_en, title, issuer_code, issuer_vi, "
    + "issuer_en, signer_name, signer_title, issued_date::text, effective_date::text, expiry_date::text, status_code, "
    + "status_vi, status_en, fields, summary, modified_at, eli_path, full_text, version, created_at "
    + "FROM legaldocs.open_document";
  final Http http = TestServer.http();
  final String base = TestServer.base();

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String timestamp(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  static JsonObject labels(ResultSet rs, String prefix) throws SQLException {
    return new JsonObject().put("vi", rs.getString(prefix + "_vi")).put("en", rs.getString(prefix + "_en"));
  }

  /** A document of the labelled view: its summary (as the list serves it, without rank) and its by-id extras. */
  record Doc(JsonObject summary, JsonObject full, String etag) {
  }

  /** The documents with these ids, as the API built them from open_document before. */
  Map<Long, Doc> docs(Connection c, List<Long> ids) throws SQLException {
    Map<Long, Doc> out = new LinkedHashMap<>();
    try (PreparedStatement st = c.prepareStatement(DOC + " WHERE id = ANY(?)")) {
      st.setArray(1, c.createArrayOf("bigint", ids.toArray()));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong("id");
          JsonObject s = new JsonObject().put("id", id).put("uri", base + rs.getString("eli_path"))
            .put("number", rs.getString("number")).put("kind", rs.getString("kind"))
            .put("type", rs.getString("type_code")).put("type_label", labels(rs, "type"))
            .put("title", rs.getString("title")).put("issuer", rs.getString("issuer_code"))
            .put("issuer_label", labels(rs, "issuer"))
            .put("signer", rs.getString("signer_name") == null ? null
              : new JsonObject().put("name", rs.getString("signer_name")).put("title", rs.getString("signer_title")))
            .put("issued_date", rs.getString("issued_date")).put("effective_date", rs.getString("effective_date"))
            .put("expiry_date", rs.getString("expiry_date")).put("status", rs.getString("status_code"))
            .put("status_label", labels(rs, "status"))
            .put("fields", new JsonArray(List.of((Object[]) rs.getArray("fields").getArray())))
            .put("summary", rs.getString("summary")).put("modified_at", timestamp(rs, "modified_at"))
            .put("links", new JsonObject().put("self", base + LIST + "/" + id)
              .put("relations", base + LIST + "/" + id + "/relations"));
          JsonObject full = s.copy().put("full_text", rs.getString("full_text"))
            .put("attachments", attachments(c, id)).put("relations", relations(c, id))
            .put("created_at", timestamp(rs, "created_at"));
          out.put(id, new Doc(s, full, "\"" + id + "-" + rs.getInt("version") + "\""));
        }
      }
    }
    assertEquals(ids.size(), out.size(), "every id is a document");
    return out;
  }

  static JsonArray attachments(Connection c, long id) throws SQLException {
    return objects(c, "SELECT name, media_type, size, checksum FROM legaldocs.open_attachment WHERE document_id = ? "
      + "ORDER BY ord", id);
  }

  static JsonArray relations(Connection c, long id) throws SQLException {
    return objects(c, "SELECT type_code AS type, target_id AS target FROM legaldocs.open_relation WHERE source_id = ? "
      + "ORDER BY type_code, target_id", id);
  }

  /** The rows of a query as JSON objects named by its columns. */
  static JsonArray objects(Connection c, String sql, Object... params) throws SQLException {
    JsonArray a = new JsonArray();
    for (Map<String, Object> row : named(c, sql, params)) {
      a.add(new JsonObject(row));
    }
    return a;
  }

  static List<Long> ids(Connection c, String sql, Object... params) throws SQLException {
    return rows(c, sql, params).stream().map(r -> ((Number) r.get(0)).longValue()).toList();
  }

  static List<List<Object>> rows(Connection c, String sql, Object... params) throws SQLException {
    return named(c, sql, params).stream().map(m -> (List<Object>) new ArrayList<>(m.values())).toList();
  }

  /** The rows of a query, each column by its name in the query's order. */
  static List<Map<String, Object>> named(Connection c, String sql, Object... params) throws SQLException {
    List<Map<String, Object>> out = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        st.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = st.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= n; i++) {
            row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
          }
          out.add(row);
        }
      }
    }
    return out;
  }

  @Test
  void byIdIsTheLabelledViewsDocumentByteForByte() throws SQLException {
    try (Connection c = TestServer.jdbc()) {
      // every 2nd document of the seed (200 of 400), and all that have relations or attachments or no signer
      List<Long> ids = ids(c, "SELECT id FROM legaldocs.open_document WHERE id % 2 = 0 OR signer_name IS NULL "
        + "OR id IN (SELECT source_id FROM legaldocs.open_relation) ORDER BY id LIMIT 400");
      assertTrue(ids.size() >= 150, "many documents: " + ids.size());
      Map<Long, Doc> expected = docs(c, ids);
      int withRelations = 0;
      int withAttachments = 0;
      int unsigned = 0;
      for (long id : ids) {
        Http.Res res = http.get(LIST + "/" + id);
        assertEquals(200, res.status(), res.toString());
        Doc d = expected.get(id);
        assertEquals(d.full().encode(), res.body(), "document " + id);
        assertEquals(d.etag(), res.header("ETag").orElseThrow());
        assertEquals("application/json; charset=utf-8", res.contentType());
        withRelations += d.full().getJsonArray("relations").isEmpty() ? 0 : 1;
        withAttachments += d.full().getJsonArray("attachments").isEmpty() ? 0 : 1;
        unsigned += d.full().getValue("signer") == null ? 1 : 0;
      }
      assertTrue(withRelations > 0 && withAttachments > 0 && unsigned > 0,
        "relations " + withRelations + ", attachments " + withAttachments + ", unsigned " + unsigned);
      ApiAssertions.ok(http.get(LIST + "/" + ids.get(0)), 200, LIST + "/{id}", "GET");
    }
  }

  /** A list request, and the SQL over open_document that gives its ids in order (the page is limit rows). */
  record Case(String query, String where, Object... params) {
  }

  @Test
  void filteredPagesAreTheLabelledViewsRowsInOrder() throws SQLException {
    String byDate = " ORDER BY issued_date DESC, id DESC";
    List<Case> cases = List.of(
      new Case("type=NGHI_DINH&status=in_force&limit=50", "type_code = ? AND status_code = ?" + byDate, "NGHI_DINH",
        "in_force"),
      new Case("kind=normative&limit=60&count=true", "kind = ?" + byDate, "normative"),
      new Case("kind=administrative&issuer=BNV&limit=40", "kind = ? AND issuer_code = ?" + byDate, "administrative",
        "BNV"),
      new Case("field=CAN_BO_CONG_CHUC&sort=issued_date&limit=30", "fields @> ARRAY[?]::text[]"
        + " ORDER BY issued_date, id", "CAN_BO_CONG_CHUC"),
      new Case("issued_from=2015-01-01&issued_to=2020-12-31&sort=number&limit=50",
        "issued_date BETWEEN ?::date AND ?::date ORDER BY number, id", "2015-01-01", "2020-12-31"),
      new Case("effective_on=2023-06-01&kind=normative&sort=-number&limit=50",
        "effective_date <= ?::date AND (expiry_date IS NULL OR expiry_date >= ?::date) AND kind = ?"
          + " ORDER BY number DESC, id DESC", "2023-06-01", "2023-06-01", "normative"),
      new Case("status=not_in_force&limit=200&count=true", "status_code = ?" + byDate, "not_in_force"));
    try (Connection c = TestServer.jdbc()) {
      for (Case k : cases) {
        int limit = Integer.parseInt(k.query().replaceAll(".*limit=(\\d+).*", "$1"));
        List<Long> all = ids(c, "SELECT id FROM legaldocs.open_document WHERE " + k.where(), k.params());
        assertFalse(all.isEmpty(), k.query());
        List<Long> page = all.subList(0, Math.min(limit, all.size()));
        Http.Res res = http.get(LIST + "?" + k.query());
        JsonObject body = ApiAssertions.ok(res, 200, LIST, "GET");
        Map<Long, Doc> docs = docs(c, page);
        JsonObject expected = new JsonObject().put("items", new JsonArray(page.stream()
          .map(id -> (Object) docs.get(id).summary()).toList())).put("limit", limit);
        if (k.query().contains("count=true")) {
          expected.put("total", (long) all.size());
        }
        expected.put("next", body.getValue("next"));
        assertEquals(expected.encode(), res.body(), k.query());
        assertEquals(all.size() > limit, body.getString("next") != null, k.query());
        if (all.size() > limit) {
          // the next page continues with the view's next rows
          JsonArray second = ApiAssertions.ok(http.get(body.getString("next")), 200, LIST, "GET").getJsonArray("items");
          assertEquals(all.subList(limit, Math.min(2 * limit, all.size())),
            second.stream().map(o -> ((JsonObject) o).getLong("id")).toList(), k.query() + " page 2");
        }
      }
    }
  }

  @Test
  void searchesRankAsBeforeWithTheSameLabels() throws SQLException {
    // relevance: the 1000 most recent matches of the folded web-search query, by ts_rank_cd then id
    String match = "search @@ websearch_to_tsquery('simple', platform.vn_fold(?))";
    String relevance = "SELECT id, ts_rank_cd(search, websearch_to_tsquery('simple', platform.vn_fold(?))) AS r "
      + "FROM (SELECT id, search FROM legaldocs.open_document WHERE " + match
      + " ORDER BY issued_date DESC, id DESC LIMIT 1000) p ORDER BY r DESC, id DESC";
    String byDate = "SELECT id, ts_rank_cd(search, websearch_to_tsquery('simple', platform.vn_fold(?))) AS r "
      + "FROM legaldocs.open_document WHERE " + match + " %s ORDER BY issued_date DESC, id DESC";
    try (Connection c = TestServer.jdbc()) {
      int searched = 0;
      for (String q : List.of("can bo cong chuc", "nghi dinh to chuc bo may", "Thông tư Bộ Nội vụ", "cai cach hanh chinh",
        "\"thi dua khen thuong\"", "luong -quan")) {
        List<List<Object>> want = rows(c, relevance, q, q);
        check(c, "q=" + enc(q) + "&limit=20", want, 20);
        searched += want.isEmpty() ? 0 : 1;
      }
      assertTrue(searched >= 4, "the searches find documents");
      String q = "chinh phu";
      check(c, "q=" + enc(q) + "&sort=-issued_date&kind=normative&limit=25",
        rows(c, String.format(byDate, "AND kind = ?"), q, q, "normative"), 25);
      check(c, "q=" + enc(q) + "&sort=-issued_date&count=true&limit=25", rows(c, String.format(byDate, ""), q, q), 25);
    }
  }

  /**
   * Searches by relevance and by date are asked month by month (V046): every page, followed through its next links,
   * must be the rows of the plain SQL definition (every match, filtered, in order) — the newest months first, the
   * oldest first for issued_date, a month's rows in date order, filters and cursors across month boundaries.
   */
  @Test
  void searchesMonthByMonthPageLikeTheWholeOrder() throws SQLException {
    String match = "search @@ websearch_to_tsquery('simple', platform.vn_fold(?))";
    try (Connection c = TestServer.jdbc()) {
      String issuer = (String) rows(c, "SELECT issuer_code FROM legaldocs.document WHERE " + match
        + " GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1 OFFSET 1", "chinh phu").get(0).get(0);
      String field = (String) rows(c, "SELECT f FROM legaldocs.document, unnest(fields) f WHERE " + match
        + " GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1", "chinh phu").get(0).get(0);
      // filter parameter of the API → the same filter in SQL over the labelled view
      Map<String, String> filters = new LinkedHashMap<>();
      filters.put("", "");
      filters.put("&issuer=" + issuer, " AND issuer_code = '" + issuer + "'");
      filters.put("&field=" + field, " AND '" + field + "' = ANY(fields)");
      filters.put("&status=in_force&kind=normative", " AND status_code = 'in_force' AND kind = 'normative'");
      filters.put("&issued_from=2019-02-11&issued_to=2024-03-09", " AND issued_date BETWEEN '2019-02-11' AND '2024-03-09'");
      filters.put("&effective_on=2021-07-01", " AND effective_date <= '2021-07-01' AND (expiry_date IS NULL OR "
        + "expiry_date >= '2021-07-01')");
      int compared = 0;
      for (String q : List.of("chinh phu", "can bo cong chuc", "\"thi dua khen thuong\" -bang")) {
        for (Map.Entry<String, String> f : filters.entrySet()) {
          for (String sort : List.of("-issued_date", "issued_date")) {
            String dir = sort.startsWith("-") ? "DESC" : "ASC";
            List<Long> want = ids(c, "SELECT id FROM legaldocs.open_document WHERE " + match + f.getValue()
              + " ORDER BY issued_date " + dir + ", id " + dir + " LIMIT 60", q);
            List<Long> got = new ArrayList<>();
            // pages of 4: fewer than a month's matches (≈19 documents a month here), so a month is cut mid-way
            String url = LIST + "?q=" + enc(q) + "&sort=" + sort + f.getKey() + "&limit=4";
            while (url != null && got.size() < 60) {
              JsonObject body = ApiAssertions.ok(http.get(url), 200, LIST, "GET");
              body.getJsonArray("items").forEach(o -> got.add(((JsonObject) o).getLong("id")));
              url = body.getString("next");
            }
            assertEquals(want, got.subList(0, Math.min(60, got.size())), q + " " + sort + f.getKey());
            compared += want.size();
          }
          // relevance over the 1000 most recent filtered matches: the first two pages
          List<Long> pool = ids(c, "SELECT id FROM (SELECT id, ts_rank_cd(search, websearch_to_tsquery('simple', "
            + "platform.vn_fold(?))) AS r FROM (SELECT id, search FROM legaldocs.open_document WHERE " + match
            + f.getValue() + " ORDER BY issued_date DESC, id DESC LIMIT 1000) p) x ORDER BY r DESC, id DESC LIMIT 40", q, q);
          JsonObject first = ApiAssertions.ok(http.get(LIST + "?q=" + enc(q) + f.getKey() + "&limit=20"), 200, LIST,
            "GET");
          List<Long> got = new ArrayList<>();
          first.getJsonArray("items").forEach(o -> got.add(((JsonObject) o).getLong("id")));
          if (first.getString("next") != null) {
            ApiAssertions.ok(http.get(first.getString("next")), 200, LIST, "GET").getJsonArray("items")
              .forEach(o -> got.add(((JsonObject) o).getLong("id")));
          }
          assertEquals(pool, got, q + " relevance" + f.getKey());
        }
      }
      assertTrue(compared > 1000, "the searches page through many documents: " + compared);
    }
  }

  /** The page of a search: the expected (id, rank) rows' documents, each with its rank, in that order. */
  void check(Connection c, String query, List<List<Object>> want, int limit) throws SQLException {
    List<List<Object>> page = want.subList(0, Math.min(limit, want.size()));
    Map<Long, Doc> docs = page.isEmpty() ? Map.of() : docs(c, page.stream().map(r -> ((Number) r.get(0)).longValue())
      .toList());
    JsonArray items = new JsonArray();
    for (List<Object> r : page) {
      JsonObject s = docs.get(((Number) r.get(0)).longValue()).summary();
      JsonObject withRank = new JsonObject();
      s.forEach(e -> {
        if (e.getKey().equals("links")) {
          withRank.put("rank", ((Number) r.get(1)).doubleValue());
        }
        withRank.put(e.getKey(), e.getValue());
      });
      items.add(withRank);
    }
    Http.Res res = http.get(LIST + "?" + query);
    JsonObject body = ApiAssertions.ok(res, 200, LIST, "GET");
    JsonObject expected = new JsonObject().put("items", items).put("limit", limit);
    if (query.contains("count=true")) {
      expected.put("total", (long) want.size());
    }
    expected.put("next", body.getValue("next"));
    assertEquals(expected.encode(), res.body(), query);
    if (want.size() <= limit) {
      assertNull(body.getValue("next"), query);
    }
  }

  @Test
  void relationsListTheLabelledViewsSummaries() throws SQLException {
    try (Connection c = TestServer.jdbc()) {
      List<Long> sources = ids(c, "SELECT DISTINCT source_id FROM legaldocs.open_relation ORDER BY 1 LIMIT 10");
      assertFalse(sources.isEmpty(), "the seed has relations");
      for (long id : sources) {
        List<List<Object>> rels = rows(c, "SELECT * FROM ("
          + "SELECT 0 AS dir, r.type_code AS rel, r.name_vi, r.name_en, d.id, d.issued_date FROM legaldocs.open_relation r"
          + " JOIN legaldocs.open_document d ON d.id = r.target_id WHERE r.source_id = ?"
          + " UNION ALL SELECT 1, r.inverse_code, r.inverse_vi, r.inverse_en, d.id, d.issued_date"
          + " FROM legaldocs.open_relation r JOIN legaldocs.open_document d ON d.id = r.source_id WHERE r.target_id = ?"
          + ") x ORDER BY dir, rel, issued_date DESC, id DESC", id, id);
        Map<Long, Doc> docs = docs(c, rels.stream().map(r -> ((Number) r.get(4)).longValue()).distinct().toList());
        JsonArray items = new JsonArray();
        for (List<Object> r : rels) {
          items.add(new JsonObject().put("type", r.get(1))
            .put("type_label", new JsonObject().put("vi", r.get(2)).put("en", r.get(3)))
            .put("direction", ((Number) r.get(0)).intValue() == 0 ? "outgoing" : "incoming")
            .put("document", docs.get(((Number) r.get(4)).longValue()).summary()));
        }
        Http.Res res = http.get(LIST + "/" + id + "/relations");
        ApiAssertions.ok(res, 200, LIST + "/{id}/relations", "GET");
        assertEquals(new JsonObject().put("id", id).put("items", items).encode(), res.body(), "relations of " + id);
      }
    }
  }
}
