package vn.gov.moha.opendata.platform.rdf;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * What a SPARQL answer can be written as: solutions (SELECT, ASK) or a graph (CONSTRUCT, DESCRIBE). Each format has its
 * media type, the short name of the {@code format} parameter, and the Accept values that select it (its own media
 * type first; plain JSON and XML are aliases). The first format of each kind is the default for {@code *}{@code /*}.
 */
public enum ResultFormat {
  JSON("json", "application/sparql-results+json", false, ResultSetLang.RS_JSON, null, "application/json"),
  XML("xml", "application/sparql-results+xml", false, ResultSetLang.RS_XML, null, "application/xml"),
  CSV("csv", "text/csv; charset=utf-8", false, ResultSetLang.RS_CSV, null),
  TSV("tsv", "text/tab-separated-values; charset=utf-8", false, ResultSetLang.RS_TSV, null),
  TURTLE("ttl", "text/turtle; charset=utf-8", true, null, RDFFormat.TURTLE_PRETTY),
  NTRIPLES("nt", "application/n-triples; charset=utf-8", true, null, RDFFormat.NTRIPLES),
  JSONLD("jsonld", "application/ld+json", true, null, RDFFormat.JSONLD11, "application/json"),
  RDFXML("rdf", "application/rdf+xml", true, null, RDFFormat.RDFXML_PLAIN, "application/xml");

  private final String shortName;
  private final String contentType;
  private final boolean graph;
  private final Lang resultsLang;
  private final RDFFormat rdfFormat;
  private final List<String> accepted;

  ResultFormat(String shortName, String contentType, boolean graph, Lang resultsLang, RDFFormat rdfFormat,
               String... aliases) {
    this.shortName = shortName;
    this.contentType = contentType;
    this.graph = graph;
    this.resultsLang = resultsLang;
    this.rdfFormat = rdfFormat;
    String own = contentType.split(";")[0];
    this.accepted = aliases.length == 0 ? List.of(own) : List.of(own, aliases[0]);
  }

  public String shortName() {
    return shortName;
  }

  /** The Content-Type header of the answer. */
  public String contentType() {
    return contentType;
  }

  /** True for graph formats (CONSTRUCT, DESCRIBE), false for solution formats (SELECT, ASK). */
  public boolean graph() {
    return graph;
  }

  Lang resultsLang() {
    return resultsLang;
  }

  RDFFormat rdfFormat() {
    return rdfFormat;
  }

  /** The media types (type/subtype) an Accept entry may name to select this format. */
  public List<String> accepted() {
    return accepted;
  }

  public static Optional<ResultFormat> byShortName(String name) {
    return Arrays.stream(values()).filter(f -> f.shortName.equals(name)).findFirst();
  }

  /** The formats of one kind, the default first. */
  public static List<ResultFormat> offers(boolean graph) {
    return Arrays.stream(values()).filter(f -> f.graph == graph).toList();
  }
}
