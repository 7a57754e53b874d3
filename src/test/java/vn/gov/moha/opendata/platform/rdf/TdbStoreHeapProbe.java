package vn.gov.moha.opendata.platform.rdf;

import java.nio.file.Path;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Run in a child JVM with a small heap by {@link TdbStoreHeapTest}: {@code build DIR RECORDS} rebuilds a store of
 * {@link #QUADS} quads per record (every triple distinct), counts it, looks one record up and runs a query that
 * decodes every node (TDB2 keeps the nodes it decodes in its caches); {@code materialise DIR}
 * counts an existing store the way that does not fit (Jena's generic union view, which keeps every distinct triple in
 * a set: what {@code TdbStore.tripleCount} did before). Prints one line, exits 0; an OutOfMemoryError ends the JVM
 * with a non-zero status.
 */
final class TdbStoreHeapProbe {
  static final int QUADS = 10;
  private static final String EX = "https://opendata.moha.gov.vn/";

  private TdbStoreHeapProbe() {
  }

  public static void main(String[] args) {
    Path dir = Path.of(args[1]);
    if (args[0].equals("materialise")) {
      DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
      long triples = Txn.calculateRead(dsg, () -> Iter.count(dsg.getUnionGraph().find()));
      TDBInternal.expel(dsg);
      System.out.println("materialised " + triples);
      return;
    }
    int records = Integer.parseInt(args[2]);
    try (TdbStore store = TdbStore.open(dir)) {
      store.rebuild(out -> {
        out.start();
        Node type = NodeFactory.createURI(EX + "def/Record");
        for (int r = 0; r < records; r++) {
          Node g = NodeFactory.createURI(EX + "id/record/" + r);
          out.quad(Quad.create(g, g, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), type));
          for (int i = 1; i < QUADS; i++) {
            out.quad(Quad.create(g, g, NodeFactory.createURI(EX + "def/p" + i),
              NodeFactory.createLiteralString("record " + r + " value " + i + " of the heap probe")));
          }
        }
        out.finish();
      }, 7);
      long found = store.query(QueryFactory.create("SELECT ?v { <" + EX + "id/record/" + (records - 1) + "> <" + EX
        + "def/p3> ?v }"), 60_000, exec -> (long) exec.select().rewindable().size());
      // decodes every node of the store (TDB2 caches what it decodes)
      long decoded = store.query(QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(STRLEN(STR(?o)) > 0 "
        + "&& STRLEN(STR(?s)) > 0) }"), 120_000, exec -> ((Number) exec.select().next().get("n").getLiteralValue())
        .longValue());
      System.out.println("built " + store.tripleCount() + " triples, " + store.graphCount() + " graphs, lookup " + found
        + ", decoded " + decoded + ", " + store.describe());
    }
  }
}
