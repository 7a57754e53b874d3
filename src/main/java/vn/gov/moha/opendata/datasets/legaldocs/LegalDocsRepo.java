package vn.gov.moha.opendata.datasets.legaldocs;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditLog;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Idempotency;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.http.ApiProblem.FieldError;

/** All SQL of the legal-documents dataset. Reads go to the open_* views; every write is one transaction. */
final class LegalDocsRepo {
  /**
   * The whole document: the summary's columns ({@link LegalDocQuery#COLUMNS}), full_text, version, created_at,
   * attachments, relations (positions in {@link LegalDocJson}). Labels come from the code lists (LegalDocJson). The
   * two arrays are kept per document by V049's triggers (legaldocs.document_parts: building them here with two
   * json_agg subqueries halved PostgreSQL's rate for this statement); no row there means both are empty.
   */
  static final String GET = "SELECT d.*, coalesce(p.attachments, '[]'::json) AS attachments, "
    + "coalesce(p.relations, '[]'::json) AS relations"
    + " FROM (SELECT " + LegalDocQuery.COLUMNS + ", d.full_text, d.version, d.created_at "
    + "FROM legaldocs.open_document_row d WHERE d.id = $1) d "
    + "LEFT JOIN legaldocs.open_document_parts p ON p.document_id = d.id";

  /** The summaries of the related documents, then dir (0 outgoing, 1 incoming) and the relation type (its label: JVM). */
  static final String RELATIONS = "SELECT * FROM ("
    + "SELECT " + LegalDocQuery.COLUMNS + ", 0 AS dir, r.type_code AS rel"
    + " FROM legaldocs.open_relation r JOIN legaldocs.open_document_row d ON d.id = r.target_id WHERE r.source_id = $1 "
    + "UNION ALL SELECT " + LegalDocQuery.COLUMNS + ", 1, r.inverse_code"
    + " FROM legaldocs.open_relation r JOIN legaldocs.open_document_row d ON d.id = r.source_id WHERE r.target_id = $1"
    + ") x ORDER BY dir, rel, issued_date DESC, id DESC";

  static final String EXISTS = "SELECT 1 FROM legaldocs.document WHERE id = $1";
  static final String LOCK = "SELECT version FROM legaldocs.document WHERE id = $1 FOR UPDATE";
  static final String EXISTING_IDS = "SELECT id FROM legaldocs.document WHERE id = ANY($1::bigint[])";

  static final String INSERT = "INSERT INTO legaldocs.document (number, issuer_code, type_code, title, signer_name, "
    + "signer_title, issued_date, effective_date, expiry_date, status_code, fields, summary, full_text) "
    + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id";
  static final String UPDATE = "UPDATE legaldocs.document SET number = $2, issuer_code = $3, type_code = $4, "
    + "title = $5, signer_name = $6, signer_title = $7, issued_date = $8, effective_date = $9, expiry_date = $10, "
    + "status_code = $11, fields = $12, summary = $13, full_text = $14, version = version + 1, modified_at = now() "
    + "WHERE id = $1";
  static final String DELETE = "DELETE FROM legaldocs.document WHERE id = $1";
  static final String DELETE_ATTACHMENTS = "DELETE FROM legaldocs.attachment WHERE document_id = $1";
  static final String DELETE_RELATIONS = "DELETE FROM legaldocs.relation WHERE source_id = $1";
  static final String INSERT_ATTACHMENT = "INSERT INTO legaldocs.attachment (document_id, ord, name, media_type, size, "
    + "checksum) VALUES ($1, $2, $3, $4, $5, $6)";
  static final String INSERT_RELATION = "INSERT INTO legaldocs.relation (source_id, type_code, target_id) "
    + "VALUES ($1, $2, $3)";
  static final String OUTBOX = "INSERT INTO platform.outbox (dataset, entity_id, operation, payload) "
    + "VALUES ('legal-documents', $1, $2, $3)";

  private final Pool pool;

  LegalDocsRepo(Pool pool) {
    this.pool = pool;
  }

  Future<RowSet<Row>> query(LegalDocQuery.Statement st) {
    return pool.preparedQuery(st.sql()).execute(st.params());
  }

  Future<Row> get(long id) {
    return pool.preparedQuery(GET).execute(Tuple.of(id)).map(rs -> rs.iterator().hasNext() ? rs.iterator().next() : null);
  }

  Future<Boolean> exists(long id) {
    return pool.preparedQuery(EXISTS).execute(Tuple.of(id)).map(rs -> rs.size() > 0);
  }

  Future<RowSet<Row>> relations(long id) {
    return pool.preparedQuery(RELATIONS).execute(Tuple.of(id));
  }

  /** Inserts a document with its attachments and relations; returns the stored row. */
  Future<Row> create(RoutingContext rc, LegalDocInput in, AuditEvent audit) {
    return Idempotency.transaction(rc, pool, c -> checkTargets(c, in, null)
      .compose(v -> c.preparedQuery(INSERT).execute(documentTuple(in, null)))
      .map(rs -> rs.iterator().next().getLong(0))
      .compose(id -> children(c, id, in)
        .compose(v -> recorded(c, id, "create", audit))
        .compose(v -> c.preparedQuery(GET).execute(Tuple.of(id)))
        .map(rs -> rs.iterator().next())));
  }

  /** Replaces a document if its current ETag is the expected one; returns the stored row. */
  Future<Row> update(long id, String ifMatch, LegalDocInput in, AuditEvent audit) {
    return pool.withTransaction(c -> lock(c, id, ifMatch)
      .compose(v -> checkTargets(c, in, id))
      .compose(v -> c.preparedQuery(UPDATE).execute(documentTuple(in, id)))
      .compose(v -> c.preparedQuery(DELETE_ATTACHMENTS).execute(Tuple.of(id)))
      .compose(v -> c.preparedQuery(DELETE_RELATIONS).execute(Tuple.of(id)))
      .compose(v -> children(c, id, in))
      .compose(v -> recorded(c, id, "update", audit))
      .compose(v -> c.preparedQuery(GET).execute(Tuple.of(id)))
      .map(rs -> rs.iterator().next()));
  }

  /** Deletes a document (its attachments and relations go with it). */
  Future<Void> delete(long id, String ifMatch, AuditEvent audit) {
    return pool.withTransaction(c -> lock(c, id, ifMatch)
      .compose(v -> c.preparedQuery(DELETE).execute(Tuple.of(id)))
      .compose(v -> recorded(c, id, "delete", audit)));
  }

  private static Future<Void> lock(SqlConnection c, long id, String ifMatch) {
    return c.preparedQuery(LOCK).execute(Tuple.of(id)).compose(rs -> {
      if (!rs.iterator().hasNext()) {
        return Future.failedFuture(ApiProblem.notFound("No legal document with id " + id + "."));
      }
      String current = LegalDocJson.etag(id, rs.iterator().next().getInteger(0));
      if (ifMatch != null && !Requests.etagMatches(ifMatch, current)) {
        return Future.failedFuture(ApiProblem.preconditionFailed(
          "The document changed since you read it (current ETag " + current + "); read it again and retry."));
      }
      return Future.succeededFuture();
    });
  }

  private static Future<Void> checkTargets(SqlConnection c, LegalDocInput in, Long self) {
    if (in.relations().isEmpty()) {
      return Future.succeededFuture();
    }
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < in.relations().size(); i++) {
      if (self != null && in.relations().get(i).target() == self) {
        errors.add(new FieldError("/relations/" + i + "/target", "body", "a document cannot relate to itself"));
      }
    }
    if (!errors.isEmpty()) {
      return Future.failedFuture(new ApiProblem(400, "invalid-field", "Invalid field", errors.get(0).message(), errors));
    }
    Long[] ids = in.relations().stream().map(LegalDocInput.Relation::target).distinct().toArray(Long[]::new);
    return c.preparedQuery(EXISTING_IDS).execute(Tuple.of(ids)).compose(rs -> {
      Set<Long> found = new TreeSet<>();
      rs.forEach(r -> found.add(r.getLong(0)));
      for (int i = 0; i < in.relations().size(); i++) {
        long t = in.relations().get(i).target();
        if (!found.contains(t)) {
          errors.add(new FieldError("/relations/" + i + "/target", "body", "no legal document with id " + t));
        }
      }
      return errors.isEmpty() ? Future.succeededFuture()
        : Future.failedFuture(new ApiProblem(400, "relation-target-missing", "Invalid field",
          "A relation points to a document that does not exist.", errors));
    });
  }

  private static Future<Void> children(SqlConnection c, long id, LegalDocInput in) {
    List<Tuple> attachments = new ArrayList<>();
    for (int i = 0; i < in.attachments().size(); i++) {
      JsonObject a = in.attachments().getJsonObject(i);
      attachments.add(Tuple.of(id, i, a.getString("name"), a.getString("media_type"), a.getLong("size"),
        a.getString("checksum")));
    }
    List<Tuple> relations = in.relations().stream().map(r -> Tuple.of(id, r.type(), r.target())).toList();
    Future<?> f = attachments.isEmpty() ? Future.succeededFuture()
      : c.preparedQuery(INSERT_ATTACHMENT).executeBatch(attachments);
    return f.compose(v -> relations.isEmpty() ? Future.succeededFuture()
      : c.preparedQuery(INSERT_RELATION).executeBatch(relations)).mapEmpty();
  }

  /** The outbox event and the audit row of a write, in its transaction. */
  private static Future<Void> recorded(SqlConnection c, long id, String op, AuditEvent audit) {
    return c.preparedQuery(OUTBOX).execute(Tuple.of(String.valueOf(id), op, new JsonObject().put("id", id)))
      .compose(v -> AuditLog.append(c, audit.withRecord(LegalDocsApi.RECORD_TYPE, String.valueOf(id))));
  }

  private static Tuple documentTuple(LegalDocInput in, Long id) {
    List<Object> v = new ArrayList<>();
    if (id != null) {
      v.add(id);
    }
    v.add(in.number());
    v.add(in.issuer());
    v.add(in.type());
    v.add(in.title());
    v.add(in.signerName());
    v.add(in.signerTitle());
    v.add(in.issued());
    v.add(in.effective());
    v.add(in.expiry());
    v.add(in.status());
    v.add(in.fields().toArray(new String[0]));
    v.add(in.summary());
    v.add(in.fullText());
    return Tuple.from(v);
  }
}
