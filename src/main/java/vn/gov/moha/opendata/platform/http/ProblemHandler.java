package vn.gov.moha.opendata.platform.http;

import io.vertx.core.Handler;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.json.schema.OutputUnit;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatorErrorType;
import io.vertx.openapi.validation.ValidatorException;
import io.vertx.pgclient.PgException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.moha.opendata.platform.db.SqlErrors;
import vn.gov.moha.opendata.platform.http.ApiProblem.FieldError;

/**
 * The only writer of error bodies: every failure becomes an RFC 9457 application/problem+json document, except under
 * {@link #CKAN_ACTIONS}, where clients are CKAN harvesters and get CKAN's error envelope
 * ({@code {"help", "success": false, "error": {"__type", …}}}) with CKAN's status codes instead.
 */
public final class ProblemHandler implements Handler<RoutingContext> {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
  public static final String PROBLEM_JSON = "application/problem+json";
  /** The path of the CKAN-style action API. */
  public static final String CKAN_ACTIONS = "/api/3/action/";
  /** Problem codes that are CKAN errors: a 409 "Validation Error" naming fields, Solr refusing a query. */
  public static final String CKAN_VALIDATION = "validation-error";
  public static final String CKAN_SEARCH_QUERY = "search-query-error";
  public static final String CKAN_SEARCH = "search-error";
  private static final Pattern REQUIRED = Pattern.compile("required property \"([^\"]+)\"");
  private static final Pattern PARAM = Pattern.compile("(query|path|header|cookie) parameter ([^ .]+)");

  private final String baseUri;

  /** {@code baseUri} (PUBLIC_BASE_URI) makes the {@code help} links of CKAN error envelopes. */
  public ProblemHandler(String baseUri) {
    this.baseUri = baseUri;
  }

  @Override
  public void handle(RoutingContext rc) {
    ApiProblem problem = toProblem(rc.failure(), rc.statusCode(), rc);
    if (problem.status() >= 500 && (rc.failure() instanceof ApiProblem || problem.status() == 503)) {
      // a deliberate answer (a query cut at its timeout, a busy endpoint, an unavailable store or database): no stack
      LOG.warn("{} {} answered {} {}", rc.request().method(), rc.request().path(), problem.status(), problem.code());
    } else if (problem.status() >= 500) {
      LOG.error("{} {} failed", rc.request().method(), rc.request().path(), rc.failure());
    }
    if (rc.request().path().startsWith(CKAN_ACTIONS)) {
      sendCkan(rc, problem, baseUri);
    } else {
      send(rc, problem);
    }
  }

  /**
   * Writes a failure of the CKAN action API as CKAN 2.10 does (ckan/views/api.py): 404 "Not Found Error", 409
   * "Validation Error" with the messages per field (also for parameters the contract refuses), 400 "Search Query
   * Error" (a bad sort), 409 "Search Error" (a query Solr refuses), 403 "Authorization Error"; a path that names no
   * action is CKAN's 400 "Action name not known". Where CKAN answers a bare JSON string (400), the envelope carries
   * the same text as its message.
   */
  static void sendCkan(RoutingContext rc, ApiProblem problem, String baseUri) {
    HttpServerResponse res = rc.response();
    if (res.headWritten()) {
      rc.request().connection().close();
      return;
    }
    String action = rc.request().path().substring(CKAN_ACTIONS.length());
    int status = problem.status();
    JsonObject error = new JsonObject();
    if (status == 404 && !(rc.failure() instanceof ApiProblem)) {
      status = 400;
      error.put("__type", "Bad Request").put("message", "Bad request - Action name not known: " + action);
    } else if (status == 404) {
      error.put("__type", "Not Found Error").put("message", problem.getMessage());
    } else if (CKAN_SEARCH_QUERY.equals(problem.code())) {
      error.put("__type", "Search Query Error").put("message", problem.getMessage());
    } else if (CKAN_SEARCH.equals(problem.code())) {
      error.put("__type", "Search Error").put("message", problem.getMessage());
    } else if (CKAN_VALIDATION.equals(problem.code()) || (status == 400 && !problem.errors().isEmpty())) {
      status = 409;
      error.put("__type", "Validation Error");
      for (FieldError f : problem.errors()) {
        String field = f.pointer().replaceFirst("^/", "").replace('/', '.');
        error.put(field.isEmpty() ? "message" : field, new io.vertx.core.json.JsonArray().add(f.message()));
      }
    } else if (status == 400) {
      error.put("__type", "Bad Request").put("message", "Bad request - " + problem.getMessage());
    } else if (status == 401 || status == 403) {
      error.put("__type", "Authorization Error").put("message", "Access denied: " + problem.getMessage());
    } else {
      error.put("__type", problem.title()).put("message", problem.getMessage());
    }
    if (!rc.request().isEnded()) {
      rc.request().resume();
    }
    res.setStatusCode(status).putHeader("Content-Type", "application/json;charset=utf-8")
      .putHeader("Cache-Control", "no-store");
    res.end(new JsonObject().put("help", ckanHelp(baseUri, action)).put("success", false).put("error", error)
      .encode());
  }

  /** CKAN's {@code help} link of an action: its help_show call. */
  public static String ckanHelp(String baseUri, String action) {
    return baseUri + CKAN_ACTIONS + "help_show?name=" + java.net.URLEncoder.encode(action,
      java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Writes a problem, unless the response is already under way (then the connection is closed). */
  public static void send(RoutingContext rc, ApiProblem problem) {
    HttpServerResponse res = rc.response();
    if (res.headWritten()) {
      LOG.warn("failure after the response started on {}: closing the connection", rc.request().path());
      rc.request().connection().close();
      return;
    }
    res.setStatusCode(problem.status())
      .putHeader("Content-Type", PROBLEM_JSON + "; charset=utf-8")
      .putHeader("Cache-Control", "no-store");
    res.headers().remove("ETag");
    if (problem.status() == 503 && !res.headers().contains("Retry-After")) {
      res.putHeader("Retry-After", "5");
    }
    if (problem.status() == 405) {
      String allow = rc.get("allow");
      if (allow != null) {
        res.putHeader("Allow", allow);
      }
    }
    if (problem.status() == 401) {
      res.putHeader("WWW-Authenticate", "invalid-token".equals(problem.code())
        ? "Bearer realm=\"moha-opendata\", error=\"invalid_token\", error_description=\"" + problem.getMessage()
          .replace("\"", "'") + "\""
        : "Bearer realm=\"moha-opendata\"");
    }
    JsonObject body = problem.toJson(rc.request().path());
    String requestId = RequestLog.requestId(rc);
    if (requestId != null) {
      body.put("request_id", requestId);
    }
    if (!rc.request().isEnded()) {
      // the body was not read (refused before or while reading it): drain what is small; over HTTP/1.x drop the
      // connection after answering when the body is too large to be worth reading (HTTP/2 ends just the stream)
      rc.request().resume();
      if (problem.status() == 413 && rc.request().version() != io.vertx.core.http.HttpVersion.HTTP_2) {
        res.putHeader("Connection", "close");
        res.end(body.encode()).onComplete(v -> rc.request().connection().close());
        return;
      }
    }
    res.end(body.encode());
  }

  /**
   * Answers a request the HTTP codec could not parse (request line or headers too long, malformed): the problem
   * document instead of Vert.x's empty default, then the connection closes.
   */
  public static void invalidRequest(HttpServerRequest req) {
    Throwable cause = req.decoderResult() == null ? null : req.decoderResult().cause();
    ApiProblem p = cause instanceof TooLongHttpLineException
      ? ApiProblem.of(414, "uri-too-long", "URI Too Long", "The request line is longer than 8192 bytes.")
      : cause instanceof TooLongHttpHeaderException
        ? ApiProblem.of(431, "headers-too-large", "Request Header Fields Too Large",
          "The request headers are larger than 16384 bytes.")
        : ApiProblem.badRequest("malformed-request", "The HTTP request could not be parsed.");
    req.response().setStatusCode(p.status())
      .putHeader("Content-Type", PROBLEM_JSON + "; charset=utf-8")
      .putHeader("Connection", "close")
      .putHeader("X-Content-Type-Options", "nosniff")
      .end(p.toJson(null).encode())
      .onComplete(v -> req.connection().close());
  }

  static ApiProblem toProblem(Throwable failure, int status, RoutingContext rc) {
    if (failure instanceof ApiProblem p) {
      return p;
    }
    if (failure instanceof HttpException he) {
      if (he.getCause() != null && !(he.getCause() instanceof HttpException)) {
        return toProblem(he.getCause(), he.getStatusCode(), rc);
      }
      return forStatus(he.getStatusCode(), he.getPayload());
    }
    if (failure instanceof ValidatorException ve) {
      return fromValidation(ve);
    }
    if (failure instanceof DecodeException de) {
      return ApiProblem.badRequest("malformed-json", "The request body is not valid JSON: " + de.getMessage());
    }
    if (failure instanceof PgException pg) {
      return SqlErrors.toProblem(pg);
    }
    ApiProblem unreachable = SqlErrors.unreachable(failure);
    if (unreachable != null) {
      return unreachable;
    }
    if (failure instanceof java.io.IOException && String.valueOf(failure.getMessage()).startsWith("Size exceed allowed")) {
      // Netty's form decoder: a form field longer than the server's maximum (HttpVerticle: the body limit)
      return forStatus(413, null);
    }
    if (failure instanceof IllegalArgumentException && status == 400) {
      return ApiProblem.badRequest("bad-request", failure.getMessage());
    }
    if (failure != null) {
      return ApiProblem.of(500, "internal-error", "Internal Server Error",
        "The server could not complete the request; it has been logged.");
    }
    return forStatus(status, null);
  }

  public static ApiProblem forStatus(int status, String detail) {
    return switch (status) {
      case 400 -> ApiProblem.badRequest("bad-request", detail == null ? "The request is malformed." : detail);
      case 401 -> ApiProblem.of(401, "unauthorized", "Unauthorized", "A valid bearer token is required.");
      case 403 -> ApiProblem.of(403, "forbidden", "Forbidden", "The token does not allow this operation.");
      case 404 -> ApiProblem.notFound("No resource at this path. See /openapi.yaml for the endpoints.");
      case 405 -> ApiProblem.of(405, "method-not-allowed", "Method Not Allowed",
        "This path does not support that method.");
      case 406 -> ApiProblem.of(406, "not-acceptable", "Not Acceptable",
        "No representation matches the Accept header.");
      case 413 -> ApiProblem.of(413, "payload-too-large", "Content Too Large", "The request body exceeds the limit.");
      case 415 -> ApiProblem.of(415, "unsupported-media-type", "Unsupported Media Type",
        "Send the body as application/json.");
      case 429 -> ApiProblem.of(429, "rate-limited", "Too Many Requests", "Too many requests; see Retry-After.");
      case 503 -> ApiProblem.of(503, "unavailable", "Service Unavailable", "Try again shortly.");
      default -> status >= 400 && status < 600
        ? ApiProblem.of(status, "http-" + status, "HTTP " + status, detail == null ? "HTTP " + status : detail)
        : ApiProblem.of(500, "internal-error", "Internal Server Error",
          "The server could not complete the request; it has been logged.");
    };
  }

  /** Maps a contract validation failure to a 400/415 naming the fields at fault (leaf errors only). */
  static ApiProblem fromValidation(ValidatorException ve) {
    String msg = ve.getMessage() == null ? "" : ve.getMessage();
    if (ve.type() == ValidatorErrorType.UNSUPPORTED_VALUE_FORMAT && msg.contains("body is not supported")) {
      return forStatus(415, null);
    }
    Matcher m = PARAM.matcher(msg);
    if (m.find()) {
      String in = m.group(1);
      String name = m.group(2);
      String reason = ve instanceof SchemaValidationException sve ? leafMessages(sve.getOutputUnit()) : msg;
      String message = reason.isBlank() ? msg : reason;
      return ApiProblem.badRequest("invalid-parameter", "Invalid " + in + " parameter '" + name + "': " + message,
        new FieldError(name, in, message));
    }
    if (ve instanceof SchemaValidationException sve) {
      List<FieldError> fields = leafErrors(sve.getOutputUnit());
      String detail = fields.isEmpty() ? msg : fields.size() == 1
        ? "Field " + fields.get(0).pointer() + ": " + fields.get(0).message()
        : fields.size() + " fields are invalid: " + fields.stream().map(FieldError::pointer).toList();
      return new ApiProblem(400, "invalid-body", "Invalid request body", detail, fields);
    }
    if (msg.contains("can't be decoded") || msg.contains("syntactically")) {
      return ApiProblem.badRequest("malformed-json", "The request body is not valid JSON.");
    }
    if (msg.contains("does not contain the required body")) {
      return ApiProblem.badRequest("missing-body", "The request needs a JSON body.");
    }
    return ApiProblem.badRequest("invalid-request", msg);
  }

  private static String leafMessages(OutputUnit unit) {
    List<FieldError> errs = leafErrors(unit);
    return String.join("; ", errs.stream().map(FieldError::message).toList());
  }

  /** The deepest errors only: an error whose instance location is a prefix of another's is a wrapper. */
  static List<FieldError> leafErrors(OutputUnit unit) {
    List<OutputUnit> all = new ArrayList<>();
    collect(unit, all);
    Map<String, FieldError> out = new LinkedHashMap<>();
    for (OutputUnit u : all) {
      String loc = pointer(u.getInstanceLocation());
      boolean wrapper = all.stream().anyMatch(o -> o != u && pointer(o.getInstanceLocation()).startsWith(loc + "/"));
      String kw = u.getKeywordLocation() == null ? "" : u.getKeywordLocation();
      boolean combinator = kw.endsWith("/oneOf") || kw.endsWith("/anyOf") || kw.endsWith("/allOf")
        || kw.endsWith("/$ref") || kw.endsWith("/properties") || kw.endsWith("/items");
      if (!wrapper && !combinator && u.getError() != null) {
        Matcher req = REQUIRED.matcher(u.getError());
        if (req.find()) {
          String field = loc + "/" + req.group(1);
          out.putIfAbsent(field, new FieldError(field, "body", "is required"));
          continue;
        }
        out.putIfAbsent(loc + "|" + u.getError(), new FieldError(loc.isEmpty() ? "/" : loc, "body", u.getError()));
      }
    }
    // "Property x does not match additional properties schema" wraps the real error of x: drop it when x has one
    Set<String> real = new HashSet<>();
    out.values().stream().filter(e -> !isWrapper(e)).forEach(e -> real.add(e.pointer()));
    out.values().removeIf(e -> isWrapper(e) && real.contains(e.pointer()));
    if (out.isEmpty() && unit.getError() != null) {
      String loc = pointer(unit.getInstanceLocation());
      out.put(loc, new FieldError(loc.isEmpty() ? "/" : loc, "body", unit.getError()));
    }
    return new ArrayList<>(out.values());
  }

  private static boolean isWrapper(FieldError e) {
    return e.message().contains("does not match additional properties schema");
  }

  private static void collect(OutputUnit u, List<OutputUnit> acc) {
    if (u.getErrors() == null || u.getErrors().isEmpty()) {
      acc.add(u);
      return;
    }
    for (OutputUnit c : u.getErrors()) {
      collect(c, acc);
    }
  }

  private static String pointer(String instanceLocation) {
    if (instanceLocation == null) {
      return "";
    }
    return instanceLocation.startsWith("#") ? instanceLocation.substring(1) : instanceLocation;
  }
}
