package vn.gov.moha.opendata.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import vn.gov.moha.opendata.platform.http.ApiProblem;

/**
 * Per-caller request limits: anonymous callers by client IP, API keys and signed-in users by key or subject.
 *
 * <p>Across N server instances behind a load balancer the limits hold for the whole service, in two ways chosen by
 * what each limit guards:
 * <ul>
 *   <li>Every request (reads above all) is counted in this process, with no database round trip: token buckets from
 *   Bucket4j, refilled continuously over a minute, shared by the event loops, each of {@code limit / N} where N is
 *   the number of live instances ({@link #instances}, from the heartbeats in {@code platform.instance}). Under a
 *   balancer that spreads a caller's requests evenly (round robin, least connections) the caller gets the limit
 *   over all instances together; a balancer that pins a caller to one instance (source hashing) makes it stricter,
 *   never looser. When N changes, new buckets (full) replace the old ones.</li>
 *   <li>The citizens' submissions ({@link #checkPublicWrite}), the limit that protects the database from being
 *   filled, are counted exactly, in PostgreSQL ({@code platform.rate_limit}): one atomic statement per submission
 *   (GCRA, the generic cell rate algorithm: one "theoretical arrival time" per caller, pushed forward by
 *   {@code 60 s / limit} for each accepted request, refused when it would run more than a minute ahead). A
 *   submission writes to the database anyway, so one more statement costs little, and it holds whatever the
 *   balancer does.</li>
 * </ul>
 * Rejected alternatives: a database (or Redis) round trip on every read would put the limiter on the hot path of
 * the 3×-Platformatic read target and make a limiter outage an API outage; {@code bucket4j-postgresql} stores the
 * same buckets in PostgreSQL but through blocking JDBC (a worker pool and a second connection pool on the event-loop
 * server) with a select-for-update and an update per check, where one reactive statement does. Idle buckets expire
 * after two minutes; idle counters are swept after an hour.
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

  private static final String GCRA = "INSERT INTO platform.rate_limit AS r (key, tat) VALUES ($1, now() + $2::float8 * "
    + "interval '1 millisecond') ON CONFLICT (key) DO UPDATE SET tat = greatest(r.tat, now()) + $2::float8 * interval "
    + "'1 millisecond' WHERE greatest(r.tat, now()) + $2::float8 * interval '1 millisecond' <= now() + interval "
    + "'1 minute' RETURNING (extract(epoch FROM r.tat - now()) * 1000)::float8 AS ahead";
  private static final String AHEAD = "SELECT (extract(epoch FROM tat - now()) * 1000)::float8 FROM platform.rate_limit "
    + "WHERE key = $1";
  private final int anonymousPerMinute;
  private final int keyPerMinute;
  private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
    .expireAfterAccess(Duration.ofMinutes(2))
    .maximumSize(1_000_000)
    .build();
  private volatile int instances = 1;

  /** Limits per minute; 0 switches a limit off. */
  public RateLimiter(int anonymousPerMinute, int keyPerMinute) {
    this.anonymousPerMinute = anonymousPerMinute;
    this.keyPerMinute = keyPerMinute;
  }

  /** How many live instances share the limits (at least 1); each process then allows {@code limit / n}. */
  public void instances(int n) {
    instances = Math.max(1, n);
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
    Bucket b = buckets.getIfPresent("fail:" + clientIp + "/" + Math.max(1, anonymousPerMinute / instances));
    return b != null && b.getAvailableTokens() < 1;
  }

  /**
   * Counts one anonymous write from this IP that creates a record (a citizen's submission), across all instances (in
   * PostgreSQL, see the class comment): a thirtieth of the anonymous allowance a minute (10 at the default 300), at
   * least one; off when the anonymous limit is off. Spent on top of {@link #anonymous}, so that a form cannot be used
   * to fill the database at the rate of reads.
   */
  public Future<Decision> publicWrite(SqlClient db, String clientIp) {
    int perMinute = anonymousPerMinute <= 0 ? 0 : Math.max(1, anonymousPerMinute / 30);
    if (perMinute == 0) {
      return Future.succeededFuture(UNLIMITED);
    }
    String key = "write:" + clientIp;
    double interval = 60_000.0 / perMinute;
    return db.preparedQuery(GCRA).execute(Tuple.of(key, interval)).compose(rs -> {
      if (rs.size() > 0) {
        double ahead = rs.iterator().next().getDouble(0) + interval;
        long remaining = (long) Math.floor((60_000 - ahead) / interval);
        return Future.succeededFuture(new Decision(true, perMinute, Math.max(0, remaining),
          seconds((long) (ahead * 1e6)), 0));
      }
      return db.preparedQuery(AHEAD).execute(Tuple.of(key)).map(a -> {
        double ahead = a.size() == 0 ? 0 : a.iterator().next().getDouble(0);
        return new Decision(false, perMinute, 0, seconds((long) (ahead * 1e6)),
          seconds((long) ((ahead + interval - 60_000) * 1e6)));
      });
    });
  }

  /**
   * The check of a citizen's form ({@link #publicWrite}) for an anonymous caller; fails with a 429 problem (with the
   * RateLimit headers and Retry-After written) past the allowance. Callers with credentials pass.
   */
  public Future<Void> checkPublicWrite(RoutingContext rc, Principal p, SqlClient db) {
    if (!p.isAnonymous()) {
      return Future.succeededFuture();
    }
    return publicWrite(db, Access.clientIp(rc)).compose(d -> {
      if (d.allowed()) {
        return Future.succeededFuture();
      }
      d.writeHeaders(rc.response());
      return Future.failedFuture(ApiProblem.of(429, "rate-limited", "Too Many Requests", "Too many submissions "
        + "from this address; wait for the time in Retry-After."));
    });
  }

  /** Counts one request of a key or signed-in user. */
  public Decision identified(String who) {
    return take("id:" + who, keyPerMinute);
  }

  /** One request against this process's share of a limit ({@code perMinute / instances}, at least 1). */
  private Decision take(String key, int perMinute) {
    if (perMinute <= 0) {
      return UNLIMITED;
    }
    int share = Math.max(1, perMinute / instances);
    Bucket bucket = buckets.get(key + "/" + share, k -> Bucket.builder()
      .addLimit(l -> l.capacity(share).refillGreedy(share, Duration.ofMinutes(1)))
      .build());
    ConsumptionProbe p = bucket.tryConsumeAndReturnRemaining(1);
    return new Decision(p.isConsumed(), share, p.getRemainingTokens(), seconds(p.getNanosToWaitForReset()),
      seconds(p.getNanosToWaitForRefill()));
  }

  private static long seconds(long nanos) {
    return (nanos + 999_999_999L) / 1_000_000_000L;
  }
}
