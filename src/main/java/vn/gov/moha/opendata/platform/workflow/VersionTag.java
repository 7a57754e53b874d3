package vn.gov.moha.opendata.platform.workflow;

import io.vertx.core.json.JsonObject;
import vn.gov.moha.opendata.platform.http.ApiProblem;

/**
 * The strong ETag of a versioned workflow record: {@code "<prefix><id>-<version>"} ({@code "c42-3"}), and the 412 a
 * stale If-Match gets.
 *
 * @param prefix the letter that tells the record types apart ("c")
 * @param noun how the 412 names the record ("case")
 */
public record VersionTag(String prefix, String noun) {

  public String of(long id, int version) {
    return "\"" + prefix + id + "-" + version + "\"";
  }

  /** The ETag of a record as answered (its {@code id} and {@code version}). */
  public String of(JsonObject record) {
    return of(record.getLong("id"), record.getInteger("version"));
  }

  /** 412: the If-Match was read from an older version. */
  public ApiProblem stale(String current) {
    return ApiProblem.preconditionFailed("The " + noun + " changed since you read it (current ETag " + current
      + "); read it again and retry.");
  }
}
