package vn.gov.moha.opendata.platform.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * An RFC 9457 problem as a value: code fails with it ({@code rc.fail(problem)} or a failed Future) and
 * {@link ProblemHandler} alone writes it. {@code code} is a stable machine-readable identifier.
 */
public final class ApiProblem extends RuntimeException {
  /** One field at fault: a JSON pointer into the body, or a parameter name. */
  public record FieldError(String pointer, String in, String message) {
    public JsonObject toJson() {
      JsonObject o = new JsonObject().put("pointer", pointer).put("message", message);
      if (in != null) {
        o.put("in", in);
      }
      return o;
    }
  }

  public static final String TYPE_BASE = "https://opendata.moha.gov.vn/problems/";

  private final int status;
  private final String code;
  private final String title;
  private final List<FieldError> errors;

  public ApiProblem(int status, String code, String title, String detail, List<FieldError> errors) {
    super(detail, null, false, false);
    this.status = status;
    this.code = code;
    this.title = title;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static ApiProblem of(int status, String code, String title, String detail) {
    return new ApiProblem(status, code, title, detail, List.of());
  }

  public static ApiProblem badRequest(String code, String detail, FieldError... errors) {
    return new ApiProblem(400, code, "Bad Request", detail, List.of(errors));
  }

  public static ApiProblem invalidField(String pointer, String message) {
    return new ApiProblem(400, "invalid-field", "Invalid field", message,
      List.of(new FieldError(pointer, "body", message)));
  }

  public static ApiProblem notFound(String detail) {
    return of(404, "not-found", "Not Found", detail);
  }

  /** 428: a conditional write came without If-Match (RFC 6585), which would let concurrent edits be lost. */
  public static ApiProblem preconditionRequired() {
    return of(428, "precondition-required", "Precondition Required",
      "Send If-Match with the ETag you last read, so that concurrent edits are not lost.");
  }

  /** 412: the record changed since the caller read it (its If-Match does not match the current ETag). */
  public static ApiProblem preconditionFailed(String detail) {
    return of(412, "precondition-failed", "Precondition Failed", detail);
  }

  public static ApiProblem conflict(String code, String detail, FieldError... errors) {
    return new ApiProblem(409, code, "Conflict", detail, List.of(errors));
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public JsonObject toJson(String instance) {
    JsonObject o = new JsonObject()
      .put("type", TYPE_BASE + code)
      .put("title", title)
      .put("status", status)
      .put("detail", getMessage() == null ? title : getMessage())
      .put("code", code);
    if (instance != null) {
      o.put("instance", instance);
    }
    if (!errors.isEmpty()) {
      JsonArray a = new JsonArray();
      errors.forEach(e -> a.add(e.toJson()));
      o.put("errors", a);
    }
    return o;
  }
}
