package vn.gov.moha.opendata.opendata.linkeddata;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.sqlclient.Cursor;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PreparedStatement;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.platform.rdf.RdfStore;
import vn.gov.moha.opendata.platform.rdf.Triples;
import vn.gov.moha.opendata.platform.rdf.Uris;

/**
 * Keeps the RDF store in step with PostgreSQL, the only source of truth. Each published record is one named graph
 * (named by the thing's URI).
 *
 * <ul>
 *   <li><b>Rebuild</b> (first start, or the {@code rebuild-rdf} command): every record of every linked dataset, read
 *   in one repeatable-read snapshot through server-side cursors, streamed into the store, which swaps it in with one
 *   commit (TDB2; an external store is emptied and filled in chunks, readers seeing it fill: {@code RemoteStore}).
 *   The cursor it stores is the newest outbox event older than {@link #GRACE} in that snapshot, so the relay replays
 *   the last moments again (harmless: replaying an event re-reads the record's current state).</li>
 *   <li><b>Relay</b> (every {@code intervalMs}): the outbox events after the store's cursor, grouped by dataset; each
 *   named record is re-read from its open view and its graph replaced, or dropped when it is gone (deleted, or no
 *   longer published); graphs and the new cursor commit together. Outbox ids are taken at insert, not at commit, so
 *   an id can become visible after a higher one: the cursor stops before a missing id until the id is older than
 *   {@link #GRACE} (then its transaction rolled back).</li>
 * </ul>
 */
public final class StoreSync {
  private static final Logger LOG = LoggerFactory.getLogger(StoreSync.class);
  /** How long a missing outbox id may still be a transaction in flight (statements time out well before). */
  static final Duration GRACE = Duration.ofSeconds(60);
  static final int BATCH = 1000;

  private final Vertx vertx;
  private final Pool pool;
  private final WorkerExecutor rdf;
  private final RdfStore store;
  private final Uris uris;
  private final Map<String, DatasetModule> datasets = new LinkedHashMap<>();
  /** One pass or one rebuild at a time. */
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile boolean closing;
  private long timer = -1;
  // the relay's state, touched only by the pass holding `running`
  private long processed;
  private long written = Long.MIN_VALUE;
  private final TreeMap<Long, Long> gaps = new TreeMap<>();

  public StoreSync(Vertx vertx, Pool pool, WorkerExecutor rdf, RdfStore store, Uris uris, List<DatasetModule> sets) {
    this.vertx = vertx;
    this.pool = pool;
    this.rdf = rdf;
    this.store = store;
    this.uris = uris;
    sets.forEach(d -> datasets.put(d.name(), d));
  }

  /** Rebuilds when the store was never built (a new machine, or a deleted var/rdf). */
  public Future<Void> rebuildIfEmpty() {
    return rdf.executeBlocking(() -> store.cursor() < 0 || store.isEmpty(), false)
      .compose(empty -> empty ? rebuild().mapEmpty() : Future.succeededFuture());
  }

  /** The full, idempotent rebuild (waits for a relay pass in progress); returns the number of records written. */
  public Future<Long> rebuild() {
    if (closing) {
      return Future.failedFuture("the server is stopping");
    }
    if (!running.compareAndSet(false, true)) {
      io.vertx.core.Promise<Long> later = io.vertx.core.Promise.promise();
      vertx.setTimer(100, t -> rebuild().onComplete(later));
      return later.future();
    }
    return rebuildHolding().eventually(() -> {
      running.set(false);
      return Future.succeededFuture();
    });
  }

  private Future<Long> rebuildHolding() {
    long t0 = System.nanoTime();
    return pool.getConnection().compose(conn -> conn.begin().compose(tx -> conn
        .query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute()
        .compose(v -> conn.preparedQuery("SELECT coalesce(max(id) FILTER (WHERE created_at < now() - $1::int * interval '1 second'), 0)"
          + " AS cursor FROM platform.outbox").execute(Tuple.of((int) GRACE.toSeconds())))
        .compose(rs -> {
          long cursor = rs.iterator().next().getLong("cursor");
          long[] records = {0};
          return rdf.executeBlocking(() -> {
            store.rebuild(out -> {
              out.start();
              for (DatasetModule d : datasets.values()) {
                records[0] += streamAll(conn, d, out);
              }
              out.finish();
            }, cursor);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            // counted here, on the worker: a count is a query, over HTTP with a RemoteStore
            LOG.info("RDF store rebuilt: {} records, {} triples, in {} ms", records[0], store.tripleCount(), ms);
            return records[0];
          }, false);
        })
        .eventually(tx::rollback))
      .eventually(conn::close))
      .onSuccess(n -> written = Long.MIN_VALUE);
  }

  /**
   * Streams one dataset's records into the rebuild (runs on the rdf worker thread that holds the store's write
   * transaction; waits there for each batch of the reactive cursor, never on an event loop).
   */
  private long streamAll(SqlConnection conn, DatasetModule d, StreamRDF out) {
    GraphSwitch quads = new GraphSwitch(out);
    Triples triples = new Triples(quads);
    long n = 0;
    try {
      PreparedStatement ps = await(conn.prepare(d.select("true")));
      Cursor cursor = ps.cursor();
      do {
        if (closing) {
          throw new java.util.concurrent.CancellationException("the server is stopping: rebuild abandoned, the "
            + "store keeps its previous content");
        }
        RowSet<Row> rows = await(cursor.read(BATCH));
        for (Row row : rows) {
          quads.graph = NodeFactory.createURI(uris.of(d.thingPath(row)));
          d.describe(row, uris, triples);
          n++;
        }
      } while (cursor.hasMore());
      await(cursor.close());
      await(ps.close());
    } catch (ExecutionException | InterruptedException e) {
      throw new IllegalStateException("rebuild of " + d.name() + " failed", e);
    }
    return n;
  }

  private static <T> T await(Future<T> f) throws ExecutionException, InterruptedException {
    try {
      return f.toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new ExecutionException(e);
    }
  }

  /** Triples of the current record → quads in its graph. */
  private static final class GraphSwitch extends StreamRDFWrapper {
    Node graph;

    GraphSwitch(StreamRDF out) {
      super(out);
    }

    @Override
    public void start() {
    }

    @Override
    public void finish() {
    }

    @Override
    public void triple(Triple t) {
      other.quad(Quad.create(graph, t));
    }
  }

  /** Starts the relay: every {@code intervalMs}, the events after the store's cursor. */
  public void start(long intervalMs) {
    timer = vertx.setPeriodic(intervalMs, id -> relay().onFailure(e -> LOG.warn("RDF relay failed; will retry", e)));
  }

  /**
   * Stops the relay and abandons a rebuild in progress (its transaction aborts: the store keeps what it had); the
   * future completes once no pass or rebuild runs, so that the store can close.
   */
  public Future<Void> close() {
    closing = true;
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
    io.vertx.core.Promise<Void> idle = io.vertx.core.Promise.promise();
    waitIdle(idle, System.nanoTime() + TimeUnit.SECONDS.toNanos(60));
    return idle.future();
  }

  private void waitIdle(io.vertx.core.Promise<Void> idle, long deadline) {
    if (!running.get() || System.nanoTime() > deadline) {
      idle.complete();
    } else {
      vertx.setTimer(50, t -> waitIdle(idle, deadline));
    }
  }

  /** One relay pass (at most one at a time, never during a rebuild); returns the number of events applied. */
  public Future<Integer> relay() {
    if (closing || !running.compareAndSet(false, true)) {
      return Future.succeededFuture(0);
    }
    return rdf.executeBlocking(store::cursor, false)
      .compose(stored -> {
        if (stored != written) { // first pass, or a rebuild or another writer set the cursor: start from it
          processed = Math.max(stored, 0L);
          gaps.clear();
        }
        return pool.preparedQuery("SELECT id, dataset, entity_id FROM platform.outbox WHERE id > $1 OR id = ANY($2) "
            + "ORDER BY id LIMIT " + BATCH)
          .execute(Tuple.tuple().addLong(processed).addArrayOfLong(gaps.keySet().toArray(new Long[0])));
      })
      .compose(this::apply)
      .eventually(() -> {
        running.set(false);
        return Future.succeededFuture();
      });
  }

  /**
   * Applies a batch of events. Ids missing between the ones seen may belong to transactions still in flight: they
   * are asked for again on the next passes until they appear or are older than {@link #GRACE}; the cursor stored
   * with the graphs stays before the oldest of them, so a restart replays from there (replaying is harmless).
   */
  private Future<Integer> apply(RowSet<Row> events) {
    long now = System.nanoTime();
    Map<String, Set<Long>> ids = new HashMap<>();
    long last = processed;
    for (Row e : events) {
      long id = e.getLong("id");
      gaps.remove(id);
      if (id > last) {
        for (long missing = last + 1; missing < id; missing++) {
          gaps.put(missing, now);
        }
        last = id;
      }
      if (datasets.containsKey(e.getString("dataset"))) {
        try {
          ids.computeIfAbsent(e.getString("dataset"), k -> new HashSet<>()).add(Long.parseLong(e.getString("entity_id")));
        } catch (NumberFormatException notAnId) {
          LOG.warn("outbox event {} names no record id: {}", id, e.getString("entity_id"));
        }
      }
    }
    processed = last;
    gaps.values().removeIf(seen -> now - seen > GRACE.toNanos());
    long cursor = gaps.isEmpty() ? processed : gaps.firstKey() - 1;
    if (events.size() == 0 && cursor == written) {
      return Future.succeededFuture(0);
    }
    List<Future<Changes>> reads = new ArrayList<>();
    ids.forEach((name, set) -> reads.add(read(datasets.get(name), set)));
    return Future.all(reads).compose(all -> rdf.executeBlocking(() -> {
      Map<String, Graph> replace = new HashMap<>();
      Set<String> delete = new HashSet<>();
      for (int i = 0; i < all.size(); i++) {
        Changes c = all.resultAt(i);
        DatasetModule d = c.dataset();
        for (Row row : c.rows()) {
          Graph g = GraphFactory.createDefaultGraph();
          d.describe(row, uris, new Triples(StreamRDFLib.graph(g)));
          replace.put(uris.of(d.thingPath(row)), g);
        }
        delete.addAll(c.gone());
      }
      store.apply(replace, delete, cursor);
      written = cursor;
      return events.size();
    }, false));
  }

  record Changes(DatasetModule dataset, List<Row> rows, List<String> gone) {
  }

  /** The current rows of the named records; the graphs of those no longer published (from their tombstones). */
  private Future<Changes> read(DatasetModule d, Set<Long> ids) {
    Long[] array = ids.toArray(new Long[0]);
    return pool.preparedQuery(d.select(d.whereIds())).execute(Tuple.tuple().addArrayOfLong(array)).compose(rs -> {
      List<Row> rows = new ArrayList<>();
      Set<Long> found = new HashSet<>();
      rs.forEach(r -> {
        rows.add(r);
        found.add(r.getLong("id"));
      });
      List<String> missing = ids.stream().filter(id -> !found.contains(id)).map(String::valueOf).toList();
      if (missing.isEmpty()) {
        return Future.succeededFuture(new Changes(d, rows, List.of()));
      }
      return pool.preparedQuery("SELECT path FROM platform.tombstone WHERE dataset = $1 AND entity_id = ANY($2)")
        .execute(Tuple.tuple().addString(d.name()).addArrayOfString(missing.toArray(new String[0])))
        .map(ts -> {
          List<String> gone = new ArrayList<>();
          ts.forEach(t -> gone.add(uris.of(t.getString("path"))));
          return new Changes(d, rows, gone);
        });
    });
  }
}
