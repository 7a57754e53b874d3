package vn.gov.moha.opendata.datasets.civilservants;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditLog;
import vn.gov.moha.opendata.platform.audit.AuditedWrites;
import vn.gov.moha.opendata.platform.db.Where;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Idempotency;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.text.Fold;
import vn.gov.moha.opendata.platform.workflow.LockedWrite;
import vn.gov.moha.opendata.platform.workflow.LockedWrite.IfMatch;
import vn.gov.moha.opendata.platform.workflow.UnitList;
import vn.gov.moha.opendata.platform.workflow.VersionTag;

/**
 * The restricted personnel records (CSDL cán bộ, công chức, viên chức) for HR officers: the unit-scoped list with
 * diacritics-insensitive name search and filters, one person's full record, create and update (If-Match: 428
 * without, 412 when stale). A person outside the caller's subtree is a 404 (as if absent). Every read and write is
 * audited, refusals too; a write changes the open rollup in its own transaction (V023's triggers).
 */
final class PeopleApi {
  static final String PATH = "/api/v1/civil-servants";
  static final String RECORD = "civil-servant";
  private static final String SUMMARY = "SELECT p.id, p.full_name, p.birth_date, p.sex, p.unit_key, "
    + "o.name_vi AS unit_name, o.path, p.position, p.rank_code, r.name_vi AS rank_name, p.service_end, p.version "
    + "FROM civilservants.person p JOIN civilservants.org o ON o.key = p.unit_key "
    + "JOIN civilservants.rank r ON r.code = p.rank_code";
  private static final String DETAIL = "SELECT p.citizen_id, p.ethnicity_code, e.name_vi AS ethnicity_name, "
    + "p.salary_scale, p.salary_step, s.first_coef + s.step_coef * (p.salary_step - 1) AS coefficient, "
    + "p.education_code, p.service_start, p.origin, p.modified_at FROM civilservants.person p "
    + "JOIN civilservants.ethnicity e ON e.code = p.ethnicity_code "
    + "JOIN civilservants.salary_scale s ON s.code = p.salary_scale WHERE p.id = $1";
  private static final String QUALIFICATIONS = "SELECT level_code, field, institution, year "
    + "FROM civilservants.qualification WHERE person_id = $1 ORDER BY ord";
  private static final String TRAINING = "SELECT course, institution, starts, ends FROM civilservants.training "
    + "WHERE person_id = $1 ORDER BY ord";
  private static final String EVALUATIONS = "SELECT year, classification FROM civilservants.evaluation "
    + "WHERE person_id = $1 ORDER BY year";
  private static final String MERITS = "SELECT kind, title, decision, date FROM civilservants.merit "
    + "WHERE person_id = $1 ORDER BY ord";
  private static final String EMPLOYMENT = "SELECT starts, ends, organisation, position FROM civilservants.employment "
    + "WHERE person_id = $1 ORDER BY ord";
  private static final String UNIT = "SELECT path FROM civilservants.org WHERE key = $1";
  private static final String LOCK = "SELECT p.version, o.path FROM civilservants.person p "
    + "JOIN civilservants.org o ON o.key = p.unit_key WHERE p.id = $1 FOR UPDATE OF p";
  private static final VersionTag TAG = new VersionTag("cs", "record");

  private final Pool pool;
  private final String base;
  private final UnitList people;
  private final PersonWrites records;
  private final LockedWrite writes;

  PeopleApi(Pool pool, String baseUri) {
    this.pool = pool;
    this.base = baseUri;
    this.records = new PersonWrites();
    this.writes = new LockedWrite(pool, RECORD, new LockedWrite.Lock(LOCK, (p, row) -> Hr.sees(p, path(row)),
      PeopleApi::notFound), TAG, (id, p) -> full(pool, id));
    this.people = new UnitList(pool, baseUri, PATH, RECORD, SUMMARY, "p.id", 20, this::summary)
      .scopeWithin(Hr::seesAll, "o.path @> ARRAY[%s]::text[]", "Personnel records are read by HR officers of the "
        + "person's unit or a unit above it, by officers and reviewers of " + Hr.UNIT + " and by admins.")
      .keep("q", "unit", "rank", "sex", "born_from", "born_to", "in_service");
  }

  Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listCivilServants", this::list);
    m.put("getCivilServant", rc -> writes.read(rc, Requests.id(rc)));
    m.put("createCivilServant", this::create);
    m.put("updateCivilServant", this::update);
    return m;
  }

  private void list(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    Where where = people.where(rc);
    List<String> words = Fold.words(Requests.str(q, "q"));
    if (!words.isEmpty()) {
      where.and("p.name_search @@ to_tsquery('simple', " + where.param(String.join(" & ", words)) + ")");
    }
    String unit = Requests.str(q, "unit");
    if (unit != null) {
      where.and("o.path @> ARRAY[" + where.param(unit) + "]::text[]");
    }
    Integer from = Requests.integer(q, "born_from");
    Integer to = Requests.integer(q, "born_to");
    if (from != null) {
      where.and("p.birth_date >= make_date(" + where.param(from) + ", 1, 1)");
    }
    if (to != null) {
      where.and("p.birth_date < make_date(" + where.param(to + 1) + ", 1, 1)");
    }
    people.send(rc, where.eq("p.rank_code", Requests.str(q, "rank")).eq("p.sex", Requests.str(q, "sex"))
      .flag("p.service_end IS NULL", Requests.bool(q, "in_service")));
  }

  private void create(RoutingContext rc) {
    JsonObject in = Requests.body(rc);
    Principal p = Principal.of(rc);
    AuditEvent audit = AuditEvent.of(rc, RECORD, null, AuditEvent.SUCCESS, 201);
    PersonWrites.check(in);
    Idempotency.transaction(rc, pool, c -> inScope(c, p, in.getString("unit"))
        .compose(v -> records.insert(c, in))
        .compose(id -> AuditLog.append(c, audit.withRecord(RECORD, String.valueOf(id))).map(id))
        .compose(id -> full(c, id)))
      .onFailure(e -> AuditedWrites.failed(pool, audit, e))
      .onSuccess(o -> writes.created(rc, o))
      .onFailure(rc::fail);
  }

  /** Replaces a person's record (If-Match required); the unit it moves to must be in the caller's subtree too. */
  private void update(RoutingContext rc) {
    long id = Requests.id(rc);
    Principal p = Principal.of(rc);
    JsonObject in = Requests.body(rc);
    writes.write(rc, id, IfMatch.REQUIRED, () -> PersonWrites.check(in),
      (c, row) -> inScope(c, p, in.getString("unit")).compose(v -> records.replace(c, id, in)));
  }

  /** The unit a record is written into must exist (400) and lie in the caller's subtree (403). */
  private static Future<Void> inScope(SqlConnection c, Principal p, String unit) {
    return c.preparedQuery(UNIT).execute(Tuple.of(unit)).compose(rs -> {
      if (rs.size() == 0) {
        return Future.failedFuture(ApiProblem.invalidField("/unit", "is not a unit of civilservants.org"));
      }
      if (!Hr.sees(p, Arrays.asList(rs.iterator().next().getArrayOfStrings("path")))) {
        return Future.failedFuture(ApiProblem.of(403, "unit-scope", "Forbidden", "Unit " + unit + " is not yours: "
          + "HR officers write the records of their own unit and the units below it."));
      }
      return Future.succeededFuture();
    });
  }

  /** The whole record: identity, post, salary, qualifications, training, evaluations, awards, employment. */
  private Future<JsonObject> full(SqlClient c, long id) {
    return c.preparedQuery(SUMMARY + " WHERE p.id = $1").execute(Tuple.of(id)).compose(one -> {
      JsonObject o = summary(one.iterator().next());
      return c.preparedQuery(DETAIL).execute(Tuple.of(id)).compose(ds -> {
        Row d = ds.iterator().next();
        o.put("citizen_id", d.getString("citizen_id"))
          .put("ethnicity", new JsonObject().put("code", d.getString("ethnicity_code"))
            .put("name", d.getString("ethnicity_name")))
          .put("salary", new JsonObject().put("scale", d.getString("salary_scale"))
            .put("step", d.getInteger("salary_step"))
            .put("coefficient", d.getBigDecimal("coefficient").doubleValue()))
          .put("education", d.getString("education_code"))
          .put("service_start", d.getLocalDate("service_start").toString())
          .put("generated", "generated".equals(d.getString("origin")))
          .put("modified_at", d.getOffsetDateTime("modified_at").toInstant().toString());
        return PersonWrites.children(c, id, o, QUALIFICATIONS, TRAINING, EVALUATIONS, MERITS, EMPLOYMENT);
      });
    });
  }

  private JsonObject summary(Row r) {
    long id = r.getLong("id");
    return new JsonObject()
      .put("id", id)
      .put("full_name", r.getString("full_name"))
      .put("birth_date", r.getLocalDate("birth_date").toString())
      .put("sex", r.getString("sex"))
      .put("unit", new JsonObject().put("key", r.getString("unit_key")).put("name", r.getString("unit_name"))
        .put("path", new JsonArray(Arrays.asList(r.getArrayOfStrings("path")))))
      .put("position", r.getString("position"))
      .put("rank", new JsonObject().put("code", r.getString("rank_code")).put("name", r.getString("rank_name")))
      .put("in_service", r.getLocalDate("service_end") == null)
      .put("service_end", r.getLocalDate("service_end") == null ? null : r.getLocalDate("service_end").toString())
      .put("version", r.getInteger("version"))
      .put("links", new JsonObject().put("self", base + PATH + "/" + id));
  }

  private static List<String> path(Row r) {
    return Arrays.asList(r.getArrayOfStrings("path"));
  }

  private static ApiProblem notFound(long id) {
    return ApiProblem.notFound("No civil servant with id " + id + " that you may see.");
  }
}
