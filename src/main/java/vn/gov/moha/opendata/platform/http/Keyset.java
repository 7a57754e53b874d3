package vn.gov.moha.opendata.platform.http;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;
import vn.gov.moha.opendata.platform.http.ApiProblem.FieldError;

/**
 * The opaque cursor of keyset pagination: the sort order it was issued for, the sort key of the last row served
 * (null for a NULL key) and its id, as base64url JSON. A cursor for another sort order, or one that does not parse,
 * is a 400 naming the `cursor` parameter.
 */
public final class Keyset {
  /** A decoded position. */
  public record Position(String key, long id) {
  }

  private Keyset() {
  }

  /**
   * The last row a page serves, when its statement read limit + 1 rows (the extra one only tells that a next page
   * exists): the row the next page's cursor continues after; null when there is no next page.
   */
  public static <R> R lastServed(Iterable<R> rows, int limit) {
    R last = null;
    int n = 0;
    for (R r : rows) {
      if (n++ == limit) {
        return last;
      }
      last = r;
    }
    return null;
  }

  public static String encode(String sort, String key, long id) {
    JsonObject o = new JsonObject().put("s", sort).put("k", key).put("i", id);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(o.encode().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Decodes a cursor issued for this sort order; {@code typedKey} parses the key (its failure is an invalid cursor
   * too) and its result is checked before the position is returned.
   */
  public static Position decode(String value, String expectedSort, Function<String, ?> typedKey) {
    try {
      JsonObject o = new JsonObject(new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8));
      if (!expectedSort.equals(o.getString("s"))) {
        throw new IllegalArgumentException("sort changed");
      }
      Position p = new Position(o.getString("k"), o.getLong("i"));
      typedKey.apply(p.key()); // a sort that has no NULL keys refuses a null one here
      return p;
    } catch (RuntimeException e) {
      throw ApiProblem.badRequest("invalid-cursor",
        "The cursor is not one this server issued for this sort order; start again without it.",
        new FieldError("cursor", "query", "invalid cursor"));
    }
  }
}
