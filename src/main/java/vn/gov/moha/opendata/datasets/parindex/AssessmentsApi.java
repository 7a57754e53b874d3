package vn.gov.moha.opendata.datasets.parindex;

import static vn.gov.moha.opendata.datasets.parindex.ParIndexApi.codeLabel;
import static vn.gov.moha.opendata.datasets.parindex.ParIndexApi.labels;
import static vn.gov.moha.opendata.datasets.parindex.ParIndexApi.number;

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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditLog;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.workflow.LockedWrite;
import vn.gov.moha.opendata.platform.workflow.LockedWrite.IfMatch;
import vn.gov.moha.opendata.platform.workflow.UnitList;
import vn.gov.moha.opendata.platform.workflow.VersionTag;

/**
 * The restricted assessments of the PAR Index: a unit's officers score their own assessment (points, explanation,
 * evidence metadata), submit it, and may withdraw and correct it until the round's deadline; the council enters the
 * survey points and its adjusted points with reasons, then appraises. The steps allowed are the rows of
 * parindex.transition_rule; the deadline and publication locks are the database's (a 409 from its triggers). Another
 * unit's assessment answers 404; every read and write is audited.
 */
final class AssessmentsApi {
  static final String PATH = ParIndexApi.PATH + "/assessments";
  private static final String RECORD = "par-index-assessment";
  private static final String SUMMARY = "SELECT a.id, a.status_code, st.name_vi AS status_vi, st.name_en AS status_en, "
    + "a.unit_key, u.name_vi AS unit_vi, u.name_en AS unit_en, r.id AS round_id, r.key AS round_key, r.year, "
    + "r.group_code, r.set_key, r.deadline, r.published_at, now() > r.deadline AS closed, a.submitted_at, "
    + "a.appraised_at, a.origin, a.version, a.modified_at, s.self_points, s.points, s.total_points, s.score_percent "
    + "FROM parindex.assessment a JOIN parindex.assessment_status st ON st.code = a.status_code "
    + "JOIN parindex.unit u ON u.key = a.unit_key JOIN parindex.round r ON r.id = a.round_id "
    + "JOIN parindex.assessment_score s ON s.assessment_id = a.id";
  private static final String ONE = SUMMARY + " WHERE a.id = $1";
  private static final String SCORES = "SELECT c.code, c.name_vi, c.name_en, c.max_points, c.scored_by, "
    + "c.evidence_required, s.self_points, s.explanation, s.evidence, s.appraised_points, s.appraisal_reason, "
    + "s.survey_points FROM parindex.assessment a JOIN parindex.round r ON r.id = a.round_id "
    + "JOIN parindex.criterion c ON c.set_key = r.set_key AND c.leaf "
    + "LEFT JOIN parindex.score s ON s.assessment_id = a.id AND s.criterion_code = c.code "
    + "WHERE a.id = $1 ORDER BY c.sort";
  private static final String TRANSITIONS = "SELECT at, actor, actor_unit, action, from_status, to_status, comment "
    + "FROM parindex.transition WHERE assessment_id = $1 ORDER BY at, id";
  private static final String RULES = "SELECT action, to_status, actor, before_deadline FROM parindex.transition_rule "
    + "WHERE from_status = $1 ORDER BY action";
  private static final String LOCK = "SELECT a.unit_key, a.status_code, a.version, r.set_key, r.key AS round_key, "
    + "now() > r.deadline AS closed FROM parindex.assessment a "
    + "JOIN parindex.round r ON r.id = a.round_id WHERE a.id = $1 FOR UPDATE OF a";
  private static final String LEAVES = "SELECT code, max_points, scored_by, evidence_required FROM parindex.criterion "
    + "WHERE set_key = $1 AND leaf";
  private static final String SELF = "INSERT INTO parindex.score (assessment_id, set_key, criterion_code, self_points, "
    + "explanation, evidence) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (assessment_id, criterion_code) DO UPDATE "
    + "SET self_points = EXCLUDED.self_points, explanation = EXCLUDED.explanation, evidence = EXCLUDED.evidence";
  private static final String APPRAISE = "INSERT INTO parindex.score (assessment_id, set_key, criterion_code, "
    + "appraised_points, appraisal_reason, survey_points) VALUES ($1, $2, $3, $4, $5, $6) "
    + "ON CONFLICT (assessment_id, criterion_code) DO UPDATE SET appraised_points = EXCLUDED.appraised_points, "
    + "appraisal_reason = EXCLUDED.appraisal_reason, survey_points = EXCLUDED.survey_points";
  private static final String SELF_OF = "SELECT criterion_code, self_points FROM parindex.score "
    + "WHERE assessment_id = $1";
  private static final String TOUCH = "UPDATE parindex.assessment SET version = version + 1, modified_at = now() "
    + "WHERE id = $1";
  private static final String MOVE = "UPDATE parindex.assessment SET status_code = $2, "
    + "submitted_at = CASE WHEN $2 = 'submitted' THEN now() ELSE submitted_at END, "
    + "appraised_at = CASE WHEN $2 = 'appraised' THEN now() ELSE appraised_at END WHERE id = $1";
  private static final String STEP = "INSERT INTO parindex.transition (assessment_id, actor, actor_unit, action, "
    + "from_status, to_status, comment) VALUES ($1, $2, $3, $4, $5, $6, $7)";
  /** Leaves still without points for a submission (self) or an appraisal (survey). */
  private static final String MISSING = "SELECT c.code FROM parindex.criterion c "
    + "LEFT JOIN parindex.score s ON s.assessment_id = $1 AND s.criterion_code = c.code "
    + "WHERE c.set_key = $2 AND c.leaf AND c.scored_by = $3 "
    + "AND (CASE c.scored_by WHEN 'self' THEN s.self_points ELSE s.survey_points END) IS NULL ORDER BY c.sort";

  private static final VersionTag TAG = new VersionTag("p", "assessment");

  private final Pool pool;
  private final String base;
  private final UnitList assessments;
  private final LockedWrite writes;

  AssessmentsApi(Pool pool, String baseUri) {
    this.pool = pool;
    this.base = baseUri;
    this.assessments = new UnitList(pool, baseUri, PATH, RECORD, SUMMARY, "a.id", 50, this::summary)
      .scope(Council::acts, "a.unit_key", "Assessments are read by the officers of the assessed unit and by "
        + "officers and reviewers of unit " + Council.UNIT + " and admins.")
      .keep("round", "status", "unit", "year");
    this.writes = new LockedWrite(pool, RECORD, new LockedWrite.Lock(LOCK, "unit_key", Council::sees,
      AssessmentsApi::notFound), TAG, (id, p) -> full(pool, id, p));
  }

  Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listParIndexAssessments", this::list);
    m.put("getParIndexAssessment", this::get);
    m.put("putParIndexSelfAssessment", this::selfAssess);
    m.put("putParIndexAppraisal", this::appraise);
    m.put("transitionParIndexAssessment", this::transition);
    return m;
  }

  private void list(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    assessments.send(rc, assessments.where(rc).eq("r.key", Requests.str(q, "round"))
      .eq("a.status_code", Requests.str(q, "status")).eq("a.unit_key", Requests.str(q, "unit"))
      .eq("r.year", Requests.integer(q, "year")));
  }

  private void get(RoutingContext rc) {
    long id = Requests.id(rc);
    Principal p = Principal.of(rc);
    pool.preparedQuery(ONE).execute(Tuple.of(id)).compose(rs -> {
        if (rs.size() == 0 || !Council.sees(p, rs.iterator().next().getString("unit_key"))) {
          AuditLog.appendLater(pool, AuditEvent.of(rc, RECORD, String.valueOf(id), AuditEvent.NOT_FOUND, 404));
          return Future.failedFuture(notFound(id));
        }
        return full(pool, id, p);
      })
      .onSuccess(o -> {
        AuditLog.appendLater(pool, AuditEvent.of(rc, RECORD, String.valueOf(id), AuditEvent.SUCCESS, 200));
        if (!Requests.notModified(rc, TAG.of(o))) {
          ParIndexApi.send(rc, o, "private, no-store");
        }
      })
      .onFailure(rc::fail);
  }

  /** The unit's own points, explanations and evidence for some leaves (the others stay as they are). */
  private void selfAssess(RoutingContext rc) {
    long id = Requests.id(rc);
    Principal p = Principal.of(rc);
    JsonArray scores = Requests.body(rc).getJsonArray("scores");
    write(rc, id, (c, row) -> {
      if (!Council.scores(p, row.getString("unit_key"))) {
        return Future.failedFuture(ApiProblem.of(403, "unit-scope", "Forbidden",
          "An assessment is scored by the officers of its unit and by admins."));
      }
      String set = row.getString("set_key");
      return leaves(c, set).compose(leaves -> {
        List<Tuple> batch = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
          JsonObject s = scores.getJsonObject(i);
          Row leaf = leaf(leaves, s.getString("criterion"), i);
          String at = "/scores/" + i;
          if (!leaf.getString("scored_by").equals("self")) {
            return Future.failedFuture(ApiProblem.invalidField(at + "/criterion",
              "is scored by the sociological survey (the council enters it), not by the unit"));
          }
          Number points = s.getNumber("points");
          if (points != null && points.doubleValue() > leaf.getBigDecimal("max_points").doubleValue()) {
            return Future.failedFuture(ApiProblem.invalidField(at + "/points", "is above the criterion's maximum of "
              + number(leaf.getBigDecimal("max_points")) + " points"));
          }
          JsonArray evidence = s.getJsonArray("evidence", new JsonArray());
          String explanation = blankToNull(s.getString("explanation"));
          if (leaf.getBoolean("evidence_required") && points != null && points.doubleValue() > 0
            && evidence.isEmpty() && explanation == null) {
            return Future.failedFuture(ApiProblem.invalidField(at + "/evidence",
              "criterion " + leaf.getString("code") + " needs evidence for its points, or an explanation"));
          }
          batch.add(Tuple.from(new Object[] {id, set, leaf.getString("code"), points == null ? null
            : new java.math.BigDecimal(points.toString()), explanation, evidence}));
        }
        return c.preparedQuery(SELF).executeBatch(batch).mapEmpty();
      });
    });
  }

  /** The council's adjusted points and reasons (self-scored leaves) and survey points (survey leaves). */
  private void appraise(RoutingContext rc) {
    long id = Requests.id(rc);
    Principal p = Principal.of(rc);
    JsonArray scores = Requests.body(rc).getJsonArray("scores");
    write(rc, id, (c, row) -> {
      if (!Council.acts(p)) {
        return Future.failedFuture(ApiProblem.of(403, "unit-scope", "Forbidden",
          "Assessments are appraised by officers and reviewers of unit " + Council.UNIT + " and by admins."));
      }
      String set = row.getString("set_key");
      return leaves(c, set).compose(leaves -> c.preparedQuery(SELF_OF).execute(Tuple.of(id)).compose(own -> {
        Map<String, java.math.BigDecimal> self = new LinkedHashMap<>();
        own.forEach(r -> self.put(r.getString("criterion_code"), r.getBigDecimal("self_points")));
        List<Tuple> batch = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
          JsonObject s = scores.getJsonObject(i);
          Row leaf = leaf(leaves, s.getString("criterion"), i);
          String at = "/scores/" + i;
          Number points = s.getNumber("points");
          java.math.BigDecimal value = points == null ? null : new java.math.BigDecimal(points.toString());
          if (value != null && value.compareTo(leaf.getBigDecimal("max_points")) > 0) {
            return Future.failedFuture(ApiProblem.invalidField(at + "/points", "is above the criterion's maximum of "
              + number(leaf.getBigDecimal("max_points")) + " points"));
          }
          String reason = blankToNull(s.getString("reason"));
          boolean survey = leaf.getString("scored_by").equals("survey");
          java.math.BigDecimal claimed = self.get(leaf.getString("code"));
          if (!survey && value != null && reason == null && (claimed == null || claimed.compareTo(value) != 0)) {
            return Future.failedFuture(ApiProblem.invalidField(at + "/reason",
              "an adjustment of the unit's points needs the reason"));
          }
          batch.add(Tuple.from(new Object[] {id, set, leaf.getString("code"), survey ? null : value,
            survey ? null : reason, survey ? value : null}));
        }
        return c.preparedQuery(APPRAISE).executeBatch(batch).mapEmpty();
      }));
    });
  }

  private void transition(RoutingContext rc) {
    long id = Requests.id(rc);
    Principal p = Principal.of(rc);
    JsonObject in = Requests.body(rc);
    String action = in.getString("action");
    String comment = blankToNull(in.getString("comment"));
    write(rc, id, (c, row) -> {
      String from = row.getString("status_code");
      return c.preparedQuery(RULES).execute(Tuple.of(from)).compose(rules -> {
        Row rule = Council.PARTIES.rule(rules, "An assessment", from, action, p, row.getString("unit_key"));
        if (rule.getBoolean("before_deadline") && row.getBoolean("closed")) {
          // the database refuses it too (parindex.assessment_guard); said first, before what else is missing
          return Future.failedFuture(ApiProblem.conflict("deadline-passed", "The deadline of round "
            + row.getString("round_key") + " has passed; the step '" + action + "' is no longer possible."));
        }
        String to = rule.getString("to_status");
        // a submission needs every self-scored leaf, an appraisal every survey leaf
        String needs = action.equals("submit") ? "self" : action.equals("appraise") ? "survey" : null;
        Future<Void> complete = needs == null ? Future.succeededFuture()
          : c.preparedQuery(MISSING).execute(Tuple.of(id, row.getString("set_key"), needs)).compose(missing -> {
            if (missing.size() == 0) {
              return Future.succeededFuture();
            }
            List<String> codes = new ArrayList<>();
            missing.forEach(m -> codes.add(m.getString(0)));
            return Future.failedFuture(ApiProblem.conflict(needs.equals("self") ? "assessment-incomplete"
              : "appraisal-incomplete", codes.size() + " criteria still have no " + (needs.equals("self")
              ? "points of the unit" : "survey points") + ": " + String.join(", ", codes.subList(0,
              Math.min(10, codes.size()))) + (codes.size() > 10 ? ", …" : "") + "."));
          });
        return complete.compose(v -> c.preparedQuery(MOVE).execute(Tuple.of(id, to)))
          .compose(v -> c.preparedQuery(STEP).execute(Tuple.from(new Object[] {id, p.subject(), p.unit(), action,
            from, to, comment})))
          .mapEmpty();
      });
    });
  }

  /** One audited write of an assessment (locked, If-Match checked when sent); the change bumps its version. */
  private void write(RoutingContext rc, long id, LockedWrite.Change change) {
    writes.write(rc, id, IfMatch.WHEN_SENT, (c, row) -> change.apply(c, row)
      .compose(v -> c.preparedQuery(TOUCH).execute(Tuple.of(id))));
  }

  private static Future<Map<String, Row>> leaves(SqlClient c, String set) {
    return c.preparedQuery(LEAVES).execute(Tuple.of(set)).map(rows -> {
      Map<String, Row> out = new LinkedHashMap<>();
      rows.forEach(r -> out.put(r.getString("code"), r));
      return out;
    });
  }

  private static Row leaf(Map<String, Row> leaves, String code, int i) {
    Row leaf = leaves.get(code);
    if (leaf == null) {
      throw ApiProblem.invalidField("/scores/" + i + "/criterion", "'" + code + "' is not a scored leaf of the "
        + "round's criteria set (see /api/v1/par-index/criteria-sets)");
    }
    return leaf;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The whole assessment as the caller may see it, with the steps the caller may take now. */
  private Future<JsonObject> full(SqlClient c, long id, Principal p) {
    return c.preparedQuery(ONE).execute(Tuple.of(id)).compose(one -> {
      Row a = one.iterator().next();
      JsonObject o = summary(a);
      return c.preparedQuery(ParIndexApi.FIELDS).execute(Tuple.of(a.getLong("round_id"), id)).compose(fs -> {
        JsonArray fields = new JsonArray();
        fs.forEach(f -> fields.add(ParIndexApi.fieldJson(f)));
        o.put("fields", fields);
        return c.preparedQuery(SCORES).execute(Tuple.of(id));
      }).compose(ss -> {
        JsonArray scores = new JsonArray();
        for (Row s : ss) {
          scores.add(new JsonObject().put("criterion", s.getString("code"))
            .put("name", labels(s.getString("name_vi"), s.getString("name_en")))
            .put("max_points", number(s.getBigDecimal("max_points")))
            .put("scored_by", s.getString("scored_by"))
            .put("evidence_required", s.getBoolean("evidence_required"))
            .put("self_points", number(s.getBigDecimal("self_points")))
            .put("explanation", s.getString("explanation"))
            .put("evidence", s.getJsonArray("evidence") == null ? new JsonArray() : s.getJsonArray("evidence"))
            .put("appraised_points", number(s.getBigDecimal("appraised_points")))
            .put("appraisal_reason", s.getString("appraisal_reason"))
            .put("survey_points", number(s.getBigDecimal("survey_points"))));
        }
        o.put("scores", scores);
        return c.preparedQuery(TRANSITIONS).execute(Tuple.of(id));
      }).compose(ts -> {
        JsonArray transitions = new JsonArray();
        for (Row r : ts) {
          transitions.add(new JsonObject().put("at", r.getOffsetDateTime("at").toInstant().toString())
            .put("actor", r.getString("actor")).put("actor_unit", r.getString("actor_unit"))
            .put("action", r.getString("action")).put("from", r.getString("from_status"))
            .put("to", r.getString("to_status")).put("comment", r.getString("comment")));
        }
        o.put("transitions", transitions);
        return c.preparedQuery(RULES).execute(Tuple.of(a.getString("status_code")));
      }).map(rules -> {
        JsonArray allowed = new JsonArray();
        boolean open = a.getOffsetDateTime("published_at") == null;
        for (Row r : rules) {
          boolean may = Council.PARTIES.may(p, r.getString("actor"), a.getString("unit_key"));
          if (open && may && !(r.getBoolean("before_deadline") && a.getBoolean("closed"))) {
            allowed.add(r.getString("action"));
          }
        }
        return o.put("allowed_actions", allowed);
      });
    });
  }

  private JsonObject summary(Row r) {
    long id = r.getLong("id");
    OffsetDateTime submitted = r.getOffsetDateTime("submitted_at");
    OffsetDateTime appraised = r.getOffsetDateTime("appraised_at");
    return new JsonObject()
      .put("id", id)
      .put("status", codeLabel(r.getString("status_code"), r.getString("status_vi"), r.getString("status_en")))
      .put("unit", new JsonObject().put("key", r.getString("unit_key"))
        .put("name", labels(r.getString("unit_vi"), r.getString("unit_en"))))
      .put("round", new JsonObject().put("key", r.getString("round_key")).put("year", r.getInteger("year"))
        .put("group", r.getString("group_code")).put("criteria_set", r.getString("set_key"))
        .put("deadline", r.getOffsetDateTime("deadline").toInstant().toString())
        .put("closed", r.getBoolean("closed"))
        .put("published", r.getOffsetDateTime("published_at") != null))
      .put("self_points", number(r.getBigDecimal("self_points")))
      .put("points", number(r.getBigDecimal("points")))
      .put("total_points", number(r.getBigDecimal("total_points")))
      .put("score_percent", number(r.getBigDecimal("score_percent")))
      .put("submitted_at", submitted == null ? null : submitted.toInstant().toString())
      .put("appraised_at", appraised == null ? null : appraised.toInstant().toString())
      .put("generated", "generated".equals(r.getString("origin")))
      .put("version", r.getInteger("version"))
      .put("modified_at", r.getOffsetDateTime("modified_at").toInstant().toString())
      .put("links", new JsonObject().put("self", base + PATH + "/" + id)
        .put("scores", base + PATH + "/" + id + "/scores")
        .put("appraisal", base + PATH + "/" + id + "/appraisal")
        .put("transitions", base + PATH + "/" + id + "/transitions"));
  }

  private static ApiProblem notFound(long id) {
    return ApiProblem.notFound("No PAR Index assessment with id " + id + " that you may see.");
  }
}
