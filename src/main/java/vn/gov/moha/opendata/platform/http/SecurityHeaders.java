package vn.gov.moha.opendata.platform.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.PlatformHandler;

/**
 * Security headers on every response: a Content-Security-Policy that lets API responses load nothing and the
 * documentation pages load only their own assets, no MIME sniffing, no referrer, no framing, and
 * Strict-Transport-Security when the server is reached over TLS (directly or, with trusted forwarded headers,
 * through a proxy) or its public base URI is https.
 */
public final class SecurityHeaders implements PlatformHandler {
  private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
  private static final String PAGE_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
  /**
   * Our own HTML pages (the portal, linked-data documents): the portal's stylesheet and images from this server, forms
   * to it, nothing else — no script (a JSON-LD block is data, not script: CSP does not govern it), no frame.
   */
  public static final String HTML_CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
    + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  private final boolean httpsBase;

  public SecurityHeaders(boolean httpsBase) {
    this.httpsBase = httpsBase;
  }

  @Override
  public void handle(RoutingContext rc) {
    MultiMap h = rc.response().headers();
    String path = rc.request().path();
    h.set("Content-Security-Policy", path != null && path.startsWith("/docs") ? PAGE_CSP : API_CSP);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "no-referrer");
    h.set("X-Frame-Options", "DENY");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
    if (httpsBase || rc.request().isSSL() || "https".equals(rc.request().scheme())) {
      h.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    rc.next();
  }
}
