package vn.gov.moha.opendata.support;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;

/** An ES256 signing key for tests: an identity provider's key, or an attacker's. Signs any claims as given. */
public record TestKey(String kid, String privatePem, JsonObject publicJwk) {
  private static final Vertx VERTX = Vertx.vertx();

  public static TestKey generate(String kid) {
    try {
      KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
      gen.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair pair = gen.generateKeyPair();
      ECPublicKey pub = (ECPublicKey) pair.getPublic();
      JsonObject jwk = new JsonObject().put("kty", "EC").put("crv", "P-256").put("use", "sig").put("alg", "ES256")
        .put("kid", kid)
        .put("x", b64(pub.getW().getAffineX().toByteArray()))
        .put("y", b64(pub.getW().getAffineY().toByteArray()));
      String pem = "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
      return new TestKey(kid, pem, jwk);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The key of a server's local development issuer, read from its DATA_DIR (to sign tokens it would accept). */
  public static TestKey localIssuerOf(Path dataDir, String kid) {
    try {
      return new TestKey(kid, Files.readString(dataDir.resolve("dev-issuer/private-key.pem")), null);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signs exactly these claims (no exp or aud added) with ES256 and this key's kid. */
  public String sign(JsonObject claims) {
    JWTAuth signer = JWTAuth.create(VERTX, new JWTAuthOptions().addPubSecKey(new PubSecKeyOptions()
      .setAlgorithm("ES256").setBuffer(Buffer.buffer(privatePem)).setId(kid)));
    return signer.generateToken(claims.copy(), new JWTOptions().setAlgorithm("ES256"));
  }

  /** Claims of a well-formed token: subject, roles, issuer, audience, valid for ten minutes. */
  public static JsonObject claims(String issuer, String audience, String subject, String... roles) {
    long now = System.currentTimeMillis() / 1000;
    return new JsonObject().put("iss", issuer).put("aud", audience).put("sub", subject)
      .put("roles", new io.vertx.core.json.JsonArray(Arrays.asList(roles))).put("iat", now).put("exp", now + 600);
  }

  /** Base64url of a big-endian unsigned coordinate, left-padded to 32 bytes. */
  private static String b64(byte[] signed) {
    byte[] out = new byte[32];
    int len = Math.min(signed.length, 32);
    System.arraycopy(signed, signed.length - len, out, 32 - len, len);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
  }
}
