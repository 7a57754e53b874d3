package vn.gov.moha.opendata.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.vertx.core.Vertx;
import java.net.ServerSocket;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.support.TestKey;

/** An identity provider that cannot be reached: the server still starts, and tokens get 503, not 401 or 500. */
class TokenVerifierTest {
  @Test
  void anUnreachableIssuerMeans503ForTokens() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    String issuer = "http://127.0.0.1:" + closedPort + "/realms/moha";
    Vertx vertx = Vertx.vertx();
    try {
      TokenVerifier verifier = TokenVerifier.external(vertx, new TokenVerifier.Settings(issuer, null, "moha-opendata",
        "roles", "unit", 60)).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      String token = TestKey.generate("k1").sign(TestKey.claims(issuer, "moha-opendata", "someone", "admin"));
      ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
        () -> verifier.verify(token).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS));
      ApiProblem p = assertInstanceOf(ApiProblem.class, e.getCause());
      assertEquals(503, p.status());
      assertEquals("issuer-unavailable", p.code());
    } finally {
      vertx.close();
    }
  }
}
