package vn.gov.moha.opendata.platform.rdf;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes one record's triples to a Jena {@link StreamRDF} (a graph, a streaming writer, the store's loader): the
 * mappers of the datasets say what, this says how, and skips absent (null or blank) values so that no mapper has to.
 */
public final class Triples {
  /** Language tags written as given: Jena keeps a tag of 2–3 lower-case letters as it is (others it may normalise). */
  private static final java.util.regex.Pattern PLAIN_LANG = java.util.regex.Pattern.compile("[a-z]{2,3}");
  private final StreamRDF out;
  /** The same stream when it is an N-Triples writer: written to without building Jena nodes (a dump's hot path). */
  private final NTriplesOut nt;

  public Triples(StreamRDF out) {
    this.out = out;
    this.nt = out instanceof NTriplesOut n ? n : null;
  }

  public static Node iri(String uri) {
    return NodeFactory.createURI(uri);
  }

  public Triples type(String subject, Resource type) {
    uri(subject, RDF.type, type);
    return this;
  }

  public Triples link(String subject, Property p, String objectUri) {
    if (objectUri != null) {
      uri(subject, p, objectUri);
    }
    return this;
  }

  public Triples link(String subject, Property p, Resource object) {
    if (object != null) {
      uri(subject, p, object);
    }
    return this;
  }

  /** A plain string (identifiers, numbers as written). */
  public Triples text(String subject, Property p, String value) {
    if (value != null && !value.isBlank()) {
      literal(subject, p, value, null, null);
    }
    return this;
  }

  /** Text in a language (vi, en). */
  public Triples text(String subject, Property p, String value, String lang) {
    if (value != null && !value.isBlank()) {
      literal(subject, p, value, lang, null);
    }
    return this;
  }

  public Triples date(String subject, Property p, LocalDate value) {
    if (value != null) {
      literal(subject, p, value.toString(), null, XSDDatatype.XSDdate);
    }
    return this;
  }

  /**
   * An {@code xsd:dateTime} in UTC with its seconds always written ({@code OffsetDateTime.toString()} drops zero
   * seconds, which {@code xsd:dateTime} does not allow).
   */
  public Triples dateTime(String subject, Property p, OffsetDateTime value) {
    if (value != null) {
      literal(subject, p, java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        value.withOffsetSameInstant(java.time.ZoneOffset.UTC)), null, XSDDatatype.XSDdateTime);
    }
    return this;
  }

  public Triples integer(String subject, Property p, Number value) {
    if (value != null) {
      literal(subject, p, String.valueOf(value.longValue()), null, XSDDatatype.XSDinteger);
    }
    return this;
  }

  public Triples decimal(String subject, Property p, java.math.BigDecimal value) {
    if (value != null) {
      literal(subject, p, value.toPlainString(), null, XSDDatatype.XSDdecimal);
    }
    return this;
  }

  public Triples year(String subject, Property p, Integer value) {
    if (value != null) {
      literal(subject, p, String.valueOf(value), null, XSDDatatype.XSDgYear);
    }
    return this;
  }

  /** An {@code xsd:gYearMonth} ({@code 2025-03}): a calendar month, the period of a monthly statistic. */
  public Triples yearMonth(String subject, Property p, java.time.YearMonth value) {
    if (value != null) {
      literal(subject, p, value.toString(), null, XSDDatatype.XSDgYearMonth);
    }
    return this;
  }

  public Triples bool(String subject, Property p, Boolean value) {
    if (value != null) {
      literal(subject, p, value.toString(), null, XSDDatatype.XSDboolean);
    }
    return this;
  }

  private void uri(String subject, Property p, Resource object) {
    if (nt != null && object.isURIResource()) {
      nt.uriTriple(subject, p.asNode(), object.getURI());
    } else {
      out.triple(Triple.create(iri(subject), p.asNode(), object.asNode()));
    }
  }

  private void uri(String subject, Property p, String objectUri) {
    if (nt != null) {
      nt.uriTriple(subject, p.asNode(), objectUri);
    } else {
      out.triple(Triple.create(iri(subject), p.asNode(), iri(objectUri)));
    }
  }

  /** A literal: a language's text ({@code lang}), a typed value ({@code type}) or a plain string (neither). */
  private void literal(String subject, Property p, String lex, String lang, RDFDatatype type) {
    if (nt != null && (lang == null || PLAIN_LANG.matcher(lang).matches())) {
      nt.literalTriple(subject, p.asNode(), lex, lang, type == null ? null : type.getURI());
    } else {
      out.triple(Triple.create(iri(subject), p.asNode(), lang != null ? NodeFactory.createLiteralLang(lex, lang)
        : type == null ? NodeFactory.createLiteralString(lex) : NodeFactory.createLiteralDT(lex, type)));
    }
  }
}
