package vn.gov.moha.opendata.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import vn.gov.moha.opendata.app.AppConfig;
import vn.gov.moha.opendata.app.Application;

/**
 * The real server, started once per test JVM on a random port against a real PostgreSQL: the embedded one
 * under target/test-var (fresh for every run), or TEST_DATABASE_URL when set. Stopped when the JVM exits.
 */
public final class TestServer {
  public static final String TOKEN = "test-admin-token-0123456789";
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
        Runtime.getRuntime().addShutdownHook(new Thread(running::close));
      } catch (Exception e) {
        throw new IllegalStateException("test server did not start", e);
      }
    }
    return running;
  }

  /** The configuration tests use: random port, fixed token, small seed, two event loops. */
  public static AppConfig config(Path dataDir, int seed) {
    Map<String, String> env = new HashMap<>();
    env.put("HTTP_HOST", "127.0.0.1");
    env.put("HTTP_PORT", "0");
    env.put("DATA_DIR", dataDir.toString());
    env.put("SEED_SIZE", String.valueOf(seed));
    env.put("ADMIN_TOKEN", TOKEN);
    env.put("HTTP_INSTANCES", "2");
    env.put("DB_POOL_SIZE", "8");
    env.put("BODY_LIMIT_BYTES", String.valueOf(1024 * 1024));
    String external = System.getenv("TEST_DATABASE_URL");
    if (external != null && !external.isBlank()) {
      env.put("DATABASE_URL", external);
    }
    return AppConfig.from(env);
  }

  public static String base() {
    return get().baseUri();
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
