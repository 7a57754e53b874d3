package vn.gov.moha.opendata.platform.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.ValidatedRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import vn.gov.moha.opendata.platform.http.ApiProblem.FieldError;

/** Reading a request the router has validated against the contract, and the conditional-request headers. */
public final class Requests {
  private Requests() {
  }

  public static ValidatedRequest validated(RoutingContext rc) {
    return rc.get(RouterBuilder.KEY_META_DATA_VALIDATED_REQUEST);
  }

  public static Map<String, RequestParameter> query(RoutingContext rc) {
    return validated(rc).getQuery();
  }

  /** The `{id}` path parameter. */
  public static long id(RoutingContext rc) {
    return validated(rc).getPathParameters().get("id").getLong();
  }

  public static JsonObject body(RoutingContext rc) {
    return validated(rc).getBody().getJsonObject();
  }

  /** A text field of a body as it counts: stripped; null when it is missing or blank. */
  public static String text(JsonObject in, String name) {
    String s = in.getString(name);
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** A query parameter as text, or null when absent. */
  public static String str(Map<String, RequestParameter> q, String name) {
    RequestParameter p = q.get(name);
    return p == null || p.isNull() ? null : String.valueOf(p.get());
  }

  /** An integer query parameter, or null when absent. */
  public static Integer integer(Map<String, RequestParameter> q, String name) {
    RequestParameter p = q.get(name);
    return p == null || p.isNull() ? null : p.getInteger();
  }

  /** A boolean query parameter, or null when absent. */
  public static Boolean bool(Map<String, RequestParameter> q, String name) {
    RequestParameter p = q.get(name);
    return p == null || p.isNull() ? null : p.getBoolean();
  }

  /** A `format: date` query parameter, or null; a 400 naming it when it is not a date. */
  public static LocalDate date(Map<String, RequestParameter> q, String name) {
    String v = str(q, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest("invalid-parameter", "Parameter " + name + " must be a date (YYYY-MM-DD).",
        new FieldError(name, "query", "not a date: '" + v + "'"));
    }
  }

  /** The If-Match header of a conditional write (update): a 428 problem when it is missing. */
  public static String ifMatch(RoutingContext rc) {
    String header = rc.request().getHeader("If-Match");
    if (header == null) {
      throw ApiProblem.preconditionRequired();
    }
    return header;
  }

  /**
   * The absolute URL of a list's next page: the list's own query parameters as the caller sent them (in the order of
   * {@code names}), then the cursor.
   */
  public static String nextPage(String base, String path, Map<String, RequestParameter> q, String[] names,
                                String cursor) {
    StringBuilder sb = new StringBuilder(base).append(path).append('?');
    for (String name : names) {
      String v = str(q, name);
      if (v != null) {
        sb.append(name).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
      }
    }
    return sb.append("cursor=").append(cursor).toString();
  }

  /**
   * Sends a representation's ETag and answers a matching If-None-Match with 304: true when the response is complete
   * (the caller then writes nothing), false when the body is to be sent.
   */
  public static boolean notModified(RoutingContext rc, String etag) {
    rc.response().putHeader("ETag", etag);
    String inm = rc.request().getHeader("If-None-Match");
    if (inm != null && etagMatches(inm, etag)) {
      rc.response().setStatusCode(304).end();
      return true;
    }
    return false;
  }

  /** RFC 9110 comparison of an If-Match / If-None-Match list with our (strong) ETag. */
  public static boolean etagMatches(String header, String etag) {
    for (String candidate : header.split(",")) {
      String c = candidate.trim();
      if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }
}
