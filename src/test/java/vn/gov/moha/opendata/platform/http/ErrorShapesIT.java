package vn.gov.moha.opendata.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.moha.opendata.support.ApiAssertions.problem;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/** Every error, everywhere, is application/problem+json: 404, 405, 413, 415, malformed JSON, missing body. */
@ExtendWith(VertxExtension.class)
class ErrorShapesIT {
  static final String LIST = "/api/v1/legal-documents";
  final Http http = TestServer.http();

  @Test
  void unknownPathIs404() {
    JsonObject p = problem(http.get("/no/such/path"), 404, null, null);
    assertEquals("not-found", p.getString("code"));
  }

  @Test
  void wrongMethodIs405() {
    problem(http.send("PATCH", LIST, null, null), 405, null, null);
    problem(http.send("DELETE", "/health", null, null), 405, null, null);
  }

  @Test
  void oversizedBodyIs413() {
    String big = "{\"title\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
    Http.Res res = http.send("POST", LIST, "application/json", big, "Authorization", "Bearer " + TestServer.writerToken());
    problem(res, 413, LIST, "POST");
  }

  @Test
  void wrongMediaTypeIs415() {
    Http.Res res = http.send("POST", LIST, "text/csv", "number,title\n1,x",
      "Authorization", "Bearer " + TestServer.writerToken());
    problem(res, 415, LIST, "POST");
  }

  @Test
  void malformedJsonIs400() {
    Http.Res res = http.send("POST", LIST, "application/json", "{\"number\": ",
      "Authorization", "Bearer " + TestServer.writerToken());
    assertEquals("malformed-json", problem(res, 400, LIST, "POST").getString("code"));
    Http.Res empty = http.send("POST", LIST, "application/json", "", "Authorization", "Bearer " + TestServer.writerToken());
    problem(empty, 400, LIST, "POST");
  }

  @Test
  void problemsOverAVertxClient(Vertx vertx, VertxTestContext ctx) {
    URI base = URI.create(TestServer.base());
    WebClient client = WebClient.create(vertx);
    client.get(base.getPort(), base.getHost(), "/api/v1/legal-documents/999999999").send()
      .onComplete(ctx.succeeding(res -> ctx.verify(() -> {
        assertEquals(404, res.statusCode());
        assertTrue(res.getHeader("Content-Type").startsWith("application/problem+json"));
        Buffer body = res.body();
        assertEquals(404, body.toJsonObject().getInteger("status"));
        ctx.completeNow();
      })));
  }
}
