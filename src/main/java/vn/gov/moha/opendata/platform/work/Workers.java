package vn.gov.moha.opendata.platform.work;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.shareddata.Shareable;
import java.util.concurrent.TimeUnit;

/**
 * The named worker pools: blocking work (JDBC/Flyway, Jena, files) never runs on an event loop. Each pool has one
 * executor handle per Vert.x instance, held in a local map for the instance's life: Vert.x 5 closes a shared pool
 * when the last of its handles is garbage collected (a Cleaner per handle), so a handle made per call and dropped
 * could close the pool under running tasks.
 */
public final class Workers {
  /** Flyway and other JDBC administration. */
  public static final String DB_ADMIN = "db-admin";
  /**
   * Jena: RDF parsing and serialisation (record descriptions, dumps), the RDF store's transactions (bound to their
   * thread) and SPARQL queries.
   */
  public static final String RDF = "rdf";
  /**
   * Threads of the "rdf" pool: room for the most concurrent SPARQL queries SPARQL_MAX_CONCURRENT allows (6; the
   * default 2 fits a 2-core machine, since a query is CPU-bound), the 2 lookups of a subject SparqlEngine runs on a
   * line of their own, plus 2 for everything else (serialising a description or a dump batch, the outbox relay's
   * apply, a rebuild), so that work never queues behind queries. The queries' own limits are SparqlEngine's lines,
   * not this size.
   */
  public static final int RDF_THREADS = 10;

  /** Small-cell suppression of the open statistics (CPU-bound, a few milliseconds to a second). */
  public static final String STATISTICS = "statistics";

  /**
   * Server-side rendering of HTML pages (Thymeleaf: milliseconds to tens of milliseconds of CPU a page, which on an
   * event loop would hold every request queued behind it).
   */
  public static final String TEMPLATES = "templates";

  private Workers() {
  }

  public static WorkerExecutor dbAdmin(Vertx vertx) {
    return held(vertx, DB_ADMIN, 2, 30, TimeUnit.MINUTES);
  }

  /** The pool that computes suppressed statistics off the event loop. */
  public static WorkerExecutor statistics(Vertx vertx) {
    return held(vertx, STATISTICS, 2, 1, TimeUnit.MINUTES);
  }

  /** The pool that renders HTML templates, one thread a core (at least 2). */
  public static WorkerExecutor templates(Vertx vertx) {
    return held(vertx, TEMPLATES, Math.max(2, Runtime.getRuntime().availableProcessors()), 1, TimeUnit.MINUTES);
  }

  /**
   * The Jena pool. Max execute time 30 minutes (only a warning from the blocked-thread checker): a full rebuild of ~1M
   * records takes minutes; queries are stopped by their own timeout long before.
   */
  public static WorkerExecutor rdf(Vertx vertx) {
    return held(vertx, RDF, RDF_THREADS, 30, TimeUnit.MINUTES);
  }

  /** The instance's handle of a named pool, made on first use. */
  private static WorkerExecutor held(Vertx vertx, String name, int threads, long maxExecute, TimeUnit unit) {
    return vertx.sharedData().<String, Handle>getLocalMap("moha.workers")
      .computeIfAbsent(name, n -> new Handle(vertx.createSharedWorkerExecutor(n, threads, maxExecute, unit)))
      .executor();
  }

  /** A pool's handle in the instance's local map (held, not copied). */
  private record Handle(WorkerExecutor executor) implements Shareable {
  }
}
