package vn.gov.moha.opendata.datasets.archive;

import static vn.gov.moha.opendata.opendata.Table.column;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import vn.gov.moha.opendata.opendata.ConceptScheme;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.opendata.Table;
import vn.gov.moha.opendata.platform.rdf.Triples;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.Vocab;
import vn.gov.moha.opendata.platform.rdf.Vocab.Moha;
import vn.gov.moha.opendata.platform.rdf.Vocab.Rico;

/**
 * The open archive catalogue in the Records in Contexts ontology (RiC-O 1.0): every fonds and every public file is a
 * {@code rico:RecordSet} (record set type Fonds or File) and a record of this dataset; a file is included in its fonds
 * ({@code rico:isOrWasIncludedIn}) and carries the Decree 30/2020 Appendix VI metadata; its public documents are
 * {@code rico:Record}s included in it ({@code <file>#document-n}: they are described with their file). The creating
 * agency is a {@code rico:CorporateBody} ({@code <fonds>#creator}). Read from {@code archive.open_record_set} and
 * {@code archive.open_document}: no restricted or secret file or document, no compiler's name (the SHACL shape
 * rdf/shapes/archive.ttl is closed and allows only "public" as the access level).
 */
public final class ArchiveRdf extends DatasetModule {
  public static final String NAME = "archive";
  static final String ACCESS_LEVELS = "archive-access-levels";
  static final String DOC_TYPES = "archive-document-types";
  /** The public documents of a file row as JSON, in order. */
  static final String DOCUMENTS = "(SELECT coalesce(json_agg(json_build_object('ordinal', x.ordinal, 'type', "
    + "x.type_code, 'type_vi', x.type_vi, 'type_en', x.type_en, 'number', x.number, 'notation', x.notation, "
    + "'issued_date', x.issued_date, 'issuer', x.issuer, 'subject', x.subject, 'language', x.language, 'pages', "
    + "x.page_amount, 'description', x.description) ORDER BY x.ordinal), '[]'::json) "
    + "FROM archive.open_document x WHERE x.file_id = r.id) AS documents";

  private static final String SELECT = "SELECT r.id, r.key, r.level, r.code, r.title, r.fonds_key, r.creator_name, "
    + "r.history, r.start_date, r.end_date, r.status, r.extent, r.retention_years, r.language, r.doc_total, "
    + "r.page_total, r.description, r.restricted_files, r.origin, r.modified_at, " + DOCUMENTS
    + " FROM archive.open_record_set r WHERE %s ORDER BY r.key";

  private static final Table TABLE = new Table("SELECT r.key, r.level, r.code, r.title, r.fonds_code, "
    + "r.creator_name, r.start_date, r.end_date, r.status, r.extent, "
    + "CASE WHEN r.level = 'file' THEN coalesce(r.retention_years::text, 'vĩnh viễn') END AS retention, "
    + "CASE WHEN r.level = 'file' THEN 'public' END AS access_level, r.language, r.doc_total, r.page_total, "
    + "r.public_files, r.restricted_files, r.description, r.origin "
    + "FROM archive.open_record_set r WHERE %s ORDER BY r.key", List.of(
      column("level", "Cấp (fonds = phông, file = hồ sơ)", "Level (fonds or file)"),
      column("code", "Mã phông / mã hồ sơ", "Fonds or file code"),
      column("title", "Tên phông / tiêu đề hồ sơ", "Title"),
      column("fonds_code", "Mã phông của hồ sơ", "Fonds of the file"),
      column("creator", "Cơ quan hình thành phông", "Creating agency"),
      column("start_date", "Thời gian bắt đầu", "Start date", Table.Type.DATE),
      column("end_date", "Thời gian kết thúc", "End date", Table.Type.DATE),
      column("status", "Trạng thái phông (open = mở, closed = đóng)", "Fonds status"),
      column("extent", "Khối lượng", "Extent"),
      column("retention", "Thời hạn bảo quản (năm hoặc vĩnh viễn)", "Retention (years or permanent)"),
      column("access_level", "Chế độ sử dụng", "Access level"),
      column("language", "Ngôn ngữ", "Language"),
      column("doc_total", "Tổng số văn bản", "Documents", Table.Type.INTEGER),
      column("page_total", "Tổng số trang", "Pages", Table.Type.INTEGER),
      column("public_files", "Số hồ sơ sử dụng rộng rãi", "Public files", Table.Type.INTEGER),
      column("restricted_files", "Số hồ sơ hạn chế sử dụng", "Restricted files", Table.Type.INTEGER),
      column("description", "Ghi chú", "Description"),
      column("origin", "Nguồn (generated = minh họa)", "Origin (generated = demo)")));

  public ArchiveRdf() {
    super(NAME, SELECT, "/id/" + Uris.ARCHIVE + "/", "/id/" + Uris.ARCHIVE + "/", "key", TABLE);
  }

  @Override
  public String apiListPath() {
    return ArchiveApi.FILES;
  }

  @Override
  public void describe(Row r, Uris uris, Triples out) {
    String s = uris.archive(r.getString("key"));
    boolean fonds = "fonds".equals(r.getString("level"));
    String creator = (fonds ? s : uris.archive(r.getString("fonds_key"))) + "#creator";
    out.type(s, Rico.RECORD_SET)
      .link(s, Rico.HAS_RECORD_SET_TYPE, fonds ? Rico.FONDS : Rico.FILE)
      .text(s, Rico.IDENTIFIER, r.getString("code"))
      .text(s, Rico.TITLE, r.getString("title"), "vi")
      .text(s, RDFS.label, r.getString("title"), "vi")
      .link(s, Rico.HAS_OR_HAD_CREATOR, creator)
      .date(s, Rico.BEGINNING_DATE, r.getLocalDate("start_date"))
      .date(s, Rico.END_DATE, r.getLocalDate("end_date"))
      .link(s, DCTerms.language, language(r.getString("language")))
      .text(s, Rico.SCOPE_AND_CONTENT, r.getString("description"), "vi");
    if (fonds) {
      out.type(creator, Rico.CORPORATE_BODY).text(creator, Rico.NAME, r.getString("creator_name"), "vi")
        .text(s, Rico.HISTORY, r.getString("history"), "vi")
        .text(s, Moha.FONDS_STATUS, r.getString("status"))
        .text(s, Rico.RECORD_RESOURCE_EXTENT, r.getString("extent"), "vi")
        .integer(s, Moha.RESTRICTED_FILES, r.getLong("restricted_files"));
    } else {
      Integer years = r.getInteger("retention_years");
      out.link(s, Rico.IS_OR_WAS_INCLUDED_IN, uris.archive(r.getString("fonds_key")))
        .link(s, Moha.ACCESS_LEVEL, uris.concept(ACCESS_LEVELS, "public"))
        .text(s, Rico.CONDITIONS_OF_ACCESS, "Sử dụng rộng rãi", "vi")
        .integer(s, Moha.RETENTION_YEARS, years)
        .bool(s, Moha.RETENTION_PERMANENT, years == null ? true : null)
        .integer(s, Moha.DOC_TOTAL, r.getInteger("doc_total"))
        .integer(s, Moha.PAGE_TOTAL, r.getInteger("page_total"))
        .text(s, Rico.RECORD_RESOURCE_EXTENT, r.getInteger("doc_total") + " văn bản, " + r.getInteger("page_total")
          + " trang", "vi");
      JsonArray docs = (JsonArray) r.getJson("documents");
      for (int i = 0; i < docs.size(); i++) {
        document(s, docs.getJsonObject(i), uris, out);
      }
    }
    if ("generated".equals(r.getString("origin"))) {
      out.bool(s, Moha.GENERATED, true);
    }
  }

  /** One public document of a file: a rico:Record included in it. */
  private static void document(String file, JsonObject d, Uris uris, Triples out) {
    String s = file + "#document-" + d.getInteger("ordinal");
    out.type(s, Rico.RECORD)
      .link(s, Rico.IS_OR_WAS_INCLUDED_IN, file)
      .integer(s, Moha.DOC_ORDINAL, d.getInteger("ordinal"))
      .link(s, Rico.HAS_DOCUMENTARY_FORM_TYPE, uris.concept(DOC_TYPES, d.getString("type")))
      .text(s, Rico.IDENTIFIER, numberAndNotation(d.getString("number"), d.getString("notation")))
      .text(s, Rico.TITLE, d.getString("subject"), "vi")
      .date(s, Rico.CREATION_DATE, LocalDate.parse(d.getString("issued_date")))
      .text(s, Moha.ISSUER_NAME, d.getString("issuer"))
      .link(s, DCTerms.language, language(d.getString("language")))
      .integer(s, Moha.PAGE_COUNT, d.getInteger("pages"))
      .text(s, Rico.SCOPE_AND_CONTENT, d.getString("description"), "vi");
  }

  /** A document's number and notation as written ({@code 12/QĐ-BNV}); null when it has neither. */
  static String numberAndNotation(String number, String notation) {
    if (number == null) {
      return notation;
    }
    return notation == null ? number : number + "/" + notation;
  }

  private static String language(String code) {
    return "en".equals(code) ? Vocab.LANGUAGE_ENG : Vocab.LANGUAGE_VIE;
  }

  @Override
  public List<ConceptScheme> schemes() {
    return List.of(
      new ConceptScheme(ACCESS_LEVELS, "Chế độ sử dụng hồ sơ, tài liệu lưu trữ", "Access levels of archival records",
        null, "SELECT code, name_vi AS vi, name_en AS en FROM archive.access_level ORDER BY sort"),
      new ConceptScheme(DOC_TYPES, "Loại văn bản hành chính (Nghị định 30/2020/NĐ-CP)",
        "Types of administrative documents (Decree 30/2020/NĐ-CP)", null,
        "SELECT code, name_vi AS vi, name_en AS en FROM archive.doc_type ORDER BY sort"));
  }

  @Override
  public String lastChangeSql() {
    return "SELECT greatest((SELECT max(modified_at) FROM archive.file), (SELECT max(modified_at) FROM archive.fonds))";
  }

  @Override
  public String coverageSql() {
    return "SELECT min(start_date) AS first, max(end_date) AS last FROM archive.open_file";
  }

  @Override
  public String yearCountsSql() {
    return "SELECT catalog_year AS year, count(*) AS n FROM archive.open_file GROUP BY 1 ORDER BY 1";
  }

  @Override
  public String recordClass() {
    return Vocab.Rico.RECORD_SET.getURI();
  }
}
