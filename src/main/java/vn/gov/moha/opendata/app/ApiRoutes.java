package vn.gov.moha.opendata.app;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.OpenAPIRoute;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.moha.opendata.platform.http.RequestValidation;

/**
 * Binds every contract operation to its handler (the access guard runs before, as a root handler). Fails the start
 * when an operation has no handler or a handler has no operation: the router would otherwise answer 503. Operations
 * whose contract declares the {@code Idempotency-Key} header get {@code idempotency} before their handler. Every
 * route validates its request against the contract first, with {@link RequestValidation} in place of the router's
 * own (slower) validation handler. Operations that write (any method but GET) get {@code writes} before their
 * handler: the page cache's hook that moves its generation on when the write's answer is sent.
 */
public final class ApiRoutes {
  private ApiRoutes() {
  }

  static void bind(RouterBuilder builder, Map<String, Handler<RoutingContext>> table,
                   Handler<RoutingContext> idempotency, RequestValidation validation, Handler<RoutingContext> writes) {
    List<String> unbound = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (OpenAPIRoute route : builder.getRoutes()) {
      String id = route.getOperation().getOperationId();
      Handler<RoutingContext> handler = table.get(id);
      if (handler == null) {
        unbound.add(id);
        continue;
      }
      used.add(id);
      route.setDoSecurity(false);
      route.setDoValidation(false);
      route.addHandler(validation.handler(route.getOperation()));
      if (route.getOperation().getParameters().stream().anyMatch(p -> p.getIn() == Location.HEADER
        && p.getName().equalsIgnoreCase("Idempotency-Key"))) {
        route.addHandler(idempotency);
      }
      if (route.getOperation().getHttpMethod() != HttpMethod.GET) {
        route.addHandler(writes);
      }
      route.addHandler(handler);
    }
    Set<String> extra = new HashSet<>(table.keySet());
    extra.removeAll(used);
    if (!unbound.isEmpty() || !extra.isEmpty()) {
      throw new IllegalStateException("contract and handlers disagree: operations without a handler " + unbound
        + ", handlers without an operation " + extra);
    }
  }
}
