package vn.gov.moha.opendata.platform.rdf;

import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * The published linked data, derived from PostgreSQL: one named graph per published record (graph IRI = the record's
 * thing URI), the union of those graphs as the default graph of every query, and the outbox cursor (the last outbox
 * event applied) kept beside them. Filled by {@code StoreSync}: a full {@link #rebuild}, then {@link #apply} after
 * every write.
 *
 * <p>Two implementations: {@link TdbStore} (Jena TDB2 under a directory, the default) and {@link RemoteStore} (an
 * external SPARQL 1.1 store over HTTP, RDF_STORE_URL). Every method blocks: call them on {@code Workers.rdf}, never on
 * an event loop.
 */
public interface RdfStore extends AutoCloseable {
  /** The subject of the store's own bookkeeping triples (and, in a {@link RemoteStore}, the name of their graph). */
  Node SYSTEM = NodeFactory.createURI("urn:moha:system");
  /** The predicate of the cursor triple {@code <urn:moha:system> <urn:moha:cursor> n}. */
  Node CURSOR = NodeFactory.createURI("urn:moha:cursor");

  /**
   * Drops every graph in {@code delete} and every graph in {@code replace}, adds the replacement triples and stores
   * the cursor, all of it in one unit the store applies atomically.
   */
  void apply(Map<String, Graph> replace, Collection<String> delete, long cursor);

  /**
   * Full, idempotent rebuild: empties the store, takes the quads {@code source} emits (it calls {@code start()},
   * {@code quad(...)} for each, {@code finish()}; every quad in a record's named graph) and sets the cursor last.
   */
  void rebuild(Consumer<StreamRDF> source, long cursor);

  /** The last outbox event applied, −1 when the store was never built. */
  long cursor();

  /** True when the store holds no record graph. */
  boolean isEmpty();

  /** Distinct triples of the union of the record graphs (what a SPARQL query sees). */
  long tripleCount();

  /** Record graphs. */
  long graphCount();

  /**
   * Runs a SPARQL query with the union of the record graphs as default graph and an overall timeout
   * ({@code QueryCancelledException} past it); {@code action} consumes the execution before this returns.
   */
  <T> T query(Query query, long timeoutMs, Function<QueryExec, T> action);

  /** Where the store is, for the log. */
  String describe();

  @Override
  void close();

  /**
   * The sink a {@link #rebuild} hands its source: passes each quad to {@code sink}, refusing a triple or a quad outside
   * a record's (IRI-named) graph.
   */
  static StreamRDF recordQuads(Consumer<Quad> sink) {
    return new StreamRDFBase() {
      @Override
      public void triple(Triple triple) {
        throw new IllegalArgumentException("every quad of the store is in a record's graph, not " + triple);
      }

      @Override
      public void quad(Quad quad) {
        if (quad.isDefaultGraph() || !quad.getGraph().isURI()) {
          throw new IllegalArgumentException("every quad of the store is in a record's graph, not " + quad);
        }
        sink.accept(quad);
      }
    };
  }

  /** A record graph's name as a node; refuses anything but an absolute IRI. */
  static Node graphName(String iri) {
    if (iri == null || !iri.matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+")) {
      throw new IllegalArgumentException("a graph name is an absolute IRI, not " + iri);
    }
    return NodeFactory.createURI(iri);
  }
}
