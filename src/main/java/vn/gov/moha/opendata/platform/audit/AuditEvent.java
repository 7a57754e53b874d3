package vn.gov.moha.opendata.platform.audit;

import io.vertx.ext.web.RoutingContext;
import vn.gov.moha.opendata.platform.http.RequestLog;
import vn.gov.moha.opendata.platform.security.Access;
import vn.gov.moha.opendata.platform.security.Principal;

/**
 * One line of the audit log: who (subject, how authenticated, roles, unit), did what (operation, method, path) to
 * which record, how it ended, from where, under which request id.
 */
public record AuditEvent(String actor, String authMethod, String[] roles, String unit, String operation,
                         String method, String path, String recordType, String recordId, String outcome, int status,
                         String clientIp, String requestId) {

  /** Outcomes, as stored. */
  public static final String SUCCESS = "success";
  public static final String DENIED = "denied";
  public static final String UNAUTHENTICATED = "unauthenticated";
  public static final String NOT_FOUND = "not-found";
  public static final String FAILED = "failed";

  /** The event of the current request, by the caller {@link Access} established. */
  public static AuditEvent of(RoutingContext rc, String recordType, String recordId, String outcome, int status) {
    Principal p = Principal.of(rc);
    return new AuditEvent(p.subject(), p.method(), p.roleNames(), p.unit(), Access.operationId(rc),
      rc.request().method().name(), rc.request().path(), recordType, recordId, outcome, status,
      Access.clientIp(rc), RequestLog.requestId(rc));
  }

  public AuditEvent withOutcome(String newOutcome, int newStatus) {
    return new AuditEvent(actor, authMethod, roles, unit, operation, method, path, recordType, recordId, newOutcome,
      newStatus, clientIp, requestId);
  }

  public AuditEvent withRecord(String type, String id) {
    return new AuditEvent(actor, authMethod, roles, unit, operation, method, path, type, id, outcome, status,
      clientIp, requestId);
  }
}
