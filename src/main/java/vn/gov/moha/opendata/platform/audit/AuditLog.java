package vn.gov.moha.opendata.platform.audit;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends to the audit log (platform.audit_event, append-only by trigger). Writes pass their transaction's
 * connection so the change and its audit row commit or roll back together; restricted reads and refused attempts
 * are appended on their own right after.
 */
public final class AuditLog {
  private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
  private static final String INSERT = "INSERT INTO platform.audit_event (actor, auth_method, roles, unit, operation, "
    + "method, path, record_type, record_id, outcome, status, client_ip, request_id) "
    + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";

  private AuditLog() {
  }

  /** Appends within the caller's transaction (or on a pool for a standalone event). */
  public static Future<Void> append(SqlClient client, AuditEvent e) {
    return client.preparedQuery(INSERT).execute(Tuple.from(new Object[] {e.actor(), e.authMethod(), e.roles(),
        e.unit(), e.operation(), e.method(), e.path(), e.recordType(), e.recordId(), e.outcome(), e.status(),
        e.clientIp(), e.requestId()}))
      .mapEmpty();
  }

  /** Appends a standalone event without holding up the response; a failure is logged (with the event) at error. */
  public static void appendLater(Pool pool, AuditEvent e) {
    append(pool, e).onFailure(err -> LOG.error("audit event could not be stored: {}", e, err));
  }
}
