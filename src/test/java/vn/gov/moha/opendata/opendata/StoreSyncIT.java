package vn.gov.moha.opendata.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.app.Application;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/**
 * The RDF store follows PostgreSQL: a change made through the API is in SPARQL within seconds (the outbox relay), a
 * deletion drops the record's graph, a restart keeps the store, and a rebuild gives the same triples.
 */
class StoreSyncIT {
  private static final String PREFIXES = "PREFIX rov: <http://www.w3.org/ns/regorg#> "
    + "PREFIX eli: <http://data.europa.eu/eli/ontology#> ";

  static boolean ask(Http http, String query) {
    Http.Res r = http.get("/sparql?query=" + URLEncoder.encode(PREFIXES + query, StandardCharsets.UTF_8),
      "Accept", "application/sparql-results+json");
    assertEquals(200, r.status(), r.body());
    return r.json().getBoolean("boolean");
  }

  /** Polls an ASK until it answers {@code expected}, for at most 15 seconds; returns the milliseconds it took. */
  static long await(Http http, String query, boolean expected) throws InterruptedException {
    long t0 = System.nanoTime();
    while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(15)) {
      if (ask(http, query) == expected) {
        return (System.nanoTime() - t0) / 1_000_000;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("SPARQL did not answer " + expected + " within 15 s: " + query);
  }

  static JsonObject association(String name) {
    return new JsonObject().put("kind", "HOI").put("name", name).put("scope", "provincial").put("province", "T01N")
      .put("fields", new JsonArray().add("KHUYEN_HOC")).put("founded_date", "2026-01-15")
      .put("founding_decision_number", "15/QĐ-UBND").put("founding_decision_issuer", "Chủ tịch UBND thành phố Hà Nội");
  }

  @Test
  void aChangeThroughTheApiIsInSparqlWithinSecondsAndADeletionLeavesIt() throws Exception {
    Http http = TestServer.http();
    String officer = "Bearer " + TestServer.token("ngo-officer", "VU_TCPCP", "officer");
    String name = "Hội Khuyến học phường Thử Nghiệm " + System.nanoTime() % 100000;
    Http.Res created = http.json("POST", "/api/v1/associations", association(name), "Authorization", officer);
    assertEquals(201, created.status(), created.body());
    String uri = created.json().getString("uri");
    long ms = await(http, "ASK { <" + uri + "> rov:legalName \"" + name + "\"@vi }", true);
    System.out.println("an API write reached SPARQL in " + ms + " ms");

    // a legal document: created, then deleted — its graph goes with it
    String legal = "Bearer " + TestServer.writerToken();
    JsonObject doc = http.json("POST", "/api/v1/legal-documents", new JsonObject().put("number", "31/2026/TT-BNV")
      .put("issuer", "BNV").put("type", "THONG_TU").put("title", "Thông tư kiểm thử đồng bộ kho RDF")
      .put("issued_date", "2026-05-04").put("status", "in_force"), "Authorization", legal).json();
    String eli = doc.getString("uri");
    await(http, "ASK { <" + eli + "> eli:id_local \"31/2026/TT-BNV\" }", true);
    assertEquals(204, http.send("DELETE", "/api/v1/legal-documents/" + doc.getLong("id"), null, null,
      "Authorization", legal).status());
    await(http, "ASK { <" + eli + "> ?p ?o }", false);
  }

  /** Triples and graphs of the published records (other tests put graphs of their own in the store too). */
  static long[] ours(Application.Running server) {
    String q = "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?g) AS ?graphs) { GRAPH ?g { ?s ?p ?o } "
      + "FILTER(STRSTARTS(STR(?g), \"" + server.baseUri() + "/\")) }";
    return server.rdf().query(org.apache.jena.query.QueryFactory.create(q), 60_000, exec -> {
      var row = exec.select().next();
      return new long[] {((Number) row.get("n").getLiteralValue()).longValue(),
        ((Number) row.get("graphs").getLiteralValue()).longValue()};
    });
  }

  @Test
  void aRebuildGivesTheSameTriples() throws Exception {
    Application.Running server = TestServer.get();
    Http http = TestServer.http();
    // a change through the API, followed by the relay, then a full rebuild: the same triples
    String officer = "Bearer " + TestServer.token("ngo-officer", "VU_TCPCP", "officer");
    String name = "Hội Cựu học sinh Thử Nghiệm Dựng Lại " + System.nanoTime() % 100000;
    String uri = http.json("POST", "/api/v1/associations", association(name), "Authorization", officer).json()
      .getString("uri");
    await(http, "ASK { <" + uri + "> rov:legalName \"" + name + "\"@vi }", true);
    long[] before = ours(server);
    long records = server.sync().rebuild().toCompletionStage().toCompletableFuture().get(5, TimeUnit.MINUTES);
    long[] after = ours(server);
    assertEquals(before[0], after[0], "the same triple count after a rebuild");
    assertEquals(before[1], after[1], "the same graphs");
    assertEquals(after[1], records, "one graph per published record");
    assertTrue(after[0] > records * 5, "every record has its triples");
    assertTrue(ask(http, "ASK { <" + uri + "> rov:legalName \"" + name + "\"@vi }"));
  }

  @Test
  void aRestartKeepsTheStore() throws Exception {
    if (System.getenv("TEST_DATABASE_URL") != null) {
      return; // a second server on the same external database would share it with the test server
    }
    Path dir = Path.of("target", "test-var-rdf-restart");
    TestServer.deleteTree(dir);
    String name = "Quỹ Bảo trợ Thử Nghiệm Khởi Động Lại";
    String uri;
    long triples;
    Application.Running first = Application.start(TestServer.config(dir, 20));
    try {
      first.rdfReady().toCompletionStage().toCompletableFuture().get(5, TimeUnit.MINUTES);
      Http http = new Http(first.baseUri());
      String officer = "Bearer " + TestServer.token(first, "ngo-officer", "VU_TCPCP", "officer");
      Http.Res created = http.json("POST", "/api/v1/associations", association(name).put("kind", "QUY_XA_HOI"),
        "Authorization", officer);
      assertEquals(201, created.status(), created.body());
      uri = created.json().getString("uri");
      await(http, "ASK { <" + uri + "> rov:legalName \"" + name + "\"@vi }", true);
      triples = first.rdf().tripleCount();
    } finally {
      first.close();
    }
    Application.Running second = Application.start(TestServer.config(dir, 20));
    try {
      second.rdfReady().toCompletionStage().toCompletableFuture().get(5, TimeUnit.MINUTES);
      assertEquals(triples, second.rdf().tripleCount(), "the store was kept, not rebuilt");
      assertTrue(ask(new Http(second.baseUri()), "ASK { <" + uri + "> rov:legalName \"" + name + "\"@vi }"));
      assertFalse(second.rdf().cursor() < 0);
    } finally {
      second.close();
    }
  }
}
