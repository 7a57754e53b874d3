package vn.gov.moha.opendata.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Tuple;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.TestServer;

/**
 * Two instances started at once on an empty database seed the demo data once: the emptiness check and the generator
 * run under a transaction-scoped advisory lock. The generator here sleeps before inserting, so that without the lock
 * both starts would see an empty table and both would insert (the test then finds twice the rows).
 */
class SeedOnceIT {
  @Test
  void twoStartsAtOnceOnAnEmptyTableSeedOnce() throws Exception {
    TestServer.get();
    String schema = "seed_race_" + Long.toHexString(System.nanoTime());
    try (Connection c = TestServer.jdbc(); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
      s.execute("CREATE TABLE " + schema + ".t (n int PRIMARY KEY GENERATED ALWAYS AS IDENTITY, note text)");
      s.execute("CREATE FUNCTION " + schema + ".seed(k int) RETURNS int LANGUAGE sql AS $$ SELECT pg_sleep(0.8); "
        + "INSERT INTO " + schema + ".t (note) SELECT 'bản ghi mẫu ' || g FROM generate_series(1, k) g; "
        + "SELECT k $$");
    }
    AppConfig.DatabaseUrl url = AppConfig.from(Map.of("DATABASE_URL", TestServer.databaseUrl())).database()
      .orElseThrow();
    Vertx a = Vertx.vertx();
    Vertx b = Vertx.vertx();
    try {
      String table = schema + ".t";
      String generator = "SELECT " + schema + ".seed($1)";
      Future.all(Application.seedOnce(a, url, "race", "rows", table, generator, Tuple.of(25)),
          Application.seedOnce(b, url, "race", "rows", table, generator, Tuple.of(25)))
        .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
      try (Connection c = TestServer.jdbc(); Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
        rs.next();
        assertEquals(25, rs.getInt(1), "one of the two starts seeded, the other found the rows");
      }
      // a third start later finds the rows and adds nothing
      Application.seedOnce(a, url, "race", "rows", table, generator, Tuple.of(25))
        .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
      try (Connection c = TestServer.jdbc(); Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
        rs.next();
        assertEquals(25, rs.getInt(1));
      }
    } finally {
      a.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
      b.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
      try (Connection c = TestServer.jdbc(); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }
}
