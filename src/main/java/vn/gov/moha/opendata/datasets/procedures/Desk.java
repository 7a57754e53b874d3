package vn.gov.moha.opendata.datasets.procedures;

import java.time.ZoneId;
import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.workflow.Parties;

/**
 * Who acts on dossiers: the one-stop desk (Bộ phận một cửa) of the Ministry Office (officers and reviewers of unit
 * VAN_PHONG), which receives, assigns, refuses at receipt and returns results and sees every dossier with its
 * applicant; the officers of the unit a dossier is assigned to see it (without the applicant's contact) and process
 * it; admins may do everything.
 */
final class Desk {
  static final String UNIT = "VAN_PHONG";
  /** The desk's steps (actor "desk") and the assigned unit's. */
  static final Parties PARTIES = new Parties("desk", UNIT, "the one-stop desk's", "the assigned unit's (%s)");
  /** Dates of the workflow (receipt, due dates, decisions) are Vietnamese dates. */
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private Desk() {
  }

  /** Whether the caller takes the desk's steps and sees every dossier and its applicant. */
  static boolean acts(Principal p) {
    return PARTIES.officeActs(p);
  }

  /** Whether the caller processes for this unit: its officers, and admins. */
  static boolean processes(Principal p, String assignedUnit) {
    return PARTIES.unitActs(p, assignedUnit);
  }

  /** Whether the caller may read a dossier assigned to this unit (null: not assigned yet). */
  static boolean sees(Principal p, String assignedUnit) {
    return PARTIES.sees(p, assignedUnit);
  }
}
