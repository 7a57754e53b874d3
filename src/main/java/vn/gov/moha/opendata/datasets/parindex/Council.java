package vn.gov.moha.opendata.datasets.parindex;

import java.time.ZoneId;
import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.workflow.Parties;

/**
 * Who acts in the PAR Index workflow: the appraisal council — officers and reviewers of the Public Administration
 * Reform Department (VU_CCHC), and admins — opens rounds, appraises and publishes; an assessed unit's officers (the
 * unit's key in their unit claim: {@code BO_TU_PHAP}, {@code UBND_T01N}) score their own assessment.
 */
final class Council {
  static final String UNIT = "VU_CCHC";
  /** The council's steps (actor "council") and the assessed unit's. */
  static final Parties PARTIES = new Parties("council", UNIT, "the council's", "the assessed unit's");
  /** Deadlines and publication dates are Vietnamese. */
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private Council() {
  }

  static boolean acts(Principal p) {
    return PARTIES.officeActs(p);
  }

  /** Whether the caller scores this unit's assessment: its officers, and admins. */
  static boolean scores(Principal p, String unit) {
    return PARTIES.unitActs(p, unit);
  }

  static boolean sees(Principal p, String unit) {
    return PARTIES.sees(p, unit);
  }
}
