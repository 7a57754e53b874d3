package vn.gov.moha.opendata.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** Assertions shared by the HTTP tests: status, media type, contract schema, problem shape. */
public final class ApiAssertions {
  private ApiAssertions() {
  }

  /** Asserts the status and that the JSON body validates against the contract's schema for it. */
  public static JsonObject ok(Http.Res res, int status, String pathTemplate, String method) {
    assertEquals(status, res.status(), () -> "unexpected status: " + res);
    String media = res.contentType().split(";")[0].trim();
    List<String> errors = ContractSchemas.errors(pathTemplate, method, status, media, res.body());
    assertTrue(errors.isEmpty(), () -> "response does not match the contract: " + errors + "\n" + res.body());
    return res.body().isEmpty() ? null : res.json();
  }

  /** Asserts an RFC 9457 problem with this status, valid against the contract, and returns it. */
  public static JsonObject problem(Http.Res res, int status, String pathTemplate, String method) {
    assertEquals(status, res.status(), () -> "unexpected status: " + res);
    assertTrue(res.contentType().startsWith("application/problem+json"), () -> "not problem+json: " + res.contentType());
    JsonObject p = res.json();
    assertEquals(status, p.getInteger("status"));
    assertTrue(p.getString("type").startsWith("https://"), "type is a URI");
    assertTrue(p.getString("title") != null && p.getString("detail") != null, "title and detail present");
    if (pathTemplate != null) {
      List<String> errors = ContractSchemas.errors(pathTemplate, method, status, "application/problem+json", res.body());
      assertTrue(errors.isEmpty(), () -> "problem does not match the contract: " + errors);
    }
    return p;
  }

  /** Asserts a 303 See Other that varies on Accept (a linked-data thing URI's answer) and returns its Location. */
  public static String seeOther(Http.Res res, String what) {
    assertEquals(303, res.status(), () -> what + ": " + res);
    assertEquals("Accept", res.header("Vary").orElse(""), what + ": Vary");
    return res.header("Location").orElseThrow();
  }

  /** Asserts a 400 problem naming exactly this field pointer (among others). */
  public static JsonObject fieldError(Http.Res res, int status, String pointer, String pathTemplate, String method) {
    JsonObject p = problem(res, status, pathTemplate, method);
    JsonArray errors = p.getJsonArray("errors", new JsonArray());
    assertTrue(errors.stream().map(JsonObject.class::cast).anyMatch(e -> pointer.equals(e.getString("pointer"))),
      () -> "no error names " + pointer + ": " + p.encodePrettily());
    return p;
  }
}
