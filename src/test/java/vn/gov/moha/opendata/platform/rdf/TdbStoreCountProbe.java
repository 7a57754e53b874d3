package vn.gov.moha.opendata.platform.rdf;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A harness run by hand (no test runs it): where does the filtered count of bench/peers-sparql.sh spend its time in
 * our store? {@code java -Xmx3g -cp target/test-classes:target/classes:<deps>
 * vn.gov.moha.opendata.platform.rdf.TdbStoreCountProbe DIR AWARDS ROUNDS} builds under DIR, once, three TDB2 stores of
 * the same synthetic records (AWARDS awards of 17 triples, AWARDS × 2/5 legal documents of 25, AWARDS × 3/5 other
 * records of 10, each in its record's graph: 50 000 awards ≈ 1.65 M triples, the size of the benchmark's store):
 * <ul>
 *   <li>{@code union}: the layout before the stored default graph (the quads and the cursor triple), which
 *   {@link TdbStore} opens as legacy and queries as the union of its graphs ({@code TDB2.symUnionDefaultGraph});</li>
 *   <li>{@code copy}: built by {@link TdbStore#rebuild}, queried over its stored default graph;</li>
 *   <li>{@code plain}: only the union's triples in one default graph, the way Fuseki serves them.</li>
 * </ul>
 * Then it runs, ROUNDS times after a warm-up, alternating, the count through {@link RdfStore#query} and through
 * {@link SparqlEngine#run} (parse cache, LIMIT, JSON writer) on each, through {@link SparqlEngine#submit} (the
 * QueryLine and a worker pool) on {@code copy}, and 100 lookups by URI on each; prints medians. With
 * {@code -Dstages=true} also the count's first one, two and three patterns alone.
 */
final class TdbStoreCountProbe {
  static final String EX = "https://opendata.moha.gov.vn/";
  static final String MOHA = EX + "def/moha#";
  static final String TYPES = EX + "def/award-types/";
  static final String COUNT = "PREFIX moha: <" + MOHA + "> PREFIX dct: <http://purl.org/dc/terms/> "
    + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT (COUNT(?a) AS ?n) WHERE { ?a a moha:AwardConferral ; "
    + "moha:awardType <" + TYPES + "T0> ; dct:date ?d . "
    + "FILTER(?d >= \"2015-01-01\"^^xsd:date && ?d < \"2020-01-01\"^^xsd:date) }";
  static final String[] STAGES = {
    "PREFIX moha: <" + MOHA + "> SELECT (COUNT(*) AS ?n) { ?a a moha:AwardConferral }",
    "PREFIX moha: <" + MOHA + "> SELECT (COUNT(*) AS ?n) { ?a a moha:AwardConferral ; moha:awardType <" + TYPES
      + "T0> }",
    "PREFIX moha: <" + MOHA + "> PREFIX dct: <http://purl.org/dc/terms/> SELECT (COUNT(*) AS ?n) { ?a a "
      + "moha:AwardConferral ; moha:awardType <" + TYPES + "T0> ; dct:date ?d }"};
  static final String LOOKUP = "SELECT ?p ?o WHERE { <" + EX + "id/award/%d> ?p ?o }";

  private TdbStoreCountProbe() {
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int awards = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Map<String, RdfStore> stores = new LinkedHashMap<>();
    stores.put("union", build(dir.resolve("union"), "union", path -> {
      DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(path.toString());
      Txn.executeWrite(dsg, () -> {
        records(awards, RdfStore.recordQuads(dsg::add));
        dsg.add(Quad.defaultGraphIRI, RdfStore.SYSTEM, RdfStore.CURSOR, NodeFactory.createLiteralDT("1",
          XSDDatatype.XSDlong));
      });
      TDBInternal.expel(dsg);
    }, TdbStore::open));
    stores.put("copy", build(dir.resolve("copy"), "copy", path -> {
      try (TdbStore store = TdbStore.open(path)) {
        store.rebuild(out -> records(awards, out), 1);
      }
    }, TdbStore::open));
    stores.put("plain", build(dir.resolve("plain"), "plain", path -> {
      DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(path.toString());
      Txn.executeWrite(dsg, () -> records(awards, RdfStore.recordQuads(q -> dsg.add(Quad.defaultGraphIRI,
        q.getSubject(), q.getPredicate(), q.getObject()))));
      TDBInternal.expel(dsg);
    }, PlainStore::open));
    System.out.println("union store: cursor " + stores.get("union").cursor() + " (legacy: queried as the union)");

    Vertx vertx = Vertx.vertx();
    WorkerExecutor workers = vertx.createSharedWorkerExecutor("probe-rdf", 4);
    Query count = QueryFactory.create(COUNT);
    Map<String, Function<Integer, Object>> runs = new LinkedHashMap<>();
    stores.forEach((name, store) -> {
      SparqlEngine engine = new SparqlEngine(store, new SparqlEngine.Settings(60_000, 10_000, 2));
      runs.put(name + " count store.query", i -> store.query(count, 60_000, TdbStoreCountProbe::first));
      runs.put(name + " count engine.run", i -> engine.run(engine.parse(COUNT).query(), ResultFormat.JSON, 60_000)
        .body().length());
      if (name.equals("copy")) {
        runs.put(name + " count engine.submit", i -> await(engine.submit(vertx, workers, engine.parse(COUNT),
          ResultFormat.JSON, 60_000)).body().length());
      }
      runs.put(name + " lookup x100", i -> lookups(engine, i, awards));
      if (Boolean.getBoolean("stages")) {
        for (int s = 0; s < STAGES.length; s++) {
          Query q = QueryFactory.create(STAGES[s]);
          runs.put(name + " stage " + (s + 1) + " pattern(s)", i -> store.query(q, 60_000, TdbStoreCountProbe::first));
        }
      }
    });
    for (Map.Entry<String, Function<Integer, Object>> e : runs.entrySet()) {
      System.out.println(e.getKey() + " → " + e.getValue().apply(0));
    }
    Map<String, List<Long>> times = new LinkedHashMap<>();
    for (int r = -Math.max(5, rounds / 4); r < rounds; r++) {
      for (Map.Entry<String, Function<Integer, Object>> e : runs.entrySet()) {
        long t0 = System.nanoTime();
        e.getValue().apply(r);
        if (r >= 0) {
          times.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1000);
        }
      }
    }
    times.forEach((k, v) -> {
      long[] t = v.stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf("%-28s median %7.2f ms  p10 %7.2f  p90 %7.2f  (n=%d)%n", k, t[t.length / 2] / 1000.0,
        t[t.length / 10] / 1000.0, t[t.length * 9 / 10] / 1000.0, t.length);
    });
    stores.values().forEach(RdfStore::close);
    await(vertx.close());
  }

  /** Opens the store under {@code path}, building it first (and printing the time and size) when absent. */
  private static RdfStore build(Path path, String name, Consumer<Path> builder, Function<Path, RdfStore> opener) {
    if (!Files.exists(path)) {
      long t0 = System.nanoTime();
      builder.accept(path);
      System.out.printf("%s store built in %d ms, %s%n", name, (System.nanoTime() - t0) / 1_000_000, size(path));
    }
    return opener.apply(path);
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object first(QueryExec exec) {
    return exec.select().next().get("n").getLiteralLexicalForm();
  }

  private static int lookups(SparqlEngine engine, int round, int awards) {
    int bytes = 0;
    for (int i = 0; i < 100; i++) {
      int key = Math.floorMod(round * 7919 + i * 104_729, awards);
      bytes += engine.run(engine.parse(String.format(LOOKUP, key)).query(), ResultFormat.JSON, 60_000).body()
        .length();
    }
    return bytes;
  }

  /** Awards, legal documents and other records, each quad in its record's graph, the same for every call. */
  static void records(int awards, StreamRDF out) {
    Random rnd = new Random(42);
    Node type = uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    Node date = uri("http://purl.org/dc/terms/date");
    Node label = uri("http://www.w3.org/2000/01/rdf-schema#label");
    Node title = uri("http://purl.org/dc/terms/title");
    LocalDate epoch = LocalDate.of(2000, 1, 1);
    out.start();
    for (int i = 0; i < awards; i++) {
      Node a = uri(EX + "id/award/" + i);
      Node r = uri(EX + "id/award/" + i + "#recipient");
      Quads q = new Quads(out, a);
      // a quarter of the awards have the most common type, T0
      int t = rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(11);
      q.add(a, type, uri(MOHA + "AwardConferral"));
      q.add(a, uri(MOHA + "awardType"), uri(TYPES + "T" + t));
      q.add(a, uri(MOHA + "recipient"), r);
      q.add(a, uri(MOHA + "conferredBy"), uri(EX + "def/award-deciders/D" + rnd.nextInt(5)));
      q.add(a, uri(MOHA + "decisionNumber"), str(rnd.nextInt(9000) + "/QĐ-UBND"));
      q.add(a, date, dateLit(epoch.plusDays(rnd.nextInt(25 * 365))));
      q.add(a, uri(MOHA + "proposedBy"), uri(EX + "def/award-bodies/B" + rnd.nextInt(146)));
      q.add(a, uri(MOHA + "awardMethod"), uri(EX + "def/award-methods/M" + rnd.nextInt(3)));
      q.add(a, uri(MOHA + "posthumous"), NodeFactory.createLiteralDT(rnd.nextInt(50) == 0 ? "true" : "false",
        XSDDatatype.XSDboolean));
      q.add(a, uri(MOHA + "rationale"), NodeFactory.createLiteralLang("Đã có thành tích xuất sắc " + rnd.nextInt(40),
        "vi"));
      q.add(a, uri(MOHA + "province"), uri(EX + "def/provinces/P" + rnd.nextInt(63)));
      q.add(a, label, NodeFactory.createLiteralLang("Nguyễn Văn " + i + " — " + rnd.nextInt(9000), "vi"));
      q.add(r, type, uri("http://xmlns.com/foaf/0.1/Person"));
      q.add(r, uri(MOHA + "recipientKind"), uri(EX + "def/award-recipient-kinds/individual"));
      q.add(r, uri("http://xmlns.com/foaf/0.1/name"), str("Nguyễn Văn " + i));
      q.add(r, uri("https://schema.org/jobTitle"), NodeFactory.createLiteralLang("Chuyên viên " + rnd.nextInt(30),
        "vi"));
      q.add(r, uri(MOHA + "unitName"), NodeFactory.createLiteralLang("Sở Nội vụ " + rnd.nextInt(63), "vi"));
    }
    for (int i = 0; i < awards * 2 / 5; i++) {
      Node d = uri(EX + "id/legal-document/" + i);
      Quads q = new Quads(out, d);
      q.add(d, type, uri(MOHA + "LegalDocument"));
      q.add(d, date, dateLit(epoch.plusDays(rnd.nextInt(25 * 365))));
      q.add(d, title, NodeFactory.createLiteralLang("Quyết định số " + i + " về việc ban hành quy chế", "vi"));
      for (int k = 0; k < 22; k++) {
        q.add(d, uri(MOHA + "p" + k), k % 2 == 0 ? uri(EX + "def/c" + k + "/" + rnd.nextInt(50))
          : str("giá trị " + k + " " + rnd.nextInt(100_000)));
      }
    }
    for (int i = 0; i < awards * 3 / 5; i++) {
      Node o = uri(EX + "id/other/" + i);
      Quads q = new Quads(out, o);
      q.add(o, type, uri(MOHA + "Other" + rnd.nextInt(8)));
      q.add(o, label, NodeFactory.createLiteralLang("Bản ghi " + i, "vi"));
      for (int k = 0; k < 8; k++) {
        q.add(o, uri(MOHA + "q" + k), k % 2 == 0 ? uri(EX + "def/d" + k + "/" + rnd.nextInt(20))
          : str("v" + rnd.nextInt(1000)));
      }
    }
    out.finish();
  }

  private record Quads(StreamRDF out, Node graph) {
    void add(Node s, Node p, Node o) {
      out.quad(Quad.create(graph, s, p, o));
    }
  }

  private static Node uri(String s) {
    return NodeFactory.createURI(s);
  }

  private static Node str(String s) {
    return NodeFactory.createLiteralString(s);
  }

  private static Node dateLit(LocalDate d) {
    return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
  }

  private static long ms(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  static String size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      long bytes = files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
      return (bytes >> 20) + " MB on disk";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same triples in one plain TDB2 default graph, the way Fuseki serves them: only {@link #query}. */
  private record PlainStore(DatasetGraph dsg) implements RdfStore {
    static PlainStore open(Path path) {
      return new PlainStore(DatabaseMgr.connectDatasetGraph(path.toString(), TdbStore.storeParams(
        Runtime.getRuntime().maxMemory())));
    }

    @Override
    public <T> T query(Query query, long timeoutMs, Function<QueryExec, T> action) {
      return Txn.calculateRead(dsg, () -> {
        try (QueryExec exec = QueryExec.dataset(dsg).query(query)
          .timeout(timeoutMs, TimeUnit.MILLISECONDS).build()) {
          return action.apply(exec);
        }
      });
    }

    @Override
    public void apply(Map<String, Graph> replace, Collection<String> delete, long cursor) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void rebuild(Consumer<StreamRDF> source, long cursor) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long cursor() {
      return 0;
    }

    @Override
    public boolean isEmpty() {
      return false;
    }

    @Override
    public long tripleCount() {
      return 0;
    }

    @Override
    public long graphCount() {
      return 0;
    }

    @Override
    public String describe() {
      return "plain";
    }

    @Override
    public void close() {
      TDBInternal.expel(dsg);
    }
  }
}
