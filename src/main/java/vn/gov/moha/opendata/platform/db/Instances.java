package vn.gov.moha.opendata.platform.db;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server instances of a group (INSTANCE_GROUP: those behind one load balancer) sharing a database: each writes a
 * heartbeat row ({@code platform.instance}) every {@link #BEAT_MS}, counts the live ones (seen in the last
 * {@link #LIVE_SECONDS} s) and tells {@code onCount} (the rate limiter divides its per-process limits by it). A
 * stopped instance deletes its row; a killed one is no longer counted after {@link #LIVE_SECONDS} s (until then the others are stricter, never looser). Every instance also
 * deletes, every ten minutes, what has expired in the shared tables (Idempotency-Keys after a day, idle write-limit
 * counters after an hour): idempotent deletes, harmless when two instances run them at once. The readiness answer
 * ({@link #describe}) tells who holds the {@link LeaderLock} of the national portal push.
 */
public final class Instances {
  public static final long BEAT_MS = 5000;
  public static final int LIVE_SECONDS = 15;
  private static final Logger LOG = LoggerFactory.getLogger(Instances.class);
  private static final String BEAT = "INSERT INTO platform.instance AS i (id, grp, relay) VALUES ($1, $2, $3) "
    + "ON CONFLICT (id) DO UPDATE SET grp = excluded.grp, last_seen = now(), relay = excluded.relay";
  private static final String LIVE = "SELECT count(*) FROM platform.instance WHERE grp = $1 AND last_seen > now() - "
    + "interval '" + LIVE_SECONDS + " seconds'";
  private static final List<String> SWEEPS = List.of(
    "DELETE FROM platform.idempotency_key WHERE created_at < now() - interval '24 hours'",
    "DELETE FROM platform.rate_limit WHERE tat < now() - interval '1 hour'",
    "DELETE FROM platform.instance WHERE last_seen < now() - interval '1 day'");
  private static final long SWEEP_EVERY = 120;

  private final Vertx vertx;
  private final Pool pool;
  private final String id;
  private final String group;
  private final int leaderLock;
  private final LeaderLock leader;
  private final IntConsumer onCount;
  private volatile int live = 1;
  private long beats;
  private long timer = -1;

  /**
   * @param leaderLock the object id of the leader lock to report ({@link LeaderLock#CLASS_ID} space)
   * @param leader     this instance's contender for it; null when it does not compete (no national portal push)
   */
  public Instances(Vertx vertx, Pool pool, String id, String group, int leaderLock, LeaderLock leader,
                   IntConsumer onCount) {
    this.vertx = vertx;
    this.pool = pool;
    this.id = id;
    this.group = group;
    this.leaderLock = leaderLock;
    this.leader = leader;
    this.onCount = onCount;
  }

  public Instances start() {
    timer = vertx.setPeriodic(0, BEAT_MS, t -> beat()
      .onFailure(e -> LOG.debug("heartbeat failed (the database is unreachable?): {}", e.getMessage())));
    return this;
  }

  /** The live instances at the last heartbeat (at least 1: this one). */
  public int live() {
    return live;
  }

  public String id() {
    return id;
  }

  /** For the readiness answer: this instance, the live count, whether it leads, and who does. */
  public Future<JsonObject> describe() {
    JsonObject o = new JsonObject().put("id", id).put("group", group).put("live_instances", live)
      .put("leader", leading());
    return LeaderLock.holder(pool, leaderLock).map(h -> o.put("leader_instance", h.orElse(null)));
  }

  private boolean leading() {
    return leader != null && leader.holding();
  }

  /** One heartbeat: this row, the live count, and every {@link #SWEEP_EVERY}th time the sweeps. */
  Future<Void> beat() {
    return pool.preparedQuery(BEAT).execute(Tuple.of(id, group, leading()))
      .compose(v -> pool.preparedQuery(LIVE).execute(Tuple.of(group)))
      .map(rs -> {
        int n = Math.max(1, rs.iterator().next().getLong(0).intValue());
        if (n != live) {
          LOG.info("{} live server instance(s) on this database: per-process rate limits are divided by {}", n, n);
        }
        live = n;
        onCount.accept(n);
        return null;
      })
      .compose(v -> beats++ % SWEEP_EVERY == 0 ? sweep() : Future.succeededFuture());
  }

  private Future<Void> sweep() {
    Future<Void> chain = Future.succeededFuture();
    for (String sql : SWEEPS) {
      chain = chain.compose(v -> pool.query(sql).execute().mapEmpty());
    }
    return chain;
  }

  /** Stops the heartbeat and deletes this instance's row. */
  public Future<Void> close() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
    return pool.preparedQuery("DELETE FROM platform.instance WHERE id = $1").execute(Tuple.of(id)).mapEmpty();
  }
}
