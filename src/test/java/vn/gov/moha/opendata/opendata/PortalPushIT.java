package vn.gov.moha.opendata.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.gov.moha.opendata.app.Application;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/**
 * The push to the national data portal against a stand-in CKAN (a Vert.x HTTP server in the test that keeps packages
 * by name as CKAN does, refuses a second package with a name, and records every request): a second server on the
 * test database with NATIONAL_PORTAL_URL pointing at it, intervals of tens of milliseconds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalPushIT {
  static final String TOKEN = "test-portal-token-6f1c";
  static final String ORG = "bo-noi-vu";
  static final List<String> DATASETS = TestServer.catalogued();
  static Vertx standInVertx;
  static StandIn portal;
  static Application.Running server;
  static Http http;
  static String admin;
  static final Map<String, String> descriptions = new HashMap<>();

  /** A request the stand-in received. */
  record Received(String method, String action, String authorization, String id, JsonObject body, long nanos) {
  }

  /** A CKAN that keeps packages by name, refuses duplicates (409) and can be told to fail the next writes (503). */
  static final class StandIn {
    final Map<String, JsonObject> byName = new ConcurrentHashMap<>();
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failWrites = new AtomicInteger();
    HttpServer http;

    void handle(HttpServerRequest req) {
      String action = req.path().replace("/api/3/action/", "");
      req.body().onSuccess(buf -> {
        JsonObject body = buf.length() == 0 ? null : buf.toJsonObject();
        received.add(new Received(req.method().name(), action, req.getHeader("Authorization"), req.getParam("id"),
          body, System.nanoTime()));
        if (!TOKEN.equals(req.getHeader("Authorization"))) {
          answer(req, 403, false, new JsonObject().put("__type", "Authorization Error"));
        } else if (action.equals("package_show")) {
          JsonObject pkg = byName.values().stream().filter(p -> p.getString("name").equals(req.getParam("id"))
            || p.getString("id").equals(req.getParam("id"))).findFirst().orElse(null);
          answer(req, pkg == null ? 404 : 200, pkg != null, pkg == null
            ? new JsonObject().put("__type", "Not Found Error").put("message", "Not found") : pkg);
        } else if (failWrites.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          req.response().setStatusCode(503).end("Service Unavailable");
        } else if (action.equals("package_create")) {
          if (byName.containsKey(body.getString("name"))) {
            answer(req, 409, false, new JsonObject().put("__type", "Validation Error")
              .put("name", new JsonArray().add("That URL is already in use.")));
            return;
          }
          JsonObject pkg = body.copy().put("id", UUID.randomUUID().toString());
          byName.put(pkg.getString("name"), pkg);
          answer(req, 200, true, pkg);
        } else if (action.equals("package_patch")) {
          JsonObject pkg = byName.values().stream().filter(p -> p.getString("id").equals(body.getString("id")))
            .findFirst().orElse(null);
          if (pkg == null) {
            answer(req, 404, false, new JsonObject().put("__type", "Not Found Error"));
            return;
          }
          pkg.mergeIn(body);
          answer(req, 200, true, pkg);
        } else {
          answer(req, 400, false, new JsonObject().put("__type", "Bad Request"));
        }
      });
    }

    static void answer(HttpServerRequest req, int status, boolean success, JsonObject resultOrError) {
      JsonObject env = new JsonObject().put("help", "x").put("success", success)
        .put(success ? "result" : "error", resultOrError);
      req.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(env.encode());
    }

    List<Received> writes(String action, String name) {
      return received.stream().filter(r -> r.action().equals(action) && r.body() != null
        && (name.equals(r.body().getString("name")))).toList();
    }
  }

  @BeforeAll
  static void start() throws Exception {
    TestServer.get(); // the test database, migrated and seeded
    try (Connection c = TestServer.jdbc(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT name, description_vi FROM catalog.dataset")) {
      while (rs.next()) {
        descriptions.put(rs.getString(1), rs.getString(2));
      }
      c.createStatement().execute("DELETE FROM catalog.publication");
    }
    standInVertx = Vertx.vertx();
    portal = new StandIn();
    portal.http = standInVertx.createHttpServer().requestHandler(portal::handle).listen(0, "127.0.0.1")
      .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    Path dir = Path.of("target", "test-var-portal");
    TestServer.deleteTree(dir);
    server = Application.start(TestServer.config(dir, 0, Map.of("DATABASE_URL", TestServer.databaseUrl(),
      "NATIONAL_PORTAL_URL", "http://127.0.0.1:" + portal.http.actualPort() + "/", "NATIONAL_PORTAL_TOKEN", TOKEN,
      "NATIONAL_PORTAL_ORG", ORG, "NATIONAL_PORTAL_INTERVAL_MS", "50", "NATIONAL_PORTAL_BACKOFF_MIN_MS", "300",
      "NATIONAL_PORTAL_BACKOFF_MAX_MS", "2000", "NATIONAL_PORTAL_TIMEOUT_MS", "5000")));
    http = new Http(server.baseUri());
    admin = "Bearer " + TestServer.token(server, "portal-operator", null, "admin");
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (standInVertx != null) {
      standInVertx.close();
    }
    try (Connection c = TestServer.jdbc();
         PreparedStatement p = c.prepareStatement("UPDATE catalog.dataset SET description_vi = ? WHERE name = ?")) {
      for (Map.Entry<String, String> e : descriptions.entrySet()) {
        p.setString(1, e.getValue());
        p.setString(2, e.getKey());
        p.executeUpdate();
      }
      c.createStatement().execute("DELETE FROM catalog.publication");
    }
  }

  static JsonObject status() {
    return ApiAssertions.ok(http.get("/api/v1/publication-status", "Authorization", admin), 200,
      "/api/v1/publication-status", "get");
  }

  static JsonObject item(JsonObject status, String dataset) {
    return status.getJsonArray("items").stream().map(JsonObject.class::cast)
      .filter(i -> i.getString("dataset").equals(dataset)).findFirst().orElseThrow();
  }

  /** Polls the status view until the condition holds (at most 20 s); returns that status. */
  static JsonObject await(String what, Predicate<JsonObject> condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    JsonObject s = status();
    while (!condition.test(s)) {
      assertTrue(System.nanoTime() < deadline, () -> "not within 20 s: " + what + "\n" + status().encodePrettily());
      Thread.sleep(25);
      s = status();
    }
    return s;
  }

  static boolean allUpToDate(JsonObject s) {
    return DATASETS.stream().allMatch(d -> item(s, d).getBoolean("up_to_date"));
  }

  static void describe(String dataset, String description) throws Exception {
    try (Connection c = TestServer.jdbc();
         PreparedStatement p = c.prepareStatement("UPDATE catalog.dataset SET description_vi = ? WHERE name = ?")) {
      p.setString(1, description);
      p.setString(2, dataset);
      assertEquals(1, p.executeUpdate());
    }
  }

  @Test
  @Order(1)
  void theFirstRoundCreatesEachDatasetOnce() throws Exception {
    JsonObject s = await("every dataset created", PortalPushIT::allUpToDate);
    assertEquals(true, s.getBoolean("configured"));
    for (String d : DATASETS) {
      JsonObject i = item(s, d);
      assertEquals("created", i.getString("result"), i::encode);
      assertEquals(1, i.getInteger("attempts"));
      assertEquals(portal.byName.get("moha-" + d).getString("id"), i.getString("remote_id"));
      assertTrue(i.getString("portal_package_url").endsWith("/dataset/moha-" + d), i::encode);
      List<Received> creates = portal.writes("package_create", "moha-" + d);
      assertEquals(1, creates.size(), "one package_create for " + d);
      JsonObject body = creates.get(0).body();
      assertEquals(TOKEN, creates.get(0).authorization());
      assertEquals(ORG, body.getString("owner_org"));
      assertNull(body.getString("id"), "the portal sets its own ids");
      assertNull(body.getValue("organization"));
      assertFalse(body.getString("title").isBlank());
      assertEquals(descriptions.get(d), body.getString("notes"));
      assertEquals("CC-BY-4.0", body.getString("license_id"));
      JsonArray resources = body.getJsonArray("resources");
      assertEquals(5, resources.size());
      assertEquals(server.baseUri() + "/downloads/" + d + ".csv", resources.getJsonObject(0).getString("url"));
      assertEquals("CSV", resources.getJsonObject(0).getString("format"));
      assertTrue(body.getJsonArray("extras").stream().map(JsonObject.class::cast)
        .anyMatch(x -> x.getString("key").equals("uri") && x.getString("value").endsWith("/id/dataset/" + d)));
    }
    assertEquals(DATASETS.size(), portal.byName.size());
    assertTrue(portal.received.stream().filter(r -> r.action().equals("package_show")).map(Received::id).toList()
      .containsAll(DATASETS.stream().map(d -> "moha-" + d).toList()), "asked before creating");
    assertTrue(portal.received.stream().allMatch(r -> TOKEN.equals(r.authorization())), "every request has the token");
  }

  @Test
  @Order(2)
  void aMetadataChangePatchesThatDatasetOnly() throws Exception {
    int before = portal.received.size();
    String pushed = item(status(), "associations").getString("pushed_version");
    describe("associations", descriptions.get("associations") + " (Cập nhật thử nghiệm.)");
    JsonObject s = await("associations patched", st -> !item(st, "associations").getString("pushed_version")
      .equals(pushed) && item(st, "associations").getBoolean("up_to_date"));
    assertEquals("updated", item(s, "associations").getString("result"));
    List<Received> after = portal.received.subList(before, portal.received.size());
    List<Received> writes = after.stream().filter(r -> r.method().equals("POST")).toList();
    assertEquals(1, writes.size(), () -> "one write: " + writes);
    assertEquals("package_patch", writes.get(0).action());
    assertEquals(portal.byName.get("moha-associations").getString("id"), writes.get(0).body().getString("id"));
    assertTrue(portal.byName.get("moha-associations").getString("notes").endsWith("(Cập nhật thử nghiệm.)"));
    assertEquals(DATASETS.size(), portal.byName.size(), "no new package");
  }

  @Test
  @Order(3)
  void failuresAreRetriedWithBackOffAndShownInTheStatus() throws Exception {
    int before = portal.received.size();
    portal.failWrites.set(2);
    describe("awards", descriptions.get("awards") + " (Thử lỗi cổng quốc gia.)");
    JsonObject failed = await("awards failed", st -> "failed".equals(item(st, "awards").getString("result")));
    JsonObject f = item(failed, "awards");
    assertFalse(f.getBoolean("up_to_date"));
    assertTrue(f.getString("error").contains("503"), f::encode);
    assertNotNull(f.getString("next_attempt_at"));
    JsonObject ok = await("awards updated after the failures", st -> item(st, "awards").getBoolean("up_to_date"));
    JsonObject i = item(ok, "awards");
    assertEquals("updated", i.getString("result"));
    assertEquals(3, i.getInteger("attempts"), i::encode);
    assertNull(i.getString("error"));
    assertNull(i.getString("next_attempt_at"));
    List<Received> patches = portal.received.subList(before, portal.received.size()).stream()
      .filter(r -> r.action().equals("package_patch")).toList();
    assertEquals(3, patches.size(), "two refused, one accepted");
    // back-off: 300 ms after the first failure, 600 ms after the second, each less up to half (jitter)
    assertTrue(patches.get(1).nanos() - patches.get(0).nanos() >= TimeUnit.MILLISECONDS.toNanos(150));
    assertTrue(patches.get(2).nanos() - patches.get(1).nanos() >= TimeUnit.MILLISECONDS.toNanos(300));
    assertEquals(DATASETS.size(), portal.byName.size());
  }

  @Test
  @Order(4)
  void aPackageThePortalHasIsPatchedNotCreatedAgain() throws Exception {
    int creates = (int) portal.received.stream().filter(r -> r.action().equals("package_create")).count();
    try (Connection c = TestServer.jdbc(); Statement st = c.createStatement()) {
      st.execute("DELETE FROM catalog.publication"); // as if we had forgotten what we pushed: everything again
    }
    JsonObject s = await("all pushed again", PortalPushIT::allUpToDate);
    for (String d : DATASETS) {
      assertEquals("updated", item(s, d).getString("result"), "package_show found it: patched");
    }
    assertEquals(creates, portal.received.stream().filter(r -> r.action().equals("package_create")).count());
    assertEquals(DATASETS.size(), portal.byName.size(), "still one package per dataset");
  }

  @Test
  @Order(5)
  void theStatusViewIsForOperators() {
    ApiAssertions.problem(http.get("/api/v1/publication-status"), 401, "/api/v1/publication-status", "get");
    String developer = "Bearer " + TestServer.token(server, "some-developer", null, "developer");
    ApiAssertions.problem(http.get("/api/v1/publication-status", "Authorization", developer), 403,
      "/api/v1/publication-status", "get");
    JsonObject off = ApiAssertions.ok(TestServer.http().get("/api/v1/publication-status", "Authorization",
      "Bearer " + TestServer.token("portal-operator", null, "admin")), 200, "/api/v1/publication-status", "get");
    assertEquals(false, off.getBoolean("configured"), "the shared test server has no portal configured");
    assertNull(off.getString("portal_url"));
  }
}
