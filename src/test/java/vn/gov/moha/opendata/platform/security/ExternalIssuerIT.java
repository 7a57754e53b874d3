package vn.gov.moha.opendata.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.app.AppConfig;
import vn.gov.moha.opendata.app.Application;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestKey;
import vn.gov.moha.opendata.support.TestServer;

/**
 * A second server, configured like production: an external OpenID Connect issuer (a stand-in identity provider
 * serving discovery and a JWKS whose keys rotate, Keycloak-style role claims), low rate limits, client IPs from
 * X-Forwarded-For. It shares the test database.
 */
class ExternalIssuerIT {
  private static final String AUDIENCE = "moha-opendata-test";
  private static final AtomicReference<JsonArray> JWKS = new AtomicReference<>();
  private static final AtomicInteger JWKS_FETCHES = new AtomicInteger();
  private static final AtomicInteger IP = new AtomicInteger(1);
  private static final TestKey K1 = TestKey.generate("k1");
  private static final TestKey K2 = TestKey.generate("k2");
  private static Vertx idpVertx;
  private static HttpServer idp;
  private static String issuer;
  private static Application.Running server;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    idpVertx = Vertx.vertx();
    JWKS.set(new JsonArray().add(K1.publicJwk()).add(new JsonObject().put("kty", "RSA").put("use", "enc")
      .put("kid", "encryption-only").put("n", "AQAB").put("e", "AQAB")));
    AtomicReference<String> self = new AtomicReference<>();
    idp = idpVertx.createHttpServer().requestHandler(req -> {
      switch (req.path()) {
        case "/realms/moha/.well-known/openid-configuration" -> req.response()
          .putHeader("Content-Type", "application/json")
          .end(new JsonObject().put("issuer", self.get()).put("jwks_uri", self.get() + "/certs").encode());
        case "/realms/moha/certs" -> {
          JWKS_FETCHES.incrementAndGet();
          req.response().putHeader("Content-Type", "application/json")
            .end(new JsonObject().put("keys", JWKS.get()).encode());
        }
        default -> req.response().setStatusCode(404).end();
      }
    }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    issuer = "http://127.0.0.1:" + idp.actualPort() + "/realms/moha";
    self.set(issuer);

    TestServer.get(); // the shared server has migrated the database
    Map<String, String> env = new HashMap<>();
    env.put("HTTP_HOST", "127.0.0.1");
    env.put("HTTP_PORT", "0");
    env.put("DATA_DIR", Path.of("target", "test-var-oidc").toString());
    env.put("DATABASE_URL", TestServer.databaseUrl());
    env.put("SEED_SIZE", "0");
    env.put("HTTP_INSTANCES", "2");
    env.put("DB_POOL_SIZE", "4");
    env.put("OIDC_ISSUER", issuer);
    env.put("OIDC_AUDIENCE", AUDIENCE);
    env.put("OIDC_ROLES_CLAIM", "realm_access.roles");
    env.put("OIDC_UNIT_CLAIM", "moha_unit");
    env.put("RATE_LIMIT_ANONYMOUS_PER_MINUTE", "5");
    env.put("RATE_LIMIT_KEY_PER_MINUTE", "8");
    env.put("TRUST_FORWARDED_HEADERS", "x-forwarded");
    TestServer.deleteTree(Path.of("target", "test-var-oidc"));
    server = Application.start(AppConfig.from(env));
    http = new Http(server.baseUri());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (idpVertx != null) {
      idpVertx.close();
    }
  }

  /** A fresh client IP, so that each test has its own anonymous allowance. */
  private static String ip() {
    return "203.0.113." + IP.getAndIncrement();
  }

  private static String token(TestKey key, String sub, String unit, String... roles) {
    long now = System.currentTimeMillis() / 1000;
    JsonObject claims = new JsonObject().put("iss", issuer).put("aud", new JsonArray().add(AUDIENCE).add("account"))
      .put("sub", sub).put("iat", now).put("exp", now + 300).put("azp", "portal")
      .put("realm_access", new JsonObject().put("roles", new JsonArray(java.util.List.of(roles))));
    if (unit != null) {
      claims.put("moha_unit", unit);
    }
    return key.sign(claims);
  }

  private static Http.Res me(String token) {
    return http.get("/api/v1/me", "Authorization", "Bearer " + token, "X-Forwarded-For", ip());
  }

  @Test
  void tokensOfTheConfiguredIssuerAreReadWithItsClaimNames() {
    JsonObject caller = ApiAssertions.ok(me(token(K1, "kc-user-1", "VU_TCPCP", "officer", "offline_access")), 200,
      "/api/v1/me", "get");
    assertEquals("kc-user-1", caller.getString("subject"));
    assertEquals(new JsonArray().add("developer").add("officer").add("public"), caller.getJsonArray("roles"));
    assertEquals("VU_TCPCP", caller.getString("unit"));
  }

  @Test
  void keyRotationNeedsNoRestart() {
    assertEquals(200, me(token(K1, "before-rotation", null, "developer")).status());
    int fetches = JWKS_FETCHES.get();
    JWKS.set(new JsonArray().add(K1.publicJwk()).add(K2.publicJwk())); // the provider publishes its next key
    assertEquals(200, me(token(K2, "after-rotation", null, "developer")).status(), "unknown kid → keys refetched");
    assertTrue(JWKS_FETCHES.get() > fetches, "the JWKS was fetched again");
    assertEquals(200, me(token(K1, "old-key-still-listed", null, "developer")).status());
  }

  @Test
  void theLocalDevelopmentIssuerIsOffWhenAnIssuerIsConfigured() throws Exception {
    String devToken = TestServer.token("dev-admin", null, "admin");
    assertEquals(401, me(devToken).status(), "the shared server's dev tokens mean nothing here");
    TestKey attacker = TestKey.generate("k1");
    assertEquals(401, me(token(attacker, "mallory", null, "admin")).status(), "right kid, wrong key");
    assertTrue(!java.nio.file.Files.exists(Path.of("target", "test-var-oidc", "dev-issuer")),
      "no development key pair is even created");
  }

  @Test
  void anonymousCallersAreLimitedPerIp() {
    String ip = ip();
    for (int i = 0; i < 5; i++) {
      Http.Res ok = http.get("/api/v1/code-lists/fields", "X-Forwarded-For", ip);
      assertEquals(200, ok.status());
      assertEquals("5", ok.header("RateLimit-Limit").orElseThrow());
      assertEquals(String.valueOf(4 - i), ok.header("RateLimit-Remaining").orElseThrow());
      assertEquals("5;w=60", ok.header("RateLimit-Policy").orElseThrow());
    }
    Http.Res refused = http.get("/api/v1/code-lists/fields", "X-Forwarded-For", ip);
    JsonObject p = ApiAssertions.problem(refused, 429, "/api/v1/code-lists/{scheme}", "get");
    assertEquals("rate-limited", p.getString("code"));
    long retry = Long.parseLong(refused.header("Retry-After").orElseThrow());
    assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
    assertEquals("0", refused.header("RateLimit-Remaining").orElseThrow());
    assertTrue(Long.parseLong(refused.header("RateLimit-Reset").orElseThrow()) >= retry);
    assertEquals(200, http.get("/api/v1/code-lists/fields", "X-Forwarded-For", ip()).status(), "other IPs are not");
  }

  /** A load balancer probes from one address every few seconds: a probe refused with 429 would take us out of service. */
  @Test
  void healthProbesDoNotCountAgainstTheLimit() {
    String ip = ip();
    for (int i = 0; i < 12; i++) {
      Http.Res ready = http.get("/health/ready", "X-Forwarded-For", ip);
      assertEquals(200, ready.status(), "probe " + i);
      assertTrue(ready.header("RateLimit-Limit").isEmpty(), "a probe is not counted");
      assertEquals(200, http.get("/health", "X-Forwarded-For", ip).status());
    }
    Http.Res counted = http.get("/api/v1/code-lists/fields", "X-Forwarded-For", ip);
    assertEquals("4", counted.header("RateLimit-Remaining").orElseThrow(), "the probes left the allowance whole");
  }

  @Test
  void apiKeysHaveTheirOwnHigherLimit() {
    String ip = ip();
    Http.Res created = http.json("POST", "/api/v1/api-keys", new JsonObject().put("name", "limits"),
      "Authorization", "Bearer " + token(K1, "key-owner", null), "X-Forwarded-For", ip);
    assertEquals(201, created.status(), created.toString());
    String key = created.json().getString("key");
    for (int i = 0; i < 8; i++) {
      Http.Res ok = http.get("/api/v1/code-lists/fields", "X-API-Key", key, "X-Forwarded-For", ip);
      assertEquals(200, ok.status(), "request " + i + " with a key: " + ok);
      assertEquals("8", ok.header("RateLimit-Limit").orElseThrow());
    }
    assertEquals(429, http.get("/api/v1/code-lists/fields", "X-API-Key", key, "X-Forwarded-For", ip).status());
  }

  @Test
  void guessingCredentialsSpendsTheIpAllowance() {
    String ip = ip();
    for (int i = 0; i < 5; i++) {
      assertEquals(401, http.get("/api/v1/me", "X-API-Key", "moha_" + "A".repeat(42) + i, "X-Forwarded-For", ip)
        .status());
    }
    Http.Res blocked = http.get("/api/v1/me", "X-API-Key", "moha_" + "B".repeat(43), "X-Forwarded-For", ip);
    assertEquals(429, blocked.status());
    assertTrue(blocked.header("Retry-After").isPresent());
    assertEquals(200, http.get("/api/v1/code-lists/fields", "X-Forwarded-For", ip).status(),
      "the address may still read open data: guessing spends its own allowance");
    String key = http.json("POST", "/api/v1/api-keys", new JsonObject().put("name", "behind the same NAT"),
      "Authorization", "Bearer " + token(K1, "nat-neighbour", null), "X-Forwarded-For", ip()).json().getString("key");
    assertEquals(429, http.get("/api/v1/me", "X-API-Key", key, "X-Forwarded-For", ip).status(),
      "while the address is blocked for guessing, credentials from it are not even looked up");
  }

  @Test
  void theAuditLogRecordsTheForwardedClientIp() throws Exception {
    String ip = ip();
    Http.Res denied = http.get("/api/v1/audit-events", "Authorization", "Bearer " + token(K1, "ip-check", null,
      "reviewer"), "X-Forwarded-For", ip);
    assertEquals(403, denied.status());
    Thread.sleep(300);
    JsonObject e = http.get("/api/v1/audit-events?actor=ip-check", "Authorization",
      "Bearer " + token(K1, "auditor-x", null, "auditor"), "X-Forwarded-For", ip()).json().getJsonArray("items")
      .getJsonObject(0);
    assertEquals(ip, e.getString("client_ip"));
  }
}
