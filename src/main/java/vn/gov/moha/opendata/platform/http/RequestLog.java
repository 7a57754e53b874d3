package vn.gov.moha.opendata.platform.http;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.PlatformHandler;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One structured line per request: method, path, operation (route), status, duration. */
public final class RequestLog implements PlatformHandler {
  private static final Logger LOG = LoggerFactory.getLogger("http");

  @Override
  public void handle(RoutingContext rc) {
    long start = System.nanoTime();
    rc.addEndHandler(ar -> {
      if (!LOG.isInfoEnabled()) {
        return;
      }
      Object op = rc.currentRoute() == null ? null : rc.currentRoute().getMetadata(RouterBuilder.KEY_META_DATA_OPERATION);
      if (op instanceof Operation operation) {
        op = operation.getOperationId();
      }
      LOG.info("method={} path={} route={} status={} duration_ms={}", rc.request().method(), rc.request().path(),
        op == null ? "-" : op, rc.response().getStatusCode(), String.format("%.2f", (System.nanoTime() - start) / 1e6));
    });
    rc.next();
  }
}
