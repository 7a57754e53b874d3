package vn.gov.moha.opendata.app;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.AllowForwardHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.sqlclient.Pool;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.moha.opendata.datasets.archive.ArchiveApi;
import vn.gov.moha.opendata.datasets.associations.AssociationsApi;
import vn.gov.moha.opendata.datasets.awards.AwardsApi;
import vn.gov.moha.opendata.datasets.civilservants.CivilServantsApi;
import vn.gov.moha.opendata.datasets.elearning.ELearningApi;
import vn.gov.moha.opendata.datasets.feedback.FeedbackApi;
import vn.gov.moha.opendata.datasets.legaldocs.LegalDocsApi;
import vn.gov.moha.opendata.datasets.procedures.ProceduresApi;
import vn.gov.moha.opendata.datasets.parindex.ParIndexApi;
import vn.gov.moha.opendata.datasets.reporting.ReportingApi;
import vn.gov.moha.opendata.datasets.voffice.VOfficeApi;
import vn.gov.moha.opendata.datasets.talent.TalentApi;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue;
import vn.gov.moha.opendata.opendata.catalogue.DcatApi;
import vn.gov.moha.opendata.opendata.catalogue.CkanApi;
import vn.gov.moha.opendata.opendata.catalogue.PublicationApi;
import vn.gov.moha.opendata.opendata.downloads.DownloadCounter;
import vn.gov.moha.opendata.opendata.downloads.DownloadFiles;
import vn.gov.moha.opendata.opendata.downloads.DumpsApi;
import vn.gov.moha.opendata.opendata.linkeddata.Descriptions;
import vn.gov.moha.opendata.opendata.linkeddata.LinkedDataApi;
import vn.gov.moha.opendata.opendata.portal.PortalApi;
import vn.gov.moha.opendata.platform.audit.AuditApi;
import vn.gov.moha.opendata.platform.codelists.CodeListsApi;
import vn.gov.moha.opendata.platform.db.Database;
import vn.gov.moha.opendata.platform.http.CorsPolicy;
import vn.gov.moha.opendata.platform.http.HeadRequests;
import vn.gov.moha.opendata.platform.http.InputGuard;
import vn.gov.moha.opendata.platform.http.Idempotency;
import vn.gov.moha.opendata.platform.http.ProblemHandler;
import vn.gov.moha.opendata.platform.http.RequestLog;
import vn.gov.moha.opendata.platform.http.RequestValidation;
import vn.gov.moha.opendata.platform.http.SecurityHeaders;
import vn.gov.moha.opendata.platform.http.StringParamsExtractor;
import vn.gov.moha.opendata.platform.http.Templates;
import vn.gov.moha.opendata.platform.rdf.SparqlApi;
import vn.gov.moha.opendata.platform.security.Access;
import vn.gov.moha.opendata.platform.security.AccessApi;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.work.Workers;

/**
 * One event loop's HTTP server: contract → router (every request validated) → handlers. A composition root only;
 * deployed once per event loop, all instances share the port and the database pool.
 */
final class HttpVerticle extends VerticleBase {
  private final ServerContext ctx;
  private Pool pool;
  private Pool read;
  private HttpServer server;
  private DownloadCounter counter;

  HttpVerticle(ServerContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Future<?> start() {
    pool = Database.http(vertx, ctx.database(), ctx.config().dbPoolSize(), ctx.config().statementTimeoutMs(),
      ctx.config().dbConnectTimeoutMs());
    // the open read-only endpoints (catalogue, portal pages, linked-data descriptions, downloads) read from the
    // replica of DATABASE_READ_URL when there is one; writes and everything needing read-your-writes stay on the
    // primary (dataset lists and records, statistics, access checks, Idempotency-Keys, download counts)
    read = ctx.config().readDatabase().map(r -> Database.shared(vertx, r, Database.READ, ctx.config().dbPoolSize(),
      ctx.config().statementTimeoutMs(), ctx.config().dbConnectTimeoutMs())).orElse(pool);
    Catalogue catalogue = new Catalogue(read, new Uris(ctx.baseUri()), Modules.ALL);
    return ctx.contract().forRouter(vertx)
      .compose(openapi -> Future.all(LegalDocsApi.create(pool, ctx.baseUri(), ctx.pages()),
        AssociationsApi.create(pool, ctx.baseUri()),
        Descriptions.load(vertx, read, Workers.rdf(vertx), new Uris(ctx.baseUri()), Modules.ALL),
        DcatApi.create(catalogue, Workers.rdf(vertx)), AwardsApi.create(pool, ctx.baseUri(), ctx.pages())).map(apis -> {
        LegalDocsApi legal = apis.resultAt(0);
        AssociationsApi associations = apis.resultAt(1);
        Descriptions descriptions = apis.resultAt(2);
        DcatApi dcat = apis.resultAt(3);
        AwardsApi awards = apis.resultAt(4);
        Map<String, Handler<RoutingContext>> table = new LinkedHashMap<>();
        table.putAll(new OpsApi(vertx, pool, ctx.contract(), ctx.baseUri(), ctx::migrated,
          Application.metricsRegistry(ctx.config()), ctx.instances()).handlers());
        table.putAll(legal.handlers());
        table.putAll(associations.handlers());
        table.putAll(new CodeListsApi(new Uris(ctx.baseUri()), legal.codeLists(), associations.codeLists()).handlers());
        table.putAll(awards.handlers());
        table.putAll(new FeedbackApi(pool, ctx.baseUri(), ctx.security().rateLimiter()).handlers());
        table.putAll(new ProceduresApi(pool, ctx.baseUri(), ctx.security().rateLimiter()).handlers());
        table.putAll(new ParIndexApi(pool, ctx.baseUri()).handlers());
        table.putAll(new ReportingApi(pool, ctx.baseUri()).handlers());
        table.putAll(new ArchiveApi(pool, ctx.baseUri()).handlers());
        table.putAll(new VOfficeApi(pool, ctx.baseUri()).handlers());
        table.putAll(new CivilServantsApi(pool, ctx.baseUri()).handlers());
        table.putAll(new TalentApi(pool, ctx.baseUri(), Workers.statistics(vertx)).handlers());
        table.putAll(new ELearningApi(pool, ctx.baseUri(), Workers.statistics(vertx)).handlers());
        table.putAll(new AccessApi(pool, ctx.security(), ctx.baseUri()).handlers());
        table.putAll(new AuditApi(pool, ctx.baseUri()).handlers());
        counter = new DownloadCounter(vertx, pool);
        table.putAll(new DumpsApi(read, Workers.rdf(vertx), new Uris(ctx.baseUri()), Modules.ALL, catalogue,
          new DownloadFiles(vertx, pool, ctx.config().dataDir().resolve("downloads"), ctx.config().downloadCache()),
          counter).handlers());
        Templates templates = new Templates(vertx);
        table.putAll(new LinkedDataApi(descriptions, Workers.rdf(vertx), templates, ctx.rdf(), catalogue).handlers());
        table.putAll(new SparqlApi(vertx, ctx.sparql(), ctx.sparqlPage()).handlers());
        table.putAll(dcat.handlers());
        table.putAll(new CkanApi(catalogue).handlers());
        table.putAll(new PublicationApi(pool, catalogue, ctx.config().portal()).handlers());
        PortalApi portal = new PortalApi(read, catalogue, templates);
        table.putAll(portal.handlers());
        table.put("getApiIndex", portal.homeOr(table.get("getApiIndex")));
        StringParamsExtractor extractor = new StringParamsExtractor();
        RouterBuilder builder = RouterBuilder.create(vertx, openapi, extractor);
        builder.rootHandler(new HeadRequests());
        builder.rootHandler(new RequestLog());
        builder.rootHandler(new SecurityHeaders(ctx.baseUri().startsWith("https://")));
        builder.rootHandler(new CorsPolicy());
        InputGuard guard = new InputGuard(ctx.contract().bodyMediaTypes());
        builder.rootHandler(guard.uri());
        builder.rootHandler(new Access(ctx.security(), openapi, ctx.contract().requirements(), pool));
        builder.rootHandler(guard.mediaType());
        builder.rootHandler(BodyHandler.create(false).setBodyLimit(ctx.config().bodyLimit()));
        builder.rootHandler(guard.body());
        ApiRoutes.bind(builder, table, new Idempotency(pool), new RequestValidation(vertx, openapi, extractor),
          ctx.pages().writes());
        Router router = builder.createRouter();
        router.allowForward(forwarded(ctx.config().auth().forwarded()));
        ProblemHandler problems = new ProblemHandler(ctx.baseUri());
        router.route().failureHandler(problems);
        for (int status : new int[] {400, 401, 403, 404, 405, 406, 413, 415, 429, 500}) {
          router.errorHandler(status, problems);
        }
        return router;
      }))
      .compose(router -> vertx.createHttpServer(new HttpServerOptions()
          .setCompressionSupported(true)
          // no WebSocket endpoint: without these Netty keeps a WebSocket extension handler in every connection's
          // pipeline, which every request and response passes through
          .setPerMessageWebSocketCompressionSupported(false)
          .setPerFrameWebSocketCompressionSupported(false)
          .setMaxInitialLineLength(8192)
          .setMaxHeaderSize(16384)
          // a form-encoded field (SPARQL protocol: query=… / update=…) may be as long as the body limit allows
          // (Vert.x's default, 8 KiB, failed longer queries with an IOException: a 500)
          .setMaxFormAttributeSize((int) Math.min(ctx.config().bodyLimit(), Integer.MAX_VALUE))
          .setIdleTimeout(120))
        .requestHandler(req -> router.handle(Idempotency.capture(req)))
        .invalidRequestHandler(ProblemHandler::invalidRequest)
        .listen(ctx.config().httpPort(), ctx.config().httpHost()))
      .onSuccess(s -> server = s);
  }

  private static AllowForwardHeaders forwarded(String setting) {
    return switch (setting) {
      case "forwarded" -> AllowForwardHeaders.FORWARD;
      case "x-forwarded" -> AllowForwardHeaders.X_FORWARD;
      case "all" -> AllowForwardHeaders.ALL;
      default -> AllowForwardHeaders.NONE;
    };
  }

  @Override
  public Future<?> stop() {
    Future<Void> closed = server == null ? Future.succeededFuture() : server.shutdown();
    return closed.eventually(() -> counter == null ? Future.succeededFuture() : counter.close())
      .eventually(() -> read == null || read == pool ? Future.succeededFuture() : read.close())
      .eventually(() -> pool == null ? Future.succeededFuture() : pool.close());
  }
}
