package vn.gov.moha.opendata.datasets.feedback;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * HTTP handlers of the open side of citizen feedback and petitions: a citizen submits (anonymous, rate limited) and
 * follows the case with its tracking code and secret; anyone lists, searches and reads the published questions and
 * answers and the handling statistics. The officers' workflow is {@link CasesApi}.
 */
public final class FeedbackApi {
  public static final String PATH = "/api/v1/feedback";
  static final String JSON = "application/json; charset=utf-8";
  static final String RECORD = "feedback";
  static final String SECRET_HEADER = "X-Tracking-Secret";
  private static final String[] LIST_PARAMS = {"q", "field", "year", "count", "limit"};
  private static final String OPEN = "SELECT o.id, o.key, o.title, o.question, o.answer, o.field_code, o.field_vi, "
    + "o.field_en, o.procedure_code, o.legal_document, o.channel_code, o.channel_vi, o.channel_en, o.received_date, "
    + "o.answered_date, o.answered_unit, o.answered_unit_vi, o.answered_unit_en, o.published_at, o.origin, o.version "
    + "FROM feedback.open_item o";
  private static final String INSERT = "WITH n AS (SELECT nextval('feedback.item_id_seq') AS id, "
    + "(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS today) "
    + "INSERT INTO feedback.item (id, key, tracking_code, secret_hash, title, question, channel_code, received_at, "
    + "received_date, due_date) SELECT n.id, to_char(n.today, 'YYYY') || '-' || lpad(n.id::text, 6, '0'), "
    + "'PAKN-' || to_char(n.today, 'YYYY') || '-' || $1, $2, $3, $4, $5, now(), n.today, feedback.due_date(n.today) "
    + "FROM n RETURNING id, tracking_code, received_at, due_date";
  private static final String INSERT_SUBMITTER = "INSERT INTO feedback.submitter (item_id, name, phone, email, "
    + "address) VALUES ($1, $2, $3, $4, $5)";
  static final String INSERT_TRANSITION = "INSERT INTO feedback.transition (item_id, actor, actor_unit, action, "
    + "from_status, to_status, unit, comment) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
  static final String OUTBOX = "INSERT INTO platform.outbox (dataset, entity_id, operation, payload) "
    + "VALUES ('feedback', $1, $2, jsonb_build_object('id', $3::bigint))";
  private static final String TRACK = "SELECT i.id, i.tracking_code, i.secret_hash, i.status_code, s.name_vi, "
    + "s.name_en, i.received_date, i.due_date, i.field_code, f.name_vi AS field_vi, f.name_en AS field_en, "
    + "(i.answered_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS answered_date, i.reject_reason, i.key "
    + "FROM feedback.item i JOIN feedback.status s ON s.code = i.status_code "
    + "LEFT JOIN feedback.field f ON f.code = i.field_code WHERE i.tracking_code = $1";
  /** dimension → (field code, vi, en, month) over open_item_stats s joined to its field f. */
  private static final Map<String, String> DIMENSIONS = Map.of(
    "field", "s.field_code, f.name_vi, f.name_en, NULL::text",
    "month", "NULL::text, NULL::text, NULL::text, s.month",
    "field_month", "s.field_code, f.name_vi, f.name_en, s.month");
  private static final String[] COUNTS = {"received", "answered", "answered_on_time", "overdue", "rejected",
    "published"};

  private final Pool pool;
  private final String base;
  private final RateLimiter limits;
  private final CasesApi cases;

  public FeedbackApi(Pool pool, String baseUri, RateLimiter limits) {
    this.pool = pool;
    this.base = baseUri;
    this.limits = limits;
    this.cases = new CasesApi(pool, baseUri);
  }

  /** operationId → handler, for the route table (the open side and the officers' cases). */
  public Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("submitFeedback", this::submit);
    m.put("trackFeedback", this::track);
    m.put("listFeedback", this::list);
    m.put("getFeedback", this::get);
    m.put("getFeedbackStatistics", this::statistics);
    m.putAll(cases.handlers());
    return m;
  }

  /**
   * A question from anyone: the case with its submitter in one transaction, the first step, the audit row and an
   * outbox event. Anonymous callers spend their allowance of public writes; only the Centre records letters and calls.
   */
  private void submit(RoutingContext rc) {
    Principal p = Principal.of(rc);
    JsonObject in = Requests.body(rc);
    JsonObject who = in.getJsonObject("submitter");
    String channel = in.getString("channel", "online");
    if (!"online".equals(channel) && !Centre.acts(p)) {
      throw ApiProblem.invalidField("/channel", "letters and calls are recorded by the Information Centre ("
        + Centre.UNIT + "); the online form is 'online'");
    }
    if (blank(who.getString("phone")) && blank(who.getString("email")) && blank(who.getString("address"))) {
      throw ApiProblem.invalidField("/submitter", "give at least one way to reach you: phone, email or address");
    }
    AuditEvent audit = AuditEvent.of(rc, RECORD, null, AuditEvent.SUCCESS, 201);
    TrackingSecret secret = TrackingSecret.create();
    limits.checkPublicWrite(rc, p, pool).compose(allowed -> Idempotency.transaction(rc, pool, c ->
        c.preparedQuery(INSERT).execute(Tuple.of(secret.codeSuffix(),
          Buffer.buffer(secret.hash()), in.getString("title").strip(), in.getString("question").strip(), channel))
        .compose(rs -> {
          Row r = rs.iterator().next();
          long id = r.getLong("id");
          return c.preparedQuery(INSERT_SUBMITTER).execute(Tuple.of(id, who.getString("name").strip(),
              trimmed(who.getString("phone")), trimmed(who.getString("email")), trimmed(who.getString("address"))))
            .compose(v -> c.preparedQuery(INSERT_TRANSITION).execute(Tuple.from(new Object[] {id, p.subject(),
              p.unit(), "submit", null, "received", null, null})))
            .compose(v -> c.preparedQuery(OUTBOX).execute(Tuple.of(String.valueOf(id), "create", id)))
            .compose(v -> AuditLog.append(c, audit.withRecord(RECORD, String.valueOf(id))))
            .map(r);
        })))
      .onFailure(e -> AuditedWrites.failed(pool, audit, e))
      .onSuccess(r -> {
        String tracking = base + PATH + "/tracking/" + r.getString("tracking_code");
        rc.response().setStatusCode(201).putHeader("Location", tracking).putHeader("Content-Type", JSON)
          .putHeader("Cache-Control", "no-store")
          .end(new JsonObject()
            .put("code", r.getString("tracking_code"))
            .put("secret", secret.secret())
            .put("status", codeLabel("received", "Đã tiếp nhận", "Received"))
            .put("received_at", r.getOffsetDateTime("received_at").toInstant().toString())
            .put("due_date", r.getLocalDate("due_date").toString())
            .put("links", new JsonObject().put("tracking", tracking))
            .encode());
      })
      .onFailure(rc::fail);
  }

  /**
   * The submitter's view of a case: its status and dates, the rejection's reason, and once published the question
   * and answer as published. An unknown code and a wrong secret answer the same 404.
   */
  private void track(RoutingContext rc) {
    String code = Requests.validated(rc).getPathParameters().get("code").getString();
    String given = rc.request().getHeader(SECRET_HEADER);
    pool.preparedQuery(TRACK).execute(Tuple.of(code)).compose(rs -> {
      Row r = rs.size() == 0 ? null : rs.iterator().next();
      if (r == null || !TrackingSecret.matches(given, r.getBuffer("secret_hash").getBytes())) {
        AuditLog.appendLater(pool, AuditEvent.of(rc, RECORD, r == null ? null : String.valueOf(r.getLong("id")),
          AuditEvent.NOT_FOUND, 404));
        return Future.failedFuture(ApiProblem.notFound("No feedback with this tracking code and secret."));
      }
      AuditLog.appendLater(pool, AuditEvent.of(rc, RECORD, String.valueOf(r.getLong("id")), AuditEvent.SUCCESS,
        200));
      JsonObject o = new JsonObject()
        .put("code", r.getString("tracking_code"))
        .put("status", codeLabel(r.getString("status_code"), r.getString("name_vi"), r.getString("name_en")))
        .put("received_date", r.getLocalDate("received_date").toString())
        .put("due_date", r.getLocalDate("due_date").toString())
        .put("field", r.getString("field_code") == null ? null
          : codeLabel(r.getString("field_code"), r.getString("field_vi"), r.getString("field_en")))
        .put("answered_date", date(r.getLocalDate("answered_date")))
        .put("reject_reason", r.getString("reject_reason"));
      if (!"published".equals(r.getString("status_code"))) {
        return Future.succeededFuture(o.put("published", null));
      }
      return pool.preparedQuery(OPEN + " WHERE o.id = $1").execute(Tuple.of(r.getLong("id")))
        .map(one -> o.put("published", item(one.iterator().next())));
    }).onSuccess(o -> rc.response().putHeader("Content-Type", JSON).putHeader("Cache-Control", "private, no-store")
      .end(o.encode())).onFailure(rc::fail);
  }

  /** Published questions and answers, newest received first; q searches their published texts only. */
  private void list(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    int limit = q.get("limit").isNull() ? 20 : q.get("limit").getInteger();
    Where where = filters(q);
    String cursor = Requests.str(q, "cursor");
    if (cursor != null) {
      Keyset.Position at = Keyset.decode(cursor, "-received_date", LocalDate::parse);
      where.and("(o.received_date, o.id) < (" + where.param(LocalDate.parse(at.key())) + "::date, "
        + where.param(at.id()) + ")");
    }
    List<Object> params = where.params();
    params.add(limit + 1);
    boolean count = !q.get("count").isNull() && q.get("count").getBoolean();
    Where counting = filters(q);
    Future<Long> total = !count ? Future.succeededFuture(null)
      : pool.preparedQuery("SELECT count(*) FROM feedback.open_item o" + counting.clause()).execute(counting.tuple())
        .map(rs -> rs.iterator().next().getLong(0));
    pool.preparedQuery(OPEN + where.clause() + " ORDER BY o.received_date DESC, o.id DESC LIMIT $" + params.size())
      .execute(Tuple.from(params)).compose(rows -> total.map(t -> {
        JsonArray items = new JsonArray();
        Row last = null;
        for (Row r : rows) {
          if (items.size() == limit) {
            break;
          }
          items.add(item(r));
          last = r;
        }
        String next = rows.size() <= limit ? null : Requests.nextPage(base, PATH, q, LIST_PARAMS,
          Keyset.encode("-received_date", last.getLocalDate("received_date").toString(), last.getLong("id")));
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

  /** The list's filters: q over the published texts (diacritics folded), field, year of receipt. */
  private static Where filters(Map<String, RequestParameter> q) {
    Where where = new Where();
    String search = Requests.str(q, "q");
    if (search != null && !search.isBlank()) {
      where.and("o.search @@ websearch_to_tsquery('simple', platform.vn_fold(" + where.param(search) + "))");
    }
    return where.eq("o.field_code", Requests.str(q, "field")).eq("o.year", Requests.integer(q, "year"));
  }

  private void get(RoutingContext rc) {
    String key = Requests.validated(rc).getPathParameters().get("key").getString();
    pool.preparedQuery(OPEN + " WHERE o.key = $1").execute(Tuple.of(key)).onSuccess(rs -> {
      if (rs.size() == 0) {
        rc.fail(ApiProblem.notFound("No published question with key " + key + "."));
        return;
      }
      Row r = rs.iterator().next();
      if (Requests.notModified(rc, "\"f" + r.getLong("id") + "-" + r.getInteger("version") + "\"")) {
        return;
      }
      rc.response().putHeader("Content-Type", JSON).end(item(r).encode());
    }).onFailure(rc::fail);
  }

  /**
   * Received, answered (on time), overdue, rejected and published cases by field, by month of receipt, or both. Counts
   * of cases, not of people, over no attribute of the submitter: no small-cell suppression (README, contract).
   */
  private void statistics(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    String by = Requests.str(q, "by") == null ? "field_month" : Requests.str(q, "by");
    Where where = new Where().eq("s.year", Requests.integer(q, "year")).eq("s.field_code", Requests.str(q, "field"));
    StringBuilder counts = new StringBuilder();
    for (String c : new String[] {"true", "s.answered_date IS NOT NULL",
      "s.answered_date IS NOT NULL AND NOT s.overdue", "s.overdue", "s.status_code = 'rejected'",
      "s.status_code = 'published'"}) {
      counts.append(", count(*) FILTER (WHERE ").append(c).append(")");
    }
    String sql = "SELECT " + DIMENSIONS.get(by) + counts + " FROM feedback.open_item_stats s "
      + "LEFT JOIN feedback.field f ON f.code = s.field_code" + where.clause()
      + " GROUP BY 1, 2, 3, 4 ORDER BY 4 NULLS FIRST, min(f.sort) NULLS FIRST";
    pool.preparedQuery(sql).execute(where.tuple()).onSuccess(rows -> {
      JsonArray items = new JsonArray();
      long[] total = new long[COUNTS.length];
      for (Row r : rows) {
        JsonObject item = new JsonObject();
        if (!by.equals("month")) {
          item.put("field", r.getString(0) == null ? null : codeLabel(r.getString(0), r.getString(1), r.getString(2)));
        }
        if (!by.equals("field")) {
          item.put("month", r.getString(3));
        }
        for (int i = 0; i < COUNTS.length; i++) {
          item.put(COUNTS[i], r.getLong(4 + i));
          total[i] += r.getLong(4 + i);
        }
        items.add(item);
      }
      JsonObject sums = new JsonObject();
      for (int i = 0; i < COUNTS.length; i++) {
        sums.put(COUNTS[i], total[i]);
      }
      rc.response().putHeader("Content-Type", JSON).putHeader("Cache-Control", "public, max-age=300")
        .end(new JsonObject().put("dimension", by).put("as_of", LocalDate.now(Centre.ZONE).toString())
          .put("items", items).put("total", sums).encode());
    }).onFailure(rc::fail);
  }

  /** A published question and answer as JSON (open_item columns only). */
  private JsonObject item(Row r) {
    String key = r.getString("key");
    return new JsonObject()
      .put("key", key)
      .put("uri", new Uris(base).feedback(key))
      .put("title", r.getString("title"))
      .put("question", r.getString("question"))
      .put("answer", r.getString("answer"))
      .put("field", codeLabel(r.getString("field_code"), r.getString("field_vi"), r.getString("field_en")))
      .put("procedure_code", r.getString("procedure_code"))
      .put("legal_document", r.getString("legal_document"))
      .put("channel", codeLabel(r.getString("channel_code"), r.getString("channel_vi"), r.getString("channel_en")))
      .put("received_date", r.getLocalDate("received_date").toString())
      .put("answered_date", date(r.getLocalDate("answered_date")))
      .put("answered_by", codeLabel(r.getString("answered_unit"), r.getString("answered_unit_vi"),
        r.getString("answered_unit_en")))
      .put("published_at", r.getOffsetDateTime("published_at").toInstant().toString())
      .put("generated", "generated".equals(r.getString("origin")))
      .put("links", new JsonObject().put("self", base + PATH + "/" + key));
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

  private static String trimmed(String s) {
    return blank(s) ? null : s.strip();
  }
}
