package vn.gov.moha.opendata.platform.audit;

import io.vertx.ext.web.RoutingContext;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import vn.gov.moha.opendata.platform.db.SqlErrors;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.security.Principal;

/** The two ends of every unit-scoped, audited write of a dataset: the scope check up front, the failure trace after. */
public final class AuditedWrites {
  private AuditedWrites() {
  }

  /**
   * Checks that the caller acts for the dataset's owning unit (admins everywhere, officers in their unit; the role was
   * checked from the contract) and returns the write's audit event; a refusal is audited and thrown as 403.
   *
   * @param what who writes, for the message, e.g. "Legal documents are edited"
   */
  public static AuditEvent begin(RoutingContext rc, Pool pool, String ownerUnit, String recordType, Long id,
                                 int status, String what) {
    AuditEvent audit = AuditEvent.of(rc, recordType, id == null ? null : String.valueOf(id), AuditEvent.SUCCESS,
      status);
    if (!Principal.of(rc).actsFor(ownerUnit)) {
      AuditLog.appendLater(pool, audit.withOutcome(AuditEvent.DENIED, 403));
      throw ApiProblem.of(403, "unit-scope", "Forbidden",
        what + " by officers of unit " + ownerUnit + " and by admins.");
    }
    return audit;
  }

  /**
   * Like {@link #begin} for writes whose permission is not one owning unit (e.g. a workflow with two parties): the
   * caller decides {@code allowed}; a refusal is audited and thrown as 403 with {@code refusal} as detail.
   */
  public static AuditEvent beginIf(RoutingContext rc, Pool pool, boolean allowed, String recordType, Long id,
                                   int status, String refusal) {
    AuditEvent audit = AuditEvent.of(rc, recordType, id == null ? null : String.valueOf(id), AuditEvent.SUCCESS,
      status);
    if (!allowed) {
      AuditLog.appendLater(pool, audit.withOutcome(AuditEvent.DENIED, 403));
      throw ApiProblem.of(403, "unit-scope", "Forbidden", refusal);
    }
    return audit;
  }

  /**
   * A refused or failed write rolled back with its audit row: keeps a trace with the status the caller gets. A 429
   * (the caller was over its rate limit; nothing was read or written) leaves no trace: a flood of refused requests
   * must not turn into a flood of audit rows.
   */
  public static void failed(Pool pool, AuditEvent audit, Throwable e) {
    int status = e instanceof ApiProblem p ? p.status() : e instanceof PgException pg ? SqlErrors.toProblem(pg).status()
      : 500;
    if (status == 429) {
      return;
    }
    String outcome = status == 404 ? AuditEvent.NOT_FOUND : status == 403 ? AuditEvent.DENIED : AuditEvent.FAILED;
    AuditLog.appendLater(pool, audit.withOutcome(outcome, status));
  }
}
