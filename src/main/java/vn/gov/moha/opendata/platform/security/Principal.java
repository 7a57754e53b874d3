package vn.gov.moha.opendata.platform.security;

import io.vertx.ext.web.RoutingContext;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling, as established once per request by {@link Access}: an anonymous caller, a developer's API key or
 * a verified bearer token. Handlers read it with {@link #of(RoutingContext)} for unit-scoped checks and the audit log.
 *
 * @param subject the token's `sub`, the key owner's `sub`, or "anonymous"
 * @param roles   roles held (every caller holds PUBLIC; signed-in users and keys hold DEVELOPER)
 * @param unit    organisational unit code from the token's unit claim, or null
 * @param method  "anonymous", "api-key" or "token"
 * @param keyId   the API key's id when the call came with a key
 */
public record Principal(String subject, Set<Role> roles, String unit, String method, String keyId) {
  static final String KEY = "moha.principal";
  public static final Principal ANONYMOUS = new Principal("anonymous", EnumSet.of(Role.PUBLIC), null, "anonymous", null);

  public Principal {
    roles = Set.copyOf(roles);
  }

  public static Principal of(RoutingContext rc) {
    Principal p = rc.get(KEY);
    return p == null ? ANONYMOUS : p;
  }

  public boolean isAnonymous() {
    return "anonymous".equals(method);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Whether this caller holds one of the roles an operation accepts. */
  public boolean holdsAnyOf(Collection<Role> accepted) {
    return accepted.stream().anyMatch(roles::contains);
  }

  /** Whether this caller may act on the restricted records of a unit: admins everywhere, officers in their unit. */
  public boolean actsFor(String ownerUnit) {
    return has(Role.ADMIN) || (has(Role.OFFICER) && unit != null && unit.equals(ownerUnit));
  }

  /**
   * Whether this caller works for a unit that reviews across units (a council, a board): admins, and that unit's
   * officers and reviewers.
   */
  public boolean reviewsFor(String reviewingUnit) {
    return has(Role.ADMIN) || (reviewingUnit.equals(unit) && (has(Role.OFFICER) || has(Role.REVIEWER)));
  }

  public String[] roleNames() {
    return roles.stream().map(Role::wire).sorted().toArray(String[]::new);
  }
}
