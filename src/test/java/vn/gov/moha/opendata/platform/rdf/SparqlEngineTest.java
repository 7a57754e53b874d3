package vn.gov.moha.opendata.platform.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moha.opendata.platform.work.Workers;

/**
 * The engine between the endpoint and the store: checked queries kept by their text stay right when the data changes,
 * and the line of queries keeps to SPARQL_MAX_CONCURRENT at once, answers every query in it, and refuses those that
 * wait too long.
 */
class SparqlEngineTest {
  static final String EX = "https://x.test/";
  static final String TITLES = "SELECT ?o WHERE { <" + EX + "s> <" + EX + "title> ?o } ORDER BY ?o";

  @TempDir
  Path dir;
  Vertx vertx;
  WorkerExecutor workers;
  TdbStore tdb;
  /** Queries running in the store now, and the most at once. */
  final AtomicInteger running = new AtomicInteger();
  final AtomicInteger most = new AtomicInteger();
  /** Extra time each query takes in the store (ms). */
  volatile long slowMs;

  @BeforeEach
  void open() {
    vertx = Vertx.vertx();
    workers = Workers.rdf(vertx);
    tdb = TdbStore.open(dir.resolve("rdf"));
  }

  @AfterEach
  void close() {
    vertx.close().await();
    tdb.close();
  }

  SparqlEngine engine(int maxConcurrent) {
    return new SparqlEngine(new Counting(), new SparqlEngine.Settings(5_000, 1_000, maxConcurrent));
  }

  void titles(String... titles) {
    Graph g = GraphFactory.createDefaultGraph();
    for (String t : titles) {
      g.add(NodeFactory.createURI(EX + "s"), NodeFactory.createURI(EX + "title"), NodeFactory.createLiteralString(t));
    }
    tdb.apply(Map.of(EX + "doc", g), List.of(), tdb.cursor() + 1);
  }

  List<String> answer(SparqlEngine engine, String text) throws Exception {
    SparqlEngine.Checked q = engine.parse(text);
    SparqlEngine.Answer a = engine.submit(vertx, workers, q, ResultFormat.JSON, 5_000).toCompletionStage()
      .toCompletableFuture().get(30, TimeUnit.SECONDS);
    JsonArray rows = new JsonObject(a.body()).getJsonObject("results").getJsonArray("bindings");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      out.add(rows.getJsonObject(i).getJsonObject("o").getString("value"));
    }
    return out;
  }

  @Test
  void aKeptQueryAnswersFromTheStoreAsItIsNow() throws Exception {
    SparqlEngine engine = engine(2);
    assertSame(engine.parse(TITLES), engine.parse(TITLES), "parsed once, kept by its text");
    assertNotSame(engine.parse(TITLES), engine.parse(TITLES + " "), "another text, another query");
    titles("Một");
    assertEquals(List.of("Một"), answer(engine, TITLES));
    titles("Hai", "Ba");
    assertEquals(List.of("Ba", "Hai"), answer(engine, TITLES));
    tdb.apply(Map.of(), List.of(EX + "doc"), tdb.cursor() + 1);
    assertEquals(List.of(), answer(engine, TITLES));
    String capped = "SELECT ?o WHERE { ?s ?p ?o }";
    titles("Bốn");
    assertEquals(List.of("Bốn"), answer(engine, capped));
    assertEquals(List.of("Bốn"), answer(engine, capped), "the cap's LIMIT went on a copy, not on the kept query");
    assertTrue(!engine.parse(capped).query().hasLimit());
  }

  @Test
  void theLineRunsAtMostTheLimitAtOnceAndAnswersEveryQuery() throws Exception {
    SparqlEngine engine = engine(2);
    titles("Một");
    slowMs = 5;
    SparqlEngine.Checked q = engine.parse(TITLES.replace("ORDER BY ?o", ""));
    List<Future<SparqlEngine.Answer>> all = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      all.add(engine.submit(vertx, workers, q, ResultFormat.JSON, 5_000));
    }
    for (Future<SparqlEngine.Answer> f : all) {
      SparqlEngine.Answer a = f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      assertEquals("Một", new JsonObject(a.body()).getJsonObject("results").getJsonArray("bindings")
        .getJsonObject(0).getJsonObject("o").getString("value"));
    }
    assertEquals(2, most.get(), "two at once, never more");
    slowMs = 0;
    assertEquals(List.of("Một"), answer(engine, TITLES), "the line is empty, a new query starts a drainer again");
  }

  @Test
  void aQueryThatWaitsLongerThanASecondIs503Busy() throws Exception {
    SparqlEngine engine = engine(1);
    titles("Một");
    slowMs = 2_500;
    SparqlEngine.Checked q = engine.parse(TITLES);
    assertTrue(!q.light(), "ORDER BY: not a lookup");
    Future<SparqlEngine.Answer> slow = engine.submit(vertx, workers, q, ResultFormat.JSON, 5_000);
    Thread.sleep(200);
    long t0 = System.nanoTime();
    Future<SparqlEngine.Answer> waiting = engine.submit(vertx, workers, q, ResultFormat.JSON, 5_000);
    ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
      () -> waiting.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS));
    long waitedMs = (System.nanoTime() - t0) / 1_000_000;
    assertInstanceOf(SparqlEngine.Busy.class, refused.getCause());
    assertTrue(waitedMs >= 950 && waitedMs < 2_000, "refused after its second in line: " + waitedMs + " ms");
    slow.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    slowMs = 0;
    assertEquals(List.of("Một"), answer(engine, TITLES), "the slot is free again");
  }

  @Test
  void lookupsOfASubjectDoNotWaitBehindHeavyQueries() throws Exception {
    SparqlEngine engine = engine(1);
    titles("Một");
    SparqlEngine.Checked lookup = engine.parse("SELECT ?p ?o WHERE { <" + EX + "s> ?p ?o }");
    assertTrue(lookup.light());
    slowMs = 2_500;
    Future<SparqlEngine.Answer> heavy = engine.submit(vertx, workers, engine.parse(TITLES), ResultFormat.JSON, 5_000);
    Thread.sleep(200);
    slowMs = 0;
    long t0 = System.nanoTime();
    SparqlEngine.Answer a = engine.submit(vertx, workers, lookup, ResultFormat.JSON, 5_000).toCompletionStage()
      .toCompletableFuture().get(30, TimeUnit.SECONDS);
    assertTrue((System.nanoTime() - t0) / 1_000_000 < 1_500, "answered while the heavy query still runs");
    assertTrue(!heavy.isComplete());
    assertEquals(1, new JsonObject(a.body()).getJsonObject("results").getJsonArray("bindings").size());
    heavy.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @Test
  void onlyBoundedShapesAreLookups() {
    SparqlEngine engine = engine(1);
    String s = "<" + EX + "s>";
    for (String light : List.of("SELECT ?p ?o WHERE { " + s + " ?p ?o }", "SELECT * { " + s + " ?p ?o }",
      "ASK { " + s + " a ?t }", "SELECT DISTINCT ?o { " + s + " ?p ?o ; <" + EX + "q> ?x } LIMIT 5")) {
      assertTrue(engine.parse(light).light(), light);
    }
    for (String heavy : List.of("SELECT ?s ?o WHERE { ?s ?p ?o }", "SELECT ?o { " + s + " ?p ?o } ORDER BY ?o",
      "SELECT (COUNT(*) AS ?n) { " + s + " ?p ?o }", "SELECT ?o { " + s + " ?p ?o FILTER(?o != 1) }",
      "SELECT ?o { " + s + " ?p ?o . ?o ?q ?r }", "SELECT ?o { " + s + " <" + EX + "p>+ ?o }",
      "SELECT ?o { " + s + " ?p ?o ; ?q ?x ; ?r ?y }", "SELECT ?o { GRAPH ?g { " + s + " ?p ?o } }",
      "SELECT ?o { " + s + " ?p ?o } VALUES ?o { 1 }", "SELECT (STR(?o) AS ?x) { " + s + " ?p ?o }",
      "CONSTRUCT { " + s + " ?p ?o } WHERE { " + s + " ?p ?o }", "DESCRIBE " + s)) {
      assertTrue(!engine.parse(heavy).light(), heavy);
    }
  }

  /** The TDB2 store, counting the queries in it at once and slowing them by {@link #slowMs}. */
  final class Counting implements RdfStore {
    @Override
    public <T> T query(Query query, long timeoutMs, Function<QueryExec, T> action) {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        if (slowMs > 0) {
          Thread.sleep(slowMs);
        }
        return tdb.query(query, timeoutMs, action);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } finally {
        running.decrementAndGet();
      }
    }

    @Override
    public void apply(Map<String, Graph> replace, Collection<String> delete, long cursor) {
      tdb.apply(replace, delete, cursor);
    }

    @Override
    public void rebuild(Consumer<StreamRDF> source, long cursor) {
      tdb.rebuild(source, cursor);
    }

    @Override
    public long cursor() {
      return tdb.cursor();
    }

    @Override
    public boolean isEmpty() {
      return tdb.isEmpty();
    }

    @Override
    public long tripleCount() {
      return tdb.tripleCount();
    }

    @Override
    public long graphCount() {
      return tdb.graphCount();
    }

    @Override
    public String describe() {
      return "counting " + tdb.describe();
    }

    @Override
    public void close() {
    }
  }
}
