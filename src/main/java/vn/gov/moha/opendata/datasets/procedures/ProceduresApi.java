package vn.gov.moha.opendata.datasets.procedures;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.moha.opendata.datasets.feedback.TrackingSecret;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditLog;
import vn.gov.moha.opendata.platform.audit.AuditedWrites;
import vn.gov.moha.opendata.platform.db.Where;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Idempotency;
import vn.gov.moha.opendata.platform.http.Keyset;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.security.RateLimiter;

/**
 * HTTP handlers of the open side of administrative procedures: anyone lists and reads the procedure catalogue and the
 * dossier statistics; an applicant submits a dossier (anonymous, rate limited) and follows it with its receipt code
 * and secret — which unit holds it, in which role it is handled, the due date, whether it is overdue, its steps — with
 * no name of the applicant or of an officer. The officers' side is {@link DossiersApi}.
 */
public final class ProceduresApi {
  static final String PATH = "/api/v1/procedures";
  static final String TRACK_PATH = "/api/v1/dossier-tracking";
  static final String JSON = "application/json; charset=utf-8";
  static final String RECORD = "dossier";
  static final String SECRET_HEADER = "X-Tracking-Secret";
  private static final String[] LIST_PARAMS = {"q", "field", "level", "unit", "online_level", "national_sync",
    "limit"};
  private static final String OPEN = "SELECT r.code, r.key, r.name, r.field_code, r.field_vi, r.field_en, "
    + "r.level_code, r.level_vi, r.level_en, r.unit, r.unit_vi, r.unit_en, r.implementing_body, r.time_limit_days, "
    + "r.fee_vnd, r.fee_note, r.documents, r.result, r.online_level, r.national_sync, r.origin, r.version, "
    + ProceduresRdf.LEGAL_BASIS + " FROM procedures.open_procedure r";
  private static final String PROCEDURE = "SELECT p.code, p.name, p.level_code, p.unit, p.time_limit_days "
    + "FROM procedures.procedure p WHERE p.code = $1";
  private static final String INSERT = "WITH n AS (SELECT nextval('procedures.dossier_id_seq') AS id, "
    + "(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS today) "
    + "INSERT INTO procedures.dossier (id, code, secret_hash, procedure_code, channel, received_at, received_date, "
    + "due_date, note) SELECT n.id, 'HS-' || to_char(n.today, 'YYYY') || '-' || $1, $2, $3, $4, now(), n.today, "
    + "procedures.due_date(n.today, $5), $6 FROM n RETURNING id, code, received_at, due_date";
  private static final String INSERT_APPLICANT = "INSERT INTO procedures.applicant (dossier_id, name, organisation, "
    + "phone, email, address) VALUES ($1, $2, $3, $4, $5, $6)";
  private static final String INSERT_ATTACHMENT = "INSERT INTO procedures.attachment (dossier_id, ord, name, "
    + "media_type, size, sha256, document) VALUES ($1, $2, $3, $4, $5, $6, $7)";
  static final String INSERT_TRANSITION = "INSERT INTO procedures.dossier_transition (dossier_id, actor, actor_unit, "
    + "action, from_status, to_status, unit, comment) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
  static final String OUTBOX = "INSERT INTO platform.outbox (dataset, entity_id, operation, payload) "
    + "VALUES ('dossiers', $1, $2, jsonb_build_object('id', $3::bigint))";
  private static final String TRACK = "SELECT d.id, d.code, d.secret_hash, d.status_code, s.name_vi, s.name_en, "
    + "d.received_date, d.due_date, x.overdue, d.assigned_unit, u.name_vi AS unit_vi, u.name_en AS unit_en, "
    + "d.handler IS NOT NULL AS handled, x.decided_date, (d.returned_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date "
    + "AS returned_date, d.refuse_reason, p.code AS procedure_code, p.name AS procedure_name "
    + "FROM procedures.dossier d JOIN procedures.dossier_status s ON s.code = d.status_code "
    + "JOIN procedures.procedure p ON p.code = d.procedure_code "
    + "JOIN procedures.open_dossier_stats x ON x.id = d.id "
    + "LEFT JOIN platform.org_unit u ON u.code = d.assigned_unit WHERE d.code = $1";
  /** The applicant's own step: documents sent while supplement is requested (the officers receive them). */
  static final String SUPPLEMENT_ACTION = "submit_supplement";
  private static final String SUPPLEMENT_STATUS = "supplement_requested";
  private static final String NEXT_ORD = "SELECT coalesce(max(ord), 0) FROM procedures.attachment WHERE dossier_id = $1";
  private static final String TOUCH = "UPDATE procedures.dossier SET version = version + 1, modified_at = now() "
    + "WHERE id = $1";
  /** The steps as the applicant sees them: what happened, when, to which status and unit — never who. */
  private static final String HISTORY = "SELECT t.at, t.action, t.to_status, s.name_vi, s.name_en, t.unit, "
    + "CASE WHEN t.action IN ('request_supplement', 'refuse') THEN t.comment END AS comment "
    + "FROM procedures.dossier_transition t JOIN procedures.dossier_status s ON s.code = t.to_status "
    + "WHERE t.dossier_id = $1 ORDER BY t.at, t.id";
  /** dimension → (procedure code, name, unit code, vi, en, month) over open_dossier_stats s. */
  private static final Map<String, String> DIMENSIONS = Map.of(
    "procedure", "s.procedure_code, p.name, NULL::text, NULL::text, NULL::text, NULL::text",
    "unit", "NULL::text, NULL::text, s.unit, u.name_vi, u.name_en, NULL::text",
    "month", "NULL::text, NULL::text, NULL::text, NULL::text, NULL::text, s.month",
    "unit_month", "NULL::text, NULL::text, s.unit, u.name_vi, u.name_en, s.month");
  private static final String[] COUNTS = {"received", "decided", "decided_on_time", "decided_late", "pending",
    "pending_overdue", "supplement_requested", "refused"};

  private final Pool pool;
  private final String base;
  private final RateLimiter limits;
  private final DossiersApi dossiers;

  public ProceduresApi(Pool pool, String baseUri, RateLimiter limits) {
    this.pool = pool;
    this.base = baseUri;
    this.limits = limits;
    this.dossiers = new DossiersApi(pool, baseUri);
  }

  /** operationId → handler, for the route table (the open side and the officers' dossiers). */
  public Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listProcedures", this::list);
    m.put("getProcedure", this::get);
    m.put("submitProcedureDossier", this::submit);
    m.put("trackProcedureDossier", this::track);
    m.put("submitProcedureDossierSupplement", this::supplement);
    m.put("getProcedureDossierStatistics", this::statistics);
    m.putAll(dossiers.handlers());
    return m;
  }

  /** The catalogue in code order; q searches names (diacritics folded). */
  private void list(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    int limit = q.get("limit").isNull() ? 50 : q.get("limit").getInteger();
    Where where = filters(q);
    String cursor = Requests.str(q, "cursor");
    if (cursor != null) {
      where.and("r.code > " + where.param(Keyset.decode(cursor, "code", k -> k).key()));
    }
    List<Object> params = where.params();
    params.add(limit + 1);
    boolean count = !q.get("count").isNull() && q.get("count").getBoolean();
    Where counting = filters(q);
    Future<Long> total = !count ? Future.succeededFuture(null)
      : pool.preparedQuery("SELECT count(*) FROM procedures.open_procedure r" + counting.clause())
        .execute(counting.tuple()).map(rs -> rs.iterator().next().getLong(0));
    pool.preparedQuery(OPEN + where.clause() + " ORDER BY r.code LIMIT $" + params.size())
      .execute(Tuple.from(params)).compose(rows -> total.map(t -> {
        JsonArray items = new JsonArray();
        Row last = null;
        for (Row r : rows) {
          if (items.size() == limit) {
            break;
          }
          items.add(procedure(r));
          last = r;
        }
        String next = rows.size() <= limit ? null : Requests.nextPage(base, PATH, q, LIST_PARAMS,
          Keyset.encode("code", last.getString("code"), 0));
        if (next != null) {
          rc.response().putHeader("Link", "<" + next + ">; rel=\"next\"");
        }
        JsonObject body = new JsonObject().put("items", items).put("limit", limit);
        if (t != null) {
          body.put("total", t);
        }
        return body.put("next", next);
      }))
      .onSuccess(body -> rc.response().putHeader("Content-Type", JSON).end(body.encode()))
      .onFailure(rc::fail);
  }

  private static Where filters(Map<String, RequestParameter> q) {
    Where where = new Where();
    String search = Requests.str(q, "q");
    if (search != null && !search.isBlank()) {
      where.and("platform.vn_fold(r.name) ILIKE '%' || platform.vn_fold(" + where.param(search.strip()) + ") || '%'");
    }
    return where.eq("r.field_code", Requests.str(q, "field")).eq("r.level_code", Requests.str(q, "level"))
      .eq("r.unit", Requests.str(q, "unit")).eq("r.online_level", Requests.str(q, "online_level"))
      .eq("r.national_sync", Requests.bool(q, "national_sync"));
  }

  private void get(RoutingContext rc) {
    String code = Requests.validated(rc).getPathParameters().get("procedure").getString();
    pool.preparedQuery(OPEN + " WHERE r.code = $1").execute(Tuple.of(code)).onSuccess(rs -> {
      if (rs.size() == 0) {
        rc.fail(ApiProblem.notFound("No procedure with code " + code + "."));
        return;
      }
      Row r = rs.iterator().next();
      if (Requests.notModified(rc, "\"p" + r.getString("key") + "-" + r.getInteger("version") + "\"")) {
        return;
      }
      rc.response().putHeader("Content-Type", JSON).end(procedure(r).encode());
    }).onFailure(rc::fail);
  }

  /**
   * A dossier from anyone: the dossier with its applicant and its attachments' metadata in one transaction, the first
   * step, the audit row and an outbox event. The procedure must be one the ministry itself implements (level
   * ministry); the due date is its time limit in working days from today.
   */
  private void submit(RoutingContext rc) {
    Principal p = Principal.of(rc);
    JsonObject in = Requests.body(rc);
    JsonObject who = in.getJsonObject("applicant");
    String channel = in.getString("channel", "online");
    if (!"online".equals(channel) && !Desk.acts(p)) {
      throw ApiProblem.invalidField("/channel", "dossiers handed in at the desk or by post are recorded by the "
        + "one-stop desk (" + Desk.UNIT + "); online dossiers are 'online'");
    }
    if (blank(who.getString("phone")) && blank(who.getString("email")) && blank(who.getString("address"))) {
      throw ApiProblem.invalidField("/applicant", "give at least one way to reach you: phone, email or address");
    }
    String code = in.getString("procedure_code");
    JsonArray attachments = in.getJsonArray("attachments", new JsonArray());
    AuditEvent audit = AuditEvent.of(rc, RECORD, null, AuditEvent.SUCCESS, 201);
    TrackingSecret secret = TrackingSecret.create();
    limits.checkPublicWrite(rc, p, pool).compose(allowed -> Idempotency.transaction(rc, pool, c ->
        c.preparedQuery(PROCEDURE).execute(Tuple.of(code)).compose(ps -> {
        Row proc = ps.size() == 0 ? null : ps.iterator().next();
        if (proc == null) {
          return Future.failedFuture(ApiProblem.invalidField("/procedure_code", "is not a procedure of the catalogue"));
        }
        if (!"ministry".equals(proc.getString("level_code"))) {
          return Future.failedFuture(ApiProblem.invalidField("/procedure_code", "is implemented by "
            + proc.getString("level_code") + " authorities, not by the ministry: file it with them"));
        }
        return c.preparedQuery(INSERT).execute(Tuple.from(new Object[] {secret.codeSuffix(),
            Buffer.buffer(secret.hash()), code, channel, proc.getInteger("time_limit_days"),
            trimmed(in.getString("note"))}))
          .compose(rs -> {
            Row r = rs.iterator().next();
            long id = r.getLong("id");
            return c.preparedQuery(INSERT_APPLICANT).execute(Tuple.from(new Object[] {id, who.getString("name").strip(),
                trimmed(who.getString("organisation")), trimmed(who.getString("phone")),
                trimmed(who.getString("email")), trimmed(who.getString("address"))}))
              .compose(v -> attachments(c, id, attachments))
              .compose(v -> c.preparedQuery(INSERT_TRANSITION).execute(Tuple.from(new Object[] {id, p.subject(),
                p.unit(), "submit", null, "received", null, null})))
              .compose(v -> c.preparedQuery(OUTBOX).execute(Tuple.of(String.valueOf(id), "create", id)))
              .compose(v -> AuditLog.append(c, audit.withRecord(RECORD, String.valueOf(id))))
              .map(v -> new JsonObject().put("code", r.getString("code")).put("procedure_name", proc.getString("name"))
                .put("received_at", r.getOffsetDateTime("received_at").toInstant().toString())
                .put("due_date", r.getLocalDate("due_date").toString()));
          });
      })))
      .onFailure(e -> AuditedWrites.failed(pool, audit, e))
      .onSuccess(r -> {
        String tracking = base + TRACK_PATH + "/" + r.getString("code");
        rc.response().setStatusCode(201).putHeader("Location", tracking).putHeader("Content-Type", JSON)
          .putHeader("Cache-Control", "no-store")
          .end(new JsonObject()
            .put("code", r.getString("code"))
            .put("secret", secret.secret())
            .put("procedure", new JsonObject().put("code", code).put("name", r.getString("procedure_name")))
            .put("status", codeLabel("received", "Đã tiếp nhận", "Received"))
            .put("received_at", r.getString("received_at"))
            .put("due_date", r.getString("due_date"))
            .put("attachments", attachments.size())
            .put("links", new JsonObject().put("tracking", tracking))
            .encode());
      })
      .onFailure(rc::fail);
  }

  private static Future<Void> attachments(SqlConnection c, long id, JsonArray list) {
    return attachments(c, id, list, 0);
  }

  /** The attachments' metadata, numbered after {@code after} (the dossier's last one). */
  private static Future<Void> attachments(SqlConnection c, long id, JsonArray list, int after) {
    if (list.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> batch = new java.util.ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonObject a = list.getJsonObject(i);
      batch.add(Tuple.from(new Object[] {id, after + i + 1, a.getString("name").strip(), a.getString("media_type"),
        a.getLong("size"), a.getString("sha256"), trimmed(a.getString("document"))}));
    }
    return c.preparedQuery(INSERT_ATTACHMENT).executeBatch(batch).mapEmpty();
  }

  /**
   * The applicant's view of a dossier: its procedure, status, the unit that holds it and whether an officer handles
   * it (the role, never the name), the due date and whether it is overdue, the steps with their dates, what was asked
   * for and why it was refused. An unknown code and a wrong secret answer the same 404.
   */
  private void track(RoutingContext rc) {
    String code = Requests.validated(rc).getPathParameters().get("receipt").getString();
    String given = rc.request().getHeader(SECRET_HEADER);
    pool.preparedQuery(TRACK).execute(Tuple.of(code)).compose(rs -> {
      Row r = owned(rs, given);
      if (r == null) {
        AuditLog.appendLater(pool, AuditEvent.of(rc, RECORD, rs.size() == 0 ? null
          : String.valueOf(rs.iterator().next().getLong("id")), AuditEvent.NOT_FOUND, 404));
        return Future.failedFuture(notTracked());
      }
      AuditLog.appendLater(pool, AuditEvent.of(rc, RECORD, String.valueOf(r.getLong("id")), AuditEvent.SUCCESS,
        200));
      return view(pool, r);
    }).onSuccess(o -> rc.response().putHeader("Content-Type", JSON).putHeader("Cache-Control", "private, no-store")
      .end(o.encode())).onFailure(rc::fail);
  }

  /** The dossier of a tracking query's rows when the secret is its own, else null (unknown and wrong look alike). */
  private static Row owned(io.vertx.sqlclient.RowSet<Row> rs, String given) {
    Row r = rs.size() == 0 ? null : rs.iterator().next();
    return r == null || !TrackingSecret.matches(given, r.getBuffer("secret_hash").getBytes()) ? null : r;
  }

  private static ApiProblem notTracked() {
    return ApiProblem.notFound("No dossier with this receipt code and secret.");
  }

  /**
   * The applicant sends the documents the unit asked for, through tracking (receipt code + secret): their metadata
   * join the dossier's attachments, the step {@value #SUPPLEMENT_ACTION} is recorded as the applicant's (no name) with
   * the note (which the officers see and tracking does not show), audited, with an outbox event. The status stays
   * {@code supplement_requested} — the assigned unit checks the documents and takes {@code receive_supplement} (the
   * clock restarts) or asks again — and tracking says it waits for the ministry. Only while documents are requested
   * (else 409 naming the status); wrong secret or unknown code: the tracking's 404.
   */
  private void supplement(RoutingContext rc) {
    Principal p = Principal.of(rc);
    String code = Requests.validated(rc).getPathParameters().get("receipt").getString();
    String given = rc.request().getHeader(SECRET_HEADER);
    JsonObject in = Requests.body(rc);
    JsonArray files = in.getJsonArray("attachments");
    String note = trimmed(in.getString("note"));
    AuditEvent[] audit = {AuditEvent.of(rc, RECORD, null, AuditEvent.SUCCESS, 201)};
    limits.checkPublicWrite(rc, p, pool).compose(allowed -> Idempotency.transaction(rc, pool, c ->
        c.preparedQuery(TRACK + " FOR UPDATE OF d").execute(Tuple.of(code)).compose(rs -> {
        if (rs.size() > 0) {
          audit[0] = audit[0].withRecord(RECORD, String.valueOf(rs.iterator().next().getLong("id")));
        }
        Row r = owned(rs, given);
        if (r == null) {
          return Future.failedFuture(notTracked());
        }
        String status = r.getString("status_code");
        if (!SUPPLEMENT_STATUS.equals(status)) {
          return Future.failedFuture(ApiProblem.of(409, "illegal-transition", "Conflict", "The dossier is '" + status
            + "' (" + r.getString("name_en") + "): documents are sent only while additional documents are requested ("
            + SUPPLEMENT_STATUS + ")."));
        }
        long id = r.getLong("id");
        return c.preparedQuery(NEXT_ORD).execute(Tuple.of(id))
          .compose(max -> attachments(c, id, files, max.iterator().next().getInteger(0)))
          .compose(v -> c.preparedQuery(INSERT_TRANSITION).execute(Tuple.from(new Object[] {id, "applicant", null,
            SUPPLEMENT_ACTION, status, status, null, note})))
          .compose(v -> c.preparedQuery(TOUCH).execute(Tuple.of(id)))
          .compose(v -> c.preparedQuery(OUTBOX).execute(Tuple.of(String.valueOf(id), "update", id)))
          .compose(v -> AuditLog.append(c, audit[0]))
          .map(r);
      })))
      .onFailure(e -> AuditedWrites.failed(pool, audit[0], e))
      .compose(r -> view(pool, r))
      .onSuccess(o -> rc.response().setStatusCode(201).putHeader("Location", base + TRACK_PATH + "/" + code)
        .putHeader("Content-Type", JSON).putHeader("Cache-Control", "private, no-store").end(o.encode()))
      .onFailure(rc::fail);
  }

  /**
   * The tracking view of a dossier's row of {@link #TRACK}; {@code waiting_for} is the applicant while documents are
   * requested and not yet sent, the ministry otherwise until the result is returned.
   */
  private static Future<JsonObject> view(SqlClient c, Row r) {
    String unit = r.getString("assigned_unit");
    String status = r.getString("status_code");
    JsonObject o = new JsonObject()
      .put("code", r.getString("code"))
      .put("procedure", new JsonObject().put("code", r.getString("procedure_code"))
        .put("name", r.getString("procedure_name")))
      .put("status", codeLabel(status, r.getString("name_vi"), r.getString("name_en")))
      .put("received_date", r.getLocalDate("received_date").toString())
      .put("due_date", r.getLocalDate("due_date").toString())
      .put("overdue", r.getBoolean("overdue"))
      .put("held_by", heldBy(status, unit, r))
      .put("handler", unit == null || !r.getBoolean("handled") ? null : new JsonObject()
        .put("role", codeLabel("officer", "Chuyên viên thụ lý", "Handling officer")).put("unit", unit))
      .put("decided_date", date(r.getLocalDate("decided_date")))
      .put("returned_date", date(r.getLocalDate("returned_date")))
      .put("refuse_reason", r.getString("refuse_reason"));
    return c.preparedQuery(HISTORY).execute(Tuple.of(r.getLong("id"))).map(steps -> {
      JsonArray history = new JsonArray();
      for (Row s : steps) {
        history.add(new JsonObject().put("at", s.getOffsetDateTime("at").toInstant().toString())
          .put("action", s.getString("action"))
          .put("status", codeLabel(s.getString("to_status"), s.getString("name_vi"), s.getString("name_en")))
          .put("unit", s.getString("unit")).put("comment", s.getString("comment")));
      }
      Row last = steps.size() == 0 ? null : last(steps);
      boolean sent = last != null && SUPPLEMENT_ACTION.equals(last.getString("action"));
      OffsetDateTime since = last == null ? null : last.getOffsetDateTime("at");
      return o.put("waiting_for", status.equals(SUPPLEMENT_STATUS) && !sent ? "applicant"
          : status.equals("returned") ? null : "ministry")
        .put("since", since == null ? null : since.toInstant().toString()).put("history", history);
    });
  }

  /**
   * Who holds the dossier now: the one-stop desk before assignment and once decided (it returns the result), the
   * assigned unit while in processing or waiting for documents, nobody once the result is returned.
   */
  private static JsonObject heldBy(String status, String unit, Row r) {
    return switch (status) {
      case "returned" -> null;
      case "in_processing", "supplement_requested" -> codeLabel(unit, r.getString("unit_vi"), r.getString("unit_en"));
      default -> codeLabel(Desk.UNIT, "Bộ phận một cửa – Văn phòng Bộ", "One-stop desk, Ministry Office");
    };
  }

  private static Row last(io.vertx.sqlclient.RowSet<Row> rows) {
    Row last = null;
    for (Row r : rows) {
      last = r;
    }
    return last;
  }

  /**
   * Dossiers received, decided (on time, late), pending (overdue), waiting for documents and refused, by procedure,
   * unit, month of receipt, or unit and month; the on-time rate of the decided ones. Counts of dossiers over no
   * attribute of the applicant: no small-cell suppression (README, contract).
   */
  private void statistics(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    String by = Requests.str(q, "by") == null ? "unit_month" : Requests.str(q, "by");
    Where where = new Where().eq("s.year", Requests.integer(q, "year"))
      .eq("s.unit", Requests.str(q, "unit")).eq("s.procedure_code", Requests.str(q, "procedure"));
    StringBuilder counts = new StringBuilder();
    for (String c : new String[] {"true", "s.decided_date IS NOT NULL", "s.on_time", "NOT s.on_time",
      "s.decided_date IS NULL", "s.overdue", "s.status_code = 'supplement_requested'",
      "s.refused"}) {
      counts.append(", count(*) FILTER (WHERE ").append(c).append(")");
    }
    String sql = "SELECT " + DIMENSIONS.get(by) + counts + " FROM procedures.open_dossier_stats s "
      + "JOIN procedures.procedure p ON p.code = s.procedure_code "
      + "JOIN platform.org_unit u ON u.code = s.unit" + where.clause()
      + " GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 6 NULLS FIRST, 3 NULLS FIRST, 1 NULLS FIRST";
    pool.preparedQuery(sql).execute(where.tuple()).onSuccess(rows -> {
      JsonArray items = new JsonArray();
      long[] total = new long[COUNTS.length];
      for (Row r : rows) {
        JsonObject item = new JsonObject();
        if (by.equals("procedure")) {
          item.put("procedure", new JsonObject().put("code", r.getString(0)).put("name", r.getString(1)));
        }
        if (by.startsWith("unit")) {
          item.put("unit", codeLabel(r.getString(2), r.getString(3), r.getString(4)));
        }
        if (by.endsWith("month")) {
          item.put("month", r.getString(5));
        }
        for (int i = 0; i < COUNTS.length; i++) {
          item.put(COUNTS[i], r.getLong(6 + i));
          total[i] += r.getLong(6 + i);
        }
        items.add(item.put("on_time_rate", rate(r.getLong(8), r.getLong(7))));
      }
      JsonObject sums = new JsonObject();
      for (int i = 0; i < COUNTS.length; i++) {
        sums.put(COUNTS[i], total[i]);
      }
      sums.put("on_time_rate", rate(total[2], total[1]));
      rc.response().putHeader("Content-Type", JSON).putHeader("Cache-Control", "public, max-age=300")
        .end(new JsonObject().put("dimension", by).put("as_of", LocalDate.now(Desk.ZONE).toString())
          .put("items", items).put("total", sums).encode());
    }).onFailure(rc::fail);
  }

  /** Percent of the decided dossiers decided on time, one decimal; null when none was decided. */
  private static Double rate(long onTime, long decided) {
    return decided == 0 ? null : BigDecimal.valueOf(onTime * 100.0 / decided).setScale(1, RoundingMode.HALF_UP)
      .doubleValue();
  }

  /** A procedure as JSON (open_procedure columns only). */
  private JsonObject procedure(Row r) {
    String code = r.getString("code");
    JsonArray basis = new JsonArray();
    for (Object o : (JsonArray) r.getJson("legal_basis")) {
      JsonObject b = (JsonObject) o;
      basis.add(new JsonObject().put("number", b.getString("number")).put("title", b.getString("title"))
        .put("document", b.getValue("document_id") == null ? null : new JsonObject()
          .put("id", b.getLong("document_id"))
          .put("uri", b.getString("eli_path") == null ? null : new Uris(base).eli(b.getString("eli_path")))
          .put("self", base + "/api/v1/legal-documents/" + b.getLong("document_id"))));
    }
    Integer fee = r.getInteger("fee_vnd");
    return new JsonObject()
      .put("code", code)
      .put("uri", new Uris(base).procedure(r.getString("key")))
      .put("name", r.getString("name"))
      .put("field", codeLabel(r.getString("field_code"), r.getString("field_vi"), r.getString("field_en")))
      .put("level", codeLabel(r.getString("level_code"), r.getString("level_vi"), r.getString("level_en")))
      .put("unit", codeLabel(r.getString("unit"), r.getString("unit_vi"), r.getString("unit_en")))
      .put("implementing_body", r.getString("implementing_body"))
      .put("time_limit_days", r.getInteger("time_limit_days"))
      .put("fee", new JsonObject().put("amount_vnd", fee).put("note", r.getString("fee_note")))
      .put("documents", new JsonArray(Arrays.asList((Object[]) r.getArrayOfStrings("documents"))))
      .put("result", r.getString("result"))
      .put("legal_basis", basis)
      .put("online_level", r.getString("online_level"))
      .put("national_sync", r.getBoolean("national_sync"))
      .put("generated", "generated".equals(r.getString("origin")))
      .put("links", new JsonObject().put("self", base + PATH + "/" + code)
        .put("statistics", base + "/api/v1/statistics/procedure-dossiers?by=month&procedure=" + code));
  }

  static JsonObject codeLabel(String code, String vi, String en) {
    return new JsonObject().put("code", code).put("label", new JsonObject().put("vi", vi).put("en", en));
  }

  static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String trimmed(String s) {
    return blank(s) ? null : s.strip();
  }
}
