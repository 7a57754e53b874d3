package vn.gov.moha.opendata.datasets.voffice;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import vn.gov.moha.opendata.platform.workflow.UnitList;
import vn.gov.moha.opendata.platform.workflow.VersionTag;

/**
 * Outgoing documents (văn bản đi): issued by the clerical office, which takes the next registration number of the
 * document's type and year from the database (voffice.next_number, in the issuing transaction: concurrent issues get
 * consecutive numbers, a failed one gives its number back) and the notation Decree 30 writes ({@code 1250/QĐ-BNV});
 * the officers' unit-scoped list and search; one document with its signatures; and its link to the legal-documents
 * dataset once it is published there.
 */
final class OutgoingApi {
  static final String PATH = VOfficeApi.PATH + "/outgoing";
  static final String RECORD = "voffice-outgoing";
  private static final String SUMMARY = "SELECT o.id, o.type_code, t.name_vi AS type_vi, t.name_en AS type_en, "
    + "o.issued_year, o.number, o.notation, o.drafting_unit, o.issued_date, o.issued_at, o.subject, "
    + "o.signer_position, o.signer_name, o.recipients, o.issued_amount, o.page_amount, o.urgency, o.secrecy, "
    + "o.due_date, o.via_axis, o.legal_document_id, d.number AS legal_number, d.eli_path, o.origin, o.version, "
    + "o.modified_at FROM voffice.outgoing o JOIN voffice.doc_type t ON t.code = o.type_code "
    + "LEFT JOIN legaldocs.document d ON d.id = o.legal_document_id";
  private static final String INSERT = "INSERT INTO voffice.outgoing (type_code, drafting_unit, issued_date, subject, "
    + "signer_position, signer_name, recipients, issued_amount, page_amount, urgency, secrecy, due_date, via_axis) "
    + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id";
  private static final String LOCK = "SELECT id, drafting_unit, version FROM voffice.outgoing WHERE id = $1 FOR UPDATE";
  private static final String LEGAL = "SELECT id FROM legaldocs.document WHERE id = $1";
  private static final String LINK = "UPDATE voffice.outgoing SET legal_document_id = $2, version = version + 1, "
    + "modified_at = now() WHERE id = $1";
  private static final VersionTag TAG = new VersionTag("o", "document");

  private final Pool pool;
  private final String base;
  private final UnitList list;
  private final LockedWrite writes;

  OutgoingApi(Pool pool, String baseUri) {
    this.pool = pool;
    this.base = baseUri;
    this.list = new UnitList(pool, baseUri, PATH, RECORD, SUMMARY, "o.id", 20, this::summary)
      .scope(VOfficeApi::office, "o.drafting_unit", "Outgoing documents are read by the officers of the unit that "
        + "drafted them, by officers and reviewers of the Ministry Office (unit " + VOfficeApi.OFFICE + ") and by "
        + "admins.")
      .keep("q", "type", "year", "unit", "secrecy");
    this.writes = new LockedWrite(pool, RECORD, new LockedWrite.Lock(LOCK, "drafting_unit", OutgoingApi::sees,
      OutgoingApi::notFound), TAG, (id, p) -> full(pool, id));
  }

  Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listVofficeOutgoing", this::list);
    m.put("issueVofficeOutgoing", this::issue);
    m.put("getVofficeOutgoing", rc -> writes.read(rc, Requests.id(rc)));
    m.put("linkVofficeOutgoingLegalDocument", this::link);
    m.put("recordVofficeOutgoingSignature", rc -> VOfficeApi.recordSignature(rc, pool, "outgoing", RECORD, LOCK,
      (p, row) -> sees(p, row.getString("drafting_unit"))));
    return m;
  }

  static boolean sees(Principal p, String draftingUnit) {
    return VOfficeApi.PARTIES.sees(p, draftingUnit);
  }

  private void list(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    list.send(rc, VOfficeApi.search(list.where(rc), "o.subject_fold", Requests.str(q, "q"))
      .eq("o.type_code", Requests.str(q, "type")).eq("o.issued_year", Requests.integer(q, "year"))
      .eq("o.drafting_unit", Requests.str(q, "unit")).eq("o.secrecy", Requests.str(q, "secrecy")));
  }

  private void issue(RoutingContext rc) {
    Principal p = Principal.of(rc);
    AuditEvent audit = AuditedWrites.beginIf(rc, pool, VOfficeApi.clerk(p), RECORD, null, 201, "Outgoing documents "
      + "are numbered and issued by the officers of the Ministry Office (unit " + VOfficeApi.OFFICE + ") and admins.");
    JsonObject in = Requests.body(rc);
    LocalDate today = VOfficeApi.today();
    LocalDate due = VOfficeApi.date(in.getString("due_date"), "/due_date");
    if (due != null && due.isBefore(today)) {
      throw ApiProblem.invalidField("/due_date", "is before the issue date " + today);
    }
    JsonObject signer = in.getJsonObject("signer");
    String[] recipients = in.getJsonArray("recipients").stream().map(r -> String.valueOf(r).strip())
      .toArray(String[]::new);
    Idempotency.transaction(rc, pool, c ->
        c.preparedQuery(INSERT).execute(Tuple.from(new Object[] {in.getString("type"),
        in.getString("drafting_unit"), today, in.getString("subject").strip(), signer.getString("position").strip(),
        signer.getString("name").strip(), recipients, in.getInteger("issued_amount"), in.getInteger("page_amount"),
        in.getString("urgency", "normal"), in.getString("secrecy", "none"), due, in.getBoolean("via_axis")}))
      .compose(rows -> {
        long id = rows.iterator().next().getLong("id");
        return VOfficeStats.refresh(c, VOfficeStats.month(today), "outgoing")
          .compose(v -> VOfficeApi.outbox(c, "outgoing", id, "create"))
          .compose(v -> AuditLog.append(c, audit.withRecord(RECORD, String.valueOf(id))))
          .compose(v -> full(c, id));
      }))
      .onFailure(e -> AuditedWrites.failed(pool, audit, e))
      .onSuccess(o -> writes.created(rc, o))
      .onFailure(rc::fail);
  }

  /**
   * Links the document to (or, with null, unlinks it from) the legal-documents record it is published as: the
   * clerical office's write (403 before anything else), If-Match required.
   */
  private void link(RoutingContext rc) {
    long id = Requests.id(rc);
    AuditedWrites.beginIf(rc, pool, VOfficeApi.clerk(Principal.of(rc)), RECORD, id, 200, "The publication of an "
      + "outgoing document is recorded by the officers of the Ministry Office (unit " + VOfficeApi.OFFICE
      + ") and admins.");
    Long legal = Requests.body(rc).getLong("legal_document_id");
    writes.write(rc, id, IfMatch.REQUIRED, (c, row) -> {
      Future<Void> exists = legal == null ? Future.succeededFuture()
        : c.preparedQuery(LEGAL).execute(Tuple.of(legal)).compose(d -> d.size() == 0
          ? Future.failedFuture(ApiProblem.invalidField("/legal_document_id", "is not a document of the legal-"
            + "documents dataset"))
          : Future.succeededFuture());
      return exists.compose(v -> c.preparedQuery(LINK).execute(Tuple.of(id, legal)))
        .compose(v -> VOfficeApi.outbox(c, "outgoing", id, "update"));
    });
  }

  private Future<JsonObject> full(SqlClient c, long id) {
    return c.preparedQuery(SUMMARY + " WHERE o.id = $1").execute(Tuple.of(id)).compose(one -> {
      JsonObject o = summary(one.iterator().next());
      return VOfficeApi.signatures(c, "outgoing_id", id).map(sigs -> o.put("signatures", sigs));
    });
  }

  private JsonObject summary(Row r) {
    long id = r.getLong("id");
    Long legal = r.getLong("legal_document_id");
    return new JsonObject()
      .put("id", id)
      .put("type", VOfficeApi.codeLabel(r.getString("type_code"), r.getString("type_vi"), r.getString("type_en")))
      .put("issued_year", r.getInteger("issued_year"))
      .put("number", r.getInteger("number"))
      .put("notation", r.getString("notation"))
      .put("drafting_unit", r.getString("drafting_unit"))
      .put("issued_date", VOfficeApi.day(r.getLocalDate("issued_date")))
      .put("issued_at", VOfficeApi.instant(r.getOffsetDateTime("issued_at")))
      .put("subject", r.getString("subject"))
      .put("signer", new JsonObject().put("position", r.getString("signer_position"))
        .put("name", r.getString("signer_name")))
      .put("recipients", VOfficeApi.strings(r.getArrayOfStrings("recipients")))
      .put("issued_amount", r.getInteger("issued_amount"))
      .put("page_amount", r.getInteger("page_amount"))
      .put("urgency", r.getString("urgency"))
      .put("secrecy", r.getString("secrecy"))
      .put("due_date", VOfficeApi.day(r.getLocalDate("due_date")))
      .put("via_axis", r.getBoolean("via_axis"))
      .put("legal_document", legal == null ? null : new JsonObject().put("id", legal)
        .put("number", r.getString("legal_number"))
        .put("uri", r.getString("eli_path") == null ? null : base + r.getString("eli_path"))
        .put("self", base + "/api/v1/legal-documents/" + legal))
      .put("generated", "generated".equals(r.getString("origin")))
      .put("version", r.getInteger("version"))
      .put("modified_at", VOfficeApi.instant(r.getOffsetDateTime("modified_at")))
      .put("links", new JsonObject().put("self", base + PATH + "/" + id)
        .put("signatures", base + PATH + "/" + id + "/signatures")
        .put("legal_document", base + PATH + "/" + id + "/legal-document"));
  }

  private static ApiProblem notFound(long id) {
    return ApiProblem.notFound("No outgoing document with id " + id + " that you may see.");
  }
}
