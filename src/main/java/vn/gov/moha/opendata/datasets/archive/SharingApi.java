package vn.gov.moha.opendata.datasets.archive;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditLog;
import vn.gov.moha.opendata.platform.audit.AuditedWrites;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Idempotency;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.security.Role;
import vn.gov.moha.opendata.platform.workflow.LockedWrite;
import vn.gov.moha.opendata.platform.workflow.LockedWrite.IfMatch;
import vn.gov.moha.opendata.platform.workflow.Parties;
import vn.gov.moha.opendata.platform.workflow.Steps;
import vn.gov.moha.opendata.platform.workflow.UnitList;
import vn.gov.moha.opendata.platform.workflow.VersionTag;

/**
 * Sharing requests between state agencies (restricted): an officer of a requesting agency (the token's unit claim is
 * the agency's code in archive.agency) asks for files; the State Records and Archives Department (officers and
 * reviewers of {@value #ARCHIVE_UNIT}, admins) reviews, approves with conditions or refuses with the reason, and
 * delivers; the requester may withdraw until the answer. The allowed steps are the rows of archive.transition_rule
 * (anything else is a 409); a step needs the request's current ETag in If-Match (428 without, 412 when stale). The
 * requesting agency sees its own requests, the archive all; another agency's request is a 404. Every read and write
 * is audited, every write carries an outbox event. The open statistics are {@link SharingStatistics}.
 */
final class SharingApi {
  static final String ARCHIVE_UNIT = "CUC_VTLTNN";
  static final String PATH = "/api/v1/archive/sharing-requests";
  static final String RECORD = "archive-sharing-request";
  private static final String SUMMARY = "SELECT r.id, r.code, r.agency, a.name_vi AS agency_vi, "
    + "a.name_en AS agency_en, a.type_code, r.form, r.status_code, st.name_vi AS status_vi, "
    + "st.name_en AS status_en, r.submitted_at, r.decided_at, r.delivered_at, r.version, r.modified_at, "
    + "(SELECT count(*) FROM archive.request_file rf WHERE rf.request_id = r.id) AS files "
    + "FROM archive.sharing_request r JOIN archive.agency a ON a.code = r.agency "
    + "JOIN archive.request_status st ON st.code = r.status_code";
  private static final String DETAIL = "SELECT purpose, conditions, refuse_reason FROM archive.sharing_request "
    + "WHERE id = $1";
  private static final String FILES = "SELECT f.code, f.title, f.access_level, d.code AS fonds_code "
    + "FROM archive.request_file rf JOIN archive.file f ON f.id = rf.file_id "
    + "JOIN archive.fonds d ON d.id = f.fonds_id WHERE rf.request_id = $1 ORDER BY rf.ord";
  private static final String TRANSITIONS = "SELECT at, actor, actor_unit, action, from_status, to_status, unit, "
    + "comment FROM archive.request_transition WHERE request_id = $1 ORDER BY at, id";
  private static final String RULES = "SELECT action, to_status, actor, needs_comment FROM archive.transition_rule "
    + "WHERE from_status = $1 ORDER BY action";
  private static final String AGENCY = "SELECT code FROM archive.agency WHERE code = $1";
  private static final String FILE_IDS = "SELECT id, code FROM archive.file WHERE code = ANY($1)";
  private static final String INSERT = "WITH n AS (SELECT nextval('archive.sharing_request_id_seq') AS id) "
    + "INSERT INTO archive.sharing_request (id, code, agency, purpose, form, requested_by, submitted_at) "
    + "SELECT n.id, 'YC-' || to_char(now() AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY') || '-' || lpad(n.id::text, 5, "
    + "'0'), $1, $2, $3, $4, now() FROM n RETURNING id";
  private static final String INSERT_FILE = "INSERT INTO archive.request_file (request_id, ord, file_id) "
    + "VALUES ($1, $2, $3)";
  private static final String INSERT_TRANSITION = "INSERT INTO archive.request_transition (request_id, actor, "
    + "actor_unit, action, from_status, to_status, unit, comment) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
  private static final String OUTBOX = "INSERT INTO platform.outbox (dataset, entity_id, operation, payload) "
    + "VALUES ('archive-sharing', $1, $2, jsonb_build_object('id', $3::bigint))";
  private static final String LOCK = "SELECT status_code, agency, version FROM archive.sharing_request "
    + "WHERE id = $1 FOR UPDATE";
  /** $1 id, $2 status, $3 decided, $4 delivered, $5 conditions (kept when null), $6 refuse reason (kept when null). */
  private static final String MOVE = "UPDATE archive.sharing_request r SET status_code = $2, "
    + "decided_at = CASE WHEN $3 THEN now() ELSE r.decided_at END, "
    + "delivered_at = CASE WHEN $4 THEN now() ELSE r.delivered_at END, "
    + "conditions = coalesce($5, r.conditions), refuse_reason = coalesce($6, r.refuse_reason), "
    + "version = r.version + 1, modified_at = now() WHERE r.id = $1";
  /** The fields each action reads besides `action` (any other is a 400 naming it). */
  private static final Map<String, List<String>> FIELDS = Map.of(
    "review", List.of("comment"),
    "approve", List.of("conditions", "comment"),
    "refuse", List.of("comment"),
    "deliver", List.of("comment"),
    "withdraw", List.of("comment"));
  /** The archive's steps (actor "archive") and the requesting agency's. */
  private static final Parties PARTIES = new Parties("archive", ARCHIVE_UNIT, "the archive's",
    "the requesting agency's (%s)");
  private static final VersionTag TAG = new VersionTag("s", "request");

  private final Pool pool;
  private final String base;
  private final UnitList requests;
  private final LockedWrite writes;
  private final SharingStatistics statistics;

  SharingApi(Pool pool, String baseUri) {
    this.pool = pool;
    this.base = baseUri;
    this.requests = new UnitList(pool, baseUri, PATH, RECORD, SUMMARY, "r.id", 20, this::summary)
      .scope(PARTIES::officeActs, "r.agency", "Sharing requests are read by the officers of the requesting agency "
        + "(the token's unit claim) and by officers and reviewers of the State Records and Archives Department ("
        + ARCHIVE_UNIT + ") and admins.")
      .keep("status", "agency", "year");
    this.writes = new LockedWrite(pool, RECORD, new LockedWrite.Lock(LOCK, "agency", PARTIES::sees,
      SharingApi::notFound), TAG, (id, p) -> full(pool, id, p));
    this.statistics = new SharingStatistics(pool);
  }

  Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listArchiveSharingRequests", this::list);
    m.put("createArchiveSharingRequest", this::create);
    m.put("getArchiveSharingRequest", rc -> writes.read(rc, requestId(rc)));
    m.put("transitionArchiveSharingRequest", this::transition);
    m.put("getArchiveSharingStatistics", statistics::handle);
    return m;
  }

  private void list(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    Integer year = Requests.integer(q, "year");
    requests.send(rc, requests.where(rc).eq("r.status_code", Requests.str(q, "status"))
      .eq("r.agency", Requests.str(q, "agency"))
      .eq("extract(year FROM r.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int", year));
  }

  /**
   * A new request of the caller's agency (its unit claim): the request, its files in the order given, the first step,
   * the audit row and an outbox event in one transaction. Every file must be catalogued (any access level).
   */
  private void create(RoutingContext rc) {
    Principal p = Principal.of(rc);
    JsonObject in = Requests.body(rc);
    String agency = p.unit();
    AuditEvent audit = AuditEvent.of(rc, RECORD, null, AuditEvent.SUCCESS, 201);
    if (!p.has(Role.OFFICER) || agency == null) {
      AuditLog.appendLater(pool, audit.withOutcome(AuditEvent.DENIED, 403));
      throw ApiProblem.of(403, "unit-scope", "Forbidden", "Requests are filed by officers of a requesting agency "
        + "(the token's unit claim names it).");
    }
    List<String> codes = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    JsonArray files = in.getJsonArray("files");
    for (int i = 0; i < files.size(); i++) {
      if (!seen.add(files.getString(i))) {
        throw ApiProblem.invalidField("/files/" + i, "names the file " + files.getString(i) + " twice");
      }
      codes.add(files.getString(i));
    }
    String purpose = in.getString("purpose").strip();
    if (purpose.length() < 10) {
      throw ApiProblem.invalidField("/purpose", "say what the files are needed for (at least 10 characters)");
    }
    Idempotency.transaction(rc, pool, c -> c.preparedQuery(AGENCY).execute(Tuple.of(agency)).compose(a -> {
        if (a.size() == 0) {
          return Future.failedFuture(ApiProblem.of(403, "unit-scope", "Forbidden", "Unit " + agency
            + " is not an agency registered to request archival records (archive.agency)."));
        }
        return c.preparedQuery(FILE_IDS).execute(Tuple.of(codes.toArray(new String[0])));
      }).compose(found -> {
        Map<String, Long> ids = new LinkedHashMap<>();
        found.forEach(r -> ids.put(r.getString("code"), r.getLong("id")));
        for (int i = 0; i < codes.size(); i++) {
          if (!ids.containsKey(codes.get(i))) {
            return Future.failedFuture(ApiProblem.invalidField("/files/" + i, "is not a file of the catalogue: "
              + codes.get(i)));
          }
        }
        return c.preparedQuery(INSERT).execute(Tuple.of(agency, purpose, in.getString("form"), p.subject()))
          .map(rs -> rs.iterator().next().getLong("id"))
          .compose(id -> {
            List<Tuple> batch = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
              batch.add(Tuple.of(id, i + 1, ids.get(codes.get(i))));
            }
            return c.preparedQuery(INSERT_FILE).executeBatch(batch)
              .compose(v -> c.preparedQuery(INSERT_TRANSITION).execute(Tuple.from(new Object[] {id, p.subject(),
                p.unit(), "submit", null, "submitted", null, null})))
              .compose(v -> c.preparedQuery(OUTBOX).execute(Tuple.of(String.valueOf(id), "create", id)))
              .compose(v -> AuditLog.append(c, audit.withRecord(RECORD, String.valueOf(id))))
              .compose(v -> full(c, id, p));
          });
      }))
      .onFailure(e -> AuditedWrites.failed(pool, audit, e))
      .onSuccess(o -> writes.created(rc, o))
      .onFailure(rc::fail);
  }

  private void transition(RoutingContext rc) {
    long id = requestId(rc);
    Principal p = Principal.of(rc);
    JsonObject in = Requests.body(rc);
    String action = in.getString("action");
    String comment = Requests.text(in, "comment");
    String conditions = Requests.text(in, "conditions");
    writes.write(rc, id, IfMatch.REQUIRED, () -> Steps.onlyFields(in, action, FIELDS), (c, row) -> {
      String from = row.getString("status_code");
      return c.preparedQuery(RULES).execute(Tuple.of(from)).compose(rules -> {
        Row rule = PARTIES.rule(rules, "A request", from, action, p, row.getString("agency"));
        Steps.needsComment(rule, action, comment);
        String to = rule.getString("to_status");
        boolean decided = action.equals("approve") || action.equals("refuse");
        return c.preparedQuery(MOVE).execute(Tuple.from(new Object[] {id, to, decided, action.equals("deliver"),
            action.equals("approve") ? conditions : null, action.equals("refuse") ? comment : null}))
          .compose(v -> c.preparedQuery(INSERT_TRANSITION).execute(Tuple.from(new Object[] {id, p.subject(),
            p.unit(), action, from, to, null, action.equals("approve") && comment == null ? conditions : comment})))
          .compose(v -> c.preparedQuery(OUTBOX).execute(Tuple.of(String.valueOf(id), "update", id)));
      });
    });
  }

  /** The whole request: purpose, conditions or reason, the files asked for, the steps, what the caller may do. */
  private Future<JsonObject> full(SqlClient c, long id, Principal p) {
    return c.preparedQuery(SUMMARY + " WHERE r.id = $1").execute(Tuple.of(id)).compose(one -> {
      Row s = one.iterator().next();
      JsonObject o = summary(s);
      return c.preparedQuery(DETAIL).execute(Tuple.of(id)).compose(ds -> {
        Row d = ds.iterator().next();
        o.put("purpose", d.getString("purpose")).put("conditions", d.getString("conditions"))
          .put("refuse_reason", d.getString("refuse_reason"));
        return c.preparedQuery(FILES).execute(Tuple.of(id));
      }).compose(fs -> {
        JsonArray files = new JsonArray();
        for (Row f : fs) {
          files.add(new JsonObject().put("code", f.getString("code")).put("title", f.getString("title"))
            .put("access_level", f.getString("access_level")).put("fonds", f.getString("fonds_code")));
        }
        o.put("files", files);
        return c.preparedQuery(TRANSITIONS).execute(Tuple.of(id));
      }).compose(ts -> {
        o.put("transitions", Steps.history(ts));
        return c.preparedQuery(RULES).execute(Tuple.of(s.getString("status_code")));
      }).map(rules -> o.put("allowed_actions", PARTIES.allowed(rules, p, s.getString("agency"))));
    });
  }

  private JsonObject summary(Row r) {
    long id = r.getLong("id");
    return new JsonObject()
      .put("id", id)
      .put("code", r.getString("code"))
      .put("agency", new JsonObject().put("code", r.getString("agency")).put("label", new JsonObject()
        .put("vi", r.getString("agency_vi")).put("en", r.getString("agency_en"))).put("type", r.getString("type_code")))
      .put("form", r.getString("form"))
      .put("status", new JsonObject().put("code", r.getString("status_code")).put("label", new JsonObject()
        .put("vi", r.getString("status_vi")).put("en", r.getString("status_en"))))
      .put("file_count", r.getLong("files"))
      .put("submitted_at", instant(r.getOffsetDateTime("submitted_at")))
      .put("decided_at", instant(r.getOffsetDateTime("decided_at")))
      .put("delivered_at", instant(r.getOffsetDateTime("delivered_at")))
      .put("version", r.getInteger("version"))
      .put("modified_at", instant(r.getOffsetDateTime("modified_at")))
      .put("links", new JsonObject().put("self", base + PATH + "/" + id)
        .put("transitions", base + PATH + "/" + id + "/transitions"));
  }

  private static String instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant().toString();
  }

  private static long requestId(RoutingContext rc) {
    return Requests.validated(rc).getPathParameters().get("request").getLong();
  }

  private static ApiProblem notFound(long id) {
    return ApiProblem.notFound("No sharing request with id " + id + " that you may see.");
  }
}
