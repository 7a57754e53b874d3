package vn.gov.moha.opendata.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.moha.opendata.app.AppConfig.DatabaseUrl;

/**
 * A real PostgreSQL 17 (zonky binaries) whose data directory persists under DATA_DIR/postgres: a second start
 * finds yesterday's data. Used when DATABASE_URL is not set. Started before Vert.x, at boot only. A postmaster left
 * running by a server that was killed (kill -9 ends the JVM, not the PostgreSQL it started) is stopped first.
 * {@link #stop()} and {@link #restart()} take the database away and bring it back on the same port (fault tests).
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private final Path data;
  private final Path work;
  private final int port;
  private EmbeddedPostgres postgres;

  private EmbeddedDatabase(Path data, Path work, EmbeddedPostgres postgres) {
    this.data = data;
    this.work = work;
    this.postgres = postgres;
    this.port = postgres.getPort();
  }

  public static EmbeddedDatabase start(Path dataDir) {
    Path data = dataDir.resolve("postgres").toAbsolutePath();
    Path work = dataDir.resolve("postgres-bin").toAbsolutePath();
    return new EmbeddedDatabase(data, work, open(data, work, 0));
  }

  private static EmbeddedPostgres open(Path data, Path work, int port) {
    try {
      Files.createDirectories(work);
      boolean existing = Files.exists(data.resolve("PG_VERSION"));
      if (existing) {
        stopLeftover(data);
      }
      long t0 = System.nanoTime();
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      if (port > 0) {
        builder.setPort(port);
      }
      EmbeddedPostgres pg = builder
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
      return pg;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL under " + data, e);
    }
  }

  /**
   * Stops a postmaster that still runs on this data directory (its server was killed with SIGKILL): a start would
   * otherwise fail on postmaster.pid. SIGTERM (smart shutdown: the dead server's sessions are gone with it), then
   * SIGKILL after 60 s (PostgreSQL then recovers from its WAL on the start that follows). A stale file whose PID is
   * not a postgres on this directory is left to PostgreSQL, which ignores it.
   */
  static void stopLeftover(Path data) {
    Path pidFile = data.resolve("postmaster.pid");
    long pid;
    try {
      if (!Files.exists(pidFile)) {
        return;
      }
      pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
    } catch (IOException | RuntimeException e) {
      return; // unreadable or half-written: PostgreSQL decides
    }
    ProcessHandle ph = ProcessHandle.of(pid).orElse(null);
    if (ph == null || !ph.isAlive() || !postmasterOf(ph, data)) {
      return;
    }
    LOG.warn("a PostgreSQL (pid {}) left running by a previous server still holds {}: stopping it", pid, data);
    ph.destroy();
    try {
      ph.onExit().get(60, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      LOG.warn("the leftover PostgreSQL (pid {}) did not stop in 60 s: killing it", pid);
      ph.destroyForcibly();
      ph.onExit().orTimeout(10, TimeUnit.SECONDS).join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping a leftover PostgreSQL", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not stop the leftover PostgreSQL " + pid, e);
    }
  }

  private static boolean postmasterOf(ProcessHandle ph, Path data) {
    ProcessHandle.Info info = ph.info();
    boolean postgres = info.command().map(c -> c.endsWith("/postgres") || c.endsWith("postgres")).orElse(false);
    boolean here = info.arguments().map(a -> String.join(" ", a).contains(data.toString())).orElse(true);
    return postgres && here;
  }

  public DatabaseUrl url() {
    return new DatabaseUrl("localhost", port, "postgres", "postgres", "");
  }

  /** Stops PostgreSQL and keeps its data (a fault: the pool's connections break, new ones are refused). */
  public synchronized void stop() {
    close();
  }

  /** Starts PostgreSQL again on the same data and port after {@link #stop()}. */
  public synchronized void restart() {
    postgres = open(data, work, port);
  }

  @Override
  public synchronized void close() {
    try {
      postgres.close();
      LOG.info("embedded PostgreSQL stopped");
    } catch (IOException e) {
      LOG.warn("embedded PostgreSQL did not stop cleanly", e);
    }
  }
}
