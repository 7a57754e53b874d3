package vn.gov.moha.opendata.datasets.parindex;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditLog;
import vn.gov.moha.opendata.platform.audit.AuditedWrites;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Idempotency;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.security.Principal;

/**
 * HTTP handlers of the PAR Index: the open side (criteria sets and their tree, assessed units, rounds, published
 * results with group means) and the council's round operations (open a round, see its ranking before publication,
 * publish it). The assessments themselves are {@link AssessmentsApi}.
 */
public final class ParIndexApi {
  static final String PATH = "/api/v1/par-index";
  static final String JSON = "application/json; charset=utf-8";
  private static final String SETS = "SELECT s.key, s.group_code, g.name_vi AS group_vi, g.name_en AS group_en, "
    + "s.name_vi, s.name_en, s.decision, s.decision_date, s.first_year, s.last_year, s.total_points, s.survey_points, "
    + "s.survey_origin, s.note, count(*) FILTER (WHERE c.level = 1) AS fields, "
    + "count(*) FILTER (WHERE c.level = 2) AS criteria, count(*) FILTER (WHERE c.level = 3) AS sub_criteria "
    + "FROM parindex.criteria_set s JOIN parindex.unit_group g ON g.code = s.group_code "
    + "JOIN parindex.criterion c ON c.set_key = s.key WHERE ($1::text IS NULL OR s.key = $1) "
    + "GROUP BY s.key, g.name_vi, g.name_en, g.sort ORDER BY g.sort, s.first_year DESC";
  static final String TREE = "SELECT code, parent_code, level, name_vi, name_en, max_points, leaf, scored_by, "
    + "evidence_required, origin, points_origin FROM parindex.criterion WHERE set_key = $1 ORDER BY sort";
  private static final String UNITS = "SELECT key, group_code, name_vi, name_en, province_key, valid_to, successor "
    + "FROM parindex.unit WHERE ($1::text IS NULL OR group_code = $1) AND (valid_to IS NULL) = $2 "
    + "ORDER BY group_code, sort, key";
  private static final String ROUNDS = "SELECT r.id, r.key, r.year, r.group_code, g.name_vi AS group_vi, "
    + "g.name_en AS group_en, r.set_key, s.decision, r.name_vi, r.name_en, r.opens, r.deadline, r.published_at, "
    + "r.origin, now() > r.deadline AS closed, "
    + "count(a.id) FILTER (WHERE a.status_code = 'draft') AS draft, "
    + "count(a.id) FILTER (WHERE a.status_code = 'submitted') AS submitted, "
    + "count(a.id) FILTER (WHERE a.status_code = 'appraised') AS appraised "
    + "FROM parindex.round r JOIN parindex.unit_group g ON g.code = r.group_code "
    + "JOIN parindex.criteria_set s ON s.key = r.set_key LEFT JOIN parindex.assessment a ON a.round_id = r.id "
    + "WHERE ($1::int IS NULL OR r.year = $1) AND ($2::text IS NULL OR r.group_code = $2) "
    + "AND ($3::text IS NULL OR r.key = $3) "
    + "GROUP BY r.id, g.name_vi, g.name_en, g.sort, s.decision ORDER BY r.year DESC, g.sort";
  private static final String SET_FOR = "SELECT key FROM parindex.criteria_set WHERE group_code = $1 "
    + "AND $2 BETWEEN first_year AND last_year ORDER BY first_year DESC LIMIT 1";
  private static final String INSERT_ROUND = "INSERT INTO parindex.round (key, year, set_key, group_code, name_vi, "
    + "name_en, opens, deadline, created_by) SELECT $1, $2, $3, g.code, "
    + "coalesce($4, 'Đánh giá Chỉ số cải cách hành chính năm ' || $2::int || ' — ' || lower(g.name_vi)), "
    + "'PAR Index ' || $2::int || ' — ' || lower(g.name_en), $5, $6, $7 FROM parindex.unit_group g WHERE g.code = $8 "
    + "RETURNING id";
  private static final String INSERT_ASSESSMENTS = "INSERT INTO parindex.assessment (round_id, unit_key) "
    + "SELECT $1, key FROM parindex.unit WHERE group_code = $2 AND valid_to IS NULL ORDER BY sort, key";
  private static final String RANKING = "SELECT k.assessment_id, k.unit_key, u.name_vi, u.name_en, k.self_points, "
    + "k.points, k.total_points, k.score_percent, k.rank, k.rank_of FROM parindex.ranking k "
    + "JOIN parindex.unit u ON u.key = k.unit_key WHERE k.round_id = $1 ORDER BY k.rank, k.unit_key";
  static final String FIELDS = "SELECT assessment_id, field_code, name_vi, name_en, max_points, self_points, points "
    + "FROM parindex.field_score WHERE round_id = $1 AND ($2::bigint IS NULL OR assessment_id = $2) "
    + "ORDER BY assessment_id, sort";
  private final Pool pool;
  private final String base;
  private final Uris uris;
  private final AssessmentsApi assessments;
  private final OpenResults openResults;

  public ParIndexApi(Pool pool, String baseUri) {
    this.pool = pool;
    this.base = baseUri;
    this.uris = new Uris(baseUri);
    this.assessments = new AssessmentsApi(pool, baseUri);
    this.openResults = new OpenResults(pool, baseUri);
  }

  /** operationId → handler, for the route table. */
  public Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listParIndexCriteriaSets", this::sets);
    m.put("getParIndexCriteriaSet", this::set);
    m.put("listParIndexUnits", this::units);
    m.put("listParIndexRounds", this::rounds);
    m.put("getParIndexRound", this::round);
    m.put("createParIndexRound", this::createRound);
    m.put("publishParIndexRound", this::publish);
    m.put("getParIndexRanking", this::ranking);
    m.put("listParIndexResults", this::results);
    m.putAll(assessments.handlers());
    return m;
  }

  /** A path parameter that names a record by its key ({@code set}, {@code round}). */
  private static String key(RoutingContext rc, String name) {
    return Requests.validated(rc).getPathParameters().get(name).getString();
  }

  private void sets(RoutingContext rc) {
    pool.preparedQuery(SETS).execute(Tuple.of(null)).onSuccess(rows -> {
      JsonArray items = new JsonArray();
      rows.forEach(r -> items.add(setJson(r)));
      send(rc, new JsonObject().put("items", items), "public, max-age=3600");
    }).onFailure(rc::fail);
  }

  private void set(RoutingContext rc) {
    String key = key(rc, "set");
    pool.preparedQuery(SETS).execute(Tuple.of(key)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.failedFuture(ApiProblem.notFound("No criteria set " + key + "."));
      }
      JsonObject set = setJson(rows.iterator().next());
      return pool.preparedQuery(TREE).execute(Tuple.of(key)).map(tree -> {
        Map<String, JsonObject> nodes = new LinkedHashMap<>();
        JsonArray fields = new JsonArray();
        for (Row r : tree) {
          JsonObject node = criterion(r);
          nodes.put(r.getString("code"), node);
          if (!r.getBoolean("leaf")) {
            node.put("children", new JsonArray());
          }
          String parent = r.getString("parent_code");
          (parent == null ? fields : nodes.get(parent).getJsonArray("children")).add(node);
        }
        return set.put("fields", fields);
      });
    }).onSuccess(o -> send(rc, o, "public, max-age=3600")).onFailure(rc::fail);
  }

  static JsonObject criterion(Row r) {
    return new JsonObject().put("code", r.getString("code")).put("level", r.getInteger("level"))
      .put("name", labels(r.getString("name_vi"), r.getString("name_en")))
      .put("max_points", number(r.getBigDecimal("max_points")))
      .put("leaf", r.getBoolean("leaf"))
      .put("scored_by", r.getString("scored_by"))
      .put("evidence_required", r.getBoolean("evidence_required"))
      .put("generated", "generated".equals(r.getString("origin")))
      .put("points_generated", "generated".equals(r.getString("points_origin")));
  }

  private JsonObject setJson(Row r) {
    return new JsonObject()
      .put("key", r.getString("key"))
      .put("group", codeLabel(r.getString("group_code"), r.getString("group_vi"), r.getString("group_en")))
      .put("name", labels(r.getString("name_vi"), r.getString("name_en")))
      .put("decision", new JsonObject().put("number", r.getString("decision"))
        .put("date", r.getLocalDate("decision_date").toString()))
      .put("years", new JsonObject().put("first", r.getInteger("first_year")).put("last", r.getInteger("last_year")))
      .put("total_points", number(r.getBigDecimal("total_points")))
      .put("survey_points", number(r.getBigDecimal("survey_points")))
      .put("survey_points_generated", "generated".equals(r.getString("survey_origin")))
      .put("counts", new JsonObject().put("fields", r.getLong("fields")).put("criteria", r.getLong("criteria"))
        .put("sub_criteria", r.getLong("sub_criteria")))
      .put("note", r.getString("note"))
      .put("links", new JsonObject().put("self", base + PATH + "/criteria-sets/" + r.getString("key")));
  }

  private void units(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    RequestParameter current = q.get("current");
    pool.preparedQuery(UNITS).execute(Tuple.of(Requests.str(q, "group"),
        current == null || current.isNull() || current.getBoolean()))
      .onSuccess(rows -> {
        JsonArray items = new JsonArray();
        for (Row r : rows) {
          LocalDate validTo = r.getLocalDate("valid_to");
          items.add(new JsonObject().put("key", r.getString("key")).put("group", r.getString("group_code"))
            .put("name", labels(r.getString("name_vi"), r.getString("name_en")))
            .put("province", r.getString("province_key"))
            .put("current", validTo == null)
            .put("valid_to", validTo == null ? null : validTo.toString())
            .put("successor", r.getString("successor"))
            .put("uri", uris.concept(ParIndexRdf.UNITS, r.getString("key"))));
        }
        send(rc, new JsonObject().put("items", items), "public, max-age=3600");
      }).onFailure(rc::fail);
  }

  private void rounds(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    roundRows(pool, Requests.integer(q, "year"), Requests.str(q, "group"), null).onSuccess(items ->
      send(rc, new JsonObject().put("items", items), "public, max-age=60")).onFailure(rc::fail);
  }

  private void round(RoutingContext rc) {
    String key = key(rc, "round");
    oneRound(pool, key).onSuccess(o -> send(rc, o, "public, max-age=60")).onFailure(rc::fail);
  }

  private Future<JsonObject> oneRound(SqlClient c, String key) {
    return roundRows(c, null, null, key).compose(items -> items.isEmpty()
      ? Future.failedFuture(ApiProblem.notFound("No PAR Index round " + key + "."))
      : Future.succeededFuture(items.getJsonObject(0)));
  }

  private Future<JsonArray> roundRows(SqlClient c, Integer year, String group, String key) {
    return c.preparedQuery(ROUNDS).execute(Tuple.of(year, group, key)).map(rows -> {
      JsonArray items = new JsonArray();
      for (Row r : rows) {
        OffsetDateTime published = r.getOffsetDateTime("published_at");
        String phase = published != null ? "published" : r.getBoolean("closed") ? "appraisal" : "self_assessment";
        items.add(new JsonObject()
          .put("key", r.getString("key"))
          .put("year", r.getInteger("year"))
          .put("group", codeLabel(r.getString("group_code"), r.getString("group_vi"), r.getString("group_en")))
          .put("criteria_set", new JsonObject().put("key", r.getString("set_key"))
            .put("decision", r.getString("decision")))
          .put("name", labels(r.getString("name_vi"), r.getString("name_en")))
          .put("opens", r.getLocalDate("opens").toString())
          .put("deadline", r.getOffsetDateTime("deadline").toInstant().toString())
          .put("phase", phase)
          .put("published_at", published == null ? null : published.toInstant().toString())
          .put("assessments", new JsonObject().put("draft", r.getLong("draft"))
            .put("submitted", r.getLong("submitted")).put("appraised", r.getLong("appraised")))
          .put("generated", "generated".equals(r.getString("origin")))
          .put("links", new JsonObject().put("self", base + PATH + "/rounds/" + r.getString("key"))
            .put("results", base + PATH + "/results?year=" + r.getInteger("year") + "&group="
              + r.getString("group_code"))));
      }
      return items;
    });
  }

  /** The council opens a round: one draft assessment for every current unit of the group. */
  private void createRound(RoutingContext rc) {
    Principal p = Principal.of(rc);
    AuditEvent audit = AuditedWrites.beginIf(rc, pool, Council.acts(p), "par-index-round", null, 201,
      "Rounds are opened by officers and reviewers of unit " + Council.UNIT + " and by admins.");
    JsonObject in = Requests.body(rc);
    int year = in.getInteger("year");
    String group = in.getString("group");
    LocalDate opens = LocalDate.parse(in.getString("opens"));
    OffsetDateTime deadline = OffsetDateTime.parse(in.getString("deadline"));
    if (!deadline.isAfter(opens.atStartOfDay(Council.ZONE).toOffsetDateTime())) {
      throw ApiProblem.invalidField("/deadline", "is not after the opening day");
    }
    String key = year + "-" + (group.equals("ministry") ? "bo" : "tinh");
    Idempotency.transaction(rc, pool, c -> c.preparedQuery(SET_FOR).execute(Tuple.of(group, year)).compose(sets -> {
        if (sets.size() == 0) {
          return Future.failedFuture(ApiProblem.invalidField("/year",
            "no criteria set of the group " + group + " covers " + year));
        }
        String set = sets.iterator().next().getString("key");
        return c.preparedQuery(INSERT_ROUND).execute(Tuple.from(new Object[] {key, year, set, in.getString("name"),
            opens, deadline, p.subject(), group}))
          .compose(ids -> c.preparedQuery(INSERT_ASSESSMENTS).execute(Tuple.of(ids.iterator().next().getLong(0),
            group)))
          .compose(v -> AuditLog.append(c, audit.withRecord("par-index-round", key)))
          .compose(v -> oneRound(c, key));
      }))
      .onFailure(e -> AuditedWrites.failed(pool, audit, e))
      .onSuccess(o -> {
        rc.response().setStatusCode(201).putHeader("Location", base + PATH + "/rounds/" + key);
        send(rc, o, "private, no-store");
      })
      .onFailure(rc::fail);
  }

  /** The council publishes a round (parindex.publish: frozen results, group mean, outbox; the round locks). */
  private void publish(RoutingContext rc) {
    String key = key(rc, "round");
    Principal p = Principal.of(rc);
    AuditEvent audit = AuditedWrites.beginIf(rc, pool, Council.acts(p), "par-index-round", null, 200,
      "Rounds are published by officers and reviewers of unit " + Council.UNIT + " and by admins.")
      .withRecord("par-index-round", key);
    pool.withTransaction(c -> oneRound(c, key)
        .compose(v -> c.preparedQuery("SELECT parindex.publish($1, $2)").execute(Tuple.of(key, p.subject())))
        .compose(v -> AuditLog.append(c, audit))
        .compose(v -> oneRound(c, key)))
      .onFailure(e -> AuditedWrites.failed(pool, audit, e))
      .onSuccess(o -> send(rc, o, "private, no-store"))
      .onFailure(rc::fail);
  }

  /** The council's view of a round's ranking, computed by the database (before and after publication). */
  private void ranking(RoutingContext rc) {
    String key = key(rc, "round");
    Principal p = Principal.of(rc);
    if (!Council.acts(p)) {
      AuditLog.appendLater(pool, AuditEvent.of(rc, "par-index-round", key, AuditEvent.DENIED, 403));
      throw ApiProblem.of(403, "unit-scope", "Forbidden", "A round's ranking before publication is read by officers "
        + "and reviewers of unit " + Council.UNIT + " and by admins; published results are open at " + PATH
        + "/results.");
    }
    pool.preparedQuery("SELECT id FROM parindex.round WHERE key = $1").execute(Tuple.of(key)).compose(ids -> {
      if (ids.size() == 0) {
        return Future.failedFuture(ApiProblem.notFound("No PAR Index round " + key + "."));
      }
      long roundId = ids.iterator().next().getLong(0);
      return pool.preparedQuery(RANKING).execute(Tuple.of(roundId)).compose(rank ->
        pool.preparedQuery(FIELDS).execute(Tuple.tuple().addValue(roundId).addValue(null)).map(fields -> {
          Map<Long, JsonArray> byAssessment = new LinkedHashMap<>();
          fields.forEach(f -> byAssessment.computeIfAbsent(f.getLong("assessment_id"), k -> new JsonArray())
            .add(fieldJson(f)));
          JsonArray items = new JsonArray();
          for (Row r : rank) {
            long id = r.getLong("assessment_id");
            items.add(new JsonObject().put("assessment_id", id)
              .put("unit", new JsonObject().put("key", r.getString("unit_key"))
                .put("name", labels(r.getString("name_vi"), r.getString("name_en"))))
              .put("self_points", number(r.getBigDecimal("self_points")))
              .put("points", number(r.getBigDecimal("points")))
              .put("total_points", number(r.getBigDecimal("total_points")))
              .put("score_percent", number(r.getBigDecimal("score_percent")))
              .put("rank", r.getLong("rank")).put("rank_of", r.getLong("rank_of"))
              .put("fields", byAssessment.getOrDefault(id, new JsonArray())));
          }
          return new JsonObject().put("round", key).put("items", items);
        }));
    }).onSuccess(o -> {
      AuditLog.appendLater(pool, AuditEvent.of(rc, "par-index-round", key, AuditEvent.SUCCESS, 200));
      send(rc, o, "private, no-store");
    }).onFailure(rc::fail);
  }

  static JsonObject fieldJson(Row f) {
    return new JsonObject().put("code", f.getString("field_code"))
      .put("name", labels(f.getString("name_vi"), f.getString("name_en")))
      .put("max_points", number(f.getBigDecimal("max_points")))
      .put("self_points", number(f.getBigDecimal("self_points")))
      .put("points", number(f.getBigDecimal("points")));
  }

  /** Published results (open), newest year first, each group by rank; with the group means of the same filter. */
  private void results(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    openResults.find(Requests.integer(q, "year"), Requests.str(q, "group"), Requests.str(q, "unit"),
        Requests.str(q, "origin"))
      .onSuccess(o -> send(rc, o, "public, max-age=300")).onFailure(rc::fail);
  }

  static void send(RoutingContext rc, JsonObject body, String cacheControl) {
    rc.response().putHeader("Content-Type", JSON).putHeader("Cache-Control", cacheControl).end(body.encode());
  }


  /** A numeric as a JSON number (null stays null). */
  static Number number(BigDecimal d) {
    return d == null ? null : d.stripTrailingZeros().scale() <= 0 ? (Number) d.longValueExact() : d.doubleValue();
  }

  static JsonObject labels(String vi, String en) {
    return new JsonObject().put("vi", vi).put("en", en);
  }

  static JsonObject codeLabel(String code, String vi, String en) {
    return new JsonObject().put("code", code).put("label", labels(vi, en));
  }
}
