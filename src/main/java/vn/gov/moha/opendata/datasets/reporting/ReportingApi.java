package vn.gov.moha.opendata.datasets.reporting;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditLog;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.security.Principal;

/**
 * HTTP handlers of the reporting system: the open side (the regime catalogue with each regime's form, the reporting
 * units, compliance statistics per regime and period, indicators aggregated over the accepted reports) and the
 * Ministry Office's dashboard of who reported a period. The periods are {@link PeriodsApi}, the reports themselves
 * {@link SubmissionsApi}.
 */
public final class ReportingApi {
  static final String PATH = "/api/v1/reporting";
  static final String JSON = "application/json; charset=utf-8";
  /** Aggregates over fewer reporting units than this are suppressed (V021: they would reveal a unit's figures). */
  static final int MIN_UNITS = 3;
  private static final String REGIMES = "SELECT key, code, direction, direction_vi, direction_en, name_vi, name_en, "
    + "legal_basis, frequency, frequency_vi, frequency_en, deadline_days, deadline_rule_vi, deadline_rule_en, "
    + "reporters, form, first_year, origin, units_expected FROM reporting.open_regime "
    + "WHERE ($1::text IS NULL OR key = $1) AND ($2::text IS NULL OR direction = $2) "
    + "AND ($3::text IS NULL OR frequency = $3) ORDER BY sort";
  private static final String UNITS = "SELECT u.key, u.kind, u.name_vi, u.name_en, u.parent_key, u.province_key, "
    + "u.origin FROM reporting.unit u JOIN reporting.unit_kind k ON k.code = u.kind "
    + "WHERE ($1::text IS NULL OR u.kind = $1) AND ($2::text IS NULL OR u.province_key = $2) "
    + "ORDER BY k.sort, u.sort, u.key";
  static final String COMPLIANCE = "SELECT c.key, c.regime_key, c.regime_code, c.regime_vi, c.regime_en, c.direction, "
    + "c.frequency, c.period_key, c.starts, c.ends, c.deadline, c.closed, c.expected, c.reported, c.on_time, c.late, "
    + "c.missing, c.pending, c.accepted, c.returned, c.on_time_percent, c.origin FROM reporting.open_compliance c "
    + "WHERE ($1::text IS NULL OR c.regime_key = $1) AND ($2::text IS NULL OR c.period_key = $2) "
    + "AND ($3::int IS NULL OR extract(year FROM c.starts) = $3) AND ($4::text IS NULL OR c.direction = $4) "
    + "ORDER BY c.regime_key, c.starts DESC";
  private static final String INDICATORS = "SELECT period_key, starts, ends, indicator, title_vi, title_en, units, "
    + "suppressed, total, mean FROM reporting.open_indicator WHERE regime_key = $1 "
    + "AND ($2::text IS NULL OR period_key = $2) AND ($3::int IS NULL OR extract(year FROM starts) = $3) "
    + "ORDER BY starts DESC, ord";
  private static final String PERIOD = "SELECT p.id, p.key, p.starts, p.ends, p.deadline, now() > p.deadline AS closed "
    + "FROM reporting.period p WHERE p.regime_key = $1 AND p.key = $2";
  private static final String DASHBOARD = "SELECT c.unit_key, u.name_vi, u.name_en, u.kind, c.state, c.status_code, "
    + "c.submitted_at, c.on_time, c.submission_id FROM reporting.unit_compliance c "
    + "JOIN reporting.unit u ON u.key = c.unit_key WHERE c.period_id = $1 AND ($2::text IS NULL OR c.state = $2) "
    + "ORDER BY array_position(ARRAY['missing', 'late', 'pending', 'on_time'], c.state), u.sort, u.key";

  private final Pool pool;
  private final String base;
  private final Uris uris;
  private final SubmissionsApi submissions;
  private final PeriodsApi periods;

  public ReportingApi(Pool pool, String baseUri) {
    this.pool = pool;
    this.base = baseUri;
    this.uris = new Uris(baseUri);
    this.submissions = new SubmissionsApi(pool, baseUri);
    this.periods = new PeriodsApi(pool, baseUri);
  }

  /** operationId → handler, for the route table. */
  public Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listReportingRegimes", this::regimes);
    m.put("getReportingRegime", this::regime);
    m.put("listReportingUnits", this::units);
    m.put("listReportingCompliance", this::compliance);
    m.put("listReportingIndicators", this::indicators);
    m.put("getReportingDashboard", this::dashboard);
    m.putAll(periods.handlers());
    m.putAll(submissions.handlers());
    return m;
  }

  /** A path parameter that names a record by its key ({@code regime}, {@code period}). */
  static String key(RoutingContext rc, String name) {
    return Requests.validated(rc).getPathParameters().get(name).getString();
  }

  private void regimes(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    pool.preparedQuery(REGIMES).execute(Tuple.of(null, Requests.str(q, "direction"), Requests.str(q, "frequency")))
      .onSuccess(rows -> {
        JsonArray items = new JsonArray();
        rows.forEach(r -> items.add(regimeJson(r, false)));
        send(rc, new JsonObject().put("items", items), "public, max-age=3600");
      }).onFailure(rc::fail);
  }

  private void regime(RoutingContext rc) {
    String key = key(rc, "regime");
    pool.preparedQuery(REGIMES).execute(Tuple.of(key, null, null)).onSuccess(rows -> {
      if (rows.size() == 0) {
        rc.fail(ApiProblem.notFound("No report regime " + key + "."));
        return;
      }
      send(rc, regimeJson(rows.iterator().next(), true), "public, max-age=3600");
    }).onFailure(rc::fail);
  }

  private JsonObject regimeJson(Row r, boolean withForm) {
    String key = r.getString("key");
    JsonObject o = new JsonObject()
      .put("key", key)
      .put("code", r.getString("code"))
      .put("uri", uris.concept(ReportingRdf.REGIMES, key))
      .put("direction", codeLabel(r.getString("direction"), r.getString("direction_vi"), r.getString("direction_en")))
      .put("name", labels(r.getString("name_vi"), r.getString("name_en")))
      .put("legal_basis", r.getString("legal_basis"))
      .put("frequency", codeLabel(r.getString("frequency"), r.getString("frequency_vi"), r.getString("frequency_en")))
      .put("deadline_rule", new JsonObject().put("days_after_period", r.getInteger("deadline_days"))
        .put("label", labels(r.getString("deadline_rule_vi"), r.getString("deadline_rule_en"))))
      .put("reporters", new JsonArray(java.util.List.of(r.getArrayOfStrings("reporters"))))
      .put("units_expected", r.getLong("units_expected"))
      .put("first_year", r.getInteger("first_year"))
      .put("generated", "generated".equals(r.getString("origin")))
      .put("links", new JsonObject().put("self", base + PATH + "/regimes/" + key)
        .put("compliance", base + PATH + "/compliance?regime=" + key)
        .put("indicators", base + PATH + "/regimes/" + key + "/indicators")
        .put("periods", base + PATH + "/regimes/" + key + "/periods"));
    if (withForm) {
      o.put("form", (JsonObject) r.getJson("form"));
    }
    return o;
  }

  private void units(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    pool.preparedQuery(UNITS).execute(Tuple.of(Requests.str(q, "kind"), Requests.str(q, "province")))
      .onSuccess(rows -> {
        JsonArray items = new JsonArray();
        for (Row r : rows) {
          items.add(new JsonObject().put("key", r.getString("key")).put("kind", r.getString("kind"))
            .put("name", labels(r.getString("name_vi"), r.getString("name_en")))
            .put("parent", r.getString("parent_key")).put("province", r.getString("province_key"))
            .put("generated", "generated".equals(r.getString("origin"))));
        }
        send(rc, new JsonObject().put("items", items), "public, max-age=3600");
      }).onFailure(rc::fail);
  }

  private void compliance(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    pool.preparedQuery(COMPLIANCE).execute(Tuple.of(Requests.str(q, "regime"), Requests.str(q, "period"),
        Requests.integer(q, "year"), Requests.str(q, "direction")))
      .onSuccess(rows -> {
        JsonArray items = new JsonArray();
        rows.forEach(r -> items.add(complianceJson(r)));
        send(rc, new JsonObject().put("items", items), "public, max-age=300");
      }).onFailure(rc::fail);
  }

  JsonObject complianceJson(Row r) {
    String regime = r.getString("regime_key");
    return new JsonObject()
      .put("key", r.getString("key"))
      .put("uri", uris.reportingCompliance(r.getString("key")))
      .put("regime", new JsonObject().put("key", regime).put("code", r.getString("regime_code"))
        .put("name", labels(r.getString("regime_vi"), r.getString("regime_en"))))
      .put("direction", r.getString("direction"))
      .put("frequency", r.getString("frequency"))
      .put("period", period(r.getString("period_key"), r))
      .put("expected", r.getLong("expected"))
      .put("reported", r.getLong("reported"))
      .put("on_time", r.getLong("on_time"))
      .put("late", r.getLong("late"))
      .put("missing", r.getLong("missing"))
      .put("pending", r.getLong("pending"))
      .put("accepted", r.getLong("accepted"))
      .put("returned", r.getLong("returned"))
      .put("on_time_percent", number(r.getBigDecimal("on_time_percent")))
      .put("generated", "generated".equals(r.getString("origin")));
  }

  private static JsonObject period(String key, Row r) {
    return new JsonObject().put("key", key).put("starts", r.getLocalDate("starts").toString())
      .put("ends", r.getLocalDate("ends").toString()).put("deadline", instant(r.getOffsetDateTime("deadline")))
      .put("closed", r.getBoolean("closed"));
  }

  /** Indicators summed and averaged over the accepted reports of each period (suppressed under 3 units). */
  private void indicators(RoutingContext rc) {
    String regime = key(rc, "regime");
    Map<String, RequestParameter> q = Requests.query(rc);
    Integer year = Requests.integer(q, "year");
    pool.preparedQuery(REGIMES).execute(Tuple.of(regime, null, null)).compose(found -> {
      if (found.size() == 0) {
        return Future.failedFuture(ApiProblem.notFound("No report regime " + regime + "."));
      }
      return pool.preparedQuery(INDICATORS).execute(Tuple.of(regime, Requests.str(q, "period"),
        year));
    }).onSuccess(rows -> {
      Map<String, JsonObject> periods = new LinkedHashMap<>();
      for (Row r : rows) {
        JsonObject p = periods.computeIfAbsent(r.getString("period_key"), k -> new JsonObject().put("key", k)
          .put("starts", r.getLocalDate("starts").toString()).put("ends", r.getLocalDate("ends").toString())
          .put("indicators", new JsonArray()));
        p.getJsonArray("indicators").add(new JsonObject().put("key", r.getString("indicator"))
          .put("name", labels(r.getString("title_vi"), r.getString("title_en")))
          .put("units", r.getLong("units")).put("suppressed", r.getBoolean("suppressed"))
          .put("sum", number(r.getBigDecimal("total"))).put("mean", number(r.getBigDecimal("mean"))));
      }
      send(rc, new JsonObject().put("regime", regime).put("min_units", MIN_UNITS)
        .put("items", new JsonArray(new java.util.ArrayList<>(periods.values()))), "public, max-age=300");
    }).onFailure(rc::fail);
  }

  /** The office's view of a period: every expected unit with the state of its report (restricted, audited). */
  private void dashboard(RoutingContext rc) {
    String regime = key(rc, "regime");
    String periodKey = key(rc, "period");
    String record = regime + "-" + periodKey;
    Principal p = Principal.of(rc);
    if (!Office.acts(p)) {
      AuditLog.appendLater(pool, AuditEvent.of(rc, "reporting-period", record, AuditEvent.DENIED, 403));
      throw ApiProblem.of(403, "unit-scope", "Forbidden", "Who reported a period is read by officers and reviewers "
        + "of unit " + Office.UNIT + " and by admins; the counts are open at " + PATH + "/compliance.");
    }
    String state = Requests.str(Requests.query(rc), "state");
    pool.preparedQuery(PERIOD).execute(Tuple.of(regime, periodKey)).compose(ps -> {
      if (ps.size() == 0) {
        return Future.failedFuture(ApiProblem.notFound("No period " + periodKey + " of report regime " + regime
          + "."));
      }
      Row period = ps.iterator().next();
      return pool.preparedQuery(DASHBOARD).execute(Tuple.of(period.getLong("id"), state)).map(rows -> {
        JsonArray items = new JsonArray();
        for (Row r : rows) {
          Long id = r.getLong("submission_id");
          items.add(new JsonObject()
            .put("unit", new JsonObject().put("key", r.getString("unit_key")).put("kind", r.getString("kind"))
              .put("name", labels(r.getString("name_vi"), r.getString("name_en"))))
            .put("state", r.getString("state"))
            .put("status", r.getString("status_code"))
            .put("submitted_at", instant(r.getOffsetDateTime("submitted_at")))
            .put("submission", id == null ? null : base + SubmissionsApi.PATH + "/" + id));
        }
        return new JsonObject().put("regime", regime).put("period", period(periodKey, period)).put("items", items);
      });
    }).onSuccess(o -> {
      AuditLog.appendLater(pool, AuditEvent.of(rc, "reporting-period", record, AuditEvent.SUCCESS, 200));
      send(rc, o, "private, no-store");
    }).onFailure(rc::fail);
  }

  static void send(RoutingContext rc, JsonObject body, String cacheControl) {
    rc.response().putHeader("Content-Type", JSON).putHeader("Cache-Control", cacheControl).end(body.encode());
  }

  static String instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant().toString();
  }

  /** A numeric as a JSON number (null stays null). */
  static Number number(BigDecimal d) {
    return d == null ? null : d.stripTrailingZeros().scale() <= 0 ? (Number) d.longValueExact() : d.doubleValue();
  }

  static JsonObject labels(String vi, String en) {
    return new JsonObject().put("vi", vi).put("en", en);
  }

  static JsonObject codeLabel(String code, String vi, String en) {
    return new JsonObject().put("code", code).put("label", labels(vi, en));
  }
}
