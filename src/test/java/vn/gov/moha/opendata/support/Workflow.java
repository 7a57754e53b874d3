package vn.gov.moha.opendata.support;

import io.vertx.core.json.JsonObject;

/**
 * The transitions endpoint of a workflow resource ({@code {collection}/{id}/transitions}) as the tests call it: a
 * step's raw answer, or the resource after a step that must succeed (200, valid against the contract).
 */
public record Workflow(Http http, String collection) {
  public Http.Res step(long id, JsonObject body, String... who) {
    return http.json("POST", collection + "/" + id + "/transitions", body, who);
  }

  public JsonObject stepOk(long id, JsonObject body, String... who) {
    return ApiAssertions.ok(step(id, body, who), 200, collection + "/{id}/transitions", "post");
  }

  /** A step's body with only its action. */
  public static JsonObject action(String action) {
    return new JsonObject().put("action", action);
  }
}
