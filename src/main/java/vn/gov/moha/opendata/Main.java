package vn.gov.moha.opendata;

import vn.gov.moha.opendata.app.AppConfig;
import vn.gov.moha.opendata.app.Application;

/** Reads the configuration from the environment and starts the server; SIGTERM stops it gracefully. */
public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("token")) {
      System.exit(TokenCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.getenv()));
    }
    AppConfig config;
    try {
      config = AppConfig.fromEnv();
    } catch (AppConfig.ConfigException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (args.length > 0 && args[0].equals("rebuild-rdf")) {
      System.exit(rebuildRdf(config));
    }
    try {
      Application.Running app = Application.start(config);
      Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
      System.out.println();
      System.out.println("  moha-opendata is running: " + app.baseUri() + "/");
      System.out.println("    API   " + app.baseUri() + "/api/v1/legal-documents");
      System.out.println("    docs  " + app.baseUri() + "/docs");
      System.out.println("    SPARQL " + app.baseUri() + "/sparql   linked data  " + app.baseUri() + "/.well-known/void");
      if (app.localIssuer() != null) {
        System.out.println("    a demo token:  "
          + "java -jar target/moha-opendata.jar token --role officer --unit VU_PHAP_CHE");
      }
      System.out.println();
    } catch (Exception e) {
      org.slf4j.LoggerFactory.getLogger(Main.class).error("start failed", e);
      System.exit(1);
    }
  }

  /**
   * {@code java -jar moha-opendata.jar rebuild-rdf}: starts on the configured data (the server must not be running on
   * the same DATA_DIR: the RDF store is locked by its process), rebuilds the RDF store from PostgreSQL in full, stops.
   * Exit 0 with the counts printed, 1 on failure.
   */
  static int rebuildRdf(AppConfig config) {
    Application.Running app = null;
    try {
      app = Application.start(config);
      app.rdfReady().toCompletionStage().toCompletableFuture().get(6, java.util.concurrent.TimeUnit.HOURS);
      long t0 = System.nanoTime();
      long records = app.sync().rebuild().toCompletionStage().toCompletableFuture()
        .get(6, java.util.concurrent.TimeUnit.HOURS);
      System.out.println("RDF store rebuilt: " + records + " records, " + app.rdf().tripleCount() + " triples, in "
        + (System.nanoTime() - t0) / 1_000_000 + " ms");
      return 0;
    } catch (Exception e) {
      org.slf4j.LoggerFactory.getLogger(Main.class).error("rebuild failed", e);
      return 1;
    } finally {
      if (app != null) {
        app.close();
      }
    }
  }
}
