package vn.gov.moha.opendata.datasets.procedures;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.workflow.LockedWrite;
import vn.gov.moha.opendata.platform.workflow.LockedWrite.IfMatch;
import vn.gov.moha.opendata.platform.workflow.Steps;
import vn.gov.moha.opendata.platform.workflow.UnitList;
import vn.gov.moha.opendata.platform.workflow.VersionTag;

/**
 * The restricted side of dossiers: the officers' list, one dossier, and the workflow, whose allowed steps are the
 * rows of procedures.transition_rule (anything else is a 409 naming the allowed ones). The one-stop desk sees every
 * dossier with its applicant; a unit sees the dossiers assigned to it, without the applicant; another unit's dossier
 * is a 404. Every read and write is audited; every write carries an outbox event.
 */
final class DossiersApi {
  static final String PATH = "/api/v1/procedure-dossiers";
  private static final String RECORD = ProceduresApi.RECORD;
  private static final String SUMMARY = "SELECT d.id, d.code, d.procedure_code, p.name AS procedure_name, "
    + "d.status_code, st.name_vi AS status_vi, st.name_en AS status_en, d.channel, d.received_at, d.due_date, "
    + "x.overdue, d.assigned_unit, d.handler, d.decided_at, d.returned_at, d.version, d.modified_at "
    + "FROM procedures.dossier d JOIN procedures.dossier_status st ON st.code = d.status_code "
    + "JOIN procedures.procedure p ON p.code = d.procedure_code "
    + "JOIN procedures.open_dossier_stats x ON x.id = d.id";
  private static final String APPLICANT = "SELECT name, organisation, phone, email, address "
    + "FROM procedures.applicant WHERE dossier_id = $1";
  private static final String DETAIL = "SELECT note, refuse_reason FROM procedures.dossier WHERE id = $1";
  private static final String ATTACHMENTS = "SELECT ord, name, media_type, size, sha256, document "
    + "FROM procedures.attachment WHERE dossier_id = $1 ORDER BY ord";
  private static final String TRANSITIONS = "SELECT at, actor, actor_unit, action, from_status, to_status, unit, "
    + "comment FROM procedures.dossier_transition WHERE dossier_id = $1 ORDER BY at, id";
  private static final String RULES = "SELECT action, to_status, actor, needs_comment "
    + "FROM procedures.transition_rule WHERE from_status = $1 ORDER BY action";
  private static final String LOCK = "SELECT d.status_code, d.assigned_unit, d.version, p.unit AS default_unit, "
    + "p.time_limit_days FROM procedures.dossier d JOIN procedures.procedure p ON p.code = d.procedure_code "
    + "WHERE d.id = $1 FOR UPDATE OF d";
  private static final String UNIT = "SELECT 1 FROM platform.org_unit WHERE code = $1";
  /** $1 id, $2 status, $3 unit (kept when null), $4 handler (kept when null), $5 decided, $6 returned, $7 reason. */
  private static final String MOVE = "UPDATE procedures.dossier d SET status_code = $2, "
    + "assigned_unit = coalesce($3, d.assigned_unit), handler = coalesce($4, d.handler), "
    + "decided_at = CASE WHEN $5 THEN now() ELSE d.decided_at END, "
    + "returned_at = CASE WHEN $6 THEN now() ELSE d.returned_at END, "
    + "refuse_reason = coalesce($7, d.refuse_reason), version = d.version + 1, modified_at = now() WHERE d.id = $1";
  /** The clock restarts when the requested documents arrive: a new due date from today. */
  private static final String RESTART = "UPDATE procedures.dossier SET due_date = procedures.due_date("
    + "(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, $2) WHERE id = $1";
  /** The fields of a transition each action reads (any other is a 400 naming it). */
  private static final Map<String, List<String>> FIELDS = Map.of(
    "assign", List.of("unit", "handler", "comment"),
    "reassign", List.of("unit", "handler", "comment"),
    "assign_handler", List.of("handler", "comment"),
    "request_supplement", List.of("comment"),
    "receive_supplement", List.of("comment"),
    "resolve", List.of("comment"),
    "refuse", List.of("comment"),
    "return_result", List.of("comment"));

  private static final VersionTag TAG = new VersionTag("d", "dossier");

  private final Pool pool;
  private final String base;
  private final UnitList dossiers;
  private final LockedWrite writes;

  DossiersApi(Pool pool, String baseUri) {
    this.pool = pool;
    this.base = baseUri;
    this.dossiers = new UnitList(pool, baseUri, PATH, RECORD, SUMMARY, "d.id", 20, this::summary)
      .scope(Desk::acts, "d.assigned_unit", "Dossiers are read by the officers of the unit they are assigned to and "
        + "by officers and reviewers of the one-stop desk (unit " + Desk.UNIT + ") and admins.")
      .keep("status", "procedure", "unit", "overdue", "year");
    this.writes = new LockedWrite(pool, RECORD, new LockedWrite.Lock(LOCK, "assigned_unit", Desk::sees,
      DossiersApi::notFound), TAG, (id, p) -> full(pool, id, p));
  }

  Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listProcedureDossiers", this::list);
    m.put("getProcedureDossier", rc -> writes.read(rc, dossierId(rc)));
    m.put("transitionProcedureDossier", this::transition);
    return m;
  }

  private void list(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    dossiers.send(rc, dossiers.where(rc).eq("d.status_code", Requests.str(q, "status"))
      .eq("d.procedure_code", Requests.str(q, "procedure")).eq("d.assigned_unit", Requests.str(q, "unit"))
      .eq("x.year", Requests.integer(q, "year")).flag("x.overdue", Requests.bool(q, "overdue")));
  }

  private void transition(RoutingContext rc) {
    long id = dossierId(rc);
    Principal p = Principal.of(rc);
    JsonObject in = Requests.body(rc);
    String action = in.getString("action");
    Steps.onlyFields(in, action, FIELDS);
    String comment = ProceduresApi.trimmed(in.getString("comment"));
    writes.write(rc, id, IfMatch.WHEN_SENT, (c, row) -> {
      String from = row.getString("status_code");
      return c.preparedQuery(RULES).execute(Tuple.of(from)).compose(rules -> {
        Row rule = Desk.PARTIES.rule(rules, "A dossier", from, action, p, row.getString("assigned_unit"));
        Steps.needsComment(rule, action, comment);
        String to = rule.getString("to_status");
        return step(c, id, p, row, action, to, in, comment)
          .compose(unit -> c.preparedQuery(ProceduresApi.INSERT_TRANSITION).execute(Tuple.from(new Object[] {id,
            p.subject(), p.unit(), action, from, to, unit, comment})))
          .compose(v -> c.preparedQuery(ProceduresApi.OUTBOX).execute(Tuple.of(String.valueOf(id), "update", id)));
      });
    });
  }

  /** Applies one allowed step to the locked dossier; the unit it names (assign, reassign), or null. */
  private static Future<String> step(SqlConnection c, long id, Principal p, Row row, String action, String to,
                                     JsonObject in, String comment) {
    switch (action) {
      case "assign", "reassign" -> {
        String unit = ProceduresApi.trimmed(in.getString("unit"));
        String handler = ProceduresApi.trimmed(in.getString("handler"));
        if (action.equals("reassign") && unit == null && handler == null) {
          return Future.failedFuture(ApiProblem.invalidField("/unit", "'reassign' needs the unit or the handler"));
        }
        if (unit != null && action.equals("reassign") && unit.equals(row.getString("assigned_unit"))
            && handler == null) {
          return Future.failedFuture(ApiProblem.invalidField("/unit", "the dossier is with " + unit + " already"));
        }
        Future<String> chosen = unit == null
          ? Future.succeededFuture(action.equals("assign") ? row.getString("default_unit") : null)
          : c.preparedQuery(UNIT).execute(Tuple.of(unit)).compose(u -> u.size() == 0
            ? Future.failedFuture(ApiProblem.invalidField("/unit", "is not a unit of the ministry (platform.org_unit)"))
            : Future.succeededFuture(unit));
        return chosen.compose(u -> move(c, id, to, u, handler, false, false, null).map(u));
      }
      case "assign_handler" -> {
        String handler = ProceduresApi.trimmed(in.getString("handler"));
        if (handler == null) {
          return Future.failedFuture(ApiProblem.invalidField("/handler", "'assign_handler' needs the handler"));
        }
        return move(c, id, to, null, handler, false, false, null).map((String) null);
      }
      case "receive_supplement" -> {
        return move(c, id, to, null, null, false, false, null)
          .compose(v -> c.preparedQuery(RESTART).execute(Tuple.of(id, row.getInteger("time_limit_days"))))
          .map((String) null);
      }
      case "resolve" -> {
        return move(c, id, to, null, null, true, false, null).map((String) null);
      }
      case "refuse" -> {
        return move(c, id, to, null, null, true, false, comment).map((String) null);
      }
      case "return_result" -> {
        return move(c, id, to, null, null, false, true, null).map((String) null);
      }
      default -> {
        return move(c, id, to, null, null, false, false, null).map((String) null);
      }
    }
  }

  private static Future<Void> move(SqlConnection c, long id, String to, String unit, String handler, boolean decided,
                                   boolean returned, String reason) {
    return c.preparedQuery(MOVE).execute(Tuple.from(new Object[] {id, to, unit, handler, decided, returned, reason}))
      .mapEmpty();
  }

  /** The whole dossier as the caller may see it: the applicant for the desk only, the steps the caller may take. */
  private Future<JsonObject> full(SqlClient c, long id, Principal p) {
    return c.preparedQuery(SUMMARY + " WHERE d.id = $1").execute(Tuple.of(id)).compose(one -> {
      Row s = one.iterator().next();
      JsonObject o = summary(s);
      return c.preparedQuery(DETAIL).execute(Tuple.of(id)).compose(ds -> {
        Row d = ds.iterator().next();
        o.put("note", d.getString("note")).put("refuse_reason", d.getString("refuse_reason"));
        return c.preparedQuery(APPLICANT).execute(Tuple.of(id));
      }).compose(as -> {
        Row a = as.size() == 0 ? null : as.iterator().next();
        o.put("applicant", a == null || !Desk.acts(p) ? null : new JsonObject().put("name", a.getString("name"))
          .put("organisation", a.getString("organisation")).put("phone", a.getString("phone"))
          .put("email", a.getString("email")).put("address", a.getString("address")));
        return c.preparedQuery(ATTACHMENTS).execute(Tuple.of(id));
      }).compose(files -> {
        JsonArray attachments = new JsonArray();
        for (Row f : files) {
          attachments.add(new JsonObject().put("ord", f.getInteger("ord")).put("name", f.getString("name"))
            .put("media_type", f.getString("media_type")).put("size", f.getLong("size"))
            .put("sha256", f.getString("sha256")).put("document", f.getString("document")));
        }
        o.put("attachments", attachments);
        return c.preparedQuery(TRANSITIONS).execute(Tuple.of(id));
      }).compose(ts -> {
        o.put("transitions", Steps.history(ts));
        return c.preparedQuery(RULES).execute(Tuple.of(s.getString("status_code")));
      }).map(rules -> o.put("allowed_actions", Desk.PARTIES.allowed(rules, p, s.getString("assigned_unit"))));
    });
  }

  private JsonObject summary(Row r) {
    long id = r.getLong("id");
    OffsetDateTime decided = r.getOffsetDateTime("decided_at");
    OffsetDateTime returned = r.getOffsetDateTime("returned_at");
    return new JsonObject()
      .put("id", id)
      .put("code", r.getString("code"))
      .put("procedure", new JsonObject().put("code", r.getString("procedure_code"))
        .put("name", r.getString("procedure_name")))
      .put("status", ProceduresApi.codeLabel(r.getString("status_code"), r.getString("status_vi"),
        r.getString("status_en")))
      .put("channel", r.getString("channel"))
      .put("received_at", r.getOffsetDateTime("received_at").toInstant().toString())
      .put("due_date", r.getLocalDate("due_date").toString())
      .put("overdue", r.getBoolean("overdue"))
      .put("assigned_unit", r.getString("assigned_unit"))
      .put("handler", r.getString("handler"))
      .put("decided_at", decided == null ? null : decided.toInstant().toString())
      .put("returned_at", returned == null ? null : returned.toInstant().toString())
      .put("version", r.getInteger("version"))
      .put("modified_at", r.getOffsetDateTime("modified_at").toInstant().toString())
      .put("links", new JsonObject().put("self", base + PATH + "/" + id)
        .put("transitions", base + PATH + "/" + id + "/transitions"));
  }

  private static long dossierId(RoutingContext rc) {
    return Requests.validated(rc).getPathParameters().get("dossier").getLong();
  }

  private static ApiProblem notFound(long id) {
    return ApiProblem.notFound("No dossier with id " + id + " that you may see.");
  }
}
