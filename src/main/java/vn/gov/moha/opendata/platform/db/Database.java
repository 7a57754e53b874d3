package vn.gov.moha.opendata.platform.db;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import vn.gov.moha.opendata.app.AppConfig.DatabaseUrl;

/** The reactive PostgreSQL pool shared by every verticle. */
public final class Database {
  private Database() {
  }

  /**
   * @param statementTimeoutMs server-side cap on every statement (0 = none): a query that runs longer is cancelled
   *                           (SQLSTATE 57014 → 503 problem) instead of holding a connection and the client
   */
  public static Pool pool(Vertx vertx, DatabaseUrl url, int size, int statementTimeoutMs) {
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
    PoolOptions pool = new PoolOptions().setMaxSize(size).setShared(true).setName("moha-pg").setMaxWaitQueueSize(10_000);
    return PgBuilder.pool().with(pool).connectingTo(connect).using(vertx).build();
  }
}
