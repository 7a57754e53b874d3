package vn.gov.moha.opendata.platform.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.PlatformHandler;

/**
 * HEAD for every GET operation (RFC 9110 §9.3.2: a general-purpose server must support GET and HEAD): a HEAD request
 * is routed as the GET it stands for, so it gets the same status and headers, and Vert.x sends no body for it. Link
 * checkers and harvesters (CKAN's, the national portal's) ask with HEAD before they download. A handler that would
 * do costly work only for the body asks {@link #isHead} first (the downloads do).
 */
public final class HeadRequests implements PlatformHandler {
  private static final String KEY = "moha.head";

  /** True when the request came as HEAD (and is being answered as its GET). */
  public static boolean isHead(RoutingContext rc) {
    return Boolean.TRUE.equals(rc.get(KEY));
  }

  @Override
  public void handle(RoutingContext rc) {
    if (rc.request().method() == HttpMethod.HEAD && !isHead(rc)) {
      rc.put(KEY, true);
      rc.reroute(HttpMethod.GET, rc.request().uri());
    } else {
      rc.next();
    }
  }
}
