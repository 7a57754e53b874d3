package vn.gov.moha.opendata.platform.http;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.PlatformHandler;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is a sane token, else a new UUID), echoes it
 * in the response, and logs one structured line per request: id, method, path, operation, status, duration.
 */
public final class RequestLog implements PlatformHandler {
  public static final String HEADER = "X-Request-Id";
  private static final String KEY = "moha.requestId";
  private static final String OPERATION = "moha.operation";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final Logger LOG = LoggerFactory.getLogger("http");

  /** The id of the current request. */
  public static String requestId(RoutingContext rc) {
    return rc.get(KEY);
  }

  /** The contract operation the request matched (set by the access guard, before routing), or null. */
  public static String operation(RoutingContext rc) {
    return rc.get(OPERATION);
  }

  public static void operation(RoutingContext rc, String operationId) {
    rc.put(OPERATION, operationId);
  }

  /** A random (version 4) UUID from a thread-local generator: ids need uniqueness, not the JDK's SecureRandom. */
  private static String newId() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
    long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(hi, lo).toString();
  }

  @Override
  public void handle(RoutingContext rc) {
    long start = System.nanoTime();
    String given = rc.request().getHeader(HEADER);
    String id = given != null && SANE.matcher(given).matches() ? given : newId();
    rc.put(KEY, id);
    rc.response().putHeader(HEADER, id);
    if (!LOG.isInfoEnabled()) {
      rc.next();
      return;
    }
    rc.addEndHandler(ar -> {
      String op = operation(rc);
      LOG.info("id={} method={} path={} route={} status={} duration_ms={}", id, rc.request().method(),
        rc.request().path(), op == null ? "-" : op, rc.response().getStatusCode(),
        String.format("%.2f", (System.nanoTime() - start) / 1e6));
    });
    rc.next();
  }
}
