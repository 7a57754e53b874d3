package vn.gov.moha.opendata.datasets.awards;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditLog;
import vn.gov.moha.opendata.platform.audit.AuditedWrites;
import vn.gov.moha.opendata.platform.db.Where;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Idempotency;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.security.Role;
import vn.gov.moha.opendata.platform.workflow.LockedWrite;
import vn.gov.moha.opendata.platform.workflow.LockedWrite.IfMatch;
import vn.gov.moha.opendata.platform.workflow.Steps;
import vn.gov.moha.opendata.platform.workflow.UnitList;
import vn.gov.moha.opendata.platform.workflow.VersionTag;

/**
 * The restricted proposal workflow (award dossiers): a proposing body prepares and submits, the Central Emulation and
 * Commendation Board appraises and decides; the steps allowed are the rows of awards.transition_rule. Every read and
 * write is audited; a dossier another body owns answers 404. Also the open rounds list and on-time statistics.
 */
final class DossiersApi {
  static final String PATH = "/api/v1/award-dossiers";
  private static final String RECORD = "award-dossier";
  private static final String JSON = AwardsApi.JSON;
  private static final String SUMMARY = "SELECT d.id, d.code, d.status_code, s.name_vi AS status_vi, "
    + "s.name_en AS status_en, d.body_key, b.name_vi AS body_vi, b.name_en AS body_en, r.key AS round_key, "
    + "r.name_vi AS round_vi, r.name_en AS round_en, r.deadline, d.title, d.method_code, d.first_submitted_at, "
    + "d.last_submitted_at, d.decision_number, d.decision_date, d.decider_code, d.created_by, d.version, "
    + "d.modified_at, (SELECT count(*) FROM awards.candidate c WHERE c.dossier_id = d.id) AS candidate_count "
    + "FROM awards.dossier d JOIN awards.dossier_status s ON s.code = d.status_code "
    + "JOIN awards.body b ON b.key = d.body_key JOIN awards.round r ON r.id = d.round_id";
  private static final String ONE = SUMMARY + " WHERE d.id = $1";
  private static final String CANDIDATES = "SELECT c.seq, c.recipient_kind, c.award_type, t.name_vi, t.name_en, "
    + "c.name, c.position, c.unit_name, c.province_key, c.birth_date, c.citizen_id, c.posthumous, c.achievements, "
    + "a.id AS award_id FROM awards.candidate c JOIN awards.award_type t ON t.code = c.award_type "
    + "LEFT JOIN awards.award a ON a.dossier_id = c.dossier_id AND a.candidate_seq = c.seq "
    + "WHERE c.dossier_id = $1 ORDER BY c.seq";
  private static final String EVIDENCE = "SELECT seq, title, media_type, size_bytes, sha256 FROM awards.evidence "
    + "WHERE dossier_id = $1 ORDER BY seq";
  private static final String TRANSITIONS = "SELECT at, actor, actor_unit, action, from_status, to_status, comment "
    + "FROM awards.transition WHERE dossier_id = $1 ORDER BY at, id";
  private static final String RULES = "SELECT action, to_status, actor, needs_comment FROM awards.transition_rule "
    + "WHERE from_status = $1 ORDER BY action";
  private static final String LOCK = "SELECT body_key, round_id, status_code, version, last_submitted_at "
    + "FROM awards.dossier WHERE id = $1 FOR UPDATE";
  private static final String BODY = "SELECT 1 FROM awards.body WHERE key = $1 AND valid_to IS NULL";
  private static final String INSERT = "INSERT INTO awards.dossier (code, body_key, round_id, title, method_code, "
    + "created_by) VALUES ('HS-' || $1 || '-' || lpad(nextval('awards.dossier_code_seq')::text, 6, '0'), $2, $3, $4, "
    + "$5, $6) RETURNING id";
  private static final String INSERT_CANDIDATE = "INSERT INTO awards.candidate (dossier_id, seq, recipient_kind, "
    + "award_type, name, position, unit_name, province_key, birth_date, citizen_id, posthumous, achievements) "
    + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";
  private static final String INSERT_EVIDENCE = "INSERT INTO awards.evidence (dossier_id, seq, title, media_type, "
    + "size_bytes, sha256) VALUES ($1, $2, $3, $4, $5, $6)";
  private static final String INSERT_TRANSITION = "INSERT INTO awards.transition (dossier_id, actor, actor_unit, "
    + "action, from_status, to_status, comment) VALUES ($1, $2, $3, $4, $5, $6, $7)";
  private static final String REPLACE = "UPDATE awards.dossier SET title = $2, method_code = $3, version = version + 1, "
    + "modified_at = now() WHERE id = $1";
  private static final String MOVE = "UPDATE awards.dossier SET status_code = $2, "
    + "first_submitted_at = CASE WHEN $3 THEN coalesce(first_submitted_at, now()) ELSE first_submitted_at END, "
    + "last_submitted_at = CASE WHEN $3 THEN now() ELSE last_submitted_at END, "
    + "decision_number = coalesce($4, decision_number), decision_date = coalesce($5, decision_date), "
    + "decider_code = coalesce($6, decider_code), version = version + 1, modified_at = now() WHERE id = $1";
  private static final String DECIDER = "SELECT DISTINCT t.decided_by FROM awards.candidate c "
    + "JOIN awards.award_type t ON t.code = c.award_type WHERE c.dossier_id = $1";
  /** A decision makes every candidate a public award: only the fields the decision states (no birth date, no ID). */
  private static final String CONFER = "WITH ins AS (INSERT INTO awards.award (key, award_type, recipient_kind, "
    + "recipient_name, recipient_position, recipient_unit, province_key, body_key, decision_number, decision_date, "
    + "decider_code, method_code, posthumous, legal_basis, dossier_id, candidate_seq) "
    + "SELECT to_char($2::date, 'YYYY') || '-d' || c.dossier_id || '-' || c.seq, c.award_type, c.recipient_kind, "
    + "c.name, c.position, c.unit_name, c.province_key, d.body_key, $3, $2, $4, d.method_code, c.posthumous, "
    + "CASE WHEN $2::date >= DATE '2024-01-01' THEN 'Luật Thi đua, khen thưởng số 06/2022/QH15' "
    + "ELSE 'Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005 và 2013)' END, c.dossier_id, c.seq "
    + "FROM awards.candidate c JOIN awards.dossier d ON d.id = c.dossier_id WHERE c.dossier_id = $1 RETURNING id) "
    + "INSERT INTO platform.outbox (dataset, entity_id, operation, payload) "
    + "SELECT 'awards', id::text, 'create', jsonb_build_object('id', id) FROM ins";
  private static final String ROUNDS = "SELECT r.key, r.name_vi, r.name_en, r.year, r.method_code, m.name_vi AS "
    + "method_vi, m.name_en AS method_en, r.opens, r.deadline, r.origin FROM awards.round r "
    + "JOIN awards.method m ON m.code = r.method_code WHERE ($1::int IS NULL OR r.year = $1) "
    + "ORDER BY r.year DESC, r.deadline DESC, r.key";
  /** dimension → (value, label vi, label en, deadline) over open_dossier_timeliness t. */
  private static final Map<String, String> DIMENSIONS = Map.of(
    "round", "t.round_key, t.round_vi, t.round_en, t.deadline",
    "body", "t.body_key, t.body_vi, t.body_en, NULL::date",
    "year", "t.year, NULL::text, NULL::text, NULL::date",
    "status", "t.status_code, s.name_vi, s.name_en, NULL::date");

  private static final VersionTag TAG = new VersionTag("d", "dossier");

  private final Pool pool;
  private final String base;
  private final UnitList dossiers;
  private final LockedWrite writes;

  DossiersApi(Pool pool, String baseUri) {
    this.pool = pool;
    this.base = baseUri;
    this.dossiers = new UnitList(pool, baseUri, PATH, RECORD, SUMMARY, "d.id", 20, this::summary)
      .scope(Board::acts, "d.body_key", "Dossiers are read by the officers of their proposing body and by officers "
        + "and reviewers of unit " + Board.UNIT + " and admins.")
      .keep("status", "round", "body", "year");
    this.writes = new LockedWrite(pool, RECORD, new LockedWrite.Lock(LOCK, "body_key", Board::sees,
      DossiersApi::notFound), TAG, (id, p) -> full(pool, id, p));
  }

  Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listAwardRounds", this::rounds);
    m.put("listAwardDossiers", this::list);
    m.put("createAwardDossier", this::create);
    m.put("getAwardDossier", rc -> writes.read(rc, Requests.id(rc)));
    m.put("updateAwardDossier", this::update);
    m.put("transitionAwardDossier", this::transition);
    m.put("getAwardDossierStatistics", this::statistics);
    return m;
  }

  private void list(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    dossiers.send(rc, dossiers.where(rc).eq("d.status_code", Requests.str(q, "status"))
      .eq("r.key", Requests.str(q, "round")).eq("d.body_key", Requests.str(q, "body"))
      .eq("r.year", Requests.integer(q, "year")));
  }

  private void create(RoutingContext rc) {
    Principal p = Principal.of(rc);
    JsonObject in = Requests.body(rc);
    String named = in.getString("body");
    String body = named != null ? named : p.unit();
    if (body == null && p.has(Role.ADMIN)) {
      throw ApiProblem.invalidField("/body", "an admin names the proposing body");
    }
    AuditEvent audit = AuditedWrites.beginIf(rc, pool, body != null && Board.proposes(p, body), RECORD, null, 201,
      "Dossiers are prepared by the officers of the proposing body (unit claim = the body's key) and by admins.");
    LocalDate today = LocalDate.now(Board.ZONE);
    Idempotency.transaction(rc, pool, c -> c.preparedQuery(BODY).execute(Tuple.of(body)).compose(b -> b.size() == 0
          ? Future.failedFuture(named != null
            ? ApiProblem.invalidField("/body", "is not a current proposing body (see /api/v1/award-bodies)")
            : ApiProblem.of(403, "not-a-proposing-body", "Forbidden", "Your unit " + body + " is not a proposing body "
              + "of the award system (see /api/v1/award-bodies)."))
          : DossierInput.check(c, in, today))
        .compose(d -> c.preparedQuery(INSERT).execute(Tuple.of(String.valueOf(d.roundYear()), body, d.roundId(),
            d.title(), d.method(), p.subject()))
          .map(rs -> rs.iterator().next().getLong(0))
          .compose(id -> content(c, id, d)
            .compose(v -> step(c, id, p, "create", null, "draft", null))
            .compose(v -> AuditLog.append(c, audit.withRecord(RECORD, String.valueOf(id))))
            .map(id))))
      .onFailure(e -> AuditedWrites.failed(pool, audit, e))
      .compose(id -> full(pool, id, p))
      .onSuccess(o -> rc.response().setStatusCode(201)
        .putHeader("Location", base + PATH + "/" + o.getLong("id"))
        .putHeader("ETag", TAG.of(o))
        .putHeader("Cache-Control", "private, no-store")
        .putHeader("Content-Type", JSON)
        .end(o.encode()))
      .onFailure(rc::fail);
  }

  private static Future<Void> content(SqlConnection c, long id, DossierInput d) {
    Future<?> ev = d.evidence().isEmpty() ? Future.succeededFuture()
      : c.preparedQuery(INSERT_EVIDENCE).executeBatch(d.evidenceRows(id));
    return ev.compose(v -> c.preparedQuery(INSERT_CANDIDATE).executeBatch(d.candidateRows(id))).mapEmpty();
  }

  private static Future<Void> step(SqlConnection c, long id, Principal p, String action, String from, String to,
                                   String comment) {
    return c.preparedQuery(INSERT_TRANSITION).execute(Tuple.from(new Object[] {id, p.subject(), p.unit(), action,
      from, to, comment})).mapEmpty();
  }

  private void update(RoutingContext rc) {
    long id = Requests.id(rc);
    Principal p = Principal.of(rc);
    JsonObject in = Requests.body(rc);
    LocalDate today = LocalDate.now(Board.ZONE);
    writes.write(rc, id, IfMatch.REQUIRED, (c, row) -> {
      if (!Board.proposes(p, row.getString("body_key"))) {
        return Future.failedFuture(ApiProblem.of(403, "unit-scope", "Forbidden",
          "A dossier's content is edited by the officers of its proposing body and by admins."));
      }
      String status = row.getString("status_code");
      if (!status.equals("draft") && !status.equals("returned")) {
        return Future.failedFuture(ApiProblem.conflict("dossier-locked", "The dossier is " + status
          + "; its content changes only while it is a draft or returned for supplement."));
      }
      if (in.getString("body") != null && !in.getString("body").equals(row.getString("body_key"))) {
        return Future.failedFuture(ApiProblem.invalidField("/body", "the proposing body does not change"));
      }
      return DossierInput.check(c, in, today).compose(d -> d.roundId() != row.getLong("round_id")
        ? Future.failedFuture(ApiProblem.invalidField("/round", "the round does not change"))
        : c.preparedQuery(REPLACE).execute(Tuple.of(id, d.title(), d.method()))
          .compose(v -> c.preparedQuery("DELETE FROM awards.candidate WHERE dossier_id = $1").execute(Tuple.of(id)))
          .compose(v -> c.preparedQuery("DELETE FROM awards.evidence WHERE dossier_id = $1").execute(Tuple.of(id)))
          .compose(v -> content(c, id, d)));
    });
  }

  private void transition(RoutingContext rc) {
    long id = Requests.id(rc);
    Principal p = Principal.of(rc);
    JsonObject in = Requests.body(rc);
    String action = in.getString("action");
    String comment = in.getString("comment") == null || in.getString("comment").isBlank() ? null
      : in.getString("comment").strip();
    JsonObject decision = in.getJsonObject("decision");
    LocalDate today = LocalDate.now(Board.ZONE);
    writes.write(rc, id, IfMatch.WHEN_SENT, (c, row) -> {
      String from = row.getString("status_code");
      return c.preparedQuery(RULES).execute(Tuple.of(from)).compose(rules -> {
        Row rule = Board.PARTIES.rule(rules, "A dossier", from, action, p, row.getString("body_key"));
        Steps.needsComment(rule, action, comment);
        String to = rule.getString("to_status");
        if (!action.equals("decide")) {
          if (decision != null) {
            return Future.failedFuture(ApiProblem.invalidField("/decision", "only 'decide' carries a decision"));
          }
          boolean submits = to.equals("submitted");
          return c.preparedQuery(MOVE).execute(Tuple.from(new Object[] {id, to, submits, null, null, null}))
            .compose(v -> step(c, id, p, action, from, to, comment));
        }
        if (decision == null) {
          return Future.failedFuture(ApiProblem.invalidField("/decision", "'decide' needs the decision number and date"));
        }
        LocalDate date = LocalDate.parse(decision.getString("date"));
        OffsetDateTime submitted = row.getOffsetDateTime("last_submitted_at");
        if (date.isAfter(today)) {
          return Future.failedFuture(ApiProblem.invalidField("/decision/date", "is in the future"));
        }
        if (submitted != null && date.isBefore(submitted.atZoneSameInstant(Board.ZONE).toLocalDate())) {
          return Future.failedFuture(ApiProblem.invalidField("/decision/date", "is before the dossier's submission"));
        }
        String number = decision.getString("number").strip();
        return c.preparedQuery(DECIDER).execute(Tuple.of(id)).compose(ds -> {
          if (ds.size() != 1) {
            return Future.failedFuture(ApiProblem.conflict("mixed-deciders",
              "The dossier's candidates go to " + ds.size() + " deciders; one decision cannot confer them all."));
          }
          String decider = ds.iterator().next().getString(0);
          return c.preparedQuery(MOVE).execute(Tuple.from(new Object[] {id, to, false, number, date, decider}))
            .compose(v -> step(c, id, p, action, from, to, comment))
            .compose(v -> c.preparedQuery(CONFER).execute(Tuple.of(id, date, number, decider)))
            .mapEmpty();
        });
      });
    });
  }

  private void rounds(RoutingContext rc) {
    Integer year = Requests.integer(Requests.query(rc), "year");
    pool.preparedQuery(ROUNDS).execute(Tuple.of(year)).onSuccess(rows -> {
      JsonArray items = new JsonArray();
      for (Row r : rows) {
        items.add(new JsonObject()
          .put("key", r.getString("key"))
          .put("name", AwardsApi.labels(r.getString("name_vi"), r.getString("name_en")))
          .put("year", r.getInteger("year"))
          .put("method", AwardsApi.codeLabel(r.getString("method_code"), r.getString("method_vi"),
            r.getString("method_en")))
          .put("opens", r.getLocalDate("opens").toString())
          .put("deadline", r.getLocalDate("deadline").toString())
          .put("generated", "generated".equals(r.getString("origin"))));
      }
      rc.response().putHeader("Content-Type", JSON).putHeader("Cache-Control", "public, max-age=300")
        .end(new JsonObject().put("items", items).encode());
    }).onFailure(rc::fail);
  }

  private void statistics(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    String by = Requests.str(q, "by");
    Where where = new Where().eq("t.year", Requests.integer(q, "year")).eq("t.round_key", Requests.str(q, "round"))
      .eq("t.body_key", Requests.str(q, "body"));
    String dims = DIMENSIONS.get(by);
    String sql = "SELECT " + dims + ", t.status_code AS st, count(*) AS n, count(t.submitted_on) AS submitted, "
      + "count(*) FILTER (WHERE t.on_time) AS on_time, count(*) FILTER (WHERE NOT t.on_time) AS late "
      + "FROM awards.open_dossier_timeliness t JOIN awards.dossier_status s ON s.code = t.status_code"
      + where.clause() + " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 5";
    pool.preparedQuery(sql).execute(where.tuple()).onSuccess(rows -> {
      Map<Object, JsonObject> items = new LinkedHashMap<>();
      for (Row r : rows) {
        Object value = r.getValue(0);
        JsonObject item = items.computeIfAbsent(value, v -> {
          JsonObject o = new JsonObject().put("value", v).put("dossiers", 0L).put("submitted", 0L)
            .put("on_time", 0L).put("late", 0L).put("by_status", new JsonObject());
          if (r.getString(1) != null) {
            o.put("label", AwardsApi.labels(r.getString(1), r.getString(2)));
          }
          if (r.getLocalDate(3) != null) {
            o.put("deadline", r.getLocalDate(3).toString());
          }
          return o;
        });
        for (String k : new String[] {"submitted", "on_time", "late"}) {
          item.put(k, item.getLong(k) + r.getLong(k));
        }
        item.put("dossiers", item.getLong("dossiers") + r.getLong("n"));
        item.getJsonObject("by_status").put(r.getString("st"), r.getLong("n"));
      }
      JsonArray out = new JsonArray();
      items.values().forEach(o -> out.add(o.put("on_time_rate", o.getLong("submitted") == 0 ? null
        : Math.round(10000.0 * o.getLong("on_time") / o.getLong("submitted")) / 10000.0)));
      rc.response().putHeader("Content-Type", JSON).putHeader("Cache-Control", "public, max-age=300")
        .end(new JsonObject().put("dimension", by).put("items", out).encode());
    }).onFailure(rc::fail);
  }

  /** The whole dossier as the caller may see it, with the steps the caller may take now. */
  private Future<JsonObject> full(SqlClient c, long id, Principal p) {
    return c.preparedQuery(ONE).execute(Tuple.of(id)).compose(one -> {
      Row d = one.iterator().next();
      JsonObject o = summary(d).put("created_by", d.getString("created_by"));
      return c.preparedQuery(CANDIDATES).execute(Tuple.of(id)).compose(cs -> {
        JsonArray candidates = new JsonArray();
        for (Row r : cs) {
          LocalDate birth = r.getLocalDate("birth_date");
          candidates.add(new JsonObject()
            .put("seq", r.getInteger("seq"))
            .put("recipient_kind", r.getString("recipient_kind"))
            .put("award_type", AwardsApi.codeLabel(r.getString("award_type"), r.getString("name_vi"),
              r.getString("name_en")))
            .put("name", r.getString("name"))
            .put("position", r.getString("position"))
            .put("unit", r.getString("unit_name"))
            .put("province", r.getString("province_key"))
            .put("birth_date", birth == null ? null : birth.toString())
            .put("citizen_id", r.getString("citizen_id"))
            .put("posthumous", r.getBoolean("posthumous"))
            .put("achievements", r.getString("achievements"))
            .put("award_id", r.getLong("award_id")));
        }
        o.put("candidates", candidates);
        return c.preparedQuery(EVIDENCE).execute(Tuple.of(id));
      }).compose(es -> {
        JsonArray evidence = new JsonArray();
        for (Row r : es) {
          evidence.add(new JsonObject().put("seq", r.getInteger("seq")).put("title", r.getString("title"))
            .put("media_type", r.getString("media_type")).put("size_bytes", r.getLong("size_bytes"))
            .put("sha256", r.getString("sha256")));
        }
        o.put("evidence", evidence);
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
        return c.preparedQuery(RULES).execute(Tuple.of(d.getString("status_code")));
      }).map(rules -> o.put("allowed_actions", Board.PARTIES.allowed(rules, p, d.getString("body_key"))));
    });
  }

  private JsonObject summary(Row r) {
    long id = r.getLong("id");
    OffsetDateTime first = r.getOffsetDateTime("first_submitted_at");
    LocalDate deadline = r.getLocalDate("deadline");
    String number = r.getString("decision_number");
    return new JsonObject()
      .put("id", id)
      .put("code", r.getString("code"))
      .put("status", AwardsApi.codeLabel(r.getString("status_code"), r.getString("status_vi"),
        r.getString("status_en")))
      .put("body", new JsonObject().put("key", r.getString("body_key"))
        .put("name", AwardsApi.labels(r.getString("body_vi"), r.getString("body_en"))))
      .put("round", new JsonObject().put("key", r.getString("round_key"))
        .put("name", AwardsApi.labels(r.getString("round_vi"), r.getString("round_en")))
        .put("deadline", deadline.toString()))
      .put("title", r.getString("title"))
      .put("method", r.getString("method_code"))
      .put("candidate_count", r.getLong("candidate_count"))
      .put("first_submitted_at", first == null ? null : first.toInstant().toString())
      .put("on_time", first == null ? null : !first.atZoneSameInstant(Board.ZONE).toLocalDate().isAfter(deadline))
      .put("decision", number == null ? null : new JsonObject().put("number", number)
        .put("date", r.getLocalDate("decision_date").toString()).put("decider", r.getString("decider_code")))
      .put("modified_at", r.getOffsetDateTime("modified_at").toInstant().toString())
      .put("version", r.getInteger("version"))
      .put("links", new JsonObject().put("self", base + PATH + "/" + id)
        .put("transitions", base + PATH + "/" + id + "/transitions"));
  }

  private static ApiProblem notFound(long id) {
    return ApiProblem.notFound("No award dossier with id " + id + " that you may see.");
  }
}
