package vn.gov.moha.opendata.platform.rdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.platform.rdf.Vocab.Foaf;
import vn.gov.moha.opendata.platform.rdf.Vocab.Moha;

/**
 * {@link NTriplesOut} writes the bytes Jena's streaming N-Triples writer ({@code RDFFormat.NTRIPLES_UTF8}) writes, for
 * everything {@link Triples} emits and for the characters that need escaping, and the result parses back to the same
 * graph.
 */
class NTriplesOutTest {
  private static final String S = "https://opendata.moha.gov.vn/id/award/QD-1";

  /** The awkward strings: escapes, Vietnamese, astral characters, a lone surrogate, controls, U+FFFD. */
  private static final List<String> TEXTS = List.of("Nguyễn Thị Hà",
    "Huân chương Lao động hạng Ba — \"Đặc biệt\"", "back\\slash", "line\nbreak\r\ncr\ttab\fff", "emoji 😀 𝄞",
    "lone \uD800 high", "lone \uDC00 low", "end \uD83D", "ctl \u0001\u0008\u001F\u007F", "repl \uFFFD",
    "<tag> {x} |y| ^z^ `w`", "€ ¢ 中文", "'single' \"double\"", "  ");

  private static void emit(StreamRDF out) {
    Triples t = new Triples(out);
    out.start();
    for (int i = 0; i < TEXTS.size(); i++) {
      String s = S + "-" + i;
      t.type(s, Moha.AWARD_CONFERRAL).text(s, Moha.DECISION_NUMBER, TEXTS.get(i))
        .text(s, RDFS.label, TEXTS.get(i), "vi").text(s, Foaf.NAME, TEXTS.get(i), "en-GB")
        .link(s, Moha.RECIPIENT, s + "#recipient").date(s, DCTerms.date, LocalDate.of(2024, 3, 5))
        .dateTime(s, DCTerms.modified, OffsetDateTime.of(2024, 3, 5, 7, 0, 0, 0, ZoneOffset.ofHours(7)))
        .integer(s, Moha.DECISION_NUMBER, 42L).decimal(s, Moha.DECISION_NUMBER, new BigDecimal("-0.50"))
        .bool(s, Moha.POSTHUMOUS, i % 2 == 0).year(s, DCTerms.date, 2024);
    }
    // IRIs with the characters Jena escapes, non-ASCII and astral ones
    for (String iri : List.of("https://x.vn/a b", "https://x.vn/<a>\"{b}|^`\\", "https://x.vn/Hà_Nội",
      "https://x.vn/\u0001\u0013\u0014\u001F\u007F", "https://x.vn/😀", "https://x.vn/lone\uD800")) {
      t.link(S, Moha.RECIPIENT, iri).link(iri, Moha.RECIPIENT, S);
    }
    out.triple(Triple.create(NodeFactory.createURI(S), Moha.RATIONALE.asNode(),
      NodeFactory.createLiteralDT("x", XSDDatatype.XSDstring)));
    out.triple(Triple.create(NodeFactory.createURI(S), Moha.RATIONALE.asNode(), NodeFactory.createBlankNode("b1")));
    out.finish();
  }

  private static byte[] write(Consumer<StreamRDF> emit, boolean ours, int buffer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    emit.accept(ours ? new NTriplesOut(bytes, buffer) : StreamRDFWriter.getWriterStream(bytes,
      RDFFormat.NTRIPLES_UTF8));
    return bytes.toByteArray();
  }

  @Test
  void sameBytesAsJenasStreamingWriter() {
    byte[] jena = write(NTriplesOutTest::emit, false, 0);
    for (int buffer : List.of(16, 17, 100, 64 * 1024)) { // small arrays: every node crosses a drain
      byte[] ours = write(NTriplesOutTest::emit, true, buffer);
      assertEquals(new String(jena, StandardCharsets.UTF_8), new String(ours, StandardCharsets.UTF_8),
        "buffer " + buffer);
      assertArrayEquals(jena, ours, "buffer " + buffer);
    }
  }

  @Test
  void parsesBackToTheGraphItWasGiven() {
    Graph given = GraphFactory.createDefaultGraph();
    List<Triple> triples = new ArrayList<>();
    StreamRDF collect = new org.apache.jena.riot.system.StreamRDFBase() {
      @Override
      public void triple(Triple triple) {
        triples.add(triple);
      }
    };
    Triples t = new Triples(collect);
    for (int i = 0; i < TEXTS.size(); i++) {
      if (!TEXTS.get(i).contains("lone") && !TEXTS.get(i).contains("\uD83D") && !TEXTS.get(i).contains("\uFFFD")) {
        t.text(S + i, RDFS.label, TEXTS.get(i), "vi").text(S + i, Moha.DECISION_NUMBER, TEXTS.get(i));
      }
    }
    triples.forEach(given::add);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NTriplesOut out = new NTriplesOut(bytes);
    out.start();
    triples.forEach(out::triple);
    out.finish();
    Graph parsed = GraphFactory.createDefaultGraph();
    RDFDataMgr.read(parsed, new ByteArrayInputStream(bytes.toByteArray()), Lang.NTRIPLES);
    assertTrue(given.size() > 10);
    assertTrue(given.isIsomorphicWith(parsed), new String(bytes.toByteArray(), StandardCharsets.UTF_8));
  }
}
