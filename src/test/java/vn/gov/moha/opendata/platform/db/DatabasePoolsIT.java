package vn.gov.moha.opendata.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.app.AppConfig;
import vn.gov.moha.opendata.support.TestServer;

/**
 * The server's pools are the pools they were meant to be: a background pool made first (as the server makes its
 * heartbeat pool before the HTTP verticles) does not become the HTTP pool, which keeps its own size and statement
 * timeout; every pool names itself in application_name; the running server's requests use the HTTP pool.
 */
class DatabasePoolsIT {

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
  }

  private static String show(Pool pool, String setting) throws Exception {
    return await(pool.query("SHOW " + setting).execute()).iterator().next().getString(0);
  }

  @Test
  void theHttpPoolIsNotABackgroundPoolMadeBefore() throws Exception {
    TestServer.get();
    AppConfig.DatabaseUrl url = AppConfig.from(java.util.Map.of("DATABASE_URL", TestServer.databaseUrl()))
      .database().orElseThrow();
    Vertx vertx = Vertx.vertx();
    try {
      Pool background = Database.own(vertx, url, "pools-it", 1);
      Pool http = Database.http(vertx, url, 4, 300, 2_000);
      assertEquals("0", show(background, "statement_timeout"));
      assertEquals("300ms", show(http, "statement_timeout"));
      assertEquals("moha-opendata/pools-it", show(background, "application_name"));
      assertEquals("moha-opendata/http", show(http, "application_name"));
      // four statements at once on four connections (one connection if this were the background pool of one)
      List<Future<Row>> running = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        running.add(http.query("SELECT pg_backend_pid(), pg_sleep(0.2)").execute().map(rs -> rs.iterator().next()));
      }
      Set<Integer> pids = new HashSet<>();
      for (Future<Row> f : running) {
        pids.add(await(f).getInteger(0));
      }
      assertEquals(4, pids.size(), "connections used by four concurrent statements: " + pids);
      // the statement timeout cancels a long statement (57014), the background pool lets it run
      ExecutionException cancelled = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
        () -> await(http.query("SELECT pg_sleep(2)").execute()));
      assertTrue(cancelled.getCause() instanceof PgException pg && "57014".equals(pg.getSqlState()),
        "cancelled by the statement timeout: " + cancelled.getCause());
      await(background.query("SELECT pg_sleep(0.4)").execute());
    } finally {
      await(vertx.close());
    }
  }

  @Test
  void theServersRequestsUseTheHttpPool() throws Exception {
    assertEquals(200, TestServer.http().get("/api/v1/awards?limit=1").status());
    try (Connection c = TestServer.jdbc(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT application_name, count(*) FROM pg_stat_activity "
           + "WHERE application_name LIKE 'moha-opendata/%' GROUP BY 1")) {
      java.util.Map<String, Integer> byPool = new java.util.HashMap<>();
      while (rs.next()) {
        byPool.put(rs.getString(1), rs.getInt(2));
      }
      assertTrue(byPool.getOrDefault("moha-opendata/http", 0) >= 1, "sessions by pool: " + byPool);
      assertTrue(byPool.getOrDefault("moha-opendata/instances", 0) >= 1, "sessions by pool: " + byPool);
    }
  }
}
