package vn.gov.moha.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.platform.security.LocalIssuer;

/** The `token` command: mints verifiable development tokens, and refuses once an identity provider is configured. */
class TokenCommandTest {
  private static final Path DIR = Path.of("target", "test-var-token-cli");

  @Test
  void printsATokenTheLocalIssuerVerifies() throws Exception {
    String token = captureOut(() -> assertEquals(0, TokenCommand.run(
      new String[] {"--role", "officer,reviewer", "--unit", "VU_PHAP_CHE", "--sub", "nguyen.van.a", "--minutes", "5"},
      Map.of("DATA_DIR", DIR.toString())))).trim();
    Vertx vertx = Vertx.vertx();
    try {
      JWTAuth auth = JWTAuth.create(vertx, LocalIssuer.open(DIR).verifyOptions());
      User user = auth.authenticate(new TokenCredentials(token)).toCompletionStage().toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
      JsonObject claims = user.attributes().getJsonObject("accessToken");
      assertEquals("nguyen.van.a", claims.getString("sub"));
      assertEquals(LocalIssuer.ISSUER, claims.getString("iss"));
      assertEquals("moha-opendata", claims.getString("aud"));
      assertEquals("VU_PHAP_CHE", claims.getString("unit"));
      assertTrue(claims.getJsonArray("roles").contains("reviewer"));
      long life = claims.getLong("exp") - claims.getLong("iat");
      assertEquals(300, life);
    } finally {
      vertx.close();
    }
  }

  @Test
  void refusesWhenAnIssuerIsConfiguredOrArgumentsAreWrong() {
    assertEquals(3, TokenCommand.run(new String[] {"--role", "admin"},
      Map.of("DATA_DIR", DIR.toString(), "OIDC_ISSUER", "https://sso.example/realms/moha")));
    assertEquals(2, TokenCommand.run(new String[] {"--role", "superuser"}, Map.of("DATA_DIR", DIR.toString())));
    assertEquals(2, TokenCommand.run(new String[] {"--role", "public"}, Map.of("DATA_DIR", DIR.toString())));
    assertEquals(2, TokenCommand.run(new String[] {"--minutes", "100000"}, Map.of("DATA_DIR", DIR.toString())));
    assertEquals(2, TokenCommand.run(new String[] {"--unit"}, Map.of("DATA_DIR", DIR.toString())));
  }

  private static String captureOut(Runnable r) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
