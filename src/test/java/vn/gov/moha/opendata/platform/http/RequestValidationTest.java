package vn.gov.moha.opendata.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Parameter;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatedRequest;
import io.vertx.openapi.validation.ValidatorException;
import io.vertx.openapi.validation.impl.RequestParameterImpl;
import io.vertx.openapi.validation.impl.ValidatableRequestImpl;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The router's request validation with prebuilt validators, on the calling thread: the same verdicts as
 * vertx-openapi's own validator (bad values are {@link ValidatorException}s naming the parameter), answered at once.
 */
class RequestValidationTest {
  private static Vertx vertx;
  private static OpenAPIContract contract;
  private static RequestValidation validation;

  @BeforeAll
  static void load() throws Exception {
    vertx = Vertx.vertx();
    contract = Contract.load().forRouter(vertx).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    validation = new RequestValidation(vertx, contract, new StringParamsExtractor());
  }

  @AfterAll
  static void close() {
    vertx.close();
  }

  private static Future<ValidatedRequest> listAwards(Map<String, String> query) {
    Map<String, RequestParameter> params = new java.util.HashMap<>();
    query.forEach((k, v) -> params.put(k, new RequestParameterImpl(v)));
    return validation.validate(new ValidatableRequestImpl(Map.of(), Map.of(), Map.of(), params, null, null),
      "listAwards");
  }

  @Test
  void validRequestsAreTypedAndAnsweredWithoutAHop() {
    Future<ValidatedRequest> f = listAwards(Map.of("limit", "50", "year", "2020"));
    assertTrue(f.isComplete(), "validated on the calling thread");
    assertTrue(f.succeeded(), () -> String.valueOf(f.cause()));
    assertEquals(50, f.result().getQuery().get("limit").getInteger());
    assertEquals(2020, f.result().getQuery().get("year").getInteger());
    assertNull(f.result().getQuery().get("q").get());
  }

  @Test
  void badValuesStillFailNamingTheParameter() {
    Future<ValidatedRequest> tooBig = listAwards(Map.of("limit", "500"));
    assertTrue(tooBig.failed());
    SchemaValidationException e = assertInstanceOf(SchemaValidationException.class, tooBig.cause());
    assertTrue(e.getMessage().contains("limit"), e.getMessage());
    Future<ValidatedRequest> notANumber = listAwards(Map.of("year", "hai nghìn"));
    assertInstanceOf(ValidatorException.class, notANumber.cause());
    Future<ValidatedRequest> badPattern = listAwards(Map.of("province", "\"Hà Nội\""));
    assertInstanceOf(ValidatorException.class, badPattern.cause());
    assertInstanceOf(ValidatorException.class, validation.validate(
      new ValidatableRequestImpl(Map.of(), Map.of(), Map.of(), Map.of(), null, null), "noSuchOperation").cause());
  }

  @Test
  void oneValidatorPerSchemaServesEveryRequest() {
    CachedSchemas schemas = new CachedSchemas(contract);
    Operation op = contract.operation("listAwards");
    Parameter limit = op.getParameters().stream().filter(p -> p.getName().equals("limit")).findFirst().orElseThrow();
    assertSame(schemas.validator(limit.getSchema()), schemas.validator(limit.getSchema()));
    int parameters = contract.operations().stream().mapToInt(o -> o.getParameters().size()).sum();
    assertTrue(schemas.size() >= parameters / 2 && schemas.size() <= parameters + contract.operations().size(),
      "prebuilt " + schemas.size() + " for " + parameters + " parameters");
    // validators are shared by content: a second router's schemas (another verticle) reuse the same ones, and the
    // contract's ≈ 550 parameter and body schemas hold far fewer distinct validators (each copies the schema map)
    assertSame(schemas.validator(limit.getSchema()), new CachedSchemas(contract).validator(limit.getSchema()));
    assertTrue(CachedSchemas.shared() < parameters / 2, CachedSchemas.shared() + " validators for " + parameters
      + " parameters");
  }
}
