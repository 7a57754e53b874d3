package vn.gov.moha.opendata.datasets.awards;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.ApiProblem.FieldError;

/**
 * A dossier body (create or replace) checked against the reference data: the round exists; every candidate is proposed
 * for a state-level award type that admits its recipient kind, all of one decider; provinces are current ones;
 * personal details only for individuals. Every fault is reported at once, each naming its field.
 */
record DossierInput(String round, long roundId, int roundYear, String title, String method, JsonArray candidates,
                    JsonArray evidence) {
  private static final String TYPES = "SELECT t.code, t.decided_by, t.recipient_kinds, d.state_level "
    + "FROM awards.award_type t JOIN awards.decider d ON d.code = t.decided_by WHERE t.code = ANY($1)";
  private static final String PROVINCES = "SELECT key FROM platform.province WHERE key = ANY($1) AND valid_to IS NULL";
  private static final String ROUND = "SELECT id, year FROM awards.round WHERE key = $1";

  /** Reads and checks the body on the transaction's connection. */
  static Future<DossierInput> check(SqlConnection c, JsonObject in, LocalDate today) {
    JsonArray candidates = in.getJsonArray("candidates");
    JsonArray evidence = in.getJsonArray("evidence", new JsonArray());
    Set<String> types = new HashSet<>();
    Set<String> provinces = new HashSet<>();
    for (int i = 0; i < candidates.size(); i++) {
      JsonObject cand = candidates.getJsonObject(i);
      types.add(cand.getString("award_type"));
      if (cand.getString("province") != null) {
        provinces.add(cand.getString("province"));
      }
    }
    String roundKey = in.getString("round");
    return c.preparedQuery(ROUND).execute(Tuple.of(roundKey)).compose(round ->
      c.preparedQuery(TYPES).execute(Tuple.of(types.toArray(String[]::new))).compose(typeRows ->
        c.preparedQuery(PROVINCES).execute(Tuple.of(provinces.toArray(String[]::new))).compose(provinceRows -> {
          List<FieldError> errors = new ArrayList<>();
          Row r = round.size() == 0 ? null : round.iterator().next();
          if (r == null) {
            errors.add(new FieldError("/round", "body", "no award round " + roundKey + " (see /api/v1/award-rounds)"));
          }
          Map<String, Row> typeByCode = new HashMap<>();
          typeRows.forEach(t -> typeByCode.put(t.getString("code"), t));
          Set<String> current = new HashSet<>();
          provinceRows.forEach(p -> current.add(p.getString("key")));
          Set<String> deciders = new HashSet<>();
          for (int i = 0; i < candidates.size(); i++) {
            check(candidates.getJsonObject(i), "/candidates/" + i, typeByCode, current, deciders, today, errors);
          }
          if (deciders.size() > 1 && errors.isEmpty()) {
            errors.add(new FieldError("/candidates", "body", "all candidates of a dossier go to one decider; these "
              + "go to " + String.join(" and ", new java.util.TreeSet<>(deciders)) + ": split the dossier"));
          }
          if (!errors.isEmpty()) {
            return Future.failedFuture(new ApiProblem(400, "invalid-field", "Invalid field",
              "The dossier has " + errors.size() + " fault(s); see errors.", errors));
          }
          return Future.succeededFuture(new DossierInput(roundKey, r.getLong("id"), r.getInteger("year"),
            in.getString("title").strip(), in.getString("method"), candidates, evidence));
        })));
  }

  private static void check(JsonObject cand, String at, Map<String, Row> types, Set<String> provinces,
                            Set<String> deciders, LocalDate today, List<FieldError> errors) {
    String kind = cand.getString("recipient_kind");
    Row type = types.get(cand.getString("award_type"));
    if (type == null) {
      errors.add(new FieldError(at + "/award_type", "body", "unknown award type (see /api/v1/award-types)"));
    } else {
      if (!type.getBoolean("state_level")) {
        errors.add(new FieldError(at + "/award_type", "body", "is decided by " + type.getString("decided_by")
          + ": dossiers to the Central Emulation and Commendation Board are for state-level awards"));
      }
      if (!List.of(type.getArrayOfStrings("recipient_kinds")).contains(kind)) {
        errors.add(new FieldError(at + "/recipient_kind", "body", cand.getString("award_type") + " goes to "
          + String.join(" or ", type.getArrayOfStrings("recipient_kinds")) + ", not to a " + kind));
      }
      deciders.add(type.getString("decided_by"));
    }
    String province = cand.getString("province");
    if (province != null && !provinces.contains(province)) {
      errors.add(new FieldError(at + "/province", "body", "is not a current province (T{code}N)"));
    }
    if (!"individual".equals(kind)) {
      for (String personal : List.of("birth_date", "citizen_id")) {
        if (cand.getValue(personal) != null) {
          errors.add(new FieldError(at + "/" + personal, "body", "only individuals have one"));
        }
      }
      if (cand.getBoolean("posthumous", false)) {
        errors.add(new FieldError(at + "/posthumous", "body", "only individuals are honoured posthumously"));
      }
    }
    String birth = cand.getString("birth_date");
    if (birth != null && !LocalDate.parse(birth).isBefore(today.minusYears(14))) {
      errors.add(new FieldError(at + "/birth_date", "body", "is not a plausible birth date of a candidate"));
    }
  }

  /** One tuple per candidate for INSERT (dossier_id, seq, recipient_kind, award_type, name, position, unit_name,
   *  province_key, birth_date, citizen_id, posthumous, achievements). */
  List<Tuple> candidateRows(long dossierId) {
    List<Tuple> rows = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      JsonObject c = candidates.getJsonObject(i);
      String birth = c.getString("birth_date");
      rows.add(Tuple.from(new Object[] {dossierId, i + 1, c.getString("recipient_kind"), c.getString("award_type"),
        c.getString("name").strip(), c.getString("position"), c.getString("unit"), c.getString("province"),
        birth == null ? null : LocalDate.parse(birth), c.getString("citizen_id"), c.getBoolean("posthumous", false),
        c.getString("achievements")}));
    }
    return rows;
  }

  List<Tuple> evidenceRows(long dossierId) {
    List<Tuple> rows = new ArrayList<>();
    for (int i = 0; i < evidence.size(); i++) {
      JsonObject e = evidence.getJsonObject(i);
      rows.add(Tuple.of(dossierId, i + 1, e.getString("title").strip(), e.getString("media_type"),
        e.getLong("size_bytes"), e.getString("sha256")));
    }
    return rows;
  }
}
