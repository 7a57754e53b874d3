package vn.gov.moha.opendata.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.app.Application;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/**
 * A server of its own (own embedded PostgreSQL, small seed) configured with RDF_STORE_URL: an in-memory Fuseki on a
 * random port, its dataset TDB2 with the union default graph, as in production. Checked through Fuseki's own query
 * endpoint: the first start's rebuild fills it with one graph per published record, a change through our API reaches
 * it within seconds, the outbox cursor is kept there; and our /sparql answers from it.
 */
class RemoteStoreIT {
  static final String SYSTEM = "<urn:moha:system>";

  static long count(String fusekiQuery, String select) {
    try (var exec = QueryExecHTTP.service(fusekiQuery).query(select).build()) {
      var row = exec.select().next();
      return ((Number) row.get("n").getLiteralValue()).longValue();
    }
  }

  static boolean ask(String fusekiQuery, String ask) {
    try (var exec = QueryExecHTTP.service(fusekiQuery).query(ask).build()) {
      return exec.ask();
    }
  }

  static long published(Application.Running server) throws Exception {
    try (Connection c = TestServer.jdbc("postgresql://postgres@localhost:" + server.embedded().url().port()
      + "/postgres"); ResultSet rs = c.createStatement().executeQuery("SELECT " + vn.gov.moha.opendata.app.Modules.ALL
      .stream().map(m -> "(SELECT count(*) FROM (" + m.select("true") + ") r)")
      .collect(java.util.stream.Collectors.joining(" + ")))) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void theServerKeepsAnExternalSparqlStoreInStep() throws Exception {
    if (System.getenv("TEST_DATABASE_URL") != null) {
      return; // a second server on the shared external database would take its outbox from the test server
    }
    Path dir = Path.of("target", "test-var-remote-store");
    TestServer.deleteTree(dir);
    // TDB2 on disk: its in-memory variant loads several times slower
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.resolve("fuseki").toString());
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/moha", dsg).build().start();
    String base = "http://localhost:" + fuseki.getPort() + "/moha";
    String sparql = base + "/sparql";
    Application.Running server = null;
    try {
      server = Application.start(TestServer.config(dir.resolve("server"), 20, Map.of("RDF_STORE_URL", base,
        "AWARDS_SEED_SIZE", "500")));
      long t0 = System.nanoTime();
      server.rdfReady().toCompletionStage().toCompletableFuture().get(5, TimeUnit.MINUTES);
      long ms = (System.nanoTime() - t0) / 1_000_000;

      long records = published(server);
      long graphs = count(sparql, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?g != " + SYSTEM
        + ") }");
      long quads = count(sparql, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?g != " + SYSTEM + ") }");
      System.out.println("rebuild into Fuseki: " + records + " records, " + quads + " quads, ready " + ms
        + " ms after the server listened");
      assertTrue(records > 1000, "the seed published documents, associations and awards: " + records);
      assertEquals(records, graphs, "one graph in Fuseki per published record");
      long cursor = count(sparql, "SELECT ?n { GRAPH " + SYSTEM + " { " + SYSTEM + " <urn:moha:cursor> ?n } }");
      assertEquals(server.rdf().cursor(), cursor, "the outbox cursor is kept in Fuseki");

      // a change through our API reaches Fuseki within seconds
      Http http = new Http(server.baseUri());
      String officer = "Bearer " + TestServer.token(server, "ngo-officer", "VU_TCPCP", "officer");
      String name = "Hội Khuyến học Kho Ngoài " + System.nanoTime() % 100000;
      Http.Res created = http.json("POST", "/api/v1/associations", StoreSyncIT.association(name), "Authorization",
        officer);
      assertEquals(201, created.status(), created.body());
      String uri = created.json().getString("uri");
      String inItsGraph = "ASK { GRAPH <" + uri + "> { <" + uri + "> <http://www.w3.org/ns/regorg#legalName> \""
        + name + "\"@vi } }";
      long t1 = System.nanoTime();
      while (!ask(sparql, inItsGraph)) {
        assertTrue(System.nanoTime() - t1 < TimeUnit.SECONDS.toNanos(15), "not in Fuseki within 15 s");
        Thread.sleep(100);
      }
      System.out.println("an API write reached Fuseki in " + (System.nanoTime() - t1) / 1_000_000 + " ms");
      assertEquals(records + 1, count(sparql, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?g != "
        + SYSTEM + ") }"));
      assertTrue(count(sparql, "SELECT ?n { GRAPH " + SYSTEM + " { " + SYSTEM + " <urn:moha:cursor> ?n } }") > cursor,
        "the cursor moved on with the change");

      // our /sparql answers from Fuseki: a triple put there behind the server's back is seen
      Txn.executeWrite(dsg, () -> dsg.add(NodeFactory.createURI("urn:test:only-in-fuseki"),
        NodeFactory.createURI("urn:test:marker"), NodeFactory.createURI("urn:test:p"),
        NodeFactory.createLiteralString("seen")));
      assertTrue(StoreSyncIT.ask(http, "ASK { <urn:test:marker> <urn:test:p> \"seen\" }"));
      assertTrue(StoreSyncIT.ask(http, "ASK { <" + uri + "> rov:legalName \"" + name + "\"@vi }"));
      Http.Res refused = http.get("/sparql?query=" + java.net.URLEncoder.encode("SELECT * { SERVICE <" + sparql
        + "> { ?s ?p ?o } }", java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(400, refused.status(), "the guardrails stay: " + refused.body());
    } finally {
      if (server != null) {
        server.close();
      }
      fuseki.stop();
      org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }
  }
}
