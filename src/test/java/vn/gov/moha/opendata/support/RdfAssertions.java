package vn.gov.moha.opendata.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;

/** Reads back what we emit with Jena's own parsers and checks it against our SHACL shapes (rdf/shapes/*.ttl). */
public final class RdfAssertions {
  private static Shapes shapes;

  private RdfAssertions() {
  }

  /** Parses a body in a syntax; a parse error fails the test with the parser's message. */
  public static Model parse(String body, Lang lang, String base) {
    Model m = ModelFactory.createDefaultModel();
    RDFParser.fromString(body, lang).base(base).parse(m);
    return m;
  }

  public static synchronized Shapes shapes() {
    if (shapes == null) {
      Graph g = ModelFactory.createDefaultModel().getGraph();
      try (Stream<Path> files = Files.list(Path.of("rdf", "shapes"))) {
        files.filter(p -> p.toString().endsWith(".ttl")).sorted().forEach(p -> RDFDataMgr.read(g, p.toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      shapes = Shapes.parse(g);
    }
    return shapes;
  }

  /** The model conforms to our shapes; the failure message is the validation report. */
  public static void conforms(Model m) {
    ValidationReport report = ShaclValidator.get().validate(shapes(), m.getGraph());
    if (!report.conforms()) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      ShLib.printReport(new java.io.PrintStream(out), report);
      assertTrue(false, "SHACL violations:\n" + out);
    }
  }

  /** Two parses of the same description agree triple for triple (blank nodes up to renaming). */
  public static void sameGraph(Model expected, Model actual, String what) {
    assertEquals(expected.size(), actual.size(), what + ": triple count");
    assertTrue(expected.isIsomorphicWith(actual), what + ": not the same graph");
  }
}
