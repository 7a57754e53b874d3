package vn.gov.moha.opendata.datasets.feedback;

import java.time.ZoneId;
import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.workflow.Parties;

/**
 * Who acts on feedback cases: the Information Centre (officers and reviewers of unit TT_CNTT), which runs the PAKN
 * desk, receives, classifies, assigns, rejects and publishes and sees every case with the submitter's contact; the
 * officers of the unit a case is assigned to see it (without the contact) and answer it; admins may do everything.
 */
final class Centre {
  static final String UNIT = "TT_CNTT";
  /** The Centre's steps (actor "centre") and the assigned unit's. */
  static final Parties PARTIES = new Parties("centre", UNIT, "the Information Centre's", "the assigned unit's (%s)");
  /** Dates of the workflow (receipt, due dates, answers) are Vietnamese dates. */
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private Centre() {
  }

  /** Whether the caller takes the Centre's steps and sees every case and its submitter. */
  static boolean acts(Principal p) {
    return PARTIES.officeActs(p);
  }

  /** Whether the caller answers for this unit: its officers, and admins. */
  static boolean answers(Principal p, String assignedUnit) {
    return PARTIES.unitActs(p, assignedUnit);
  }

  /** Whether the caller may read a case assigned to this unit (null: not assigned yet). */
  static boolean sees(Principal p, String assignedUnit) {
    return PARTIES.sees(p, assignedUnit);
  }
}
