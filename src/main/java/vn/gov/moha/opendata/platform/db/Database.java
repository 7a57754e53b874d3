package vn.gov.moha.opendata.platform.db;

import io.vertx.core.Vertx;
import io.vertx.core.net.NetClientOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import vn.gov.moha.opendata.app.AppConfig.DatabaseUrl;

/** The reactive PostgreSQL pool shared by every verticle. */
public final class Database {
  /** DB_CONNECT_TIMEOUT_MS's default, also used by the server's own small pools (relay, push, seeding). */
  public static final int CONNECT_TIMEOUT_MS = 5_000;

  private Database() {
  }

  /** {@link #pool(Vertx, DatabaseUrl, int, int, int)} with the default connect timeout. */
  public static Pool pool(Vertx vertx, DatabaseUrl url, int size, int statementTimeoutMs) {
    return pool(vertx, url, size, statementTimeoutMs, CONNECT_TIMEOUT_MS);
  }

  /**
   * @param statementTimeoutMs server-side cap on every statement (0 = none): a query that runs longer is cancelled
   *                           (SQLSTATE 57014 → 503 problem) instead of holding a connection and the client
   * @param connectTimeoutMs   longest wait for a connection, to open one and for a free one in the pool: when the
   *                           database is gone, requests fail (503) after at most this instead of queueing for the
   *                           pool's default 30 s; the pool opens new connections by itself once it is back
   */
  public static Pool pool(Vertx vertx, DatabaseUrl url, int size, int statementTimeoutMs, int connectTimeoutMs) {
    PgConnectOptions connect = new PgConnectOptions()
      .setHost(url.host()).setPort(url.port()).setDatabase(url.database())
      .setUser(url.user()).setPassword(url.password())
      .setCachePreparedStatements(true)
      .setPreparedStatementCacheMaxSize(256)
      .setPipeliningLimit(256)
      .addProperty("application_name", "moha-opendata")
      .addProperty("statement_timeout", String.valueOf(statementTimeoutMs))
      // exact (non-lossy) bitmaps for broad full-text matches
      .addProperty("work_mem", "32MB");
    PoolOptions pool = new PoolOptions().setMaxSize(size).setShared(true).setName("moha-pg").setMaxWaitQueueSize(10_000)
      .setConnectionTimeout(connectTimeoutMs).setConnectionTimeoutUnit(java.util.concurrent.TimeUnit.MILLISECONDS);
    return PgBuilder.pool().with(pool).with(new NetClientOptions().setConnectTimeout(connectTimeoutMs))
      .connectingTo(connect).using(vertx).build();
  }
}
