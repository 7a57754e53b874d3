package vn.gov.moha.opendata.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole configuration, read once from the environment, validated at start and then passed by constructor.
 * A wrong value stops the server with a message naming the variable.
 *
 * @param httpHost      HTTP_HOST, interface to bind (default 0.0.0.0)
 * @param httpPort      HTTP_PORT (default 8080; 0 picks a free port)
 * @param database      DATABASE_URL parsed; empty = start the embedded PostgreSQL under DATA_DIR
 * @param dbPoolSize    DB_POOL_SIZE (default 16)
 * @param publicBaseUri PUBLIC_BASE_URI, used for every absolute link; empty = derived from host and port
 * @param dataDir       DATA_DIR (default var/)
 * @param seedSize      SEED_SIZE, demo documents loaded on the first start (default 5000)
 * @param adminToken    ADMIN_TOKEN, bearer token of writers until OpenID Connect lands; empty = generated under DATA_DIR
 * @param httpInstances HTTP_INSTANCES, event-loop verticles serving HTTP (default = available processors)
 * @param bodyLimit     BODY_LIMIT_BYTES, largest accepted request body (default 8 MiB)
 * @param statementTimeoutMs DB_STATEMENT_TIMEOUT_MS, cap on one API query (default 10 s; 503 problem past it)
 */
public record AppConfig(String httpHost, int httpPort, Optional<DatabaseUrl> database, int dbPoolSize,
                        Optional<String> publicBaseUri, Path dataDir, int seedSize, Optional<String> adminToken,
                        int httpInstances, long bodyLimit, int statementTimeoutMs) {

  /** Thrown when a variable has a wrong value; the message names the variable. */
  public static final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
      super(message);
    }
  }

  /** A parsed postgresql://user:pass@host:port/db URL. */
  public record DatabaseUrl(String host, int port, String database, String user, String password) {
    static DatabaseUrl parse(String value) {
      URI uri;
      try {
        uri = new URI(value);
      } catch (URISyntaxException e) {
        throw new ConfigException("DATABASE_URL is not a URL: " + e.getMessage());
      }
      if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
        throw new ConfigException("DATABASE_URL must start with postgresql://, got " + uri.getScheme() + "://");
      }
      if (uri.getHost() == null) {
        throw new ConfigException("DATABASE_URL has no host");
      }
      String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
      String user = "postgres";
      String password = "";
      if (uri.getRawUserInfo() != null) {
        String[] parts = uri.getRawUserInfo().split(":", 2);
        user = decode(parts[0]);
        password = parts.length > 1 ? decode(parts[1]) : "";
      }
      return new DatabaseUrl(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
        path.isEmpty() ? "postgres" : path, user, password);
    }

    private static String decode(String s) {
      return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }
  }

  public static AppConfig fromEnv() {
    return from(System.getenv());
  }

  /** Reads and validates every variable; collects all problems before failing. */
  public static AppConfig from(Map<String, String> env) {
    List<String> errors = new ArrayList<>();
    Reader r = new Reader(env, errors);
    String host = r.string("HTTP_HOST", "0.0.0.0");
    int port = r.integer("HTTP_PORT", 8080, 0, 65535);
    Optional<DatabaseUrl> db = Optional.empty();
    String dbUrl = r.optional("DATABASE_URL");
    if (dbUrl != null) {
      try {
        db = Optional.of(DatabaseUrl.parse(dbUrl));
      } catch (ConfigException e) {
        errors.add(e.getMessage());
      }
    }
    int pool = r.integer("DB_POOL_SIZE", 16, 1, 1000);
    Optional<String> base = Optional.ofNullable(r.optional("PUBLIC_BASE_URI")).map(v -> v.replaceAll("/+$", ""));
    base.ifPresent(b -> {
      try {
        URI u = new URI(b);
        if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
          errors.add("PUBLIC_BASE_URI must be an absolute http(s) URL, got '" + b + "'");
        }
      } catch (URISyntaxException e) {
        errors.add("PUBLIC_BASE_URI is not a URL: " + e.getMessage());
      }
    });
    Path dataDir = Path.of(r.string("DATA_DIR", "var"));
    int seed = r.integer("SEED_SIZE", 5000, 0, 100_000_000);
    Optional<String> token = Optional.ofNullable(r.optional("ADMIN_TOKEN"));
    token.ifPresent(t -> {
      if (t.length() < 16) {
        errors.add("ADMIN_TOKEN must be at least 16 characters long");
      }
    });
    int instances = r.integer("HTTP_INSTANCES", Runtime.getRuntime().availableProcessors(), 1, 256);
    long bodyLimit = r.integer("BODY_LIMIT_BYTES", 8 * 1024 * 1024, 1024, Integer.MAX_VALUE);
    int statementTimeout = r.integer("DB_STATEMENT_TIMEOUT_MS", 10_000, 0, 3_600_000);
    if (!errors.isEmpty()) {
      throw new ConfigException("Invalid configuration: " + String.join("; ", errors));
    }
    return new AppConfig(host, port, db, pool, base, dataDir, seed, token, instances, bodyLimit, statementTimeout);
  }

  /** The base of every absolute link we publish. */
  public String baseUri(int boundPort) {
    return publicBaseUri.orElseGet(() -> {
      String h = httpHost.equals("0.0.0.0") || httpHost.equals("::") ? "localhost" : httpHost;
      return "http://" + h + ":" + boundPort;
    });
  }

  public AppConfig withPort(int port) {
    return new AppConfig(httpHost, port, database, dbPoolSize, publicBaseUri, dataDir, seedSize, adminToken,
      httpInstances, bodyLimit, statementTimeoutMs);
  }

  public AppConfig withAdminToken(String token) {
    return new AppConfig(httpHost, httpPort, database, dbPoolSize, publicBaseUri, dataDir, seedSize,
      Optional.of(token), httpInstances, bodyLimit, statementTimeoutMs);
  }

  private record Reader(Map<String, String> env, List<String> errors) {
    String optional(String name) {
      String v = env.get(name);
      return v == null || v.isBlank() ? null : v.trim();
    }

    String string(String name, String def) {
      String v = optional(name);
      return v == null ? def : v;
    }

    int integer(String name, int def, int min, int max) {
      String v = optional(name);
      if (v == null) {
        return def;
      }
      try {
        int n = Integer.parseInt(v.replace("_", ""));
        if (n < min || n > max) {
          errors.add(name + " must be between " + min + " and " + max + ", got " + n);
        }
        return n;
      } catch (NumberFormatException e) {
        errors.add(name + " must be an integer, got '" + v + "'");
        return def;
      }
    }
  }
}
