package vn.gov.moha.opendata.datasets.elearning;

import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.workflow.Parties;

/**
 * Who acts on enrolments: the training officers of the Public Administration Reform Department (Vụ Cải cách hành
 * chính, unit VU_CCHC), which runs the e-learning, see and update every enrolment; an agency's officers (token unit
 * = the agency's code, e.g. UBND_T01N) enrol their own staff and see their enrolments; admins may do everything. A
 * learner reads their own enrolments with a token whose subject is their account.
 */
final class Training {
  static final String UNIT = "VU_CCHC";
  /** The two parties of an enrolment: the Department (actor "department") and the learner's agency. */
  static final Parties PARTIES = new Parties("department", UNIT, "the PAR Department's", "the learner's agency's (%s)");

  private Training() {
  }

  /** The Department's officers and reviewers, admins: every enrolment. */
  static boolean department(Principal p) {
    return PARTIES.officeActs(p);
  }

  /** Whether the caller may read and enrol the learners of this agency. */
  static boolean agency(Principal p, String body) {
    return PARTIES.sees(p, body);
  }
}
