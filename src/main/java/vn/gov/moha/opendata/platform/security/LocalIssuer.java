package vn.gov.moha.opendata.platform.security;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;

/**
 * The local development issuer: an ES256 key pair kept under DATA_DIR/dev-issuer that signs tokens for demo users,
 * so that restricted endpoints can be tried without an identity provider. Only used when OIDC_ISSUER is not set
 * ({@link TokenVerifier} then trusts this key and nothing else); the server logs a warning on every start with it.
 * Blocking (files, key generation): call at boot, from the CLI or on a worker.
 */
public final class LocalIssuer {
  public static final String ISSUER = "urn:moha-opendata:local-dev-issuer";
  public static final String ALGORITHM = "ES256";

  private final String kid;
  private final String publicPem;
  private final String privatePem;

  private LocalIssuer(String kid, String publicPem, String privatePem) {
    this.kid = kid;
    this.publicPem = publicPem;
    this.privatePem = privatePem;
  }

  /** Opens the key pair under {@code dataDir/dev-issuer}, creating it on first use. */
  public static LocalIssuer open(Path dataDir) {
    Path dir = dataDir.resolve("dev-issuer");
    Path pub = dir.resolve("public-key.pem");
    Path priv = dir.resolve("private-key.pem");
    try {
      if (!Files.exists(priv) || !Files.exists(pub)) {
        Files.createDirectories(dir);
        KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
        gen.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = gen.generateKeyPair();
        Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.UTF_8);
        Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.UTF_8);
        try {
          Files.setPosixFilePermissions(priv, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
          // not a POSIX file system
        }
      }
      String publicPem = Files.readString(pub, StandardCharsets.UTF_8);
      String privatePem = Files.readString(priv, StandardCharsets.UTF_8);
      return new LocalIssuer(keyId(publicPem), publicPem, privatePem);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("cannot create the local issuer's key pair", e);
    }
  }

  /** Verification options trusting this issuer's public key only. */
  public JWTAuthOptions verifyOptions() {
    return new JWTAuthOptions().addPubSecKey(key(publicPem));
  }

  /**
   * Signs a token for a demo user.
   *
   * @param subject  the `sub` claim
   * @param roles    role names (see {@link Role})
   * @param unit     organisational unit code, or null
   * @param audience the audience the server expects
   * @param seconds  lifetime
   */
  public String mint(Vertx vertx, String subject, List<String> roles, String unit, String audience, int seconds) {
    JWTAuth signer = JWTAuth.create(vertx, new JWTAuthOptions().addPubSecKey(key(privatePem)));
    JsonObject claims = new JsonObject().put("sub", subject).put("name", subject).put("roles", new JsonArray(roles));
    if (unit != null) {
      claims.put("unit", unit);
    }
    return signer.generateToken(claims, new JWTOptions().setAlgorithm(ALGORITHM).setIssuer(ISSUER)
      .addAudience(audience).setExpiresInSeconds(seconds));
  }

  public String keyId() {
    return kid;
  }

  private PubSecKeyOptions key(String pemText) {
    return new PubSecKeyOptions().setAlgorithm(ALGORITHM).setBuffer(Buffer.buffer(pemText)).setId(kid);
  }

  private static String keyId(String publicPem) throws NoSuchAlgorithmException {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicPem.getBytes(StandardCharsets.UTF_8));
    return "dev-" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
  }

  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }
}
