package vn.gov.moha.opendata.platform.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/**
 * The SPARQL endpoint over the running server's RDF store. The store holds the real records (rebuilt from PostgreSQL
 * at start, kept up to date by the outbox relay); this test adds a few known records of its own, subjects and graph
 * names under {@link #NS} (a namespace no real record uses and the relay never touches), with the real vocabularies,
 * and every query whose answer is asserted selects only them (a filter on {@link #NS}, or a predicate of {@link #NS}).
 */
class SparqlIT {
  static final String PATH = "/sparql";
  static final String BASE = "https://opendata.moha.gov.vn/";
  static final String ELI = "http://data.europa.eu/eli/ontology#";
  static final String ROV = "http://www.w3.org/ns/regorg#";
  static final String MOHA = "https://opendata.moha.gov.vn/def/moha#";
  static final String DCT = "http://purl.org/dc/terms/";
  static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  /** The test's own records: subjects, graph names and the bulk graph's predicate. */
  static final String NS = "https://sparqlit.test/";
  /** The bulk graph's predicate: only the test's bulk triples use it. */
  static final String N = NS + "n";
  /** Triples of the bulk graph: a three-way cross product of them runs for ever, a two-way one exceeds the cap. */
  static final int BULK = 1000;
  static final String PREFIXES = "PREFIX eli: <" + ELI + "> PREFIX rov: <" + ROV + "> PREFIX moha: <" + MOHA + "> ";
  /** Keeps the solutions whose {@code ?doc} is one of the test's own resources. */
  static final String OURS_DOC = " FILTER(STRSTARTS(STR(?doc), \"" + NS + "\"))";
  static final String NUMBERS = PREFIXES + "SELECT ?doc ?number WHERE { ?doc a eli:LegalResource ; eli:id_local ?number"
    + OURS_DOC + " } ORDER BY ?number";
  static final String GRAPH_QUERY = PREFIXES
    + "CONSTRUCT { ?doc eli:id_local ?number } WHERE { ?doc a eli:LegalResource ; eli:id_local ?number" + OURS_DOC
    + " }";
  static final List<String> EXPECTED_NUMBERS = List.of("01/2024/TT-BNV", "63/2022/NĐ-CP");
  /** The two-way cross product of the bulk graph, over {@link #cap} solutions. */
  static final String PAIRS = "SELECT ?a ?b WHERE { ?a <" + N + "> ?x . ?b <" + N + "> ?y }";
  /** The three-way cross product of the bulk graph: runs for ever. */
  static final String FOREVER = "SELECT (COUNT(*) AS ?n) WHERE { ?a <" + N + "> ?x . ?b <" + N + "> ?y . ?c <" + N
    + "> ?z }";
  static final Map<String, Graph> RECORDS = new HashMap<>();
  final Http http = TestServer.http();

  /**
   * Adds the test's records beside the real ones. The cursor passed is the store's current one, so the relay goes on
   * from where it was (a relay pass committing between the read and this write would only be replayed).
   */
  @BeforeAll
  static void fill() {
    Map<String, Graph> records = RECORDS;
    records.put(NS + "doc/legal-document/1", legal(1, "63/2022/NĐ-CP", "2022-09-12", "ND"));
    records.put(NS + "doc/legal-document/2", legal(2, "01/2024/TT-BNV", "2024-02-01", "TT"));
    Graph association = GraphFactory.createDefaultGraph();
    Node o = uri(NS + "id/association/1");
    association.add(o, uri(RDF_TYPE), uri(ROV + "RegisteredOrganization"));
    association.add(o, uri(ROV + "legalName"), NodeFactory.createLiteralLang("Hội Luật gia Việt Nam", "vi"));
    association.add(o, uri(ROV + "orgStatus"), uri(BASE + "def/association-status/active"));
    records.put(NS + "doc/association/1", association);
    Graph award = GraphFactory.createDefaultGraph();
    Node a = uri(NS + "id/award/1");
    award.add(a, uri(RDF_TYPE), uri(MOHA + "AwardConferral"));
    award.add(a, uri(MOHA + "awardType"), uri(BASE + "def/award-type/HC_LAO_DONG_3"));
    award.add(a, uri(MOHA + "recipient"), o);
    award.add(a, uri(DCT + "date"), NodeFactory.createLiteralDT("2024-12-13",
      XSDDatatype.XSDdate));
    records.put(NS + "doc/award/1", award);
    Graph bulk = GraphFactory.createDefaultGraph();
    for (int i = 0; i < BULK; i++) {
      bulk.add(uri(NS + "bulk/" + i), uri(N), NodeFactory.createLiteralDT(String.valueOf(i),
        XSDDatatype.XSDinteger));
    }
    records.put(NS + "bulk", bulk);
    RdfStore rdf = TestServer.get().rdf();
    rdf.apply(records, List.of(), rdf.cursor());
  }

  /** Takes the test's records out again: the store holds the real records only, as other tests expect. */
  @AfterAll
  static void empty() {
    RdfStore rdf = TestServer.get().rdf();
    rdf.apply(Map.of(), List.copyOf(RECORDS.keySet()), rdf.cursor());
  }

  static Graph legal(int id, String number, String date, String type) {
    Graph g = GraphFactory.createDefaultGraph();
    Node doc = uri(NS + "id/legal-document/" + id);
    g.add(doc, uri(RDF_TYPE), uri(ELI + "LegalResource"));
    g.add(doc, uri(ELI + "id_local"), NodeFactory.createLiteralString(number));
    g.add(doc, uri(ELI + "date_document"), NodeFactory.createLiteralDT(date,
      XSDDatatype.XSDdate));
    g.add(doc, uri(ELI + "type_document"), uri(BASE + "def/legal-document-type/" + type));
    return g;
  }

  static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static boolean ask(Http.Res res, Lang lang) {
    return ResultSetMgr.readBoolean(new ByteArrayInputStream(res.body().getBytes(StandardCharsets.UTF_8)), lang);
  }

  Http.Res get(String query, String... headers) {
    return http.get(PATH + "?query=" + enc(query), headers);
  }

  static List<String> column(ResultSet rs, String var) {
    List<String> out = new ArrayList<>();
    rs.forEachRemaining(s -> out.add(s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm()
      : s.getResource(var).getURI()));
    return out;
  }

  static ResultSet results(Http.Res res, Lang lang) {
    return ResultSetMgr.read(new ByteArrayInputStream(res.body().getBytes(StandardCharsets.UTF_8)), lang);
  }

  static Graph graph(Http.Res res, Lang lang) {
    return RDFParser.fromString(res.body(), lang).toGraph();
  }

  static Graph expectedNumbers() {
    Graph g = GraphFactory.createDefaultGraph();
    g.add(uri(NS + "id/legal-document/1"), uri(ELI + "id_local"), NodeFactory.createLiteralString("63/2022/NĐ-CP"));
    g.add(uri(NS + "id/legal-document/2"), uri(ELI + "id_local"), NodeFactory.createLiteralString("01/2024/TT-BNV"));
    return g;
  }

  @Test
  void aSelectByGetAndByBothPostFormsSeesTheUnionOfTheRecordGraphs() {
    List<String> expected = EXPECTED_NUMBERS;
    Http.Res viaGet = get(NUMBERS);
    assertEquals(200, viaGet.status(), viaGet::toString);
    assertTrue(viaGet.contentType().startsWith("application/sparql-results+json"), viaGet.contentType());
    assertEquals("Accept", viaGet.header("Vary").orElse(""));
    assertEquals(expected, column(results(viaGet, ResultSetLang.RS_JSON), "number"));
    ApiAssertions.ok(viaGet, 200, PATH, "get");

    Http.Res form = http.send("POST", PATH, "application/x-www-form-urlencoded", "query=" + enc(NUMBERS));
    assertEquals(200, form.status(), form::toString);
    assertEquals(expected, column(results(form, ResultSetLang.RS_JSON), "number"));

    Http.Res raw = http.send("POST", PATH, "application/sparql-query; charset=utf-8", NUMBERS);
    assertEquals(200, raw.status(), raw::toString);
    assertEquals(expected, column(results(raw, ResultSetLang.RS_JSON), "number"));

    Http.Res formCsv = http.send("POST", PATH, "application/x-www-form-urlencoded",
      "query=" + enc(NUMBERS) + "&format=csv");
    assertTrue(formCsv.contentType().startsWith("text/csv"), "form fields beside the query: " + formCsv.contentType());
    assertEquals(expected, column(results(formCsv, ResultSetLang.RS_CSV), "number"));

    // a form field past Vert.x's default 8 KiB form-attribute limit (a VALUES list of many URIs): was a 500
    String longQuery = NUMBERS + "\n# " + "x".repeat(12_000);
    Http.Res longForm = http.send("POST", PATH, "application/x-www-form-urlencoded", "query=" + enc(longQuery));
    assertEquals(200, longForm.status(), longForm::toString);
    assertEquals(expected, column(results(longForm, ResultSetLang.RS_JSON), "number"));
  }

  @Test
  void everySolutionsFormatParsesBack() {
    Map<String, Lang> byAccept = Map.of("application/sparql-results+json", ResultSetLang.RS_JSON,
      "application/sparql-results+xml", ResultSetLang.RS_XML, "text/csv", ResultSetLang.RS_CSV,
      "text/tab-separated-values", ResultSetLang.RS_TSV);
    Map<String, String> byFormat = Map.of("json", "application/sparql-results+json",
      "xml", "application/sparql-results+xml", "csv", "text/csv", "tsv", "text/tab-separated-values");
    for (Map.Entry<String, Lang> e : byAccept.entrySet()) {
      Http.Res res = get(NUMBERS, "Accept", e.getKey());
      assertEquals(200, res.status(), res::toString);
      assertTrue(res.contentType().startsWith(e.getKey()), e.getKey() + " → " + res.contentType());
      assertEquals(EXPECTED_NUMBERS, column(results(res, e.getValue()), "number"), e.getKey());
    }
    for (Map.Entry<String, String> e : byFormat.entrySet()) {
      Http.Res res = http.get(PATH + "?format=" + e.getKey() + "&query=" + enc(NUMBERS), "Accept", "text/turtle");
      assertTrue(res.contentType().startsWith(e.getValue()), "format wins over Accept: " + res.contentType());
      assertEquals(EXPECTED_NUMBERS, column(results(res, byAccept.get(e.getValue())), "number"), e.getKey());
    }
    Http.Res yes = get(PREFIXES + "ASK { <" + NS + "id/award/1> a moha:AwardConferral ; moha:recipient <" + NS
      + "id/association/1> }");
    assertTrue(yes.contentType().startsWith("application/sparql-results+json"), yes.contentType());
    assertTrue(ask(yes, ResultSetLang.RS_JSON));
    Http.Res no = get(PREFIXES + "ASK { <" + NS + "id/award/1> a eli:LegalResource }", "Accept",
      "application/sparql-results+xml");
    assertTrue(no.contentType().startsWith("application/sparql-results+xml"), no.contentType());
    assertFalse(ask(no, ResultSetLang.RS_XML));
  }

  /**
   * A lookup of a subject (its own line, SPARQL JSON written by SolutionsJson) answers the same solutions as the XML
   * of Jena's writer, and the same query text, kept parsed, sees the record change and go.
   */
  @Test
  void aLookupAnswersWhatJenasWriterAnswersAndFollowsTheStore() {
    String lookup = "SELECT ?p ?o WHERE { <" + NS + "id/award/1> ?p ?o }";
    Http.Res json = get(lookup, "Accept", "application/sparql-results+json");
    assertEquals(200, json.status(), json::toString);
    Http.Res xml = get(lookup, "Accept", "application/sparql-results+xml");
    Set<String> fromJson = new TreeSet<>();
    results(json, ResultSetLang.RS_JSON).forEachRemaining(s -> fromJson.add(s.get("p") + " " + s.get("o")));
    Set<String> fromXml = new TreeSet<>();
    results(xml, ResultSetLang.RS_XML).forEachRemaining(s -> fromXml.add(s.get("p") + " " + s.get("o")));
    assertEquals(4, fromJson.size(), fromJson::toString);
    assertEquals(fromXml, fromJson);

    String doc = "SELECT ?o WHERE { <" + NS + "id/legal-document/9> <" + ELI + "id_local> ?o }";
    assertEquals(List.of(), column(results(get(doc), ResultSetLang.RS_JSON), "o"));
    RdfStore rdf = TestServer.get().rdf();
    rdf.apply(Map.of(NS + "doc/legal-document/9", legal(9, "09/2025/NĐ-CP", "2025-01-09", "ND")), List.of(),
      rdf.cursor());
    try {
      assertEquals(List.of("09/2025/NĐ-CP"), column(results(get(doc), ResultSetLang.RS_JSON), "o"));
    } finally {
      rdf.apply(Map.of(), List.of(NS + "doc/legal-document/9"), rdf.cursor());
    }
    assertEquals(List.of(), column(results(get(doc), ResultSetLang.RS_JSON), "o"));
  }

  @Test
  void everyGraphFormatParsesBackToTheSameGraph() {
    Map<String, Lang> formats = Map.of("text/turtle", Lang.TURTLE, "application/n-triples", Lang.NTRIPLES,
      "application/ld+json", Lang.JSONLD, "application/rdf+xml", Lang.RDFXML);
    Map<String, String> shortNames = Map.of("text/turtle", "ttl", "application/n-triples", "nt",
      "application/ld+json", "jsonld", "application/rdf+xml", "rdf");
    for (Map.Entry<String, Lang> e : formats.entrySet()) {
      Http.Res res = get(GRAPH_QUERY, "Accept", e.getKey());
      assertEquals(200, res.status(), res::toString);
      assertTrue(res.contentType().startsWith(e.getKey()), e.getKey() + " → " + res.contentType());
      assertTrue(graph(res, e.getValue()).isIsomorphicWith(expectedNumbers()), e.getKey() + ":\n" + res.body());
      Http.Res viaFormat = http.get(PATH + "?format=" + shortNames.get(e.getKey()) + "&query=" + enc(GRAPH_QUERY));
      assertTrue(graph(viaFormat, e.getValue()).isIsomorphicWith(expectedNumbers()), shortNames.get(e.getKey()));
    }
    Http.Res turtle = get(GRAPH_QUERY);
    assertTrue(turtle.contentType().startsWith("text/turtle"), "Turtle by default: " + turtle.contentType());
    assertTrue(graph(turtle, Lang.TURTLE).isIsomorphicWith(expectedNumbers()), turtle.body());
    Http.Res described = get("DESCRIBE <" + NS + "id/award/1>", "Accept", "application/n-triples");
    assertEquals(200, described.status(), described::toString);
    assertTrue(graph(described, Lang.NTRIPLES).isIsomorphicWith(RECORDS.get(NS + "doc/award/1")), described.body());
  }

  @Test
  void acceptIsNegotiatedWithQValuesAnd406WhenNothingFits() {
    Http.Res csv = get(NUMBERS, "Accept", "text/turtle;q=0.9, text/csv;q=0.5, application/sparql-results+xml;q=0.1");
    assertTrue(csv.contentType().startsWith("text/csv"), "turtle cannot answer a SELECT: " + csv.contentType());
    Http.Res xml = get(NUMBERS, "Accept", "text/*;q=0.2, application/sparql-results+xml");
    assertTrue(xml.contentType().startsWith("application/sparql-results+xml"), xml.contentType());
    Http.Res wildcard = get(NUMBERS, "Accept", "*/*");
    assertTrue(wildcard.contentType().startsWith("application/sparql-results+json"), wildcard.contentType());
    Http.Res nt = get(GRAPH_QUERY, "Accept", "application/n-triples, text/turtle;q=0.5");
    assertTrue(nt.contentType().startsWith("application/n-triples"), nt.contentType());

    JsonObject p = ApiAssertions.problem(get(NUMBERS, "Accept", "text/turtle"), 406, PATH, "get");
    assertEquals("not-acceptable", p.getString("code"));
    assertTrue(p.getString("detail").contains("text/csv"), p.encode());
    ApiAssertions.problem(get(GRAPH_QUERY, "Accept", "application/sparql-results+json"), 406, PATH, "get");
    ApiAssertions.problem(http.get(PATH + "?format=ttl&query=" + enc(NUMBERS)), 406, PATH, "get");
  }

  @Test
  void queriesThatCannotRunHereAre400ProblemsThatSayWhy() {
    JsonObject malformed = ApiAssertions.problem(get("SELECT ?x WHERE { ?x ?p }"), 400, PATH, "get");
    assertEquals("malformed-query", malformed.getString("code"));
    assertTrue(malformed.getString("detail").contains("line 1, column"), malformed.encode());

    JsonObject service = ApiAssertions.problem(get("SELECT * WHERE { SERVICE <https://dbpedia.org/sparql> "
      + "{ ?s ?p ?o } }"), 400, PATH, "get");
    assertEquals("service-not-allowed", service.getString("code"));
    JsonObject hidden = ApiAssertions.problem(http.send("POST", PATH, "application/sparql-query",
      "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { { SELECT ?s WHERE { SERVICE <http://example.org/sparql> "
        + "{ ?s ?p ?o } } } } }"), 400, PATH, "post");
    assertEquals("service-not-allowed", hidden.getString("code"), "found inside EXISTS and a subquery too");

    String inserted = "<" + NS + "id/inserted> <" + N + "> \"x\"";
    JsonObject update = ApiAssertions.problem(get("INSERT DATA { GRAPH <" + NS + "doc/inserted> { " + inserted
      + " } }"), 400, PATH, "get");
    assertEquals("update-not-allowed", update.getString("code"));
    JsonObject drop = ApiAssertions.problem(http.send("POST", PATH, "application/x-www-form-urlencoded",
      "query=" + enc("DROP ALL")), 400, PATH, "post");
    assertEquals("update-not-allowed", drop.getString("code"));
    assertEquals("update-not-allowed", ApiAssertions.problem(http.send("POST", PATH,
      "application/x-www-form-urlencoded", "update=" + enc("DROP ALL")), 400, PATH, "post").getString("code"));
    assertEquals(EXPECTED_NUMBERS, column(results(get(NUMBERS), ResultSetLang.RS_JSON), "number"),
      "nothing was dropped");
    assertFalse(ask(get("ASK { " + inserted + " }"), ResultSetLang.RS_JSON), "nothing was inserted");

    JsonObject dataset = ApiAssertions.problem(http.get(PATH + "?default-graph-uri=" + enc(NS + "doc/award/1")
      + "&query=" + enc(NUMBERS)), 400, PATH, "get");
    assertEquals("dataset-not-supported", dataset.getString("code"));
    assertEquals("dataset-not-supported", ApiAssertions.problem(http.send("POST", PATH + "?named-graph-uri="
      + enc(NS + "doc/award/1"), "application/sparql-query", NUMBERS), 400, PATH, "post").getString("code"));

    JsonObject missing = ApiAssertions.problem(http.get(PATH, "Accept", "application/sparql-results+json"), 400,
      PATH, "get");
    assertEquals("missing-query", missing.getString("code"));
    JsonObject tooLong = ApiAssertions.problem(http.send("POST", PATH, "application/sparql-query",
      "# " + "x".repeat(SparqlEngine.MAX_QUERY_CHARS) + "\nASK {}"), 413, PATH, "post");
    assertEquals("query-too-large", tooLong.getString("code"));
  }

  @Test
  void onlyQueryBodiesArePosted() {
    JsonObject update = ApiAssertions.problem(http.send("POST", PATH, "application/sparql-update",
      "INSERT DATA { <urn:a> <urn:b> <urn:c> }"), 415, PATH, "post");
    assertEquals("update-not-allowed", update.getString("code"));
    assertTrue(update.getString("detail").contains("read-only"), update.encode());
    for (String type : new String[] {"application/json", "text/plain"}) {
      JsonObject p = ApiAssertions.problem(http.send("POST", PATH, type, NUMBERS), 415, PATH, "post");
      assertEquals("unsupported-media-type", p.getString("code"));
      assertTrue(p.getString("detail").contains("application/sparql-query"), p.encode());
    }
    ApiAssertions.problem(http.send("POST", PATH, null, null), 415, PATH, "post");
    assertEquals("missing-query", ApiAssertions.problem(http.send("POST", PATH, "application/x-www-form-urlencoded",
      "format=json"), 400, PATH, "post").getString("code"));
  }

  @Test
  void resultsBeyondTheCapAreLeftOutAndTheAnswerSaysSo() {
    int cap = TestServer.get().config().rdf().maxRows();
    assertTrue(BULK < cap && (long) BULK * BULK > cap, "the bulk graph is under the cap, its cross product over it");
    String pairs = PAIRS;
    Http.Res capped = get(pairs, "Accept", "text/tab-separated-values");
    assertEquals(200, capped.status(), capped::toString);
    assertEquals(String.valueOf(cap), capped.header(SparqlApi.CAPPED_HEADER).orElse(null));
    assertEquals(cap, column(results(capped, ResultSetLang.RS_TSV), "a").size());

    Http.Res limited = get(pairs + " LIMIT 7");
    assertEquals(7, column(results(limited, ResultSetLang.RS_JSON), "a").size(), "a lower LIMIT stays");
    assertTrue(limited.header(SparqlApi.CAPPED_HEADER).isEmpty());
    Http.Res higher = get(pairs + " LIMIT " + (cap * 5));
    assertEquals(cap, column(results(higher, ResultSetLang.RS_JSON), "a").size(), "a higher LIMIT is lowered");
    assertTrue(higher.header(SparqlApi.CAPPED_HEADER).isPresent());
    Http.Res exact = get("SELECT ?a WHERE { ?a <" + N + "> ?x }");
    assertEquals(BULK, column(results(exact, ResultSetLang.RS_JSON), "a").size(), "the whole bulk graph");
    assertTrue(exact.header(SparqlApi.CAPPED_HEADER).isEmpty(), "under the cap: no header");

    Http.Res triples = get("CONSTRUCT { ?a <" + NS + "pair> ?b } WHERE { ?a <" + N + "> ?x . ?b <" + N + "> ?y }",
      "Accept", "application/n-triples");
    assertEquals(200, triples.status(), triples::toString);
    assertEquals(cap, graph(triples, Lang.NTRIPLES).size());
    assertEquals(String.valueOf(cap), triples.header(SparqlApi.CAPPED_HEADER).orElse(null));
  }

  @Test
  void aRunawayQueryIsStoppedAtItsTimeoutWhileTheRestOfTheApiAnswers() throws Exception {
    String forever = FOREVER;
    long t0 = System.nanoTime();
    CompletableFuture<Http.Res> running = CompletableFuture.supplyAsync(
      () -> http.get(PATH + "?timeout=4&query=" + enc(forever)));
    Thread.sleep(500);
    List<Long> healthMs = new ArrayList<>();
    while (!running.isDone() && healthMs.size() < 20) {
      long h0 = System.nanoTime();
      assertEquals(200, http.get("/health").status());
      assertEquals(200, http.get("/api/v1/legal-documents?limit=1").status());
      healthMs.add((System.nanoTime() - h0) / 1_000_000);
      Thread.sleep(100);
    }
    Http.Res res = running.get();
    long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
    assertFalse(healthMs.isEmpty(), "the API was called while the query ran");
    // a blocked event loop would hold these calls until the query ends (seconds); a busy 2-core machine running other
    // work besides may slow one of them, so the bound is well under the query's 4 s but not tight
    assertTrue(healthMs.stream().allMatch(ms -> ms < 2500), "the REST API stays responsive: " + healthMs);
    JsonObject p = ApiAssertions.problem(res, 503, PATH, "get");
    assertEquals("query-timeout", p.getString("code"));
    assertTrue(p.getString("detail").contains("4000 ms"), p.encode());
    assertTrue(elapsedMs >= 4000 && elapsedMs < 10000, "stopped at its timeout: " + elapsedMs + " ms");
    for (int i = 0; i < 3; i++) {
      Http.Res again = get(NUMBERS);
      assertEquals(200, again.status(), "the workers and query slots are free again");
      assertEquals(EXPECTED_NUMBERS, column(results(again, ResultSetLang.RS_JSON), "number"));
    }
  }

  @Test
  void queriesBeyondTheConcurrencyLimitAre503WithRetryAfter() throws Exception {
    int limit = TestServer.get().config().rdf().maxConcurrent();
    String forever = FOREVER;
    List<CompletableFuture<Http.Res>> heavy = new ArrayList<>();
    for (int i = 0; i < limit; i++) {
      heavy.add(CompletableFuture.supplyAsync(() -> http.get(PATH + "?timeout=3&query=" + enc(forever))));
    }
    Thread.sleep(1000);
    Http.Res refused = get(NUMBERS);
    JsonObject p = ApiAssertions.problem(refused, 503, PATH, "get");
    assertEquals("sparql-busy", p.getString("code"));
    assertTrue(refused.header("Retry-After").isPresent());
    for (CompletableFuture<Http.Res> f : heavy) {
      assertEquals(503, f.get().status());
    }
    Http.Res again = get(NUMBERS);
    assertEquals(200, again.status(), "free again");
    assertEquals(EXPECTED_NUMBERS, column(results(again, ResultSetLang.RS_JSON), "number"));
  }

  /**
   * The examples run against the whole store (the real records and the test's): each answers 200 with something
   * (the test's records alone match every one of them, so none can be empty).
   */
  @Test
  void theQueryPageListsTheExamplesAndEachOfThemRuns() {
    Http.Res page = http.get(PATH, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    assertEquals(200, page.status(), page::toString);
    assertTrue(page.contentType().startsWith("text/html; charset=utf-8"), page.contentType());
    assertTrue(page.header("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    assertTrue(http.get(PATH).contentType().startsWith("text/html"), "no Accept: the page too");
    List<SparqlPage.Example> examples = SparqlPage.load().examples();
    assertTrue(examples.size() >= 4 && examples.size() <= 6, "examples: " + examples.size());
    Set<String> kinds = new TreeSet<>();
    for (SparqlPage.Example e : examples) {
      assertFalse(e.titleVi().equals(e.titleEn()), e.name() + " has Vietnamese and English titles");
      assertTrue(page.body().contains(SparqlPage.escape(e.titleVi())), e.name() + " is on the page");
      assertTrue(page.body().contains(SparqlPage.escape(e.titleEn())), e.name() + " is on the page");
      Http.Res res = get(e.text());
      assertEquals(200, res.status(), e.name() + ": " + res);
      kinds.add(res.contentType().split(";")[0]);
      if (res.contentType().startsWith("application/sparql-results+json")) {
        assertTrue(results(res, ResultSetLang.RS_JSON).hasNext(), e.name() + " finds records");
      } else {
        assertFalse(graph(res, Lang.TURTLE).isEmpty(), e.name() + " finds records");
      }
    }
    assertEquals(Set.of("application/sparql-results+json", "text/turtle"), kinds, "SELECT and CONSTRUCT examples");
  }

  @Test
  void pageTextIsEscaped() {
    String html = new SparqlPage(List.of(new SparqlPage.Example("x", "<b>vi</b>", "\"en\" & 'more'",
      "SELECT * { ?s ?p \"</textarea><script>\" }"))).html();
    assertFalse(html.contains("<b>vi</b>") || html.contains("<script>") || html.contains("</textarea><"), html);
    assertTrue(html.contains("&lt;b&gt;vi&lt;/b&gt;") && html.contains("&quot;en&quot; &amp; &#39;more&#39;"));
  }
}
