package vn.gov.moha.opendata.datasets.awards;

import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.workflow.Parties;

/**
 * Who acts in the award workflow: the Central Emulation and Commendation Board (officers and reviewers of unit
 * BAN_TDKT) appraises and decides; a proposing body's officers (the body's key in their unit claim) prepare and submit;
 * admins may do both.
 */
final class Board {
  static final String UNIT = "BAN_TDKT";
  /** The Board's steps (actor "board") and the proposing body's. */
  static final Parties PARTIES = new Parties("board", UNIT, "the Board's", "the proposing body's");
  /** Dates of the workflow (deadlines, "not in the future") are Vietnamese dates. */
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private Board() {
  }

  static boolean acts(RoutingContext rc) {
    return acts(Principal.of(rc));
  }

  static boolean acts(Principal p) {
    return PARTIES.officeActs(p);
  }

  /** Whether the caller prepares dossiers for this body: its officers, and admins. */
  static boolean proposes(Principal p, String body) {
    return PARTIES.unitActs(p, body);
  }

  /** Whether the caller may read this body's dossiers. */
  static boolean sees(Principal p, String body) {
    return PARTIES.sees(p, body);
  }
}
