package vn.gov.moha.opendata.platform.db;

import io.vertx.core.Vertx;
import io.vertx.core.net.NetClientOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import vn.gov.moha.opendata.app.AppConfig.DatabaseUrl;

/**
 * The reactive PostgreSQL pools. The HTTP verticles share one pool ({@link #http}), and a second one for the open
 * read-only endpoints when DATABASE_READ_URL names a replica ({@link #shared} under {@link #READ}); the server's
 * background work (heartbeats, the RDF relay, the portal push, seeding) has small pools of its own ({@link #own}), so
 * that it neither takes the requests' connections nor runs under their statement timeout. A shared Vert.x pool is
 * keyed by its name alone and the first creation's options win, hence only the HTTP pools are shared, each under a
 * name of its own. Every pool names itself in {@code application_name} ({@code moha-opendata/NAME}, see
 * pg_stat_activity).
 */
public final class Database {
  /** DB_CONNECT_TIMEOUT_MS's default, also used by the server's own small pools. */
  public static final int CONNECT_TIMEOUT_MS = 5_000;
  /** The name of the HTTP verticles' shared pool (writes, restricted reads). */
  public static final String HTTP = "http";
  /** The name of the open read-only endpoints' pool when DATABASE_READ_URL is set. */
  public static final String READ = "read";

  private Database() {
  }

  /**
   * The pool of the HTTP verticles: every verticle that asks gets the same one (the first caller's options win).
   *
   * @param statementTimeoutMs server-side cap on every statement (0 = none): a query that runs longer is cancelled
   *                           (SQLSTATE 57014 → 503 problem) instead of holding a connection and the client
   * @param connectTimeoutMs   longest wait for a connection, to open one and for a free one in the pool: when the
   *                           database is gone, requests fail (503) after at most this instead of queueing for the
   *                           pool's default 30 s; the pool opens new connections by itself once it is back
   */
  public static Pool http(Vertx vertx, DatabaseUrl url, int size, int statementTimeoutMs, int connectTimeoutMs) {
    return shared(vertx, url, HTTP, size, statementTimeoutMs, connectTimeoutMs);
  }

  /**
   * The pool named {@code name} that every HTTP verticle of this Vert.x instance shares (one set of connections per
   * process, whatever the number of event loops); timeouts as {@link #http}.
   */
  public static Pool shared(Vertx vertx, DatabaseUrl url, String name, int size, int statementTimeoutMs,
                            int connectTimeoutMs) {
    return pool(vertx, url, name, true, size, statementTimeoutMs, connectTimeoutMs, connectTimeoutMs);
  }

  /**
   * A pool of its own (not shared, whatever the name), without a statement timeout: background work and seeding,
   * where a statement may take minutes. The caller closes it (or it closes with the verticle or Vert.x that made it).
   *
   * @param name what it is for (metrics' pool name, application_name)
   */
  public static Pool own(Vertx vertx, DatabaseUrl url, String name, int size) {
    return pool(vertx, url, name, false, size, 0, CONNECT_TIMEOUT_MS, CONNECT_TIMEOUT_MS);
  }

  /**
   * The one-connection pool of a start's seed: as {@link #own}, but a request waits for its connection without a
   * timer (the TCP connect still times out). vertx-sql-client 5.0.x can lose a request when the pool's wait timer
   * fires just as its connection completes ("Promise already completed", eclipse-vertx/vertx-sql-client#1567): on a
   * box at load 20 an event loop stalled 6 s while a seed's pool connected, and the start then waited on the lost
   * request until its 30-minute limit. A seed waits for nothing else, so it needs no wait timer.
   */
  public static Pool seeding(Vertx vertx, DatabaseUrl url) {
    return pool(vertx, url, "seeding", false, 1, 0, CONNECT_TIMEOUT_MS, 0);
  }

  /** waitTimeoutMs: how long a request waits for a connection of the pool (0: no timer). */
  private static Pool pool(Vertx vertx, DatabaseUrl url, String name, boolean shared, int size,
                           int statementTimeoutMs, int connectTimeoutMs, int waitTimeoutMs) {
    PgConnectOptions connect = connectOptions(url, name, statementTimeoutMs);
    PoolOptions pool = new PoolOptions().setMaxSize(size).setShared(shared).setName("moha-pg-" + name)
      .setMaxWaitQueueSize(10_000)
      .setConnectionTimeout(waitTimeoutMs).setConnectionTimeoutUnit(java.util.concurrent.TimeUnit.MILLISECONDS);
    return PgBuilder.pool().with(pool).with(new NetClientOptions().setConnectTimeout(connectTimeoutMs))
      .connectingTo(connect).using(vertx).build();
  }

  /**
   * How every connection of the server connects: to {@code url}, named {@code moha-opendata/NAME} in
   * pg_stat_activity, with a server-side statement timeout (0: none) and the session settings below.
   */
  public static PgConnectOptions connectOptions(DatabaseUrl url, String name, int statementTimeoutMs) {
    return new PgConnectOptions()
      .setHost(url.host()).setPort(url.port()).setDatabase(url.database())
      .setUser(url.user()).setPassword(url.password())
      .setCachePreparedStatements(true)
      .setPreparedStatementCacheMaxSize(256)
      .setPipeliningLimit(256)
      .addProperty("application_name", "moha-opendata/" + name)
      .addProperty("statement_timeout", String.valueOf(statementTimeoutMs))
      // exact (non-lossy) bitmaps for broad full-text matches
      .addProperty("work_mem", "32MB")
      // keep explicit JOINs in their written order: the open views join a record to its code lists (awards.open_award:
      // 9 relations), and searching every join order cost 70-200 ms of planning per custom plan, i.e. per
      // request of a filtered list (pgbench at 1 M awards, list of 50 by type: 19 -> 387 tps; name search 6 -> 170 tps);
      // a two-way join still picks its method and inner side (bench/README.md, "What the numbers showed")
      .addProperty("join_collapse_limit", "1");
  }
}
