package vn.gov.moha.opendata.datasets.reporting;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditLog;
import vn.gov.moha.opendata.platform.audit.AuditedWrites;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Idempotency;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.security.Principal;

/**
 * The periods of a regime: open to read (with their deadlines, the coming ones too), and for an ad hoc regime set one
 * by one by the Ministry Office (a request for a report: {@code 2026-d02}, the second of 2026); the regular regimes'
 * periods follow from their frequency (reporting.generate_periods). The deadline is the database's, from the rule.
 */
final class PeriodsApi {
  private static final String REGIME = "SELECT frequency FROM reporting.regime WHERE key = $1";
  private static final String LIST = "SELECT key, starts, ends, deadline, now() > deadline AS closed "
    + "FROM reporting.period WHERE regime_key = $1 AND ($2::int IS NULL OR extract(year FROM starts) = $2) "
    + "ORDER BY starts DESC, key DESC";
  /** The next ad hoc key of the starting year ({@code 2026-d03}) and the deadline from the regime's rule. */
  private static final String INSERT = "INSERT INTO reporting.period (regime_key, key, starts, ends, deadline) "
    + "SELECT r.key, extract(year FROM $2::date)::int || '-d' || lpad((coalesce(max(substring(p.key FROM "
    + "'-d([0-9]{2})$')::int), 0) + 1)::text, 2, '0'), $2, $3, reporting.deadline_of(r.key, $3) "
    + "FROM reporting.regime r LEFT JOIN reporting.period p ON p.regime_key = r.key "
    + "AND extract(year FROM p.starts) = extract(year FROM $2::date) WHERE r.key = $1 GROUP BY r.key "
    + "RETURNING id, key, starts, ends, deadline, now() > deadline AS closed";
  /** A new period changes the regime's statistics (and the dataset's version). */
  private static final String TOUCH = "UPDATE reporting.regime SET modified_at = now() WHERE key = $1";
  private static final String OUTBOX = "INSERT INTO platform.outbox (dataset, entity_id, operation, payload) "
    + "VALUES ('" + ReportingRdf.NAME + "', $1, 'create', jsonb_build_object('id', $2::bigint))";

  private final Pool pool;
  private final String base;

  PeriodsApi(Pool pool, String baseUri) {
    this.pool = pool;
    this.base = baseUri;
  }

  Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listReportingPeriods", this::list);
    m.put("createReportingPeriod", this::create);
    return m;
  }

  private void list(RoutingContext rc) {
    String regime = ReportingApi.key(rc, "regime");
    Integer year = Requests.integer(Requests.query(rc), "year");
    pool.preparedQuery(REGIME).execute(Tuple.of(regime)).compose(found -> {
      if (found.size() == 0) {
        return Future.failedFuture(ApiProblem.notFound("No report regime " + regime + "."));
      }
      return pool.preparedQuery(LIST).execute(Tuple.of(regime, year));
    }).onSuccess(rows -> {
      JsonArray items = new JsonArray();
      rows.forEach(r -> items.add(json(r)));
      ReportingApi.send(rc, new JsonObject().put("regime", regime).put("items", items), "public, max-age=300");
    }).onFailure(rc::fail);
  }

  /** The office opens a period of an ad hoc regime (a request for a report). */
  private void create(RoutingContext rc) {
    String regime = ReportingApi.key(rc, "regime");
    Principal p = Principal.of(rc);
    AuditEvent audit = AuditedWrites.beginIf(rc, pool, Office.acts(p), "reporting-period", null, 201,
      "Ad hoc periods are set by officers and reviewers of unit " + Office.UNIT + " and by admins.");
    JsonObject in = Requests.body(rc);
    LocalDate starts = date(in, "starts");
    LocalDate ends = date(in, "ends");
    if (ends.isBefore(starts)) {
      throw ApiProblem.invalidField("/ends", "is before the start " + starts);
    }
    Idempotency.transaction(rc, pool, c -> c.preparedQuery(REGIME).execute(Tuple.of(regime)).compose(found -> {
        if (found.size() == 0) {
          return Future.failedFuture(ApiProblem.notFound("No report regime " + regime + "."));
        }
        String frequency = found.iterator().next().getString(0);
        if (!frequency.equals("ad_hoc")) {
          return Future.failedFuture(ApiProblem.conflict("not-ad-hoc", "Regime " + regime + " is " + frequency
            + "; its periods follow from the frequency. Only an ad hoc regime's periods are set one by one."));
        }
        return c.preparedQuery(INSERT).execute(Tuple.of(regime, starts, ends));
      }).compose(rows -> {
        Row r = rows.iterator().next();
        long id = r.getLong("id");
        return c.preparedQuery(TOUCH).execute(Tuple.of(regime))
          .compose(v -> c.preparedQuery(OUTBOX).execute(Tuple.of(String.valueOf(id), id)))
          .compose(v -> AuditLog.append(c, audit.withRecord("reporting-period", regime + "-" + r.getString("key"))))
          .map(json(r));
      }))
      .onFailure(e -> AuditedWrites.failed(pool, audit, e))
      .onSuccess(o -> {
        rc.response().setStatusCode(201).putHeader("Location", base + ReportingApi.PATH + "/compliance?regime="
          + regime + "&period=" + o.getString("key"));
        ReportingApi.send(rc, o, "private, no-store");
      })
      .onFailure(rc::fail);
  }

  private static LocalDate date(JsonObject in, String name) {
    try {
      return LocalDate.parse(in.getString(name));
    } catch (java.time.format.DateTimeParseException e) {
      throw ApiProblem.invalidField("/" + name, "is not a date (YYYY-MM-DD)");
    }
  }

  private static JsonObject json(Row r) {
    return new JsonObject().put("key", r.getString("key")).put("starts", r.getLocalDate("starts").toString())
      .put("ends", r.getLocalDate("ends").toString())
      .put("deadline", ReportingApi.instant(r.getOffsetDateTime("deadline"))).put("closed", r.getBoolean("closed"));
  }
}
