package vn.gov.moha.opendata.platform.db;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.moha.opendata.app.AppConfig.DatabaseUrl;

/**
 * One holder across all server instances on a database: a PostgreSQL session advisory lock, taken on a connection
 * of its own (never a pooled one, whose session would outlive the use and be shared with other work). Every
 * {@code retryMs} an instance that does not hold it tries {@code pg_try_advisory_lock}; the holder pings its
 * connection instead. When the holder dies (kill -9, a lost network), PostgreSQL ends its session and frees the
 * lock, and the next try of another instance takes it: the hand-over takes at most {@code retryMs} plus the time
 * PostgreSQL needs to notice the dead session (immediately for a killed process on the same host: the socket is
 * closed by the kernel; TCP keep-alive otherwise). A holder that loses its connection stops at once
 * ({@link #holding()} false) and tries again like the others.
 *
 * <p>The lock is the two-int4 form (key space {@link #CLASS_ID}, object {@code objectId}), apart from the bigint
 * transaction locks of {@code platform.http.Idempotency}. The holder's connection is named
 * {@code moha-opendata leader <instance>}, so that {@link #holder} can tell from any instance who holds it.
 */
public final class LeaderLock {
  /** The advisory-lock key space of this application's leader locks ("MOHA" in ASCII). */
  public static final int CLASS_ID = 0x4d4f4841;
  private static final Logger LOG = LoggerFactory.getLogger(LeaderLock.class);
  private static final String HOLDER = "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = "
    + "l.pid WHERE l.locktype = 'advisory' AND l.classid = $1::int::oid AND l.objid = $2::int::oid AND l.objsubid = 2 "
    + "AND l.granted";
  private static final String PREFIX = "moha-opendata leader ";

  private final Vertx vertx;
  private final DatabaseUrl url;
  private final String name;
  private final int objectId;
  private final String instance;
  private final long retryMs;
  private PgConnection conn;
  private volatile boolean holding;
  private volatile boolean closed;
  private boolean busy;
  private long timer = -1;

  /**
   * @param name     what the lock guards, for the log ("national portal push")
   * @param objectId the lock's number within {@link #CLASS_ID}
   * @param instance this instance's id (host:port:pid), shown by {@link #holder}
   */
  public LeaderLock(Vertx vertx, DatabaseUrl url, String name, int objectId, String instance, long retryMs) {
    this.vertx = vertx;
    this.url = url;
    this.name = name;
    this.objectId = objectId;
    this.instance = instance;
    this.retryMs = retryMs;
  }

  /** Starts trying (at once, then every {@code retryMs}). */
  public LeaderLock start() {
    timer = vertx.setPeriodic(0, retryMs, id -> tick());
    return this;
  }

  /** Whether this instance holds the lock now (false as soon as its connection is known lost). */
  public boolean holding() {
    return holding;
  }

  public String instance() {
    return instance;
  }

  /** The instance that holds the lock, as seen by the database; empty when nobody does. */
  public Future<java.util.Optional<String>> holder(io.vertx.sqlclient.SqlClient client) {
    return holder(client, objectId);
  }

  /** The instance that holds lock {@code objectId} (from any connection, holder or not); empty when nobody does. */
  public static Future<java.util.Optional<String>> holder(io.vertx.sqlclient.SqlClient client, int objectId) {
    return client.preparedQuery(HOLDER).execute(Tuple.of(CLASS_ID, objectId)).map(rs -> {
      for (Row r : rs) {
        String app = r.getString(0);
        return java.util.Optional.of(app != null && app.startsWith(PREFIX) ? app.substring(PREFIX.length()) : app);
      }
      return java.util.Optional.empty();
    });
  }

  /** Stops trying and frees the lock (closing its connection ends the session). */
  public Future<Void> close() {
    closed = true;
    holding = false;
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
    PgConnection c = conn;
    conn = null;
    return c == null ? Future.succeededFuture() : c.close();
  }

  private void tick() {
    if (busy || closed) {
      return;
    }
    busy = true;
    Future<Boolean> step = conn == null ? connect().compose(v -> tryLock())
      : holding ? conn.query("SELECT 1").execute().map(true) : tryLock();
    step.onComplete(ar -> {
      busy = false;
      boolean now = ar.succeeded() && ar.result();
      if (now && !holding) {
        LOG.info("{}: this instance ({}) holds the leader lock now", name, instance);
      } else if (!now && holding) {
        LOG.warn("{}: this instance ({}) lost the leader lock{}", name, instance,
          ar.failed() ? ": " + ar.cause().getMessage() : "");
      }
      holding = now && !closed;
      if (ar.failed()) {
        drop();
      }
    });
  }

  private Future<Void> connect() {
    PgConnectOptions options = new PgConnectOptions().setHost(url.host()).setPort(url.port())
      .setDatabase(url.database()).setUser(url.user()).setPassword(url.password())
      .addProperty("application_name", (PREFIX + instance).substring(0, Math.min(63, PREFIX.length()
        + instance.length())));
    return PgConnection.connect(vertx, options).map(c -> {
      conn = c;
      c.closeHandler(v -> {
        if (conn == c) {
          conn = null;
          if (holding) {
            LOG.warn("{}: the leader lock's connection closed; this instance ({}) stops and tries again", name,
              instance);
          }
          holding = false;
        }
      });
      return null;
    });
  }

  private Future<Boolean> tryLock() {
    return conn.preparedQuery("SELECT pg_try_advisory_lock($1, $2)").execute(Tuple.of(CLASS_ID, objectId))
      .map(rs -> rs.iterator().next().getBoolean(0));
  }

  private void drop() {
    PgConnection c = conn;
    conn = null;
    holding = false;
    if (c != null) {
      c.close();
    }
  }
}
