package vn.gov.moha.opendata.datasets.elearning;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.WorkerExecutor;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditLog;
import vn.gov.moha.opendata.platform.audit.AuditedWrites;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Idempotency;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.workflow.LockedWrite;
import vn.gov.moha.opendata.platform.workflow.LockedWrite.IfMatch;
import vn.gov.moha.opendata.platform.workflow.UnitList;
import vn.gov.moha.opendata.platform.workflow.VersionTag;

/**
 * The restricted side of the e-learning: the training officers' list of enrolments (the PAR Department sees all, an
 * agency's officers their own staff's), one enrolment, enrolling a learner, and the progress the learning platform
 * reports (If-Match required): when every module is done with a passing score the course is completed and a
 * certificate numbered. Every read and write is audited; a completion recomputes the open statistics in its
 * transaction.
 */
final class EnrolmentsApi {
  static final String PATH = "/api/v1/elearning/enrolments";
  static final String RECORD = "elearning-enrolment";
  /** An enrolment with its learner, course and progress (restricted). */
  static final String ENROLMENT = "SELECT e.id, e.course_code, c.title_vi AS course_vi, c.title_en AS course_en, "
    + "c.pass_mark, e.enrolled_on, e.modules_done, e.score, e.completed_on, e.certificate_no, e.version, "
    + "e.modified_at, g.percent, g.modules, g.status, l.account, l.full_name, l.birth_date, l.email, l.body, "
    + "b.name_vi AS body_vi, l.job_position FROM elearning.enrolment e "
    + "JOIN elearning.enrolment_progress g ON g.id = e.id JOIN elearning.course c ON c.code = e.course_code "
    + "JOIN elearning.learner l ON l.id = e.learner_id JOIN elearning.body b ON b.code = l.body";
  private static final String LEARNER = "SELECT id, body FROM elearning.learner WHERE account = $1";
  private static final String NEW_LEARNER = "INSERT INTO elearning.learner (account, full_name, birth_date, email, "
    + "body, job_position) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, body";
  private static final String COURSE = "SELECT 1 FROM elearning.course WHERE code = $1";
  private static final String INSERT = "INSERT INTO elearning.enrolment (learner_id, course_code, enrolled_on) "
    + "VALUES ($1, $2, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) RETURNING id";
  private static final String LOCK = "SELECT e.course_code, e.completed_on, e.version, l.body, c.pass_mark, "
    + "(SELECT array_agg(m.ord ORDER BY m.ord) FROM elearning.module m WHERE m.course_code = e.course_code) AS ords "
    + "FROM elearning.enrolment e JOIN elearning.learner l ON l.id = e.learner_id "
    + "JOIN elearning.course c ON c.code = e.course_code WHERE e.id = $1 FOR UPDATE OF e";
  /** $1 id, $2 modules done, $3 score, $4 completed (a certificate is numbered then). */
  private static final String PROGRESS = "UPDATE elearning.enrolment SET modules_done = $2, score = $3, "
    + "completed_on = CASE WHEN $4 THEN (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END, "
    + "certificate_no = CASE WHEN $4 THEN 'CCHC-' || to_char(now() AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY') || '-' "
    + "|| lpad(nextval('elearning.certificate_seq')::text, 6, '0') END, version = version + 1, modified_at = now() "
    + "WHERE id = $1";
  private static final VersionTag TAG = new VersionTag("e", "enrolment");

  private final Pool pool;
  private final String base;
  private final UnitList enrolments;
  private final LockedWrite writes;
  private final WorkerExecutor statistics;

  EnrolmentsApi(Pool pool, String baseUri, WorkerExecutor statistics) {
    this.pool = pool;
    this.statistics = statistics;
    this.base = baseUri;
    this.enrolments = new UnitList(pool, baseUri, PATH, RECORD, ENROLMENT, "e.id", 20, r -> enrolment(r, baseUri))
      .scope(Training::department, "l.body", "Enrolments are read by the training officers of the PAR Department "
        + "(unit " + Training.UNIT + "), by the officers of the learner's agency and by admins.")
      .keep("course", "year", "status");
    this.writes = new LockedWrite(pool, RECORD, new LockedWrite.Lock(LOCK, "body", Training::agency,
      EnrolmentsApi::notFound), TAG, (id, p) -> read(pool, id));
  }

  Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listElearningEnrolments", this::list);
    m.put("createElearningEnrolment", this::create);
    m.put("getElearningEnrolment", rc -> writes.read(rc, enrolmentId(rc)));
    m.put("updateElearningProgress", this::progress);
    return m;
  }

  private void list(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    Integer year = Requests.integer(q, "year");
    enrolments.send(rc, enrolments.where(rc).eq("e.course_code", Requests.str(q, "course"))
      .eq("g.status", Requests.str(q, "status"))
      .eq("extract(year FROM e.enrolled_on)::int", year));
  }

  /** Enrols a learner (known by account, or new with the details given) in a course. */
  private void create(RoutingContext rc) {
    Principal p = Principal.of(rc);
    JsonObject in = Requests.body(rc);
    JsonObject who = in.getJsonObject("learner");
    String body = who.getString("body");
    AuditEvent audit = AuditedWrites.beginIf(rc, pool, Training.agency(p, body), RECORD, null, 201,
      "Learners of " + body + " are enrolled by its officers, by the training officers of " + Training.UNIT
        + " and by admins.");
    String course = in.getString("course");
    Idempotency.transaction(rc, pool, c ->
        c.preparedQuery(COURSE).execute(Tuple.of(course)).compose(cs -> cs.size() == 0
          ? Future.failedFuture(ApiProblem.invalidField("/course", "is not a course of the catalogue"))
          : learner(c, who))
        .compose(learner -> c.preparedQuery(INSERT).execute(Tuple.of(learner, course)))
        .compose(rs -> {
          long id = rs.iterator().next().getLong("id");
          return AuditLog.append(c, audit.withRecord(RECORD, String.valueOf(id))).compose(v -> read(c, id));
        }))
      .onFailure(e -> AuditedWrites.failed(pool, audit, e))
      .onSuccess(o -> writes.created(rc, o))
      .onFailure(rc::fail);
  }

  /** The learner's id: the one with this account (of the same agency), or a new one. */
  private static Future<Long> learner(SqlConnection c, JsonObject who) {
    String account = who.getString("account");
    return c.preparedQuery(LEARNER).execute(Tuple.of(account)).compose(rs -> {
      if (rs.size() == 1) {
        Row r = rs.iterator().next();
        return r.getString("body").equals(who.getString("body")) ? Future.succeededFuture(r.getLong("id"))
          : Future.failedFuture(ApiProblem.invalidField("/learner/body", "the learner " + account
            + " belongs to another agency"));
      }
      String birth = who.getString("birth_date");
      return c.preparedQuery(NEW_LEARNER).execute(Tuple.from(new Object[] {account, who.getString("full_name").strip(),
          birth == null ? null : LocalDate.parse(birth), who.getString("email"), who.getString("body"),
          who.getString("job_position")}))
        .map(r -> r.iterator().next().getLong("id"));
    });
  }

  /**
   * The progress reported for an enrolment (training officers of the Department, admins; If-Match required): the
   * modules done, the final score. Every module done with a score at or above the pass mark completes the course and
   * numbers its certificate; a completed course keeps its modules.
   */
  private void progress(RoutingContext rc) {
    long id = enrolmentId(rc);
    Principal p = Principal.of(rc);
    JsonObject in = Requests.body(rc);
    TreeSet<Integer> done = new TreeSet<>();
    in.getJsonArray("modules_done").forEach(o -> done.add((Integer) o));
    Integer score = in.getInteger("score");
    writes.write(rc, id, IfMatch.REQUIRED, (c, row) -> {
      if (!Training.department(p)) {
        return Future.failedFuture(ApiProblem.of(403, "unit-scope", "Forbidden", "Progress is reported by the "
          + "training officers of " + Training.UNIT + " (the learning platform) and by admins."));
      }
      if (row.getLocalDate("completed_on") != null) {
        return Future.failedFuture(ApiProblem.conflict("enrolment-completed", "The course was completed on "
          + row.getLocalDate("completed_on") + "; its progress is final."));
      }
      Integer[] ords = row.getArrayOfIntegers("ords");
      for (int m : done) {
        if (!Arrays.asList(ords).contains(m)) {
          return Future.failedFuture(ApiProblem.invalidField("/modules_done", "the course "
            + row.getString("course_code") + " has modules 1 to " + ords.length + ", not " + m));
        }
      }
      boolean completed = done.size() == ords.length && score != null && score >= row.getInteger("pass_mark");
      return c.preparedQuery(PROGRESS).execute(Tuple.of(id, done.toArray(new Integer[0]), score, completed))
        .compose(v -> completed ? ELearningStatistics.refresh(statistics, c).mapEmpty() : Future.succeededFuture());
    });
  }

  /** One enrolment as JSON, or null when there is none. */
  static Future<JsonObject> read(SqlClient c, long id, String base) {
    return c.preparedQuery(ENROLMENT + " WHERE e.id = $1").execute(Tuple.of(id))
      .map(rs -> rs.size() == 0 ? null : enrolment(rs.iterator().next(), base));
  }

  private Future<JsonObject> read(SqlClient c, long id) {
    return read(c, id, base);
  }

  /** An enrolment as the learner and the officers see it. */
  static JsonObject enrolment(Row r, String base) {
    long id = r.getLong("id");
    String certificate = r.getString("certificate_no");
    LocalDate completed = r.getLocalDate("completed_on");
    LocalDate birth = r.getLocalDate("birth_date");
    return new JsonObject()
      .put("id", id)
      .put("learner", new JsonObject().put("account", r.getString("account")).put("full_name", r.getString("full_name"))
        .put("birth_date", birth == null ? null : birth.toString()).put("email", r.getString("email"))
        .put("body", new JsonObject().put("code", r.getString("body")).put("name", r.getString("body_vi")))
        .put("job_position", r.getString("job_position")))
      .put("course", new JsonObject().put("code", r.getString("course_code"))
        .put("title", new JsonObject().put("vi", r.getString("course_vi")).put("en", r.getString("course_en"))))
      .put("enrolled_on", r.getLocalDate("enrolled_on").toString())
      .put("modules_done", new JsonArray(Arrays.asList((Object[]) r.getArrayOfIntegers("modules_done"))))
      .put("modules", r.getLong("modules"))
      .put("progress_percent", r.getInteger("percent"))
      .put("status", r.getString("status"))
      .put("score", r.getInteger("score"))
      .put("pass_mark", r.getInteger("pass_mark"))
      .put("completed_on", completed == null ? null : completed.toString())
      .put("certificate", certificate == null ? null : new JsonObject().put("number", certificate)
        .put("verify", base + ELearningApi.CERTIFICATES + "/" + certificate))
      .put("version", r.getInteger("version"))
      .put("links", new JsonObject().put("self", base + PATH + "/" + id));
  }

  private static long enrolmentId(RoutingContext rc) {
    return Requests.validated(rc).getPathParameters().get("enrolment").getLong();
  }

  private static ApiProblem notFound(long id) {
    return ApiProblem.notFound("No enrolment with id " + id + " that you may see.");
  }
}
