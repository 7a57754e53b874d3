package vn.gov.moha.opendata.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.ROV;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.RdfAssertions;
import vn.gov.moha.opendata.support.TestServer;

/**
 * Dereferencing our URIs as a linked-data client does: 303 from the thing to its document, the document in every
 * syntax by suffix, Accept and format — each parsed back by Jena, the same graph in all, conforming to rdf/shapes.
 */
class LinkedDataIT {
  private static final Map<String, Lang> SYNTAXES = Map.of("ttl", Lang.TURTLE, "jsonld", Lang.JSONLD,
    "rdf", Lang.RDFXML, "nt", Lang.NTRIPLES);
  private static final Map<String, String> MEDIA = Map.of("ttl", "text/turtle", "jsonld", "application/ld+json",
    "rdf", "application/rdf+xml", "nt", "application/n-triples");
  private static final String MOHA = "https://opendata.moha.gov.vn/def/moha#";
  private final Http http = TestServer.http();
  private final String base = TestServer.base();

  /** Fetches a document in every syntax three ways, checks they agree and conform; returns the Turtle parse. */
  private Model everySyntax(String documentPath) {
    Model reference = null;
    for (String s : List.of("ttl", "jsonld", "rdf", "nt")) {
      Http.Res bySuffix = http.get(documentPath + "." + s);
      assertEquals(200, bySuffix.status(), documentPath + "." + s + ": " + bySuffix.body());
      assertTrue(bySuffix.contentType().startsWith(MEDIA.get(s)), bySuffix.contentType());
      Model m = RdfAssertions.parse(bySuffix.body(), SYNTAXES.get(s), base);
      Http.Res byAccept = http.get(documentPath, "Accept", MEDIA.get(s) + ", text/html;q=0.5");
      assertEquals(200, byAccept.status());
      assertTrue(byAccept.contentType().startsWith(MEDIA.get(s)), byAccept.contentType());
      assertEquals("Accept", byAccept.header("Vary").orElse(""));
      assertEquals(documentPath + "." + s, byAccept.header("Content-Location").orElse(""));
      assertTrue(byAccept.header("Link").orElse("").contains("<" + documentPath + ".jsonld>; rel=\"alternate\""));
      Http.Res byFormat = http.get(documentPath + "?format=" + s);
      RdfAssertions.sameGraph(m, RdfAssertions.parse(byAccept.body(), SYNTAXES.get(s), base), documentPath + " Accept");
      RdfAssertions.sameGraph(m, RdfAssertions.parse(byFormat.body(), SYNTAXES.get(s), base), documentPath + " format");
      if (reference == null) {
        reference = m;
      } else {
        RdfAssertions.sameGraph(reference, m, documentPath + " " + s + " vs ttl");
      }
      RdfAssertions.conforms(m);
    }
    Http.Res html = http.get(documentPath, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    assertEquals(200, html.status());
    assertTrue(html.contentType().startsWith("text/html"), html.contentType());
    return reference;
  }

  private String seeOther(String thingPath, String... headers) {
    return ApiAssertions.seeOther(http.get(thingPath, headers), thingPath);
  }

  @Test
  void anAssociationWithItsHistory() {
    JsonObject dissolved = http.get("/api/v1/associations?status=dissolved&limit=1").json().getJsonArray("items")
      .getJsonObject(0);
    String key = dissolved.getString("key");
    String thing = "/id/organization/" + key;
    assertEquals(base + "/doc/organization/" + key, seeOther(thing));
    assertEquals(base + "/doc/organization/" + key + ".ttl", seeOther(thing + "?format=ttl"));
    Model m = everySyntax("/doc/organization/" + key);
    Resource org = m.getResource(base + thing);
    assertTrue(org.hasProperty(RDF.type, ROV.RegisteredOrganization));
    assertTrue(org.hasProperty(ROV.orgStatus, m.getResource(base + "/def/association-statuses/dissolved")));
    assertTrue(org.hasProperty(ROV.legalName, dissolved.getString("name"), "vi"), dissolved.encode());
    // its dissolution is an org:ChangeEvent naming it as the original organisation
    assertFalse(m.listSubjectsWithProperty(m.getProperty("http://www.w3.org/ns/org#originalOrganization"), org)
      .filterKeep(e -> e.hasProperty(m.getProperty("http://purl.org/dc/terms/type"),
        m.getResource(base + "/def/association-event-types/dissolved"))).toList().isEmpty(), "the dissolution");
  }

  @Test
  void anAwardWithItsRecipientAndNothingPersonal() {
    JsonObject award = http.get("/api/v1/awards?recipient_kind=individual&limit=1").json().getJsonArray("items")
      .getJsonObject(0);
    String key = award.getString("key");
    assertEquals(base + "/doc/award/" + key, seeOther("/id/award/" + key));
    Model m = everySyntax("/doc/award/" + key);
    Resource a = m.getResource(base + "/id/award/" + key);
    assertTrue(a.hasProperty(RDF.type, m.getResource(MOHA + "AwardConferral")));
    Resource recipient = a.getPropertyResourceValue(m.getProperty(MOHA + "recipient"));
    assertEquals(award.getJsonObject("recipient").getString("name"),
      recipient.getProperty(m.getProperty("http://xmlns.com/foaf/0.1/name")).getString());
  }

  @Test
  void aPublishedQuestionWithItsAnswer() {
    JsonObject item = http.get("/api/v1/feedback?q=can%20cuoc&limit=1").json().getJsonArray("items").getJsonObject(0);
    String key = item.getString("key");
    assertEquals(base + "/doc/feedback/" + key, seeOther("/id/feedback/" + key));
    Model m = everySyntax("/doc/feedback/" + key);
    Resource q = m.getResource(base + "/id/feedback/" + key);
    assertTrue(q.hasProperty(RDF.type, m.getResource("https://schema.org/Question")));
    assertTrue(q.hasProperty(m.getProperty("https://schema.org/text"), item.getString("question"), "vi"));
    assertTrue(item.getString("question").contains("[số định danh đã ẩn]"), item.getString("question"));
    Resource answer = q.getPropertyResourceValue(m.getProperty("https://schema.org/acceptedAnswer"));
    assertTrue(answer.hasProperty(m.getProperty("https://schema.org/text"), item.getString("answer"), "vi"));
  }

  @Test
  void aLegalDocumentUnderItsEli() {
    JsonObject doc = http.get("/api/v1/legal-documents?number=63%2F2022%2FN%C4%90-CP").json().getJsonArray("items")
      .getJsonObject(0);
    String eli = "/eli/vn/cp/2022/nd/63";
    assertEquals(base + "/doc" + eli, seeOther(eli, "Accept", "text/turtle"));
    assertEquals(base + "/doc" + eli, seeOther(eli + "/vie"));
    Model m = everySyntax("/doc" + eli);
    Resource r = m.getResource(base + eli);
    assertTrue(r.hasProperty(m.getProperty("http://data.europa.eu/eli/ontology#id_local"), doc.getString("number")));
    assertTrue(r.hasProperty(m.getProperty("http://data.europa.eu/eli/ontology#type_document"),
      m.getResource(base + "/def/legal-document-types/NGHI_DINH")));
    assertFalse(m.listStatements(null, m.getProperty("http://data.europa.eu/eli/ontology#implements"),
      (org.apache.jena.rdf.model.RDFNode) null).hasNext(), "eli:implements is deprecated");
  }

  @Test
  void codeListsAreSkosConceptSchemes() {
    assertEquals(base + "/doc/def/award-types", seeOther("/def/award-types"));
    Model scheme = everySyntax("/doc/def/award-types");
    Resource hc = scheme.getResource(base + "/def/award-types/HC_LAO_DONG_3");
    assertTrue(hc.hasProperty(SKOS.prefLabel, "Huân chương Lao động hạng Ba", "vi"));
    assertTrue(hc.hasProperty(SKOS.broader, scheme.getResource(base + "/def/award-kinds/order")));
    Model province = everySyntax("/doc/def/provinces/T24");
    Resource bacGiang = province.getResource(base + "/def/provinces/T24");
    assertTrue(bacGiang.hasLiteral(province.getProperty("http://www.w3.org/2002/07/owl#deprecated"), true),
      "the provinces before 1 July 2025 are retired");
    assertTrue(bacGiang.hasProperty(province.getProperty("http://purl.org/dc/terms/isReplacedBy")));
    for (String s : List.of("legal-document-types", "issuers", "fields", "validity-statuses", "association-kinds",
      "association-scopes", "association-statuses", "association-fields", "association-event-types", "award-kinds",
      "relation-types",
      "award-deciders", "award-methods", "award-bodies", "award-recipient-kinds", "provinces")) {
      Http.Res r = http.get("/doc/def/" + s + ".ttl");
      assertEquals(200, r.status(), s);
      RdfAssertions.conforms(RdfAssertions.parse(r.body(), Lang.TURTLE, base));
    }
    Model vocabulary = RdfAssertions.parse(http.get("/doc/def/moha.ttl").body(), Lang.TURTLE, base);
    assertTrue(vocabulary.contains(vocabulary.getResource(MOHA + "AwardConferral"), RDF.type));
  }

  @Test
  void negotiationFailuresAndMissingThings() {
    Http.Res png = http.get("/doc/def/provinces", "Accept", "image/png");
    assertEquals("not-acceptable", ApiAssertions.problem(png, 406, "/doc/def/{scheme}", "get").getString("code"));
    assertEquals(404, http.get("/id/organization/khong-co-hoi-nay").status());
    assertEquals(404, http.get("/doc/award/1999-nope.ttl").status());
    assertEquals(404, http.get("/def/award-types/NOPE").status());
    assertEquals(400, http.get("/doc/organization/x.exe").status(), "the contract refuses an unknown suffix");
    // a conditional request for the same representation: 304
    Http.Res first = http.get("/doc/def/award-kinds.ttl");
    String etag = first.header("ETag").orElseThrow();
    assertEquals(304, http.get("/doc/def/award-kinds.ttl", "If-None-Match", etag).status());
  }

  @Test
  void aDeletedDocumentIsGoneWithItsTombstone() {
    String token = TestServer.writerToken();
    long target = http.get("/api/v1/legal-documents?number=63%2F2022%2FN%C4%90-CP").json().getJsonArray("items")
      .getJsonObject(0).getLong("id");
    JsonObject created = http.json("POST", "/api/v1/legal-documents", new JsonObject()
      .put("number", "9/2026/TT-BNV").put("issuer", "BNV").put("type", "THONG_TU")
      .put("title", "Thông tư thử nghiệm bia mộ").put("issued_date", "2026-03-02").put("status", "in_force")
      .put("attachments", new io.vertx.core.json.JsonArray().add(new JsonObject().put("name", "9-2026-TT-BNV.pdf")
        .put("media_type", "application/pdf").put("size", 1234)))
      .put("relations", new io.vertx.core.json.JsonArray().add(new JsonObject().put("type", "details")
        .put("target", target))),
      "Authorization", "Bearer " + token).json();
    String eli = "/eli/vn/bnv/2026/tt/9";
    assertEquals(base + "/doc" + eli, seeOther(eli));
    assertEquals(base + "/doc" + eli, seeOther(eli + "/vie/1"));
    Model m = everySyntax("/doc" + eli);
    assertTrue(m.contains(m.getResource(base + eli), m.getProperty(MOHA + "details"),
      m.getResource(base + "/eli/vn/cp/2022/nd/63")), "the relation, with our term where ELI has none");
    assertTrue(m.contains(m.getResource(base + eli + "/vie/1"), RDF.type,
      m.getResource("http://data.europa.eu/eli/ontology#Format")));
    Http.Res del = http.send("DELETE", "/api/v1/legal-documents/" + created.getLong("id"), null, null,
      "Authorization", "Bearer " + token, "If-Match", "*");
    assertEquals(204, del.status(), del.body());
    JsonObject gone = ApiAssertions.problem(http.get(eli), 410, "/eli/vn/{agent}/{year}/{type}/{number}", "get");
    assertTrue(gone.getString("detail").contains("9/2026/TT-BNV"), gone.encode());
    assertEquals(410, http.get("/doc" + eli + ".ttl").status());
  }

  @Test
  void theVoidDescriptionListsTheDatasetsWithTheirSizesDumpsAndEndpoint() {
    String v = "http://rdfs.org/ns/void#";
    Http.Res res = http.get("/.well-known/void", "Accept", "text/turtle");
    assertEquals(200, res.status(), res.body());
    Model m = RdfAssertions.parse(res.body(), Lang.TURTLE, base);
    for (String s : List.of("jsonld", "rdf", "nt")) {
      RdfAssertions.sameGraph(m, RdfAssertions.parse(http.get("/.well-known/void?format=" + s).body(), SYNTAXES.get(s),
        base), "VoID " + s);
    }
    Resource all = m.getResource(base + "/.well-known/void#moha");
    assertTrue(all.hasProperty(m.getProperty(v + "sparqlEndpoint"), m.getResource(base + "/sparql")));
    assertTrue(all.hasProperty(m.getProperty(v + "vocabulary"), m.getResource("http://data.europa.eu/eli/ontology#")));
    long sum = 0;
    for (String d : TestServer.catalogued()) {
      Resource set = m.getResource(base + "/.well-known/void#" + d);
      assertTrue(all.hasProperty(m.getProperty(v + "subset"), set), d);
      long records = set.getProperty(m.getProperty(v + "entities")).getLong();
      long triples = set.getProperty(m.getProperty(v + "triples")).getLong();
      assertTrue(records > 0 && triples > records * 5, d + ": " + records + " records, " + triples + " triples");
      sum += triples;
      String dump = set.getPropertyResourceValue(m.getProperty(v + "dataDump")).getURI();
      assertTrue(dump.startsWith(base + "/downloads/" + d + "."), dump);
      String uriSpace = d.equals("legal-documents") ? "/eli/vn/" : d.equals("awards") ? "/id/award/"
        : d.equals("feedback") ? "/id/feedback/" : d.equals("par-index") ? "/id/par-index-result/"
        : d.equals("reporting-compliance") ? "/id/reporting-compliance/" : "/id/organization/";
      assertEquals(base + uriSpace, set.getProperty(m.getProperty(v + "uriSpace")).getString());
    }
    assertEquals(sum, all.getProperty(m.getProperty(v + "triples")).getLong());
    // the records the API counts are the records VoID counts (give or take the awards other tests decided since the
    // counts were taken: they are kept for ten minutes)
    long awards = http.get("/api/v1/awards?count=true&limit=1").json().getLong("total");
    long counted = m.getResource(base + "/.well-known/void#awards").getProperty(m.getProperty(v + "entities")).getLong();
    assertTrue(counted <= awards && counted >= awards - 50, counted + " awards in VoID, " + awards + " in the API");
    assertEquals(200, http.get("/.well-known/void", "Accept", "text/html").status());
  }

  @Test
  void theJsonLdContextReadsOurRecordsAsTheyArePublished() {
    Http.Res ctx = http.get("/ns/moha.jsonld");
    assertEquals(200, ctx.status());
    assertTrue(ctx.contentType().startsWith("application/ld+json"));
    JsonObject award = http.get("/api/v1/awards?limit=1").json().getJsonArray("items").getJsonObject(0);
    Model published = RdfAssertions.parse(http.get("/doc/award/" + award.getString("key") + ".ttl").body(),
      Lang.TURTLE, base);
    JsonObject plain = new JsonObject().put("@context", new JsonObject(ctx.body()).getValue("@context"))
      .put("id", award.getString("uri")).put("type", "AwardConferral")
      .put("awardType", base + "/def/award-types/" + award.getJsonObject("type").getString("code"))
      .put("decisionNumber", award.getJsonObject("decision").getString("number"))
      .put("date", award.getJsonObject("decision").getString("date"))
      .put("recipient", award.getString("uri") + "#recipient");
    Model read = RdfAssertions.parse(plain.encode(), Lang.JSONLD, base);
    assertEquals(5, read.size(), read.toString());
    assertTrue(published.containsAll(read), "the context's terms are the IRIs and datatypes we publish:\n" + read);
  }
}
