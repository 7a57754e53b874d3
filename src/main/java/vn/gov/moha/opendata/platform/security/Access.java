package vn.gov.moha.opendata.platform.security;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.PlatformHandler;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Contract.Requirement;

/**
 * The one place that enforces what each contract operation declares (`security` + `x-roles`), before the body is
 * read or validated. Until OpenID Connect lands, a protected operation needs `Authorization: Bearer <ADMIN_TOKEN>`;
 * swapping this class is the whole change.
 */
public final class Access implements PlatformHandler {
  private final byte[] adminToken;
  private OpenAPIContract contract;
  private Map<String, Requirement> requirements;

  public Access(String adminToken) {
    this.adminToken = adminToken.getBytes(StandardCharsets.UTF_8);
  }

  /** A guard bound to one router's contract (each verticle has its own). */
  public Access bind(OpenAPIContract contract, Map<String, Requirement> requirements) {
    Access a = new Access(new String(adminToken, StandardCharsets.UTF_8));
    a.contract = contract;
    a.requirements = requirements;
    return a;
  }

  @Override
  public void handle(RoutingContext rc) {
    Operation op = contract.findOperation(rc.request().path(), rc.request().method());
    Requirement req = op == null ? null : requirements.get(op.getOperationId());
    if (req == null || req.isPublic()) {
      rc.next();
      return;
    }
    String header = rc.request().getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      rc.fail(ApiProblem.of(401, "unauthorized", "Unauthorized",
        "This operation needs a bearer token: Authorization: Bearer <token>."));
      return;
    }
    byte[] presented = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(presented, adminToken)) {
      rc.fail(ApiProblem.of(401, "invalid-token", "Unauthorized", "The bearer token is not valid."));
      return;
    }
    rc.next();
  }
}
