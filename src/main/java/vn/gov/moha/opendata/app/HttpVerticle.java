package vn.gov.moha.opendata.app;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.sqlclient.Pool;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.moha.opendata.datasets.legaldocs.LegalDocsApi;
import vn.gov.moha.opendata.platform.db.Database;
import vn.gov.moha.opendata.platform.http.ProblemHandler;
import vn.gov.moha.opendata.platform.http.RequestLog;
import vn.gov.moha.opendata.platform.http.StringParamsExtractor;

/**
 * One event loop's HTTP server: contract → router (every request validated) → handlers. A composition root only;
 * deployed once per event loop, all instances share the port and the database pool.
 */
final class HttpVerticle extends VerticleBase {
  private final ServerContext ctx;
  private Pool pool;
  private HttpServer server;

  HttpVerticle(ServerContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Future<?> start() {
    pool = Database.pool(vertx, ctx.database(), ctx.config().dbPoolSize(), ctx.config().statementTimeoutMs());
    return ctx.contract().forRouter(vertx)
      .compose(openapi -> LegalDocsApi.create(pool, ctx.baseUri()).map(legal -> {
        Map<String, Handler<RoutingContext>> table = new LinkedHashMap<>();
        table.putAll(new OpsApi(vertx, pool, ctx.contract(), ctx.baseUri(), ctx::migrated,
          Application.metricsRegistry(ctx.config())).handlers());
        table.putAll(legal.handlers());
        RouterBuilder builder = RouterBuilder.create(vertx, openapi, new StringParamsExtractor());
        builder.rootHandler(new RequestLog());
        builder.rootHandler(ctx.access().bind(openapi, ctx.contract().requirements()));
        builder.rootHandler(BodyHandler.create(false).setBodyLimit(ctx.config().bodyLimit()));
        ApiRoutes.bind(builder, table);
        Router router = builder.createRouter();
        ProblemHandler problems = new ProblemHandler();
        router.route().failureHandler(problems);
        for (int status : new int[] {400, 404, 405, 406, 413, 415, 500}) {
          router.errorHandler(status, problems);
        }
        return router;
      }))
      .compose(router -> vertx.createHttpServer(new HttpServerOptions()
          .setCompressionSupported(true)
          .setMaxInitialLineLength(8192)
          .setIdleTimeout(120))
        .requestHandler(router)
        .listen(ctx.config().httpPort(), ctx.config().httpHost()))
      .onSuccess(s -> server = s);
  }

  @Override
  public Future<?> stop() {
    Future<Void> closed = server == null ? Future.succeededFuture() : server.shutdown();
    return closed.eventually(() -> pool == null ? Future.succeededFuture() : pool.close());
  }
}
