package vn.gov.moha.opendata;

import vn.gov.moha.opendata.app.AppConfig;
import vn.gov.moha.opendata.app.Application;

/** Reads the configuration from the environment and starts the server; SIGTERM stops it gracefully. */
public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
    AppConfig config;
    try {
      config = AppConfig.fromEnv();
    } catch (AppConfig.ConfigException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    try {
      Application.Running app = Application.start(config);
      Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
      System.out.println();
      System.out.println("  moha-opendata is running: " + app.baseUri() + "/");
      System.out.println("    API   " + app.baseUri() + "/api/v1/legal-documents");
      System.out.println("    docs  " + app.baseUri() + "/docs");
      System.out.println("    writers' token: DATA_DIR/admin-token (or ADMIN_TOKEN)");
      System.out.println();
    } catch (Exception e) {
      org.slf4j.LoggerFactory.getLogger(Main.class).error("start failed", e);
      System.exit(1);
    }
  }
}
