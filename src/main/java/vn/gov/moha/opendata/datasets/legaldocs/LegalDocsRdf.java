package vn.gov.moha.opendata.datasets.legaldocs;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.List;
import org.apache.jena.vocabulary.RDFS;
import vn.gov.moha.opendata.opendata.ConceptScheme;
import vn.gov.moha.opendata.opendata.DatasetModule;
import static vn.gov.moha.opendata.opendata.Table.column;
import static vn.gov.moha.opendata.opendata.Table.filter;
import vn.gov.moha.opendata.opendata.Table;
import vn.gov.moha.opendata.opendata.Table.Type;
import vn.gov.moha.opendata.platform.rdf.Triples;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.Vocab;
import vn.gov.moha.opendata.platform.rdf.Vocab.Eli;
import vn.gov.moha.opendata.platform.rdf.Vocab.Moha;

/**
 * Legal documents as ELI (shared/reference/domain-notes.md §1.1): the document is an {@code eli:LegalResource} at its
 * ELI URI, its Vietnamese text an {@code eli:LegalExpression} at {@code …/vie}, each attached file an
 * {@code eli:Format} at {@code …/vie/{n}}. Relations use the ELI property of their type (amends, repeals, based_on,
 * cites, related_to, changes) or ours where ELI has none (moha:details, moha:suspends); {@code eli:implements} is
 * deprecated and never used.
 */
public final class LegalDocsRdf extends DatasetModule {
  public static final String NAME = "legal-documents";
  static final String TYPES = "legal-document-types";
  static final String ISSUERS = "issuers";
  static final String FIELDS = "fields";
  static final String STATUSES = "validity-statuses";

  private static final String SELECT = "SELECT r.id, r.eli_path, r.number, r.type_code, r.issuer_code, r.title, "
    + "r.issued_date, r.effective_date, r.expiry_date, r.status_code, s.eli_in_force, r.fields, r.summary, r.origin, "
    + "r.modified_at, "
    + "(SELECT coalesce(json_agg(json_build_object('ord', a.ord, 'name', a.name, 'media_type', a.media_type)"
    + " ORDER BY a.ord), '[]'::json) FROM legaldocs.open_attachment a WHERE a.document_id = r.id) AS attachments, "
    + "(SELECT coalesce(json_agg(json_build_object('property', rt.eli_property, 'target', t.eli_path) "
    + "ORDER BY rt.sort, t.eli_path), '[]'::json) FROM legaldocs.relation x "
    + "JOIN legaldocs.relation_type rt ON rt.code = x.type_code JOIN legaldocs.document t ON t.id = x.target_id "
    + "WHERE x.source_id = r.id) AS relations "
    + "FROM legaldocs.open_document r JOIN legaldocs.validity_status s ON s.code = r.status_code "
    + "WHERE %s ORDER BY r.eli_path";

  public LegalDocsRdf() {
    super(NAME, SELECT, "/eli/vn/", "", "eli_path", TABLE);
  }

  @Override
  public void describe(Row r, Uris uris, Triples out) {
    String doc = uris.eli(r.getString("eli_path"));
    String expression = doc + "/vie";
    out.type(doc, Eli.LEGAL_RESOURCE)
      .text(doc, Eli.ID_LOCAL, r.getString("number"))
      .link(doc, Eli.TYPE_DOCUMENT, uris.concept(TYPES, r.getString("type_code")))
      .link(doc, Eli.PASSED_BY, uris.concept(ISSUERS, r.getString("issuer_code")))
      .date(doc, Eli.DATE_DOCUMENT, r.getLocalDate("issued_date"))
      .date(doc, Eli.FIRST_DATE_ENTRY_IN_FORCE, r.getLocalDate("effective_date"))
      .date(doc, Eli.DATE_NO_LONGER_IN_FORCE, r.getLocalDate("expiry_date"))
      .link(doc, Moha.VALIDITY_STATUS, uris.concept(STATUSES, r.getString("status_code")))
      .text(doc, RDFS.label, r.getString("number") + " — " + r.getString("title"), "vi");
    String inForce = r.getString("eli_in_force");
    if (inForce != null) {
      out.link(doc, Eli.IN_FORCE, Eli.inForce(inForce));
    }
    for (String field : r.getArrayOfStrings("fields")) {
      out.link(doc, Eli.IS_ABOUT, uris.concept(FIELDS, field));
    }
    for (Object o : (JsonArray) r.getJson("relations")) {
      JsonObject rel = (JsonObject) o;
      String property = rel.getString("property");
      if (property != null) {
        String[] pn = property.split(":", 2);
        out.link(doc, pn[0].equals("eli") ? Eli.property(pn[1]) : Moha.property(pn[1]),
          uris.eli(rel.getString("target")));
      }
    }
    if ("generated".equals(r.getString("origin"))) {
      out.bool(doc, Moha.GENERATED, true);
    }
    out.link(doc, Eli.IS_REALIZED_BY, expression)
      .type(expression, Eli.LEGAL_EXPRESSION)
      .link(expression, Eli.REALIZES, doc)
      .text(expression, Eli.TITLE, r.getString("title"), "vi")
      .text(expression, Eli.DESCRIPTION, r.getString("summary"), "vi")
      .link(expression, Eli.LANGUAGE, Vocab.LANGUAGE_VIE);
    for (Object o : (JsonArray) r.getJson("attachments")) {
      JsonObject a = (JsonObject) o;
      String file = expression + "/" + (a.getInteger("ord") + 1); // files count from 1 in URIs, from 0 in the table
      out.link(expression, Eli.IS_EMBODIED_BY, file)
        .type(file, Eli.FORMAT)
        .link(file, Eli.EMBODIES, expression)
        .link(file, Eli.FORMAT_PROPERTY, "http://www.iana.org/assignments/media-types/" + a.getString("media_type"))
        .text(file, RDFS.label, a.getString("name"));
    }
  }

  private static final Table TABLE = new Table("SELECT r.eli_path, r.number, r.type_vi, r.issuer_vi, r.title, "
    + "r.issued_date, r.effective_date, r.expiry_date, r.status_vi, r.fields, r.origin FROM legaldocs.open_document r "
    + "WHERE %s ORDER BY r.eli_path", List.of(
      column("eli_path", "Đường dẫn ELI", "ELI path"), column("number", "Số, ký hiệu", "Number"),
      column("type", "Loại văn bản", "Document type"), column("issuer", "Cơ quan ban hành", "Issuer"),
      column("title", "Trích yếu", "Title"), column("issued_date", "Ngày ban hành", "Issued", Type.DATE),
      column("effective_date", "Ngày có hiệu lực", "In force from", Type.DATE),
      column("expiry_date", "Ngày hết hiệu lực", "In force until", Type.DATE),
      column("status", "Tình trạng hiệu lực", "Status"),
      column("fields", "Lĩnh vực", "Fields", Type.ARRAY),
      column("origin", "Nguồn (generated = minh họa)", "Origin (generated = demo)")), List.of(
        filter("type", "r.type_code = ?", "Document type code, e.g. NGHI_DINH"),
        filter("issuer", "r.issuer_code = ?", "Issuer code, e.g. CP"),
        filter("status", "r.status_code = ?", "Validity status code, e.g. in_force")));

  @Override
  public List<ConceptScheme> schemes() {
    return List.of(
      new ConceptScheme(TYPES, "Loại văn bản", "Document types", Eli.RESOURCE_TYPE,
        "SELECT code, name_vi AS vi, name_en AS en, notation, eli_type, note FROM legaldocs.doc_type ORDER BY sort"),
      new ConceptScheme(ISSUERS, "Cơ quan ban hành", "Issuing bodies", Eli.AGENT,
        "SELECT code, name_vi AS vi, name_en AS en, notation, NULL AS note FROM legaldocs.issuer ORDER BY sort, code"),
      new ConceptScheme(FIELDS, "Lĩnh vực văn bản", "Fields of legal documents", null,
        "SELECT code, name_vi AS vi, name_en AS en FROM legaldocs.field ORDER BY sort"),
      new ConceptScheme(STATUSES, "Tình trạng hiệu lực", "Validity statuses", null,
        "SELECT code, name_vi AS vi, name_en AS en, note FROM legaldocs.validity_status ORDER BY sort"),
      new ConceptScheme("relation-types", "Quan hệ giữa các văn bản", "Relations between documents", null,
        "SELECT code, name_vi AS vi, name_en AS en, 'RDF property: ' || eli_property AS note "
          + "FROM legaldocs.relation_type ORDER BY sort"));
  }

  @Override
  public String lastChangeSql() {
    return "SELECT max(modified_at) FROM legaldocs.document";
  }

  @Override
  public String coverageSql() {
    return "SELECT min(issued_date) AS first, max(issued_date) AS last FROM legaldocs.document";
  }

  @Override
  public String yearCountsSql() {
    return "SELECT extract(year FROM issued_date)::int AS year, count(*) AS n FROM legaldocs.open_document "
      + "WHERE issued_date IS NOT NULL GROUP BY 1 ORDER BY 1";
  }

  @Override
  public String recordClass() {
    return Vocab.Eli.LEGAL_RESOURCE.getURI();
  }
}
