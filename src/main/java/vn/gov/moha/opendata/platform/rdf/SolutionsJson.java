package vn.gov.moha.opendata.platform.rdf;

import io.vertx.core.buffer.Buffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * SPARQL 1.1 Query Results JSON of a SELECT's solutions, written straight into one Buffer: the same document as Jena's
 * writer (same members and values: no {@code datatype} for plain strings, {@code xml:lang} for language strings, blank
 * nodes labelled {@code b0, b1, …} in order of appearance) without its indentation and its writer layers.
 *
 * <p>Why: for a lookup ({@code SELECT ?p ?o WHERE { <uri> ?p ?o }}, ~15 solutions) Jena's JSON writer (IndentedWriter
 * over an OutputStream over a byte array, then a copy into a Buffer) was the largest part of the engine's CPU per
 * request after parsing; this writes each string once. RDF 1.2 triple terms and directional language strings are
 * not written here: {@link #write} answers null and the caller uses Jena's writer.
 */
final class SolutionsJson {
  private SolutionsJson() {
  }

  /** The document, or null when a solution holds a term this writer leaves to Jena's. */
  static Buffer write(List<Var> vars, List<Binding> rows) {
    StringBuilder sb = new StringBuilder(128 + rows.size() * 160);
    sb.append("{\"head\":{\"vars\":[");
    for (int i = 0; i < vars.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      string(sb, vars.get(i).getVarName());
    }
    sb.append("]},\"results\":{\"bindings\":[");
    Map<Node, String> blanks = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      Binding b = rows.get(r);
      sb.append(r > 0 ? ",{" : "{");
      boolean first = true;
      for (Var v : vars) {
        Node n = b.get(v);
        if (n == null) {
          continue;
        }
        if (!first) {
          sb.append(',');
        }
        first = false;
        string(sb, v.getVarName());
        sb.append(':');
        if (!term(sb, n, blanks)) {
          return null;
        }
      }
      sb.append('}');
    }
    sb.append("]}}\n");
    return Buffer.buffer(sb.toString());
  }

  private static boolean term(StringBuilder sb, Node n, Map<Node, String> blanks) {
    if (n.isURI()) {
      sb.append("{\"type\":\"uri\",\"value\":");
      string(sb, n.getURI());
    } else if (n.isBlank()) {
      sb.append("{\"type\":\"bnode\",\"value\":");
      string(sb, blanks.computeIfAbsent(n, k -> "b" + blanks.size()));
    } else if (n.isLiteral()) {
      if (Util.isDirLangString(n)) {
        return false;
      }
      sb.append("{\"type\":\"literal\",");
      if (Util.isLangString(n)) {
        sb.append("\"xml:lang\":");
        string(sb, n.getLiteralLanguage());
        sb.append(',');
      } else if (!Util.isSimpleString(n)) {
        sb.append("\"datatype\":");
        string(sb, n.getLiteralDatatypeURI());
        sb.append(',');
      }
      sb.append("\"value\":");
      string(sb, n.getLiteralLexicalForm());
    } else {
      return false; // a triple term (RDF 1.2) or anything new
    }
    sb.append('}');
    return true;
  }

  /** A JSON string: quotes, backslashes and control characters escaped, everything else as it is (UTF-8). */
  static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
