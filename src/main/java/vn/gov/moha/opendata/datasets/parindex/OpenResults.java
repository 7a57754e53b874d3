package vn.gov.moha.opendata.datasets.parindex;

import static vn.gov.moha.opendata.datasets.parindex.ParIndexApi.codeLabel;
import static vn.gov.moha.opendata.datasets.parindex.ParIndexApi.labels;
import static vn.gov.moha.opendata.datasets.parindex.ParIndexApi.number;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import vn.gov.moha.opendata.platform.db.Where;
import vn.gov.moha.opendata.platform.rdf.Uris;

/**
 * The published PAR Index results as open data (parindex.open_result and open_mean): the JSON of
 * {@code GET /api/v1/par-index/results}, read once here for the API and for the portal's results page, so both show
 * the same numbers.
 */
public final class OpenResults {
  private static final String RESULTS = "SELECT r.key, r.year, r.group_code, r.group_vi, r.group_en, r.unit_key, "
    + "r.unit_vi, r.unit_en, r.province_key, r.unit_valid_to, r.set_key, r.decision, r.score_percent, r.points, "
    + "r.rank, r.rank_of, r.source_url, r.note, r.origin, r.round_key, r.published_at, r.fields FROM parindex.open_result r";
  private static final String MEANS = "SELECT m.year, m.group_code, m.group_vi, m.group_en, m.mean_percent, "
    + "m.unit_count, m.source_url, m.note, m.origin FROM parindex.open_mean m";

  private final Pool pool;
  private final Uris uris;

  public OpenResults(Pool pool, String baseUri) {
    this.pool = pool;
    this.uris = new Uris(baseUri);
  }

  /**
   * {@code {"items": [...], "means": [...]}}: the results newest year first, each group by rank (those without a rank
   * by score), and the group means of the same filter. Every argument is optional (null: no filter).
   */
  public Future<JsonObject> find(Integer year, String group, String unit, String origin) {
    Where where = new Where().eq("r.year", year).eq("r.group_code", group).eq("r.unit_key", unit)
      .eq("r.origin", origin);
    Where means = new Where().eq("m.year", year).eq("m.group_code", group).eq("m.origin", origin);
    return pool.preparedQuery(RESULTS + where.clause() + " ORDER BY r.year DESC, r.group_code, r.rank NULLS LAST, "
        + "r.score_percent DESC NULLS LAST, r.key").execute(where.tuple())
      .compose(rows -> pool.preparedQuery(MEANS + means.clause() + " ORDER BY m.year DESC, m.group_code")
        .execute(means.tuple()).map(ms -> {
          JsonArray items = new JsonArray();
          rows.forEach(r -> items.add(result(r)));
          JsonArray meanItems = new JsonArray();
          for (Row m : ms) {
            meanItems.add(new JsonObject().put("year", m.getInteger("year"))
              .put("group", codeLabel(m.getString("group_code"), m.getString("group_vi"), m.getString("group_en")))
              .put("mean_percent", number(m.getBigDecimal("mean_percent")))
              .put("units", m.getInteger("unit_count"))
              .put("source_url", m.getString("source_url")).put("note", m.getString("note"))
              .put("origin", m.getString("origin")).put("generated", "generated".equals(m.getString("origin"))));
          }
          return new JsonObject().put("items", items).put("means", meanItems);
        }));
  }

  private JsonObject result(Row r) {
    JsonArray fields = new JsonArray();
    for (Object o : r.getJsonArray("fields")) {
      JsonObject f = (JsonObject) o;
      fields.add(new JsonObject().put("code", f.getString("code"))
        .put("name", labels(f.getString("name_vi"), f.getString("name_en")))
        .put("points", f.getValue("points")).put("max_points", f.getValue("max_points")));
    }
    LocalDate validTo = r.getLocalDate("unit_valid_to");
    return new JsonObject()
      .put("key", r.getString("key"))
      .put("uri", uris.parIndexResult(r.getString("key")))
      .put("year", r.getInteger("year"))
      .put("group", codeLabel(r.getString("group_code"), r.getString("group_vi"), r.getString("group_en")))
      .put("unit", new JsonObject().put("key", r.getString("unit_key"))
        .put("name", labels(r.getString("unit_vi"), r.getString("unit_en")))
        .put("province", r.getString("province_key")).put("current", validTo == null))
      .put("score_percent", number(r.getBigDecimal("score_percent")))
      .put("points", number(r.getBigDecimal("points")))
      .put("rank", r.getInteger("rank"))
      .put("rank_of", r.getInteger("rank_of"))
      .put("fields", fields)
      .put("criteria_set", new JsonObject().put("key", r.getString("set_key")).put("decision", r.getString("decision")))
      .put("round", r.getString("round_key"))
      .put("source_url", r.getString("source_url"))
      .put("note", r.getString("note"))
      .put("origin", r.getString("origin"))
      .put("generated", "generated".equals(r.getString("origin")))
      .put("published_at", r.getOffsetDateTime("published_at").toInstant().toString());
  }
}
