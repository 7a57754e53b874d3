package vn.gov.moha.opendata.platform.rdf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * The text of the SPARQL Update requests a {@link RemoteStore} sends: terms in N-Triples syntax, IRIs first made fit
 * to stand between {@code <…>} ({@link #safe}), so that record data can neither break a request nor add to it.
 */
final class UpdateText {
  /** The graph of the cursor triple, as written in a request. */
  static final String SYSTEM_GRAPH = NodeFmtLib.strNT(RdfStore.SYSTEM);

  private UpdateText() {
  }

  /** Appends {@code DROP SILENT GRAPH <g> ;}. */
  static void drop(StringBuilder u, Node graph) {
    u.append("DROP SILENT GRAPH ").append(NodeFmtLib.strNT(graph)).append(" ;\n");
  }

  /**
   * The quad with every IRI fit to be written between {@code <…>} in SPARQL and N-Quads: the characters the grammar
   * forbids there (spaces, controls, {@code <>"{}|^`\}) percent-encoded. Record data (a website, say) can hold them,
   * and unencoded they would break the request, or end the IRI and inject statements.
   */
  static Quad safe(Quad q) {
    return Quad.create(safe(q.getGraph()), safe(q.getSubject()), safe(q.getPredicate()), safe(q.getObject()));
  }

  private static Node safe(Node n) {
    if (!n.isURI() || n.getURI().chars().noneMatch(UpdateText::forbidden)) {
      return n;
    }
    StringBuilder b = new StringBuilder();
    for (byte x : n.getURI().getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (forbidden(c)) {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
          .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      } else {
        b.append((char) c);
      }
    }
    // bytes ≥ 0x80 went through one by one: decode them back to the characters they were
    return NodeFactory.createURI(new String(b.toString().getBytes(StandardCharsets.ISO_8859_1),
      StandardCharsets.UTF_8));
  }

  private static boolean forbidden(int c) {
    return c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0;
  }

  /** Appends {@code INSERT DATA { GRAPH <g> { … } … }} for the quads (in N-Triples term syntax). */
  static void insertData(StringBuilder u, List<Quad> quads) {
    if (quads.isEmpty()) {
      return;
    }
    u.append("INSERT DATA {\n");
    Node open = null;
    for (Quad q : quads) {
      if (!q.getGraph().equals(open)) {
        u.append(open == null ? "" : "}\n").append("GRAPH ").append(NodeFmtLib.strNT(q.getGraph())).append(" {\n");
        open = q.getGraph();
      }
      u.append(NodeFmtLib.strNT(q.getSubject())).append(' ').append(NodeFmtLib.strNT(q.getPredicate())).append(' ')
        .append(NodeFmtLib.strNT(q.getObject())).append(" .\n");
    }
    u.append("}\n} ;\n");
  }

  /** Appends the replacement of the cursor triple in its graph. */
  static void setCursor(StringBuilder u, long cursor) {
    drop(u, RdfStore.SYSTEM);
    u.append("INSERT DATA { GRAPH ").append(SYSTEM_GRAPH).append(" { ").append(SYSTEM_GRAPH).append(' ')
      .append(NodeFmtLib.strNT(RdfStore.CURSOR)).append(" \"").append(cursor)
      .append("\"^^<http://www.w3.org/2001/XMLSchema#long> } }\n");
  }
}
