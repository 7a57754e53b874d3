package vn.gov.moha.opendata.platform.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RdfStore} does, run against each implementation ({@link TdbStoreTest}, {@link RemoteStoreTest});
 * {@link #open} gives a new, empty store.
 */
abstract class RdfStoreTest {
  static final String EX = "https://opendata.moha.gov.vn/";
  RdfStore store;

  abstract RdfStore open();

  @BeforeEach
  void openStore() {
    store = open();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  static Node uri(String local) {
    return NodeFactory.createURI(EX + local);
  }

  /** A record graph: {@code <id/x> dcterms:title "title"} plus one shared type triple. */
  static Graph record(String id, String title) {
    Graph g = GraphFactory.createDefaultGraph();
    g.add(uri("id/" + id), NodeFactory.createURI("http://purl.org/dc/terms/title"), NodeFactory.createLiteralString(title));
    g.add(uri("id/type"), NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
      NodeFactory.createLiteralString("shared"));
    return g;
  }

  /** A rebuild whose source fails after its first quad: a triple outside any graph is refused. */
  void failRebuildMidway(long cursor) {
    assertThrows(IllegalArgumentException.class, () -> store.rebuild(out -> {
      out.quad(Quad.create(uri("doc/b"), uri("s"), uri("p"), uri("o")));
      out.triple(org.apache.jena.graph.Triple.create(uri("s"), uri("p"), uri("o")));
    }, cursor));
  }

  Set<String> titles() {
    return store.query(QueryFactory.create("SELECT ?t { ?s <http://purl.org/dc/terms/title> ?t }"), 5000, exec -> {
      Set<String> out = new TreeSet<>();
      RowSet rows = exec.select();
      rows.forEachRemaining(b -> out.add(b.get("t").getLiteralLexicalForm()));
      return out;
    });
  }

  @Test
  void applyReplacesAndDeletesGraphsAndStoresTheCursor() {
    assertTrue(store.isEmpty());
    assertEquals(-1, store.cursor());
    store.apply(Map.of(EX + "doc/a", record("a", "A1"), EX + "doc/b", record("b", "B1")), List.of(), 5);
    assertEquals(Set.of("A1", "B1"), titles(), "the union default graph needs no GRAPH clause");
    assertEquals(2, store.graphCount());
    assertEquals(3, store.tripleCount(), "the shared triple counts once in the union");
    assertEquals(5, store.cursor());
    assertFalse(store.isEmpty());

    store.apply(Map.of(EX + "doc/a", record("a", "A2")), List.of(EX + "doc/b", EX + "doc/never"), 9);
    assertEquals(Set.of("A2"), titles(), "a replaced graph loses its old triples, a deleted one disappears");
    assertEquals(1, store.graphCount());
    assertEquals(2, store.tripleCount());
    assertEquals(9, store.cursor());
  }

  @Test
  void rebuildEmptiesTheStoreAndIsIdempotent() {
    store.apply(Map.of(EX + "doc/old", record("old", "OLD")), List.of(), 3);
    Consumer<StreamRDF> source = out -> {
      out.start();
      for (int i = 0; i < 100; i++) {
        Node g = uri("doc/" + i);
        record(String.valueOf(i), "T" + i).find().forEachRemaining(t -> out.quad(Quad.create(g, t)));
      }
      out.finish();
    };
    store.rebuild(source, 77);
    long triples = store.tripleCount();
    assertEquals(101, triples);
    assertEquals(100, store.graphCount());
    assertFalse(titles().contains("OLD"));
    store.rebuild(source, 78);
    assertEquals(triples, store.tripleCount(), "rebuilding twice gives the same triples");
    assertEquals(100, store.graphCount());
    assertEquals(78, store.cursor());
  }

}
