package vn.gov.moha.opendata.datasets.voffice;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.text.Fold;
import vn.gov.moha.opendata.platform.workflow.Parties;

/**
 * HTTP handlers of VOffice, the official document flow run by the Ministry Office: incoming documents and their
 * processing ({@link IncomingApi}), outgoing documents with their registration numbers ({@link OutgoingApi}), the
 * digital signatures recorded on both (here), and the open statistics ({@link VOfficeStats}).
 *
 * <p>Who: the Ministry Office ({@value #OFFICE}, its clerical office registers, numbers, assigns and records) — its
 * officers and reviewers read everything, its officers and admins write; an officer of another unit reads the
 * incoming documents it leads or coordinates and the outgoing documents it drafted, and takes the lead unit's steps.
 * Everything else is a 403 (lists) or 404 (one document). Every read and write is audited; every write has outbox
 * events. A document's subject, sender, recipients and signer stay in this restricted API: the open statistics hold
 * counts only.
 */
public final class VOfficeApi {
  static final String OFFICE = "VAN_PHONG";
  static final String PATH = "/api/v1/voffice";
  static final String JSON = "application/json; charset=utf-8";
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  /**
   * The clerical office's steps (actor "office": its officers and admins; its reviewers read) and the lead unit's;
   * the office's officers and reviewers see every document.
   */
  static final Parties PARTIES = new Parties("office", OFFICE, "the Ministry Office's", "the lead unit's (%s)", false);
  private static final String SIGNATURES = "SELECT id, signer_kind, signer, certificate_serial, certificate_issuer, "
    + "signed_at, valid, note, recorded_at, recorded_by FROM voffice.signature WHERE %s = $1 ORDER BY signed_at, id";
  private static final String INSERT_SIGNATURE = "INSERT INTO voffice.signature (%s, signer_kind, signer, "
    + "certificate_serial, certificate_issuer, signed_at, valid, note, recorded_by) "
    + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id";
  private static final String OUTBOX = "INSERT INTO platform.outbox (dataset, entity_id, operation, payload) "
    + "VALUES ($1, $2, $3, jsonb_build_object('id', $4::bigint))";

  private final IncomingApi incoming;
  private final OutgoingApi outgoing;
  private final VOfficeStats stats;

  public VOfficeApi(Pool pool, String baseUri) {
    this.incoming = new IncomingApi(pool, baseUri);
    this.outgoing = new OutgoingApi(pool, baseUri);
    this.stats = new VOfficeStats(pool, new Uris(baseUri));
  }

  /** operationId → handler, for the route table. */
  public Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.putAll(incoming.handlers());
    m.putAll(outgoing.handlers());
    m.put("getVofficeStatistics", stats::statistics);
    return m;
  }

  /** Whether the caller reads every document (officers and reviewers of the Ministry Office, admins). */
  static boolean office(Principal p) {
    return PARTIES.officeSees(p);
  }

  /** Whether the caller takes the clerical office's steps (officers of the Ministry Office, admins). */
  static boolean clerk(Principal p) {
    return PARTIES.officeActs(p);
  }

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /** The subject search: every folded word of {@code q} in the folded subject (diacritics-insensitive). */
  static Where search(Where where, String column, String q) {
    for (String word : Fold.words(q)) {
      where.and("strpos(" + column + ", " + where.param(word) + ") > 0");
    }
    return where;
  }

  /** An outbox event of a document write ({@code voffice-incoming} or {@code voffice-outgoing}); no content. */
  static Future<Void> outbox(SqlClient c, String direction, long id, String operation) {
    return c.preparedQuery(OUTBOX).execute(Tuple.of("voffice-" + direction, String.valueOf(id), operation, id))
      .mapEmpty();
  }

  /** The signatures recorded on a document ({@code column}: incoming_id or outgoing_id). */
  static Future<JsonArray> signatures(SqlClient c, String column, long id) {
    return c.preparedQuery(SIGNATURES.formatted(column)).execute(Tuple.of(id)).map(rows -> {
      JsonArray out = new JsonArray();
      for (Row r : rows) {
        out.add(new JsonObject().put("id", r.getLong("id")).put("signer_kind", r.getString("signer_kind"))
          .put("signer", r.getString("signer")).put("certificate_serial", r.getString("certificate_serial"))
          .put("certificate_issuer", r.getString("certificate_issuer"))
          .put("signed_at", instant(r.getOffsetDateTime("signed_at"))).put("valid", r.getBoolean("valid"))
          .put("note", r.getString("note")).put("recorded_at", instant(r.getOffsetDateTime("recorded_at")))
          .put("recorded_by", r.getString("recorded_by")));
      }
      return out;
    });
  }

  /**
   * Records a signature on a document the caller may see (404 otherwise; {@code exists}: the document's lock query),
   * as the clerical office: 201 with the document's signatures. We record what the signing or receiving system
   * reported; we do not verify the signature.
   */
  static void recordSignature(RoutingContext rc, Pool pool, String direction, String record, String lockSql,
                              java.util.function.BiPredicate<Principal, Row> sees) {
    long id = Requests.id(rc);
    Principal p = Principal.of(rc);
    String column = direction + "_id";
    AuditEvent audit = AuditedWrites.beginIf(rc, pool, clerk(p), record, id, 201, "Signatures are recorded by "
      + "the officers of the Ministry Office (unit " + OFFICE + ") and admins.");
    JsonObject in = Requests.body(rc);
    OffsetDateTime signedAt = dateTime(in.getString("signed_at"), "/signed_at");
    if (signedAt.isAfter(OffsetDateTime.now().plusMinutes(5))) {
      throw ApiProblem.invalidField("/signed_at", "is in the future");
    }
    Idempotency.transaction(rc, pool, c -> c.preparedQuery(lockSql).execute(Tuple.of(id)).compose(rows -> {
        if (rows.size() == 0 || !sees.test(p, rows.iterator().next())) {
          return Future.failedFuture(ApiProblem.notFound("No " + direction + " document " + id
            + " that you may see."));
        }
        return c.preparedQuery(INSERT_SIGNATURE.formatted(column)).execute(Tuple.from(new Object[] {id,
            in.getString("signer_kind"), in.getString("signer").strip(), in.getString("certificate_serial"),
            in.getString("certificate_issuer"), signedAt, in.getBoolean("valid"), in.getString("note"),
            p.subject()}))
          .compose(v -> outbox(c, direction, id, "update"))
          .compose(v -> AuditLog.append(c, audit))
          .compose(v -> signatures(c, column, id));
      }))
      .onFailure(e -> AuditedWrites.failed(pool, audit, e))
      .onSuccess(list -> rc.response().setStatusCode(201).putHeader("Content-Type", JSON)
        .putHeader("Cache-Control", "private, no-store").end(new JsonObject().put("document", id)
          .put("direction", direction).put("signatures", list).encode()))
      .onFailure(rc::fail);
  }

  static LocalDate date(String value, String pointer) {
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw ApiProblem.invalidField(pointer, "is not a date (YYYY-MM-DD)");
    }
  }

  static OffsetDateTime dateTime(String value, String pointer) {
    try {
      return OffsetDateTime.parse(value);
    } catch (java.time.format.DateTimeParseException | NullPointerException e) {
      throw ApiProblem.invalidField(pointer, "is not a date-time with an offset (RFC 3339)");
    }
  }

  static String instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant().toString();
  }

  static String day(LocalDate d) {
    return d == null ? null : d.toString();
  }

  static JsonObject codeLabel(String code, String vi, String en) {
    return new JsonObject().put("code", code).put("label", new JsonObject().put("vi", vi).put("en", en));
  }

  static JsonArray strings(String[] values) {
    return new JsonArray(values == null ? List.of() : List.of(values));
  }
}
