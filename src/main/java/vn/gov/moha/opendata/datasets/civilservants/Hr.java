package vn.gov.moha.opendata.datasets.civilservants;

import java.util.List;
import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.security.Role;

/**
 * Who reads and writes personnel records: the Civil Servants and Public Employees Department of the ministry
 * ({@code VU_CCVC}, which keeps the national database: its officers and reviewers) and admins see everyone; an HR
 * officer sees the people of the unit of the token's unit claim and of every unit below it in the organisation tree
 * (a ministry or province, a department, a division: {@code civilservants.org.path}).
 */
final class Hr {
  static final String UNIT = "VU_CCVC";

  private Hr() {
  }

  /** Whether the caller sees and edits every record. */
  static boolean seesAll(Principal p) {
    return p.reviewsFor(UNIT);
  }

  /** Whether the caller sees the records of a unit whose path (keys from the root down) is {@code path}. */
  static boolean sees(Principal p, List<String> path) {
    return seesAll(p) || (p.has(Role.OFFICER) && p.unit() != null && path.contains(p.unit()));
  }
}
