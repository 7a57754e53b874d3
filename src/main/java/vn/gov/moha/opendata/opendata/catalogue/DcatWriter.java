package vn.gov.moha.opendata.opendata.catalogue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import vn.gov.moha.opendata.opendata.DownloadFormat;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Distribution;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Entry;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Publisher;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Theme;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.Vocab;
import vn.gov.moha.opendata.platform.rdf.Vocab.Foaf;

/**
 * The catalogue as DCAT-AP 3 triples: the {@code dcat:Catalog} with its two {@code dcat:DataService}s (the API and
 * SPARQL), and each {@link Entry} as a {@code dcat:Dataset} with one {@code dcat:Distribution} per download format,
 * its publisher ({@code foaf:Agent}, the unit's concept in {@code /def/units/}) and contact point
 * ({@code vcard:Kind}).
 *
 * <p>Every node a DCAT-AP range names (licence, frequency, access right, location, language, media type, file type,
 * theme, theme scheme, standard, page) is typed with that class and themes carry their labels, so that a document
 * validates against the DCAT-AP shapes on its own, without the EU vocabularies loaded beside it. Builds Jena models:
 * call on the rdf worker pool.
 */
final class DcatWriter {
  static final String EU_THEMES_SCHEME = Catalogue.EU + "data-theme";
  private static final String SPARQL_PROTOCOL = "https://www.w3.org/TR/sparql11-protocol/";
  private static final String OPENAPI_3_1 = "https://spec.openapis.org/oas/v3.1.0";

  private final Uris uris;
  private final Publisher operator;

  /** @param operator the unit that runs the portal: the catalogue's and the data services' publisher */
  DcatWriter(Uris uris, Publisher operator) {
    this.uris = uris;
    this.operator = operator;
  }

  /** The catalogue with one page of its datasets in full, the services that serve them and the page's Hydra view. */
  Model catalogue(List<Entry> all, List<Entry> items, CataloguePage page, int total) {
    Model m = model();
    Resource catalog = m.createResource(uris.catalog()).addProperty(RDF.type, DCAT.Catalog);
    text(catalog, DCTerms.title, "Danh mục dữ liệu mở của Bộ Nội vụ",
      "Open data catalogue of the Ministry of Home Affairs of Viet Nam");
    text(catalog, DCTerms.description, "Các tập dữ liệu mở do các đơn vị thuộc Bộ Nội vụ công bố, mỗi tập có thể tải "
        + "về trọn bộ (CSV, JSON, NDJSON và, với dữ liệu liên kết, N-Triples, Turtle), đọc qua API và truy vấn bằng "
        + "SPARQL.",
      "The open datasets published by the units of the Ministry of Home Affairs, each downloadable whole (CSV, JSON, "
        + "NDJSON and, for linked data, N-Triples and Turtle), readable through the API and queryable with SPARQL.");
    catalog.addProperty(DCTerms.publisher, agent(m, operator))
      .addProperty(Foaf.HOMEPAGE, typed(m, uris.of("/"), Foaf.DOCUMENT))
      .addProperty(DCTerms.language, typed(m, Vocab.LANGUAGE_VIE, DCTerms.LinguisticSystem))
      .addProperty(DCTerms.language, typed(m, Vocab.LANGUAGE_ENG, DCTerms.LinguisticSystem))
      .addProperty(DCTerms.license, typed(m, Catalogue.EU + "licence/CC_BY_4_0", DCTerms.LicenseDocument))
      .addProperty(DCTerms.spatial, typed(m, Catalogue.EU + "country/VNM", DCTerms.Location))
      .addProperty(DCAT.themeTaxonomy, scheme(m, EU_THEMES_SCHEME, "Chủ đề dữ liệu của Liên minh châu Âu",
        "EU data themes"))
      .addProperty(DCAT.themeTaxonomy, scheme(m, uris.scheme(Uris.THEMES), "Chủ đề dữ liệu của Bộ Nội vụ",
        "Dataset themes of the Ministry of Home Affairs"));
    all.stream().map(Entry::modified).max(Comparator.naturalOrder())
      .ifPresent(t -> catalog.addLiteral(DCTerms.modified, dateTime(m, t)));
    all.stream().map(Entry::issued).min(Comparator.naturalOrder())
      .ifPresent(t -> catalog.addLiteral(DCTerms.issued, dateTime(m, t)));
    for (Resource service : services(m, items)) {
      catalog.addProperty(DCAT.service, service);
    }
    for (Entry e : items) {
      catalog.addProperty(DCAT.dataset, dataset(m, e));
    }
    page.describe(m, uris, total, items.stream().map(Entry::uri).toList());
    return m;
  }

  /** One dataset alone: itself, its distributions, its publisher and the services that serve it. */
  Model dataset(Entry e) {
    Model m = model();
    dataset(m, e);
    services(m, List.of(e));
    return m;
  }

  private Resource dataset(Model m, Entry e) {
    Resource d = m.createResource(e.uri()).addProperty(RDF.type, DCAT.Dataset)
      .addProperty(DCTerms.identifier, e.uri());
    text(d, DCTerms.title, e.titleVi(), e.titleEn());
    text(d, DCTerms.description, e.descriptionVi(), e.descriptionEn());
    d.addProperty(DCTerms.publisher, agent(m, e.publisher()))
      .addProperty(DCAT.contactPoint, contact(m, e.publisher(), e.contactUrl()))
      .addProperty(DCAT.landingPage, typed(m, uris.datasetPage(e.name()), Foaf.DOCUMENT))
      .addProperty(Foaf.PAGE, typed(m, uris.of("/docs"), Foaf.DOCUMENT))
      .addProperty(DCTerms.language, typed(m, Vocab.LANGUAGE_VIE, DCTerms.LinguisticSystem))
      .addProperty(DCTerms.accessRights, typed(m, Catalogue.EU + "access-right/" + e.accessRights(),
        DCTerms.RightsStatement))
      .addProperty(DCTerms.accrualPeriodicity, typed(m, Catalogue.EU + "frequency/" + e.accrualPeriodicity(),
        DCTerms.Frequency))
      .addLiteral(DCTerms.issued, dateTime(m, e.issued()))
      .addLiteral(DCTerms.modified, dateTime(m, e.modified()));
    e.spatial().forEach(c -> d.addProperty(DCTerms.spatial, typed(m, Catalogue.EU + "country/" + c, DCTerms.Location)));
    for (String code : e.euThemes()) {
      List<String> labels = Catalogue.EU_THEMES.getOrDefault(code, List.of(code, code));
      d.addProperty(DCAT.theme, concept(m, EU_THEMES_SCHEME + "/" + code, code, labels.get(0), labels.get(1),
        EU_THEMES_SCHEME));
    }
    for (Theme t : e.themes()) {
      d.addProperty(DCAT.theme, concept(m, t.uri(), t.code(), t.nameVi(), t.nameEn(), uris.scheme(Uris.THEMES)));
    }
    e.keywordsVi().forEach(k -> d.addProperty(DCAT.keyword, k, "vi"));
    e.keywordsEn().forEach(k -> d.addProperty(DCAT.keyword, k, "en"));
    if (e.temporalStart() != null) {
      Resource period = m.createResource().addProperty(RDF.type, DCTerms.PeriodOfTime)
        .addLiteral(DCAT.startDate, m.createTypedLiteral(e.temporalStart().toString(), XSDDatatype.XSDdate));
      if (e.temporalEnd() != null) {
        period.addLiteral(DCAT.endDate, m.createTypedLiteral(e.temporalEnd().toString(), XSDDatatype.XSDdate));
      }
      d.addProperty(DCTerms.temporal, period);
    }
    if (e.generated()) {
      Resource note = m.createResource().addProperty(RDF.type, DCTerms.ProvenanceStatement);
      text(note, RDFS.label, "Một phần dữ liệu là dữ liệu minh họa được sinh tự động: phần đó không mô tả tổ chức, cá "
        + "nhân hay quyết định nào có thật.", "Part of the data is generated demo data: that part describes no real "
        + "organisation, person or decision.");
      d.addProperty(DCTerms.provenance, note);
    }
    for (Distribution dist : e.distributions()) {
      d.addProperty(DCAT.distribution, distribution(m, e, dist));
    }
    return d;
  }

  private Resource distribution(Model m, Entry e, Distribution dist) {
    DownloadFormat f = dist.format();
    Resource r = m.createResource(dist.uri()).addProperty(RDF.type, DCAT.Distribution)
      .addProperty(DCAT.accessURL, m.createResource(dist.url()))
      .addProperty(DCAT.downloadURL, m.createResource(dist.url()))
      .addProperty(DCTerms.license, typed(m, e.licenceUri(), DCTerms.LicenseDocument))
      .addLiteral(DCTerms.issued, dateTime(m, e.issued()))
      // a file cannot change before it was issued: data last changed before the dataset's publication (generated
      // demo data, history loaded at once) was published as it stood on the day of issue
      .addLiteral(DCTerms.modified, dateTime(m, Catalogue.latest(e.issued(), e.dataModified())));
    text(r, DCTerms.title, e.titleVi() + " (" + f.label() + ")", e.titleEn() + " (" + f.label() + ")");
    text(r, DCTerms.description, "Toàn bộ tập dữ liệu, định dạng " + f.label() + " (" + f.mediaType() + ").",
      "The whole dataset as " + f.label() + " (" + f.mediaType() + ").");
    // only media types IANA registered have a URI there (NDJSON's application/x-ndjson has none)
    if (!f.mediaType().contains("/x-")) {
      r.addProperty(DCAT.mediaType, typed(m, Vocab.IANA_MEDIA_TYPES + f.mediaType(), DCTerms.MediaType));
    }
    if (f.euFileType() != null) {
      r.addProperty(DCTerms.format, typed(m, Catalogue.EU + "file-type/" + f.euFileType(),
        DCTerms.MediaTypeOrExtent));
    }
    if (f == DownloadFormat.CSV) {
      // the W3C CSVW metadata describing the CSV's columns is the schema it conforms to
      r.addProperty(DCTerms.conformsTo, typed(m, uris.download(e.name(), "csv-metadata.json"), DCTerms.Standard));
    }
    if (dist.bytes() != null) {
      r.addLiteral(DCAT.byteSize, m.createTypedLiteral(String.valueOf(dist.bytes()),
        XSDDatatype.XSDnonNegativeInteger));
    }
    return r;
  }

  /** The API (every dataset) and SPARQL (the linked datasets), each serving those of {@code served}. */
  private List<Resource> services(Model m, List<Entry> served) {
    Resource api = service(m, "api", "API dữ liệu mở Bộ Nội vụ", "Open data API of the Ministry of Home Affairs",
      "API JSON mô tả bằng OpenAPI 3.1: danh sách có lọc và phân trang, từng bản ghi, thống kê.",
      "A JSON API described with OpenAPI 3.1: filtered and paged lists, single records, statistics.", "/api/v1")
      .addProperty(DCAT.endpointDescription, m.createResource(uris.of("/openapi.json")))
      .addProperty(DCTerms.conformsTo, typed(m, OPENAPI_3_1, DCTerms.Standard))
      .addProperty(Foaf.PAGE, typed(m, uris.of("/docs"), Foaf.DOCUMENT));
    Resource sparql = service(m, "sparql", "Điểm truy vấn SPARQL dữ liệu liên kết Bộ Nội vụ",
      "SPARQL endpoint of the linked data of the Ministry of Home Affairs",
      "Truy vấn SPARQL 1.1 (chỉ đọc) trên mọi bản ghi dữ liệu liên kết và danh mục mã.",
      "Read-only SPARQL 1.1 queries over every linked-data record and code list.", "/sparql")
      .addProperty(DCTerms.conformsTo, typed(m, SPARQL_PROTOCOL, DCTerms.Standard))
      .addProperty(Foaf.PAGE, typed(m, uris.of("/sparql"), Foaf.DOCUMENT));
    for (Entry e : served) {
      api.addProperty(DCAT.servesDataset, m.createResource(e.uri()));
      if (e.distributions().stream().anyMatch(d -> d.format().rdf())) {
        sparql.addProperty(DCAT.servesDataset, m.createResource(e.uri()));
      }
    }
    return List.of(api, sparql);
  }

  private Resource service(Model m, String name, String titleVi, String titleEn, String descriptionVi,
                           String descriptionEn, String endpoint) {
    Resource s = m.createResource(uris.service(name)).addProperty(RDF.type, DCAT.DataService)
      .addProperty(DCAT.endpointURL, m.createResource(uris.of(endpoint)))
      .addProperty(DCTerms.publisher, agent(m, operator))
      .addProperty(DCAT.contactPoint, contact(m, operator, uris.of("/")))
      .addProperty(DCTerms.license, typed(m, Catalogue.EU + "licence/CC_BY_4_0", DCTerms.LicenseDocument))
      .addProperty(DCTerms.accessRights, typed(m, Catalogue.EU + "access-right/PUBLIC", DCTerms.RightsStatement));
    text(s, DCTerms.title, titleVi, titleEn);
    text(s, DCTerms.description, descriptionVi, descriptionEn);
    return s;
  }

  /** A unit of the ministry as DCAT-AP's agent: its concept URI, typed foaf:Agent and foaf:Organization, named. */
  private static Resource agent(Model m, Publisher p) {
    Resource a = m.createResource(p.uri()).addProperty(RDF.type, Foaf.AGENT).addProperty(RDF.type, Foaf.ORGANIZATION);
    text(a, Foaf.NAME, p.nameVi(), p.nameEn());
    return a;
  }

  private static Resource contact(Model m, Publisher p, String url) {
    Resource c = m.createResource().addProperty(RDF.type, VCARD4.Organization).addProperty(RDF.type, VCARD4.Kind)
      .addProperty(VCARD4.hasURL, m.createResource(url));
    text(c, VCARD4.fn, p.nameVi(), p.nameEn());
    return c;
  }

  private static Resource concept(Model m, String uri, String code, String vi, String en, String scheme) {
    Resource c = m.createResource(uri).addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.notation, code)
      .addProperty(SKOS.inScheme, m.createResource(scheme));
    text(c, SKOS.prefLabel, vi, en);
    return c;
  }

  private static Resource scheme(Model m, String uri, String vi, String en) {
    Resource s = m.createResource(uri).addProperty(RDF.type, SKOS.ConceptScheme);
    text(s, DCTerms.title, vi, en);
    text(s, SKOS.prefLabel, vi, en);
    return s;
  }

  private static Resource typed(Model m, String uri, Resource type) {
    return m.createResource(uri).addProperty(RDF.type, type);
  }

  /** The Vietnamese and the English text (either may be absent). */
  private static void text(Resource r, Property p, String vi, String en) {
    if (vi != null && !vi.isBlank()) {
      r.addProperty(p, vi, "vi");
    }
    if (en != null && !en.isBlank()) {
      r.addProperty(p, en, "en");
    }
  }

  /** An xsd:dateTime in UTC, always with seconds (OffsetDateTime.toString drops zero seconds: not a valid literal). */
  static Literal dateTime(Model m, OffsetDateTime t) {
    return m.createTypedLiteral(t.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
      XSDDatatype.XSDdateTime);
  }

  private static Model model() {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefixes(Vocab.PREFIXES);
    return m;
  }
}
