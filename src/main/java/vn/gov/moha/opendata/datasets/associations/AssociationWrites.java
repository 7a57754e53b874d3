package vn.gov.moha.opendata.datasets.associations;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditLog;
import vn.gov.moha.opendata.platform.audit.AuditedWrites;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Idempotency;
import vn.gov.moha.opendata.platform.http.Requests;

/**
 * The write side of the registry, for officers of the NGO Department (VU_TCPCP) and admins: register an organisation
 * (with its establishment event), record lifecycle events and replace the descriptive fields. Each write is one transaction with its outbox event and
 * audit row; the status follows from the events (trigger in V005).
 */
final class AssociationWrites {
  static final String OWNER_UNIT = "VU_TCPCP";
  static final String RECORD_TYPE = "association";
  private static final String PROVINCE_AT = "SELECT 1 FROM platform.province WHERE key = $1 "
    + "AND (valid_from IS NULL OR valid_from <= $2) AND (valid_to IS NULL OR valid_to >= $2)";
  private static final String INSERT = "INSERT INTO associations.organization (key, kind_code, name_vi, name_en, "
    + "abbreviation, scope_code, province_key, address, founded_date, founding_decision_number, "
    + "founding_decision_date, founding_decision_issuer, founding_document_id, representative_name, "
    + "representative_title, member_count, website) VALUES ('new-' || md5(random()::text), $1, $2, $3, $4, $5, $6, $7, "
    + "$8, $9, $8, $10, $11, $12, $13, $14, $15) RETURNING id";
  private static final String SET_KEY = "UPDATE associations.organization SET key = 'org-' || id WHERE id = $1";
  private static final String FIELD = "INSERT INTO associations.organization_field (organization_id, field_code) "
    + "SELECT $1, unnest($2::text[])";
  private static final String EVENT = "INSERT INTO associations.event (organization_id, type_code, event_date, "
    + "decision_number, decision_issuer, related_id, note) VALUES ($1, $2, $3, $4, $5, $6, $7)";
  private static final String LOCK = "SELECT founded_date, name_vi, status_code FROM associations.organization "
    + "WHERE id = $1 FOR UPDATE";
  private static final String VERSION = "SELECT version FROM associations.organization WHERE id = $1 FOR UPDATE";
  private static final String UPDATE = "UPDATE associations.organization SET name_en = $2, abbreviation = $3, "
    + "address = $4, founding_decision_number = $5, founding_decision_date = $6, founding_decision_issuer = $7, "
    + "founding_document_id = $8, representative_name = $9, representative_title = $10, member_count = $11, "
    + "website = $12 WHERE id = $1";
  private static final String CLEAR_FIELDS = "DELETE FROM associations.organization_field WHERE organization_id = $1";
  private static final String RENAME = "UPDATE associations.organization SET name_vi = $2 WHERE id = $1";
  private static final String TOUCH = "UPDATE associations.organization SET version = version + 1, "
    + "modified_at = now() WHERE id = $1";
  private static final String OUTBOX = "INSERT INTO platform.outbox (dataset, entity_id, operation, payload) "
    + "VALUES ('associations', $1, $2, $3)";

  private final Pool pool;

  AssociationWrites(Pool pool) {
    this.pool = pool;
  }

  private AuditEvent writer(RoutingContext rc, Long id, int status) {
    return AuditedWrites.begin(rc, pool, OWNER_UNIT, RECORD_TYPE, id, status, "Associations and funds are registered");
  }

  private void failed(AuditEvent audit, Throwable e) {
    AuditedWrites.failed(pool, audit, e);
  }

  /** Registers an organisation; completes with its row as {@code reread} (by id) returns it in the transaction. */
  Future<RowSet<Row>> create(RoutingContext rc, String reread) {
    AuditEvent audit = writer(rc, null, 201);
    JsonObject in = Requests.body(rc);
    String scope = in.getString("scope");
    String province = in.getString("province");
    LocalDate founded = LocalDate.parse(in.getString("founded_date"));
    if (!"national".equals(scope) && province == null) {
      throw ApiProblem.invalidField("/province", "is required unless the scope is national");
    }
    if (founded.isAfter(LocalDate.now())) {
      throw ApiProblem.invalidField("/founded_date", "is in the future");
    }
    JsonArray fields = in.getJsonArray("fields");
    return Idempotency.transaction(rc, pool, c -> provinceValid(c, province, founded)
        .compose(v -> c.preparedQuery(INSERT).execute(Tuple.from(new Object[] {in.getString("kind"),
          in.getString("name").strip(), in.getString("name_en"), in.getString("abbreviation"), scope, province,
          in.getString("address"), founded, in.getString("founding_decision_number"),
          in.getString("founding_decision_issuer"), in.getLong("founding_legal_document_id"),
          in.getString("representative_name"), in.getString("representative_title"), in.getInteger("member_count"),
          in.getString("website")})))
        .map(rs -> rs.iterator().next().getLong(0))
        .compose(id -> c.preparedQuery(SET_KEY).execute(Tuple.of(id))
          .compose(v -> c.preparedQuery(FIELD).execute(Tuple.tuple().addLong(id)
            .addArrayOfString(fields.stream().map(String::valueOf).toArray(String[]::new))))
          .compose(v -> c.preparedQuery(EVENT).execute(Tuple.from(new Object[] {id, "established", founded,
            in.getString("founding_decision_number"), in.getString("founding_decision_issuer"), null, null})))
          .compose(v -> recorded(c, id, "create", audit))
          .compose(v -> c.preparedQuery(reread).execute(Tuple.of(id)))))
      .onFailure(e -> failed(audit, e));
  }

  /** Records a lifecycle event; completes with the organisation's row as {@code reread} returns it. */
  Future<RowSet<Row>> addEvent(RoutingContext rc, long id, String reread) {
    AuditEvent audit = writer(rc, id, 201);
    JsonObject in = Requests.body(rc);
    String type = in.getString("type");
    LocalDate date = LocalDate.parse(in.getString("date"));
    Long related = in.getLong("related_id");
    String newName = in.getString("new_name");
    if ("renamed".equals(type) && newName == null) {
      throw ApiProblem.invalidField("/new_name", "a renaming needs the new name");
    }
    if ("merged".equals(type) && related == null) {
      throw ApiProblem.invalidField("/related_id", "a merger needs the organisation it merged into");
    }
    if (related != null && related == id) {
      throw ApiProblem.invalidField("/related_id", "cannot be the organisation itself");
    }
    if (date.isAfter(LocalDate.now())) {
      throw ApiProblem.invalidField("/date", "is in the future");
    }
    return Idempotency.transaction(rc, pool, c -> c.preparedQuery(LOCK).execute(Tuple.of(id)).compose(rs -> {
        if (rs.size() == 0) {
          return Future.failedFuture(ApiProblem.notFound("No association or fund with id " + id + "."));
        }
        var row = rs.iterator().next();
        LocalDate founded = row.getLocalDate("founded_date");
        if (founded != null && date.isBefore(founded)) {
          return Future.failedFuture(ApiProblem.invalidField("/date", "is before the establishment (" + founded + ")"));
        }
        String status = row.getString("status_code");
        if ((status.equals("dissolved") || status.equals("merged")) && !type.startsWith("charter")) {
          return Future.failedFuture(ApiProblem.conflict("organisation-ended",
            "The organisation is " + status + "; no further lifecycle events can be recorded."));
        }
        if (type.equals("resumed") && !status.equals("suspended")) {
          return Future.failedFuture(ApiProblem.conflict("not-suspended", "Only a suspended organisation resumes."));
        }
        String note = in.getString("note");
        if (newName != null) {
          String was = "Tên cũ: " + row.getString("name_vi");
          note = note == null ? was : was + ". " + note;
        }
        Future<?> rename = newName == null ? Future.succeededFuture()
          : c.preparedQuery(RENAME).execute(Tuple.of(id, newName.strip()));
        String finalNote = note;
        return rename.compose(v -> c.preparedQuery(EVENT).execute(Tuple.from(new Object[] {id, type, date,
            in.getString("decision_number"), in.getString("decision_issuer"), related, finalNote})))
          .compose(v -> recorded(c, id, "update", audit))
          .compose(v -> c.preparedQuery(reread).execute(Tuple.of(id)));
      }))
      .onFailure(e -> failed(audit, e));
  }

  /**
   * Replaces the descriptive fields of an organisation if the caller's If-Match is its current ETag (428 without one,
   * 412 when stale); completes with its id. Name, kind, scope, province and status are not touched.
   */
  Future<Long> update(RoutingContext rc, long id) {
    AuditEvent audit = writer(rc, id, 200);
    String ifMatch = Requests.ifMatch(rc);
    JsonObject in = Requests.body(rc);
    LocalDate decided = in.getString("founding_decision_date") == null ? null
      : LocalDate.parse(in.getString("founding_decision_date"));
    if (decided != null && decided.isAfter(LocalDate.now())) {
      throw ApiProblem.invalidField("/founding_decision_date", "is in the future");
    }
    if (in.getString("representative_title") != null && in.getString("representative_name") == null) {
      throw ApiProblem.invalidField("/representative_title", "needs a representative_name");
    }
    String[] fields = in.getJsonArray("fields").stream().map(String::valueOf).toArray(String[]::new);
    return pool.withTransaction(c -> c.preparedQuery(VERSION).execute(Tuple.of(id)).compose(rs -> {
        if (rs.size() == 0) {
          return Future.failedFuture(ApiProblem.notFound("No association or fund with id " + id + "."));
        }
        String current = AssociationJson.etag(id, rs.iterator().next().getInteger(0));
        if (!Requests.etagMatches(ifMatch, current)) {
          return Future.failedFuture(ApiProblem.preconditionFailed("The organisation changed since you read it "
            + "(current ETag " + current + "); read it again and retry."));
        }
        return c.preparedQuery(UPDATE).execute(Tuple.from(new Object[] {id, in.getString("name_en"),
            in.getString("abbreviation"), in.getString("address"), in.getString("founding_decision_number"), decided,
            in.getString("founding_decision_issuer"), in.getLong("founding_legal_document_id"),
            in.getString("representative_name"), in.getString("representative_title"), in.getInteger("member_count"),
            in.getString("website")}))
          .compose(v -> c.preparedQuery(CLEAR_FIELDS).execute(Tuple.of(id)))
          .compose(v -> c.preparedQuery(FIELD).execute(Tuple.tuple().addLong(id).addArrayOfString(fields)))
          .compose(v -> recorded(c, id, "update", audit))
          .map(id);
      }))
      .onFailure(e -> failed(audit, e));
  }

  private static Future<Void> provinceValid(SqlConnection c, String province, LocalDate at) {
    if (province == null) {
      return Future.succeededFuture();
    }
    return c.preparedQuery(PROVINCE_AT).execute(Tuple.of(province, at)).compose(rs -> rs.size() > 0
      ? Future.succeededFuture()
      : Future.failedFuture(ApiProblem.invalidField("/province",
        "is not a provincial unit valid on the founding date " + at + " (T{code} until 2025-06-30, T{code}N from "
          + "2025-07-01)")));
  }

  private static Future<Void> recorded(SqlConnection c, long id, String op, AuditEvent audit) {
    return c.preparedQuery(TOUCH).execute(Tuple.of(id))
      .compose(v -> c.preparedQuery(OUTBOX).execute(Tuple.of(String.valueOf(id), op, new JsonObject().put("id", id))))
      .compose(v -> AuditLog.append(c, audit.withRecord(RECORD_TYPE, String.valueOf(id))));
  }
}
