package vn.gov.moha.opendata.platform.http;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of one Idempotency-Key and the answer kept under it: the row's id (SHA-256 of caller and key), the request
 * fingerprint (HMAC-SHA-256 of method, path and body) and the answer sealed with AES-GCM, all derived from the
 * caller's key, which is itself never stored. Whoever reads the table without the key learns neither the tracking
 * secrets nor the personal data that answers carry.
 */
record SealedAnswer(String caller, byte[] keyHash, byte[] sealKey, byte[] fingerprintKey) {
  /** The headers an answer keeps (what a client of a create reads: where, which version, what type). */
  static final List<String> KEPT = List.of("Location", "ETag", "Content-Type", "Content-Location", "Last-Modified",
    "Cache-Control");
  private static final SecureRandom RANDOM = new SecureRandom();

  static SealedAnswer of(String caller, String key) {
    return new SealedAnswer(caller, sha256("id", caller, key), sha256("seal", caller, key),
      sha256("fingerprint", caller, key));
  }

  /** The name of the transaction lock that keeps two requests with this key from running at once. */
  String lockName() {
    return caller + ":" + java.util.HexFormat.of().formatHex(keyHash);
  }

  byte[] fingerprint(String method, String path, Buffer body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(fingerprintKey, "HmacSHA256"));
      mac.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        mac.update(body.getBytes());
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Status, kept headers and body as sealed bytes: a 12-byte nonce, then the AES-GCM ciphertext. */
  byte[] seal(int status, MultiMap headers, Buffer body) {
    JsonObject kept = new JsonObject();
    KEPT.forEach(h -> {
      if (headers.get(h) != null) {
        kept.put(h, headers.get(h));
      }
    });
    byte[] plain = new JsonObject().put("status", status).put("headers", kept).put("body", body.getBytes())
      .encode().getBytes(StandardCharsets.UTF_8);
    byte[] nonce = new byte[12];
    RANDOM.nextBytes(nonce);
    byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, plain, 0, plain.length);
    byte[] out = Arrays.copyOf(nonce, 12 + sealed.length);
    System.arraycopy(sealed, 0, out, 12, sealed.length);
    return out;
  }

  /** The answer of {@link #seal}: {@code status}, {@code headers} (an object), {@code body} (bytes). */
  JsonObject open(byte[] sealed) {
    byte[] plain = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, 12), sealed, 12, sealed.length - 12);
    return new JsonObject(new String(plain, StandardCharsets.UTF_8));
  }

  private byte[] cipher(int mode, byte[] nonce, byte[] in, int offset, int length) {
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(mode, new SecretKeySpec(sealKey, "AES"), new GCMParameterSpec(128, nonce));
      return c.doFinal(in, offset, length);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the kept answer cannot be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"),
        e);
    }
  }

  private static byte[] sha256(String purpose, String caller, String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest((purpose + "\n" + caller + "\n" + key)
        .getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
