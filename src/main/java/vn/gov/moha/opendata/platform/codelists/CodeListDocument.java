package vn.gov.moha.opendata.platform.codelists;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * One code list as served at /api/v1/code-lists/{scheme}: the JSON body (schema CodeList), encoded once, and its
 * strong ETag. Code lists change only with a migration, so a dataset builds them at start.
 */
public record CodeListDocument(String scheme, String body, String etag) {
  /** The body {scheme, title, items}; the ETag is a hash of the body, so it changes exactly when the body does. */
  public static CodeListDocument of(String scheme, JsonObject title, JsonArray items) {
    return of(scheme, null, title, items);
  }

  /** The same with the list's linked-data URI (its SKOS concept scheme). */
  public static CodeListDocument of(String scheme, String uri, JsonObject title, JsonArray items) {
    JsonObject json = new JsonObject().put("scheme", scheme);
    if (uri != null) {
      json.put("uri", uri);
    }
    String body = json.put("title", title).put("items", items).encode();
    return new CodeListDocument(scheme, body, "\"" + Integer.toHexString(body.hashCode()) + "\"");
  }

  /** A {vi, en} label object. */
  public static JsonObject labels(String vi, String en) {
    return new JsonObject().put("vi", vi).put("en", en);
  }
}
