package vn.gov.moha.opendata.platform.workflow;

import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Row;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.security.Principal;

/**
 * The two parties of a restricted workflow: the office that runs it (officers and reviewers of one unit, and admins),
 * which sees every record, and the unit a record belongs to (its officers, and admins), which sees its own. A rule's
 * {@code actor} naming {@link #office} is the office's step; any other actor is the record's unit's.
 *
 * @param office how the rules name the office ("centre")
 * @param officeUnit the office's unit ("TT_CNTT")
 * @param officeName how a refusal names the office ("the Information Centre's")
 * @param unitName how a refusal names the record's unit, {@code %s} standing for its code ("the assigned unit's (%s)")
 * @param reviewersAct whether the office's reviewers take its steps too (the default), or only read while its
 *     officers and admins act (VOffice's clerical office)
 */
public record Parties(String office, String officeUnit, String officeName, String unitName, boolean reviewersAct) {

  /** The parties of a workflow whose office's officers and reviewers both act. */
  public Parties(String office, String officeUnit, String officeName, String unitName) {
    this(office, officeUnit, officeName, unitName, true);
  }

  /** Whether the caller sees every record: the office's officers and reviewers, admins. */
  public boolean officeSees(Principal p) {
    return p.reviewsFor(officeUnit);
  }

  /** Whether the caller takes the office's steps (where reviewers act: whether it sees every record). */
  public boolean officeActs(Principal p) {
    return reviewersAct ? p.reviewsFor(officeUnit) : p.actsFor(officeUnit);
  }

  /** Whether the caller acts for the record's unit (null: none yet): its officers, and admins. */
  public boolean unitActs(Principal p, String unit) {
    return unit != null && p.actsFor(unit);
  }

  /** Whether the caller may read a record of this unit. */
  public boolean sees(Principal p, String unit) {
    return officeSees(p) || unitActs(p, unit);
  }

  /** Whether the caller may take a step of {@code actor} on a record of this unit. */
  public boolean may(Principal p, String actor, String unit) {
    return actor.equals(office) ? officeActs(p) : unitActs(p, unit);
  }

  /**
   * The rule of {@code action} from status {@code from} (a 409 naming the allowed steps otherwise, see
   * {@link Steps#rule}) if the caller is its party; a 403 naming whose step it is otherwise.
   */
  public Row rule(Iterable<Row> rules, String what, String from, String action, Principal p, String unit) {
    Row rule = Steps.rule(rules, what, from, action);
    String actor = rule.getString("actor");
    if (!may(p, actor, unit)) {
      throw ApiProblem.of(403, "unit-scope", "Forbidden", "The step '" + action + "' is " + (actor.equals(office)
        ? officeName + ": officers " + (reviewersAct ? "and reviewers " : "") + "of unit " + officeUnit + ", admins."
        : String.format(unitName, unit) + ": its officers, admins."));
    }
    return rule;
  }

  /** The actions among the rules that the caller may take on a record of this unit. */
  public JsonArray allowed(Iterable<Row> rules, Principal p, String unit) {
    return Steps.allowed(rules, actor -> may(p, actor, unit));
  }
}
