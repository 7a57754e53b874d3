package vn.gov.moha.opendata.platform.db;

import io.vertx.pgclient.PgException;
import java.util.Map;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.ApiProblem.FieldError;

/**
 * The one SQLSTATE → problem map. Constraint names map to the JSON field they guard, so a violation that
 * slips past the code checks still names the field.
 */
public final class SqlErrors {
  private static final Map<String, String> CONSTRAINT_FIELDS = Map.ofEntries(
    Map.entry("document_number_per_issuer", "/number"),
    Map.entry("document_effective_after_issued", "/effective_date"),
    Map.entry("document_expiry_after_effective", "/expiry_date"),
    Map.entry("document_issuer_code_fkey", "/issuer"),
    Map.entry("document_type_code_fkey", "/type"),
    Map.entry("document_status_code_fkey", "/status"),
    Map.entry("relation_target_id_fkey", "/relations"),
    Map.entry("relation_not_self", "/relations"),
    Map.entry("relation_pkey", "/relations"),
    Map.entry("organization_name_scope", "/name"),
    Map.entry("organization_province_when_local", "/province"),
    Map.entry("organization_founding_document_id_fkey", "/founding_legal_document_id"),
    Map.entry("organization_field_field_code_fkey", "/fields"),
    Map.entry("organization_province_key_fkey", "/province"),
    Map.entry("event_related_id_fkey", "/related_id"),
    Map.entry("score_within_max", "/scores"),
    Map.entry("score_on_leaf", "/scores"),
    Map.entry("score_scored_by", "/scores"),
    Map.entry("round_one_per_year_and_group", "/year"),
    Map.entry("submission_one_per_unit_and_period", "/period"),
    Map.entry("employment_unit_key_fkey", "/employment"),
    Map.entry("employment_ends_after_starts", "/employment"));
  /** A code the database gives (as HINT) with SQLSTATE MH409, "the data's state forbids this write". */
  private static final java.util.regex.Pattern STATE_CODE = java.util.regex.Pattern.compile("[a-z][a-z-]{1,39}");

  private SqlErrors() {
  }

  /**
   * The database cannot be reached (refused or broken connection, no free connection within DB_CONNECT_TIMEOUT_MS):
   * a 503 problem, or null when the failure is something else.
   */
  public static ApiProblem unreachable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      // SocketException: refused (ConnectException) or reset under a query while PostgreSQL stops
      if (t instanceof java.net.SocketException || t instanceof io.vertx.sqlclient.ClosedConnectionException
        || t instanceof java.nio.channels.ClosedChannelException
        || t instanceof java.util.concurrent.TimeoutException
        || t instanceof io.vertx.core.impl.NoStackTraceTimeoutException
        // the pg client's word for a connection the server closed under a query (PostgreSQL stopped)
        || t instanceof io.vertx.core.VertxException && t.getMessage() != null
        && t.getMessage().startsWith("Connection is not active")) {
        return ApiProblem.of(503, "database-unavailable", "Service Unavailable", "The database is not reachable.");
      }
    }
    return null;
  }

  public static ApiProblem toProblem(PgException e) {
    String state = e.getSqlState() == null ? "" : e.getSqlState();
    String field = e.getConstraint() == null ? null : CONSTRAINT_FIELDS.get(e.getConstraint());
    FieldError[] errors = field == null ? new FieldError[0]
      : new FieldError[] {new FieldError(field, "body", e.getErrorMessage())};
    return switch (state) {
      // a rule of the data's state that the database enforces (a deadline passed, a record is locked): our own
      // triggers raise it with a message written for the caller and a stable code as HINT
      case "MH409" -> ApiProblem.conflict(e.getHint() != null && STATE_CODE.matcher(e.getHint()).matches()
        ? e.getHint() : "state-conflict", e.getErrorMessage());
      case "23505" -> ApiProblem.conflict("duplicate", "A record with the same key already exists.", errors);
      case "23503" -> ApiProblem.conflict("reference-missing", "A referenced record does not exist.", errors);
      case "23514", "23502", "22P02", "22007", "22008", "22001", "22003" ->
        // the database's own wording names tables and constraints: only rules we map to a field are described
        ApiProblem.badRequest("constraint-violated", field == null ? "The data violates a rule."
          : "The data violates a rule: " + e.getErrorMessage(), errors);
      case "57014" -> ApiProblem.of(503, "query-cancelled", "Service Unavailable", "The query took too long.");
      case "40001", "40P01" -> ApiProblem.of(503, "retry", "Service Unavailable", "Concurrent update; try again.");
      default -> state.startsWith("08") || state.startsWith("53") || state.startsWith("57")
        ? ApiProblem.of(503, "database-unavailable", "Service Unavailable", "The database is not reachable.")
        : ApiProblem.of(500, "internal-error", "Internal Server Error",
          "The server could not complete the request; it has been logged.");
    };
  }
}
