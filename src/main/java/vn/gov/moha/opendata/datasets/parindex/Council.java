package vn.gov.moha.opendata.datasets.parindex;

import java.time.ZoneId;
import vn.gov.moha.opendata.platform.security.Principal;

/**
 * Who acts in the PAR Index workflow: the appraisal council — officers and reviewers of the Public Administration
 * Reform Department (VU_CCHC), and admins — opens rounds, appraises and publishes; an assessed unit's officers (the
 * unit's key in their unit claim: {@code BO_TU_PHAP}, {@code UBND_T01N}) score their own assessment.
 */
final class Council {
  static final String UNIT = "VU_CCHC";
  /** Deadlines and publication dates are Vietnamese. */
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private Council() {
  }

  static boolean acts(Principal p) {
    return p.reviewsFor(UNIT);
  }

  /** Whether the caller scores this unit's assessment: its officers, and admins. */
  static boolean scores(Principal p, String unit) {
    return p.actsFor(unit);
  }

  static boolean sees(Principal p, String unit) {
    return acts(p) || scores(p, unit);
  }
}
