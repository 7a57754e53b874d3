package vn.gov.moha.opendata.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.platform.rdf.Vocab.Foaf;
import vn.gov.moha.opendata.platform.rdf.Vocab.Hydra;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.RdfAssertions;
import vn.gov.moha.opendata.support.TestServer;

/**
 * The DCAT-AP 3 catalogue as a harvester sees it: every syntax by Accept, suffix and format, parsed back by Jena to
 * the same graph, conforming to rdf/shapes (and to the official DCAT-AP 3.0.1 shapes where they are present); the
 * Hydra paging walked to its end; filters, errors, 303s and conditional requests.
 */
class DcatIT {
  private static final Map<String, Lang> SYNTAXES = Map.of("ttl", Lang.TURTLE, "jsonld", Lang.JSONLD,
    "rdf", Lang.RDFXML, "nt", Lang.NTRIPLES);
  private static final Map<String, String> MEDIA = Map.of("ttl", "text/turtle", "jsonld", "application/ld+json",
    "rdf", "application/rdf+xml", "nt", "application/n-triples");
  private static final List<String> DATASETS = TestServer.catalogued();
  private static final String EU = "http://publications.europa.eu/resource/authority/";
  /** Where CI keeps the official shapes, relative to the project root (-Ddcatap.shapes=DIR points elsewhere). */
  private static final Path OFFICIAL = Path.of(System.getProperty("dcatap.shapes",
    Path.of("..", "shared", "standards", "dcat-ap", "3.0.1").toString()));
  private final Http http = TestServer.http();
  private final String base = TestServer.base();

  private Model get(String path, String... headers) {
    Http.Res res = http.get(path, headers);
    assertEquals(200, res.status(), path + ": " + res.body());
    String s = Stream.of("ttl", "jsonld", "rdf", "nt").filter(x -> res.contentType().startsWith(MEDIA.get(x)))
      .findFirst().orElseThrow(() -> new AssertionError(path + ": " + res.contentType()));
    return RdfAssertions.parse(res.body(), SYNTAXES.get(s), base);
  }

  /** The graph without its paging view: suffix and format requests keep their syntax in the page links. */
  private static Model withoutView(Model m) {
    Model copy = ModelFactory.createDefaultModel().add(m);
    for (Resource view : m.listSubjectsWithProperty(RDF.type, Hydra.PARTIAL_COLLECTION_VIEW).toList()) {
      copy.removeAll(view, null, null);
    }
    copy.removeAll(null, Hydra.VIEW, null);
    return copy;
  }

  private static Resource view(Model m) {
    List<Resource> views = m.listSubjectsWithProperty(RDF.type, Hydra.PARTIAL_COLLECTION_VIEW).toList();
    assertEquals(1, views.size(), "one view per page");
    return views.get(0);
  }

  private static String link(Resource view, Property p) {
    Statement s = view.getProperty(p);
    return s == null ? null : s.getResource().getURI();
  }

  @Test
  void everySyntaxIsTheSameGraphAndConformsToOurShapes() {
    Model reference = null;
    for (String s : List.of("ttl", "jsonld", "rdf", "nt")) {
      Http.Res res = http.get("/catalog", "Accept", MEDIA.get(s) + ", text/html;q=0.5");
      assertEquals(200, res.status(), res.body());
      assertTrue(res.contentType().startsWith(MEDIA.get(s)), res.contentType());
      assertEquals("Accept", res.header("Vary").orElse(""));
      assertTrue(res.header("Link").orElse("").contains("<" + base + "/catalog.jsonld?page=1>; rel=\"alternate\""),
        res.header("Link").orElse(""));
      Model m = RdfAssertions.parse(res.body(), SYNTAXES.get(s), base);
      RdfAssertions.conforms(m);
      if (reference == null) {
        reference = m;
      } else {
        RdfAssertions.sameGraph(reference, m, "/catalog " + s + " vs ttl");
      }
      // by suffix and by format: the same graph but for the view, whose links keep the syntax asked for
      Model bySuffix = get("/catalog." + s);
      assertEquals(base + "/catalog." + s + "?page=1", view(bySuffix).getURI());
      RdfAssertions.sameGraph(withoutView(reference), withoutView(bySuffix), "/catalog." + s);
      Model byFormat = get("/catalog?format=" + s);
      assertEquals(base + "/catalog?page=1&format=" + s, view(byFormat).getURI());
      RdfAssertions.sameGraph(withoutView(reference), withoutView(byFormat), "/catalog?format=" + s);
    }
    assertEquals(base + "/catalog?page=1", view(reference).getURI());
    assertEquals(reference.size(), get("/catalog").size(), "no Accept: Turtle");
    assertTrue(http.get("/catalog", "Accept", "*/*").contentType().startsWith("text/turtle"));
    assertTrue(http.get("/catalog", "Accept", "text/turtle;q=0.4, application/rdf+xml;q=0.9").contentType()
      .startsWith("application/rdf+xml"), "q-values decide");
    theCatalogueDescribesItsDatasets(reference);
  }

  private void theCatalogueDescribesItsDatasets(Model m) {
    Resource catalog = m.getResource(base + "/id/catalog");
    assertTrue(catalog.hasProperty(RDF.type, DCAT.Catalog));
    assertTrue(catalog.hasProperty(DCTerms.title, "Danh mục dữ liệu mở của Bộ Nội vụ", "vi"));
    Resource operator = catalog.getPropertyResourceValue(DCTerms.publisher);
    assertEquals(base + "/def/units/TT_CNTT", operator.getURI());
    assertTrue(operator.hasProperty(RDF.type, Foaf.AGENT) && operator.hasProperty(RDF.type, Foaf.ORGANIZATION));
    assertTrue(operator.hasProperty(Foaf.NAME, "Trung tâm Công nghệ thông tin", "vi"));
    assertTrue(catalog.hasProperty(Foaf.HOMEPAGE, m.getResource(base + "/")));
    assertTrue(catalog.hasProperty(DCTerms.language, m.getResource(EU + "language/VIE")));
    assertTrue(catalog.hasProperty(DCTerms.language, m.getResource(EU + "language/ENG")));
    assertTrue(catalog.hasProperty(DCAT.themeTaxonomy, m.getResource(EU + "data-theme")));
    assertTrue(catalog.hasProperty(DCAT.themeTaxonomy, m.getResource(base + "/def/dataset-themes")));
    assertEquals(DATASETS.size(), catalog.listProperties(DCAT.dataset).toList().size());
    Resource api = m.getResource(base + "/id/catalog#api");
    Resource sparql = m.getResource(base + "/id/catalog#sparql");
    assertTrue(catalog.hasProperty(DCAT.service, api) && catalog.hasProperty(DCAT.service, sparql));
    assertTrue(api.hasProperty(DCAT.endpointURL, m.getResource(base + "/api/v1")));
    assertTrue(api.hasProperty(DCAT.endpointDescription, m.getResource(base + "/openapi.json")));
    assertTrue(sparql.hasProperty(DCAT.endpointURL, m.getResource(base + "/sparql")));
    assertTrue(sparql.hasProperty(DCTerms.conformsTo, m.getResource("https://www.w3.org/TR/sparql11-protocol/")));

    Resource legal = m.getResource(base + "/id/dataset/legal-documents");
    assertTrue(catalog.hasProperty(DCAT.dataset, legal));
    assertTrue(api.hasProperty(DCAT.servesDataset, legal) && sparql.hasProperty(DCAT.servesDataset, legal));
    assertTrue(legal.hasProperty(DCTerms.title, "Legal normative and administrative documents", "en"));
    assertTrue(legal.hasProperty(DCAT.theme, m.getResource(EU + "data-theme/GOVE")));
    Resource own = m.getResource(base + "/def/dataset-themes/phap-luat");
    assertTrue(legal.hasProperty(DCAT.theme, own));
    assertTrue(own.hasProperty(SKOS.prefLabel, "Văn bản pháp luật", "vi"));
    assertTrue(legal.hasProperty(DCAT.keyword, "nghị định", "vi"));
    assertTrue(legal.hasProperty(DCAT.landingPage, m.getResource(base + "/datasets/legal-documents")));
    assertEquals(base + "/def/units/TT_CNTT", legal.getPropertyResourceValue(DCTerms.publisher).getURI());
    assertTrue(legal.hasProperty(DCTerms.accessRights, m.getResource(EU + "access-right/PUBLIC")));
    assertTrue(legal.hasProperty(DCTerms.accrualPeriodicity, m.getResource(EU + "frequency/UPDATE_CONT")));
    assertTrue(legal.hasProperty(DCTerms.spatial, m.getResource(EU + "country/VNM")));
    Resource period = legal.getPropertyResourceValue(DCTerms.temporal);
    assertEquals("http://www.w3.org/2001/XMLSchema#date", period.getProperty(DCAT.startDate).getLiteral()
      .getDatatypeURI());
    assertNotNull(legal.getPropertyResourceValue(DCTerms.provenance), "generated demo data is said so");
    Resource contact = legal.getPropertyResourceValue(DCAT.contactPoint);
    assertTrue(contact.hasProperty(RDF.type, m.getResource("http://www.w3.org/2006/vcard/ns#Organization")));
    assertEquals(5, legal.listProperties(DCAT.distribution).toList().size(), "one per download format");
    Resource csv = m.getResource(base + "/id/dataset/legal-documents#distribution-csv");
    assertTrue(csv.hasProperty(DCAT.downloadURL, m.getResource(base + "/downloads/legal-documents.csv")));
    assertTrue(csv.hasProperty(DCAT.accessURL, m.getResource(base + "/downloads/legal-documents.csv")));
    assertTrue(csv.hasProperty(DCAT.mediaType,
      m.getResource("https://www.iana.org/assignments/media-types/text/csv")));
    assertTrue(csv.hasProperty(DCTerms.format, m.getResource(EU + "file-type/CSV")));
    assertTrue(csv.hasProperty(DCTerms.license, m.getResource(EU + "licence/CC_BY_4_0")));
    assertTrue(csv.hasProperty(DCTerms.title, "Văn bản quy phạm pháp luật và văn bản hành chính (CSV)", "vi"));
    Resource ndjson = m.getResource(base + "/id/dataset/legal-documents#distribution-ndjson");
    assertFalse(ndjson.hasProperty(DCAT.mediaType), "application/x-ndjson is no IANA media type");
    assertFalse(ndjson.hasProperty(DCTerms.format), "the EU file types have no NDJSON");
  }

  @Test
  void oneDatasetAloneInEverySyntax() {
    Model reference = null;
    for (String s : List.of("ttl", "jsonld", "rdf", "nt")) {
      Http.Res res = http.get("/catalog/awards." + s);
      assertEquals(200, res.status(), res.body());
      assertTrue(res.header("Link").orElse("").contains("<" + base + "/id/dataset/awards>; rel=\"describes\""));
      Model m = RdfAssertions.parse(res.body(), SYNTAXES.get(s), base);
      RdfAssertions.sameGraph(m, get("/catalog/awards", "Accept", MEDIA.get(s)), "/catalog/awards by Accept " + s);
      RdfAssertions.sameGraph(m, get("/catalog/awards?format=" + s), "/catalog/awards?format=" + s);
      RdfAssertions.conforms(m);
      if (reference == null) {
        reference = m;
      } else {
        RdfAssertions.sameGraph(reference, m, "/catalog/awards " + s + " vs ttl");
      }
    }
    Resource awards = reference.getResource(base + "/id/dataset/awards");
    assertTrue(awards.hasProperty(RDF.type, DCAT.Dataset));
    Resource board = awards.getPropertyResourceValue(DCTerms.publisher);
    assertEquals(base + "/def/units/BAN_TDKT", board.getURI());
    assertTrue(board.hasProperty(Foaf.NAME, "Central Emulation and Commendation Board", "en"));
    assertEquals(1, reference.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList().size(), "itself alone");
    assertTrue(reference.contains(reference.getResource(base + "/id/catalog#api"), DCAT.servesDataset, awards));
    assertFalse(reference.contains(null, RDF.type, DCAT.Catalog), "no catalogue in a dataset's document");
    // the same description as in the catalogue
    Model catalogue = get("/catalog.ttl?page_size=100");
    for (Statement st : awards.listProperties().toList()) {
      if (!st.getObject().isAnon()) {
        assertTrue(catalogue.contains(st), "in the catalogue too: " + st);
      }
    }
  }

  @Test
  void theOfficialDcatAp301ShapesAcceptTheCatalogue() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(OFFICIAL), "the official DCAT-AP 3.0.1 SHACL shapes are absent ("
      + OFFICIAL.toAbsolutePath().normalize() + " does not exist; CI has them under ../shared/standards): skipped");
    Graph g = ModelFactory.createDefaultModel().getGraph();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(OFFICIAL)) {
      files = walk.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no .ttl shapes in " + OFFICIAL);
    files.forEach(p -> RDFDataMgr.read(g, p.toString()));
    Shapes official = Shapes.parse(g);
    List<String> documents = new ArrayList<>(List.of("/catalog.ttl?page_size=100", "/catalog.ttl?page_size=1&page=2"));
    DATASETS.forEach(d -> documents.add("/catalog/" + d + ".ttl"));
    for (String doc : documents) {
      ValidationReport report = ShaclValidator.get().validate(official, get(doc).getGraph());
      List<?> serious = report.getEntries().stream().filter(e -> e.severity() != Severity.Info).toList();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ShLib.printReport(new PrintStream(out, true, StandardCharsets.UTF_8), report);
      assertTrue(serious.isEmpty(), doc + " against " + files + ":\n" + out.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void aHarvesterWalksEveryPageOnceAndStops() {
    int total = get("/catalog.ttl?page_size=100").listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList().size();
    assertEquals(DATASETS.size(), total);
    Set<String> seen = new HashSet<>();
    String first = base + "/catalog?page=1&page_size=1";
    String next = first;
    String previous = null;
    int pages = 0;
    while (next != null) {
      assertTrue(++pages <= total, "paging never ends: " + next);
      Http.Res res = http.get(next, "Accept", "application/n-triples");
      assertEquals(200, res.status(), res.body());
      Model m = RdfAssertions.parse(res.body(), Lang.NTRIPLES, base);
      RdfAssertions.conforms(m);
      Resource view = view(m);
      assertEquals(next, view.getURI());
      assertTrue(view.hasProperty(RDF.type, Hydra.PAGED_COLLECTION), "the deprecated type too");
      assertEquals(first, link(view, Hydra.FIRST));
      assertEquals(first, link(view, Hydra.FIRST_PAGE));
      assertEquals(base + "/catalog?page=" + total + "&page_size=1", link(view, Hydra.LAST));
      assertEquals(link(view, Hydra.LAST), link(view, Hydra.LAST_PAGE));
      assertEquals(previous, link(view, Hydra.PREVIOUS));
      assertEquals(previous, link(view, Hydra.PREVIOUS_PAGE));
      assertEquals(link(view, Hydra.NEXT), link(view, Hydra.NEXT_PAGE));
      assertEquals(total, view.getProperty(Hydra.TOTAL_ITEMS).getInt());
      assertEquals(1, view.getProperty(Hydra.ITEMS_PER_PAGE).getInt());
      Resource collection = m.listSubjectsWithProperty(Hydra.VIEW, view).next();
      assertEquals(base + "/catalog", collection.getURI());
      assertEquals(total, collection.getProperty(Hydra.TOTAL_ITEMS).getInt());
      List<RDFNode> items = m.listObjectsOfProperty(m.getResource(base + "/id/catalog"), DCAT.dataset).toList();
      assertEquals(1, items.size());
      assertTrue(collection.hasProperty(Hydra.MEMBER, items.get(0)));
      assertTrue(seen.add(items.get(0).asResource().getURI()), "seen twice: " + items.get(0));
      String header = res.header("Link").orElse("");
      previous = next;
      next = link(view, Hydra.NEXT);
      assertEquals(next != null, header.contains("rel=\"next\""), header);
      if (next != null) {
        assertTrue(header.contains("<" + next + ">; rel=\"next\""), header);
      }
    }
    assertEquals(total, pages);
    assertEquals(DATASETS.stream().map(d -> base + "/id/dataset/" + d).collect(java.util.stream.Collectors.toSet()),
      seen);
    // past the last page: an empty page, no next, previous the last page
    Model beyond = get("/catalog?page=" + (total + 1) + "&page_size=1", "Accept", "text/turtle");
    Resource view = view(beyond);
    assertFalse(beyond.contains(null, DCAT.dataset), "no datasets past the end");
    assertNull(link(view, Hydra.NEXT));
    assertEquals(base + "/catalog?page=" + total + "&page_size=1", link(view, Hydra.PREVIOUS));
    RdfAssertions.conforms(beyond);
  }

  @Test
  void linksAreBuiltFromThePublicBaseUriNotTheHostHeader() throws IOException {
    URI uri = URI.create(base);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET /catalog?page_size=1 HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\n"
        + "Forwarded: host=evil.example;proto=https\r\nAccept: application/n-triples\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(response.startsWith("HTTP/1.1 200"), response);
      assertFalse(response.contains("evil.example"), response);
      String body = response.substring(response.indexOf("\r\n\r\n") + 4);
      Resource view = view(RdfAssertions.parse(body, Lang.NTRIPLES, base));
      assertEquals(base + "/catalog?page=2&page_size=1", link(view, Hydra.NEXT));
      assertTrue(response.contains("<" + base + "/catalog?page=2&page_size=1>; rel=\"next\""), response);
    }
  }

  @Test
  void modifiedSinceFilters() {
    Model all = get("/catalog.ttl?page_size=100");
    OffsetDateTime newest = all.listObjectsOfProperty(DCTerms.modified).toList().stream()
      .filter(n -> all.contains(null, DCTerms.modified, n)).map(n -> OffsetDateTime.parse(n.asLiteral()
        .getLexicalForm())).max(OffsetDateTime::compareTo).orElseThrow();
    Literal catalogModified = all.getResource(base + "/id/catalog").getProperty(DCTerms.modified).getLiteral();
    assertEquals(newest, OffsetDateTime.parse(catalogModified.getLexicalForm()),
      "the catalogue's modified is the newest");
    // on or after: the newest dataset's own instant keeps it, a microsecond later drops everything
    Model onIt = get("/catalog.ttl?modified_since=" + enc(newest.toString()));
    assertTrue(onIt.listObjectsOfProperty(onIt.getResource(base + "/id/catalog"), DCAT.dataset).toList().size() >= 1);
    Model after = get("/catalog.ttl?modified_since=" + enc(newest.plusNanos(1000).toString()));
    assertEquals(0, view(after).getProperty(Hydra.TOTAL_ITEMS).getInt());
    // in the future: nothing, one page, no next
    Model future = get("/catalog?modified_since=2999-01-01", "Accept", "application/ld+json");
    Resource view = view(future);
    assertEquals(0, view.getProperty(Hydra.TOTAL_ITEMS).getInt());
    assertFalse(future.contains(null, DCAT.dataset));
    assertNull(link(view, Hydra.NEXT));
    assertEquals(base + "/catalog?page=1&modified_since=2999-01-01", link(view, Hydra.LAST));
    assertEquals(base + "/catalog?modified_since=2999-01-01",
      future.listSubjectsWithProperty(Hydra.VIEW, view).next().getURI(), "the collection is the filtered one");
    RdfAssertions.conforms(future);
    // a date-time with an offset, and one whose '+' came unencoded (a space)
    for (String since : List.of("2000-01-01T00:00:00%2B07:00", "2000-01-01T07:00:00+07:00", "2000-01-01T00:00:00Z")) {
      assertEquals(DATASETS.size(), view(get("/catalog.nt?modified_since=" + since)).getProperty(Hydra.TOTAL_ITEMS)
        .getInt(), since);
    }
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void badParametersAreProblemsNamingThem() {
    for (String[] c : new String[][] {{"page=0", "page"}, {"page=abc", "page"}, {"page_size=0", "page_size"},
      {"page_size=101", "page_size"}, {"modified_since=yesterday", "modified_since"},
      {"modified_since=2025-13-40", "modified_since"}, {"modified_since=2025-02-30T10:00:00Z", "modified_since"},
      {"format=html", "format"}}) {
      ApiAssertions.fieldError(http.get("/catalog?" + c[0]), 400, c[1], "/catalog", "get");
    }
    ApiAssertions.fieldError(http.get("/catalog.ttl?page=-1"), 400, "page", "/catalog.ttl", "get");
    assertEquals("not-found", ApiAssertions.problem(http.get("/catalog/khong-co"), 404, "/catalog/{name}", "get")
      .getString("code"));
    assertEquals(404, http.get("/catalog/khong-co.ttl").status());
    assertEquals(404, http.get("/id/dataset/khong-co").status());
    assertEquals(400, http.get("/catalog/awards.exe").status(), "the contract refuses an unknown suffix");
    Http.Res png = http.get("/catalog", "Accept", "image/png");
    assertEquals("not-acceptable", ApiAssertions.problem(png, 406, "/catalog", "get").getString("code"));
    assertEquals(406, http.get("/catalog", "Accept", "text/html").status(), "the catalogue has no HTML of its own");
    assertEquals(406, http.get("/catalog/awards", "Accept", "text/html, application/xhtml+xml").status());
  }

  @Test
  void thingUrisSeeOtherToTheirDocuments() {
    assertEquals(base + "/catalog", seeOther("/id/catalog", "Accept", "text/turtle"));
    assertEquals(base + "/catalog.rdf", seeOther("/id/catalog?format=rdf"));
    assertEquals(base + "/", seeOther("/id/catalog", "Accept", "text/html"));
    assertEquals(base + "/catalog/awards", seeOther("/id/dataset/awards", "Accept", "application/ld+json"));
    assertEquals(base + "/catalog/awards.nt", seeOther("/id/dataset/awards?format=nt"));
    assertEquals(base + "/datasets/awards", seeOther("/id/dataset/awards", "Accept", "text/html,*/*;q=0.8"));
    assertEquals(406, http.get("/id/dataset/awards", "Accept", "image/png").status());
  }

  private String seeOther(String path, String... headers) {
    return ApiAssertions.seeOther(http.get(path, headers), path);
  }

  @Test
  void conditionalRequestsAndTheEtagFollowTheData() throws Exception {
    Http.Res first = http.get("/catalog.ttl");
    String etag = first.header("ETag").orElseThrow();
    assertTrue(first.header("Last-Modified").isPresent());
    assertEquals(304, http.get("/catalog.ttl", "If-None-Match", etag).status());
    assertNotEquals(etag, http.get("/catalog.jsonld").header("ETag").orElseThrow(), "one ETag per syntax");
    assertNotEquals(etag, http.get("/catalog.ttl?page_size=1").header("ETag").orElseThrow(), "one ETag per page");
    String dataset = http.get("/catalog/awards.ttl").header("ETag").orElseThrow();
    assertEquals(304, http.get("/catalog/awards.ttl", "If-None-Match", dataset).status());
    sql("INSERT INTO catalog.download_file VALUES ('awards', 'csv', now() + interval '1 minute', 4321) "
      + "ON CONFLICT (dataset, format) DO UPDATE SET version = excluded.version, bytes = excluded.bytes");
    try {
      Http.Res changed = http.get("/catalog.ttl", "If-None-Match", etag);
      assertEquals(200, changed.status(), "a known size changes the catalogue");
      Model m = RdfAssertions.parse(changed.body(), Lang.TURTLE, base);
      Literal size = m.getResource(base + "/id/dataset/awards#distribution-csv").getProperty(DCAT.byteSize)
        .getLiteral();
      assertEquals(4321, size.getLong());
      assertEquals("http://www.w3.org/2001/XMLSchema#nonNegativeInteger", size.getDatatypeURI());
      assertEquals(200, http.get("/catalog/awards.ttl", "If-None-Match", dataset).status());
    } finally {
      sql("DELETE FROM catalog.download_file WHERE dataset = 'awards' AND format = 'csv'");
    }
  }

  private static void sql(String statement) throws SQLException {
    try (Connection c = TestServer.jdbc(); java.sql.Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  @Test
  void theSchemesTheCatalogueNamesDereference() {
    for (String scheme : List.of("units", "dataset-themes")) {
      Http.Res r = http.get("/def/" + scheme, "Accept", "text/turtle");
      assertEquals(303, r.status());
      Model m = get("/doc/def/" + scheme + ".ttl");
      RdfAssertions.conforms(m);
      assertTrue(m.contains(m.getResource(base + "/def/" + scheme), RDF.type, SKOS.ConceptScheme));
    }
    Model unit = get("/doc/def/units/TT_CNTT.ttl");
    assertTrue(unit.contains(unit.getResource(base + "/def/units/TT_CNTT"), SKOS.prefLabel, "Information Centre",
      "en"));
    Model theme = get("/doc/def/dataset-themes/hoi-quy.jsonld");
    assertTrue(theme.contains(theme.getResource(base + "/def/dataset-themes/hoi-quy"), SKOS.inScheme,
      theme.getResource(base + "/def/dataset-themes")));
  }
}
