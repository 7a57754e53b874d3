package vn.gov.moha.opendata.datasets.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/**
 * The open reads of awards label the rows of awards.open_award_row in the JVM and write their JSON with a streaming
 * generator: their answers must be byte for byte what the JsonObject trees over the labelled view awards.open_award
 * gave. The expected bodies are built here from SQL over awards.open_award (labels, the province now, the state
 * level all joined by PostgreSQL) with the old field order, and the list filters are the old ones written over that
 * view (kind_code, state_level, province_key OR province_now_key, body or its former bodies).
 */
class AwardLabelsIT {
  private static final String LIST = "/api/v1/awards";
  private static final String VIEW = "SELECT o.*, o.modified_at AS modified FROM awards.open_award o";
  private final Http http = TestServer.http();
  private final String base = TestServer.base();

  @Test
  void everyAwardByIdIsTheLabelledViewsAnswer() throws Exception {
    int compared = 0;
    int withoutProvince = 0;
    int mergedProvince = 0;
    try (Connection c = TestServer.jdbc(); PreparedStatement s = c.prepareStatement(VIEW + " ORDER BY o.id");
         ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        JsonObject expected = full(rs);
        long id = rs.getLong("id");
        Http.Res res = http.get(LIST + "/" + id);
        assertEquals(200, res.status(), () -> res.toString());
        assertEquals(expected.encode(), res.body(), "award " + id);
        assertEquals("\"w" + id + "-" + rs.getInt("version") + "\"", res.header("ETag").orElseThrow());
        assertEquals("application/json; charset=utf-8", res.contentType());
        compared++;
        withoutProvince += rs.getString("province_key") == null ? 1 : 0;
        mergedProvince += rs.getObject("province_valid_to", LocalDate.class) != null ? 1 : 0;
      }
    }
    assertTrue(compared >= 3000, "every demo award: " + compared);
    assertTrue(withoutProvince > 0 && mergedProvince > 0, "awards without a province and of merged provinces too");
    ApiAssertions.ok(http.get(LIST + "/1"), 200, LIST + "/{id}", "get");
  }

  @Test
  void listPagesAreTheLabelledViewsPagesForEveryFilter() throws Exception {
    String merged = TestServer.query("SELECT successor FROM platform.province WHERE successor IS NOT NULL "
      + "GROUP BY 1 HAVING count(*) >= 2 ORDER BY 1 LIMIT 1").get(0);
    String former = TestServer.query("SELECT key FROM platform.province WHERE successor = '" + merged
      + "' ORDER BY key LIMIT 1").get(0);
    String newest = "o.decision_date DESC, o.id DESC";
    String oldest = "o.decision_date ASC, o.id ASC";
    String byName = "platform.vn_fold(o.recipient_name) ASC, o.id ASC";
    String tsq = "websearch_to_tsquery('simple', platform.vn_fold(?))";
    record Case(String query, String where, List<Object> params, String order) {
    }
    List<Case> cases = List.of(
      new Case("kind=order&limit=40&count=true", "o.kind_code = ?", List.of("order"), newest),
      new Case("kind=state_honorary_title&count=true", "o.kind_code = ?", List.of("state_honorary_title"),
        newest),
      new Case("kind=certificate_of_merit&state_level=false&limit=30", "o.kind_code = ? AND o.state_level = ?",
        List.of("certificate_of_merit", false), newest),
      new Case("state_level=true&limit=50&count=true", "o.state_level = ?", List.of(true), newest),
      new Case("state_level=false&sort=decision_date&limit=25", "o.state_level = ?", List.of(false), oldest),
      new Case("decider=prime_minister&limit=25&count=true", "o.decider_code = ?", List.of("prime_minister"), newest),
      new Case("province=" + merged + "&limit=60&count=true", "(o.province_key = ? OR o.province_now_key = ?)",
        List.of(merged, merged), newest),
      new Case("province=" + former + "&limit=20&count=true", "(o.province_key = ? OR o.province_now_key = ?)",
        List.of(former, former), newest),
      new Case("province=T01N&sort=name&limit=30", "(o.province_key = ? OR o.province_now_key = ?)",
        List.of("T01N", "T01N"), byName),
      new Case("body=UBND_T08N&limit=50&count=true",
        "(o.body_key = ? OR o.body_key IN (SELECT key FROM awards.body WHERE successor = ?))",
        List.of("UBND_T08N", "UBND_T08N"), newest),
      new Case("q=" + enc("Nguyễn Thị") + "&limit=20&count=true", "o.search @@ " + tsq, List.of("Nguyễn Thị"),
        newest),
      new Case("q=" + enc("nguyen") + "&sort=relevance&limit=20", "o.search @@ " + tsq, List.of("nguyen"),
        "ts_rank_cd(o.search, websearch_to_tsquery('simple', platform.vn_fold('nguyen'))) DESC, o.id DESC"),
      new Case("type_prefix=HC_LAO_DONG&sort=name&limit=50", "starts_with(o.award_type, ?)", List.of("HC_LAO_DONG"),
        byName),
      new Case("type=GIAY_KHEN&limit=50", "o.award_type = ?", List.of("GIAY_KHEN"), newest),
      new Case("withdrawn=true&count=true", "o.withdrawn_date IS NOT NULL", List.of(), newest),
      new Case("recipient_kind=collective&state_level=false&province=T01N&decided_from=2019-01-01&limit=15&count=true",
        "o.recipient_kind = ? AND o.state_level = ? AND (o.province_key = ? OR o.province_now_key = ?) "
          + "AND o.decision_date >= ?", List.of("collective", false, "T01N", "T01N", Date.valueOf("2019-01-01")),
        newest),
      new Case("kind=order&decider=president&year=2022&withdrawn=false&limit=10&count=true",
        "o.kind_code = ? AND o.decider_code = ? AND o.year = ? AND o.withdrawn_date IS NULL",
        List.of("order", "president", 2022), newest),
      new Case("limit=35", "true", List.of(), newest));
    for (Case k : cases) {
      int limit = k.query().contains("limit=") ? Integer.parseInt(k.query().replaceAll(".*limit=(\\d+).*", "$1")) : 20;
      long total = count(k.where(), k.params());
      assertTrue(total > 0, "the demo data has awards for " + k.query());
      String path = LIST + "?" + k.query();
      for (int page = 0; page < 3 && path != null; page++) {
        Http.Res res = http.get(path);
        JsonObject got = ApiAssertions.ok(res, 200, LIST, "get");
        List<JsonObject> want = rows(k.where(), k.params(), k.order(), limit, page * limit);
        JsonArray items = new JsonArray();
        want.forEach(items::add);
        JsonObject expected = new JsonObject().put("items", items).put("limit", limit);
        if (k.query().contains("count=true")) {
          expected.put("total", total);
        }
        boolean more = (long) (page + 1) * limit < total;
        String next = got.getString("next");
        if (more) {
          assertNotNull(next, k.query());
          assertEquals("<" + next + ">; rel=\"next\"", res.header("Link").orElseThrow());
        } else {
          assertNull(next, k.query());
          assertTrue(res.header("Link").isEmpty());
        }
        expected.put("next", next);
        assertEquals(expected.encode(), res.body(), k.query() + ", page " + (page + 1));
        path = next == null ? null : next.substring(base.length());
      }
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static long count(String where, List<Object> params) throws Exception {
    try (Connection c = TestServer.jdbc();
         PreparedStatement s = c.prepareStatement("SELECT count(*) FROM awards.open_award o WHERE " + where)) {
      bind(s, params);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private List<JsonObject> rows(String where, List<Object> params, String order, int limit, int offset)
    throws Exception {
    try (Connection c = TestServer.jdbc(); PreparedStatement s = c.prepareStatement(VIEW + " WHERE " + where
      + " ORDER BY " + order + " LIMIT " + limit + " OFFSET " + offset)) {
      bind(s, params);
      List<JsonObject> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(summary(rs));
        }
      }
      return out;
    }
  }

  private static void bind(PreparedStatement s, List<Object> params) throws Exception {
    for (int i = 0; i < params.size(); i++) {
      s.setObject(i + 1, params.get(i));
    }
  }

  /** AwardSummary as the JsonObject trees over open_award built it (field order of the contract). */
  private JsonObject summary(ResultSet r) throws Exception {
    long id = r.getLong("id");
    String province = r.getString("province_key");
    return new JsonObject()
      .put("id", id)
      .put("key", r.getString("key"))
      .put("uri", base + "/id/award/" + r.getString("key"))
      .put("type", codeLabel(r.getString("award_type"), r.getString("type_vi"), r.getString("type_en")))
      .put("kind", codeLabel(r.getString("kind_code"), r.getString("kind_vi"), r.getString("kind_en")))
      .put("recipient", new JsonObject()
        .put("kind", r.getString("recipient_kind"))
        .put("name", r.getString("recipient_name"))
        .put("position", r.getString("recipient_position"))
        .put("unit", r.getString("recipient_unit"))
        .put("posthumous", r.getBoolean("posthumous")))
      .put("province", province == null ? null : new JsonObject().put("key", province)
        .put("name", r.getString("province_name")).put("valid_to", date(r, "province_valid_to")))
      .put("province_now", province == null ? null : new JsonObject().put("key", r.getString("province_now_key"))
        .put("name", r.getString("province_now_name")).put("valid_to", null))
      .put("decision", new JsonObject()
        .put("number", r.getString("decision_number"))
        .put("date", date(r, "decision_date"))
        .put("decider", codeLabel(r.getString("decider_code"), r.getString("decider_vi"), r.getString("decider_en")))
        .put("state_level", r.getBoolean("state_level")))
      .put("year", r.getInt("year"))
      .put("body", new JsonObject().put("key", r.getString("body_key"))
        .put("name", new JsonObject().put("vi", r.getString("body_vi")).put("en", r.getString("body_en"))))
      .put("withdrawn", r.getObject("withdrawn_date", LocalDate.class) != null)
      .put("generated", "generated".equals(r.getString("origin")))
      .put("links", new JsonObject().put("self", base + LIST + "/" + id).put("type", base + "/api/v1/award-types"));
  }

  /** Award: the summary and then the record's own fields. */
  private JsonObject full(ResultSet r) throws Exception {
    String withdrawn = date(r, "withdrawn_date");
    return summary(r)
      .put("method", codeLabel(r.getString("method_code"), r.getString("method_vi"), r.getString("method_en")))
      .put("rationale", r.getString("rationale"))
      .put("legal_basis", r.getString("legal_basis"))
      .put("withdrawal", withdrawn == null ? null : new JsonObject().put("date", withdrawn)
        .put("decision_number", r.getString("withdrawal_decision")).put("reason", r.getString("withdrawal_reason")))
      .put("modified_at", r.getObject("modified", OffsetDateTime.class).toInstant().toString());
  }

  private static JsonObject codeLabel(String code, String vi, String en) {
    return new JsonObject().put("code", code).put("label", new JsonObject().put("vi", vi).put("en", en));
  }

  private static String date(ResultSet r, String column) throws Exception {
    LocalDate d = r.getObject(column, LocalDate.class);
    return d == null ? null : d.toString();
  }
}
