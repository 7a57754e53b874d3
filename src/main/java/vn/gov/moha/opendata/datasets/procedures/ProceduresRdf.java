package vn.gov.moha.opendata.datasets.procedures;

import static vn.gov.moha.opendata.opendata.Table.column;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.util.List;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import vn.gov.moha.opendata.opendata.ConceptScheme;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.opendata.Table;
import vn.gov.moha.opendata.platform.rdf.Triples;
import vn.gov.moha.opendata.platform.rdf.Vocab;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.Vocab.Cpsv;
import vn.gov.moha.opendata.platform.rdf.Vocab.Moha;

/**
 * The procedure catalogue as CPSV-AP: one {@code cpsv:PublicService} per procedure (code, name, field as
 * {@code cv:thematicArea}, the ministry's unit as {@code cv:hasCompetentAuthority}, the required documents as
 * {@code cv:Evidence} inputs, the fee as a {@code cv:Cost} in VND, the result as a {@code cv:Output}, the legal basis
 * as cited and, when the document is published here, its ELI URI as {@code cv:hasLegalResource}), with our terms for
 * the time limit in working days, the online level and the sync with the national portal. Dossiers are never here: the
 * view {@code procedures.open_procedure} has no column of them. The thing URI is {@code /id/procedure/1-001001}: the
 * code with '-' for '.', as a dot would read as a file suffix.
 */
public final class ProceduresRdf extends DatasetModule {
  public static final String NAME = "procedures";
  static final String FIELDS = "procedure-fields";
  static final String LEVELS = "procedure-levels";
  private static final String VND = "http://publications.europa.eu/resource/authority/currency/VND";
  /** The legal basis of a procedure as JSON: number, title and the linked document's ELI path (or null). */
  static final String LEGAL_BASIS = "(SELECT coalesce(json_agg(json_build_object('number', b.number, 'title', "
    + "b.title, 'eli_path', d.eli_path, 'document_id', b.document_id) ORDER BY b.ord), '[]'::json) "
    + "FROM procedures.open_legal_basis b LEFT JOIN legaldocs.document d ON d.id = b.document_id "
    + "WHERE b.procedure_code = r.code) AS legal_basis";

  private static final String SELECT = "SELECT r.code, r.key, r.name, r.field_code, r.level_code, r.unit, "
    + "r.implementing_body, r.time_limit_days, r.fee_vnd, r.fee_note, r.documents, r.result, r.online_level, "
    + "r.national_sync, r.origin, r.modified_at, " + LEGAL_BASIS + " FROM procedures.open_procedure r "
    + "WHERE %s ORDER BY r.key";

  private static final Table TABLE = new Table("SELECT r.code, r.name, r.field_code, r.field_vi AS field, "
    + "r.level_code, r.unit, r.unit_vi AS unit_name, r.implementing_body, r.time_limit_days, r.fee_vnd, r.fee_note, "
    + "r.documents, r.result, "
    + "(SELECT array_agg(b.number || ' ' || b.title ORDER BY b.ord) FROM procedures.legal_basis b "
    + "WHERE b.procedure_code = r.code) AS legal_basis, r.online_level, r.national_sync, r.origin, r.key "
    + "FROM procedures.open_procedure r WHERE %s ORDER BY r.code", List.of(
      column("code", "Mã thủ tục", "Procedure code"), column("name", "Tên thủ tục", "Name"),
      column("field_code", "Mã lĩnh vực", "Field code"), column("field", "Lĩnh vực", "Field"),
      column("level_code", "Cấp thực hiện", "Level"), column("unit", "Mã đơn vị chủ trì", "Unit code"),
      column("unit_name", "Đơn vị chủ trì", "Unit"),
      column("implementing_body", "Cơ quan thực hiện", "Implementing body"),
      column("time_limit_days", "Thời hạn giải quyết (ngày làm việc)", "Time limit (working days)",
        Table.Type.INTEGER),
      column("fee_vnd", "Phí, lệ phí (đồng)", "Fee (VND)", Table.Type.INTEGER),
      column("fee_note", "Ghi chú phí", "Fee note"),
      column("documents", "Thành phần hồ sơ", "Required documents", Table.Type.ARRAY),
      column("result", "Kết quả", "Result"),
      column("legal_basis", "Căn cứ pháp lý", "Legal basis", Table.Type.ARRAY),
      column("online_level", "Mức độ trực tuyến (full = toàn trình)", "Online level (full or partial)"),
      column("national_sync", "Đồng bộ Cổng DVC quốc gia", "Synced with the national portal", Table.Type.BOOLEAN),
      column("origin", "Nguồn (generated = minh họa)", "Origin (generated = demo)")));

  public ProceduresRdf() {
    super(NAME, SELECT, "/id/" + Uris.PROCEDURE + "/", "/id/" + Uris.PROCEDURE + "/", "key", TABLE);
  }

  @Override
  public void describe(Row r, Uris uris, Triples out) {
    String s = uris.procedure(r.getString("key"));
    out.type(s, Cpsv.PUBLIC_SERVICE)
      .text(s, DCTerms.identifier, r.getString("code"))
      .text(s, DCTerms.title, r.getString("name"), "vi")
      .text(s, RDFS.label, r.getString("name"), "vi")
      .link(s, Cpsv.THEMATIC_AREA, uris.concept(FIELDS, r.getString("field_code")))
      .link(s, Moha.PROCEDURE_LEVEL, uris.concept(LEVELS, r.getString("level_code")))
      .link(s, Cpsv.HAS_COMPETENT_AUTHORITY, uris.concept(Uris.UNITS, r.getString("unit")))
      .integer(s, Moha.TIME_LIMIT_WORKING_DAYS, r.getInteger("time_limit_days"))
      .text(s, Moha.ONLINE_LEVEL, r.getString("online_level"))
      .bool(s, Moha.NATIONAL_PORTAL_SYNC, r.getBoolean("national_sync"));
    String[] documents = r.getArrayOfStrings("documents");
    for (int i = 0; i < documents.length; i++) {
      String input = s + "#input-" + (i + 1);
      out.link(s, Cpsv.HAS_INPUT, input).type(input, Cpsv.EVIDENCE).text(input, DCTerms.title, documents[i], "vi");
    }
    String output = s + "#output";
    out.link(s, Cpsv.PRODUCES, output).type(output, Cpsv.OUTPUT).text(output, DCTerms.title, r.getString("result"),
      "vi");
    if (r.getInteger("fee_vnd") != null) {
      String cost = s + "#cost";
      out.link(s, Cpsv.HAS_COST, cost).type(cost, Cpsv.COST)
        .decimal(cost, Cpsv.VALUE, BigDecimal.valueOf(r.getInteger("fee_vnd")))
        .link(cost, Cpsv.CURRENCY, VND)
        .text(cost, DCTerms.description, r.getString("fee_note"), "vi");
    }
    JsonArray basis = (JsonArray) r.getJson("legal_basis");
    for (int i = 0; i < basis.size(); i++) {
      JsonObject b = basis.getJsonObject(i);
      out.text(s, Moha.LEGAL_BASIS_CITATION, b.getString("number") + " " + b.getString("title"));
      if (b.getString("eli_path") != null) {
        out.link(s, Cpsv.HAS_LEGAL_RESOURCE, uris.eli(b.getString("eli_path")));
      }
    }
    if ("generated".equals(r.getString("origin"))) {
      out.bool(s, Moha.GENERATED, true);
    }
  }

  @Override
  public List<ConceptScheme> schemes() {
    return List.of(
      new ConceptScheme(FIELDS, "Lĩnh vực thủ tục hành chính", "Fields of administrative procedures", null,
        "SELECT code, name_vi AS vi, name_en AS en FROM procedures.field ORDER BY sort"),
      new ConceptScheme(LEVELS, "Cấp thực hiện thủ tục hành chính", "Levels of administrative procedures", null,
        "SELECT code, name_vi AS vi, name_en AS en FROM procedures.level ORDER BY sort"));
  }

  @Override
  public String lastChangeSql() {
    return "SELECT max(modified_at) FROM procedures.procedure";
  }

  @Override
  public String coverageSql() {
    return "SELECT min(modified_at)::date AS first, max(modified_at)::date AS last FROM procedures.procedure";
  }

  @Override
  public String recordClass() {
    return Vocab.Cpsv.PUBLIC_SERVICE.getURI();
  }
}
