package vn.gov.moha.opendata.platform.http;

import io.vertx.core.Future;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.json.schema.common.dsl.SchemaType;
import io.vertx.openapi.contract.Location;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Parameter;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.ValidatableRequest;
import io.vertx.openapi.validation.impl.RequestParameterImpl;
import io.vertx.openapi.validation.impl.ValidatableRequestImpl;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The router's request extractor (body read by the BodyHandler), with one correction: vertx-openapi 5.0 decodes
 * every non-word parameter value as JSON before validating it, so a string parameter such as {@code q=2022} became
 * the number 2022 (400) and {@code q="cai cach"} lost its quotes. String-typed query, path and header values (an
 * ETag such as W/"1-2" is not JSON either) are handed over as JSON string literals, which decode back to exactly
 * what the client sent.
 */
public final class StringParamsExtractor implements RequestExtractor {
  private static final Pattern WORD = Pattern.compile("\\w+");
  private final RequestExtractor delegate = RequestExtractor.withBodyHandler();

  @Override
  public Future<ValidatableRequest> extractValidatableRequest(RoutingContext rc, Operation operation) {
    return delegate.extractValidatableRequest(rc, operation).map(req -> {
      Map<String, RequestParameter> query = quoteStrings(req.getQuery(), operation, Location.QUERY);
      Map<String, RequestParameter> path = quoteStrings(req.getPathParameters(), operation, Location.PATH);
      Map<String, RequestParameter> headers = quoteStrings(req.getHeaders(), operation, Location.HEADER);
      if (query == req.getQuery() && path == req.getPathParameters() && headers == req.getHeaders()) {
        return req;
      }
      return new ValidatableRequestImpl(req.getCookies(), headers, path, query, req.getBody(),
        req.getContentType());
    });
  }

  private static Map<String, RequestParameter> quoteStrings(Map<String, RequestParameter> params, Operation op,
                                                            Location in) {
    Map<String, RequestParameter> out = null;
    for (Parameter p : op.getParameters()) {
      if (p.getIn() != in || p.getSchemaType() != SchemaType.STRING) {
        continue;
      }
      RequestParameter value = params.get(p.getName());
      if (value == null || value.isNull() || !(value.get() instanceof String s) || WORD.matcher(s).matches()) {
        continue;
      }
      if (out == null) {
        out = new HashMap<>(params);
      }
      out.put(p.getName(), new RequestParameterImpl(Json.encode(s)));
    }
    return out == null ? params : out;
  }
}
