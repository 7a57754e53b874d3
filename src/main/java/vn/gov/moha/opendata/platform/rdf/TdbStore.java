package vn.gov.moha.opendata.platform.rdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
 * The default {@link RdfStore}: a Jena TDB2 dataset under one directory, one named graph per published record. SPARQL
 * sees the UNION of the named graphs as its default graph (set per query, see {@link #query}), so queries need no GRAPH
 * clause.
 *
 * <p>The outbox cursor (the last outbox event applied) lives in the dataset's own stored default graph, as the triple
 * {@code <urn:moha:system> <urn:moha:cursor> n}: it is written in the same transaction as the graphs it accounts for
 * (no window where one is committed without the other), and the union default graph queries see leaves it out. Only
 * a query naming Jena's {@code GRAPH <urn:x-arq:DefaultGraph>} reaches it; an outbox event id is no secret.
 *
 * <p>Every method blocks (TDB2 transactions are bound to the calling thread): call them on {@code Workers.rdf}, never
 * on an event loop. Readers never wait for the writer (TDB2 is MVCC: one writer, many readers, each reader sees the
 * last commit); writers queue.
 */
public final class TdbStore implements RdfStore {
  /** What one entry of TDB2's node caches costs on the heap (measured: see {@link #storeParams}). */
  private static final int NODE_CACHE_ENTRY_BYTES = 256;
  private final Path dir;
  private final DatasetGraph dsg;

  private TdbStore(Path dir, DatasetGraph dsg) {
    this.dir = dir;
    this.dsg = dsg;
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
   * adds the replacement triples, stores the cursor. A reader sees all of it or none of it.
   */
  @Override
  public void apply(Map<String, Graph> replace, Collection<String> delete, long cursor) {
    Txn.executeWrite(dsg, () -> {
      for (String g : delete) {
        dsg.removeGraph(RdfStore.graphName(g));
      }
      for (Map.Entry<String, Graph> e : replace.entrySet()) {
        Node g = RdfStore.graphName(e.getKey());
        dsg.removeGraph(g);
        e.getValue().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
      }
      setCursor(cursor);
    });
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
   * cannot clear and load atomically.
   */
  @Override
  public void rebuild(Consumer<StreamRDF> source, long cursor) {
    Txn.executeWrite(dsg, () -> {
      dsg.clear();
      source.accept(RdfStore.recordQuads(dsg::add));
      setCursor(cursor);
    });
  }

  /** The last outbox event applied, −1 when the store was never built. */
  @Override
  public long cursor() {
    return Txn.calculateRead(dsg, () -> {
      Iterator<Quad> it = dsg.find(Quad.defaultGraphIRI, SYSTEM, CURSOR, Node.ANY);
      return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : -1L;
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
   * Runs a SPARQL query in a read transaction, with the union of the record graphs as default graph and an overall
   * timeout ({@code QueryCancelledException} past it); {@code action} consumes the execution inside the transaction.
   */
  @Override
  public <T> T query(Query query, long timeoutMs, Function<QueryExec, T> action) {
    return Txn.calculateRead(dsg, () -> {
      try (QueryExec exec = QueryExec.dataset(dsg).query(query)
        .set(TDB2.symUnionDefaultGraph, true)
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
    dsg.deleteAny(Quad.defaultGraphIRI, SYSTEM, CURSOR, Node.ANY);
    dsg.add(Quad.defaultGraphIRI, SYSTEM, CURSOR, NodeFactory.createLiteralDT(Long.toString(cursor), XSDDatatype.XSDlong));
  }
}
