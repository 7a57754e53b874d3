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
    try {
      Application.Running app = Application.start(config);
      Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
      System.out.println();
      System.out.println("  moha-opendata is running: " + app.baseUri() + "/");
      System.out.println("    API   " + app.baseUri() + "/api/v1/legal-documents");
      System.out.println("    docs  " + app.baseUri() + "/docs");
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
}
