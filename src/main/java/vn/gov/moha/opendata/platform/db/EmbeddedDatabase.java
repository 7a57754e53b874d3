package vn.gov.moha.opendata.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.moha.opendata.app.AppConfig.DatabaseUrl;

/**
 * A real PostgreSQL 17 (zonky binaries) whose data directory persists under DATA_DIR/postgres: a second start
 * finds yesterday's data. Used when DATABASE_URL is not set. Started before Vert.x, at boot only.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static EmbeddedDatabase start(Path dataDir) {
    try {
      Path data = dataDir.resolve("postgres").toAbsolutePath();
      Path work = dataDir.resolve("postgres-bin").toAbsolutePath();
      Files.createDirectories(work);
      boolean existing = Files.exists(data.resolve("PG_VERSION"));
      long t0 = System.nanoTime();
      EmbeddedPostgres pg = EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setOverrideWorkingDirectory(work.toFile())
        .setPGStartupWait(Duration.ofSeconds(60))
        .setLocaleConfig("encoding", "UTF8")
        .setLocaleConfig("locale", "C.UTF-8")
        .setServerConfig("max_connections", "200")
        .setServerConfig("shared_buffers", "256MB")
        .setServerConfig("synchronous_commit", "on")
        .setRegisterShutdownHook(true)
        .start();
      LOG.info("embedded PostgreSQL {} on port {} with data in {} ({} ms)", existing ? "reopened" : "initialised",
        pg.getPort(), data, (System.nanoTime() - t0) / 1_000_000);
      return new EmbeddedDatabase(pg);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL under " + dataDir, e);
    }
  }

  public DatabaseUrl url() {
    return new DatabaseUrl("localhost", postgres.getPort(), "postgres", "postgres", "");
  }

  @Override
  public void close() {
    try {
      postgres.close();
      LOG.info("embedded PostgreSQL stopped");
    } catch (IOException e) {
      LOG.warn("embedded PostgreSQL did not stop cleanly", e);
    }
  }
}
