package vn.gov.moha.opendata.datasets.legaldocs;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditedWrites;
import vn.gov.moha.opendata.platform.codelists.CodeListDocument;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.ApiProblem.FieldError;
import vn.gov.moha.opendata.platform.http.Keyset;
import vn.gov.moha.opendata.platform.http.PageCache;
import vn.gov.moha.opendata.platform.http.Requests;

/** HTTP handlers of the legal-documents dataset: validated request → repo → JSON. */
public final class LegalDocsApi {
  public static final String PATH = "/api/v1/legal-documents";
  /** The unit whose officers edit this dataset (with admins): the legal department. */
  public static final String OWNER_UNIT = "VU_PHAP_CHE";
  static final String RECORD_TYPE = "legal-document";
  /** The schema of the tables behind the list (the page cache's dataset, V048's notification payload). */
  private static final String SCHEMA = "legaldocs";
  private static final String JSON = "application/json; charset=utf-8";
  private static final String[] LIST_PARAMS = {"q", "number", "type", "kind", "issuer", "field", "status",
    "issued_from", "issued_to", "effective_on", "sort", "count", "limit"};

  private final Pool pool;
  private final LegalDocsRepo repo;
  private final CodeLists codes;
  private final String base;
  private final LegalDocJson json;
  private final PageCache pages;

  private LegalDocsApi(Pool pool, CodeLists codes, String base, PageCache pages) {
    this.pool = pool;
    this.pages = pages;
    this.repo = new LegalDocsRepo(pool);
    this.codes = codes;
    this.base = base;
    this.json = new LegalDocJson(codes, base);
  }

  /** The API, once the code lists are read; its list pages are kept in {@code pages} (schema legaldocs). */
  public static Future<LegalDocsApi> create(Pool pool, String baseUri, PageCache pages) {
    return CodeLists.load(pool).map(codes -> new LegalDocsApi(pool, codes, baseUri, pages));
  }

  /** The dataset's code lists, for /api/v1/code-lists/{scheme}. */
  public List<CodeListDocument> codeLists() {
    return codes.documents();
  }

  /** operationId → handler, for the route table. */
  public Map<String, io.vertx.core.Handler<RoutingContext>> handlers() {
    Map<String, io.vertx.core.Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listLegalDocuments", this::list);
    m.put("getLegalDocument", this::get);
    m.put("listLegalDocumentRelations", this::relations);
    m.put("createLegalDocument", this::create);
    m.put("updateLegalDocument", this::update);
    m.put("deleteLegalDocument", this::delete);
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
    LegalDocQuery.Sort sort = LegalDocQuery.Sort.of(Requests.str(q, "sort") != null ? Requests.str(q, "sort")
      : search != null ? "relevance" : "-issued_date");
    if (sort == LegalDocQuery.Sort.RELEVANCE && search == null) {
      throw ApiProblem.badRequest("invalid-parameter", "sort=relevance needs a search query q.",
        new FieldError("sort", "query", "relevance needs q"));
    }
    LegalDocQuery.Filters filters = new LegalDocQuery.Filters(search, Requests.str(q, "number"), Requests.str(q, "type"),
      Requests.str(q, "kind"), Requests.str(q, "issuer"), Requests.str(q, "field"), Requests.str(q, "status"), Requests.date(q, "issued_from"),
      Requests.date(q, "issued_to"), Requests.date(q, "effective_on"));
    LegalDocQuery query = new LegalDocQuery(filters, sort, codes);
    LegalDocQuery.Cursor after = Requests.str(q, "cursor") == null ? null : LegalDocQuery.Cursor.decode(Requests.str(q, "cursor"), sort);
    boolean count = !q.get("count").isNull() && q.get("count").getBoolean();
    Future<Long> total = count ? repo.query(query.count()).map(rs -> rs.iterator().next().getLong(0))
      : Future.succeededFuture(null);
    boolean ranked = filters.q() != null;
    repo.query(query.page(after, limit)).compose(rows -> total.map(t -> {
      String next = null;
      Row last = Keyset.lastServed(rows, limit);
      if (last != null) {
        next = nextLink(q, new LegalDocQuery.Cursor(sort, keyOf(last, sort), last.getLong(LegalDocJson.ID)));
        rc.response().putHeader("Link", "<" + next + ">; rel=\"next\"");
      }
      return json.page(rows, limit, ranked, t, next);
    })).onSuccess(cached::keep).onFailure(rc::fail);
  }

  private static String keyOf(Row r, LegalDocQuery.Sort sort) {
    return switch (sort.column) {
      case "issued_date" -> r.getLocalDate(LegalDocJson.ISSUED).toString();
      case "rank" -> Float.toString(r.getFloat(LegalDocJson.NEXT));
      default -> r.getString(LegalDocJson.NUMBER);
    };
  }

  private String nextLink(Map<String, RequestParameter> q, LegalDocQuery.Cursor cursor) {
    return Requests.nextPage(base, PATH, q, LIST_PARAMS, cursor.encode());
  }

  private void get(RoutingContext rc) {
    long id = Requests.id(rc);
    repo.get(id).onSuccess(row -> {
      if (row == null) {
        rc.fail(ApiProblem.notFound("No legal document with id " + id + "."));
        return;
      }
      if (Requests.notModified(rc, LegalDocJson.etag(row))) {
        return;
      }
      rc.response().putHeader("Content-Type", JSON).end(json.full(row));
    }).onFailure(rc::fail);
  }

  private void relations(RoutingContext rc) {
    long id = Requests.id(rc);
    repo.exists(id).compose(found -> {
      if (!found) {
        return Future.failedFuture(ApiProblem.notFound("No legal document with id " + id + "."));
      }
      return repo.relations(id);
    }).onSuccess(rows -> rc.response().putHeader("Content-Type", JSON).end(json.relations(id, rows)))
      .onFailure(rc::fail);
  }

  private void create(RoutingContext rc) {
    AuditEvent audit = writer(rc, null, 201);
    LegalDocInput in = LegalDocInput.from(Requests.body(rc), codes);
    repo.create(rc, in, audit).onFailure(e -> auditFailure(audit, e)).onSuccess(row -> rc.response().setStatusCode(201)
      .putHeader("Location", base + PATH + "/" + row.getLong("id"))
      .putHeader("ETag", LegalDocJson.etag(row))
      .putHeader("Content-Type", JSON)
      .end(json.full(row))).onFailure(rc::fail);
  }

  private void update(RoutingContext rc) {
    long id = Requests.id(rc);
    AuditEvent audit = writer(rc, id, 200);
    String ifMatch = Requests.ifMatch(rc);
    LegalDocInput in = LegalDocInput.from(Requests.body(rc), codes);
    repo.update(id, ifMatch, in, audit).onFailure(e -> auditFailure(audit, e)).onSuccess(row -> rc.response()
      .putHeader("ETag", LegalDocJson.etag(row))
      .putHeader("Content-Type", JSON)
      .end(json.full(row))).onFailure(rc::fail);
  }

  private void delete(RoutingContext rc) {
    long id = Requests.id(rc);
    AuditEvent audit = writer(rc, id, 204);
    repo.delete(id, rc.request().getHeader("If-Match"), audit)
      .onFailure(e -> auditFailure(audit, e))
      .onSuccess(v -> rc.response().setStatusCode(204).end()).onFailure(rc::fail);
  }

  /** The audit event of a write, after checking the caller's unit scope (legal department officers, admins). */
  private AuditEvent writer(RoutingContext rc, Long id, int status) {
    return AuditedWrites.begin(rc, pool, OWNER_UNIT, RECORD_TYPE, id, status, "Legal documents are edited");
  }

  private void auditFailure(AuditEvent audit, Throwable e) {
    AuditedWrites.failed(pool, audit, e);
  }
}
