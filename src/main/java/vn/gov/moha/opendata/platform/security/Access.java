package vn.gov.moha.opendata.platform.security;

import io.vertx.core.Future;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.PlatformHandler;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.sqlclient.Pool;
import java.util.Map;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditLog;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Contract.Requirement;
import vn.gov.moha.opendata.platform.http.RequestLog;

/**
 * The one place that enforces what each contract operation declares, for every route, before the body is read:
 * <ol>
 *   <li>who calls: anonymous, an API key ({@code X-API-Key}, or the bare {@code Authorization} value as CKAN's clients
 *       send their token) or a bearer JWT; a credential that does not verify is
 *       refused with 401 even on open operations, so a client learns at once that its credential is wrong;</li>
 *   <li>how often: the caller's rate limit (429 with Retry-After), RateLimit-* headers on every answer;</li>
 *   <li>whether it may: the operation's `security` (which credentials it accepts; `{}` = anonymous too) and
 *       `x-roles` (which roles); 401 without an accepted credential, 403 with one that lacks the role.</li>
 * </ol>
 * Refusals on protected operations go to the audit log. Unit scope depends on the record, so the dataset checks it
 * with {@link Principal#actsFor(String)}.
 */
public final class Access implements PlatformHandler {
  private static final String BEARER = "bearerAuth";
  private static final String API_KEY = "apiKey";

  private final SecurityServices services;
  private final OpenAPIContract contract;
  private final Map<String, Requirement> requirements;
  private final Pool pool;

  public Access(SecurityServices services, OpenAPIContract contract, Map<String, Requirement> requirements, Pool pool) {
    this.services = services;
    this.contract = contract;
    this.requirements = requirements;
    this.pool = pool;
  }

  /** The contract operation of the request (null when no operation matches). */
  public static String operationId(RoutingContext rc) {
    return RequestLog.operation(rc);
  }

  /** The caller's IP (from Forwarded / X-Forwarded-For only when the server is configured to trust them). */
  public static String clientIp(RoutingContext rc) {
    return rc.request().remoteAddress() == null ? null : rc.request().remoteAddress().host();
  }

  @Override
  public void handle(RoutingContext rc) {
    Operation op = contract.findOperation(rc.request().path(), rc.request().method());
    Requirement req = op == null ? null : requirements.get(op.getOperationId());
    if (op != null) {
      RequestLog.operation(rc, op.getOperationId());
    }
    // the checks below may wait on the database (API keys) or the issuer (keys): hold a body until they pass, so
    // that BodyHandler reads it afterwards, and only for callers that are let in
    // (the same test BodyHandler makes: HTTP/2 requests always may have one)
    if (rc.request().version() == HttpVersion.HTTP_2 || rc.request().headers().contains("Content-Length")
      || rc.request().headers().contains("Transfer-Encoding")) {
      rc.request().pause();
    }
    boolean credentials = rc.request().headers().contains("Authorization")
      || rc.request().headers().contains(ApiKeys.HEADER);
    if (credentials && services.rateLimiter().refusalsExhausted(clientIp(rc))) {
      // this address has been guessing: no more lookups for it until its allowance refills
      RateLimiter.Decision d = services.rateLimiter().refusedCredential(clientIp(rc));
      d.writeHeaders(rc.response());
      refuse(rc, op, req, tooMany(), AuditEvent.UNAUTHENTICATED);
      return;
    }
    authenticate(rc).onComplete(ar -> {
      if (ar.failed()) {
        // refused credentials count against the IP, so guessing keys or tokens is rate limited too
        RateLimiter.Decision d = services.rateLimiter().refusedCredential(clientIp(rc));
        d.writeHeaders(rc.response());
        refuse(rc, op, req, d.allowed() ? ar.cause() : tooMany(), AuditEvent.UNAUTHENTICATED);
        return;
      }
      Principal who = ar.result();
      rc.put(Principal.KEY, who);
      RateLimiter.Decision d = req != null && !req.rateLimited() ? RateLimiter.UNLIMITED
        : who.isAnonymous() ? services.rateLimiter().anonymous(clientIp(rc))
        : services.rateLimiter().identified(who.method() + ":" + (who.keyId() != null ? who.keyId() : who.subject()));
      d.writeHeaders(rc.response());
      if (!d.allowed()) {
        rc.request().resume();
        rc.fail(tooMany());
        return;
      }
      if (req == null) {
        rc.request().resume();
        rc.next(); // no such operation: the router answers 404/405
        return;
      }
      if (who.isAnonymous() && !req.anonymous()) {
        refuse(rc, op, req, ApiProblem.of(401, "unauthorized", "Unauthorized",
          "This operation needs " + needs(req) + "."), AuditEvent.UNAUTHENTICATED);
        return;
      }
      if (!who.isAnonymous() && !req.schemes().contains(who.method().equals("api-key") ? API_KEY : BEARER)) {
        refuse(rc, op, req, ApiProblem.of(403, "credential-not-accepted", "Forbidden",
          "This operation does not accept " + (who.method().equals("api-key") ? "API keys" : "bearer tokens")
            + "; it needs " + needs(req) + "."), AuditEvent.DENIED);
        return;
      }
      if (!who.holdsAnyOf(req.roles())) {
        refuse(rc, op, req, ApiProblem.of(403, "forbidden", "Forbidden",
          "This operation needs one of the roles " + req.roles().stream().map(Role::wire).toList() + "."),
          AuditEvent.DENIED);
        return;
      }
      rc.next(); // BodyHandler resumes a held body
    });
  }

  private Future<Principal> authenticate(RoutingContext rc) {
    String authorization = rc.request().getHeader("Authorization");
    String key = rc.request().getHeader(ApiKeys.HEADER);
    if (authorization != null && key != null) {
      return Future.failedFuture(ApiProblem.badRequest("ambiguous-credentials",
        "Send either Authorization or X-API-Key, not both."));
    }
    if (key != null) {
      return services.apiKeys().authenticate(pool, key.trim());
    }
    if (authorization == null) {
      return Future.succeededFuture(Principal.ANONYMOUS);
    }
    String value = authorization.trim();
    if (!value.isEmpty() && value.indexOf(' ') < 0) {
      // CKAN's clients (ckanapi, ckanext-harvest, ckanext-dcat) send their API token as the bare header value
      return services.apiKeys().authenticate(pool, value);
    }
    if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.length() < 8) {
      return Future.failedFuture(ApiProblem.of(401, "unauthorized", "Unauthorized",
        "Send the token as Authorization: Bearer <token>."));
    }
    return services.tokens().verify(authorization.substring(7).trim());
  }

  private void refuse(RoutingContext rc, Operation op, Requirement req, Throwable problem, String outcome) {
    rc.request().resume(); // the unread body is discarded
    if (req != null && !req.anonymous() && problem instanceof ApiProblem p && (p.status() == 401 || p.status() == 403)) {
      AuditLog.appendLater(pool, AuditEvent.of(rc, null, lastPathParameter(op, rc.request().path()), outcome,
        p.status()));
    }
    rc.fail(problem);
  }

  /** The value of the operation's last path parameter (the record it acts on, e.g. `{id}`), or null. */
  static String lastPathParameter(Operation op, String path) {
    if (op == null || path == null) {
      return null;
    }
    String[] template = op.getOpenAPIPath().split("/");
    String[] actual = path.split("/");
    for (int i = Math.min(template.length, actual.length) - 1; i >= 0; i--) {
      if (template[i].startsWith("{")) {
        return java.net.URLDecoder.decode(actual[i], java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static String needs(Requirement req) {
    String creds = req.schemes().contains(API_KEY) && req.schemes().contains(BEARER) ? "an API key or a bearer token"
      : req.schemes().contains(API_KEY) ? "an API key" : "a bearer token (Authorization: Bearer <token>)";
    return creds + " with one of the roles " + req.roles().stream().map(Role::wire).toList();
  }

  private static ApiProblem tooMany() {
    return ApiProblem.of(429, "rate-limited", "Too Many Requests",
      "Too many requests from this caller; wait for the time in Retry-After. API keys get a higher limit.");
  }
}
