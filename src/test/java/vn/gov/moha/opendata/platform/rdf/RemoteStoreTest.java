package vn.gov.moha.opendata.platform.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The external-store implementation against a real SPARQL 1.1 server: an in-memory Fuseki on a random port, its
 * dataset a TDB2 one with the union default graph, as a production Fuseki would be configured. The common behaviour
 * runs twice: rebuilds loading through the Graph Store Protocol, and through INSERT DATA ({@link ByInsertData}).
 */
class RemoteStoreTest extends RdfStoreTest {
  static FusekiServer fuseki;
  static DatasetGraph dsg;

  @BeforeAll
  static void startFuseki() {
    dsg = DatabaseMgr.createDatasetGraph();
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", dsg).build().start();
  }

  @AfterAll
  static void stopFuseki() {
    fuseki.stop();
  }

  static String base() {
    return "http://localhost:" + fuseki.getPort() + "/ds";
  }

  RemoteStore.Endpoints endpoints() {
    return RemoteStore.Endpoints.fuseki(base());
  }

  @Override
  RdfStore open() {
    Txn.executeWrite(dsg, dsg::clear);
    return new RemoteStore(endpoints());
  }

  /** The same, a rebuild loading by INSERT DATA through the update endpoint (RDF_STORE_GSP_URL=none). */
  @Nested
  class ByInsertData extends RdfStoreTest {
    @Override
    RdfStore open() {
      Txn.executeWrite(dsg, dsg::clear);
      RemoteStore.Endpoints e = RemoteStoreTest.this.endpoints();
      return new RemoteStore(new RemoteStore.Endpoints(e.query(), e.update(), Optional.empty(), e.user(),
        e.password()));
    }
  }

  @Test
  void theCursorIsInTheSystemGraphAndNotCountedAsARecord() {
    store.apply(Map.of(EX + "doc/a", record("a", "A")), List.of(), 42);
    assertEquals(1, store.graphCount());
    assertEquals(2, store.tripleCount());
    assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(RdfStore.SYSTEM, RdfStore.SYSTEM, RdfStore.CURSOR,
      NodeFactory.createLiteralDT("42", org.apache.jena.datatypes.xsd.XSDDatatype.XSDlong))));
  }

  @Test
  void aRebuildThatFailsMidwayLeavesNoCursorSoItIsRedone() {
    store.apply(Map.of(EX + "doc/a", record("a", "A")), List.of(), 3);
    failRebuildMidway(4);
    assertEquals(-1, store.cursor(), "StoreSync rebuilds a store without a cursor");
  }

  /** Update requests Fuseki has answered, good or bad. */
  static long updates() {
    return fuseki.getDataAccessPointRegistry().get("/ds").getDataService().getEndpoints(Operation.Update).stream()
      .mapToLong(Endpoint::getRequests).sum();
  }

  @Test
  void anApplyIsOneUpdateRequestSoTheStoreRunsItWhollyOrNotAtAll() {
    long before = updates();
    store.apply(Map.of(EX + "doc/a", record("a", "A1"), EX + "doc/b", record("b", "B1")), List.of(EX + "doc/c"), 5);
    store.apply(Map.of(EX + "doc/a", record("a", "A2")), List.of(EX + "doc/b"), 6);
    assertEquals(2, updates() - before, "graphs dropped, graphs inserted and the cursor: one request each time");
    assertEquals(Set.of("A2"), titles());
  }

  @Test
  void recordDataCannotBreakOrInjectIntoTheUpdate() {
    Graph g = record("a", "A");
    String evil = "http://example.org/x> } } ; DROP ALL ; INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> <urn:o";
    g.add(uri("id/a"), NodeFactory.createURI("http://xmlns.com/foaf/0.1/homepage"), NodeFactory.createURI(evil));
    store.apply(Map.of(EX + "doc/a", g, EX + "doc/b", record("b", "B")), List.of(), 7);
    assertEquals(Set.of("A", "B"), titles());
    assertEquals(2, store.graphCount());
    long homepages = store.query(QueryFactory.create("SELECT ?h { ?s <http://xmlns.com/foaf/0.1/homepage> ?h "
      + "FILTER(STRSTARTS(STR(?h), \"http://example.org/x%3E%20%7D\")) }"), 5000, e -> e.select().rewindable().size());
    assertEquals(1, homepages, "the IRI is kept, its forbidden characters percent-encoded");
  }

  @Test
  void aQueryPastItsTimeoutIsCancelledAndTheThreadIsLeftUninterrupted() {
    Graph bulk = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    for (int i = 0; i < 300; i++) {
      bulk.add(uri("bulk/" + i), uri("n"), NodeFactory.createLiteralString("v" + i));
    }
    store.apply(Map.of(EX + "bulk", bulk), List.of(), 1);
    String forever = "SELECT (COUNT(*) AS ?n) { ?a <" + EX + "n> ?x . ?b <" + EX + "n> ?y . ?c <" + EX + "n> ?z . ?d <"
      + EX + "n> ?w }";
    long t0 = System.nanoTime();
    assertThrows(QueryCancelledException.class, () -> store.query(QueryFactory.create(forever), 300,
      e -> e.select().next()));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms < 3000, "cancelled at its timeout, not when the store finished: " + ms + " ms");
    assertFalse(Thread.currentThread().isInterrupted());
    assertEquals(1, store.cursor(), "the store answers the next query");
  }
}
