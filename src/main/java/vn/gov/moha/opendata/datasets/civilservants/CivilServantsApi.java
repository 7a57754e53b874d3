package vn.gov.moha.opendata.datasets.civilservants;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.privacy.SmallCells;

/**
 * HTTP handlers of the civil servants database: the open statistics (headcount per year by one dimension, staffing
 * quota against actual headcount), read from the suppressed open views over the rollup (never a count over the
 * people), and the HR officers' restricted records ({@link PeopleApi}).
 */
public final class CivilServantsApi {
  static final String JSON = "application/json; charset=utf-8";
  private static final String HEADCOUNT = "SELECT year, code, label_vi, n, suppressed FROM civilservants.open_headcount "
    + "WHERE cube = $1 AND ($2::int IS NULL OR year = $2) ORDER BY year, code";
  private static final String STAFFING = "SELECT org_key, name_vi, year, quota, actual, suppressed, vacancies, origin "
    + "FROM civilservants.open_staffing WHERE ($1::int IS NULL OR year = $1) AND ($2::text IS NULL OR org_key = $2) "
    + "ORDER BY year, org_key";

  private final Pool pool;
  private final PeopleApi people;

  public CivilServantsApi(Pool pool, String baseUri) {
    this.pool = pool;
    this.people = new PeopleApi(pool, baseUri);
  }

  /** operationId → handler, for the route table. */
  public Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("getCivilServantStatistics", this::statistics);
    m.put("getCivilServantStaffing", this::staffing);
    m.putAll(people.handlers());
    return m;
  }

  private void statistics(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    String by = Requests.str(q, "by");
    Integer year = Requests.integer(q, "year");
    pool.preparedQuery(HEADCOUNT).execute(Tuple.of(by, year)).onSuccess(rows -> {
      JsonArray items = new JsonArray();
      for (Row r : rows) {
        items.add(new JsonObject().put("year", r.getInteger("year")).put("code", r.getString("code"))
          .put("label", r.getString("label_vi")).put("count", r.getLong("n"))
          .put("suppressed", r.getBoolean("suppressed")));
      }
      send(rc, new JsonObject().put("by", by).put("year", year).put("threshold", SmallCells.THRESHOLD)
        .put("items", items));
    }).onFailure(rc::fail);
  }

  private void staffing(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    Integer year = Requests.integer(q, "year");
    pool.preparedQuery(STAFFING).execute(Tuple.of(year, Requests.str(q, "organisation"))).onSuccess(rows -> {
      JsonArray items = new JsonArray();
      for (Row r : rows) {
        items.add(new JsonObject()
          .put("organisation", new JsonObject().put("key", r.getString("org_key")).put("name", r.getString("name_vi")))
          .put("year", r.getInteger("year")).put("quota", r.getInteger("quota")).put("actual", r.getLong("actual"))
          .put("suppressed", r.getBoolean("suppressed")).put("vacancies", r.getLong("vacancies"))
          .put("generated", "generated".equals(r.getString("origin"))));
      }
      send(rc, new JsonObject().put("year", year).put("threshold", SmallCells.THRESHOLD).put("items", items));
    }).onFailure(rc::fail);
  }

  private static void send(RoutingContext rc, JsonObject body) {
    rc.response().putHeader("Content-Type", JSON).putHeader("Cache-Control", "public, max-age=300")
      .end(body.encode());
  }
}
