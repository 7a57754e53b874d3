package vn.gov.moha.opendata.datasets.associations;

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
import vn.gov.moha.opendata.platform.codelists.CodeListDocument;
import vn.gov.moha.opendata.platform.db.Where;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.ApiProblem.FieldError;
import vn.gov.moha.opendata.platform.http.Requests;

/** HTTP handlers of the associations-and-funds registry (read side): validated request → SQL → JSON. */
public final class AssociationsApi {
  public static final String PATH = "/api/v1/associations";
  private static final String JSON = "application/json; charset=utf-8";
  private static final String[] LIST_PARAMS = {"q", "kind", "scope", "province", "field", "status", "founded_from",
    "founded_to", "sort", "count", "limit"};
  private static final String GET = "SELECT " + AssociationQuery.COLUMNS + ", o.address, o.founding_decision_number, "
    + "o.founding_decision_date, o.founding_decision_issuer, o.founding_document_id, o.representative_name, "
    + "o.representative_title, o.member_count, o.website, o.version, o.modified_at, "
    + "(SELECT coalesce(json_agg(json_build_object('type', e.type_code, 'date', e.event_date, 'decision_number', "
    + "e.decision_number, 'decision_issuer', e.decision_issuer) ORDER BY e.event_date, e.id), '[]') "
    + "FROM associations.open_event e WHERE e.organization_id = o.id "
    + "AND e.type_code IN ('charter_approved', 'charter_amended')) AS charter_decisions "
    + "FROM associations.open_organization o WHERE o.id = $1";
  private static final String EVENTS = "SELECT id, type_code, type_vi, type_en, sets_status, event_date, "
    + "decision_number, decision_issuer, related_id, related_key, related_name, note "
    + "FROM associations.open_event WHERE organization_id = $1 ORDER BY event_date, id";
  private static final String EXISTS = "SELECT 1 FROM associations.organization WHERE id = $1";
  /** dimension → (value, label vi, label en, sort) expression over open_organization o, from a fixed whitelist. */
  private static final Map<String, String> DIMENSIONS = Map.of(
    "kind", "SELECT o.kind_code AS value, o.kind_vi AS vi, o.kind_en AS en, count(*) AS n "
      + "FROM associations.open_organization o %s GROUP BY 1, 2, 3 ORDER BY n DESC, 1",
    "scope", "SELECT o.scope_code, o.scope_vi, o.scope_en, count(*) AS n "
      + "FROM associations.open_organization o %s GROUP BY 1, 2, 3 ORDER BY n DESC, 1",
    "status", "SELECT o.status_code, o.status_vi, o.status_en, count(*) AS n "
      + "FROM associations.open_organization o %s GROUP BY 1, 2, 3 ORDER BY n DESC, 1",
    "province", "SELECT o.province_now_key, o.province_now_name, NULL::text, count(*) AS n "
      + "FROM associations.open_organization o %s GROUP BY 1, 2 ORDER BY 1 NULLS FIRST",
    "field", "SELECT f.code, f.name_vi, f.name_en, count(*) AS n FROM associations.open_organization o "
      + "CROSS JOIN LATERAL unnest(o.fields) AS u(code) JOIN associations.field f ON f.code = u.code %s "
      + "GROUP BY 1, 2, 3 ORDER BY n DESC, 1",
    "year", "SELECT extract(year FROM o.founded_date)::int, NULL::text, NULL::text, count(*) AS n "
      + "FROM associations.open_organization o %s GROUP BY 1 ORDER BY 1 NULLS FIRST");

  private final Pool pool;
  private final String base;
  private final AssociationWrites writes;
  private final List<CodeListDocument> codeLists;

  private AssociationsApi(Pool pool, String baseUri, List<CodeListDocument> codeLists) {
    this.pool = pool;
    this.base = baseUri;
    this.writes = new AssociationWrites(pool);
    this.codeLists = codeLists;
  }

  public static Future<AssociationsApi> create(Pool pool, String baseUri) {
    return AssociationCodeLists.load(pool).map(lists -> new AssociationsApi(pool, baseUri, lists));
  }

  /** The registry's code lists, for /api/v1/code-lists/{scheme}. */
  public List<CodeListDocument> codeLists() {
    return codeLists;
  }

  /** operationId → handler, for the route table. */
  public Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listAssociations", this::list);
    m.put("getAssociation", this::get);
    m.put("listAssociationEvents", this::events);
    m.put("getAssociationStatistics", this::statistics);
    m.put("createAssociation", this::create);
    m.put("addAssociationEvent", this::addEvent);
    m.put("updateAssociation", this::update);
    return m;
  }

  private void list(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    int limit = q.get("limit").isNull() ? 20 : q.get("limit").getInteger();
    String search = Requests.str(q, "q");
    if (search != null && search.isBlank()) {
      search = null;
    }
    AssociationQuery.Sort sort = AssociationQuery.Sort.of(Requests.str(q, "sort") != null ? Requests.str(q, "sort")
      : search != null ? "relevance" : "name");
    if (sort == AssociationQuery.Sort.RELEVANCE && search == null) {
      throw ApiProblem.badRequest("invalid-parameter", "sort=relevance needs a search query q.",
        new FieldError("sort", "query", "relevance needs q"));
    }
    AssociationQuery query = new AssociationQuery(new AssociationQuery.Filters(search, Requests.str(q, "kind"),
      Requests.str(q, "scope"), Requests.str(q, "province"), Requests.str(q, "field"), Requests.str(q, "status"), Requests.date(q, "founded_from"),
      Requests.date(q, "founded_to")), sort);
    AssociationQuery.Cursor after = Requests.str(q, "cursor") == null ? null
      : AssociationQuery.Cursor.decode(Requests.str(q, "cursor"), sort);
    boolean count = !q.get("count").isNull() && q.get("count").getBoolean();
    AssociationQuery.Statement counting = query.count();
    Future<Long> total = count
      ? pool.preparedQuery(counting.sql()).execute(counting.params()).map(rs -> rs.iterator().next().getLong(0))
      : Future.succeededFuture(null);
    AssociationQuery.Statement page = query.page(after, limit);
    pool.preparedQuery(page.sql()).execute(page.params()).compose(rows -> total.map(t -> {
      JsonArray items = new JsonArray();
      Row last = null;
      for (Row r : rows) {
        if (items.size() == limit) {
          break;
        }
        items.add(AssociationJson.summary(r, base));
        last = r;
      }
      String next = rows.size() > limit ? nextLink(q, new AssociationQuery.Cursor(sort, keyOf(last, sort),
        last.getLong("id"))) : null;
      if (next != null) {
        rc.response().putHeader("Link", "<" + next + ">; rel=\"next\"");
      }
      JsonObject body = new JsonObject().put("items", items).put("limit", limit);
      if (t != null) {
        body.put("total", t);
      }
      return body.put("next", next);
    })).onSuccess(body -> rc.response().putHeader("Content-Type", JSON).end(body.encode())).onFailure(rc::fail);
  }

  private static String keyOf(Row r, AssociationQuery.Sort sort) {
    Object v = r.getValue(sort.column);
    return v == null ? null : v.toString();
  }

  private String nextLink(Map<String, RequestParameter> q, AssociationQuery.Cursor cursor) {
    return Requests.nextPage(base, PATH, q, LIST_PARAMS, cursor.encode());
  }

  private void get(RoutingContext rc) {
    long id = Requests.id(rc);
    pool.preparedQuery(GET).execute(Tuple.of(id)).onSuccess(rs -> {
      if (rs.size() == 0) {
        rc.fail(ApiProblem.notFound("No association or fund with id " + id + "."));
        return;
      }
      Row r = rs.iterator().next();
      if (Requests.notModified(rc, AssociationJson.etag(r))) {
        return;
      }
      rc.response().putHeader("Content-Type", JSON).end(AssociationJson.full(r, base).encode());
    }).onFailure(rc::fail);
  }

  private void create(RoutingContext rc) {
    writes.create(rc, GET).onSuccess(rs -> {
        Row r = rs.iterator().next();
        long id = r.getLong("id");
        rc.response().setStatusCode(201)
          .putHeader("Location", base + PATH + "/" + id)
          .putHeader("ETag", AssociationJson.etag(r))
          .putHeader("Content-Type", JSON)
          .end(AssociationJson.full(r, base).encode());
      })
      .onFailure(rc::fail);
  }

  private void addEvent(RoutingContext rc) {
    long id = Requests.id(rc);
    writes.addEvent(rc, id, GET).onSuccess(rs -> {
        Row r = rs.iterator().next();
        rc.response().setStatusCode(201).putHeader("ETag", AssociationJson.etag(r)).putHeader("Content-Type", JSON)
          .end(AssociationJson.full(r, base).encode());
      })
      .onFailure(rc::fail);
  }

  private void update(RoutingContext rc) {
    long id = Requests.id(rc);
    writes.update(rc, id).compose(v -> pool.preparedQuery(GET).execute(Tuple.of(id)))
      .onSuccess(rs -> {
        Row r = rs.iterator().next();
        rc.response().putHeader("ETag", AssociationJson.etag(r)).putHeader("Content-Type", JSON)
          .end(AssociationJson.full(r, base).encode());
      })
      .onFailure(rc::fail);
  }

  private void events(RoutingContext rc) {
    long id = Requests.id(rc);
    pool.preparedQuery(EXISTS).execute(Tuple.of(id)).compose(rs -> rs.size() == 0
        ? Future.failedFuture(ApiProblem.notFound("No association or fund with id " + id + "."))
        : pool.preparedQuery(EVENTS).execute(Tuple.of(id)))
      .onSuccess(rows -> {
        JsonArray items = new JsonArray();
        for (Row r : rows) {
          JsonObject e = new JsonObject()
            .put("id", r.getLong("id"))
            .put("type", AssociationJson.codeLabel(r.getString("type_code"), r.getString("type_vi"), r.getString("type_en")))
            .put("date", r.getLocalDate("event_date").toString())
            .put("sets_status", r.getString("sets_status"))
            .put("decision_number", r.getString("decision_number"))
            .put("decision_issuer", r.getString("decision_issuer"))
            .put("note", r.getString("note"));
          Long related = r.getLong("related_id");
          e.put("related", related == null ? null : new JsonObject().put("id", related)
            .put("key", r.getString("related_key")).put("name", r.getString("related_name"))
            .put("link", base + PATH + "/" + related));
          items.add(e);
        }
        rc.response().putHeader("Content-Type", JSON)
          .end(new JsonObject().put("id", id).put("items", items).encode());
      })
      .onFailure(rc::fail);
  }

  private void statistics(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    String by = Requests.str(q, "by");
    Where where = new Where().eq("o.kind_code", Requests.str(q, "kind")).eq("o.scope_code", Requests.str(q, "scope"))
      .eq("o.status_code", Requests.str(q, "status"));
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
      // for fields, one organisation counts once per field: the total is that of organisations, not of items
      Future<Long> orgs = by.equals("field")
        ? pool.preparedQuery("SELECT count(*) FROM associations.open_organization o"
          + where.clause()).execute(where.tuple())
          .map(rs -> rs.iterator().next().getLong(0))
        : Future.succeededFuture(total);
      orgs.onSuccess(t -> rc.response().putHeader("Content-Type", JSON)
        .putHeader("Cache-Control", "public, max-age=300")
        .end(new JsonObject().put("dimension", by).put("total", t).put("items", items).encode())).onFailure(rc::fail);
    }).onFailure(rc::fail);
  }
}
