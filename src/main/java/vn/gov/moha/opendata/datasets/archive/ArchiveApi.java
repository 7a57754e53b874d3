package vn.gov.moha.opendata.datasets.archive;

import io.vertx.core.Handler;
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
import java.util.function.Function;
import vn.gov.moha.opendata.platform.db.Where;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Keyset;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.rdf.Uris;

/**
 * HTTP handlers of the open archive catalogue: the fonds (with how many public and restricted files each holds), the
 * public files — searched on their titles without regard to diacritics, keyset-paged by file code — and one public
 * file with its public documents. Everything is read from the {@code archive.open_*} views: a restricted or secret
 * file answers 404 like an unknown one. The sharing requests are {@link SharingApi}.
 */
public final class ArchiveApi {
  static final String JSON = "application/json; charset=utf-8";
  static final String FONDS = "/api/v1/archive/fonds";
  static final String FILES = "/api/v1/archive/files";
  private static final String[] FONDS_PARAMS = {"status", "limit"};
  private static final String[] FILE_PARAMS = {"q", "fonds", "year", "retention", "limit"};
  private static final String OPEN_FONDS = "SELECT d.code, d.key, d.name, d.creator_name, d.creator_organ_id, "
    + "d.history, d.start_year, d.end_year, d.status, d.extent, d.language, d.note, d.origin, d.version, "
    + "d.public_files, d.restricted_files FROM archive.open_fonds d";
  private static final String OPEN_FILE = "SELECT f.id, f.code, f.key, f.organ_id, f.catalog_year, f.notation, "
    + "f.title, f.retention_years, f.language, f.start_date, f.end_date, f.doc_total, f.page_total, f.description, "
    + "f.origin, f.version, f.fonds_code, f.fonds_key, f.fonds_name FROM archive.open_file f";
  private static final String DOCUMENTS = "SELECT x.ordinal, x.type_code, x.type_vi, x.type_en, x.number, "
    + "x.notation, x.issued_date, x.issuer, x.subject, x.language, x.page_amount, x.description "
    + "FROM archive.open_document x WHERE x.file_id = $1 ORDER BY x.ordinal";

  private final Pool pool;
  private final String base;
  private final Uris uris;
  private final SharingApi sharing;

  public ArchiveApi(Pool pool, String baseUri) {
    this.pool = pool;
    this.base = baseUri;
    this.uris = new Uris(baseUri);
    this.sharing = new SharingApi(pool, baseUri);
  }

  /** operationId → handler, for the route table (the open catalogue and the sharing requests). */
  public Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listArchiveFonds", this::listFonds);
    m.put("getArchiveFonds", this::getFonds);
    m.put("listArchiveFiles", this::listFiles);
    m.put("getArchiveFile", this::getFile);
    m.putAll(sharing.handlers());
    return m;
  }

  private void listFonds(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    page(rc, OPEN_FONDS, "d.code", new Where().eq("d.status", Requests.str(q, "status")), FONDS, FONDS_PARAMS,
      this::fonds);
  }

  /**
   * Public files by code; {@code q} matches the folded words of the title, the notation and the description
   * (websearch syntax: "quoted phrases", -excluded), so that "cai cach hanh chinh" finds "cải cách hành chính".
   */
  private void listFiles(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    Where where = new Where();
    String search = Requests.str(q, "q");
    if (search != null && !search.isBlank()) {
      where.and("f.search @@ websearch_to_tsquery('simple', platform.vn_fold(" + where.param(search.strip()) + "))");
    }
    String retention = Requests.str(q, "retention");
    if (retention != null) {
      where.and(retention.equals("permanent") ? "f.retention_years IS NULL" : "f.retention_years IS NOT NULL");
    }
    where.eq("f.fonds_code", Requests.str(q, "fonds")).eq("f.catalog_year", Requests.integer(q, "year"));
    page(rc, OPEN_FILE, "f.code", where, FILES, FILE_PARAMS, this::file);
  }

  /** One keyset page ordered by the unique text column {@code key}: limit + 1 rows, a Link to the next page. */
  private void page(RoutingContext rc, String select, String key, Where where, String path, String[] kept,
                    Function<Row, JsonObject> item) {
    Map<String, RequestParameter> q = Requests.query(rc);
    Integer asked = Requests.integer(q, "limit");
    int limit = asked == null ? 50 : asked;
    String cursor = Requests.str(q, "cursor");
    if (cursor != null) {
      where.and(key + " > " + where.param(Keyset.decode(cursor, "code", k -> k.toString()).key()));
    }
    List<Object> params = where.params();
    params.add(limit + 1);
    pool.preparedQuery(select + where.clause() + " ORDER BY " + key + " LIMIT $" + params.size())
      .execute(Tuple.from(params)).onSuccess(rows -> {
        JsonArray items = new JsonArray();
        String last = null;
        for (Row r : rows) {
          if (items.size() == limit) {
            break;
          }
          items.add(item.apply(r));
          last = r.getString("code");
        }
        String next = rows.size() <= limit ? null : Requests.nextPage(base, path, q, kept,
          Keyset.encode("code", last, 0));
        if (next != null) {
          rc.response().putHeader("Link", "<" + next + ">; rel=\"next\"");
        }
        rc.response().putHeader("Content-Type", JSON).putHeader("Cache-Control", "public, max-age=300")
          .end(new JsonObject().put("items", items).put("limit", limit).put("next", next).encode());
      }).onFailure(rc::fail);
  }

  private void getFonds(RoutingContext rc) {
    String code = Requests.validated(rc).getPathParameters().get("fonds").getString();
    pool.preparedQuery(OPEN_FONDS + " WHERE d.code = $1").execute(Tuple.of(code)).onSuccess(rs -> {
      if (rs.size() == 0) {
        rc.fail(ApiProblem.notFound("No fonds with code " + code + "."));
        return;
      }
      Row r = rs.iterator().next();
      if (!Requests.notModified(rc, "\"f" + r.getString("key") + "-" + r.getInteger("version") + "-"
        + r.getLong("public_files") + "-" + r.getLong("restricted_files") + "\"")) {
        rc.response().putHeader("Content-Type", JSON).end(fonds(r).encode());
      }
    }).onFailure(rc::fail);
  }

  /** A public file with its public documents; a file that is not public is a 404 like one that does not exist. */
  private void getFile(RoutingContext rc) {
    String code = Requests.validated(rc).getPathParameters().get("file").getString();
    pool.preparedQuery(OPEN_FILE + " WHERE f.code = $1").execute(Tuple.of(code)).compose(rs -> {
      if (rs.size() == 0) {
        throw ApiProblem.notFound("No public file with code " + code + ".");
      }
      Row r = rs.iterator().next();
      return pool.preparedQuery(DOCUMENTS).execute(Tuple.of(r.getLong("id"))).map(docs -> {
        JsonArray documents = new JsonArray();
        docs.forEach(d -> documents.add(document(d)));
        return file(r).put("documents", documents);
      });
    }).onSuccess(o -> {
      if (!Requests.notModified(rc, "\"a" + o.getString("key") + "-" + o.getInteger("version") + "\"")) {
        rc.response().putHeader("Content-Type", JSON).end(o.encode());
      }
    }).onFailure(rc::fail);
  }

  private JsonObject fonds(Row r) {
    String code = r.getString("code");
    return new JsonObject()
      .put("code", code)
      .put("key", r.getString("key"))
      .put("uri", uris.archive(r.getString("key")))
      .put("name", r.getString("name"))
      .put("creator", new JsonObject().put("name", r.getString("creator_name"))
        .put("organ_id", r.getString("creator_organ_id")))
      .put("history", r.getString("history"))
      .put("start_year", r.getInteger("start_year"))
      .put("end_year", r.getInteger("end_year"))
      .put("status", r.getString("status"))
      .put("extent", r.getString("extent"))
      .put("language", r.getString("language"))
      .put("files", new JsonObject().put("public", r.getLong("public_files"))
        .put("restricted", r.getLong("restricted_files")))
      .put("note", r.getString("note"))
      .put("generated", "generated".equals(r.getString("origin")))
      .put("links", new JsonObject().put("self", base + FONDS + "/" + code)
        .put("files", base + FILES + "?fonds=" + code));
  }

  private JsonObject file(Row r) {
    String code = r.getString("code");
    Integer years = r.getInteger("retention_years");
    return new JsonObject()
      .put("code", code)
      .put("key", r.getString("key"))
      .put("uri", uris.archive(r.getString("key")))
      .put("fonds", new JsonObject().put("code", r.getString("fonds_code")).put("name", r.getString("fonds_name"))
        .put("uri", uris.archive(r.getString("fonds_key"))))
      .put("organ_id", r.getString("organ_id"))
      .put("catalog_year", r.getInteger("catalog_year"))
      .put("notation", r.getString("notation"))
      .put("title", r.getString("title"))
      .put("retention", new JsonObject().put("years", years).put("permanent", years == null)
        .put("label", years == null ? "Vĩnh viễn" : years + " năm"))
      .put("access_level", "public")
      .put("language", r.getString("language"))
      .put("start_date", r.getLocalDate("start_date").toString())
      .put("end_date", r.getLocalDate("end_date").toString())
      .put("doc_total", r.getInteger("doc_total"))
      .put("page_total", r.getInteger("page_total"))
      .put("description", r.getString("description"))
      .put("generated", "generated".equals(r.getString("origin")))
      .put("version", r.getInteger("version"))
      .put("links", new JsonObject().put("self", base + FILES + "/" + code)
        .put("fonds", base + FONDS + "/" + r.getString("fonds_code")));
  }

  private static JsonObject document(Row d) {
    LocalDate issued = d.getLocalDate("issued_date");
    return new JsonObject()
      .put("ordinal", d.getInteger("ordinal"))
      .put("type", new JsonObject().put("code", d.getString("type_code")).put("label", new JsonObject()
        .put("vi", d.getString("type_vi")).put("en", d.getString("type_en"))))
      .put("number", d.getString("number"))
      .put("notation", d.getString("notation"))
      .put("number_notation", ArchiveRdf.numberAndNotation(d.getString("number"), d.getString("notation")))
      .put("issued_date", issued.toString())
      .put("issuer", d.getString("issuer"))
      .put("subject", d.getString("subject"))
      .put("language", d.getString("language"))
      .put("pages", d.getInteger("page_amount"))
      .put("description", d.getString("description"));
  }
}
