package vn.gov.moha.opendata.platform.workflow;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.ApiProblem.FieldError;

/**
 * The parts every workflow kept as data shares (feedback cases, one-stop dossiers): its allowed steps are the rows of
 * a {@code transition_rule} table (columns {@code action}, {@code actor}), its recorded steps the rows of an append-only
 * transition table (columns {@code at, actor, actor_unit, action, from_status, to_status, unit, comment}).
 */
public final class Steps {
  private Steps() {
  }

  /**
   * The rule of {@code action} among the rules from status {@code from}, or a 409 {@code illegal-transition} that
   * lists the steps allowed from there ({@code what}: how the message names the record, "A case").
   */
  public static Row rule(Iterable<Row> rules, String what, String from, String action) {
    Row rule = null;
    List<String> allowed = new ArrayList<>();
    for (Row r : rules) {
      allowed.add(r.getString("action"));
      rule = r.getString("action").equals(action) ? r : rule;
    }
    if (rule == null) {
      throw ApiProblem.conflict("illegal-transition", what + " that is " + from + " cannot take the step '" + action
        + "'; allowed from " + from + ": " + (allowed.isEmpty() ? "none (final)" : String.join(", ", allowed)) + ".",
        new FieldError("/action", "body", "not allowed from " + from));
    }
    return rule;
  }

  /** Refuses a transition's body field that its action does not read: {@link #onlyFields(JsonObject, String, Map)}. */
  public static void onlyFields(JsonObject in, Map<String, List<String>> fields) {
    onlyFields(in, in.getString("action"), fields);
  }

  /** Refuses a field that {@code action} does not read (400 naming it), given the fields each action reads. */
  public static void onlyFields(JsonObject in, String action, Map<String, List<String>> fields) {
    for (String name : in.fieldNames()) {
      if (!name.equals("action") && in.getValue(name) != null && !fields.get(action).contains(name)) {
        throw ApiProblem.invalidField("/" + name, "'" + action + "' does not take " + name + " (it takes "
          + String.join(", ", fields.get(action)) + ")");
      }
    }
  }

  /** Refuses the step of a rule that needs the reasons ({@code needs_comment}) without a comment (400). */
  public static void needsComment(Row rule, String action, String comment) {
    if (rule.getBoolean("needs_comment") && comment == null) {
      throw ApiProblem.invalidField("/comment", "'" + action + "' needs the reasons");
    }
  }

  /** The actions among the rules that the caller may take, given whether it acts as a rule's {@code actor}. */
  public static JsonArray allowed(Iterable<Row> rules, Predicate<String> actsAs) {
    JsonArray allowed = new JsonArray();
    for (Row r : rules) {
      if (actsAs.test(r.getString("actor"))) {
        allowed.add(r.getString("action"));
      }
    }
    return allowed;
  }

  /** The recorded steps, oldest first, as the officers see them (who, from which unit, what, why). */
  public static JsonArray history(Iterable<Row> steps) {
    JsonArray transitions = new JsonArray();
    for (Row r : steps) {
      transitions.add(new JsonObject().put("at", r.getOffsetDateTime("at").toInstant().toString())
        .put("actor", r.getString("actor")).put("actor_unit", r.getString("actor_unit"))
        .put("action", r.getString("action")).put("from", r.getString("from_status"))
        .put("to", r.getString("to_status")).put("unit", r.getString("unit"))
        .put("comment", r.getString("comment")));
    }
    return transitions;
  }
}
