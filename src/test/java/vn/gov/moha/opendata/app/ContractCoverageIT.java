package vn.gov.moha.opendata.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertFalse;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Set;

import io.vertx.core.json.JsonArray;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.OpenAPIContract;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.platform.http.Contract;
import vn.gov.moha.opendata.platform.http.RequestValidation;
import vn.gov.moha.opendata.platform.http.StringParamsExtractor;
import vn.gov.moha.opendata.support.ContractSchemas;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/** Every contract operation has a route on the running server, and no handler exists without an operation. */
class ContractCoverageIT {
  static Vertx vertx;
  static OpenAPIContract contract;

  @BeforeAll
  static void load() throws Exception {
    vertx = Vertx.vertx();
    contract = Contract.load().forRouter(vertx).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @AfterAll
  static void close() {
    vertx.close();
  }

  static Map<String, Handler<RoutingContext>> noopTable() {
    Map<String, Handler<RoutingContext>> table = new HashMap<>();
    contract.operations().forEach(op -> table.put(op.getOperationId(), rc -> rc.response().end()));
    return table;
  }

  private static RequestValidation validation() {
    return new RequestValidation(vertx, contract, new StringParamsExtractor());
  }

  @Test
  void bindingFailsOnAMissingOrExtraHandler() {
    ApiRoutes.bind(RouterBuilder.create(vertx, contract), noopTable(), RoutingContext::next, validation(), RoutingContext::next);
    Map<String, Handler<RoutingContext>> missing = noopTable();
    missing.remove("getLegalDocument");
    assertThrows(IllegalStateException.class,
      () -> ApiRoutes.bind(RouterBuilder.create(vertx, contract), missing, RoutingContext::next, validation(), RoutingContext::next));
    Map<String, Handler<RoutingContext>> extra = noopTable();
    extra.put("notInTheContract", rc -> rc.response().end());
    assertThrows(IllegalStateException.class,
      () -> ApiRoutes.bind(RouterBuilder.create(vertx, contract), extra, RoutingContext::next, validation(), RoutingContext::next));
  }

  /** A value of each path parameter that the contract accepts (so that the call reaches its handler). */
  static final Map<String, String> SAMPLES = Map.ofEntries(Map.entry("id", "1"), Map.entry("scheme", "fields"),
    Map.entry("asset", "swagger-ui.css"), Map.entry("keyId", "00000000-0000-4000-8000-000000000000"),
    Map.entry("key", "2024-1"), Map.entry("agent", "cp"), Map.entry("year", "2022"), Map.entry("type", "nd"),
    Map.entry("number", "63"), Map.entry("language", "vie"), Map.entry("file", "1"), Map.entry("code", "X"),
    Map.entry("name", "awards"), Map.entry("dataset", "awards"), Map.entry("observation", "2025-03-incoming-all"),
    Map.entry("cube", "sex"), Map.entry("profile", "1"), Map.entry("enrolment", "1"), Map.entry("course", "CCHC-03"),
    Map.entry("certificate", "CCHC-2025-000001"), Map.entry("statistic", "total-2024-yes"),
    Map.entry("completion", "total-2024"));

  @Test
  void everyOperationAnswersOnTheServer() {
    Http http = TestServer.http();
    JsonObject paths = ContractSchemas.contract().getJsonObject("paths");
    List<String> checked = new ArrayList<>();
    for (String path : paths.fieldNames()) {
      String concrete = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path)
        .replaceAll(m -> SAMPLES.getOrDefault(m.group(1), "x"));
      for (String method : paths.getJsonObject(path).fieldNames()) {
        if (method.equals("parameters")) {
          continue;
        }
        Http.Res res = http.send(method.toUpperCase(), concrete, null, null);
        assertNotEquals(503, res.status(), method + " " + path + " is unbound");
        assertNotEquals(405, res.status(), method + " " + path + " has no route");
        if (res.status() == 404) {
          assertTrue(!res.body().contains("No resource at this path"), method + " " + path + " has no route");
        }
        checked.add(method + " " + path);
      }
    }
    assertTrue(checked.size() >= 15, "all operations checked: " + checked);
  }

  /** Every operation states who may call it; Contract.load refuses a contract where one does not. */
  @Test
  void everyOperationDeclaresItsAccessRequirement() {
    JsonObject raw = ContractSchemas.contract();
    JsonArray global = raw.getJsonArray("security");
    Set<String> known = Set.of("public", "developer", "officer", "reviewer", "admin", "auditor");
    List<String> seen = new ArrayList<>();
    JsonObject paths = raw.getJsonObject("paths");
    for (String path : paths.fieldNames()) {
      for (String method : paths.getJsonObject(path).fieldNames()) {
        if (method.equals("parameters")) {
          continue;
        }
        JsonObject op = paths.getJsonObject(path).getJsonObject(method);
        String id = op.getString("operationId");
        JsonArray roles = op.getJsonArray("x-roles");
        assertNotNull(roles, id + " declares x-roles");
        assertFalse(roles.isEmpty(), id + " declares at least one role");
        roles.forEach(r -> assertTrue(known.contains(r), id + " names a known role, not " + r));
        JsonArray security = op.getJsonArray("security", global);
        boolean anonymous = security.stream().anyMatch(o -> o instanceof JsonObject j && j.isEmpty());
        assertEquals(roles.contains("public"), anonymous, id + ": anonymous access exactly when x-roles has public");
        if (!anonymous) {
          assertTrue(security.size() > 0, id + " names the credentials it accepts");
        }
        seen.add(id);
      }
    }
    assertEquals(seen.size(), Contract.load().requirements().size(), "every operation has a requirement");
    assertTrue(seen.size() >= 20, "operations checked: " + seen);
  }
}
