package vn.gov.moha.opendata.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.gov.moha.opendata.app.AppConfig;
import vn.gov.moha.opendata.app.Application;
import vn.gov.moha.opendata.datasets.legaldocs.LegalDocsApi;

/**
 * The real server, started once per test JVM on a random port against a real PostgreSQL: the embedded one
 * under target/test-var (fresh for every run), or TEST_DATABASE_URL when set. Stopped when the JVM exits.
 */
public final class TestServer {
  public static final int SEED_SIZE = 400;
  private static Application.Running running;

  private TestServer() {
  }

  public static synchronized Application.Running get() {
    if (running == null) {
      try {
        Path dir = Path.of("target", "test-var");
        deleteTree(dir);
        running = Application.start(config(dir, SEED_SIZE));
        // the RDF store's first build runs behind the open server: the tests of SPARQL want it done
        running.rdfReady().toCompletionStage().toCompletableFuture().get(10, java.util.concurrent.TimeUnit.MINUTES);
        Runtime.getRuntime().addShutdownHook(new Thread(running::close));
      } catch (Exception e) {
        throw new IllegalStateException("test server did not start", e);
      }
    }
    return running;
  }

  /** The configuration tests use: random port, local token issuer, small seed, two event loops, no rate limits. */
  public static AppConfig config(Path dataDir, int seed) {
    return config(dataDir, seed, Map.of());
  }

  /** {@link #config(Path, int)} with more variables (they win over the test defaults). */
  public static AppConfig config(Path dataDir, int seed, Map<String, String> extra) {
    Map<String, String> env = new HashMap<>();
    env.put("HTTP_HOST", "127.0.0.1");
    env.put("HTTP_PORT", "0");
    env.put("DATA_DIR", dataDir.toString());
    env.put("SEED_SIZE", String.valueOf(seed));
    env.put("AWARDS_SEED_SIZE", "3000");
    // the shared server's callers all come from 127.0.0.1: the rate limits are tested on a server of their own
    env.put("RATE_LIMIT_ANONYMOUS_PER_MINUTE", "0");
    env.put("RATE_LIMIT_KEY_PER_MINUTE", "0");
    env.put("HTTP_INSTANCES", "2");
    env.put("RDF_RELAY_INTERVAL_MS", "200");
    env.put("DB_POOL_SIZE", "8");
    env.put("BODY_LIMIT_BYTES", String.valueOf(1024 * 1024));
    // each test server is its own group (its rate limits are not shared with the other servers on the test database)
    env.put("INSTANCE_GROUP", "test-" + java.util.UUID.randomUUID());
    String external = System.getenv("TEST_DATABASE_URL");
    if (external != null && !external.isBlank()) {
      env.put("DATABASE_URL", external);
    }
    env.putAll(extra);
    return AppConfig.from(env);
  }

  public static String base() {
    return get().baseUri();
  }

  /** A token of an officer of the legal department, who edits legal documents. */
  public static String writerToken() {
    return token("test-legal-officer", LegalDocsApi.OWNER_UNIT, "officer");
  }

  /** A token signed by the test server's local issuer, valid for an hour. */
  public static String token(String subject, String unit, String... roles) {
    return token(get(), subject, unit, roles);
  }

  /** A token signed by a given server's local issuer, valid for an hour. */
  public static String token(Application.Running r, String subject, String unit, String... roles) {
    return r.localIssuer().mint(r.vertx(), subject, List.of(roles), unit, r.config().auth().audience(), 3600);
  }

  /** The PostgreSQL the test server uses, as a DATABASE_URL (for a second server on the same data). */
  public static String databaseUrl() {
    String external = System.getenv("TEST_DATABASE_URL");
    if (external != null && !external.isBlank()) {
      return external;
    }
    return "postgresql://postgres@localhost:" + get().embedded().url().port() + "/postgres";
  }

  /** A JDBC connection to the test server's database, to check what the API cannot show. */
  public static java.sql.Connection jdbc() throws java.sql.SQLException {
    return jdbc(databaseUrl());
  }

  /** A JDBC connection to the database of a DATABASE_URL. */
  public static java.sql.Connection jdbc(String databaseUrl) throws java.sql.SQLException {
    java.net.URI u = java.net.URI.create(databaseUrl);
    String[] userInfo = u.getUserInfo() == null ? new String[] {"postgres"} : u.getUserInfo().split(":", 2);
    return java.sql.DriverManager.getConnection("jdbc:postgresql://" + u.getHost() + ":" + (u.getPort() < 0 ? 5432
      : u.getPort()) + u.getPath(), userInfo[0], userInfo.length > 1 ? userInfo[1] : "");
  }

  /** The names of the catalogued datasets, in the catalogue's order (the tests do not hard-code how many there are). */
  public static java.util.List<String> catalogued() {
    return query("SELECT name FROM catalog.dataset ORDER BY position, name");
  }

  /** The first column of every row of a query on the test database, as strings. */
  public static java.util.List<String> query(String sql) {
    try (java.sql.Connection c = jdbc(); java.sql.Statement st = c.createStatement();
         java.sql.ResultSet rs = st.executeQuery(sql)) {
      java.util.List<String> values = new java.util.ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public static Http http() {
    return new Http(base());
  }

  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
