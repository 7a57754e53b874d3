package vn.gov.moha.opendata.platform.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QueryFactory;
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
  void aRebuildThatFailsLeavesTheStoreAsItWas() {
    store.apply(Map.of(EX + "doc/a", record("a", "A")), List.of(), 3);
    failRebuildMidway(4);
    assertEquals(Set.of("A"), titles());
    assertEquals(3, store.cursor());
  }
}
