package vn.gov.moha.opendata.platform.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.junit.jupiter.api.Test;

/** The lean JSON results writer writes what Jena's writer writes, and Jena's reader reads it back. */
class SolutionsJsonTest {
  static final Var S = Var.alloc("s");
  static final Var P = Var.alloc("p");
  static final Var O = Var.alloc("o");
  static final List<Var> VARS = List.of(S, P, O);

  static Binding row(Node s, Node p, Node o) {
    BindingBuilder b = BindingBuilder.create();
    if (s != null) {
      b.add(S, s);
    }
    if (p != null) {
      b.add(P, p);
    }
    if (o != null) {
      b.add(O, o);
    }
    return b.build();
  }

  static Node uri(String s) {
    return NodeFactory.createURI(s);
  }

  /** Every kind of term a record's graph holds, with the characters JSON must escape and Vietnamese text. */
  static List<Binding> rows() {
    Node s = uri("https://opendata.moha.gov.vn/id/award/1");
    Node p = uri("http://purl.org/dc/terms/title");
    List<Binding> rows = new ArrayList<>();
    rows.add(row(s, p, NodeFactory.createLiteralString("Huân chương Lao động hạng Ba")));
    rows.add(row(s, p, NodeFactory.createLiteralLang("Bằng khen của Thủ tướng", "vi")));
    rows.add(row(s, p, NodeFactory.createLiteralString("quote \" backslash \\ slash / newline \n tab \t cr \r "
      + "bell \u0007 nul \u0000 ls \u2028 emoji 😀")));
    rows.add(row(s, uri("http://purl.org/dc/terms/date"), NodeFactory.createLiteralDT("2024-12-13",
      XSDDatatype.XSDdate)));
    rows.add(row(s, uri("https://x.test/n"), NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger)));
    rows.add(row(uri("https://x.test/a?b=\"c\"#d"), null, uri("https://x.test/ünïcode/đ")));
    rows.add(row(null, null, null));
    return rows;
  }

  static String jena(List<Var> vars, List<Binding> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsWriter.create().lang(ResultSetLang.RS_JSON).build().write(out, RowSetStream.create(vars, rows.iterator()));
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The solutions as Jena's JSON results reader reads them. */
  static List<Binding> read(Buffer b) {
    ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(b.getBytes()), ResultSetLang.RS_JSON);
    List<Binding> out = new ArrayList<>();
    while (rs.hasNext()) {
      out.add(rs.nextBinding());
    }
    return out;
  }

  @Test
  void theSameDocumentAsJenasWriter() {
    Buffer lean = SolutionsJson.write(VARS, rows());
    assertNotNull(lean);
    assertEquals(new JsonObject(jena(VARS, rows())), new JsonObject(lean));
    assertEquals(rows(), read(lean), "Jena's reader gives back the same solutions");
  }

  @Test
  void noSolutionsAndNoVariables() {
    assertEquals(new JsonObject(jena(VARS, List.of())), new JsonObject(SolutionsJson.write(VARS, List.of())));
    assertEquals(new JsonObject(jena(List.of(), List.of(BindingBuilder.create().build()))),
      new JsonObject(SolutionsJson.write(List.of(), List.of(BindingBuilder.create().build()))));
  }

  @Test
  void blankNodesKeepTheirIdentityWithinTheAnswer() {
    Node b1 = NodeFactory.createBlankNode();
    Node b2 = NodeFactory.createBlankNode();
    Node p = uri("https://x.test/p");
    List<Binding> rows = List.of(row(b1, p, b2), row(b2, p, b1), row(b1, p, b1));
    JsonObject doc = new JsonObject(SolutionsJson.write(VARS, rows));
    var bindings = doc.getJsonObject("results").getJsonArray("bindings");
    String first = bindings.getJsonObject(0).getJsonObject("s").getString("value");
    String second = bindings.getJsonObject(0).getJsonObject("o").getString("value");
    assertTrue(!first.equals(second), doc.encode());
    assertEquals("bnode", bindings.getJsonObject(0).getJsonObject("s").getString("type"));
    assertEquals(second, bindings.getJsonObject(1).getJsonObject("s").getString("value"));
    assertEquals(first, bindings.getJsonObject(2).getJsonObject("o").getString("value"));
    List<Binding> back = read(SolutionsJson.write(VARS, rows));
    assertEquals(back.get(0).get(S), back.get(1).get(O), "read back, the same blank node");
    assertEquals(back.get(0).get(O), back.get(1).get(S));
  }

  @Test
  void termsOfRdf12AreLeftToJena() {
    Node p = uri("https://x.test/p");
    Node triple = NodeFactory.createTripleTerm(uri("https://x.test/s"), p, uri("https://x.test/o"));
    assertNull(SolutionsJson.write(VARS, List.of(row(uri("https://x.test/s"), p, triple))));
    Node dir = NodeFactory.createLiteralDirLang("مرحبا", "ar", TextDirection.RTL);
    assertNull(SolutionsJson.write(VARS, List.of(row(uri("https://x.test/s"), p, dir))));
  }
}
