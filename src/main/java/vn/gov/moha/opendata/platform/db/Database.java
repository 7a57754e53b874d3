package vn.gov.moha.opendata.platform.db;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import vn.gov.moha.opendata.app.AppConfig.DatabaseUrl;

/**
 * The reactive PostgreSQL pools: the ones the HTTP verticles share ({@link #shared}: the primary, and the read pool
 * of the open read-only endpoints), and private ones for background work ({@link #pool}: seeds, heartbeats, the RDF
 * relay, the portal push).
 *
 * <p>Only the HTTP pools are Vert.x shared pools, each under its own name: a shared pool is created once per name
 * with the options of its first creator, so a background pool under the same name would hand its size and statement
 * timeout to the HTTP verticles.
 */
public final class Database {
  /** The primary pool of the HTTP verticles (writes, restricted reads); its connections' application_name. */
  public static final String PRIMARY = "moha-opendata";
  /** The pool of the open read-only endpoints when DATABASE_READ_URL is set; its connections' application_name. */
  public static final String READ = "moha-opendata read";

  private Database() {
  }

  /**
   * A pool of its own (not shared), for background work.
   *
   * @param statementTimeoutMs server-side cap on every statement (0 = none): a query that runs longer is cancelled
   *                           (SQLSTATE 57014 → 503 problem) instead of holding a connection and the client
   */
  public static Pool pool(Vertx vertx, DatabaseUrl url, int size, int statementTimeoutMs) {
    return build(vertx, url, PRIMARY, new PoolOptions().setMaxSize(size), statementTimeoutMs);
  }

  /**
   * The pool named {@code name} that every HTTP verticle of this Vert.x instance shares (one set of connections per
   * process, whatever the number of event loops); {@code name} is also the connections' application_name, which
   * tells them apart in {@code pg_stat_activity}.
   */
  public static Pool shared(Vertx vertx, DatabaseUrl url, String name, int size, int statementTimeoutMs) {
    return build(vertx, url, name, new PoolOptions().setMaxSize(size).setShared(true).setName(name),
      statementTimeoutMs);
  }

  private static Pool build(Vertx vertx, DatabaseUrl url, String applicationName, PoolOptions pool,
                            int statementTimeoutMs) {
    PgConnectOptions connect = new PgConnectOptions()
      .setHost(url.host()).setPort(url.port()).setDatabase(url.database())
      .setUser(url.user()).setPassword(url.password())
      .setCachePreparedStatements(true)
      .setPreparedStatementCacheMaxSize(256)
      .setPipeliningLimit(256)
      .addProperty("application_name", applicationName)
      .addProperty("statement_timeout", String.valueOf(statementTimeoutMs))
      // exact (non-lossy) bitmaps for broad full-text matches
      .addProperty("work_mem", "32MB")
      // keep explicit JOINs in their written order: the open views join a record to its code lists (awards.open_award:
      // 9 relations), and searching every join order cost 70-200 ms of planning per custom plan, i.e. per
      // request of a filtered list (pgbench at 1 M awards, list of 50 by type: 19 -> 387 tps; name search 6 -> 170 tps);
      // a two-way join still picks its method and inner side (bench/README.md, "What the numbers showed")
      .addProperty("join_collapse_limit", "1");
    return PgBuilder.pool().with(pool.setMaxWaitQueueSize(10_000)).connectingTo(connect).using(vertx).build();
  }
}
