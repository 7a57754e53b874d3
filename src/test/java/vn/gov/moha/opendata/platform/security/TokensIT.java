package vn.gov.moha.opendata.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.app.Application;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestKey;
import vn.gov.moha.opendata.support.TestServer;

/** Bearer tokens: what verifies, and every forged, stale or misdirected token an attacker could try. */
class TokensIT {
  private static final String ME = "/api/v1/me";
  private final Http http = TestServer.http();
  private final Application.Running server = TestServer.get();
  private final TestKey issuerKey = TestKey.localIssuerOf(Path.of("target", "test-var"), server.localIssuer().keyId());
  private final String audience = server.config().auth().audience();

  private JsonObject claims(String sub, String... roles) {
    return TestKey.claims(LocalIssuer.ISSUER, audience, sub, roles);
  }

  private Http.Res me(String token) {
    return http.get(ME, "Authorization", "Bearer " + token);
  }

  private void assertRefused(Http.Res res, String why) {
    assertEquals(401, res.status(), why + ": " + res);
    ApiAssertions.problem(res, 401, null, null);
    String challenge = res.header("WWW-Authenticate").orElse("");
    assertTrue(challenge.startsWith("Bearer realm=\"moha-opendata\""), challenge);
    assertTrue(challenge.contains("error=\"invalid_token\"") || why.startsWith("not bearer"), why + ": " + challenge);
    assertTrue(!res.body().contains("Exception") && !res.body().contains("at io.vertx"), "no stack trace: " + res);
  }

  @Test
  void aValidTokenNamesTheCallerItsRolesAndUnit() {
    Http.Res res = me(TestServer.token("officer-a", "VU_PHAP_CHE", "officer"));
    JsonObject caller = ApiAssertions.ok(res, 200, ME, "get");
    assertEquals("officer-a", caller.getString("subject"));
    assertEquals("token", caller.getString("authenticated_by"));
    assertEquals(new JsonArray().add("developer").add("officer").add("public"), caller.getJsonArray("roles"));
    assertEquals("VU_PHAP_CHE", caller.getString("unit"));
  }

  @Test
  void anonymousCallersAreAnonymous() {
    JsonObject caller = http.get(ME).json();
    assertEquals("anonymous", caller.getString("authenticated_by"));
    assertEquals(new JsonArray().add("public"), caller.getJsonArray("roles"));
  }

  @Test
  void unknownRolesInATokenGrantNothing() {
    JsonObject c = claims("someone", "superuser", "ADMIN", "root");
    JsonArray roles = me(issuerKey.sign(c)).json().getJsonArray("roles");
    assertEquals(new JsonArray().add("developer").add("public"), roles);
  }

  @Test
  void expiredTokensAreRefusedPastTheClockSkewOnly() {
    long now = System.currentTimeMillis() / 1000;
    assertRefused(me(issuerKey.sign(claims("late").put("iat", now - 3600).put("exp", now - 120))), "expired");
    assertTrue(me(issuerKey.sign(claims("late").put("iat", now - 3600).put("exp", now - 120))).json()
      .getString("detail").contains("expired"));
    assertEquals(200, me(issuerKey.sign(claims("skewed").put("iat", now - 3600).put("exp", now - 20))).status(),
      "20 s past exp is within the 60 s clock skew");
    assertRefused(me(issuerKey.sign(claims("future").put("iat", now + 3600).put("exp", now + 7200))),
      "issued in the future");
  }

  @Test
  void tokensWithoutExpiryOrSubjectAreRefused() {
    JsonObject noExp = claims("forever");
    noExp.remove("exp");
    assertRefused(me(issuerKey.sign(noExp)), "no exp");
    JsonObject noSub = claims("x");
    noSub.remove("sub");
    assertRefused(me(issuerKey.sign(noSub)), "no sub");
  }

  @Test
  void tokensForAnotherAudienceOrFromAnotherIssuerAreRefused() {
    assertRefused(me(issuerKey.sign(claims("x").put("aud", "some-other-api"))), "audience");
    assertRefused(me(issuerKey.sign(claims("x").put("iss", "https://evil.example"))), "issuer");
    JsonObject noAud = claims("x");
    noAud.remove("aud");
    assertRefused(me(issuerKey.sign(noAud)), "no audience");
  }

  @Test
  void forgedSignaturesAreRefused() {
    // an attacker's key presenting the issuer's key id, and one with a key id of its own
    assertRefused(me(TestKey.generate(server.localIssuer().keyId()).sign(claims("mallory", "admin"))), "same kid");
    assertRefused(me(TestKey.generate("attacker").sign(claims("mallory", "admin"))), "other kid");
    // a genuine token whose payload was edited to claim admin
    String genuine = TestServer.token("eve", null, "developer");
    String[] parts = genuine.split("\\.");
    JsonObject payload = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    payload.put("roles", new JsonArray().add("admin"));
    String tampered = parts[0] + "." + b64(payload.encode()) + "." + parts[2];
    assertRefused(me(tampered), "tampered payload");
    assertRefused(me(parts[0] + "." + parts[1] + "." + b64("x")), "bad signature bytes");
  }

  @Test
  void unsignedAndAlgorithmConfusionTokensAreRefused() throws Exception {
    String payload = b64(claims("mallory", "admin").encode());
    String none = b64(new JsonObject().put("alg", "none").put("typ", "JWT").encode());
    assertRefused(me(none + "." + payload + "."), "alg none with empty signature");
    assertRefused(me(none + "." + payload), "alg none without signature");
    String noneKid = b64(new JsonObject().put("alg", "none").put("kid", server.localIssuer().keyId()).encode());
    assertRefused(me(noneKid + "." + payload + "." + b64("sig")), "alg none with a signature");
    // HS256 keyed with the issuer's public key, the classic RS/ES → HS confusion
    String publicPem = Files.readString(Path.of("target", "test-var", "dev-issuer", "public-key.pem"));
    String hs = b64(new JsonObject().put("alg", "HS256").put("typ", "JWT").put("kid", server.localIssuer().keyId())
      .encode());
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(publicPem.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String sig = Base64.getUrlEncoder().withoutPadding().encodeToString(
      mac.doFinal((hs + "." + payload).getBytes(StandardCharsets.UTF_8)));
    assertRefused(me(hs + "." + payload + "." + sig), "HS256 with the public key as secret");
  }

  @Test
  void malformedCredentialsAreRefused() {
    assertRefused(me("not-a-jwt"), "garbage");
    assertRefused(me("a.b.c"), "three garbage segments");
    assertRefused(me(""), "not bearer: empty");
    Http.Res basic = http.get(ME, "Authorization", "Basic YWRtaW46YWRtaW4=");
    assertRefused(basic, "not bearer: basic");
  }

  @Test
  void aRefusedTokenIsRefusedOnOpenDataToo() {
    Http.Res res = http.get("/api/v1/legal-documents?limit=1", "Authorization", "Bearer forged.token.here");
    assertRefused(res, "open operation");
  }

  private static String b64(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
