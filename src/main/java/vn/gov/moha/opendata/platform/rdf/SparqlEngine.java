package vn.gov.moha.opendata.platform.rdf;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
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
import org.apache.jena.sparql.resultset.ResultsWriter;
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
  public record Answer(byte[] body, ResultFormat format, boolean capped) {
  }

  private final RdfStore store;
  private final Settings settings;
  private final Semaphore running;
  /** Queries waiting for a slot, oldest first (guarded by itself). */
  private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
  /** Longest wait in line for a query slot (ms), and most queries waiting. */
  static final long QUEUE_WAIT_MS = 1_000;
  static final int QUEUE_MAX = 256;

  public SparqlEngine(RdfStore store, Settings settings) {
    this.store = store;
    this.settings = settings;
    this.running = new Semaphore(settings.maxConcurrent());
  }

  public Settings settings() {
    return settings;
  }

  /**
   * Takes a slot for one query, waiting for one in line (first come, first served) when SPARQL_MAX_CONCURRENT are
   * running: at most {@link #QUEUE_WAIT_MS} and behind at most {@link #QUEUE_MAX} others, else the future fails with
   * {@link Busy}. The completion runs on the caller's context. Short queries (a lookup takes about a millisecond)
   * thus share the slots at full speed under many clients instead of being refused, while runaway queries still
   * hold at most SPARQL_MAX_CONCURRENT worker threads. {@link #release} gives the slot back.
   */
  public Future<Void> acquire(Vertx vertx) {
    if (running.tryAcquire()) {
      return Future.succeededFuture();
    }
    Waiter w = new Waiter(vertx.getOrCreateContext(), Promise.promise());
    synchronized (waiting) {
      if (waiting.size() >= QUEUE_MAX) {
        return Future.failedFuture(new Busy());
      }
      waiting.add(w);
    }
    w.timer = vertx.setTimer(QUEUE_WAIT_MS, t -> {
      boolean gaveUp;
      synchronized (waiting) {
        gaveUp = waiting.remove(w);
      }
      if (gaveUp) {
        w.promise.fail(new Busy());
      }
    });
    handOver(); // a slot may have come free between tryAcquire and joining the line
    return w.promise.future();
  }

  public void release() {
    running.release();
    handOver();
  }

  /** Gives free slots to the first in line. */
  private void handOver() {
    while (true) {
      Waiter w;
      synchronized (waiting) {
        if (waiting.isEmpty() || !running.tryAcquire()) {
          return;
        }
        w = waiting.poll();
      }
      w.context.runOnContext(v -> {
        w.context.owner().cancelTimer(w.timer);
        w.promise.complete();
      });
    }
  }

  /** No slot came free in time, or the line is full: a 503 with Retry-After for the client. */
  public static final class Busy extends RuntimeException {
    Busy() {
      super("no SPARQL query slot", null, false, false);
    }
  }

  private static final class Waiter {
    final Context context;
    final Promise<Void> promise;
    volatile long timer = -1;

    Waiter(Context context, Promise<Void> promise) {
      this.context = context;
      this.promise = promise;
    }
  }

  /**
   * Parses a query and checks it may run here: 413 when too long, 400 with the parser's message (line and column)
   * when malformed, 400 for an update or a SERVICE (federated) pattern, a {@code java:} function.
   */
  public static Query parse(String text) {
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
  public Answer run(Query parsed, ResultFormat format, long timeoutMs) {
    Query query = parsed.cloneQuery();
    int max = settings.maxRows();
    boolean unbounded = !query.hasLimit() || query.getLimit() > max;
    if (query.isSelectType() && unbounded) {
      query.setLimit(max + 1L); // one more than the cap tells whether there were more
    } else if (query.isDescribeType() && unbounded && query.getQueryPattern() != null) {
      query.setLimit(max); // Jena describes the resources after the solutions, past the timeout's reach: few of them
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      boolean capped = store.query(query, timeoutMs, exec -> write(query, exec, format, out));
      return new Answer(out.toByteArray(), format, capped);
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

  private boolean write(Query query, QueryExec exec, ResultFormat format, ByteArrayOutputStream out) {
    int max = settings.maxRows();
    if (query.isAskType()) {
      ResultsWriter.create().lang(format.resultsLang()).build().write(out, exec.ask());
      return false;
    }
    if (query.isSelectType()) {
      RowSet rows = exec.select();
      List<Binding> kept = new ArrayList<>();
      while (rows.hasNext() && kept.size() < max) {
        kept.add(rows.next());
      }
      boolean capped = rows.hasNext();
      ResultsWriter.create().lang(format.resultsLang()).build()
        .write(out, RowSetStream.create(rows.getResultVars(), kept.iterator()));
      return capped;
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
    return capped;
  }
}
