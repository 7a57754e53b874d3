package vn.gov.moha.opendata.datasets.voffice;

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
import java.time.LocalDate;
import java.util.Arrays;
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
import vn.gov.moha.opendata.platform.workflow.Steps;
import vn.gov.moha.opendata.platform.workflow.UnitList;
import vn.gov.moha.opendata.platform.workflow.VersionTag;

/**
 * Incoming documents (văn bản đến): registration by the clerical office (the arrival number is the database's, per
 * register and year), the officers' unit-scoped list and search, one document with its processing history and
 * signatures, and the processing workflow, whose allowed steps are the rows of voffice.transition_rule (anything else
 * is a 409 naming the allowed ones; {@code If-Match} is required: 428 without, 412 when stale).
 */
final class IncomingApi {
  static final String PATH = VOfficeApi.PATH + "/incoming";
  static final String RECORD = "voffice-incoming";
  private static final String SUMMARY = "SELECT i.id, i.registry, i.arrival_year, i.arrival_number, i.arrival_date, "
    + "i.received_at, i.sender_organ, i.sender_organ_id, i.via_axis, i.type_code, t.name_vi AS type_vi, "
    + "t.name_en AS type_en, i.code_number, i.code_notation, i.issued_date, i.subject, i.urgency, i.secrecy, "
    + "i.due_date, i.page_amount, i.status_code, s.name_vi AS status_vi, s.name_en AS status_en, i.lead_unit, "
    + "i.coordinating_units, i.units, i.handler, i.deadline, i.origin, i.version, i.modified_at "
    + "FROM voffice.incoming i JOIN voffice.doc_type t ON t.code = i.type_code "
    + "JOIN voffice.status s ON s.code = i.status_code";
  private static final String INSERT = "INSERT INTO voffice.incoming (registry, arrival_date, sender_organ, "
    + "sender_organ_id, via_axis, type_code, code_number, code_notation, issued_date, subject, urgency, secrecy, "
    + "due_date, page_amount) SELECT CASE WHEN $11 = 'none' THEN 'CHUNG' ELSE 'MAT' END, $1, $2, $3, $4, $5, $6, $7, "
    + "$8, $9, $10, $11, $12, $13 RETURNING id";
  private static final String LOCK = "SELECT id, status_code, units, lead_unit, coordinating_units, handler, "
    + "deadline, version FROM voffice.incoming WHERE id = $1 FOR UPDATE";
  private static final String RULES = "SELECT action, to_status, actor, needs_comment FROM voffice.transition_rule "
    + "WHERE from_status = $1 ORDER BY action";
  private static final String TRANSITIONS = "SELECT at, actor, actor_unit, action, from_status, to_status, unit, "
    + "comment FROM voffice.transition WHERE incoming_id = $1 ORDER BY at, id";
  private static final String STEP = "INSERT INTO voffice.transition (incoming_id, actor, actor_unit, action, "
    + "from_status, to_status, unit, comment) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
  /** $1 id, $2 status, $3 lead, $4 coordinating, $5 handler, $6 deadline: the whole assignment after the step. */
  private static final String MOVE = "UPDATE voffice.incoming SET status_code = $2, lead_unit = $3, "
    + "coordinating_units = $4, handler = $5, deadline = $6, version = version + 1, modified_at = now() WHERE id = $1";
  private static final String UNITS = "SELECT count(*) FROM platform.org_unit WHERE code = ANY ($1::text[])";
  private static final Map<String, List<String>> FIELDS = Map.of(
    "assign", List.of("unit", "coordinating_units", "deadline", "comment"),
    "reassign", List.of("unit", "coordinating_units", "deadline", "comment"),
    "file", List.of("comment"),
    "accept", List.of("handler", "comment"),
    "assign_handler", List.of("handler", "comment"),
    "return", List.of("comment"),
    "complete", List.of("comment"));
  private static final VersionTag TAG = new VersionTag("i", "document");

  private final Pool pool;
  private final String base;
  private final UnitList list;
  private final LockedWrite writes;

  IncomingApi(Pool pool, String baseUri) {
    this.pool = pool;
    this.base = baseUri;
    this.list = new UnitList(pool, baseUri, PATH, RECORD, SUMMARY, "i.id", 20, this::summary)
      .scopeAny(VOfficeApi::office, "i.units", "Incoming documents are read by the officers of the units that lead "
        + "or coordinate their processing, by officers and reviewers of the Ministry Office (unit " + VOfficeApi.OFFICE
        + ") and by admins.")
      .keep("q", "status", "type", "year", "via_axis", "secrecy", "unit");
    this.writes = new LockedWrite(pool, RECORD, new LockedWrite.Lock(LOCK, IncomingApi::sees, IncomingApi::notFound),
      TAG, (id, p) -> full(pool, id, p));
  }

  Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listVofficeIncoming", this::list);
    m.put("registerVofficeIncoming", this::register);
    m.put("getVofficeIncoming", rc -> writes.read(rc, Requests.id(rc)));
    m.put("transitionVofficeIncoming", this::transition);
    m.put("recordVofficeIncomingSignature", rc -> VOfficeApi.recordSignature(rc, pool, "incoming", RECORD, LOCK,
      IncomingApi::sees));
    return m;
  }

  /** Whether the caller may read the document of this row: the office, a unit that leads or coordinates it. */
  static boolean sees(Principal p, Row row) {
    String[] units = row.getArrayOfStrings("units");
    return VOfficeApi.office(p)
      || (units != null && Arrays.stream(units).anyMatch(u -> VOfficeApi.PARTIES.unitActs(p, u)));
  }

  private void list(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    list.send(rc, VOfficeApi.search(list.where(rc), "i.subject_fold", Requests.str(q, "q"))
      .eq("i.status_code", Requests.str(q, "status")).eq("i.type_code", Requests.str(q, "type"))
      .eq("i.arrival_year", Requests.integer(q, "year")).eq("i.via_axis", Requests.bool(q, "via_axis"))
      .eq("i.secrecy", Requests.str(q, "secrecy")).eq("i.lead_unit", Requests.str(q, "unit")));
  }

  private void register(RoutingContext rc) {
    Principal p = Principal.of(rc);
    AuditEvent audit = AuditedWrites.beginIf(rc, pool, VOfficeApi.clerk(p), RECORD, null, 201, "Incoming documents "
      + "are registered by the officers of the Ministry Office (unit " + VOfficeApi.OFFICE + ") and admins.");
    JsonObject in = Requests.body(rc);
    LocalDate today = VOfficeApi.today();
    LocalDate issued = VOfficeApi.date(in.getString("issued_date"), "/issued_date");
    LocalDate due = VOfficeApi.date(in.getString("due_date"), "/due_date");
    if (issued.isAfter(today)) {
      throw ApiProblem.invalidField("/issued_date", "is after the arrival date " + today);
    }
    if (due != null && due.isBefore(today)) {
      throw ApiProblem.invalidField("/due_date", "is before the arrival date " + today);
    }
    String secrecy = in.getString("secrecy", "none");
    Idempotency.transaction(rc, pool, c -> c.preparedQuery(INSERT).execute(Tuple.from(new Object[] {today,
        in.getString("sender_organ").strip(), in.getString("sender_organ_id"), in.getBoolean("via_axis"),
        in.getString("type"), in.getString("code_number"), in.getString("code_notation").strip(), issued,
        in.getString("subject").strip(), in.getString("urgency", "normal"), secrecy, due,
        in.getInteger("page_amount")}))
      .compose(rows -> {
        long id = rows.iterator().next().getLong("id");
        return VOfficeStats.refresh(c, VOfficeStats.month(today), "incoming")
          .compose(v -> VOfficeApi.outbox(c, "incoming", id, "create"))
          .compose(v -> AuditLog.append(c, audit.withRecord(RECORD, String.valueOf(id))))
          .compose(v -> full(c, id, p));
      }))
      .onFailure(e -> AuditedWrites.failed(pool, audit, e))
      .onSuccess(o -> writes.created(rc, o))
      .onFailure(rc::fail);
  }

  private void transition(RoutingContext rc) {
    long id = Requests.id(rc);
    Principal p = Principal.of(rc);
    JsonObject in = Requests.body(rc);
    String action = in.getString("action");
    String comment = Requests.text(in, "comment");
    writes.write(rc, id, IfMatch.REQUIRED, () -> Steps.onlyFields(in, action, FIELDS), (c, row) -> {
      String from = row.getString("status_code");
      return c.preparedQuery(RULES).execute(Tuple.of(from)).compose(rules -> {
        Row rule = VOfficeApi.PARTIES.rule(rules, "A document", from, action, p, row.getString("lead_unit"));
        Steps.needsComment(rule, action, comment);
        String to = rule.getString("to_status");
        return step(c, row, p, action, to, in).compose(unit -> c.preparedQuery(STEP).execute(Tuple.from(
            new Object[] {id, p.subject(), p.unit(), action, from, to, unit, comment})))
          .compose(v -> VOfficeApi.outbox(c, "incoming", id, "update"));
      });
    });
  }

  /** Applies an allowed step to the locked document: the assignment after it; the unit it names, or null. */
  private static Future<String> step(SqlConnection c, Row row, Principal p, String action, String to,
                                     JsonObject in) {
    long id = row.getLong("id");
    String lead = row.getString("lead_unit");
    String[] coordinating = row.getArrayOfStrings("coordinating_units");
    switch (action) {
      case "assign", "reassign" -> {
        String unit = Requests.text(in, "unit");
        JsonArray others = in.getJsonArray("coordinating_units");
        LocalDate asked = VOfficeApi.date(in.getString("deadline"), "/deadline");
        if (action.equals("assign") && unit == null) {
          return Future.failedFuture(ApiProblem.invalidField("/unit", "'assign' needs the lead unit"));
        }
        if (action.equals("assign") && asked == null) {
          return Future.failedFuture(ApiProblem.invalidField("/deadline", "'assign' needs the processing deadline"));
        }
        if (action.equals("reassign") && unit == null && others == null && asked == null) {
          return Future.failedFuture(ApiProblem.invalidField("/unit",
            "'reassign' needs the unit, the coordinating units or the deadline"));
        }
        if (asked != null && asked.isBefore(VOfficeApi.today())) {
          return Future.failedFuture(ApiProblem.invalidField("/deadline", "is in the past"));
        }
        String newLead = unit == null ? lead : unit;
        String[] newOthers = others == null ? coordinating
          : others.stream().map(String::valueOf).distinct().toArray(String[]::new);
        if (Arrays.asList(newOthers).contains(newLead)) {
          return Future.failedFuture(ApiProblem.invalidField("/coordinating_units", "contains the lead unit "
            + newLead));
        }
        String[] named = new String[newOthers.length + 1];
        named[0] = newLead;
        System.arraycopy(newOthers, 0, named, 1, newOthers.length);
        LocalDate newDeadline = asked == null ? row.getLocalDate("deadline") : asked;
        return c.preparedQuery(UNITS).execute(Tuple.of((Object) named)).compose(n -> {
          if (n.iterator().next().getLong(0) != named.length) {
            return Future.failedFuture(ApiProblem.invalidField(unit != null ? "/unit" : "/coordinating_units",
              "names a unit that is not one of the ministry's (platform.org_unit)"));
          }
          return move(c, id, to, newLead, newOthers, null, newDeadline).map(newLead);
        });
      }
      case "accept", "assign_handler" -> {
        String handler = Requests.text(in, "handler");
        if (handler == null && action.equals("assign_handler")) {
          return Future.failedFuture(ApiProblem.invalidField("/handler", "'assign_handler' needs the handler"));
        }
        return move(c, id, to, lead, coordinating, handler == null ? p.subject() : handler, row.getLocalDate(
          "deadline")).map((String) null);
      }
      case "return", "file" -> {
        return move(c, id, to, null, new String[0], null, null).map((String) null);
      }
      default -> {
        return move(c, id, to, lead, coordinating, row.getString("handler"), row.getLocalDate("deadline"))
          .map((String) null);
      }
    }
  }

  private static Future<Void> move(SqlConnection c, long id, String to, String lead, String[] coordinating,
                                   String handler, LocalDate deadline) {
    return c.preparedQuery(MOVE).execute(Tuple.from(new Object[] {id, to, lead, coordinating, handler, deadline}))
      .mapEmpty();
  }

  /** The whole document: its summary, the steps recorded, its signatures, the steps the caller may take. */
  private Future<JsonObject> full(SqlClient c, long id, Principal p) {
    return c.preparedQuery(SUMMARY + " WHERE i.id = $1").execute(Tuple.of(id)).compose(one -> {
      Row s = one.iterator().next();
      JsonObject o = summary(s);
      return c.preparedQuery(TRANSITIONS).execute(Tuple.of(id))
        .compose(ts -> {
          o.put("transitions", Steps.history(ts));
          return VOfficeApi.signatures(c, "incoming_id", id);
        })
        .compose(sigs -> {
          o.put("signatures", sigs);
          return c.preparedQuery(RULES).execute(Tuple.of(s.getString("status_code")));
        })
        .map(rules -> o.put("allowed_actions", VOfficeApi.PARTIES.allowed(rules, p, s.getString("lead_unit"))));
    });
  }

  private JsonObject summary(Row r) {
    long id = r.getLong("id");
    LocalDate deadline = r.getLocalDate("deadline");
    boolean open = !List.of("completed", "filed").contains(r.getString("status_code"));
    return new JsonObject()
      .put("id", id)
      .put("registry", r.getString("registry"))
      .put("arrival_year", r.getInteger("arrival_year"))
      .put("arrival_number", r.getInteger("arrival_number"))
      .put("arrival_date", VOfficeApi.day(r.getLocalDate("arrival_date")))
      .put("received_at", VOfficeApi.instant(r.getOffsetDateTime("received_at")))
      .put("sender", new JsonObject().put("name", r.getString("sender_organ"))
        .put("organ_id", r.getString("sender_organ_id")))
      .put("via_axis", r.getBoolean("via_axis"))
      .put("type", VOfficeApi.codeLabel(r.getString("type_code"), r.getString("type_vi"), r.getString("type_en")))
      .put("code_number", r.getString("code_number"))
      .put("code_notation", r.getString("code_notation"))
      .put("issued_date", VOfficeApi.day(r.getLocalDate("issued_date")))
      .put("subject", r.getString("subject"))
      .put("urgency", r.getString("urgency"))
      .put("secrecy", r.getString("secrecy"))
      .put("due_date", VOfficeApi.day(r.getLocalDate("due_date")))
      .put("page_amount", r.getInteger("page_amount"))
      .put("status", VOfficeApi.codeLabel(r.getString("status_code"), r.getString("status_vi"),
        r.getString("status_en")))
      .put("lead_unit", r.getString("lead_unit"))
      .put("coordinating_units", VOfficeApi.strings(r.getArrayOfStrings("coordinating_units")))
      .put("handler", r.getString("handler"))
      .put("deadline", VOfficeApi.day(deadline))
      .put("overdue", open && deadline != null && VOfficeApi.today().isAfter(deadline))
      .put("generated", "generated".equals(r.getString("origin")))
      .put("version", r.getInteger("version"))
      .put("modified_at", VOfficeApi.instant(r.getOffsetDateTime("modified_at")))
      .put("links", new JsonObject().put("self", base + PATH + "/" + id)
        .put("transitions", base + PATH + "/" + id + "/transitions")
        .put("signatures", base + PATH + "/" + id + "/signatures"));
  }

  private static ApiProblem notFound(long id) {
    return ApiProblem.notFound("No incoming document with id " + id + " that you may see.");
  }
}
