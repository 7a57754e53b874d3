package vn.gov.moha.opendata.datasets.talent;

import io.vertx.core.Handler;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.moha.opendata.platform.db.Where;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.privacy.SmallCells;
import vn.gov.moha.opendata.platform.rdf.Uris;

/**
 * HTTP handlers of excellent graduates and young scientists (Decree 140/2017/NĐ-CP): the open statistics, read from
 * the published cells (talent.open_statistic, suppressed under {@value SmallCells#THRESHOLD}); the officers'
 * profiles are {@link ProfilesApi}.
 */
public final class TalentApi {
  static final String JSON = "application/json; charset=utf-8";
  private static final String STATISTICS = "SELECT r.key, r.year, r.recruited, r.field, r.field_vi, r.field_en, "
    + "r.province, r.province_vi, r.category, r.category_vi, r.category_en, r.count, r.suppressed "
    + "FROM talent.open_statistic r";

  private final Pool pool;
  private final Uris uris;
  private final ProfilesApi profiles;

  /** @param statistics the worker pool that recomputes the suppressed statistics after a write */
  public TalentApi(Pool pool, String baseUri, WorkerExecutor statistics) {
    this.pool = pool;
    this.uris = new Uris(baseUri);
    this.profiles = new ProfilesApi(pool, baseUri, statistics);
  }

  /** operationId → handler, for the route table. */
  public Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("getTalentStatistics", this::statistics);
    m.putAll(profiles.handlers());
    return m;
  }

  /**
   * The published cells of one table ({@code by}: total, field, province or category; each by graduation year and
   * recruited or not), optionally of one year: a suppressed cell has {@code count: null}.
   */
  private void statistics(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    String by = Requests.str(q, "by") == null ? "field" : Requests.str(q, "by");
    Where where = new Where().eq("r.slice", by).eq("r.year", Requests.integer(q, "year"));
    pool.preparedQuery(STATISTICS + where.clause() + " ORDER BY r.year, r.key").execute(where.tuple())
      .onSuccess(rows -> {
        JsonArray items = new JsonArray();
        for (Row r : rows) {
          JsonObject item = new JsonObject().put("year", r.getInteger("year"))
            .put("recruited", r.getBoolean("recruited"));
          switch (by) {
            case "field" -> item.put("field", label(r.getString("field"), r.getString("field_vi"),
              r.getString("field_en")));
            case "province" -> item.put("province", new JsonObject().put("key", r.getString("province"))
              .put("name", r.getString("province_vi")));
            case "category" -> item.put("category", label(r.getString("category"), r.getString("category_vi"),
              r.getString("category_en")));
            default -> { }
          }
          items.add(item.put("count", r.getLong("count")).put("suppressed", r.getBoolean("suppressed"))
            .put("uri", uris.talentStatistic(r.getString("key"))));
        }
        rc.response().putHeader("Content-Type", JSON).putHeader("Cache-Control", "public, max-age=300")
          .end(new JsonObject().put("dimension", by).put("threshold", SmallCells.THRESHOLD).put("items", items)
            .encode());
      }).onFailure(rc::fail);
  }

  static JsonObject label(String code, String vi, String en) {
    return new JsonObject().put("code", code).put("label", new JsonObject().put("vi", vi).put("en", en));
  }
}
