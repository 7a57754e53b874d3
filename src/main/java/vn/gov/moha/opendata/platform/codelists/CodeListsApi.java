package vn.gov.moha.opendata.platform.codelists;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.rdf.Uris;

/**
 * GET /api/v1/code-lists/{scheme}: the code lists every dataset contributes (each dataset owns and loads its own), in
 * one place so that no dataset serves another's. Cacheable: ETag, If-None-Match → 304.
 */
public final class CodeListsApi {
  private final Map<String, CodeListDocument> lists = new LinkedHashMap<>();

  /**
   * Fails at start when two datasets claim the same scheme. Each list and each code carries its linked-data URI
   * (the SKOS concept scheme and concept under /def/, same names).
   */
  @SafeVarargs
  public CodeListsApi(Uris uris, Collection<CodeListDocument>... contributions) {
    for (Collection<CodeListDocument> c : contributions) {
      for (CodeListDocument given : c) {
        JsonObject body = new JsonObject(given.body());
        JsonArray items = body.getJsonArray("items");
        items.forEach(i -> ((JsonObject) i).put("uri", uris.concept(given.scheme(), ((JsonObject) i).getString("code"))));
        CodeListDocument d = CodeListDocument.of(given.scheme(), uris.scheme(given.scheme()),
          body.getJsonObject("title"), items);
        if (lists.putIfAbsent(d.scheme(), d) != null) {
          throw new IllegalStateException("code list " + d.scheme() + " is contributed twice");
        }
      }
    }
  }

  public Map<String, Handler<RoutingContext>> handlers() {
    return Map.of("getCodeList", this::get);
  }

  private void get(RoutingContext rc) {
    String scheme = Requests.validated(rc).getPathParameters().get("scheme").getString();
    CodeListDocument list = lists.get(scheme);
    if (list == null) {
      throw ApiProblem.notFound("No code list " + scheme + ".");
    }
    rc.response().putHeader("Cache-Control", "public, max-age=3600");
    if (Requests.notModified(rc, list.etag())) {
      return;
    }
    rc.response().putHeader("Content-Type", "application/json; charset=utf-8").end(list.body());
  }
}
