package vn.gov.moha.opendata.datasets.reporting;

import static vn.gov.moha.opendata.datasets.reporting.ReportingApi.codeLabel;
import static vn.gov.moha.opendata.datasets.reporting.ReportingApi.instant;
import static vn.gov.moha.opendata.datasets.reporting.ReportingApi.labels;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditLog;
import vn.gov.moha.opendata.platform.audit.AuditedWrites;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Idempotency;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.workflow.LockedWrite;
import vn.gov.moha.opendata.platform.workflow.LockedWrite.IfMatch;
import vn.gov.moha.opendata.platform.workflow.UnitList;
import vn.gov.moha.opendata.platform.workflow.VersionTag;

/**
 * The restricted reports: a reporting unit's officers start a report for a period of a regime their unit reports
 * under, fill in its indicators (checked against the regime's form by {@link FormCheck}), submit it and, when the
 * Ministry Office returns it for correction, resubmit it; the office accepts or returns. The steps allowed are the rows
 * of reporting.transition_rule (the database refuses any other); whether a report came on time is the database's.
 * Another unit's report answers 404; every read and write is audited; every step carries an outbox event of the open
 * compliance record of its period.
 */
final class SubmissionsApi {
  static final String PATH = ReportingApi.PATH + "/submissions";
  private static final String RECORD = "reporting-submission";
  private static final String SUMMARY = "SELECT s.id, s.status_code, st.name_vi AS status_vi, st.name_en AS status_en, "
    + "s.unit_key, u.name_vi AS unit_vi, u.name_en AS unit_en, p.id AS period_id, p.regime_key, p.key AS period_key, "
    + "p.deadline, s.submitted_at, s.last_submitted_at, s.on_time, s.accepted_at, s.origin, s.version, "
    + "s.modified_at FROM reporting.submission s JOIN reporting.submission_status st ON st.code = s.status_code "
    + "JOIN reporting.unit u ON u.key = s.unit_key JOIN reporting.period p ON p.id = s.period_id";
  private static final String ONE = "SELECT x.*, s.data, r.form FROM (" + SUMMARY + " WHERE s.id = $1) x "
    + "JOIN reporting.submission s ON s.id = x.id JOIN reporting.regime r ON r.key = x.regime_key";
  private static final String TRANSITIONS = "SELECT at, actor, actor_unit, action, from_status, to_status, comment "
    + "FROM reporting.transition WHERE submission_id = $1 ORDER BY at, id";
  private static final String RULES = "SELECT action, to_status, actor FROM reporting.transition_rule "
    + "WHERE from_status = $1 ORDER BY action";
  private static final String TARGET = "SELECT p.id, r.form, r.reporters, u.kind FROM reporting.period p "
    + "JOIN reporting.regime r ON r.key = p.regime_key LEFT JOIN reporting.unit u ON u.key = $3 "
    + "WHERE p.regime_key = $1 AND p.key = $2";
  private static final String INSERT = "INSERT INTO reporting.submission (period_id, unit_key, data, created_by) "
    + "VALUES ($1, $2, $3, $4) RETURNING id";
  private static final String LOCK = "SELECT s.unit_key, s.status_code, s.data, s.period_id, s.version, p.regime_key, "
    + "r.form "
    + "FROM reporting.submission s JOIN reporting.period p ON p.id = s.period_id "
    + "JOIN reporting.regime r ON r.key = p.regime_key WHERE s.id = $1 FOR UPDATE OF s";
  private static final String DATA = "UPDATE reporting.submission SET data = $2 WHERE id = $1";
  private static final String MOVE = "UPDATE reporting.submission SET status_code = $2 WHERE id = $1";
  private static final String TOUCH = "UPDATE reporting.submission SET version = version + 1, modified_at = now() "
    + "WHERE id = $1";
  private static final String STEP = "INSERT INTO reporting.transition (submission_id, actor, actor_unit, action, "
    + "from_status, to_status, comment) VALUES ($1, $2, $3, $4, $5, $6, $7)";
  private static final String OUTBOX = "INSERT INTO platform.outbox (dataset, entity_id, operation, payload) "
    + "VALUES ('" + ReportingRdf.NAME + "', $1, 'update', jsonb_build_object('id', $2::bigint))";

  private static final VersionTag TAG = new VersionTag("r", "report");

  private final Pool pool;
  private final String base;
  private final UnitList reports;
  private final LockedWrite writes;

  SubmissionsApi(Pool pool, String baseUri) {
    this.pool = pool;
    this.base = baseUri;
    this.reports = new UnitList(pool, baseUri, PATH, RECORD, SUMMARY, "s.id", 50, this::summary)
      .scope(Office::acts, "s.unit_key", "Reports are read by the officers of the reporting unit and by officers "
        + "and reviewers of unit " + Office.UNIT + " and admins.")
      .keep("regime", "period", "status", "unit");
    this.writes = new LockedWrite(pool, RECORD, new LockedWrite.Lock(LOCK, "unit_key", Office::sees,
      SubmissionsApi::notFound), TAG, (id, p) -> full(id).map(o -> withAllowed(o, p)));
  }

  Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listReportingSubmissions", this::list);
    m.put("createReportingSubmission", this::create);
    m.put("getReportingSubmission", this::get);
    m.put("putReportingSubmissionData", this::putData);
    m.put("transitionReportingSubmission", this::transition);
    return m;
  }

  private void list(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    reports.send(rc, reports.where(rc).eq("p.regime_key", Requests.str(q, "regime"))
      .eq("p.key", Requests.str(q, "period")).eq("s.status_code", Requests.str(q, "status"))
      .eq("s.unit_key", Requests.str(q, "unit")));
  }

  /** Starts a report (a draft) of the caller's unit — or, for an admin, of the unit named — for one period. */
  private void create(RoutingContext rc) {
    Principal p = Principal.of(rc);
    JsonObject in = Requests.body(rc);
    String unit = in.getString("unit") != null ? in.getString("unit") : p.unit();
    String regime = in.getString("regime");
    String period = in.getString("period");
    JsonObject data = in.getJsonObject("data", new JsonObject());
    AuditEvent audit = AuditedWrites.beginIf(rc, pool, unit != null && Office.reports(p, unit), RECORD, null, 201,
      unit == null ? "A report is started by an officer of the reporting unit (the token's unit claim) or by an admin "
        + "naming the unit." : "A report of unit " + unit + " is started by its officers and by admins.");
    Idempotency.transaction(rc, pool, c ->
        c.preparedQuery(TARGET).execute(Tuple.of(regime, period, unit)).compose(ts -> {
        if (ts.size() == 0) {
          return Future.failedFuture(ApiProblem.invalidField("/period", "regime " + regime + " has no period "
            + period));
        }
        Row t = ts.iterator().next();
        if (t.getString("kind") == null) {
          return Future.failedFuture(ApiProblem.invalidField("/unit", "no reporting unit " + unit));
        }
        if (!List.of(t.getArrayOfStrings("reporters")).contains(t.getString("kind"))) {
          return Future.failedFuture(ApiProblem.invalidField("/unit", "unit " + unit + " (" + t.getString("kind")
            + ") does not report under regime " + regime + ", which " + String.join(", ",
            t.getArrayOfStrings("reporters")) + " units report under"));
        }
        FormCheck.check(regime, (JsonObject) t.getJson("form"), data, false);
        long periodId = t.getLong("id");
        return c.preparedQuery(INSERT).execute(Tuple.of(periodId, unit, data, p.subject())).compose(ids -> {
          long id = ids.iterator().next().getLong(0);
          return c.preparedQuery(OUTBOX).execute(Tuple.of(String.valueOf(periodId), periodId))
            .compose(v -> AuditLog.append(c, audit.withRecord(RECORD, String.valueOf(id))))
            .map(id);
        });
      }))
      .onFailure(e -> AuditedWrites.failed(pool, audit, e))
      .compose(id -> full(id))
      .onSuccess(o -> {
        String self = o.getJsonObject("links").getString("self");
        rc.response().setStatusCode(201).putHeader("Location", self).putHeader("ETag", TAG.of(o));
        ReportingApi.send(rc, o, "private, no-store");
      })
      .onFailure(rc::fail);
  }

  private void get(RoutingContext rc) {
    long id = Requests.id(rc);
    Principal p = Principal.of(rc);
    full(id).compose(o -> {
      if (o == null || !Office.sees(p, o.getJsonObject("unit").getString("key"))) {
        AuditLog.appendLater(pool, AuditEvent.of(rc, RECORD, String.valueOf(id), AuditEvent.NOT_FOUND, 404));
        return Future.failedFuture(notFound(id));
      }
      return Future.succeededFuture(withAllowed(o, p));
    }).onSuccess(o -> {
      AuditLog.appendLater(pool, AuditEvent.of(rc, RECORD, String.valueOf(id), AuditEvent.SUCCESS, 200));
      rc.response().putHeader("ETag", TAG.of(o));
      ReportingApi.send(rc, o, "private, no-store");
    }).onFailure(rc::fail);
  }

  /** The unit's indicators, replacing the report's (a draft or a returned report; the database locks the others). */
  private void putData(RoutingContext rc) {
    long id = Requests.id(rc);
    Principal p = Principal.of(rc);
    JsonObject data = Requests.body(rc).getJsonObject("data");
    write(rc, id, (c, row) -> {
      if (!Office.reports(p, row.getString("unit_key"))) {
        return Future.failedFuture(ApiProblem.of(403, "unit-scope", "Forbidden",
          "A report is filled in by the officers of its unit and by admins."));
      }
      FormCheck.check(row.getString("regime_key"), (JsonObject) row.getJson("form"), data, false);
      return c.preparedQuery(DATA).execute(Tuple.of(id, data)).mapEmpty();
    });
  }

  private void transition(RoutingContext rc) {
    long id = Requests.id(rc);
    Principal p = Principal.of(rc);
    JsonObject in = Requests.body(rc);
    String action = in.getString("action");
    String comment = in.getString("comment") == null || in.getString("comment").isBlank() ? null
      : in.getString("comment").trim();
    write(rc, id, (c, row) -> {
      String from = row.getString("status_code");
      return c.preparedQuery(RULES).execute(Tuple.of(from)).compose(rules -> {
        Row rule = Office.PARTIES.rule(rules, "A report", from, action, p, row.getString("unit_key"));
        boolean office = rule.getString("actor").equals(Office.PARTIES.office());
        if (action.equals("return") && comment == null) {
          return Future.failedFuture(ApiProblem.invalidField("/comment",
            "a report is returned with what to correct"));
        }
        if (!office) {
          FormCheck.check(row.getString("regime_key"), (JsonObject) row.getJson("form"),
            (JsonObject) row.getJson("data"), true);
        }
        String to = rule.getString("to_status");
        long periodId = row.getLong("period_id");
        return c.preparedQuery(MOVE).execute(Tuple.of(id, to))
          .compose(v -> c.preparedQuery(STEP).execute(Tuple.from(new Object[] {id, p.subject(), p.unit(), action,
            from, to, comment})))
          .compose(v -> c.preparedQuery(OUTBOX).execute(Tuple.of(String.valueOf(periodId), periodId)))
          .mapEmpty();
      });
    });
  }

  /** One audited write of a report (locked, If-Match required); the change bumps its version. */
  private void write(RoutingContext rc, long id, LockedWrite.Change change) {
    writes.write(rc, id, IfMatch.REQUIRED, (c, row) -> change.apply(c, row)
      .compose(v -> c.preparedQuery(TOUCH).execute(Tuple.of(id))));
  }

  private static ApiProblem notFound(long id) {
    return ApiProblem.notFound("No report " + id + " that you may see.");
  }

  /** The whole report (indicators, form, history), or null when there is none. */
  private Future<JsonObject> full(long id) {
    return pool.preparedQuery(ONE).execute(Tuple.of(id)).compose(rs -> {
      if (rs.size() == 0) {
        return Future.succeededFuture(null);
      }
      Row r = rs.iterator().next();
      return pool.preparedQuery(TRANSITIONS).execute(Tuple.of(id)).map(ts -> {
        JsonArray history = new JsonArray();
        for (Row t : ts) {
          history.add(new JsonObject().put("at", instant(t.getOffsetDateTime("at"))).put("actor", t.getString("actor"))
            .put("actor_unit", t.getString("actor_unit")).put("action", t.getString("action"))
            .put("from", t.getString("from_status")).put("to", t.getString("to_status"))
            .put("comment", t.getString("comment")));
        }
        return summary(r).put("data", (JsonObject) r.getJson("data")).put("history", history);
      });
    });
  }

  /** The steps the caller may take now (from the rules of the report's status). */
  private JsonObject withAllowed(JsonObject o, Principal p) {
    String status = o.getJsonObject("status").getString("code");
    boolean own = Office.reports(p, o.getJsonObject("unit").getString("key"));
    JsonArray allowed = new JsonArray();
    switch (status) {
      case "draft" -> addIf(allowed, own, "submit");
      case "returned" -> addIf(allowed, own, "resubmit");
      case "submitted", "resubmitted" -> {
        addIf(allowed, Office.acts(p), "accept");
        addIf(allowed, Office.acts(p), "return");
      }
      default -> {
      }
    }
    return o.put("allowed_actions", allowed);
  }

  private static void addIf(JsonArray a, boolean cond, String action) {
    if (cond) {
      a.add(action);
    }
  }

  private JsonObject summary(Row r) {
    long id = r.getLong("id");
    String regime = r.getString("regime_key");
    String period = r.getString("period_key");
    return new JsonObject()
      .put("id", id)
      .put("status", codeLabel(r.getString("status_code"), r.getString("status_vi"), r.getString("status_en")))
      .put("unit", new JsonObject().put("key", r.getString("unit_key"))
        .put("name", labels(r.getString("unit_vi"), r.getString("unit_en"))))
      .put("regime", regime)
      .put("period", new JsonObject().put("key", period).put("deadline", instant(r.getOffsetDateTime("deadline"))))
      .put("submitted_at", instant(r.getOffsetDateTime("submitted_at")))
      .put("last_submitted_at", instant(r.getOffsetDateTime("last_submitted_at")))
      .put("on_time", r.getBoolean("on_time"))
      .put("accepted_at", instant(r.getOffsetDateTime("accepted_at")))
      .put("generated", "generated".equals(r.getString("origin")))
      .put("version", r.getInteger("version"))
      .put("modified_at", instant(r.getOffsetDateTime("modified_at")))
      .put("links", new JsonObject().put("self", base + PATH + "/" + id)
        .put("regime", base + ReportingApi.PATH + "/regimes/" + regime));
  }
}
