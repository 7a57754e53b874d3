package vn.gov.moha.opendata.datasets.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * What a submitter gets to follow a case: a tracking code (PAKN-{year}-{8 characters}, random so that codes cannot be
 * enumerated) and a 256-bit secret shown once. Only the secret's SHA-256 is stored: a random 256-bit value needs no
 * slow hash (no dictionary to try), and a lookup is one comparison. One-stop dossiers' receipt codes
 * (HS-{year}-{8 characters}, datasets/procedures) are made the same way.
 *
 * @param codeSuffix the random part of the code (the server adds the prefix and the year)
 */
public record TrackingSecret(String codeSuffix, String secret, byte[] hash) {
  /** Letters and digits without the ones read alike (0/O, 1/I): 32 symbols, 40 bits in 8. */
  private static final char[] SYMBOLS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  public static TrackingSecret create() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      code.append(SYMBOLS[RANDOM.nextInt(SYMBOLS.length)]);
    }
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    return new TrackingSecret(code.toString(), secret, sha256(secret));
  }

  /** Whether a secret given by a caller is the one whose hash is stored (constant time); false for none. */
  public static boolean matches(String given, byte[] storedHash) {
    return given != null && MessageDigest.isEqual(sha256(given.strip()), storedHash);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
