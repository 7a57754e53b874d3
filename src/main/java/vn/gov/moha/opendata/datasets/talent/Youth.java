package vn.gov.moha.opendata.datasets.talent;

import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.workflow.Parties;

/**
 * Who acts on the candidates' profiles: the Youth Affairs Department (Vụ Công tác thanh niên, unit VU_CTTN), which
 * runs the database, sees every profile and reopens a closed one; the officers of the unit that manages a profile (a
 * province's People's Committee, UBND_T..N) enter and update it and take its recruitment steps (the Department edits
 * every profile, but a unit's recruitment steps are that unit's); admins may do everything.
 */
final class Youth {
  static final String UNIT = "VU_CTTN";
  /** The Department's steps (actor "department") and the managing unit's. */
  static final Parties PARTIES = new Parties("department", UNIT, "the Youth Affairs Department's",
    "the managing unit's (%s)");

  private Youth() {
  }

  /** Whether the caller works for the Department (its officers and reviewers, admins): sees every profile. */
  static boolean department(Principal p) {
    return PARTIES.officeActs(p);
  }

  /** Whether the caller may read and edit a profile managed by this unit. */
  static boolean manages(Principal p, String unit) {
    return PARTIES.sees(p, unit);
  }
}
