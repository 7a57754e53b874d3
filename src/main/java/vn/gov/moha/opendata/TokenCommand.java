package vn.gov.moha.opendata;

import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gov.moha.opendata.app.AppConfig;
import vn.gov.moha.opendata.platform.security.LocalIssuer;
import vn.gov.moha.opendata.platform.security.Role;

/**
 * {@code java -jar moha-opendata.jar token --role officer --unit VU_PHAP_CHE}: prints a token signed by the local
 * development issuer (the key under DATA_DIR/dev-issuer that a server without OIDC_ISSUER trusts). Refuses when an
 * issuer is configured: then tokens come from the identity provider only.
 */
final class TokenCommand {
  private static final String USAGE = """
    usage: java -jar target/moha-opendata.jar token [--role ROLE]... [--unit UNIT] [--sub SUBJECT] [--minutes N]
      ROLE     developer | officer | reviewer | admin | auditor (repeat or comma-separate; default developer)
      UNIT     organisational unit code, e.g. VU_PHAP_CHE (legal department), VU_TCPCP (NGO department),
               BAN_TDKT (Central Emulation and Commendation Board), or a proposing body of the award system
               (see /api/v1/award-bodies), e.g. UBND_T01N (Hà Nội), BO_NOI_VU
      SUBJECT  the user id in the token (default demo-<first role>[-<unit>])
      N        lifetime in minutes (default 60, at most 1440)
    Prints the token on stdout, e.g.  TOKEN=$(java -jar target/moha-opendata.jar token --role admin)
    Reads DATA_DIR (default var) and OIDC_AUDIENCE like the server.""";

  private TokenCommand() {
  }

  static int run(String[] args, Map<String, String> env) {
    List<String> roles = new ArrayList<>();
    String unit = null;
    String sub = null;
    int minutes = 60;
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        String v = i + 1 < args.length ? args[i + 1] : null;
        switch (a) {
          case "--role" -> {
            for (String r : require(a, v).split(",")) {
              if (Role.fromWire(r.trim()).filter(x -> x != Role.PUBLIC).isEmpty()) {
                throw new IllegalArgumentException("unknown role '" + r + "'");
              }
              roles.add(r.trim());
            }
            i++;
          }
          case "--unit" -> {
            unit = require(a, v);
            i++;
          }
          case "--sub" -> {
            sub = require(a, v);
            i++;
          }
          case "--minutes" -> {
            minutes = Integer.parseInt(require(a, v));
            if (minutes < 1 || minutes > 1440) {
              throw new IllegalArgumentException("--minutes must be between 1 and 1440");
            }
            i++;
          }
          case "-h", "--help" -> {
            System.out.println(USAGE);
            return 0;
          }
          default -> throw new IllegalArgumentException("unknown argument '" + a + "'");
        }
      }
    } catch (IllegalArgumentException e) {
      System.err.println("token: " + e.getMessage());
      System.err.println(USAGE);
      return 2;
    }
    AppConfig config;
    try {
      config = AppConfig.from(env);
    } catch (AppConfig.ConfigException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    if (!config.auth().localIssuer()) {
      System.err.println("token: OIDC_ISSUER is set, so the local development issuer is off and its tokens would be "
        + "refused; get a token from " + config.auth().issuer().get());
      return 3;
    }
    if (roles.isEmpty()) {
      roles.add("developer");
    }
    if (roles.contains("officer") && unit == null) {
      System.err.println("token: note: an officer without --unit can edit nothing (unit-scoped data)");
    }
    if (!java.nio.file.Files.exists(config.dataDir().resolve("dev-issuer").resolve("private-key.pem"))) {
      System.err.println("token: warning: no key pair under " + config.dataDir().toAbsolutePath().resolve("dev-issuer")
        + " — creating one; a server running with another DATA_DIR will refuse this token (run this command from "
        + "the directory the server runs in, or set DATA_DIR like the server's)");
    }
    LocalIssuer issuer = LocalIssuer.open(config.dataDir());
    Vertx vertx = Vertx.vertx();
    try {
      String subject = sub != null ? sub
        : "demo-" + roles.get(0) + (unit == null ? "" : "-" + unit.toLowerCase(java.util.Locale.ROOT));
      System.out.println(issuer.mint(vertx, subject, roles, unit,
        config.auth().audience(), minutes * 60));
    } finally {
      vertx.close();
    }
    return 0;
  }

  private static String require(String flag, String value) {
    if (value == null || value.startsWith("--")) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return value;
  }
}
