package vn.gov.moha.opendata.platform.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
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
  // names and values pre-encoded once (Netty copies their bytes instead of encoding characters on every response)
  private static final CharSequence CSP = HttpHeaders.createOptimized("Content-Security-Policy");
  private static final CharSequence API_CSP_VALUE = HttpHeaders.createOptimized(API_CSP);
  private static final CharSequence PAGE_CSP_VALUE = HttpHeaders.createOptimized(PAGE_CSP);
  private static final CharSequence[] NOSNIFF = optimized("X-Content-Type-Options", "nosniff");
  private static final CharSequence[] REFERRER = optimized("Referrer-Policy", "no-referrer");
  private static final CharSequence[] FRAME = optimized("X-Frame-Options", "DENY");
  private static final CharSequence[] OPENER = optimized("Cross-Origin-Opener-Policy", "same-origin");
  private static final CharSequence[] HSTS =
    optimized("Strict-Transport-Security", "max-age=31536000; includeSubDomains");

  private final boolean httpsBase;

  public SecurityHeaders(boolean httpsBase) {
    this.httpsBase = httpsBase;
  }

  @Override
  public void handle(RoutingContext rc) {
    MultiMap h = rc.response().headers();
    String path = rc.request().path();
    h.set(CSP, path != null && path.startsWith("/docs") ? PAGE_CSP_VALUE : API_CSP_VALUE);
    h.set(NOSNIFF[0], NOSNIFF[1]);
    h.set(REFERRER[0], REFERRER[1]);
    h.set(FRAME[0], FRAME[1]);
    h.set(OPENER[0], OPENER[1]);
    if (httpsBase || rc.request().isSSL() || "https".equals(rc.request().scheme())) {
      h.set(HSTS[0], HSTS[1]);
    }
    rc.next();
  }

  private static CharSequence[] optimized(String name, String value) {
    return new CharSequence[] {HttpHeaders.createOptimized(name), HttpHeaders.createOptimized(value)};
  }
}
