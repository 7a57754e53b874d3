package vn.gov.moha.opendata.app;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.MimeMapping;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.micrometer.PrometheusScrapingHandler;
import io.vertx.openapi.validation.ValidatedRequest;
import io.vertx.sqlclient.Pool;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import vn.gov.moha.opendata.platform.db.Instances;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Contract;

/** Operations endpoints: index, health, readiness, metrics, the contract and its documentation. */
final class OpsApi {
  private static final String SWAGGER = "META-INF/resources/webjars/swagger-ui/" + swaggerVersion() + "/";
  private final Vertx vertx;
  private final Pool pool;
  private final Contract contract;
  private final String base;
  private final BooleanSupplier migrated;
  private final String contractJson;
  private final String metricsRegistry;
  private final Instances instances;

  OpsApi(Vertx vertx, Pool pool, Contract contract, String base, BooleanSupplier migrated, String metricsRegistry,
         Instances instances) {
    this.metricsRegistry = metricsRegistry;
    this.instances = instances;
    this.vertx = vertx;
    this.pool = pool;
    this.contract = contract;
    this.base = base;
    this.migrated = migrated;
    this.contractJson = contract.raw().encodePrettily();
  }

  Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("getApiIndex", this::index);
    m.put("getHealth", rc -> json(rc, 200, new JsonObject().put("status", "UP")));
    m.put("getReadiness", this::ready);
    m.put("getMetrics", PrometheusScrapingHandler.create(metricsRegistry));
    m.put("getContractYaml", rc -> rc.response().putHeader("Content-Type", "application/yaml; charset=utf-8")
      .end(contract.yaml()));
    m.put("getContractJson", rc -> rc.response().putHeader("Content-Type", "application/json; charset=utf-8")
      .end(contractJson));
    m.put("getDocs", this::docs);
    m.put("getDocsAsset", this::asset);
    return m;
  }

  private void index(RoutingContext rc) {
    JsonObject links = new JsonObject()
      .put("legal-documents", base + "/api/v1/legal-documents")
      .put("code-lists", base + "/api/v1/code-lists/legal-document-types")
      .put("openapi", base + "/openapi.yaml")
      .put("docs", base + "/docs")
      .put("health", base + "/health/ready")
      .put("metrics", base + "/metrics");
    json(rc, 200, new JsonObject().put("title", "moha-opendata — Dữ liệu mở Bộ Nội vụ").put("links", links));
  }

  /**
   * Readiness: the database answers and the migrations ran; with the instance's place among those sharing the
   * database (its id, how many are live, whether it leads, i.e. runs the national portal push, and who does).
   */
  private void ready(RoutingContext rc) {
    pool.query("SELECT 1").execute().onComplete(ar -> {
      boolean db = ar.succeeded();
      boolean mig = migrated.getAsBoolean();
      JsonObject checks = new JsonObject().put("database", db ? "UP" : "DOWN: " + ar.cause().getMessage())
        .put("migrations", mig ? "UP" : "DOWN: not applied");
      JsonObject body = new JsonObject().put("status", db && mig ? "UP" : "DOWN").put("checks", checks);
      Future<JsonObject> instance = db ? instances.describe().otherwiseEmpty()
        : Future.succeededFuture(null);
      instance.onComplete(i -> {
        if (i.succeeded() && i.result() != null) {
          body.put("instance", i.result());
        }
        json(rc, db && mig ? 200 : 503, body);
      });
    });
  }

  private void docs(RoutingContext rc) {
    String html = """
      <!doctype html>
      <html lang="vi"><head><meta charset="utf-8"><title>moha-opendata API — tài liệu</title>
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <link rel="stylesheet" href="/docs/swagger-ui.css"></head>
      <body><div id="swagger-ui"></div>
      <script src="/docs/swagger-ui-bundle.js"></script>
      <script src="/docs/swagger-ui-standalone-preset.js"></script>
      <script src="/docs/docs-init.js"></script>
      </body></html>
      """;
    rc.response().putHeader("Content-Type", "text/html; charset=utf-8").end(html);
  }

  private void asset(RoutingContext rc) {
    ValidatedRequest req = rc.get(RouterBuilder.KEY_META_DATA_VALIDATED_REQUEST);
    String name = req.getPathParameters().get("asset").getString();
    if (name.equals("docs-init.js")) {
      rc.response().putHeader("Content-Type", "text/javascript; charset=utf-8").end("""
        window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true,
          presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: 'StandaloneLayout' });
        """);
      return;
    }
    String path = SWAGGER + name;
    vertx.fileSystem().exists(path).onComplete(ar -> {
      if (ar.failed() || !ar.result()) {
        rc.fail(ApiProblem.notFound("No documentation asset " + name + "."));
        return;
      }
      String type = MimeMapping.mimeTypeForFilename(name);
      rc.response().putHeader("Content-Type", type == null ? "application/octet-stream" : type)
        .putHeader("Cache-Control", "public, max-age=86400").sendFile(path).onFailure(rc::fail);
    });
  }

  private static void json(RoutingContext rc, int status, JsonObject body) {
    rc.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
      .end(body.encode());
  }

  private static String swaggerVersion() {
    try (InputStream in = OpsApi.class.getClassLoader()
      .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "5.34.1");
    } catch (IOException e) {
      return "5.34.1";
    }
  }
}
