package vn.gov.moha.opendata.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.moha.opendata.opendata.catalogue.PortalPush;
import vn.gov.moha.opendata.platform.rdf.RemoteStore;
import vn.gov.moha.opendata.platform.work.Workers;

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
 * @param seedSize      SEED_SIZE, demo documents loaded on the first start (default 5000; 0 = no demo data at all)
 * @param awardsSeedSize AWARDS_SEED_SIZE, demo conferred awards loaded on the first start (default 50,000; 1,000,000
 *                      for benchmarks), with one demo dossier per ten awards up to 5,000
 * @param auth          authentication and rate limits (OIDC_*, RATE_LIMIT_*, TRUST_FORWARDED_HEADERS)
 * @param httpInstances HTTP_INSTANCES, event-loop verticles serving HTTP (default = available processors)
 * @param bodyLimit     BODY_LIMIT_BYTES, largest accepted request body (default 1 MiB)
 * @param statementTimeoutMs DB_STATEMENT_TIMEOUT_MS, cap on one API query (default 10 s; 503 problem past it)
 * @param dbConnectTimeoutMs DB_CONNECT_TIMEOUT_MS, longest wait for a database connection — opening one, or a free one
 *                      from the pool (default 5 s; 503 problem past it, so a lost database fails requests fast)
 * @param rdf           the RDF store and the SPARQL endpoint (RDF_STORE_DIR or RDF_STORE_URL, SPARQL_*)
 * @param portal        the push to the national data portal (NATIONAL_PORTAL_*); empty = off
 * @param downloadCache DOWNLOAD_CACHE (default true): whole downloads are kept as files under DATA_DIR/downloads and
 *                      served from them (Content-Length, Range); false = every download is streamed from the database
 * @param instanceGroup INSTANCE_GROUP (default "default"): the instances behind one load balancer; instances of a
 *                      group on one database share the rate limits (each allows limit / live instances of its group)
 * @param readDatabase  DATABASE_READ_URL parsed: a read replica of DATABASE_URL for the open read-only endpoints
 *                      (catalogue, portal pages, linked-data descriptions, downloads); empty = the primary serves them
 * @param pageCacheMb   PAGE_CACHE_MB (default 32; 0 = off): the open list pages (legal documents, awards) kept until
 *                      their rows change (platform/http/PageCache)
 */
public record AppConfig(String httpHost, int httpPort, Optional<DatabaseUrl> database, int dbPoolSize,
                        Optional<String> publicBaseUri, Path dataDir, int seedSize, int awardsSeedSize, Auth auth,
                        int httpInstances, long bodyLimit, int statementTimeoutMs, int dbConnectTimeoutMs, Rdf rdf,
                        Optional<PortalPush.Settings> portal, boolean downloadCache, String instanceGroup,
                        Optional<DatabaseUrl> readDatabase, int pageCacheMb) {

  /** Thrown when a variable has a wrong value; the message names the variable. */
  public static final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
      super(message);
    }
  }

  /**
   * Who is trusted to sign tokens, and how much each caller may ask.
   *
   * @param issuer             OIDC_ISSUER; empty = the local development issuer (keys under DATA_DIR/dev-issuer)
   * @param jwksUrl            OIDC_JWKS_URL; empty = discovered from the issuer's openid-configuration
   * @param audience           OIDC_AUDIENCE, the `aud` tokens must carry (default moha-opendata)
   * @param rolesClaim         OIDC_ROLES_CLAIM, dotted path of the roles claim (default roles; Keycloak:
   *                           realm_access.roles)
   * @param unitClaim          OIDC_UNIT_CLAIM, the claim naming the caller's organisational unit (default unit)
   * @param clockSkewSeconds   OIDC_CLOCK_SKEW_SECONDS, leeway on exp/iat/nbf (default 60)
   * @param anonymousPerMinute RATE_LIMIT_ANONYMOUS_PER_MINUTE, per client IP, per instance (default 300; 0 = off)
   * @param keyPerMinute       RATE_LIMIT_KEY_PER_MINUTE, per API key or signed-in user, per instance (default 3000;
   *                           0 = off)
   * @param forwarded          TRUST_FORWARDED_HEADERS: none (default), forwarded, x-forwarded or all — which proxy
   *                           headers give the client IP and scheme; set it only behind a proxy that overwrites them
   */
  public record Auth(Optional<String> issuer, Optional<String> jwksUrl, String audience, String rolesClaim,
                     String unitClaim, int clockSkewSeconds, int anonymousPerMinute, int keyPerMinute,
                     String forwarded) {
    public boolean localIssuer() {
      return issuer.isEmpty();
    }
  }

  /**
   * The RDF store and the SPARQL endpoint's guardrails.
   *
   * @param storeDir      RDF_STORE_DIR, the TDB2 directory (default DATA_DIR/rdf); unused with {@code remote}
   * @param timeoutMs     SPARQL_TIMEOUT_MS, longest run of one query (default 10 s; a client's `timeout` only lowers
   *                      it; 503 problem `query-timeout` past it)
   * @param maxRows       SPARQL_MAX_ROWS, most solutions (SELECT) or triples (CONSTRUCT, DESCRIBE) of one answer
   *                      (default 10,000; the response then says it was capped)
   * @param maxConcurrent SPARQL_MAX_CONCURRENT, queries running at once per server (default 2; 1–6; more get 503
   *                      with Retry-After)
   * @param relayIntervalMs RDF_RELAY_INTERVAL_MS, how often the outbox relay looks for changes (default 1 s)
   * @param remote        RDF_STORE_URL and its RDF_STORE_* companions: an external SPARQL 1.1 store instead of TDB2
   */
  public record Rdf(Path storeDir, int timeoutMs, int maxRows, int maxConcurrent, int relayIntervalMs,
                    Optional<RemoteStore.Endpoints> remote) {
  }

  /** A parsed postgresql://user:pass@host:port/db URL. */
  public record DatabaseUrl(String host, int port, String database, String user, String password) {
    static DatabaseUrl parse(String value) {
      return parse(value, "DATABASE_URL");
    }

    static DatabaseUrl parse(String value, String variable) {
      URI uri;
      try {
        uri = new URI(value);
      } catch (URISyntaxException e) {
        throw new ConfigException(variable + " is not a URL: " + e.getMessage());
      }
      if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
        throw new ConfigException(variable + " must start with postgresql://, got " + uri.getScheme() + "://");
      }
      if (uri.getHost() == null) {
        throw new ConfigException(variable + " has no host");
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
    Optional<DatabaseUrl> readDb = Optional.empty();
    String readUrl = r.optional("DATABASE_READ_URL");
    if (readUrl != null && dbUrl == null) {
      errors.add("DATABASE_READ_URL is set but DATABASE_URL is not: a read replica needs the primary it follows");
    } else if (readUrl != null) {
      try {
        readDb = Optional.of(DatabaseUrl.parse(readUrl, "DATABASE_READ_URL"));
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
    int awardsSeed = r.integer("AWARDS_SEED_SIZE", 50_000, 0, 10_000_000);
    if (r.optional("ADMIN_TOKEN") != null) {
      errors.add("ADMIN_TOKEN is no longer used: writers send OpenID Connect tokens (see OIDC_ISSUER; without it, "
        + "`java -jar moha-opendata.jar token --role admin` prints a development token)");
    }
    Auth auth = auth(r, base, errors);
    int instances = r.integer("HTTP_INSTANCES", Runtime.getRuntime().availableProcessors(), 1, 256);
    long bodyLimit = r.integer("BODY_LIMIT_BYTES", 1024 * 1024, 1024, Integer.MAX_VALUE);
    int statementTimeout = r.integer("DB_STATEMENT_TIMEOUT_MS", 10_000, 0, 3_600_000);
    int connectTimeout = r.integer("DB_CONNECT_TIMEOUT_MS", 5_000, 100, 600_000);
    Rdf rdf = new Rdf(Path.of(r.string("RDF_STORE_DIR", dataDir.resolve("rdf").toString())),
      r.integer("SPARQL_TIMEOUT_MS", 10_000, 100, 600_000), r.integer("SPARQL_MAX_ROWS", 10_000, 1, 1_000_000),
      r.integer("SPARQL_MAX_CONCURRENT", 2, 1, Workers.RDF_THREADS - 4),
      r.integer("RDF_RELAY_INTERVAL_MS", 1000, 50, 3_600_000), remoteStore(r, errors));
    Optional<PortalPush.Settings> portal = portal(r, errors);
    String cache = r.string("DOWNLOAD_CACHE", "true");
    if (!cache.equals("true") && !cache.equals("false")) {
      errors.add("DOWNLOAD_CACHE must be true or false, got '" + cache + "'");
    }
    int pageCache = r.integer("PAGE_CACHE_MB", 32, 0, 65_536);
    String group = r.string("INSTANCE_GROUP", "default");
    if (!group.matches("[A-Za-z0-9._-]{1,63}")) {
      errors.add("INSTANCE_GROUP may hold only A-Z, a-z, 0-9, '.', '_' and '-' (1 to 63), got '" + group + "'");
    }
    if (!errors.isEmpty()) {
      throw new ConfigException("Invalid configuration: " + String.join("; ", errors));
    }
    return new AppConfig(host, port, db, pool, base, dataDir, seed, awardsSeed, auth, instances, bodyLimit,
      statementTimeout, connectTimeout, rdf, portal, !cache.equals("false"), group, readDb, pageCache);
  }

  /**
   * NATIONAL_PORTAL_URL (the national data portal's base; unset = no push) with its API token
   * (NATIONAL_PORTAL_TOKEN) and organization (NATIONAL_PORTAL_ORG), both required with it, and the optional
   * NATIONAL_PORTAL_NAME_PREFIX, _INTERVAL_MS, _BACKOFF_MIN_MS, _BACKOFF_MAX_MS, _TIMEOUT_MS.
   */
  private static Optional<PortalPush.Settings> portal(Reader r, List<String> errors) {
    List<String> companions = List.of("NATIONAL_PORTAL_TOKEN", "NATIONAL_PORTAL_ORG", "NATIONAL_PORTAL_NAME_PREFIX",
      "NATIONAL_PORTAL_INTERVAL_MS", "NATIONAL_PORTAL_BACKOFF_MIN_MS", "NATIONAL_PORTAL_BACKOFF_MAX_MS",
      "NATIONAL_PORTAL_TIMEOUT_MS");
    String url = r.optional("NATIONAL_PORTAL_URL");
    if (url == null) {
      companions.stream().filter(n -> r.optional(n) != null).findFirst().ifPresent(n ->
        errors.add(n + " is set but NATIONAL_PORTAL_URL is not: set the national portal's URL too"));
      return Optional.empty();
    }
    url = url.replaceAll("/+$", "");
    if (!url.matches("https?://[^\\s]+")) {
      errors.add("NATIONAL_PORTAL_URL must be an http(s) URL, got '" + url + "'");
    }
    for (String required : List.of("NATIONAL_PORTAL_TOKEN", "NATIONAL_PORTAL_ORG")) {
      if (r.optional(required) == null) {
        errors.add(required + " must be set with NATIONAL_PORTAL_URL");
      }
    }
    String prefix = r.string("NATIONAL_PORTAL_NAME_PREFIX", "moha-");
    if (!prefix.matches("[a-z0-9_-]{0,40}")) {
      errors.add("NATIONAL_PORTAL_NAME_PREFIX may hold only a-z, 0-9, - and _ (CKAN names), got '" + prefix + "'");
    }
    int min = r.integer("NATIONAL_PORTAL_BACKOFF_MIN_MS", 5000, 10, 3_600_000);
    int max = r.integer("NATIONAL_PORTAL_BACKOFF_MAX_MS", 3_600_000, 10, 86_400_000);
    if (max < min) {
      errors.add("NATIONAL_PORTAL_BACKOFF_MAX_MS (" + max + ") is below NATIONAL_PORTAL_BACKOFF_MIN_MS (" + min + ")");
    }
    return Optional.of(new PortalPush.Settings(url, r.string("NATIONAL_PORTAL_TOKEN", ""),
      r.string("NATIONAL_PORTAL_ORG", ""), prefix, r.integer("NATIONAL_PORTAL_INTERVAL_MS", 5000, 10, 86_400_000),
      min, max, r.integer("NATIONAL_PORTAL_TIMEOUT_MS", 30_000, 100, 600_000)));
  }

  private static Auth auth(Reader r, Optional<String> base, List<String> errors) {
    Optional<String> issuer = Optional.ofNullable(r.optional("OIDC_ISSUER"));
    Optional<String> jwks = Optional.ofNullable(r.optional("OIDC_JWKS_URL"));
    for (String name : List.of("OIDC_ISSUER", "OIDC_JWKS_URL")) {
      String v = r.optional(name);
      if (v != null && !v.matches("https?://[^\\s]+") && !(name.equals("OIDC_ISSUER") && v.startsWith("urn:"))) {
        errors.add(name + " must be an http(s) URL, got '" + v + "'");
      }
    }
    if (issuer.isEmpty() && jwks.isPresent()) {
      errors.add("OIDC_JWKS_URL is set but OIDC_ISSUER is not: set both (the issuer is checked in every token)");
    }
    if (issuer.isPresent() && issuer.get().startsWith("urn:") && jwks.isEmpty()) {
      errors.add("OIDC_ISSUER is not a URL, so its keys cannot be discovered: set OIDC_JWKS_URL");
    }
    // the local development issuer must never be switched on by accident: a server published on a public https
    // address without an identity provider refuses to start unless this was asked for in so many words
    boolean publicHttps = base.filter(b -> b.startsWith("https://")
      && !b.matches("https://(localhost|127\\.0\\.0\\.1)(:\\d+)?(/.*)?")).isPresent();
    if (issuer.isEmpty() && publicHttps && !"yes".equals(r.optional("ALLOW_LOCAL_ISSUER"))) {
      errors.add("PUBLIC_BASE_URI is a public https address but OIDC_ISSUER is not set: configure the identity "
        + "provider (OIDC_ISSUER, OIDC_JWKS_URL) or, for a demo, ALLOW_LOCAL_ISSUER=yes");
    }
    String forwarded = r.string("TRUST_FORWARDED_HEADERS", "none");
    if (!List.of("none", "forwarded", "x-forwarded", "all").contains(forwarded)) {
      errors.add("TRUST_FORWARDED_HEADERS must be none, forwarded, x-forwarded or all, got '" + forwarded + "'");
    }
    return new Auth(issuer, jwks, r.string("OIDC_AUDIENCE", "moha-opendata"), r.string("OIDC_ROLES_CLAIM", "roles"),
      r.string("OIDC_UNIT_CLAIM", "unit"), r.integer("OIDC_CLOCK_SKEW_SECONDS", 60, 0, 600),
      r.integer("RATE_LIMIT_ANONYMOUS_PER_MINUTE", 300, 0, 100_000_000),
      r.integer("RATE_LIMIT_KEY_PER_MINUTE", 3000, 0, 100_000_000), forwarded);
  }

  /**
   * RDF_STORE_URL (a dataset's base, e.g. Fuseki's http://host:3030/ds) with its endpoints (RDF_STORE_QUERY_URL,
   * RDF_STORE_UPDATE_URL, RDF_STORE_GSP_URL; default base + /sparql, /update, /data; GSP `none` = load by INSERT DATA)
   * and basic auth (RDF_STORE_USER, RDF_STORE_PASSWORD); empty when RDF_STORE_URL is not set.
   */
  private static Optional<RemoteStore.Endpoints> remoteStore(Reader r, List<String> errors) {
    List<String> companions = List.of("RDF_STORE_QUERY_URL", "RDF_STORE_UPDATE_URL", "RDF_STORE_GSP_URL",
      "RDF_STORE_USER", "RDF_STORE_PASSWORD");
    String url = r.optional("RDF_STORE_URL");
    if (url == null) {
      companions.stream().filter(n -> r.optional(n) != null).findFirst().ifPresent(n ->
        errors.add(n + " is set but RDF_STORE_URL is not: set the external store's URL too"));
      return Optional.empty();
    }
    if (r.optional("RDF_STORE_DIR") != null) {
      errors.add("RDF_STORE_DIR and RDF_STORE_URL are both set: the store is either TDB2 under a directory or an "
        + "external SPARQL store");
    }
    RemoteStore.Endpoints fuseki = RemoteStore.Endpoints.fuseki(url);
    String gsp = r.string("RDF_STORE_GSP_URL", fuseki.gsp().orElseThrow());
    Optional<String> user = Optional.ofNullable(r.optional("RDF_STORE_USER"));
    Optional<String> password = Optional.ofNullable(r.optional("RDF_STORE_PASSWORD"));
    if (user.isEmpty() && password.isPresent()) {
      errors.add("RDF_STORE_PASSWORD is set but RDF_STORE_USER is not");
    }
    RemoteStore.Endpoints e = new RemoteStore.Endpoints(r.string("RDF_STORE_QUERY_URL", fuseki.query()),
      r.string("RDF_STORE_UPDATE_URL", fuseki.update()), gsp.equals("none") ? Optional.empty() : Optional.of(gsp),
      user, password);
    for (Map.Entry<String, String> u : Map.of("RDF_STORE_URL", url, "RDF_STORE_QUERY_URL", e.query(),
      "RDF_STORE_UPDATE_URL", e.update(), "RDF_STORE_GSP_URL", e.gsp().orElse("http://none")).entrySet()) {
      if (!u.getValue().matches("https?://[^\\s]+")) {
        errors.add(u.getKey() + " must be an http(s) URL, got '" + u.getValue() + "'");
      }
    }
    return Optional.of(e);
  }

  /** The base of every absolute link we publish. */
  public String baseUri(int boundPort) {
    return publicBaseUri.orElseGet(() -> {
      String h = httpHost.equals("0.0.0.0") || httpHost.equals("::") ? "localhost" : httpHost;
      return "http://" + h + ":" + boundPort;
    });
  }

  public AppConfig withPort(int port) {
    return new AppConfig(httpHost, port, database, dbPoolSize, publicBaseUri, dataDir, seedSize, awardsSeedSize,
      auth, httpInstances, bodyLimit, statementTimeoutMs, dbConnectTimeoutMs, rdf, portal, downloadCache,
      instanceGroup, readDatabase, pageCacheMb);
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
