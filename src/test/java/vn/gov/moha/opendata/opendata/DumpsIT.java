package vn.gov.moha.opendata.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.RdfAssertions;
import vn.gov.moha.opendata.support.TestServer;

/**
 * Whole-dataset dumps: each parses back with Jena, holds one description per published record (the same triples as
 * the record's own document), conforms to the shapes, and is cached by ETag.
 */
class DumpsIT {
  private final Http http = TestServer.http();
  private final String base = TestServer.base();

  private static vn.gov.moha.opendata.opendata.DatasetModule module(String dataset) {
    return vn.gov.moha.opendata.app.Modules.ALL.stream().filter(m -> m.name().equals(dataset)).findFirst()
      .orElseThrow();
  }

  /** The count of a dataset's published records: its module's SELECT. */
  private static String published(String dataset) {
    return "SELECT count(*) FROM (" + module(dataset).select("true") + ") r";
  }

  /** The rows of a dataset's tabular form (one per record, or per cell of a statistics dataset's cubes). */
  private static String tableRows(String dataset) {
    return "SELECT count(*) FROM (" + module(dataset).table().select("true") + ") r";
  }

  private static long count(String sql) throws Exception {
    try (Connection c = TestServer.jdbc(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void everyDatasetDumpsInBothSyntaxesWithOneDescriptionPerRecord() throws Exception {
    for (String dataset : TestServer.catalogued()) {
      long records = count(published(dataset));
      Model nt = null;
      for (String syntax : List.of("nt", "ttl")) {
        Http.Res res = http.get("/downloads/" + dataset + "." + syntax);
        assertEquals(200, res.status(), dataset + "." + syntax);
        assertTrue(res.header("Content-Disposition").orElse("").contains(dataset + "." + syntax));
        assertTrue(res.header("Last-Modified").isPresent());
        assertTrue(res.headers().allValues("Link").stream().anyMatch(l -> l.contains("/downloads/" + dataset
          + ".datapackage.json") && l.contains("rel=\"describedby\"")), "the data package describes it");
        Model m = RdfAssertions.parse(res.body(), syntax.equals("nt") ? Lang.NTRIPLES : Lang.TURTLE, base);
        assertEquals(records, m.listSubjectsWithProperty(RDF.type, m.getResource(module(dataset).recordClass()))
          .toList().size(),
          dataset + "." + syntax + ": one description per published record");
        if (nt == null) {
          nt = m;
        } else {
          RdfAssertions.sameGraph(nt, m, dataset + " nt vs ttl");
        }
        String etag = res.header("ETag").orElseThrow();
        assertEquals(304, http.get("/downloads/" + dataset + "." + syntax, "If-None-Match", etag).status());
      }
      RdfAssertions.conforms(nt);
    }
  }

  @Test
  void aRecordReadsTheSameInTheDumpAndInItsDocument() {
    Model dump = RdfAssertions.parse(http.get("/downloads/associations.nt").body(), Lang.NTRIPLES, base);
    String key = http.get("/api/v1/associations?status=dissolved&limit=1").json().getJsonArray("items")
      .getJsonObject(0).getString("key");
    Model doc = RdfAssertions.parse(http.get("/doc/organization/" + key + ".nt").body(), Lang.NTRIPLES, base);
    assertTrue(dump.containsAll(doc), "the document's triples are in the dump");
  }

  /**
   * The N-Triples dump is written by its own writer (NTriplesOut, without Jena nodes), a record's document by Jena
   * from a graph: for a sample of awards spread over the dump, the triples about the award and its recipient are the
   * same in both (parsed with Jena), and the dump's bytes are one triple per line.
   */
  @Test
  void awardsInTheNTriplesDumpAreTheirDocumentsTriples() {
    Http.Res res = http.get("/downloads/awards.nt");
    Model dump = RdfAssertions.parse(res.body(), Lang.NTRIPLES, base);
    List<org.apache.jena.rdf.model.Resource> awards = dump.listSubjectsWithProperty(RDF.type,
      dump.getResource(module("awards").recordClass())).toList();
    assertTrue(awards.size() >= 20, "awards in the dump: " + awards.size());
    assertEquals(dump.size(), res.body().lines().count(), "one triple per line");
    int step = awards.size() / 20;
    for (int i = 0; i < awards.size(); i += step) {
      String award = awards.get(i).getURI();
      Model doc = RdfAssertions.parse(http.get("/doc/award/" + award.substring(award.lastIndexOf('/') + 1) + ".nt")
        .body(), Lang.NTRIPLES, base);
      for (String subject : List.of(award, award + "#recipient")) {
        Model inDump = org.apache.jena.rdf.model.ModelFactory.createDefaultModel()
          .add(dump.listStatements(dump.getResource(subject), null, (org.apache.jena.rdf.model.RDFNode) null));
        Model inDoc = org.apache.jena.rdf.model.ModelFactory.createDefaultModel()
          .add(doc.listStatements(doc.getResource(subject), null, (org.apache.jena.rdf.model.RDFNode) null));
        assertTrue(inDump.size() >= 3, subject + ": a type, a kind or type link and a name at least");
        RdfAssertions.sameGraph(inDoc, inDump, subject + ": dump vs document");
      }
    }
  }

  /**
   * The contract checks only the file name's shape (a pattern, not a list of every dataset's files): an unknown dataset
   * with a known extension reaches the handler and is a 404 problem naming the file; an unknown extension is a 400.
   */
  @Test
  void unknownFilesAre404Or400() {
    for (String file : List.of("no-such-dataset.nt", "no-such-dataset.csv-metadata.json", "awards2.datapackage.json")) {
      JsonObject problem = ApiAssertions.problem(http.get("/downloads/" + file), 404, "/downloads/{file}", "get");
      assertEquals("not-found", problem.getString("code"), file);
      assertTrue(problem.getString("detail").contains(file), problem.encode());
    }
    JsonObject bad = ApiAssertions.problem(http.get("/downloads/awards.exe"), 400, "/downloads/{file}", "get");
    assertTrue(bad.encode().contains("file"), bad.encode());
    assertEquals(400, http.get("/downloads/Awards.csv").status());
    assertEquals(400, http.get("/downloads/awards").status());
  }

  @Test
  void csvOpensInExcelWithItsDiacriticsAndOneLinePerRecord() throws Exception {
    for (String dataset : TestServer.catalogued()) {
      Http.Res res = http.get("/downloads/" + dataset + ".csv");
      assertEquals(200, res.status(), dataset);
      assertTrue(res.contentType().startsWith("text/csv"), res.contentType());
      assertTrue(res.body().startsWith("\uFEFF"), "a byte-order mark for Excel");
      List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.RFC4180.builder()
        .setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(res.body().substring(1)))
        .getRecords();
      assertEquals(count(tableRows(dataset)), records.size(), dataset + ": one line per row of its table");
      assertTrue(records.get(0).getParser().getHeaderNames().get(0).equals("URI"));
      assertTrue(records.stream().allMatch(r -> r.get("URI").startsWith(base + "/")), dataset);
      assertEquals(304, http.get("/downloads/" + dataset + ".csv", "If-None-Match",
        res.header("ETag").orElseThrow()).status());
    }
    // the CSVW metadata the CSV names: its columns are the header, with English titles beside the Vietnamese
    Http.Res awardsCsv = http.get("/downloads/awards.csv");
    String link = awardsCsv.header("Link").orElseThrow();
    assertTrue(link.contains("rel=\"describedby\"") && link.contains("/downloads/awards.csv-metadata.json"), link);
    Http.Res meta = http.get("/downloads/awards.csv-metadata.json");
    assertEquals(200, meta.status());
    assertTrue(meta.contentType().startsWith("application/csvm+json"));
    io.vertx.core.json.JsonArray columns = meta.json().getJsonObject("tableSchema").getJsonArray("columns");
    List<String> header = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().get()
      .parse(new java.io.StringReader(awardsCsv.body().substring(1))).getHeaderNames();
    assertEquals(header, columns.stream().map(c -> ((io.vertx.core.json.JsonObject) c).getJsonObject("titles")
      .getString("vi")).toList());
    assertTrue(columns.stream().allMatch(c -> ((io.vertx.core.json.JsonObject) c).getJsonObject("titles")
      .getString("en") != null), "every column has its English title");
    String csv = http.get("/downloads/associations.csv").body();
    assertTrue(csv.contains("Hội Luật gia Việt Nam") && csv.contains("Tên,") && csv.contains("Lĩnh vực"),
      "Vietnamese names and headers intact");
  }
}
