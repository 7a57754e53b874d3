package vn.gov.moha.opendata.datasets.civilservants;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gov.moha.opendata.platform.http.ApiProblem;

/**
 * The SQL of a person's record as one unit of writing: the person row (its salary group follows its rank) and the
 * lists (qualifications, training, evaluations, awards and disciplines, employment) replaced whole, in the caller's
 * transaction. The contract checks shapes and code lists; {@link #check} what spans fields.
 */
final class PersonWrites {
  private static final String INSERT = "INSERT INTO civilservants.person (citizen_id, full_name, birth_date, sex, "
    + "ethnicity_code, unit_key, position, rank_code, salary_scale, salary_step, education_code, service_start, "
    + "service_end) SELECT $1, $2, $3, $4, $5, $6, $7, r.code, r.salary_scale, $9, $10, $11, $12 "
    + "FROM civilservants.rank r WHERE r.code = $8 RETURNING id";
  private static final String UPDATE = "UPDATE civilservants.person p SET citizen_id = $2, full_name = $3, "
    + "birth_date = $4, sex = $5, ethnicity_code = $6, unit_key = $7, position = $8, rank_code = r.code, "
    + "salary_scale = r.salary_scale, salary_step = $10, education_code = $11, service_start = $12, "
    + "service_end = $13, version = p.version + 1, modified_at = now() FROM civilservants.rank r "
    + "WHERE p.id = $1 AND r.code = $9";
  private static final String STEPS = "SELECT s.steps FROM civilservants.rank r "
    + "JOIN civilservants.salary_scale s ON s.code = r.salary_scale WHERE r.code = $1";
  private static final String[] CLEAR = {"DELETE FROM civilservants.qualification WHERE person_id = $1",
    "DELETE FROM civilservants.training WHERE person_id = $1", "DELETE FROM civilservants.evaluation WHERE person_id = $1",
    "DELETE FROM civilservants.merit WHERE person_id = $1", "DELETE FROM civilservants.employment WHERE person_id = $1"};
  private static final String QUALIFICATION = "INSERT INTO civilservants.qualification (person_id, ord, level_code, "
    + "field, institution, year) VALUES ($1, $2, $3, $4, $5, $6)";
  private static final String TRAINING = "INSERT INTO civilservants.training (person_id, ord, course, institution, "
    + "starts, ends) VALUES ($1, $2, $3, $4, $5, $6)";
  private static final String EVALUATION = "INSERT INTO civilservants.evaluation (person_id, year, classification) "
    + "VALUES ($1, $2, $3)";
  private static final String MERIT = "INSERT INTO civilservants.merit (person_id, ord, kind, title, decision, date) "
    + "VALUES ($1, $2, $3, $4, $5, $6)";
  private static final String EMPLOYMENT = "INSERT INTO civilservants.employment (person_id, ord, starts, ends, "
    + "organisation, position, unit_key, rank_code) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";

  /** What the contract cannot say: dates in order and plausible (a 400 naming the field). */
  static void check(JsonObject in) {
    LocalDate born = date(in, "birth_date");
    LocalDate start = date(in, "service_start");
    LocalDate end = date(in, "service_end");
    if (born.plusYears(18).isAfter(start)) {
      throw ApiProblem.invalidField("/service_start", "is before the person's 18th birthday (" + born + ")");
    }
    if (start.isAfter(LocalDate.now())) {
      throw ApiProblem.invalidField("/service_start", "is in the future");
    }
    if (end != null && !end.isAfter(start)) {
      throw ApiProblem.invalidField("/service_end", "is not after service_start");
    }
    JsonArray evaluations = in.getJsonArray("evaluations", new JsonArray());
    for (int i = 0; i < evaluations.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (evaluations.getJsonObject(i).getInteger("year").equals(evaluations.getJsonObject(j).getInteger("year"))) {
          throw ApiProblem.invalidField("/evaluations/" + i + "/year", "is classified twice");
        }
      }
    }
  }

  Future<Long> insert(SqlConnection c, JsonObject in) {
    return step(c, in).compose(v -> c.preparedQuery(INSERT).execute(Tuple.from(new Object[] {in.getString("citizen_id"),
        in.getString("full_name").strip(), date(in, "birth_date"), in.getString("sex"), in.getString("ethnicity"),
        in.getString("unit"), in.getString("position"), in.getString("rank"), in.getInteger("salary_step"),
        in.getString("education"), date(in, "service_start"), date(in, "service_end")})))
      .map(rs -> rs.iterator().next().getLong("id"))
      .compose(id -> lists(c, id, in).map(id));
  }

  Future<Void> replace(SqlConnection c, long id, JsonObject in) {
    Future<?> cleared = step(c, in).compose(v -> c.preparedQuery(UPDATE).execute(Tuple.from(new Object[] {id,
      in.getString("citizen_id"), in.getString("full_name").strip(), date(in, "birth_date"), in.getString("sex"),
      in.getString("ethnicity"), in.getString("unit"), in.getString("position"), in.getString("rank"),
      in.getInteger("salary_step"), in.getString("education"), date(in, "service_start"),
      date(in, "service_end")})));
    for (String sql : CLEAR) {
      cleared = cleared.compose(v -> c.preparedQuery(sql).execute(Tuple.of(id)));
    }
    return cleared.compose(v -> lists(c, id, in));
  }

  /** The salary step must exist in the salary group of the rank (400 naming salary_step). */
  private static Future<Void> step(SqlConnection c, JsonObject in) {
    return c.preparedQuery(STEPS).execute(Tuple.of(in.getString("rank"))).compose(rs -> {
      int steps = rs.iterator().next().getInteger("steps");
      return in.getInteger("salary_step") > steps
        ? Future.failedFuture(ApiProblem.invalidField("/salary_step", "the salary group of rank " + in.getString("rank")
          + " has " + steps + " steps"))
        : Future.succeededFuture();
    });
  }

  private static Future<Void> lists(SqlConnection c, long id, JsonObject in) {
    List<Tuple> q = new ArrayList<>();
    List<Tuple> t = new ArrayList<>();
    List<Tuple> e = new ArrayList<>();
    List<Tuple> m = new ArrayList<>();
    List<Tuple> w = new ArrayList<>();
    each(in, "qualifications", (i, o) -> q.add(Tuple.from(new Object[] {id, i, o.getString("level"),
      o.getString("field"), o.getString("institution"), o.getInteger("year")})));
    each(in, "training", (i, o) -> t.add(Tuple.from(new Object[] {id, i, o.getString("course"),
      o.getString("institution"), date(o, "starts"), date(o, "ends")})));
    each(in, "evaluations", (i, o) -> e.add(Tuple.of(id, o.getInteger("year"), o.getString("classification"))));
    each(in, "awards_disciplines", (i, o) -> m.add(Tuple.from(new Object[] {id, i, o.getString("kind"),
      o.getString("title"), o.getString("decision"), date(o, "date")})));
    each(in, "employment", (i, o) -> w.add(Tuple.from(new Object[] {id, i, date(o, "starts"), date(o, "ends"),
      o.getString("organisation"), o.getString("position"), o.getString("unit"), o.getString("rank")})));
    return batch(c, QUALIFICATION, q).compose(v -> batch(c, TRAINING, t)).compose(v -> batch(c, EVALUATION, e))
      .compose(v -> batch(c, MERIT, m)).compose(v -> batch(c, EMPLOYMENT, w));
  }

  /** Reads the lists of a record into {@code o}. */
  static Future<JsonObject> children(SqlClient c, long id, JsonObject o, String qualifications, String training,
                                     String evaluations, String merits, String employment) {
    return c.preparedQuery(qualifications).execute(Tuple.of(id)).compose(rs -> {
      o.put("qualifications", rows(rs, r -> new JsonObject().put("level", r.getString("level_code"))
        .put("field", r.getString("field")).put("institution", r.getString("institution"))
        .put("year", r.getInteger("year"))));
      return c.preparedQuery(training).execute(Tuple.of(id));
    }).compose(rs -> {
      o.put("training", rows(rs, r -> new JsonObject().put("course", r.getString("course"))
        .put("institution", r.getString("institution")).put("starts", text(r.getLocalDate("starts")))
        .put("ends", text(r.getLocalDate("ends")))));
      return c.preparedQuery(evaluations).execute(Tuple.of(id));
    }).compose(rs -> {
      o.put("evaluations", rows(rs, r -> new JsonObject().put("year", r.getInteger("year"))
        .put("classification", r.getString("classification"))));
      return c.preparedQuery(merits).execute(Tuple.of(id));
    }).compose(rs -> {
      o.put("awards_disciplines", rows(rs, r -> new JsonObject().put("kind", r.getString("kind"))
        .put("title", r.getString("title")).put("decision", r.getString("decision"))
        .put("date", text(r.getLocalDate("date")))));
      return c.preparedQuery(employment).execute(Tuple.of(id));
    }).map(rs -> o.put("employment", rows(rs, r -> new JsonObject().put("starts", text(r.getLocalDate("starts")))
      .put("ends", text(r.getLocalDate("ends"))).put("organisation", r.getString("organisation"))
      .put("position", r.getString("position")).put("unit", r.getString("unit_key"))
      .put("rank", r.getString("rank_code")))));
  }

  private static JsonArray rows(RowSet<Row> rs, java.util.function.Function<Row, JsonObject> f) {
    JsonArray a = new JsonArray();
    rs.forEach(r -> a.add(f.apply(r)));
    return a;
  }

  private static String text(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static Future<Void> batch(SqlConnection c, String sql, List<Tuple> rows) {
    return rows.isEmpty() ? Future.succeededFuture() : c.preparedQuery(sql).executeBatch(rows).mapEmpty();
  }

  private static void each(JsonObject in, String list, java.util.function.BiConsumer<Integer, JsonObject> f) {
    JsonArray a = in.getJsonArray(list, new JsonArray());
    for (int i = 0; i < a.size(); i++) {
      f.accept(i + 1, a.getJsonObject(i));
    }
  }

  private static LocalDate date(JsonObject o, String field) {
    String v = o.getString(field);
    return v == null ? null : LocalDate.parse(v);
  }
}
