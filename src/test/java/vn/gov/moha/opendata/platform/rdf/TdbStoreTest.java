package vn.gov.moha.opendata.platform.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TDB2 store: the common behaviour, plus what one transaction per write and files on disk give. */
class TdbStoreTest extends RdfStoreTest {
  @TempDir
  Path dir;

  @Override
  RdfStore open() {
    return TdbStore.open(dir.resolve("rdf"));
  }

  @Test
  void theCursorIsNotInTheUnionDefaultGraph() {
    store.apply(Map.of(EX + "doc/a", record("a", "A")), List.of(), 42);
    long seen = store.query(QueryFactory.create("SELECT * { ?s ?p ?o FILTER(?s = <urn:moha:system>) }"), 5000,
      exec -> exec.select().rewindable().size());
    assertEquals(0, seen);
    long named = store.query(QueryFactory.create("SELECT * { GRAPH <urn:x-arq:DefaultGraph> { <urn:moha:system> ?p ?o "
      + "} }"), 5000, exec -> exec.select().rewindable().size());
    assertEquals(0, named, "nor in the stored default graph, even named");
    long graphs = store.query(QueryFactory.create("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }"), 5000,
      exec -> exec.select().rewindable().size());
    assertEquals(1, graphs, "only record graphs are named graphs");
  }

  @Test
  void theCursorAndTheGraphsSurviveCloseAndReopen() {
    store.apply(Map.of(EX + "doc/a", record("a", "A")), List.of(), 1234567890123L);
    store.close();
    store = open();
    assertEquals(1234567890123L, store.cursor());
    assertEquals(Set.of("A"), titles());
  }

  @Test
  void theNodeCachesFollowTheHeapUpToTdb2sDefaults() {
    StoreParams small = TdbStore.storeParams(256L << 20);
    assertEquals(109_226, small.getNodeId2NodeCacheSize(), "≈ 1/8 of 256 MB at 256 bytes an entry, 5/6 of it");
    assertEquals(21_845, small.getNode2NodeIdCacheSize());
    StoreParams big = TdbStore.storeParams(8L << 30);
    StoreParams dft = StoreParams.getDftStoreParams();
    assertEquals(dft.getNodeId2NodeCacheSize(), big.getNodeId2NodeCacheSize(), "a big heap keeps TDB2's defaults");
    assertEquals(dft.getNode2NodeIdCacheSize(), big.getNode2NodeIdCacheSize());
    StoreParams mine = TdbStore.storeParams(Runtime.getRuntime().maxMemory());
    assertTrue(store.describe().endsWith("(node caches " + mine.getNode2NodeIdCacheSize() + " + "
      + mine.getNodeId2NodeCacheSize() + ")"), "the store opened with this JVM's: " + store.describe());
  }

  @Test
  void aRebuildThatFailsLeavesTheStoreAsItWas() {
    store.apply(Map.of(EX + "doc/a", record("a", "A")), List.of(), 3);
    failRebuildMidway(4);
    assertEquals(Set.of("A"), titles());
    assertEquals(3, store.cursor());
  }

  @Test
  void theStoredDefaultGraphIsTheUnionOfTheRecordGraphsAndATripleSharedByTwoRecordsSurvivesOne() {
    Triple shared = Triple.create(uri("id/type"), NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
      NodeFactory.createLiteralString("shared"));
    store.apply(Map.of(EX + "doc/a", record("a", "A"), EX + "doc/b", record("b", "B")), List.of(), 1);
    assertStoredDefaultGraphIsTheUnion(3);
    assertTrue(queriesSee(shared));

    store.apply(Map.of(), List.of(EX + "doc/a"), 2);
    assertStoredDefaultGraphIsTheUnion(2);
    assertTrue(queriesSee(shared), "b still holds the shared triple");
    assertEquals(Set.of("B"), titles());

    store.apply(Map.of(EX + "doc/b", record("b", "B2")), List.of(), 3);
    assertStoredDefaultGraphIsTheUnion(2);
    assertTrue(queriesSee(shared), "the replacement holds it again");
    assertEquals(Set.of("B2"), titles(), "the replaced title is gone");

    Graph alone = GraphFactory.createDefaultGraph();
    alone.add(uri("id/b"), NodeFactory.createURI("http://purl.org/dc/terms/title"), NodeFactory.createLiteralString("B3"));
    store.apply(Map.of(EX + "doc/b", alone), List.of(), 4);
    assertStoredDefaultGraphIsTheUnion(1);
    assertFalse(queriesSee(shared), "no record holds it any more");

    store.rebuild(out -> record("c", "C").find().forEachRemaining(t -> out.quad(Quad.create(uri("doc/c"), t))), 5);
    assertStoredDefaultGraphIsTheUnion(2);
    assertEquals(Set.of("C"), titles());
    assertEquals(5, store.cursor());
  }

  @Test
  void queriesSeeTheUnionOfTheRecordGraphsAfterAnySequenceOfChanges() {
    // 6 records drawing their triples from a pool of 8, so that most triples are shared, changed at random
    List<Triple> pool = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      pool.add(Triple.create(uri("id/s" + i % 3), uri("def/p" + i % 2), NodeFactory.createLiteralString("o" + i)));
    }
    Random rnd = new Random(7);
    Map<String, Set<Triple>> records = new HashMap<>();
    for (int step = 1; step <= 60; step++) {
      Map<String, Graph> replace = new HashMap<>();
      List<String> delete = new ArrayList<>();
      for (int r = 0; r < 6; r++) {
        String g = EX + "doc/r" + r;
        int what = rnd.nextInt(4);
        if (what == 0) {
          delete.add(g);
          records.remove(g);
        } else if (what == 1) {
          Graph graph = GraphFactory.createDefaultGraph();
          pool.stream().filter(t -> rnd.nextInt(3) == 0).forEach(graph::add);
          replace.put(g, graph);
          records.put(g, Iter.toSet(graph.find()));
        }
      }
      store.apply(replace, delete, step);
      Set<Triple> union = new HashSet<>();
      records.values().forEach(union::addAll);
      for (Triple t : pool) {
        assertEquals(union.contains(t), queriesSee(t), "step " + step + ": " + t);
      }
    }
    assertStoredDefaultGraphIsTheUnion(-1);
  }

  @Test
  void aStoreWrittenBeforeTheStoredDefaultGraphIsQueriedAsTheUnionUntilItsRebuild() {
    store.close();
    DatasetGraph old = DatabaseMgr.connectDatasetGraph(dir.resolve("rdf").toString());
    Txn.executeWrite(old, () -> {
      record("a", "A").find().forEachRemaining(t -> old.add(Quad.create(uri("doc/a"), t)));
      old.add(Quad.defaultGraphIRI, RdfStore.SYSTEM, RdfStore.CURSOR,
        NodeFactory.createLiteralDT("41", XSDDatatype.XSDlong));
    });
    TDBInternal.expel(old);
    store = open();

    assertEquals(-1, store.cursor(), "reported as never built, so that StoreSync rebuilds it");
    assertEquals(Set.of("A"), titles(), "meanwhile its queries see its graphs");
    assertThrows(IllegalStateException.class,
      () -> store.apply(Map.of(EX + "doc/b", record("b", "B")), List.of(), 42));
    assertEquals(Set.of("A"), titles());

    store.rebuild(out -> record("b", "B").find().forEachRemaining(t -> out.quad(Quad.create(uri("doc/b"), t))), 43);
    assertEquals(43, store.cursor());
    assertEquals(Set.of("B"), titles());
    assertStoredDefaultGraphIsTheUnion(2);
    store.apply(Map.of(EX + "doc/c", record("c", "C")), List.of(), 44);
    assertEquals(Set.of("B", "C"), titles());
  }

  private boolean queriesSee(Triple t) {
    return store.query(QueryFactory.create("ASK { " + NodeFmtLib.strNT(t.getSubject()) + " "
      + NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject()) + " }"), 5000, exec -> exec.ask());
  }

  /**
   * Reads the store's files (closed meanwhile): its stored default graph holds exactly the distinct triples of its
   * record graphs ({@code triples} of them, unless −1), and nothing else (no bookkeeping triple).
   */
  private void assertStoredDefaultGraphIsTheUnion(int triples) {
    store.close();
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.resolve("rdf").toString());
    try {
      Txn.executeRead(dsg, () -> {
        Set<Triple> dft = Iter.toSet(dsg.getDefaultGraph().find());
        Set<Triple> union = Iter.toSet(Iter.map(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY), Quad::asTriple));
        assertEquals(union, dft);
        if (triples >= 0) {
          assertEquals(triples, dft.size());
        }
      });
    } finally {
      TDBInternal.expel(dsg);
      store = open();
    }
  }
}
