package vn.gov.moha.opendata.datasets.reporting;

import java.time.ZoneId;
import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.workflow.Parties;

/**
 * Who acts in the reporting workflow: the Ministry Office (VAN_PHONG), which runs the reporting system — its officers
 * and reviewers, and admins — returns reports for correction, accepts them and sees who reported; a reporting unit's
 * officers (the unit's key in their unit claim: {@code BO_TU_PHAP}, {@code UBND_T01N}, {@code SNV_T01N}) fill in,
 * submit and resubmit their own unit's reports.
 */
final class Office {
  static final String UNIT = "VAN_PHONG";
  /** The office's steps (actor "office") and the reporting unit's. */
  static final Parties PARTIES = new Parties("office", UNIT, "the Ministry Office's", "the reporting unit's");
  /** Deadlines are Vietnamese. */
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private Office() {
  }

  static boolean acts(Principal p) {
    return PARTIES.officeActs(p);
  }

  /** Whether the caller reports for this unit: its officers, and admins. */
  static boolean reports(Principal p, String unit) {
    return PARTIES.unitActs(p, unit);
  }

  static boolean sees(Principal p, String unit) {
    return PARTIES.sees(p, unit);
  }
}
