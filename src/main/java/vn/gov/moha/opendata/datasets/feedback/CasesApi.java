package vn.gov.moha.opendata.datasets.feedback;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.workflow.LockedWrite;
import vn.gov.moha.opendata.platform.workflow.LockedWrite.IfMatch;
import vn.gov.moha.opendata.platform.workflow.Steps;
import vn.gov.moha.opendata.platform.workflow.UnitList;
import vn.gov.moha.opendata.platform.workflow.VersionTag;

/**
 * The restricted side of feedback: the officers' case list, one case, and the workflow, whose allowed steps are the
 * rows of feedback.transition_rule (anything else is a 409 naming the allowed ones). The Information Centre sees every
 * case with its submitter; a unit sees the cases assigned to it, without the submitter; another unit's case is a 404.
 * Every read and write is audited; every write carries an outbox event (the open dataset follows a publication).
 */
final class CasesApi {
  static final String PATH = "/api/v1/feedback-cases";
  private static final String RECORD = FeedbackApi.RECORD;
  private static final String SUMMARY = "SELECT i.id, i.key, i.tracking_code, i.title, i.status_code, "
    + "st.name_vi AS status_vi, st.name_en AS status_en, i.field_code, f.name_vi AS field_vi, f.name_en AS field_en, "
    + "i.channel_code, i.received_at, i.due_date, x.overdue, i.assigned_unit, i.answered_at, i.published_at, "
    + "i.version, i.modified_at FROM feedback.item i JOIN feedback.status st ON st.code = i.status_code "
    + "JOIN feedback.open_item_stats x ON x.id = i.id LEFT JOIN feedback.field f ON f.code = i.field_code";
  private static final String DETAIL = "SELECT i.question, i.procedure_code, i.legal_document, i.answer, "
    + "i.answered_unit, i.reject_reason, i.published_title, i.published_question, i.published_answer, "
    + "s.name, s.phone, s.email, s.address FROM feedback.item i JOIN feedback.submitter s ON s.item_id = i.id "
    + "WHERE i.id = $1";
  private static final String TRANSITIONS = "SELECT at, actor, actor_unit, action, from_status, to_status, unit, "
    + "comment FROM feedback.transition WHERE item_id = $1 ORDER BY at, id";
  private static final String RULES = "SELECT action, to_status, actor, needs_comment FROM feedback.transition_rule "
    + "WHERE from_status = $1 ORDER BY action";
  private static final String LOCK = "SELECT i.status_code, i.assigned_unit, i.field_code, i.version, "
    + "f.default_unit FROM feedback.item i LEFT JOIN feedback.field f ON f.code = i.field_code "
    + "WHERE i.id = $1 FOR UPDATE OF i";
  private static final String UNIT = "SELECT 1 FROM platform.org_unit WHERE code = $1";
  private static final String DEFAULT_UNIT = "SELECT default_unit FROM feedback.field WHERE code = $1";
  private static final String MOVE = "UPDATE feedback.item i SET status_code = $2, "
    + "field_code = coalesce($3, i.field_code), procedure_code = coalesce($4, i.procedure_code), "
    + "legal_document = coalesce($5, i.legal_document), assigned_unit = coalesce($6, i.assigned_unit), "
    + "answer = coalesce($7, i.answer), answered_unit = CASE WHEN $7::text IS NULL THEN i.answered_unit "
    + "ELSE i.assigned_unit END, answered_at = CASE WHEN $7::text IS NULL THEN i.answered_at ELSE now() END, "
    + "reject_reason = coalesce($8, i.reject_reason), version = i.version + 1, modified_at = now() WHERE i.id = $1";
  /** Publishing: the officer's texts or the ones as sent, through feedback.redact with the submitter's name. */
  private static final String PUBLISH = "UPDATE feedback.item i SET status_code = 'published', "
    + "published_title = feedback.redact(coalesce($2, i.title), s.name), "
    + "published_question = feedback.redact(coalesce($3, i.question), s.name), "
    + "published_answer = feedback.redact(coalesce($4, i.answer), s.name), published_at = now(), "
    + "version = i.version + 1, modified_at = now() FROM feedback.submitter s WHERE s.item_id = i.id AND i.id = $1";
  /** The fields of a transition each action reads (any other is a 400 naming it). */
  private static final Map<String, List<String>> FIELDS = Map.of(
    "classify", List.of("field", "procedure_code", "legal_document", "comment"),
    "assign", List.of("unit", "comment"),
    "reassign", List.of("unit", "comment"),
    "answer", List.of("answer", "comment"),
    "publish", List.of("published_title", "published_question", "published_answer", "comment"),
    "reject", List.of("comment"));

  private static final VersionTag TAG = new VersionTag("c", "case");

  private final Pool pool;
  private final String base;
  private final UnitList cases;
  private final LockedWrite writes;

  CasesApi(Pool pool, String baseUri) {
    this.pool = pool;
    this.base = baseUri;
    this.cases = new UnitList(pool, baseUri, PATH, RECORD, SUMMARY, "i.id", 20, this::summary)
      .scope(Centre::acts, "i.assigned_unit", "Feedback cases are read by the officers of the unit they are "
        + "assigned to and by officers and reviewers of unit " + Centre.UNIT + " and admins.")
      .keep("status", "field", "unit", "overdue", "year");
    this.writes = new LockedWrite(pool, RECORD, new LockedWrite.Lock(LOCK, "assigned_unit", Centre::sees,
      CasesApi::notFound), TAG, (id, p) -> full(pool, id, p));
  }

  Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listFeedbackCases", this::list);
    m.put("getFeedbackCase", rc -> writes.read(rc, Requests.id(rc)));
    m.put("transitionFeedbackCase", this::transition);
    return m;
  }

  private void list(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    cases.send(rc, cases.where(rc).eq("i.status_code", Requests.str(q, "status"))
      .eq("i.field_code", Requests.str(q, "field")).eq("i.assigned_unit", Requests.str(q, "unit"))
      .eq("x.year", Requests.integer(q, "year")).flag("x.overdue", Requests.bool(q, "overdue")));
  }

  private void transition(RoutingContext rc) {
    long id = Requests.id(rc);
    Principal p = Principal.of(rc);
    JsonObject in = Requests.body(rc);
    String action = in.getString("action");
    Steps.onlyFields(in, action, FIELDS);
    String comment = text(in, "comment");
    writes.write(rc, id, IfMatch.WHEN_SENT, (c, row) -> {
      String from = row.getString("status_code");
      return c.preparedQuery(RULES).execute(Tuple.of(from)).compose(rules -> {
        Row rule = Centre.PARTIES.rule(rules, "A case", from, action, p, row.getString("assigned_unit"));
        Steps.needsComment(rule, action, comment);
        String to = rule.getString("to_status");
        return step(c, id, p, row, action, to, in, comment)
          .compose(unit -> c.preparedQuery(FeedbackApi.INSERT_TRANSITION).execute(Tuple.from(new Object[] {id,
            p.subject(), p.unit(), action, from, to, unit, comment})))
          .compose(v -> c.preparedQuery(FeedbackApi.OUTBOX).execute(Tuple.of(String.valueOf(id),
            to.equals("published") ? "create" : "update", id)));
      });
    });
  }

  /** Applies one allowed step to the locked case; the unit it names (assign, reassign, answer), or null. */
  private static Future<String> step(SqlConnection c, long id, Principal p, Row row, String action, String to,
                                     JsonObject in, String comment) {
    switch (action) {
      case "classify" -> {
        String field = text(in, "field");
        if (field == null) {
          return Future.failedFuture(ApiProblem.invalidField("/field", "'classify' needs the field"));
        }
        return move(c, id, to, field, text(in, "procedure_code"), text(in, "legal_document"), null, null, null)
          .map((String) null);
      }
      case "assign", "reassign" -> {
        String unit = text(in, "unit");
        if (unit == null && action.equals("reassign")) {
          return Future.failedFuture(ApiProblem.invalidField("/unit", "'reassign' needs the unit"));
        }
        if (unit != null && unit.equals(row.getString("assigned_unit"))) {
          return Future.failedFuture(ApiProblem.invalidField("/unit", "the case is assigned to " + unit + " already"));
        }
        Future<String> chosen = unit != null ? c.preparedQuery(UNIT).execute(Tuple.of(unit)).compose(u -> u.size() == 0
            ? Future.failedFuture(ApiProblem.invalidField("/unit", "is not a unit of the ministry (platform.org_unit)"))
            : Future.succeededFuture(unit))
          : c.preparedQuery(DEFAULT_UNIT).execute(Tuple.of(row.getString("field_code")))
            .map(u -> u.iterator().next().getString(0));
        return chosen.compose(u -> move(c, id, to, null, null, null, u, null, null).map(u));
      }
      case "answer" -> {
        String answer = text(in, "answer");
        if (answer == null) {
          return Future.failedFuture(ApiProblem.invalidField("/answer", "'answer' needs the answer's text"));
        }
        return move(c, id, to, null, null, null, null, answer, null).map(row.getString("assigned_unit"));
      }
      case "reject" -> {
        return move(c, id, to, null, null, null, null, null, comment).map((String) null);
      }
      default -> {
        return c.preparedQuery(PUBLISH).execute(Tuple.of(id, text(in, "published_title"),
          text(in, "published_question"), text(in, "published_answer"))).map((String) null);
      }
    }
  }

  private static Future<Void> move(SqlConnection c, long id, String to, String field, String procedure,
                                   String document, String unit, String answer, String reason) {
    return c.preparedQuery(MOVE).execute(Tuple.from(new Object[] {id, to, field, procedure, document, unit, answer,
      reason})).mapEmpty();
  }

  /** The whole case as the caller may see it: the submitter for the Centre only, the steps the caller may take. */
  private Future<JsonObject> full(SqlClient c, long id, Principal p) {
    return c.preparedQuery(SUMMARY + " WHERE i.id = $1").execute(Tuple.of(id)).compose(one -> {
      Row s = one.iterator().next();
      JsonObject o = summary(s);
      return c.preparedQuery(DETAIL).execute(Tuple.of(id)).compose(ds -> {
        Row d = ds.iterator().next();
        OffsetDateTime answered = s.getOffsetDateTime("answered_at");
        o.put("question", d.getString("question"))
          .put("procedure_code", d.getString("procedure_code"))
          .put("legal_document", d.getString("legal_document"))
          .put("answer", answered == null ? null : new JsonObject().put("text", d.getString("answer"))
            .put("unit", d.getString("answered_unit")).put("at", answered.toInstant().toString()))
          .put("reject_reason", d.getString("reject_reason"))
          .put("published", s.getOffsetDateTime("published_at") == null ? null : new JsonObject()
            .put("title", d.getString("published_title")).put("question", d.getString("published_question"))
            .put("answer", d.getString("published_answer"))
            .put("at", s.getOffsetDateTime("published_at").toInstant().toString())
            .put("uri", new vn.gov.moha.opendata.platform.rdf.Uris(base).feedback(s.getString("key"))))
          .put("submitter", !Centre.acts(p) ? null : new JsonObject().put("name", d.getString("name"))
            .put("phone", d.getString("phone")).put("email", d.getString("email"))
            .put("address", d.getString("address")));
        return c.preparedQuery(TRANSITIONS).execute(Tuple.of(id));
      }).compose(ts -> {
        o.put("transitions", Steps.history(ts));
        return c.preparedQuery(RULES).execute(Tuple.of(s.getString("status_code")));
      }).map(rules -> o.put("allowed_actions", Centre.PARTIES.allowed(rules, p, s.getString("assigned_unit"))));
    });
  }

  private JsonObject summary(Row r) {
    long id = r.getLong("id");
    OffsetDateTime answered = r.getOffsetDateTime("answered_at");
    OffsetDateTime published = r.getOffsetDateTime("published_at");
    return new JsonObject()
      .put("id", id)
      .put("key", r.getString("key"))
      .put("tracking_code", r.getString("tracking_code"))
      .put("title", r.getString("title"))
      .put("status", FeedbackApi.codeLabel(r.getString("status_code"), r.getString("status_vi"),
        r.getString("status_en")))
      .put("field", r.getString("field_code") == null ? null : FeedbackApi.codeLabel(r.getString("field_code"),
        r.getString("field_vi"), r.getString("field_en")))
      .put("channel", r.getString("channel_code"))
      .put("received_at", r.getOffsetDateTime("received_at").toInstant().toString())
      .put("due_date", r.getLocalDate("due_date").toString())
      .put("overdue", r.getBoolean("overdue"))
      .put("assigned_unit", r.getString("assigned_unit"))
      .put("answered_at", answered == null ? null : answered.toInstant().toString())
      .put("published_at", published == null ? null : published.toInstant().toString())
      .put("version", r.getInteger("version"))
      .put("modified_at", r.getOffsetDateTime("modified_at").toInstant().toString())
      .put("links", new JsonObject().put("self", base + PATH + "/" + id)
        .put("transitions", base + PATH + "/" + id + "/transitions"));
  }

  private static String text(JsonObject in, String name) {
    String v = in.getString(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static ApiProblem notFound(long id) {
    return ApiProblem.notFound("No feedback case with id " + id + " that you may see.");
  }
}
