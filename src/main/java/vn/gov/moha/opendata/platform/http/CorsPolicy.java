package vn.gov.moha.opendata.platform.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;
import io.vertx.ext.web.handler.PlatformHandler;
import java.util.Set;

/**
 * Cross-origin policy (vertx-web's CorsHandler): any origin may GET open data, with an API key if it wants;
 * nothing else is allowed cross-origin — preflights offer GET only and other requests get no CORS headers,
 * so a browser neither sends a cross-origin write nor lets a page read its answer. Bearer tokens are not offered
 * cross-origin either (`Authorization` is not an allowed header). The one exception is the read-only SPARQL endpoint:
 * SPARQL clients in web pages POST their queries (a form or {@code application/sparql-query}), so {@code /sparql}
 * also allows POST with a Content-Type, and exposes the header that says results were capped.
 */
public final class CorsPolicy implements PlatformHandler {
  private final CorsHandler cors = CorsHandler.create()
    .addOrigin("*")
    .allowedMethods(Set.of(HttpMethod.GET))
    .allowedHeaders(Set.of("Accept", "Accept-Language", "If-None-Match", "X-API-Key", "X-Request-Id"))
    .exposedHeaders(Set.of("ETag", "Link", "Location", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining",
      "RateLimit-Reset", "RateLimit-Policy", "X-Request-Id"))
    .maxAgeSeconds(86400);
  private final CorsHandler sparql = CorsHandler.create()
    .addOrigin("*")
    .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST))
    .allowedHeaders(Set.of("Accept", "Accept-Language", "Content-Type", "X-API-Key", "X-Request-Id"))
    .exposedHeaders(Set.of("Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
      "RateLimit-Policy", "X-Request-Id", "SPARQL-Results-Capped"))
    .maxAgeSeconds(86400);

  @Override
  public void handle(RoutingContext rc) {
    HttpMethod m = rc.request().method();
    if ("/sparql".equals(rc.request().path()) && (m == HttpMethod.GET || m == HttpMethod.POST
      || m == HttpMethod.OPTIONS)) {
      sparql.handle(rc);
    } else if (m == HttpMethod.GET || m == HttpMethod.OPTIONS) {
      cors.handle(rc);
    } else {
      rc.next();
    }
  }
}
