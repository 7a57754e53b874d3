package vn.gov.moha.opendata.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import vn.gov.moha.opendata.platform.http.ApiProblem;

/**
 * Per-caller request limits (token buckets from Bucket4j, refilled continuously over a minute): anonymous callers by
 * client IP, API keys and signed-in users by key or subject. Buckets live in this process, shared by its event
 * loops; with N instances behind a load balancer each instance enforces the limit on its own share of the traffic
 * (documented in the README: divide the limits by N for a global figure). Idle buckets expire after two minutes.
 */
public final class RateLimiter {
  /** The outcome of one request's check; {@code limit == 0} means unlimited. */
  public record Decision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {
    /** Writes the RateLimit-* headers (draft-ietf-httpapi-ratelimit-headers) and, when refused, Retry-After. */
    public void writeHeaders(HttpServerResponse res) {
      if (limit == 0) {
        return;
      }
      res.putHeader("RateLimit-Limit", Long.toString(limit))
        .putHeader("RateLimit-Remaining", Long.toString(remaining))
        .putHeader("RateLimit-Reset", Long.toString(resetSeconds))
        .putHeader("RateLimit-Policy", limit + ";w=60");
      if (!allowed) {
        res.putHeader("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)));
      }
    }
  }

  private static final Decision UNLIMITED = new Decision(true, 0, 0, 0, 0);

  private final int anonymousPerMinute;
  private final int keyPerMinute;
  private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
    .expireAfterAccess(Duration.ofMinutes(2))
    .maximumSize(1_000_000)
    .build();

  /** Limits per minute; 0 switches a limit off. */
  public RateLimiter(int anonymousPerMinute, int keyPerMinute) {
    this.anonymousPerMinute = anonymousPerMinute;
    this.keyPerMinute = keyPerMinute;
  }

  /** Counts one request of an anonymous caller from this IP. */
  public Decision anonymous(String clientIp) {
    return take("ip:" + clientIp, anonymousPerMinute);
  }

  /**
   * Counts one refused credential from this IP (its own allowance, as large as the anonymous one, so that guessing
   * keys or tokens is limited without locking out valid callers behind the same address).
   */
  public Decision refusedCredential(String clientIp) {
    return take("fail:" + clientIp, anonymousPerMinute);
  }

  /** Whether this IP has used up its allowance of refused credentials (checked before any lookup). */
  public boolean refusalsExhausted(String clientIp) {
    if (anonymousPerMinute <= 0) {
      return false;
    }
    Bucket b = buckets.getIfPresent("fail:" + clientIp);
    return b != null && b.getAvailableTokens() < 1;
  }

  /**
   * Counts one anonymous write from this IP that creates a record (a citizen's submission): a thirtieth of the
   * anonymous allowance a minute (10 at the default 300), at least one; off when the anonymous limit is off. Spent on
   * top of {@link #anonymous}, so that a form cannot be used to fill the database at the rate of reads.
   */
  public Decision publicWrite(String clientIp) {
    return take("write:" + clientIp, anonymousPerMinute <= 0 ? 0 : Math.max(1, anonymousPerMinute / 30));
  }

  /**
   * The check of a citizen's form ({@link #publicWrite}) for an anonymous caller; throws a 429 problem (with the
   * RateLimit headers and Retry-After written) past the allowance. Callers with credentials pass.
   */
  public void checkPublicWrite(RoutingContext rc, Principal p) {
    if (p.isAnonymous()) {
      Decision d = publicWrite(Access.clientIp(rc));
      if (!d.allowed()) {
        d.writeHeaders(rc.response());
        throw ApiProblem.of(429, "rate-limited", "Too Many Requests", "Too many submissions from this address; "
          + "wait for the time in Retry-After.");
      }
    }
  }

  /** Counts one request of a key or signed-in user. */
  public Decision identified(String who) {
    return take("id:" + who, keyPerMinute);
  }

  private Decision take(String key, int perMinute) {
    if (perMinute <= 0) {
      return UNLIMITED;
    }
    Bucket bucket = buckets.get(key, k -> Bucket.builder()
      .addLimit(l -> l.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
      .build());
    ConsumptionProbe p = bucket.tryConsumeAndReturnRemaining(1);
    return new Decision(p.isConsumed(), perMinute, p.getRemainingTokens(), seconds(p.getNanosToWaitForReset()),
      seconds(p.getNanosToWaitForRefill()));
  }

  private static long seconds(long nanos) {
    return (nanos + 999_999_999L) / 1_000_000_000L;
  }
}
