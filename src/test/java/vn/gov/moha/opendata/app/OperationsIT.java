package vn.gov.moha.opendata.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.moha.opendata.support.ApiAssertions.ok;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/** Health, readiness, metrics, the contract and its docs, served by the running server. */
class OperationsIT {
  final Http http = TestServer.http();

  @Test
  void healthAndReadiness() {
    assertEquals("UP", ok(http.get("/health"), 200, "/health", "GET").getString("status"));
    JsonObject ready = ok(http.get("/health/ready"), 200, "/health/ready", "GET");
    assertEquals("UP", ready.getJsonObject("checks").getString("database"));
    assertEquals("UP", ready.getJsonObject("checks").getString("migrations"));
  }

  @Test
  void indexLinksUseThePublicBase() {
    JsonObject index = ok(http.get("/"), 200, "/", "GET");
    assertEquals(TestServer.base() + "/api/v1/legal-documents", index.getJsonObject("links").getString("legal-documents"));
  }

  @Test
  void metricsArePrometheusTextByRoute() {
    http.get("/api/v1/legal-documents?limit=1");
    Http.Res res = http.get("/metrics");
    assertEquals(200, res.status());
    assertTrue(res.contentType().startsWith("text/plain"), res.contentType());
    assertTrue(res.body().contains("vertx_http_server_requests_total"), "request counts");
    assertTrue(res.body().contains("route=\"/api/v1/legal-documents\""), "labelled by route");
    assertTrue(res.body().contains("vertx_http_server_response_time_seconds"), "latency");
    assertTrue(res.body().contains("vertx_pool"), "pool usage");
  }

  @Test
  void contractIsServedAsYamlAndJson() {
    Http.Res yaml = http.get("/openapi.yaml");
    assertEquals(200, yaml.status());
    assertTrue(yaml.contentType().startsWith("application/yaml"));
    assertTrue(yaml.body().startsWith("openapi: 3.1"));
    JsonObject json = http.get("/openapi.json").json();
    assertEquals("3.1.0", json.getString("openapi"));
    assertTrue(json.getJsonObject("paths").containsKey("/api/v1/legal-documents"));
  }

  @Test
  void docsRenderFromTheLocalWebjar() {
    Http.Res page = http.get("/docs");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("swagger-ui-bundle.js"));
    Http.Res js = http.get("/docs/swagger-ui-bundle.js");
    assertEquals(200, js.status());
    assertTrue(js.contentType().contains("javascript"), js.contentType());
    assertTrue(js.body().length() > 100_000);
    assertEquals(200, http.get("/docs/swagger-ui.css").status());
    assertEquals(404, http.get("/docs/nothing-here.js").status());
    assertEquals(400, http.get("/docs/..%2Fsecret").status());
  }
  /**
   * RFC 9110: HEAD wherever GET is, the same status and headers without a body; no HEAD where there is no GET. Over
   * HTTP/1.1, as curl, link checkers and CKAN's tools send it (Vert.x 5.0.7's HTTP/2 server sends a HEAD's body).
   */
  @Test
  void headAnswersLikeGetWithoutABody() throws Exception {
    HttpClient h1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (String path : new String[] {"/api/v1/legal-documents?limit=1", "/datasets", "/catalog.ttl",
      "/api/3/action/package_list", "/health"}) {
      Http.Res get = http.get(path);
      HttpResponse<String> head = head(h1, path);
      assertEquals(get.status(), head.statusCode(), path);
      assertEquals(get.contentType(), head.headers().firstValue("Content-Type").orElse(""), path);
      assertEquals("", head.body(), path);
      assertEquals(get.header("ETag"), head.headers().firstValue("ETag"), path);
    }
    assertEquals(404, head(h1, "/api/v1/legal-documents/999999999").statusCode());
    assertEquals(405, head(h1, "/api/v1/api-keys/some-key").statusCode(), "DELETE only");
  }

  private HttpResponse<String> head(HttpClient client, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(TestServer.base() + path))
      .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }
}
