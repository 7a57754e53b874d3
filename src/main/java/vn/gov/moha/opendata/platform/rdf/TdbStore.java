package vn.gov.moha.opendata.platform.rdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.storage.StoragePrefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The default {@link RdfStore}: a Jena TDB2 dataset under one directory, one named graph per published record, and
 * the union of those graphs kept, triple for triple, in the dataset's stored default graph, which is what SPARQL
 * queries see (no GRAPH clause needed).
 *
 * <p>Why a stored copy rather than TDB2's union default graph ({@code TDB2.symUnionDefaultGraph}, what this store
 * used before): a union query matches each pattern on the quad indexes with any graph (32-byte rows) and drops the
 * duplicates of a triple held by several graphs, join step by join step; the default graph is TDB2's triple table
 * (24-byte rows, nothing to drop). Measured in-process ({@code TdbStoreCountProbe}: 1.65 M triples in 100 000
 * graphs, 2 cores, medians): the filtered count of bench/peers-sparql.sh took 75–77 ms over the union, 56–59 ms over
 * the stored default graph, 56–61 ms over the same triples in a plain TDB2 default graph (the way Fuseki serves
 * them); each join step cost 1.5× as much over the union. Lookups by URI take the same time either way. The copy
 * costs build time and disk (see {@link #rebuild}); the named graphs still give {@link #apply} each record's triples
 * and serve GRAPH queries.
 *
 * <p>The copy is exact after every write: {@link #rebuild} adds each quad's triple to the default graph as well;
 * {@link #apply} adds a replacement's triples there and removes a dropped graph's triples from it unless another
 * record's graph still holds them (a triple shared by two records survives the deletion of one).
 *
 * <p>The outbox cursor (the last outbox event applied) is kept out of every graph: it is a prefix entry of the graph
 * name {@code <urn:moha:system>} in TDB2's prefix table, which commits in the same transaction as the graphs it
 * accounts for (no window where one is committed without the other). No query reaches it: prefixes are not data.
 *
 * <p>A store written before the copy (its cursor the triple {@code <urn:moha:system> <urn:moha:cursor> n} in the
 * default graph) is {@linkplain #legacy legacy}: {@link #cursor} reports it never built, so {@code StoreSync}
 * rebuilds it on start, and until that rebuild commits its queries still run over the union of its graphs.
 *
 * <p>Every method blocks (TDB2 transactions are bound to the calling thread): call them on {@code Workers.rdf}, never
 * on an event loop. Readers never wait for the writer (TDB2 is MVCC: one writer, many readers, each reader sees the
 * last commit); writers queue.
 */
public final class TdbStore implements RdfStore {
  /** What one entry of TDB2's node caches costs on the heap (measured: see {@link #storeParams}). */
  private static final int NODE_CACHE_ENTRY_BYTES = 256;
  /** The cursor's entry in the prefix table: prefix {@code cursor} of the graph name {@link #SYSTEM}. */
  private static final String CURSOR_PREFIX = "cursor";
  private static final String CURSOR_IRI = "urn:moha:cursor:";
  private static final Node DEFAULT = Quad.defaultGraphIRI;
  private final Path dir;
  private final DatasetGraph dsg;
  /**
   * The store still has the layout without the default-graph copy (see the class comment): queries run over the
   * union of the graphs, {@link #apply} is refused. Only ever goes from true to false, after a rebuild commits.
   */
  private volatile boolean legacy;

  private TdbStore(Path dir, DatasetGraph dsg) {
    this.dir = dir;
    this.dsg = dsg;
    this.legacy = Txn.calculateRead(dsg, () -> dsg.contains(DEFAULT, SYSTEM, CURSOR, Node.ANY));
  }

  /** Opens (creating when needed) the TDB2 dataset under {@code dir}, its node caches sized to this JVM's heap. */
  public static TdbStore open(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StoreParams params = storeParams(Runtime.getRuntime().maxMemory());
    return new TdbStore(dir, DatabaseMgr.connectDatasetGraph(dir.toString(), params));
  }

  /**
   * TDB2's defaults with node caches of at most ~1/8 of {@code maxHeap}. TDB2 keeps two caches of decoded nodes (node →
   * id, 200 000 entries by default; id → node, 1 000 000): every node a query decodes stays in them. Measured here,
   * an entry costs ≈ 260 bytes (the node, its string, the id, Caffeine's entry), so the defaults alone grow to ~300 MB
   * on a store with a million distinct nodes: after one query scanning the 1.27 M demo triples a 256 MB server held
   * 88 MB of them. Cache sizes are TDB2's "dynamic" parameters: they apply to an existing database too (a store
   * created on a small heap records its sizes in its tdb.cfg; every open overrides them), and from ~2.4 GB of heap on
   * they are TDB2's defaults again.
   */
  static StoreParams storeParams(long maxHeap) {
    long entries = maxHeap / 8 / NODE_CACHE_ENTRY_BYTES;
    return StoreParams.builder("moha-opendata")
      .nodeId2NodeCacheSize((int) Math.max(5_000, Math.min(1_000_000, entries * 5 / 6)))
      .node2NodeIdCacheSize((int) Math.max(1_000, Math.min(200_000, entries / 6)))
      .build();
  }

  public Path dir() {
    return dir;
  }

  @Override
  public String describe() {
    StoreParams p = TDBInternal.getDatasetGraphTDB(dsg).getStoreParams();
    return "TDB2 " + dir.toAbsolutePath() + " (node caches " + p.getNode2NodeIdCacheSize() + " + "
      + p.getNodeId2NodeCacheSize() + ")";
  }

  /**
   * Applies changes in ONE write transaction: drops every graph in {@code delete} and every graph in {@code replace},
   * adds the replacement triples to their graphs and to the default graph, removes from the default graph the dropped
   * triples no record graph holds any more, stores the cursor. A reader sees all of it or none of it.
   *
   * @throws IllegalStateException on a {@linkplain #legacy legacy} store, which must be rebuilt first
   */
  @Override
  public void apply(Map<String, Graph> replace, Collection<String> delete, long cursor) {
    if (legacy) {
      throw new IllegalStateException("the RDF store under " + dir + " predates the stored default graph: rebuild it "
        + "(StoreSync does on start) before applying changes");
    }
    Txn.executeWrite(dsg, () -> {
      List<Triple> dropped = new ArrayList<>();
      for (String g : delete) {
        drop(RdfStore.graphName(g), dropped);
      }
      for (Map.Entry<String, Graph> e : replace.entrySet()) {
        Node g = RdfStore.graphName(e.getKey());
        drop(g, dropped);
        e.getValue().find().forEachRemaining(t -> {
          dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
          dsg.add(DEFAULT, t.getSubject(), t.getPredicate(), t.getObject());
        });
      }
      for (Triple t : dropped) {
        if (!inSomeGraph(t)) {
          dsg.delete(DEFAULT, t.getSubject(), t.getPredicate(), t.getObject());
        }
      }
      setCursor(cursor);
    });
  }

  /** Removes graph {@code g}, adding its triples to {@code dropped}. */
  private void drop(Node g, List<Triple> dropped) {
    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> dropped.add(q.asTriple()));
    dsg.removeGraph(g);
  }

  /** Whether a record graph holds {@code t}: one probe of the SPOG index. */
  private boolean inSomeGraph(Triple t) {
    Iterator<Quad> it = dsg.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
    try {
      return it.hasNext();
    } finally {
      Iter.close(it);
    }
  }

  /**
   * Idempotent full rebuild in one write transaction: empties the store, takes the quads {@code source} emits (it
   * calls {@code start()}, {@code quad(...)} for each, {@code finish()}; every quad in a record's named graph) and
   * sets the cursor. Readers go on seeing the previous content until the commit.
   *
   * <p>The quads go straight into the transaction as the source emits them, nothing is collected: TDB2 writes the
   * transaction to its files, not to the heap, so the heap a build needs does not grow with the store (checked by
   * {@code TdbStoreHeapTest}: 300 000 quads in a 40 MB heap; the 1.27 M-triple demo store builds in a 256 MB server).
   *
   * <p>Measured here (2 cores, JDK 17, 12 quads a record): 2.4M quads into an empty store in 71 s (34k quads/s); over a
   * full store the clear costs as much again (2.4M replaced in 137 s, 17.6k quads/s). So ~1M records (12M quads) take
   * ~6 min the first time and ~12 min as a rebuild. TDB2's loaders were not faster on 2 cores (240k quads: basic 42k
   * quads/s, phased 25k, parallel 29k, against 27k for this transaction) and run their own transactions, so they
   * cannot clear and load atomically. Those figures predate the stored default graph: each quad's triple goes into it
   * as well, which made a build 30–45 % longer and the store 26 % larger (1.65 M quads, {@code TdbStoreCountProbe}
   * and the same transaction without the copy, alternated: 17.6 → 25.3 s, 784 → 984 MB); the time goes to the
   * triple indexes' B+trees (adding by node id, skipping the second node look-up, saved nothing).
   */
  @Override
  public void rebuild(Consumer<StreamRDF> source, long cursor) {
    Txn.executeWrite(dsg, () -> {
      dsg.clear();
      source.accept(RdfStore.recordQuads(q -> {
        dsg.add(q);
        dsg.add(DEFAULT, q.getSubject(), q.getPredicate(), q.getObject());
      }));
      setCursor(cursor);
    });
    legacy = false;
  }

  /** The last outbox event applied, −1 when the store was never built (or is {@linkplain #legacy legacy}). */
  @Override
  public long cursor() {
    return Txn.calculateRead(dsg, () -> {
      String iri = prefixes().get(SYSTEM, CURSOR_PREFIX);
      return iri == null ? -1L : Long.parseLong(iri.substring(CURSOR_IRI.length()));
    });
  }

  /** True when the store holds no record graph. */
  @Override
  public boolean isEmpty() {
    return Txn.calculateRead(dsg, () -> !dsg.listGraphNodes().hasNext());
  }

  /**
   * Distinct triples of the union of the record graphs (what a SPARQL query sees). Counted on TDB2's own union graph,
   * which scans the quad index ending in G (SPOG) as node ids, so a triple in several graphs comes as adjacent rows:
   * constant memory, no node decoded. ({@code dsg.getUnionGraph().find()} on the switchable wrapper would go through
   * Jena's generic union view, which keeps every distinct {@code Triple} in a set: with 1.2 M triples that alone filled
   * a 256 MB heap right after the first build.)
   */
  @Override
  public long tripleCount() {
    return Txn.calculateRead(dsg, () -> (long) TDBInternal.getDatasetGraphTDB(dsg).getUnionGraphTDB().size());
  }

  @Override
  public long graphCount() {
    return Txn.calculateRead(dsg, () -> Iter.count(dsg.listGraphNodes()));
  }

  /**
   * Runs a SPARQL query in a read transaction, over the stored default graph (the union of the record graphs) and
   * with an overall timeout ({@code QueryCancelledException} past it); {@code action} consumes the execution inside
   * the transaction.
   */
  @Override
  public <T> T query(Query query, long timeoutMs, Function<QueryExec, T> action) {
    // read before the transaction begins: true → false happens after a rebuild commits, so a reader seeing false
    // begins after that commit; one seeing true may begin after it too, and gets the same triples from the union
    boolean union = legacy;
    return Txn.calculateRead(dsg, () -> {
      try (QueryExec exec = QueryExec.dataset(dsg).query(query)
        .set(TDB2.symUnionDefaultGraph, union)
        .timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .build()) {
        return action.apply(exec);
      }
    });
  }

  /** Releases the dataset (its files and locks); a later {@link #open} of the directory reads it from disk again. */
  @Override
  public void close() {
    TDBInternal.expel(dsg);
  }

  private void setCursor(long cursor) {
    prefixes().delete(SYSTEM, CURSOR_PREFIX);
    prefixes().add(SYSTEM, CURSOR_PREFIX, CURSOR_IRI + cursor);
  }

  /** TDB2's prefix table, in the same transactions as the data. */
  private StoragePrefixes prefixes() {
    return TDBInternal.getDatasetGraphTDB(dsg).getStoragePrefixes();
  }
}
