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
      .addProperty("work_mem", "32MB")
      // keep explicit JOINs in their written order: the open views join a record to its code lists (awards.open_award:
      // 9 relations), and searching every join order cost 70-200 ms of planning per custom plan, i.e. per
      // request of a filtered list (pgbench at 1 M awards, list of 50 by type: 19 -> 387 tps; name search 6 -> 170 tps);
      // a two-way join still picks its method and inner side (bench/README.md, "What the numbers showed")
      .addProperty("join_collapse_limit", "1");
    PoolOptions pool = new PoolOptions().setMaxSize(size).setShared(true).setName("moha-pg").setMaxWaitQueueSize(10_000);
    return PgBuilder.pool().with(pool).connectingTo(connect).using(vertx).build();
  }
}
