package vn.gov.moha.opendata.opendata.linkeddata;

import io.vertx.ext.web.MIMEHeader;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

/**
 * The representations of a linked-data document: HTML for people, four RDF syntaxes for machines. Chosen by the
 * {@code format} parameter, a path suffix, or the {@code Accept} header (q-values honoured; a wildcard gets HTML).
 */
public enum RdfFormat {
  HTML("html", "text/html", null, null),
  TURTLE("ttl", "text/turtle", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
  JSONLD("jsonld", "application/ld+json", Lang.JSONLD, RDFFormat.JSONLD11_PRETTY),
  RDFXML("rdf", "application/rdf+xml", Lang.RDFXML, RDFFormat.RDFXML_PRETTY),
  NTRIPLES("nt", "application/n-triples", Lang.NTRIPLES, RDFFormat.NTRIPLES);

  private final String suffix;
  private final String mediaType;
  private final Lang lang;
  private final RDFFormat writer;

  RdfFormat(String suffix, String mediaType, Lang lang, RDFFormat writer) {
    this.suffix = suffix;
    this.mediaType = mediaType;
    this.lang = lang;
    this.writer = writer;
  }

  public String suffix() {
    return suffix;
  }

  public String mediaType() {
    return mediaType;
  }

  public Lang lang() {
    return lang;
  }

  /** The Content-Type header value (text types say their charset). */
  public String contentType() {
    return this == HTML || this == TURTLE || this == NTRIPLES ? mediaType + "; charset=utf-8" : mediaType;
  }

  /** The RDF syntaxes alone (documents that have no HTML page of their own, such as the DCAT-AP catalogue). */
  public static RdfFormat[] rdf() {
    return new RdfFormat[] {TURTLE, JSONLD, RDFXML, NTRIPLES};
  }

  public static Optional<RdfFormat> bySuffix(String suffix) {
    for (RdfFormat f : values()) {
      if (f.suffix.equals(suffix)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The best representation for the parsed Accept header (Vert.x sorts it by q-value and specificity), or empty
   * when nothing offered fits (406). No Accept header at all means anything: HTML.
   */
  public static Optional<RdfFormat> negotiate(List<MIMEHeader> accept) {
    return negotiate(accept, values());
  }

  /**
   * The best of {@code offers} (in the server's order of preference, for wildcards) for the parsed Accept header, or
   * empty when none fits; no Accept header at all means the first offer.
   */
  public static Optional<RdfFormat> negotiate(List<MIMEHeader> accept, RdfFormat... offers) {
    if (accept.isEmpty()) {
      return Optional.of(offers[0]);
    }
    for (MIMEHeader h : accept) {
      if (h.weight() <= 0f) {
        continue;
      }
      for (RdfFormat f : offers) {
        String[] mt = f.mediaType.split("/");
        boolean type = h.component().equals("*") || h.component().equalsIgnoreCase(mt[0]);
        boolean sub = h.subComponent().equals("*") || h.subComponent().equalsIgnoreCase(mt[1]);
        if (type && sub) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  /** The model in this RDF syntax (not for HTML; blocking CPU work: call on the rdf worker pool). */
  public byte[] write(Model model) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    RDFWriter.source(model).format(writer).output(out);
    return out.toByteArray();
  }
}
