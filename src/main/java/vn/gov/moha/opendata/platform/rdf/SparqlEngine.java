package vn.gov.moha.opendata.platform.rdf;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.update.UpdateFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.moha.opendata.platform.http.ApiProblem;

/**
 * The read-only SPARQL engine over the {@link RdfStore}, shared by every HTTP verticle of a server: parses and checks
 * a query (SPARQL 1.1 only, no update, no SERVICE), runs it under a timeout and a result cap, and writes the answer
 * in a {@link ResultFormat}. {@link #run} blocks: call it on {@code Workers.rdf} after {@link #acquire}.
 *
 * <p>The answer is written to memory before the status goes out, so a timeout is a clean 503 problem rather than a
 * truncated 200; the cap bounds that memory (SPARQL_MAX_ROWS solutions, or as many triples).
 */
public final class SparqlEngine {
  private static final Logger LOG = LoggerFactory.getLogger(SparqlEngine.class);
  /** Longest query text accepted (characters); a longer one is a 413 problem. */
  public static final int MAX_QUERY_CHARS = 65_536;

  /**
   * The guardrails.
   *
   * @param timeoutMs     SPARQL_TIMEOUT_MS, overall time of one query (a client may only ask for less)
   * @param maxRows       SPARQL_MAX_ROWS, most solutions of a SELECT (as a LIMIT lowering the query's) or triples of a
   *                      CONSTRUCT/DESCRIBE
   * @param maxConcurrent SPARQL_MAX_CONCURRENT, queries running at once on this server; more are refused with 503
   */
  public record Settings(long timeoutMs, int maxRows, int maxConcurrent) {
  }

  /** A written answer; {@code capped} when results beyond the cap were left out. */
  public record Answer(Buffer body, ResultFormat format, boolean capped) {
  }

  /** Most checked queries kept by their text, and the longest text kept. */
  static final int PARSED_MAX = 1_000;
  static final int CACHED_CHARS = 4_096;

  private final RdfStore store;
  private final Settings settings;
  private final Cache<String, Checked> parsed = Caffeine.newBuilder().maximumSize(PARSED_MAX).build();
  /** Queries of any shape (SPARQL_MAX_CONCURRENT at once), and lookups of one or two subjects, on their own line. */
  private final QueryLine heavy;
  /** Lookups at once: a lookup is CPU-bound, two keep the two cores of the target machine busy. */
  static final int LIGHT_SLOTS = 2;
  private final QueryLine light;

  public SparqlEngine(RdfStore store, Settings settings) {
    this.store = store;
    this.settings = settings;
    this.heavy = new QueryLine(settings.maxConcurrent());
    this.light = new QueryLine(LIGHT_SLOTS);
  }

  public Settings settings() {
    return settings;
  }

  /**
   * Runs a checked query on {@code workers} after those before it in its line (see {@link QueryLine}: at most
   * SPARQL_MAX_CONCURRENT at once, a 503 {@link Busy} after a second in line); the future completes on the caller's
   * context. A {@link Checked#light} lookup has a line of its own, so that lookups (a fraction of a millisecond each)
   * never wait behind runaway queries, which hold at most SPARQL_MAX_CONCURRENT threads of their line until their
   * timeout.
   */
  public Future<Answer> submit(Vertx vertx, WorkerExecutor workers, Checked checked, ResultFormat format,
                               long timeoutMs) {
    return (checked.light() ? light : heavy).submit(vertx, workers, () -> run(checked.query(), format, timeoutMs));
  }

  /** No slot came free in time, or the line is full: a 503 with Retry-After for the client. */
  public static final class Busy extends RuntimeException {
    Busy() {
      super("no SPARQL query slot", null, false, false);
    }
  }

  /**
   * A parsed query that may run here, never changed (see {@link #parse}). {@code light}: a SELECT or ASK whose whole
   * pattern is one or two triple patterns of a given subject ({@code SELECT ?p ?o WHERE { <uri> ?p ?o }}), no
   * filter, group, order, expression or subquery: its work is bounded by the subject's triples (their square at most),
   * whatever the data, so it may skip the line of the queries that can run until their timeout.
   */
  public record Checked(Query query, boolean light) {
    public boolean graph() {
      return query.isConstructType() || query.isDescribeType();
    }
  }

  static boolean light(Query q) {
    if (!(q.isSelectType() || q.isAskType()) || q.hasAggregators() || q.hasGroupBy() || q.hasHaving()
      || q.hasOrderBy() || q.hasValues() || !q.getProject().getExprs().isEmpty()
      || !(q.getQueryPattern() instanceof ElementGroup group) || group.size() != 1
      || !(group.get(0) instanceof ElementPathBlock block)) {
      return false;
    }
    List<TriplePath> triples = block.getPattern().getList();
    return !triples.isEmpty() && triples.size() <= 2
      && triples.stream().allMatch(t -> t.isTriple() && t.getSubject().isURI());
  }

  /**
   * Parses a query and checks it may run here: 413 when too long, 400 with the parser's message (line and column)
   * when malformed, 400 for an update or a SERVICE (federated) pattern, a {@code java:} function.
   *
   * <p>Checked queries are kept by their text ({@link #PARSED_MAX} of them, each at most {@link #CACHED_CHARS}
   * characters): clients repeat the same few query texts, and parsing plus the check (JavaCC parser, algebra compile
   * and walk) cost a lookup more CPU than running it. The kept Query is never changed nor executed: {@link #run} works
   * on a copy, since execution may touch it (DESCRIBE fills in an empty pattern, functions bind lazily). A Query
   * depends on the text only, never on the data, so the store changing leaves the kept ones right.
   */
  public Checked parse(String text) {
    Checked kept = text == null || text.length() > CACHED_CHARS ? null : parsed.getIfPresent(text);
    if (kept != null) {
      return kept;
    }
    Query query = parseAndCheck(text);
    query.ensureResultVars(); // the lazily computed projection, fixed before other threads copy the query
    Checked checked = new Checked(query, light(query));
    if (text.length() <= CACHED_CHARS) {
      parsed.put(text, checked);
    }
    return checked;
  }

  private static Query parseAndCheck(String text) {
    if (text == null || text.isBlank()) {
      throw ApiProblem.badRequest("missing-query", "Send a SPARQL query in the 'query' parameter or as the body.");
    }
    if (text.length() > MAX_QUERY_CHARS) {
      throw ApiProblem.of(413, "query-too-large", "Content Too Large",
        "The query has " + text.length() + " characters; at most " + MAX_QUERY_CHARS + " are accepted.");
    }
    Query query;
    try {
      query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
    } catch (QueryParseException e) {
      if (isUpdate(text)) {
        throw ApiProblem.badRequest("update-not-allowed",
          "This endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, …) is not accepted.");
      }
      throw ApiProblem.badRequest("malformed-query", "The query does not parse: " + e.getMessage());
    }
    checkLocal(query);
    return query;
  }

  private static boolean isUpdate(String text) {
    try {
      UpdateFactory.create(text, Syntax.syntaxSPARQL_11);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Walks the query's algebra, also into EXISTS / NOT EXISTS, and refuses federation and Java extension functions. */
  private static void checkLocal(Query query) {
    if (query.getQueryPattern() == null) {
      return; // DESCRIBE <iri> without WHERE
    }
    walk(Algebra.compile(query));
  }

  private static void walk(Op op) {
    Walker.walk(op, new OpVisitorBase() {
      @Override
      public void visit(OpService service) {
        throw ApiProblem.badRequest("service-not-allowed", "SERVICE (federated query) is not allowed here: "
          + "this endpoint answers from its own data only.");
      }
    }, new ExprVisitorBase() {
      @Override
      public void visit(ExprFunctionOp exists) {
        walk(exists.getGraphPattern());
      }

      @Override
      public void visit(ExprFunctionN fn) {
        if (fn instanceof E_Function f && f.getFunctionIRI().startsWith("java:")) {
          throw ApiProblem.badRequest("function-not-allowed", "Function " + f.getFunctionIRI()
            + " is not allowed here.");
        }
      }
    });
  }

  /**
   * Runs a checked query against the store within {@code timeoutMs} and writes its answer: a 503 problem
   * ({@code query-timeout}) past the time, the worker then free again.
   */
  public Answer run(Query checked, ResultFormat format, long timeoutMs) {
    Query query = checked.cloneQuery();
    int max = settings.maxRows();
    boolean unbounded = !query.hasLimit() || query.getLimit() > max;
    if (query.isSelectType() && unbounded) {
      query.setLimit(max + 1L); // one more than the cap tells whether there were more
    } else if (query.isDescribeType() && unbounded && query.getQueryPattern() != null) {
      query.setLimit(max); // Jena describes the resources after the solutions, past the timeout's reach: few of them
    }
    try {
      return store.query(query, timeoutMs, exec -> write(query, exec, format));
    } catch (QueryCancelledException e) {
      throw ApiProblem.of(503, "query-timeout", "Query Timeout", "The query ran longer than " + timeoutMs
        + " ms and was stopped. Narrow it (a LIMIT, more specific patterns) or ask for a longer one with the timeout "
        + "parameter, in seconds, up to " + settings.timeoutMs() / 1000 + ".");
    } catch (QueryExceptionHTTP e) {
      // a RemoteStore's answer: the store refusing the query is the client's problem, anything else is ours
      if (e.getStatusCode() == 400) {
        throw ApiProblem.badRequest("query-failed", "The query could not be evaluated: " + e.getResponseMessage());
      }
      LOG.warn("the external RDF store did not answer a query: {}", e.toString());
      throw ApiProblem.of(503, "rdf-store-unavailable", "Service Unavailable", "The RDF store did not answer; try "
        + "again in a few seconds.");
    } catch (QueryException e) {
      throw ApiProblem.badRequest("query-failed", "The query could not be evaluated: " + e.getMessage());
    }
  }

  private Answer write(Query query, QueryExec exec, ResultFormat format) {
    int max = settings.maxRows();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (query.isAskType()) {
      ResultsWriter.create().lang(format.resultsLang()).build().write(out, exec.ask());
      return new Answer(Buffer.buffer(out.toByteArray()), format, false);
    }
    if (query.isSelectType()) {
      RowSet rows = exec.select();
      List<Binding> kept = new ArrayList<>();
      while (rows.hasNext() && kept.size() < max) {
        kept.add(rows.next());
      }
      boolean capped = rows.hasNext();
      Buffer lean = format == ResultFormat.JSON ? SolutionsJson.write(rows.getResultVars(), kept) : null;
      if (lean != null) {
        return new Answer(lean, format, capped);
      }
      ResultsWriter.create().lang(format.resultsLang()).build()
        .write(out, RowSetStream.create(rows.getResultVars(), kept.iterator()));
      return new Answer(Buffer.buffer(out.toByteArray()), format, capped);
    }
    Iterator<Triple> triples = query.isConstructType() ? exec.constructTriples() : exec.describeTriples();
    Graph graph = GraphFactory.createDefaultGraph();
    boolean capped = false;
    while (triples.hasNext()) {
      Triple t = triples.next();
      if (graph.size() >= max && !graph.contains(t)) {
        capped = true;
        break;
      }
      graph.add(t);
    }
    Iter.close(triples); // a remote answer left unread: its connection goes
    graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
    RDFDataMgr.write(out, graph, format.rdfFormat());
    return new Answer(Buffer.buffer(out.toByteArray()), format, capped);
  }
}
