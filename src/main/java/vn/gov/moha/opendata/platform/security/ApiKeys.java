package vn.gov.moha.opendata.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.gov.moha.opendata.platform.http.ApiProblem;

/**
 * Developers' API keys: minted as {@code moha_} + 256 random bits, stored as their SHA-256 only, checked on each
 * request through a short-lived cache (30 s, so a revocation reaches every instance within that time; at once on
 * the instance that revoked it). Keys only ever carry the developer role: they raise rate limits, never rights.
 */
public final class ApiKeys {
  public static final String HEADER = "X-API-Key";
  private static final Pattern FORMAT = Pattern.compile("moha_[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String LOOKUP = "SELECT id::text, owner_sub FROM platform.api_key "
    + "WHERE key_hash = $1 AND revoked_at IS NULL";

  private record Owner(String keyId, String subject) {
  }

  private final Cache<String, Optional<Owner>> cache = Caffeine.newBuilder()
    .expireAfterWrite(Duration.ofSeconds(30))
    .maximumSize(100_000)
    .build();

  /** Resolves a presented key to its developer principal, or fails with a 401 problem. */
  public Future<Principal> authenticate(Pool pool, String presented) {
    if (presented == null || !FORMAT.matcher(presented).matches()) {
      return Future.failedFuture(refused());
    }
    String hash = Base64.getEncoder().encodeToString(hash(presented));
    Optional<Owner> cached = cache.getIfPresent(hash);
    Future<Optional<Owner>> owner = cached != null ? Future.succeededFuture(cached)
      : pool.preparedQuery(LOOKUP).execute(Tuple.of(io.vertx.core.buffer.Buffer.buffer(hash(presented))))
        .map(rs -> {
          Optional<Owner> o = rs.size() == 0 ? Optional.empty() : Optional.of(owner(rs.iterator().next()));
          cache.put(hash, o);
          return o;
        });
    return owner.compose(o -> o.isEmpty() ? Future.failedFuture(refused())
      : Future.succeededFuture(new Principal(o.get().subject(), EnumSet.of(Role.PUBLIC, Role.DEVELOPER), null,
        "api-key", o.get().keyId())));
  }

  /** Drops a revoked key from this instance's cache at once. */
  public void forget(String keyId) {
    cache.asMap().values().removeIf(o -> o.isPresent() && o.get().keyId().equals(keyId));
  }

  /** A new random key (shown to its owner once). */
  public static String mint() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "moha_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** What is stored: SHA-256 of the key's UTF-8 bytes. */
  public static byte[] hash(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The part of a key shown in lists. */
  public static String prefix(String key) {
    return key.substring(0, 12);
  }

  private static Owner owner(Row r) {
    return new Owner(r.getString(0), r.getString(1));
  }

  private static ApiProblem refused() {
    return ApiProblem.of(401, "invalid-api-key", "Unauthorized", "The API key is not valid or has been revoked.");
  }
}
