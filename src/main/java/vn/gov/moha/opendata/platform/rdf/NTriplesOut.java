package vn.gov.moha.opendata.platform.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * N-Triples in UTF-8 written straight to bytes: the same bytes as Jena's streaming writer
 * ({@code RDFFormat.NTRIPLES_UTF8}, {@code WriterStreamRDFPlain} with {@code NodeFormatterNT}) for the IRIs and
 * literals our mappers emit — the same escapes of IRIs (a {@code \\u} escape for a control character and for
 * {@code space <>"{}|^`\} and DEL) and of strings ({@code \\ \" \n \t \r \f}, U+FFFD as {@code \\uFFFD}, a lone
 * surrogate as {@code ?}, everything else as UTF-8) — and any other node (a blank node, a literal with a text
 * direction) as Jena formats it. Why: Jena's writer goes through an AWriter, a char buffer and a CharsetEncoder
 * with a call per node part and per character, and {@link Triples} built a Jena node per triple (a literal's lang tag
 * parsed, its value validated); with this writer {@link Triples} writes strings straight here. Each byte is written
 * once into an array, a predicate's or datatype's bytes are encoded once per stream, a subject once per record. The
 * award dump (50 000 awards, 925 095 triples, with positional columns in AwardsRdf) went from 3.6–5.5 to 1.2–1.3 JVM
 * CPU-seconds.
 *
 * <p>Bytes are handed to the OutputStream when the array fills and on {@link #flush()} and {@link #finish()}: memory
 * stays at the array's size whatever the number of triples. Not thread-safe (one stream, one thread at a time).
 */
public final class NTriplesOut implements StreamRDF {
  private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  /** At most this many predicates and datatypes are kept encoded (a dataset has a few dozen). */
  private static final int MAX_CONSTANTS = 1024;

  private final OutputStream out;
  private byte[] buf;
  private int len;
  private final Map<Node, byte[]> constants = new HashMap<>();
  private final Map<String, byte[]> datatypes = new HashMap<>();
  private byte[] scratch = new byte[256];
  private boolean encoding;
  private Node subject;
  private String subjectIri;
  private byte[] subjectBytes;

  public NTriplesOut(OutputStream out) {
    this(out, 64 * 1024);
  }

  NTriplesOut(OutputStream out, int bufferSize) {
    this.out = out;
    this.buf = new byte[Math.max(bufferSize, 16)];
  }

  @Override
  public void start() {
  }

  @Override
  public void triple(Triple t) {
    Node s = t.getSubject();
    if (!s.equals(subject)) {
      subject = s;
      subjectIri = null;
      subjectBytes = encode(s);
    }
    put(subjectBytes);
    put1(' ');
    put(constant(t.getPredicate()));
    put1(' ');
    node(t.getObject());
    end();
  }

  /** {@code <s> <p> <o> .} from IRI strings (what {@link Triples} writes without building nodes). */
  public void uriTriple(String s, Node p, String o) {
    subject(s);
    put(constant(p));
    put1(' ');
    uri(o);
    end();
  }

  /**
   * {@code <s> <p> "lex"@lang .}, {@code "lex"^^<dt>} or a plain {@code "lex"} (no lang, datatype null or xsd:string);
   * {@code lang} as it is to be written (Jena would normalise other forms: see {@link Triples}).
   */
  public void literalTriple(String s, Node p, String lex, String lang, String datatype) {
    subject(s);
    put(constant(p));
    put1(' ');
    literal(lex, lang, datatype);
    end();
  }

  private void subject(String s) {
    if (s != subjectIri && !s.equals(subjectIri)) {
      subjectIri = s;
      subject = null;
      subjectBytes = encode(NodeFactory.createURI(s));
    }
    put(subjectBytes);
    put1(' ');
  }

  private void end() {
    put1(' ');
    put1('.');
    put1('\n');
  }

  @Override
  public void quad(Quad quad) {
    throw new UnsupportedOperationException("N-Triples has no graphs");
  }

  @Override
  public void base(String base) {
  }

  @Override
  public void prefix(String prefix, String iri) {
  }

  @Override
  public void finish() {
    flush();
  }

  /** Hands the bytes written so far to the OutputStream (and flushes it). */
  public void flush() {
    drain();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A predicate's or datatype's bytes, encoded once. */
  private byte[] constant(Node n) {
    byte[] b = constants.get(n);
    if (b == null) {
      b = encode(n);
      if (constants.size() < MAX_CONSTANTS) {
        constants.put(n, b);
      }
    }
    return b;
  }

  /** A datatype's {@code <iri>}, encoded once. */
  private byte[] datatype(String uri) {
    byte[] b = datatypes.get(uri);
    if (b == null) {
      b = encode(NodeFactory.createURI(uri));
      if (datatypes.size() < MAX_CONSTANTS) {
        datatypes.put(uri, b);
      }
    }
    return b;
  }

  /** A node's bytes in an array of their own (written to the scratch array, which grows as needed). */
  private byte[] encode(Node n) {
    byte[] main = buf;
    int mainLen = len;
    buf = scratch;
    len = 0;
    encoding = true;
    try {
      node(n);
      scratch = buf;
      return Arrays.copyOf(buf, len);
    } finally {
      encoding = false;
      buf = main;
      len = mainLen;
    }
  }

  /** The array is full: the stream's bytes go out; a node being encoded gets a bigger scratch array. */
  private void full() {
    if (encoding) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    } else {
      drain();
    }
  }

  private void node(Node n) {
    if (n.isURI()) {
      uri(n.getURI());
    } else if (n.isLiteral() && n.getLiteralBaseDirection() == null) {
      literal(n.getLiteralLexicalForm(), n.getLiteralLanguage(), n.getLiteralDatatypeURI());
    } else {
      put(NodeFmtLib.strNT(n).getBytes(StandardCharsets.UTF_8));
    }
  }

  private void literal(String lex, String lang, String dt) {
    quoted(lex);
    if (lang != null && !lang.isEmpty()) {
      put1('@');
      ascii(lang);
    } else if (dt != null && !dt.equals(XSD_STRING)) {
      put1('^');
      put1('^');
      put(datatype(dt));
    }
  }

  /** {@code <iri>}: control characters and {@code space <>"{}|^`\} DEL as {@code \\uXXXX}, as Jena writes them. */
  private void uri(String s) {
    put1('<');
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 20) { // sic: Jena's QuotedURI tests c < 20 (decimal); 20..31 pass as they are
        unicodeEscape(c);
        continue;
      }
      switch (c) {
        case ' ', '<', '>', '"', '{', '}', '|', '^', '`', '\\', '\u007F' -> unicodeEscape(c);
        default -> {
          if (c < 0x80) {
            put1(c);
          } else {
            i = utf8(s, i, c);
          }
        }
      }
    }
    put1('>');
  }

  /** A single-line {@code "string"} with N-Triples' escapes. */
  private void quoted(String s) {
    put1('"');
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        switch (c) {
          case '\\' -> {
            put1('\\');
            put1('\\');
          }
          case '"' -> {
            put1('\\');
            put1('"');
          }
          case '\n' -> {
            put1('\\');
            put1('n');
          }
          case '\t' -> {
            put1('\\');
            put1('t');
          }
          case '\r' -> {
            put1('\\');
            put1('r');
          }
          case '\f' -> {
            put1('\\');
            put1('f');
          }
          default -> put1(c);
        }
      } else if (c == '\uFFFD') {
        unicodeEscape(c);
      } else {
        i = utf8(s, i, c);
      }
    }
    put1('"');
  }

  /**
   * Writes the non-ASCII character at {@code i} (with its low surrogate when it is a high one) as UTF-8 and returns the
   * index of its last char. A lone surrogate is {@code ?}, the replacement of the UTF-8 encoder Jena 5.6's writer
   * leaves it to.
   */
  private int utf8(String s, int i, char c) {
    if (c < 0x800) {
      put1(0xC0 | (c >> 6));
      put1(0x80 | (c & 0x3F));
      return i;
    }
    if (!Character.isSurrogate(c)) {
      put1(0xE0 | (c >> 12));
      put1(0x80 | ((c >> 6) & 0x3F));
      put1(0x80 | (c & 0x3F));
      return i;
    }
    if (i + 1 < s.length() && Character.isSurrogatePair(c, s.charAt(i + 1))) {
      int cp = Character.toCodePoint(c, s.charAt(i + 1));
      put1(0xF0 | (cp >> 18));
      put1(0x80 | ((cp >> 12) & 0x3F));
      put1(0x80 | ((cp >> 6) & 0x3F));
      put1(0x80 | (cp & 0x3F));
      return i + 1;
    }
    put1('?');
    return i;
  }

  private void unicodeEscape(char c) {
    put1('\\');
    put1('u');
    put1(HEX[(c >> 12) & 0xF]);
    put1(HEX[(c >> 8) & 0xF]);
    put1(HEX[(c >> 4) & 0xF]);
    put1(HEX[c & 0xF]);
  }

  /** A language tag (ASCII by BCP 47; anything else is written as UTF-8 all the same). */
  private void ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        put1(c);
      } else {
        i = utf8(s, i, c);
      }
    }
  }

  private void put(byte[] b) {
    if (len + b.length > buf.length) {
      if (encoding) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + b.length));
      } else {
        drain();
        if (b.length > buf.length) {
          write(b, b.length);
          return;
        }
      }
    }
    System.arraycopy(b, 0, buf, len, b.length);
    len += b.length;
  }

  private void put1(int b) {
    if (len == buf.length) {
      full();
    }
    buf[len++] = (byte) b;
  }

  private void drain() {
    if (len > 0) {
      write(buf, len);
      len = 0;
    }
  }

  private void write(byte[] b, int n) {
    try {
      out.write(b, 0, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
