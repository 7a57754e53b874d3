package vn.gov.moha.opendata.platform.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.tdb2.params.StoreParams;
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
}
