package vn.gov.moha.opendata.datasets.awards;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditLog;
import vn.gov.moha.opendata.platform.audit.AuditedWrites;
import vn.gov.moha.opendata.platform.db.Where;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.ApiProblem.FieldError;
import vn.gov.moha.opendata.platform.http.Keyset;
import vn.gov.moha.opendata.platform.http.PageCache;
import vn.gov.moha.opendata.platform.http.Requests;

/**
 * HTTP handlers of the open side of emulation and commendation: conferred awards (list, one, statistics), the award
 * types, the proposing bodies, and the withdrawal of an award by the Board.
 *
 * <p>The reads by id and the list pages read the award's own columns from {@code awards.open_award_row} and label
 * them from the code lists read once at start ({@link AwardCodes}: none of those tables is written at runtime, only
 * by migrations), written by {@link AwardJson}; the statistics still group over the labelled view
 * {@code awards.open_award}.
 */
public final class AwardsApi {
  public static final String PATH = "/api/v1/awards";
  static final String JSON = "application/json; charset=utf-8";
  /** The schema of the tables behind the list (the page cache's dataset, V048's notification payload). */
  private static final String SCHEMA = "awards";
  private static final String[] LIST_PARAMS = {"q", "type", "type_prefix", "kind", "year", "decided_from",
    "decided_to", "body", "province", "recipient_kind", "decider", "state_level", "withdrawn", "sort", "count",
    "limit"};
  /** One award: the summary's columns (AwardQuery.COLUMNS), then those of the indexes below. */
  private static final String GET = "SELECT " + AwardQuery.COLUMNS + ", o.method_code, o.rationale, o.legal_basis, "
    + "o.withdrawal_decision, o.withdrawal_reason, o.version, o.modified_at "
    + "FROM awards.open_award_row o WHERE o.id = $1";
  private static final int METHOD = 16;
  private static final int RATIONALE = 17;
  private static final int LEGAL_BASIS = 18;
  private static final int WITHDRAWAL_DECISION = 19;
  private static final int WITHDRAWAL_REASON = 20;
  private static final int VERSION = 21;
  private static final int MODIFIED_AT = 22;
  private static final String TYPES = "SELECT t.code, t.name_vi, t.name_en, t.kind_code, k.name_vi AS kind_vi, "
    + "k.name_en AS kind_en, t.decided_by, d.name_vi AS decider_vi, d.name_en AS decider_en, d.state_level, "
    + "t.recipient_kinds FROM awards.award_type t JOIN awards.kind k ON k.code = t.kind_code "
    + "JOIN awards.decider d ON d.code = t.decided_by "
    + "WHERE ($1::text IS NULL OR t.kind_code = $1) AND ($2::text IS NULL OR t.decided_by = $2) ORDER BY t.sort";
  private static final String BODIES = "SELECT key, name_vi, name_en, kind, province_key, valid_to, successor, origin "
    + "FROM awards.body WHERE ($1::text IS NULL OR kind = $1) AND (valid_to IS NULL) = $2 ORDER BY sort, key";
  private static final String LOCK = "SELECT decision_date, withdrawn_date FROM awards.award WHERE id = $1 FOR UPDATE";
  private static final String WITHDRAW = "UPDATE awards.award SET withdrawn_date = $2, withdrawal_decision = $3, "
    + "withdrawal_reason = $4, version = version + 1, modified_at = now() WHERE id = $1";
  private static final String OUTBOX = "INSERT INTO platform.outbox (dataset, entity_id, operation, payload) "
    + "VALUES ('awards', $1, 'update', $2)";
  /** dimension → SQL (value, label vi, label en, count) over open_award o; %s is the WHERE clause. */
  private static final Map<String, String> DIMENSIONS = Map.of(
    "type", "SELECT o.award_type, o.type_vi, o.type_en, count(*) AS n FROM awards.open_award o %s "
      + "GROUP BY 1, 2, 3 ORDER BY n DESC, 1",
    "kind", "SELECT o.kind_code, o.kind_vi, o.kind_en, count(*) AS n FROM awards.open_award o %s "
      + "GROUP BY 1, 2, 3 ORDER BY n DESC, 1",
    "year", "SELECT o.year, NULL::text, NULL::text, count(*) AS n FROM awards.open_award o %s GROUP BY 1 ORDER BY 1",
    "body", "SELECT b.key, b.name_vi, b.name_en, count(*) AS n FROM awards.open_award o "
      + "JOIN awards.body ob ON ob.key = o.body_key JOIN awards.body b ON b.key = coalesce(ob.successor, ob.key) %s "
      + "GROUP BY 1, 2, 3 ORDER BY n DESC, 1",
    "province", "SELECT o.province_now_key, o.province_now_name, NULL::text, count(*) AS n "
      + "FROM awards.open_award o %s GROUP BY 1, 2 ORDER BY 1 NULLS FIRST",
    "recipient_kind", "SELECT o.recipient_kind, rk.name_vi, rk.name_en, count(*) AS n FROM awards.open_award o "
      + "JOIN awards.recipient_kind rk ON rk.code = o.recipient_kind %s GROUP BY 1, 2, 3 ORDER BY n DESC, 1",
    "decider", "SELECT o.decider_code, o.decider_vi, o.decider_en, count(*) AS n FROM awards.open_award o %s "
      + "GROUP BY 1, 2, 3 ORDER BY n DESC, 1",
    "method", "SELECT o.method_code, o.method_vi, o.method_en, count(*) AS n FROM awards.open_award o %s "
      + "GROUP BY 1, 2, 3 ORDER BY n DESC, 1");

  private final Pool pool;
  private final String base;
  private final AwardCodes codes;
  private final AwardJson json;
  private final DossiersApi dossiers;
  private final PageCache pages;

  private AwardsApi(Pool pool, String baseUri, AwardCodes codes, PageCache pages) {
    this.pool = pool;
    this.pages = pages;
    this.base = baseUri;
    this.codes = codes;
    this.json = new AwardJson(baseUri, codes);
    this.dossiers = new DossiersApi(pool, baseUri);
  }

  /**
   * The API, once the code lists its open reads are labelled from are read (see {@link AwardCodes}); its list pages
   * are kept in {@code pages} (schema awards).
   */
  public static Future<AwardsApi> create(Pool pool, String baseUri, PageCache pages) {
    return AwardCodes.load(pool).map(codes -> new AwardsApi(pool, baseUri, codes, pages));
  }

  /** operationId → handler, for the route table (awards and award dossiers). */
  public Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listAwards", this::list);
    m.put("getAward", this::get);
    m.put("withdrawAward", this::withdraw);
    m.put("getAwardStatistics", this::statistics);
    m.put("listAwardTypes", this::types);
    m.put("listAwardBodies", this::bodies);
    m.putAll(dossiers.handlers());
    return m;
  }

  private void list(RoutingContext rc) {
    PageCache.Lookup cached = pages.lookup(rc, SCHEMA, JSON);
    if (cached.answered()) {
      return;
    }
    Map<String, RequestParameter> q = Requests.query(rc);
    int limit = q.get("limit").isNull() ? 20 : q.get("limit").getInteger();
    String search = Requests.str(q, "q");
    if (search != null && search.isBlank()) {
      search = null;
    }
    String sortParam = Requests.str(q, "sort");
    AwardQuery.Sort sort = AwardQuery.Sort.of(sortParam == null ? "-decision_date" : sortParam);
    if (sort == AwardQuery.Sort.RELEVANCE && search == null) {
      throw ApiProblem.badRequest("invalid-parameter", "sort=relevance needs a search query q.",
        new FieldError("sort", "query", "relevance needs q"));
    }
    AwardQuery query = new AwardQuery(new AwardQuery.Filters(search, Requests.str(q, "type"),
      Requests.str(q, "type_prefix"), Requests.str(q, "kind"), Requests.integer(q, "year"), Requests.date(q, "decided_from"),
      Requests.date(q, "decided_to"), Requests.str(q, "body"), Requests.str(q, "province"),
      Requests.str(q, "recipient_kind"), Requests.str(q, "decider"), Requests.bool(q, "state_level"), Requests.bool(q, "withdrawn")),
      sort, codes);
    AwardQuery.Cursor after = Requests.str(q, "cursor") == null ? null
      : AwardQuery.Cursor.decode(Requests.str(q, "cursor"), sort);
    boolean count = !q.get("count").isNull() && q.get("count").getBoolean();
    AwardQuery.Statement counting = query.count();
    Future<Long> total = count
      ? pool.preparedQuery(counting.sql()).execute(counting.params()).map(rs -> rs.iterator().next().getLong(0))
      : Future.succeededFuture(null);
    AwardQuery.Statement page = query.page(after, limit);
    pool.preparedQuery(page.sql()).execute(page.params()).compose(rows -> total.map(t -> {
      String next = null;
      Row last = Keyset.lastServed(rows, limit);
      if (last != null) {
        next = nextLink(q, new AwardQuery.Cursor(sort, String.valueOf(last.getValue(sort.column)),
          last.getLong(AwardQuery.ID)));
        rc.response().putHeader("Link", "<" + next + ">; rel=\"next\"");
      }
      return json.page(rows, limit, t, next);
    })).onSuccess(cached::keep).onFailure(rc::fail);
  }

  private String nextLink(Map<String, RequestParameter> q, AwardQuery.Cursor cursor) {
    return Requests.nextPage(base, PATH, q, LIST_PARAMS, cursor.encode());
  }

  private void get(RoutingContext rc) {
    long id = Requests.id(rc);
    pool.preparedQuery(GET).execute(Tuple.of(id)).onSuccess(rs -> {
      if (rs.size() == 0) {
        rc.fail(ApiProblem.notFound("No award with id " + id + "."));
        return;
      }
      Row r = rs.iterator().next();
      if (Requests.notModified(rc, etag(r))) {
        return;
      }
      rc.response().putHeader("Content-Type", JSON).end(full(r));
    }).onFailure(rc::fail);
  }

  private static String etag(Row r) {
    return "\"w" + r.getLong(AwardQuery.ID) + "-" + r.getInteger(VERSION) + "\"";
  }

  /** The Board (unit BAN_TDKT: officers and reviewers) and admins record a withdrawal. */
  private void withdraw(RoutingContext rc) {
    long id = Requests.id(rc);
    AuditEvent audit = AuditedWrites.beginIf(rc, pool, Board.acts(rc), "award", id, 200,
      "Awards are withdrawn by officers and reviewers of unit " + Board.UNIT + " and by admins.");
    JsonObject in = Requests.body(rc);
    LocalDate date = LocalDate.parse(in.getString("date"));
    if (date.isAfter(LocalDate.now(Board.ZONE))) {
      throw ApiProblem.invalidField("/date", "is in the future");
    }
    pool.withTransaction(c -> c.preparedQuery(LOCK).execute(Tuple.of(id)).compose(rs -> {
        if (rs.size() == 0) {
          return Future.failedFuture(ApiProblem.notFound("No award with id " + id + "."));
        }
        Row r = rs.iterator().next();
        if (r.getLocalDate("withdrawn_date") != null) {
          return Future.failedFuture(ApiProblem.conflict("already-withdrawn",
            "The award was withdrawn on " + r.getLocalDate("withdrawn_date") + "."));
        }
        if (date.isBefore(r.getLocalDate("decision_date"))) {
          return Future.failedFuture(ApiProblem.invalidField("/date",
            "is before the award's decision (" + r.getLocalDate("decision_date") + ")"));
        }
        return c.preparedQuery(WITHDRAW).execute(Tuple.of(id, date, in.getString("decision_number").strip(),
            in.getString("reason")))
          .compose(v -> c.preparedQuery(OUTBOX).execute(Tuple.of(String.valueOf(id), new JsonObject().put("id", id))))
          .compose(v -> AuditLog.append(c, audit))
          .compose(v -> c.preparedQuery(GET).execute(Tuple.of(id)));
      }))
      .onFailure(e -> AuditedWrites.failed(pool, audit, e))
      .onSuccess(rs -> {
        Row r = rs.iterator().next();
        rc.response().putHeader("ETag", etag(r)).putHeader("Content-Type", JSON).end(full(r));
      })
      .onFailure(rc::fail);
  }

  private void statistics(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    String by = Requests.str(q, "by");
    Where where = new Where().eq("o.award_type", Requests.str(q, "type")).eq("o.kind_code", Requests.str(q, "kind"))
      .eq("o.recipient_kind", Requests.str(q, "recipient_kind")).eq("o.year", Requests.integer(q, "year"));
    String body = Requests.str(q, "body");
    if (body != null) {
      String b = where.param(body);
      where.and("(o.body_key = " + b + " OR o.body_key IN (SELECT key FROM awards.body WHERE successor = " + b + "))");
    }
    if (!Boolean.TRUE.equals(Requests.bool(q, "include_withdrawn"))) {
      where.and("o.withdrawn_date IS NULL");
    }
    String sql = String.format(DIMENSIONS.get(by), where.clause());
    pool.preparedQuery(sql).execute(where.tuple()).onSuccess(rows -> {
      JsonArray items = new JsonArray();
      long total = 0;
      for (Row r : rows) {
        long n = r.getLong(3);
        JsonObject item = new JsonObject().put("value", r.getValue(0)).put("count", n);
        if (r.getString(1) != null) {
          item.put("label", new JsonObject().put("vi", r.getString(1)).put("en", r.getString(2)));
        }
        items.add(item);
        total += n;
      }
      rc.response().putHeader("Content-Type", JSON).putHeader("Cache-Control", "public, max-age=300")
        .end(new JsonObject().put("dimension", by).put("total", total).put("items", items).encode());
    }).onFailure(rc::fail);
  }

  private void types(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    pool.preparedQuery(TYPES).execute(Tuple.of(Requests.str(q, "kind"), Requests.str(q, "decider")))
      .onSuccess(rows -> cacheable(rc, rows, r -> new JsonObject()
        .put("code", r.getString("code"))
        .put("label", labels(r.getString("name_vi"), r.getString("name_en")))
        .put("kind", codeLabel(r.getString("kind_code"), r.getString("kind_vi"), r.getString("kind_en")))
        .put("decided_by", codeLabel(r.getString("decided_by"), r.getString("decider_vi"), r.getString("decider_en")))
        .put("state_level", r.getBoolean("state_level"))
        .put("recipient_kinds", new JsonArray(List.of(r.getArrayOfStrings("recipient_kinds")))),
        new JsonObject().put("source", "Law 06/2022/QH15 on emulation and commendation; shared/reference/"
          + "award-types.csv (who decides: partly unconfirmed, see its README)")))
      .onFailure(rc::fail);
  }

  private void bodies(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    Boolean current = Requests.bool(q, "current");
    pool.preparedQuery(BODIES).execute(Tuple.of(Requests.str(q, "kind"), current == null || current))
      .onSuccess(rows -> cacheable(rc, rows, r -> new JsonObject()
        .put("key", r.getString("key"))
        .put("name", labels(r.getString("name_vi"), r.getString("name_en")))
        .put("kind", r.getString("kind"))
        .put("province", r.getString("province_key"))
        .put("current", r.getLocalDate("valid_to") == null)
        .put("valid_to", r.getLocalDate("valid_to") == null ? null : r.getLocalDate("valid_to").toString())
        .put("successor", r.getString("successor"))
        .put("origin", r.getString("origin")), new JsonObject()))
      .onFailure(rc::fail);
  }

  /** A small reference list with a content ETag (304 on If-None-Match). */
  static void cacheable(RoutingContext rc, RowSet<Row> rows, Function<Row, JsonObject> item, JsonObject envelope) {
    JsonArray items = new JsonArray();
    rows.forEach(r -> items.add(item.apply(r)));
    String body = envelope.put("items", items).encode();
    String etag;
    try {
      etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(body.getBytes(StandardCharsets.UTF_8)), 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    rc.response().putHeader("Cache-Control", "public, max-age=3600");
    if (Requests.notModified(rc, etag)) {
      return;
    }
    rc.response().putHeader("Content-Type", JSON).end(body);
  }

  private Buffer full(Row r) {
    return json.award(r, METHOD, RATIONALE, LEGAL_BASIS, WITHDRAWAL_DECISION, WITHDRAWAL_REASON, MODIFIED_AT);
  }

  static JsonObject labels(String vi, String en) {
    return new JsonObject().put("vi", vi).put("en", en);
  }

  static JsonObject codeLabel(String code, String vi, String en) {
    return new JsonObject().put("code", code).put("label", labels(vi, en));
  }
}
