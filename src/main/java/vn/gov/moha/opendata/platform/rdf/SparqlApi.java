package vn.gov.moha.opendata.platform.rdf;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.work.Workers;

/**
 * The SPARQL 1.1 Protocol endpoint at /sparql, read-only: GET with {@code query}, POST with a form
 * ({@code query=...}) or a raw application/sparql-query body; without a query, GET shows the HTML query page.
 * The router's contract has no request body for POST (vertx-openapi 5.0 knows neither media type), so this handler
 * checks the content type and the body itself. Queries run on the "rdf" worker pool, at most SPARQL_MAX_CONCURRENT at
 * once (more wait in line up to a second, then 503 with Retry-After; lookups of a subject have a line of their own, see
 * {@link SparqlEngine#submit}), never on the event loop.
 */
public final class SparqlApi {
  static final String FORM = "application/x-www-form-urlencoded";
  static final String SPARQL_QUERY = "application/sparql-query";
  static final String SPARQL_UPDATE = "application/sparql-update";
  /** Sent when results beyond SPARQL_MAX_ROWS were left out; its value is the cap. */
  public static final String CAPPED_HEADER = "SPARQL-Results-Capped";

  private final SparqlEngine engine;
  private final WorkerExecutor workers;
  private final SparqlPage page;
  private final Vertx vertx;

  public SparqlApi(Vertx vertx, SparqlEngine engine, SparqlPage page) {
    this.vertx = vertx;
    this.engine = engine;
    this.workers = Workers.rdf(vertx);
    this.page = page;
  }

  public Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("querySparql", this::get);
    m.put("querySparqlPost", this::post);
    return m;
  }

  private void get(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    refuseDatasetParameters(q);
    String text = Requests.str(q, "query");
    if (text == null && Requests.str(q, "format") == null && acceptsHtml(rc.parsedHeaders().accept())) {
      rc.response().putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Content-Security-Policy", SparqlPage.CSP)
        .putHeader("Vary", "Accept")
        .end(page.html());
      return;
    }
    run(rc, text, q);
  }

  private void post(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    refuseDatasetParameters(q);
    String type = mediaType(rc.request().getHeader("Content-Type"));
    String text = switch (type) {
      case FORM -> {
        if (rc.request().getFormAttribute("update") != null) {
          throw readOnly(400);
        }
        yield rc.request().getFormAttribute("query");
      }
      case SPARQL_QUERY -> rc.body().asString(StandardCharsets.UTF_8.name());
      case SPARQL_UPDATE -> throw readOnly(415);
      default -> throw ApiProblem.of(415, "unsupported-media-type", "Unsupported Media Type",
        "Send the query as application/sparql-query, or as the 'query' field of an "
          + "application/x-www-form-urlencoded form" + (type.isEmpty() ? "." : ", not " + type + "."));
    };
    run(rc, text, q);
  }

  private void run(RoutingContext rc, String text, Map<String, RequestParameter> q) {
    SparqlEngine.Checked query = engine.parse(text);
    ResultFormat format = negotiate(rc.parsedHeaders().accept(), query.graph(), Requests.str(q, "format"));
    long timeout = timeoutMs(q);
    engine.submit(vertx, workers, query, format, timeout).onComplete(ar -> {
      if (ar.failed()) {
        if (ar.cause() instanceof SparqlEngine.Busy) {
          rc.response().putHeader("Retry-After", "2");
          rc.fail(ApiProblem.of(503, "sparql-busy", "Service Unavailable", engine.settings().maxConcurrent()
            + " SPARQL queries are already running on this server and others are waiting; try again in a few "
            + "seconds."));
        } else {
          rc.fail(ar.cause());
        }
        return;
      }
      SparqlEngine.Answer answer = ar.result();
      if (answer.capped()) {
        rc.response().putHeader(CAPPED_HEADER, String.valueOf(engine.settings().maxRows()));
      }
      rc.response().putHeader("Content-Type", format.contentType()).putHeader("Vary", "Accept")
        .putHeader("Cache-Control", "no-store")
        .end(answer.body());
    });
  }

  /** The client's {@code timeout} (seconds) can only lower the server's SPARQL_TIMEOUT_MS. */
  private long timeoutMs(Map<String, RequestParameter> q) {
    String seconds = Requests.str(q, "timeout");
    long server = engine.settings().timeoutMs();
    return seconds == null ? server : Math.min(server, Long.parseLong(seconds) * 1000L);
  }

  private static void refuseDatasetParameters(Map<String, RequestParameter> q) {
    for (String name : List.of("default-graph-uri", "named-graph-uri")) {
      if (Requests.str(q, name) != null) {
        throw ApiProblem.badRequest("dataset-not-supported", "The parameter " + name + " is not supported: the "
          + "default graph is always the union of every published record's graph (use GRAPH or FROM in the query).",
          new ApiProblem.FieldError(name, "query", "not supported"));
      }
    }
  }

  private static ApiProblem readOnly(int status) {
    return ApiProblem.of(status, "update-not-allowed", status == 415 ? "Unsupported Media Type" : "Bad Request",
      "This endpoint is read-only: SPARQL Update is not accepted.");
  }

  private static String mediaType(String header) {
    return header == null ? "" : header.split(";")[0].trim().toLowerCase(Locale.ROOT);
  }

  /**
   * The answer's format: the {@code format} parameter when given (406 when it does not fit the query form), else the
   * best match of the Accept header (q-values, then the more specific entry), else the kind's default; 406 when the
   * Accept header admits nothing this query can be written as.
   */
  static ResultFormat negotiate(List<MIMEHeader> accept, boolean graph, String formatParam) {
    List<ResultFormat> offers = ResultFormat.offers(graph);
    if (formatParam != null) {
      ResultFormat f = ResultFormat.byShortName(formatParam).orElseThrow(() -> ApiProblem.badRequest(
        "invalid-parameter", "Unknown format " + formatParam + "."));
      if (f.graph() != graph) {
        throw notAcceptable(graph);
      }
      return f;
    }
    if (accept.isEmpty()) {
      return offers.get(0);
    }
    List<MIMEHeader> ranked = accept.stream().sorted(Comparator.comparing((MIMEHeader h) -> -h.weight())
      .thenComparing(h -> -specificity(h))).toList();
    for (MIMEHeader h : ranked) {
      if (h.weight() <= 0) {
        continue;
      }
      for (ResultFormat f : offers) {
        if (matches(h, f) && !refused(ranked, f)) {
          return f;
        }
      }
    }
    throw notAcceptable(graph);
  }

  static boolean acceptsHtml(List<MIMEHeader> accept) {
    return accept.isEmpty() || accept.stream().anyMatch(h -> h.weight() > 0
      && (h.component().equals("*") || h.component().equals("text") && (h.subComponent().equals("*")
      || h.subComponent().equals("html"))));
  }

  private static ApiProblem notAcceptable(boolean graph) {
    return ApiProblem.of(406, "not-acceptable", "Not Acceptable", graph
      ? "A CONSTRUCT or DESCRIBE answer is text/turtle, application/n-triples, application/ld+json or "
        + "application/rdf+xml (format ttl, nt, jsonld, rdf)."
      : "A SELECT or ASK answer is application/sparql-results+json, application/sparql-results+xml, text/csv or "
        + "text/tab-separated-values (format json, xml, csv, tsv).");
  }

  private static int specificity(MIMEHeader h) {
    return h.component().equals("*") ? 0 : h.subComponent().equals("*") ? 1 : 2;
  }

  private static boolean matches(MIMEHeader h, ResultFormat f) {
    if (h.component().equals("*")) {
      return true;
    }
    return f.accepted().stream().anyMatch(mt -> {
      String[] parts = mt.split("/");
      return parts[0].equals(h.component()) && (h.subComponent().equals("*") || parts[1].equals(h.subComponent()));
    });
  }

  /** An exact entry with q=0 refuses a format even when a wildcard admits it. */
  private static boolean refused(List<MIMEHeader> ranked, ResultFormat f) {
    return ranked.stream().anyMatch(h -> h.weight() <= 0 && specificity(h) == 2 && matches(h, f));
  }
}
