package vn.gov.moha.opendata.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/** Security headers, CORS, request ids, size limits, and error bodies that give nothing away. */
class HardeningIT {
  private static final String LIST = "/api/v1/legal-documents";
  private final Http http = TestServer.http();

  @Test
  void securityHeadersOnApiAnswersPagesAndProblems() {
    for (Http.Res res : new Http.Res[] {http.get(LIST + "?limit=1"), http.get("/no/such/thing"),
      http.get("/api/v1/legal-documents/0")}) {
      assertEquals("default-src 'none'; frame-ancestors 'none'", res.header("Content-Security-Policy").orElseThrow());
      assertEquals("nosniff", res.header("X-Content-Type-Options").orElseThrow());
      assertEquals("no-referrer", res.header("Referrer-Policy").orElseThrow());
      assertEquals("DENY", res.header("X-Frame-Options").orElseThrow());
      assertFalse(res.header("Strict-Transport-Security").isPresent(), "no HSTS over plain http");
    }
    String docsCsp = http.get("/docs").header("Content-Security-Policy").orElseThrow();
    assertTrue(docsCsp.startsWith("default-src 'self'") && !docsCsp.contains("script-src"), docsCsp);
  }

  @Test
  void corsAllowsReadingOpenDataFromAnywhereAndNothingElse() {
    String origin = "https://bao-dien-tu.example";
    Http.Res get = http.get(LIST + "?limit=1", "Origin", origin);
    assertEquals("*", get.header("Access-Control-Allow-Origin").orElseThrow());
    assertTrue(get.header("Access-Control-Expose-Headers").orElseThrow().contains("RateLimit-Remaining"));

    Http.Res preflight = http.send("OPTIONS", LIST, null, null, "Origin", origin,
      "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "x-api-key");
    assertEquals(204, preflight.status());
    assertEquals("*", preflight.header("Access-Control-Allow-Origin").orElseThrow());
    String methods = preflight.header("Access-Control-Allow-Methods").orElseThrow();
    assertTrue(methods.contains("GET") && !methods.contains("POST") && !methods.contains("DELETE"), methods);
    String headers = preflight.header("Access-Control-Allow-Headers").orElseThrow().toLowerCase();
    assertTrue(headers.contains("x-api-key") && !headers.contains("authorization"), headers);

    Http.Res post = http.json("POST", LIST, new JsonObject(), "Origin", origin, "Authorization",
      "Bearer " + TestServer.writerToken());
    assertFalse(post.header("Access-Control-Allow-Origin").isPresent(), "no CORS grant on writes");

    // the read-only SPARQL endpoint: a web page may POST a query and read the answer
    Http.Res sparqlPreflight = http.send("OPTIONS", "/sparql", null, null, "Origin", origin,
      "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
    assertEquals(204, sparqlPreflight.status());
    assertTrue(sparqlPreflight.header("Access-Control-Allow-Methods").orElseThrow().contains("POST"));
    assertTrue(sparqlPreflight.header("Access-Control-Allow-Headers").orElseThrow().toLowerCase()
      .contains("content-type"));
    Http.Res query = http.send("POST", "/sparql", "application/sparql-query", "ASK { ?s ?p ?o }", "Origin", origin,
      "Accept", "application/sparql-results+json");
    assertEquals(200, query.status(), query.body());
    assertEquals("*", query.header("Access-Control-Allow-Origin").orElseThrow());
    assertTrue(query.header("Access-Control-Expose-Headers").orElseThrow().contains("SPARQL-Results-Capped"));
  }

  @Test
  void requestIdsAreEchoedAndNamedInProblems() {
    Http.Res mine = http.get("/no/such/thing", "X-Request-Id", "journalist-42.a");
    assertEquals("journalist-42.a", mine.header("X-Request-Id").orElseThrow());
    assertEquals("journalist-42.a", mine.json().getString("request_id"));
    Http.Res hostile = http.get(LIST + "?limit=1", "X-Request-Id", "<script>alert(1)</script>");
    String given = hostile.header("X-Request-Id").orElseThrow();
    assertTrue(given.matches("[0-9a-f-]{36}"), "an unsafe id is replaced: " + given);
    assertTrue(http.get("/health").header("X-Request-Id").isPresent());
  }

  @Test
  void errorBodiesCarryNoStackTracesOrSql() {
    String[] probes = {"/api/v1/legal-documents?limit=abc", "/api/v1/legal-documents/1'%20OR%201=1",
      "/api/v1/legal-documents?cursor=zzzz", "/api/v1/legal-documents?q=%22%22%22%20%26%20%7C", "/api/v1/me/../../etc"};
    for (String probe : probes) {
      Http.Res res = http.get(probe);
      assertTrue(res.status() < 500, probe + " → " + res);
      String body = res.body().toLowerCase();
      for (String leak : new String[] {"exception", "at io.", "at java.", "select ", "sqlstate", "postgres"}) {
        assertFalse(body.contains(leak), probe + " leaks '" + leak + "': " + res.body());
      }
    }
  }

  @Test
  void oversizedRequestLinesAndHeadersAreRefused() throws Exception {
    String uri = raw("GET " + LIST + "?q=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
    assertTrue(uri.matches("(?s)HTTP/1\\.[01] 414 .*application/problem\\+json.*\"code\":\"uri-too-long\".*"), uri);
    String headers = raw("GET " + LIST + " HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n");
    assertTrue(headers.matches("(?s)HTTP/1\\.1 431 .*application/problem\\+json.*headers-too-large.*"), headers);
    Http.Res big = http.json("POST", LIST, new JsonObject().put("title", "x".repeat(1024 * 1024)),
      "Authorization", "Bearer " + TestServer.writerToken());
    ApiAssertions.problem(big, 413, LIST, "post");
  }

  /** Over plain HTTP/1.1 (the Java client upgrades to h2c): credentials checked asynchronously, with and without a body. */
  @Test
  void credentialsOverHttp11WithAndWithoutABody() throws Exception {
    String key = http.json("POST", "/api/v1/api-keys", new JsonObject().put("name", "http/1.1"), "Authorization",
      "Bearer " + TestServer.token("http11-dev", null, "developer")).json().getString("key");
    String get = raw("GET /api/v1/me HTTP/1.1\r\nHost: x\r\nX-API-Key: " + key + "\r\nConnection: close\r\n\r\n");
    assertTrue(get.startsWith("HTTP/1.1 200") && get.contains("\"authenticated_by\":\"api-key\""), get);
    String doc = new JsonObject().put("number", "9903/2026/TT-BNV").put("type", "THONG_TU").put("title", "Qua HTTP/1.1")
      .put("issuer", "BNV").put("issued_date", "2026-03-03").put("status", "in_force").encode();
    byte[] body = doc.getBytes(StandardCharsets.UTF_8);
    String post = raw("POST " + LIST + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TestServer.writerToken()
      + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n"
      + new String(body, StandardCharsets.ISO_8859_1));
    assertTrue(post.startsWith("HTTP/1.1 201"), post);
    String keyed = raw("POST " + LIST + " HTTP/1.1\r\nHost: x\r\nX-API-Key: " + key
      + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n"
      + new String(body, StandardCharsets.ISO_8859_1));
    assertTrue(keyed.startsWith("HTTP/1.1 403") && keyed.contains("credential-not-accepted"), keyed);
  }

  /** Sends raw bytes (no client would send such a request) and returns the status line and headers. */
  private static String raw(String request) throws Exception {
    URI base = URI.create(TestServer.base());
    try (Socket s = new Socket(base.getHost(), base.getPort())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII); // the server closes the connection
    }
  }
}
