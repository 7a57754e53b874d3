package vn.gov.moha.opendata.datasets.elearning;

import io.vertx.core.Handler;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditLog;
import vn.gov.moha.opendata.platform.db.Where;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.privacy.SmallCells;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.security.Principal;

/**
 * HTTP handlers of the e-learning on administrative reform: the open course catalogue, the open completion
 * statistics (suppressed under {@value SmallCells#THRESHOLD}), the open verification of a certificate by its number
 * (valid or not, course, date; a holder's name is compared, never shown) and the learner's own enrolments (a bearer
 * token whose subject is the learner's account). The officers' side is {@link EnrolmentsApi}.
 */
public final class ELearningApi {
  static final String JSON = "application/json; charset=utf-8";
  static final String COURSES = "/api/v1/elearning/courses";
  static final String CERTIFICATES = "/api/v1/elearning/certificates";
  private static final String COURSE = "SELECT r.code, r.key, r.title_vi, r.title_en, r.description_vi, r.topic, "
    + "r.topic_vi, r.topic_en, r.job_positions, r.provider, r.provider_vi, r.provider_en, r.pass_mark, "
    + "r.first_offered, r.hours, r.modules, r.origin, r.version, " + CoursesRdf.MODULES
    + " FROM elearning.open_course r";
  private static final String CERTIFICATE = "SELECT e.id, e.certificate_no, e.completed_on, e.course_code, "
    + "c.title_vi, c.title_en, CASE WHEN $2::text IS NULL THEN NULL "
    + "ELSE platform.vn_fold(l.full_name) = platform.vn_fold($2) END AS holder_matches "
    + "FROM elearning.enrolment e JOIN elearning.course c ON c.code = e.course_code "
    + "JOIN elearning.learner l ON l.id = e.learner_id WHERE e.certificate_no = $1";
  private static final String MINE = EnrolmentsApi.ENROLMENT
    + " WHERE l.account = $1 ORDER BY e.enrolled_on DESC, e.id";
  private static final String STATISTICS = "SELECT r.key, r.year, r.course, r.course_vi, r.course_en, r.body, "
    + "r.body_vi, r.body_en, r.count, r.suppressed FROM elearning.open_statistic r";

  private final Pool pool;
  private final String base;
  private final Uris uris;
  private final EnrolmentsApi enrolments;

  /** @param statistics the worker pool that recomputes the suppressed statistics after a completion */
  public ELearningApi(Pool pool, String baseUri, WorkerExecutor statistics) {
    this.pool = pool;
    this.base = baseUri;
    this.uris = new Uris(baseUri);
    this.enrolments = new EnrolmentsApi(pool, baseUri, statistics);
  }

  /** operationId → handler, for the route table. */
  public Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listElearningCourses", this::courses);
    m.put("getElearningCourse", this::course);
    m.put("verifyElearningCertificate", this::certificate);
    m.put("getElearningStatistics", this::statistics);
    m.put("listMyElearningEnrolments", this::mine);
    m.putAll(enrolments.handlers());
    return m;
  }

  /** The catalogue in code order: filters topic and job position. */
  private void courses(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    Where where = new Where().eq("r.topic", Requests.str(q, "topic"));
    String position = Requests.str(q, "job_position");
    if (position != null) {
      where.and(where.param(position) + " = ANY (r.job_positions)");
    }
    pool.preparedQuery(COURSE + where.clause() + " ORDER BY r.code").execute(where.tuple()).onSuccess(rows -> {
      JsonArray items = new JsonArray();
      rows.forEach(r -> items.add(course(r)));
      rc.response().putHeader("Content-Type", JSON).end(new JsonObject().put("items", items).encode());
    }).onFailure(rc::fail);
  }

  private void course(RoutingContext rc) {
    String code = Requests.validated(rc).getPathParameters().get("course").getString();
    pool.preparedQuery(COURSE + " WHERE r.code = $1").execute(Tuple.of(code)).onSuccess(rs -> {
      if (rs.size() == 0) {
        rc.fail(ApiProblem.notFound("No course with code " + code + "."));
        return;
      }
      Row r = rs.iterator().next();
      if (!Requests.notModified(rc, "\"c" + r.getString("key") + "-" + r.getInteger("version") + "\"")) {
        rc.response().putHeader("Content-Type", JSON).end(course(r).encode());
      }
    }).onFailure(rc::fail);
  }

  /**
   * Whether a certificate number was issued, for which course and when; with {@code holder}, whether the name on it
   * is that one (diacritics and case ignored). An unknown number is {@code valid: false}. Checks of a name are
   * audited (they read a learner's record).
   */
  private void certificate(RoutingContext rc) {
    String number = Requests.validated(rc).getPathParameters().get("certificate").getString();
    String holder = Requests.str(Requests.query(rc), "holder");
    pool.preparedQuery(CERTIFICATE).execute(Tuple.of(number, holder == null ? null : holder.strip()))
      .onSuccess(rs -> {
        JsonObject o = new JsonObject().put("certificate", number);
        Row r = rs.size() == 0 ? null : rs.iterator().next();
        if (holder != null) {
          AuditLog.appendLater(pool, AuditEvent.of(rc, EnrolmentsApi.RECORD, r == null ? null
            : String.valueOf(r.getLong("id")), r == null ? AuditEvent.NOT_FOUND : AuditEvent.SUCCESS, 200));
        }
        if (r == null) {
          o.put("valid", false);
        } else {
          o.put("valid", true).put("course", new JsonObject().put("code", r.getString("course_code"))
              .put("title", new JsonObject().put("vi", r.getString("title_vi")).put("en", r.getString("title_en")))
              .put("uri", uris.elearningCourse(r.getString("course_code").toLowerCase(java.util.Locale.ROOT))))
            .put("completed_on", r.getLocalDate("completed_on").toString())
            .put("holder_matches", r.getBoolean("holder_matches"));
        }
        rc.response().putHeader("Content-Type", JSON).putHeader("Cache-Control", "no-store").end(o.encode());
      }).onFailure(rc::fail);
  }

  /** The published cells of one table ({@code by}: total, course or body; each by year of completion). */
  private void statistics(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    String by = Requests.str(q, "by") == null ? "course" : Requests.str(q, "by");
    Where where = new Where().eq("r.slice", by).eq("r.year", Requests.integer(q, "year"));
    pool.preparedQuery(STATISTICS + where.clause() + " ORDER BY r.year, r.key").execute(where.tuple())
      .onSuccess(rows -> {
        JsonArray items = new JsonArray();
        for (Row r : rows) {
          JsonObject item = new JsonObject().put("year", r.getInteger("year"));
          if (r.getString("course") != null) {
            item.put("course", new JsonObject().put("code", r.getString("course")).put("title", new JsonObject()
              .put("vi", r.getString("course_vi")).put("en", r.getString("course_en"))));
          }
          if (r.getString("body") != null) {
            item.put("body", new JsonObject().put("code", r.getString("body")).put("name", new JsonObject()
              .put("vi", r.getString("body_vi")).put("en", r.getString("body_en"))));
          }
          items.add(item.put("completions", r.getLong("count")).put("suppressed", r.getBoolean("suppressed"))
            .put("uri", uris.elearningCompletion(r.getString("key"))));
        }
        rc.response().putHeader("Content-Type", JSON).putHeader("Cache-Control", "public, max-age=300")
          .end(new JsonObject().put("dimension", by).put("threshold", SmallCells.THRESHOLD).put("items", items)
            .encode());
      }).onFailure(rc::fail);
  }

  /** The caller's own enrolments, by the subject of their token (the learner's account); audited. */
  private void mine(RoutingContext rc) {
    Principal p = Principal.of(rc);
    pool.preparedQuery(MINE).execute(Tuple.of(p.subject())).onSuccess(rows -> {
      if (rows.size() == 0) {
        AuditLog.appendLater(pool, AuditEvent.of(rc, EnrolmentsApi.RECORD, null, AuditEvent.NOT_FOUND, 404));
        rc.fail(ApiProblem.notFound("No enrolment of the learner account " + p.subject() + "."));
        return;
      }
      JsonArray items = new JsonArray();
      rows.forEach(r -> items.add(EnrolmentsApi.enrolment(r, base)));
      AuditLog.appendLater(pool, AuditEvent.of(rc, EnrolmentsApi.RECORD, null, AuditEvent.SUCCESS, 200));
      rc.response().putHeader("Content-Type", JSON).putHeader("Cache-Control", "private, no-store")
        .end(new JsonObject().put("account", p.subject()).put("items", items).encode());
    }).onFailure(rc::fail);
  }

  /** A course as JSON (open_course columns and its modules). */
  private JsonObject course(Row r) {
    JsonArray modules = new JsonArray();
    for (Object o : (JsonArray) r.getJson("module_list")) {
      JsonObject m = (JsonObject) o;
      modules.add(new JsonObject().put("ord", m.getInteger("ord")).put("title", new JsonObject()
        .put("vi", m.getString("title_vi")).put("en", m.getString("title_en")))
        .put("hours", Double.valueOf(m.getValue("hours").toString())));
    }
    return new JsonObject()
      .put("code", r.getString("code"))
      .put("uri", uris.elearningCourse(r.getString("key")))
      .put("title", new JsonObject().put("vi", r.getString("title_vi")).put("en", r.getString("title_en")))
      .put("description", r.getString("description_vi"))
      .put("topic", new JsonObject().put("code", r.getString("topic")).put("label", new JsonObject()
        .put("vi", r.getString("topic_vi")).put("en", r.getString("topic_en"))))
      .put("job_positions", new JsonArray(Arrays.asList((Object[]) r.getArrayOfStrings("job_positions"))))
      .put("provider", new JsonObject().put("code", r.getString("provider")).put("label", new JsonObject()
        .put("vi", r.getString("provider_vi")).put("en", r.getString("provider_en"))))
      .put("hours", r.getBigDecimal("hours").doubleValue())
      .put("pass_mark", r.getInteger("pass_mark"))
      .put("first_offered", r.getLocalDate("first_offered").toString())
      .put("modules", modules)
      .put("generated", "generated".equals(r.getString("origin")))
      .put("links", new JsonObject().put("self", base + COURSES + "/" + r.getString("code"))
        .put("statistics", base + "/api/v1/statistics/elearning-completions?by=course"));
  }
}
