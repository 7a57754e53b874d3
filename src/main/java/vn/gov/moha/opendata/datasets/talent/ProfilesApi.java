package vn.gov.moha.opendata.datasets.talent;

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
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditLog;
import vn.gov.moha.opendata.platform.audit.AuditedWrites;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Idempotency;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.workflow.LockedWrite;
import vn.gov.moha.opendata.platform.workflow.LockedWrite.IfMatch;
import vn.gov.moha.opendata.platform.workflow.Steps;
import vn.gov.moha.opendata.platform.workflow.UnitList;
import vn.gov.moha.opendata.platform.workflow.VersionTag;

/**
 * The restricted profiles of the candidates: the officers' list, one profile, create, update (If-Match required)
 * and the recruitment workflow, whose allowed steps are the rows of talent.transition_rule (anything else is a 409
 * naming the allowed ones). The Youth Affairs Department sees every profile; a unit's officers the profiles it
 * manages; another unit's profile is a 404. Every read and write is audited; every write recomputes the open
 * statistics in its transaction (their outbox events follow).
 */
final class ProfilesApi {
  static final String PATH = "/api/v1/talent/profiles";
  static final String RECORD = "talent-profile";
  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String SUMMARY = "SELECT p.id, p.full_name, p.birth_date, p.sex, p.category, "
    + "c.name_vi AS category_vi, c.name_en AS category_en, p.field_code, f.name_vi AS field_vi, f.name_en AS field_en, "
    + "p.degree, d.name_vi AS degree_vi, d.name_en AS degree_en, p.institution, p.abroad, p.graduation_year, "
    + "p.province, pr.name AS province_name, p.managing_unit, p.status_code, s.name_vi AS status_vi, "
    + "s.name_en AS status_en, p.recruiting_body, p.recruitment_decision, p.recruitment_date, p.origin, p.version, "
    + "p.modified_at FROM talent.profile p JOIN talent.category c ON c.code = p.category "
    + "JOIN talent.field f ON f.code = p.field_code JOIN talent.degree d ON d.code = p.degree "
    + "JOIN talent.status s ON s.code = p.status_code JOIN platform.province pr ON pr.key = p.province";
  private static final String DETAIL = "SELECT citizen_id, email, phone, achievements FROM talent.profile "
    + "WHERE id = $1";
  private static final String TRANSITIONS = "SELECT at, actor, actor_unit, action, from_status, to_status, unit, "
    + "comment FROM talent.transition WHERE profile_id = $1 ORDER BY at, id";
  private static final String RULES = "SELECT action, to_status, actor, needs_comment FROM talent.transition_rule "
    + "WHERE from_status = $1 ORDER BY action";
  private static final String LOCK = "SELECT status_code, managing_unit, version FROM talent.profile "
    + "WHERE id = $1 FOR UPDATE";
  private static final String PROVINCE = "SELECT 1 FROM platform.province WHERE key = $1 AND valid_from IS NOT NULL";
  private static final String INSERT = "INSERT INTO talent.profile (full_name, birth_date, sex, citizen_id, email, "
    + "phone, category, field_code, degree, institution, abroad, graduation_year, achievements, province, "
    + "managing_unit) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id";
  private static final String UPDATE = "UPDATE talent.profile SET full_name = $2, birth_date = $3, sex = $4, "
    + "citizen_id = $5, email = $6, phone = $7, category = $8, field_code = $9, degree = $10, institution = $11, "
    + "abroad = $12, graduation_year = $13, achievements = $14, province = $15, version = version + 1, "
    + "modified_at = now() WHERE id = $1";
  /** $1 id, $2 status, $3 recruiting body (kept when null; cleared back in the pool), $4 decision, $5 its date. */
  private static final String MOVE = "UPDATE talent.profile SET status_code = $2, recruiting_body = CASE WHEN $2 = "
    + "'candidate' THEN NULL ELSE coalesce($3, recruiting_body) END, recruitment_decision = $4, "
    + "recruitment_date = $5, version = version + 1, modified_at = now() WHERE id = $1";
  private static final String STEP = "INSERT INTO talent.transition (profile_id, actor, actor_unit, action, "
    + "from_status, to_status, unit, comment) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
  /** The fields of a transition each action reads (any other is a 400 naming it). */
  private static final Map<String, List<String>> FIELDS = Map.of(
    "propose", List.of("recruiting_body", "comment"),
    "recruit", List.of("decision", "comment"),
    "decline", List.of("comment"),
    "withdraw", List.of("comment"),
    "reopen", List.of("comment"));
  private static final VersionTag TAG = new VersionTag("t", "profile");

  private final Pool pool;
  private final String base;
  private final UnitList profiles;
  private final LockedWrite writes;
  private final WorkerExecutor statistics;

  ProfilesApi(Pool pool, String baseUri, WorkerExecutor statistics) {
    this.pool = pool;
    this.statistics = statistics;
    this.base = baseUri;
    this.profiles = new UnitList(pool, baseUri, PATH, RECORD, SUMMARY, "p.id", 20, this::summary)
      .scope(Youth::department, "p.managing_unit", "Profiles are read by the officers of the unit that manages "
        + "them, by officers and reviewers of the Youth Affairs Department (unit " + Youth.UNIT + ") and admins.")
      .keep("status", "category", "field", "province", "year");
    this.writes = new LockedWrite(pool, RECORD, new LockedWrite.Lock(LOCK, "managing_unit", Youth::manages,
      ProfilesApi::notFound), TAG, (id, p) -> full(pool, id, p));
  }

  Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listTalentProfiles", this::list);
    m.put("createTalentProfile", this::create);
    m.put("getTalentProfile", rc -> writes.read(rc, profileId(rc)));
    m.put("updateTalentProfile", this::update);
    m.put("transitionTalentProfile", this::transition);
    return m;
  }

  private void list(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    profiles.send(rc, profiles.where(rc).eq("p.status_code", Requests.str(q, "status"))
      .eq("p.category", Requests.str(q, "category")).eq("p.field_code", Requests.str(q, "field"))
      .eq("p.province", Requests.str(q, "province")).eq("p.graduation_year", Requests.integer(q, "year")));
  }

  /** A new profile in the pool: managed by the caller's unit (the Department and admins name the unit). */
  private void create(RoutingContext rc) {
    Principal p = Principal.of(rc);
    JsonObject in = Requests.body(rc);
    String unit = in.getString("managing_unit");
    if (unit == null && !Youth.department(p)) {
      unit = p.unit();
    }
    if (unit == null) {
      throw ApiProblem.invalidField("/managing_unit", "name the unit that manages the profile (UBND_T01N…)");
    }
    String managing = unit;
    AuditEvent audit = AuditedWrites.beginIf(rc, pool, Youth.manages(p, managing), RECORD, null, 201,
      "Profiles are entered by the officers of the unit that manages them (" + managing + "), by the Youth Affairs "
        + "Department (" + Youth.UNIT + ") and admins.");
    check(in);
    Idempotency.transaction(rc, pool, c -> province(c, in.getString("province"))
        .compose(v -> c.preparedQuery(INSERT).execute(Tuple.from(values(in, managing))))
        .compose(rs -> {
          long id = rs.iterator().next().getLong("id");
          return c.preparedQuery(STEP).execute(Tuple.from(new Object[] {id, p.subject(), p.unit(), "register", null,
              "candidate", managing, null}))
            .compose(v -> TalentStatistics.refresh(statistics, c))
            .compose(v -> AuditLog.append(c, audit.withRecord(RECORD, String.valueOf(id))))
            .compose(v -> full(c, id, p));
        }))
      .onFailure(e -> AuditedWrites.failed(pool, audit, e))
      .onSuccess(o -> writes.created(rc, o))
      .onFailure(rc::fail);
  }

  /** Replaces the profile's data (not its status: that is the workflow's); If-Match required. */
  private void update(RoutingContext rc) {
    long id = profileId(rc);
    JsonObject in = Requests.body(rc);
    writes.write(rc, id, IfMatch.REQUIRED, () -> check(in), (c, row) -> province(c, in.getString("province"))
      .compose(v -> {
        Object[] values = values(in, null);
        Object[] params = new Object[15];
        params[0] = id;
        System.arraycopy(values, 0, params, 1, 14);
        return c.preparedQuery(UPDATE).execute(Tuple.from(params));
      })
      .compose(v -> TalentStatistics.refresh(statistics, c)));
  }

  private void transition(RoutingContext rc) {
    long id = profileId(rc);
    Principal p = Principal.of(rc);
    JsonObject in = Requests.body(rc);
    String action = in.getString("action");
    Steps.onlyFields(in, FIELDS);
    String comment = Requests.text(in, "comment");
    String body = Requests.text(in, "recruiting_body");
    JsonObject decision = in.getJsonObject("decision");
    if (action.equals("propose") && body == null) {
      throw ApiProblem.invalidField("/recruiting_body", "'propose' names the body the candidate is proposed to");
    }
    if (action.equals("recruit") && decision == null) {
      throw ApiProblem.invalidField("/decision", "'recruit' records the recruitment decision (number, date)");
    }
    LocalDate decided = decision == null ? null : LocalDate.parse(decision.getString("date"));
    if (decided != null && decided.isAfter(LocalDate.now(ZONE))) {
      throw ApiProblem.invalidField("/decision/date", "a recruitment decision is recorded once it is signed");
    }
    writes.write(rc, id, IfMatch.WHEN_SENT, (c, row) -> {
      String from = row.getString("status_code");
      String unit = row.getString("managing_unit");
      return c.preparedQuery(RULES).execute(Tuple.of(from)).compose(rules -> {
        Row rule = Youth.PARTIES.rule(rules, "A profile", from, action, p, unit);
        Steps.needsComment(rule, action, comment);
        String to = rule.getString("to_status");
        return c.preparedQuery(MOVE).execute(Tuple.of(id, to, body,
            decision == null ? null : decision.getString("number").strip(), decided))
          .compose(v -> c.preparedQuery(STEP).execute(Tuple.from(new Object[] {id, p.subject(), p.unit(), action,
            from, to, unit, comment})))
          .compose(v -> TalentStatistics.refresh(statistics, c));
      });
    });
  }

  /** The checks the contract cannot state: a graduate's degree, a plausible age at graduation, no future year. */
  private static void check(JsonObject in) {
    if ("excellent_graduate".equals(in.getString("category")) && !"bachelor".equals(in.getString("degree"))) {
      throw ApiProblem.invalidField("/degree", "an excellent graduate (Decree 140/2017 Art. 2.1) holds a bachelor's "
        + "degree; holders of a master's or doctorate are young scientists");
    }
    int year = in.getInteger("graduation_year");
    if (year > LocalDate.now(ZONE).getYear()) {
      throw ApiProblem.invalidField("/graduation_year", "is in the future");
    }
    int age = year - LocalDate.parse(in.getString("birth_date")).getYear();
    if (age < 18 || age > 45) {
      throw ApiProblem.invalidField("/birth_date", "gives an age of " + age + " at graduation (18 to 45 expected)");
    }
  }

  private static Future<Void> province(SqlClient c, String key) {
    return c.preparedQuery(PROVINCE).execute(Tuple.of(key)).compose(rs -> rs.size() == 1 ? Future.succeededFuture()
      : Future.failedFuture(ApiProblem.invalidField("/province", "is not one of the 34 provinces from 2025-07-01")));
  }

  /** The profile's columns from the body, in the order of INSERT ($1–$15; without the unit: $1–$14). */
  private static Object[] values(JsonObject in, String unit) {
    JsonArray achievements = in.getJsonArray("achievements", new JsonArray());
    String[] list = achievements.stream().map(o -> ((String) o).strip()).toArray(String[]::new);
    Object[] v = {in.getString("full_name").strip(), LocalDate.parse(in.getString("birth_date")), in.getString("sex"),
      Requests.text(in, "citizen_id"), Requests.text(in, "email"), Requests.text(in, "phone"),
      in.getString("category"), in.getString("field"), in.getString("degree"), in.getString("institution").strip(),
      in.getBoolean("abroad", false), in.getInteger("graduation_year"), list, in.getString("province"), unit};
    return unit == null ? Arrays.copyOf(v, 14) : v;
  }

  /** The whole profile: identity and contact, achievements, the steps taken and the ones the caller may take. */
  private Future<JsonObject> full(SqlClient c, long id, Principal p) {
    return c.preparedQuery(SUMMARY + " WHERE p.id = $1").execute(Tuple.of(id)).compose(one -> {
      Row s = one.iterator().next();
      JsonObject o = summary(s);
      return c.preparedQuery(DETAIL).execute(Tuple.of(id)).compose(ds -> {
        Row d = ds.iterator().next();
        o.put("citizen_id", d.getString("citizen_id")).put("email", d.getString("email"))
          .put("phone", d.getString("phone"))
          .put("achievements", new JsonArray(Arrays.asList((Object[]) d.getArrayOfStrings("achievements"))));
        return c.preparedQuery(TRANSITIONS).execute(Tuple.of(id));
      }).compose(ts -> {
        o.put("transitions", Steps.history(ts));
        return c.preparedQuery(RULES).execute(Tuple.of(s.getString("status_code")));
      }).map(rules -> o.put("allowed_actions", Youth.PARTIES.allowed(rules, p, s.getString("managing_unit"))));
    });
  }

  private JsonObject summary(Row r) {
    long id = r.getLong("id");
    LocalDate recruited = r.getLocalDate("recruitment_date");
    return new JsonObject()
      .put("id", id)
      .put("full_name", r.getString("full_name"))
      .put("birth_date", r.getLocalDate("birth_date").toString())
      .put("sex", r.getString("sex"))
      .put("category", TalentApi.label(r.getString("category"), r.getString("category_vi"),
        r.getString("category_en")))
      .put("field", TalentApi.label(r.getString("field_code"), r.getString("field_vi"), r.getString("field_en")))
      .put("degree", TalentApi.label(r.getString("degree"), r.getString("degree_vi"), r.getString("degree_en")))
      .put("institution", r.getString("institution"))
      .put("abroad", r.getBoolean("abroad"))
      .put("graduation_year", r.getInteger("graduation_year"))
      .put("province", new JsonObject().put("key", r.getString("province")).put("name", r.getString("province_name")))
      .put("managing_unit", r.getString("managing_unit"))
      .put("status", TalentApi.label(r.getString("status_code"), r.getString("status_vi"), r.getString("status_en")))
      .put("recruitment", new JsonObject().put("body", r.getString("recruiting_body"))
        .put("decision", r.getString("recruitment_decision"))
        .put("date", recruited == null ? null : recruited.toString()))
      .put("generated", "generated".equals(r.getString("origin")))
      .put("version", r.getInteger("version"))
      .put("modified_at", r.getOffsetDateTime("modified_at").toInstant().toString())
      .put("links", new JsonObject().put("self", base + PATH + "/" + id)
        .put("transitions", base + PATH + "/" + id + "/transitions"));
  }

  private static long profileId(RoutingContext rc) {
    return Requests.validated(rc).getPathParameters().get("profile").getLong();
  }

  private static ApiProblem notFound(long id) {
    return ApiProblem.notFound("No profile with id " + id + " that you may see.");
  }
}
