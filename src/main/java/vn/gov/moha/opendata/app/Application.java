package vn.gov.moha.opendata.app;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.WorkerExecutor;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.moha.opendata.app.AppConfig.DatabaseUrl;
import vn.gov.moha.opendata.datasets.voffice.VOfficeStats;
import vn.gov.moha.opendata.datasets.elearning.ELearningStatistics;
import vn.gov.moha.opendata.datasets.talent.TalentStatistics;
import vn.gov.moha.opendata.platform.db.Database;
import vn.gov.moha.opendata.platform.db.EmbeddedDatabase;
import vn.gov.moha.opendata.platform.db.Instances;
import vn.gov.moha.opendata.platform.db.LeaderLock;
import vn.gov.moha.opendata.platform.http.PageCache;
import vn.gov.moha.opendata.platform.db.Migrations;
import vn.gov.moha.opendata.platform.http.Contract;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue;
import vn.gov.moha.opendata.opendata.catalogue.PortalPush;
import vn.gov.moha.opendata.opendata.linkeddata.StoreSync;
import vn.gov.moha.opendata.platform.rdf.RdfStore;
import vn.gov.moha.opendata.platform.rdf.RemoteStore;
import vn.gov.moha.opendata.platform.rdf.TdbStore;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.SparqlEngine;
import vn.gov.moha.opendata.platform.rdf.SparqlPage;
import vn.gov.moha.opendata.platform.security.ApiKeys;
import vn.gov.moha.opendata.platform.security.LocalIssuer;
import vn.gov.moha.opendata.platform.security.RateLimiter;
import vn.gov.moha.opendata.platform.security.SecurityServices;
import vn.gov.moha.opendata.platform.security.TokenVerifier;
import vn.gov.moha.opendata.platform.work.Workers;

/** Boot: database (embedded or external) → migrations → demo seed → HTTP verticles. Used by Main and the tests. */
public final class Application {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  /**
   * A started server; {@code localIssuer} is null when an OpenID Connect issuer is configured. {@code rdf} is the
   * server's one RDF store, shared by every HTTP verticle (the tests reach it here).
   */
  public record Running(Vertx vertx, AppConfig config, String baseUri, LocalIssuer localIssuer,
                        EmbeddedDatabase embedded, RdfStore rdf, StoreSync sync, Future<Void> rdfReady,
                        PortalPush portal, LeaderLock leader, Instances instances, PageCache pages) {
    public int port() {
      return config.httpPort();
    }

    /**
     * Graceful stop: HTTP servers finish in-flight requests, pools close, then the RDF store closes and the embedded
     * database stops.
     */
    public void close() {
      LOG.info("stopping: closing HTTP servers (in-flight requests finish), database pool, RDF store, embedded "
        + "database");
      try {
        sync.close().toCompletionStage().toCompletableFuture().get(70, TimeUnit.SECONDS);
      } catch (Exception e) {
        LOG.warn("the RDF relay did not stop cleanly", e);
      }
      if (portal != null) {
        try {
          portal.close().toCompletionStage().toCompletableFuture().get(70, TimeUnit.SECONDS);
        } catch (Exception e) {
          LOG.warn("the national portal push did not stop cleanly", e);
        }
      }
      try {
        instances.close().eventually(() -> leader == null ? Future.succeededFuture() : leader.close())
          .eventually(pages::close)
          .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        LOG.warn("the instance heartbeat or the leader lock did not stop cleanly", e);
      }
      try {
        vertx.close().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
      } catch (Exception e) {
        LOG.warn("Vert.x did not close cleanly", e);
      }
      rdf.close();
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  /** The leader lock of the national portal push (and the sweeps), within {@link LeaderLock#CLASS_ID}. */
  static final int LEADER_PORTAL_PUSH = 1;
  /** How often an instance that does not lead tries to take the lock (the longest hand-over after a holder dies). */
  static final long LEADER_RETRY_MS = 2000;
  /** The transaction lock (same key space) under which the demo seeds and statistics refreshes of a start run. */
  static final int SEED_LOCK = 2;

  private Application() {
  }

  /** Starts everything; blocks the calling (non-event-loop) thread until the server listens. */
  public static Running start(AppConfig initial) throws Exception {
    AppConfig withPort = initial.httpPort() == 0 ? initial.withPort(freePort()) : initial;
    Files.createDirectories(withPort.dataDir());
    SparqlPage sparqlPage = SparqlPage.load();
    EmbeddedDatabase embedded = withPort.database().isEmpty() ? EmbeddedDatabase.start(withPort.dataDir()) : null;
    DatabaseUrl url = embedded != null ? embedded.url() : withPort.database().orElseThrow();
    AppConfig config = withPort;
    LocalIssuer localIssuer = config.auth().localIssuer() ? LocalIssuer.open(config.dataDir()) : null;
    String base = config.baseUri(config.httpPort());
    RdfStore rdf = openRdf(config, embedded);
    SparqlEngine sparql = new SparqlEngine(rdf, new SparqlEngine.Settings(config.rdf().timeoutMs(),
      config.rdf().maxRows(), config.rdf().maxConcurrent()));

    MicrometerMetricsOptions metrics = new MicrometerMetricsOptions()
      .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true))
      .setRegistryName(metricsRegistry(config))
      .setLabels(EnumSet.of(Label.HTTP_METHOD, Label.HTTP_CODE, Label.HTTP_ROUTE, Label.POOL_TYPE, Label.POOL_NAME))
      .setJvmMetricsEnabled(true)
      .setEnabled(true);
    Vertx vertx = Vertx.builder().with(new VertxOptions().setMetricsOptions(metrics))
      .withMetrics(new MicrometerMetricsFactory()).build();
    StoreSync sync;
    Future<Void> rdfReady;
    PortalPush portal = null;
    // among the instances on this database that push to the national portal, one leader does (an effect outside the
    // process must happen once); every instance beats, so that each knows how many share the rate limits
    String instanceId = instanceId(config);
    LeaderLock leader = config.portal().isEmpty() ? null
      : new LeaderLock(vertx, url, "national portal push", LEADER_PORTAL_PUSH, instanceId, LEADER_RETRY_MS);
    Pool shared = Database.own(vertx, url, "instances", 2);
    AtomicReference<Instances> instances = new AtomicReference<>();
    PageCache pages = config.pageCacheMb() == 0 ? PageCache.off()
      : PageCache.listening(vertx, Database.connectOptions(url, "page-cache", 0), config.pageCacheMb() * 1024L * 1024L);
    try {
      AtomicBoolean migrated = new AtomicBoolean();
      final AppConfig cfg = config;
      // the pools' handles are held by Workers for the instance's life (Vert.x closes a pool once its last handle is
      // garbage collected, interrupting its running task: seen when a second instance started at once waited on the
      // migrations' lock and a GC came)
      WorkerExecutor admin = Workers.dbAdmin(vertx);
      Future<String> started = admin.executeBlocking(() -> {
          Migrations.migrate(url);
          migrated.set(true);
          return Contract.load();
        }, false)
        .compose(contract -> seed(vertx, url, cfg.seedSize()).map(contract))
        .compose(contract -> seedAssociations(vertx, url, cfg.seedSize()).map(contract))
        .compose(contract -> seedAwards(vertx, url, cfg.seedSize() > 0 ? cfg.awardsSeedSize() : 0).map(contract))
        .compose(contract -> seedFeedback(vertx, url, cfg.seedSize()).map(contract))
        .compose(contract -> seedDossiers(vertx, url, cfg.seedSize()).map(contract))
        .compose(contract -> seedParIndex(vertx, url, cfg.seedSize()).map(contract))
        .compose(contract -> seedReporting(vertx, url, cfg.seedSize()).map(contract))
        .compose(contract -> seedVoffice(vertx, url, cfg.seedSize()).map(contract))
        .compose(contract -> seedCivilServants(vertx, url, cfg.seedSize()).map(contract))
        .compose(contract -> seedTalent(vertx, url, cfg.seedSize()).map(contract))
        .compose(contract -> seedElearning(vertx, url, cfg.seedSize()).map(contract))
        .compose(contract -> security(vertx, cfg, localIssuer).compose(security -> {
          instances.set(new Instances(vertx, shared, instanceId, cfg.instanceGroup(), LEADER_PORTAL_PUSH, leader == null ? null
            : leader.start(),
            security.rateLimiter()::instances).start());
          ServerContext ctx = new ServerContext(cfg, url, contract, security, base, migrated, rdf, sparql,
            sparqlPage, instances.get(), pages);
          return vertx.deployVerticle(() -> new HttpVerticle(ctx),
            new DeploymentOptions().setInstances(cfg.httpInstances()));
        }));
      started.toCompletionStage().toCompletableFuture().get(30, TimeUnit.MINUTES);
      sync = new StoreSync(vertx, Database.own(vertx, url, "rdf-relay", 2), Workers.rdf(vertx), rdf, new Uris(base),
        Modules.ALL);
      // the first build runs behind the open HTTP server (minutes at a million records); the relay follows it
      final StoreSync s = sync;
      rdfReady = sync.rebuildIfEmpty()
        .onSuccess(v -> s.start(cfg.rdf().relayIntervalMs()))
        .onFailure(e -> LOG.error("RDF store: the rebuild failed; SPARQL answers from what the store holds", e));
      if (cfg.portal().isPresent()) {
        // one push across all instances on this database (the leader's), unlike the RDF relay (one per process:
        // its store is this process's); its own small pool
        Pool portalPool = Database.own(vertx, url, "portal-push", 2);
        portal = new PortalPush(vertx, portalPool, new Catalogue(portalPool, new Uris(base), Modules.ALL),
          cfg.portal().get()).onlyWhile(leader::holding);
        portal.start();
      } else {
        LOG.info("national portal push: off (NATIONAL_PORTAL_URL is not set)");
      }
    } catch (Exception e) {
      pages.close();
      vertx.close();
      rdf.close();
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
    LOG.info("moha-opendata listening on {} (database {}, {} HTTP verticles)", base, url, config.httpInstances());
    return new Running(vertx, config, base, localIssuer, embedded, rdf, sync, rdfReady, portal, leader,
      instances.get(), pages);
  }

  /**
   * The server's one RDF store, shared by every HTTP verticle: the external SPARQL store of RDF_STORE_URL, else TDB2
   * under RDF_STORE_DIR; filled by the rebuild and the outbox relay, not here. When it cannot open (e.g. another
   * process holds the TDB2 lock, or the external store does not answer), the embedded database is stopped before
   * failing.
   */
  private static RdfStore openRdf(AppConfig config, EmbeddedDatabase embedded) {
    try {
      RdfStore rdf = config.rdf().remote().<RdfStore>map(RemoteStore::new)
        .orElseGet(() -> TdbStore.open(config.rdf().storeDir()));
      long cursor = rdf.cursor();
      LOG.info("RDF store {}: {}", rdf.describe(), rdf.isEmpty() ? "empty"
        : cursor < 0 ? "no outbox cursor (never built in full, or by an earlier version): to be rebuilt"
        : "outbox cursor " + cursor);
      return rdf;
    } catch (RuntimeException e) {
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  /** This instance among those on one database: host, HTTP port and process id. */
  static String instanceId(AppConfig config) {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "localhost";
    }
    return host + ":" + config.httpPort() + ":" + ProcessHandle.current().pid();
  }

  /** One Prometheus registry per server (several can run in one JVM, as in the tests). */
  static String metricsRegistry(AppConfig config) {
    return "moha-opendata-" + config.httpPort();
  }

  /** On the first start on an empty database, loads the demo legal documents (real ones + generated ones). */
  static Future<Void> seed(Vertx vertx, DatabaseUrl url, int size) {
    return seedOnce(vertx, url, "legal documents", "documents", "legaldocs.document",
      "SELECT legaldocs.seed_demo($1)", Tuple.of(size));
  }

  /** On the first start on an empty registry (and SEED_SIZE > 0), loads the demo associations and funds. */
  static Future<Void> seedAssociations(Vertx vertx, DatabaseUrl url, int size) {
    return size <= 0 ? Future.succeededFuture()
      : seedOnce(vertx, url, "associations and funds", "organisations", "associations.organization",
        "SELECT associations.seed_demo()", Tuple.tuple());
  }

  /**
   * On the first start on an empty awards table (and SEED_SIZE, AWARDS_SEED_SIZE > 0), loads the demo conferred awards
   * and one proposal dossier per ten of them, at most 5,000 (the workflow's scale does not grow with a benchmark's).
   */
  static Future<Void> seedAwards(Vertx vertx, DatabaseUrl url, int awards) {
    int dossiers = Math.min(5000, Math.max(awards / 10, 100));
    return awards <= 0 ? Future.succeededFuture()
      : seedOnce(vertx, url, "awards", "conferred awards", "awards.award", "SELECT awards.seed_demo($1, $2)",
        Tuple.of(awards, dossiers));
  }

  /** On the first start on an empty feedback table (and SEED_SIZE > 0), loads 3,000 demo feedback cases. */
  static Future<Void> seedFeedback(Vertx vertx, DatabaseUrl url, int size) {
    return size <= 0 ? Future.succeededFuture()
      : seedOnce(vertx, url, "feedback", "feedback cases", "feedback.item", "SELECT feedback.seed_demo(3000)",
        Tuple.tuple());
  }

  /** On the first start on an empty dossier table (and SEED_SIZE > 0), loads 4,000 demo one-stop dossiers. */
  static Future<Void> seedDossiers(Vertx vertx, DatabaseUrl url, int size) {
    return size <= 0 ? Future.succeededFuture()
      : seedOnce(vertx, url, "procedures", "dossiers", "procedures.dossier", "SELECT procedures.seed_demo(4000)",
        Tuple.tuple());
  }

  /** On the first start without PAR Index rounds (and SEED_SIZE > 0), loads the demo 2025 and 2026 rounds. */
  static Future<Void> seedParIndex(Vertx vertx, DatabaseUrl url, int size) {
    return size <= 0 ? Future.succeededFuture()
      : seedOnce(vertx, url, "PAR Index", "assessments", "parindex.round", "SELECT parindex.seed_demo()",
        Tuple.tuple());
  }

  /** On the first start without reports (and SEED_SIZE > 0), loads the demo reports of 2024–2026. */
  static Future<Void> seedReporting(Vertx vertx, DatabaseUrl url, int size) {
    return size <= 0 ? Future.succeededFuture()
      : seedOnce(vertx, url, "reporting", "reports", "reporting.submission", "SELECT reporting.seed_demo()",
        Tuple.tuple());
  }

  /** On the first start without civil servants (and SEED_SIZE > 0), loads 20,000 demo people and the rollup. */
  static Future<Void> seedCivilServants(Vertx vertx, DatabaseUrl url, int size) {
    return size <= 0 ? Future.succeededFuture()
      : seedOnce(vertx, url, "civil servants", "people", "civilservants.person",
        "SELECT civilservants.seed_demo(20000)", Tuple.tuple());
  }

  /**
   * On the first start without incoming documents (and SEED_SIZE > 0), loads the demo VOffice documents of 2023–2026
   * at SEED_SIZE / 5000 of the 2022 scale (at most the whole of it), then computes their open statistics.
   */
  static Future<Void> seedVoffice(Vertx vertx, DatabaseUrl url, int size) {
    if (size <= 0) {
      return Future.succeededFuture();
    }
    // a quarter of the handbook's yearly volume at the default SEED_SIZE (≈ 50,000 documents over four years, seconds
    // to load); SEED_SIZE=20000 loads the full 2022 volume for every year (≈ 200,000, two minutes)
    int perMille = Math.min(1000, Math.max(1, size / 20));
    return seedOnce(vertx, url, "VOffice", "documents", "voffice.incoming",
      "SELECT voffice.seed_demo($1::int / 1000.0)", Tuple.of(perMille)).compose(v -> {
        Pool pool = Database.seeding(vertx, url);
        return pool.withTransaction(c -> seedLock(c).compose(l -> c.query("SELECT 1 FROM voffice.stat_cell LIMIT 1")
            .execute())
            .compose(rs -> rs.size() > 0 ? Future.<Void>succeededFuture() : VOfficeStats.rebuild(c)))
          .eventually(pool::close);
      });
  }

  /**
   * On the first start without candidates (and SEED_SIZE > 0), loads the demo profiles of 2018–2025; at every start,
   * brings the open statistics in step with the profiles (the demo is loaded by SQL, the suppression is Java's).
   */
  static Future<Void> seedTalent(Vertx vertx, DatabaseUrl url, int size) {
    return (size <= 0 ? Future.<Void>succeededFuture()
      : seedOnce(vertx, url, "talent", "profiles", "talent.profile", "SELECT talent.seed_demo()", Tuple.tuple()))
      .compose(v -> refresh(vertx, url, c -> TalentStatistics.refresh(Workers.statistics(vertx), c)));
  }

  /** As {@link #seedTalent} for the e-learning: 17,000 learners of 2023–2026 and their enrolments. */
  static Future<Void> seedElearning(Vertx vertx, DatabaseUrl url, int size) {
    return (size <= 0 ? Future.<Void>succeededFuture()
      : seedOnce(vertx, url, "e-learning", "enrolments", "elearning.enrolment", "SELECT elearning.seed_demo()",
        Tuple.tuple()))
      .compose(v -> refresh(vertx, url, c -> ELearningStatistics.refresh(Workers.statistics(vertx), c)));
  }

  /** Runs a statistics refresh in a transaction of its own (a pool of one connection, closed after). */
  private static Future<Void> refresh(Vertx vertx, DatabaseUrl url, Function<SqlConnection, Future<Integer>> how) {
    Pool pool = Database.seeding(vertx, url);
    return pool.withTransaction(c -> seedLock(c).compose(v -> how.apply(c))).<Void>mapEmpty()
      .eventually(pool::close);
  }

  /**
   * Takes the seeding lock for the caller's transaction: instances started at once on an empty database seed one
   * after the other, and each checks for existing rows only once it holds the lock (a transaction-scoped advisory
   * lock in {@link LeaderLock#CLASS_ID}'s key space, freed at commit or rollback, or when the session dies).
   */
  private static Future<Void> seedLock(SqlConnection c) {
    return c.preparedQuery("SELECT pg_advisory_xact_lock($1, $2)").execute(Tuple.of(LeaderLock.CLASS_ID, SEED_LOCK))
      .mapEmpty();
  }

  /**
   * Runs a dataset's demo generator (which returns the rows it made) in one transaction when its main table is empty,
   * then analyzes the table. The check and the generator run under the seeding lock ({@link #seedLock}), so that two
   * instances started at once on an empty database seed once. A pool of its own without a statement timeout:
   * seeding 1,000,000 rows takes minutes.
   */
  static Future<Void> seedOnce(Vertx vertx, DatabaseUrl url, String what, String rows, String table,
                               String generator, Tuple args) {
    Pool pool = Database.seeding(vertx, url);
    long t0 = System.nanoTime();
    return pool.withTransaction(c -> seedLock(c)
        .compose(v -> c.query("SELECT count(*) FROM " + table).execute())
        .compose(rs -> {
          long n = rs.iterator().next().getLong(0);
          if (n > 0) {
            LOG.info("{}: {} already in the database, no seeding", what, n);
            return Future.succeededFuture((Integer) null);
          }
          return c.query("SET LOCAL client_min_messages = warning").execute()
            .compose(v -> c.preparedQuery(generator).execute(args))
            .map(r -> r.iterator().next().getInteger(0));
        }))
      .compose(made -> made == null ? Future.<Void>succeededFuture() : pool.query("ANALYZE " + table).execute()
        .onSuccess(r -> LOG.info("{}: seeded {} demo {} in {} ms", what, made, rows,
          (System.nanoTime() - t0) / 1_000_000))
        .<Void>mapEmpty())
      .eventually(pool::close);
  }

  /** Token verification (the configured issuer, or the local development one), API keys, rate limits. */
  static Future<SecurityServices> security(Vertx vertx, AppConfig config, LocalIssuer localIssuer) {
    AppConfig.Auth a = config.auth();
    TokenVerifier.Settings settings = new TokenVerifier.Settings(a.issuer().orElse(LocalIssuer.ISSUER),
      a.jwksUrl().orElse(null), a.audience(), a.rolesClaim(), a.unitClaim(), a.clockSkewSeconds());
    Future<TokenVerifier> tokens;
    if (localIssuer != null) {
      LOG.warn("**********************************************************************************************");
      LOG.warn("LOCAL DEVELOPMENT ISSUER ON: no OIDC_ISSUER is configured, so this server trusts tokens signed by");
      LOG.warn("the key in {} — anyone who can read that directory can mint an admin token.",
        config.dataDir().resolve("dev-issuer").toAbsolutePath());
      LOG.warn("Never run it like this in production: set OIDC_ISSUER (and OIDC_JWKS_URL) to the identity provider.");
      LOG.warn("**********************************************************************************************");
      tokens = Future.succeededFuture(TokenVerifier.local(vertx, localIssuer, settings));
    } else {
      LOG.info("bearer tokens: issuer {}, audience {}, keys from {}", settings.issuer(), settings.audience(),
        a.jwksUrl().orElse("the issuer's openid-configuration"));
      tokens = TokenVerifier.external(vertx, settings);
    }
    LOG.info("rate limits per instance: {} requests/min per anonymous IP, {} per API key or user (0 = off)",
      a.anonymousPerMinute(), a.keyPerMinute());
    return tokens.map(t -> new SecurityServices(t, new ApiKeys(), new RateLimiter(a.anonymousPerMinute(),
      a.keyPerMinute())));
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }
}
