package vn.gov.moha.opendata.platform.work;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.TimeUnit;

/** The named worker pools: blocking work (JDBC/Flyway, Jena, files) never runs on an event loop. */
public final class Workers {
  /** Flyway and other JDBC administration. */
  public static final String DB_ADMIN = "db-admin";

  /** Jena: RDF parsing, serialisation, the store and SPARQL. */
  public static final String RDF = "rdf";

  private Workers() {
  }

  public static WorkerExecutor dbAdmin(Vertx vertx) {
    return vertx.createSharedWorkerExecutor(DB_ADMIN, 2, 30, TimeUnit.MINUTES);
  }

  public static WorkerExecutor rdf(Vertx vertx) {
    return vertx.createSharedWorkerExecutor(RDF, 4, 2, TimeUnit.MINUTES);
  }
}
