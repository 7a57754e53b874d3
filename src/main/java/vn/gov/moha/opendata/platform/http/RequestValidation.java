package vn.gov.moha.opendata.platform.http;

import static io.vertx.core.Future.failedFuture;
import static io.vertx.core.Future.succeededFuture;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.ext.web.handler.InputTrustHandler;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.json.schema.SchemaRepository;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.OpenAPIVersion;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Parameter;
import io.vertx.openapi.contract.Path;
import io.vertx.openapi.contract.SecurityRequirement;
import io.vertx.openapi.contract.SecurityScheme;
import io.vertx.openapi.contract.Server;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.ValidatableRequest;
import io.vertx.openapi.validation.ValidatedRequest;
import io.vertx.openapi.validation.ValidatorException;
import io.vertx.openapi.validation.impl.RequestValidatorImpl;
import io.vertx.openapi.validation.impl.ValidatedRequestImpl;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every request validated against the contract, as the router's own validation does (same checks, same
 * {@link ValidatorException}s, same 400 {@link HttpException} for {@link ProblemHandler}), but cheap: one validator
 * per schema built at start ({@link CachedSchemas}), and the validation runs on the event loop instead of vertx-openapi
 * 5.0's hop to the worker pool and back (an ordered {@code executeBlocking}: per event loop one validation at a time).
 * Parameters are a handful of short strings; a request body larger than {@link #INLINE_BODY_BYTES} is still validated
 * on a worker (unordered), so a big JSON body never holds the event loop.
 *
 * <p>{@link #handler(Operation)} replaces the router's validation handler: routes are bound with
 * {@code setDoValidation(false)} and this handler first (see {@code app.ApiRoutes}).
 */
public final class RequestValidation {
  /** Bodies up to this size are validated on the event loop. */
  static final int INLINE_BODY_BYTES = 16 * 1024;

  private final Vertx vertx;
  private final RequestExtractor extractor;
  private final Validator validator;

  public RequestValidation(Vertx vertx, OpenAPIContract contract, RequestExtractor extractor) {
    this.vertx = vertx;
    this.extractor = extractor;
    this.validator = new Validator(vertx, new Cached(contract));
  }

  /** The validation step of one operation's route; puts the {@link ValidatedRequest} where handlers read it. */
  public InputTrustHandler handler(Operation operation) {
    String id = operation.getOperationId();
    return rc -> extractor.extractValidatableRequest(rc, operation)
      .compose(request -> validate(request, id))
      .onSuccess(validated -> {
        rc.put(RouterBuilder.KEY_META_DATA_VALIDATED_REQUEST, validated);
        rc.next();
      })
      .onFailure(e -> rc.fail(e instanceof ValidatorException ? new HttpException(400, e.getMessage(), e) : e));
  }

  /** Validates on the calling thread, or on a worker when the body is large. */
  Future<ValidatedRequest> validate(ValidatableRequest request, String operationId) {
    Operation op = validator.operation(operationId);
    if (op == null) {
      return failedFuture(ValidatorException.createOperationIdInvalid(operationId));
    }
    RequestParameter body = request.getBody();
    if (body != null && !body.isEmpty() && body.isBuffer() && body.getBuffer().length() > INLINE_BODY_BYTES) {
      return vertx.executeBlocking(() -> validator.now(op, request), false);
    }
    try {
      return succeededFuture(validator.now(op, request));
    } catch (RuntimeException e) {
      return failedFuture(e);
    }
  }

  /** vertx-openapi's request validator, without its worker hop: the loop of its {@code validate}, synchronous. */
  private static final class Validator extends RequestValidatorImpl {
    Validator(Vertx vertx, OpenAPIContract contract) {
      super(vertx, contract);
    }

    Operation operation(String id) {
      return contract.operation(id);
    }

    ValidatedRequest now(Operation operation, ValidatableRequest request) {
      Map<String, RequestParameter> cookies = new HashMap<>(4);
      Map<String, RequestParameter> headers = new HashMap<>(4);
      Map<String, RequestParameter> path = new HashMap<>(4);
      Map<String, RequestParameter> query = new HashMap<>(8);
      for (Parameter param : operation.getParameters()) {
        String name = param.getName();
        switch (param.getIn()) {
          case COOKIE -> cookies.put(name, validateParameter(param, request.getCookies().get(name)));
          case HEADER -> headers.put(name, validateParameter(param, request.getHeaders().get(name)));
          case PATH -> path.put(name, validateParameter(param, request.getPathParameters().get(name)));
          case QUERY -> query.put(name, validateParameter(param, request.getQuery().get(name)));
          default -> throw new IllegalStateException("parameter in " + param.getIn());
        }
      }
      RequestParameter body = validateBody(operation.getRequestBody(), request);
      return new ValidatedRequestImpl(cookies, headers, path, query, body);
    }
  }

  /** The router's contract with {@link CachedSchemas} as its schema repository; everything else delegated. */
  private static final class Cached implements OpenAPIContract {
    private final OpenAPIContract delegate;
    private final SchemaRepository schemas;

    Cached(OpenAPIContract delegate) {
      this.delegate = delegate;
      this.schemas = new CachedSchemas(delegate);
    }

    @Override
    public SchemaRepository getSchemaRepository() {
      return schemas;
    }

    @Override
    public Operation operation(String operationId) {
      return delegate.operation(operationId);
    }

    @Override
    public List<Operation> operations() {
      return delegate.operations();
    }

    @Override
    public List<Path> getPaths() {
      return delegate.getPaths();
    }

    @Override
    public JsonObject getRawContract() {
      return delegate.getRawContract();
    }

    @Override
    public OpenAPIVersion getVersion() {
      return delegate.getVersion();
    }

    @Override
    public List<Server> getServers() {
      return delegate.getServers();
    }

    @Override
    public Path findPath(String urlPath) {
      return delegate.findPath(urlPath);
    }

    @Override
    public Operation findOperation(String urlPath, HttpMethod method) {
      return delegate.findOperation(urlPath, method);
    }

    @Override
    public List<SecurityRequirement> getSecurityRequirements() {
      return delegate.getSecurityRequirements();
    }

    @Override
    public SecurityScheme securityScheme(String name) {
      return delegate.securityScheme(name);
    }
  }
}
