package vn.gov.moha.opendata.platform.rdf;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
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
  private final StreamRDF out;

  public Triples(StreamRDF out) {
    this.out = out;
  }

  public static Node iri(String uri) {
    return NodeFactory.createURI(uri);
  }

  public Triples type(String subject, Resource type) {
    out.triple(Triple.create(iri(subject), RDF.type.asNode(), type.asNode()));
    return this;
  }

  public Triples link(String subject, Property p, String objectUri) {
    if (objectUri != null) {
      out.triple(Triple.create(iri(subject), p.asNode(), iri(objectUri)));
    }
    return this;
  }

  public Triples link(String subject, Property p, Resource object) {
    if (object != null) {
      out.triple(Triple.create(iri(subject), p.asNode(), object.asNode()));
    }
    return this;
  }

  /** A plain string (identifiers, numbers as written). */
  public Triples text(String subject, Property p, String value) {
    if (value != null && !value.isBlank()) {
      out.triple(Triple.create(iri(subject), p.asNode(), NodeFactory.createLiteralString(value)));
    }
    return this;
  }

  /** Text in a language (vi, en). */
  public Triples text(String subject, Property p, String value, String lang) {
    if (value != null && !value.isBlank()) {
      out.triple(Triple.create(iri(subject), p.asNode(), NodeFactory.createLiteralLang(value, lang)));
    }
    return this;
  }

  public Triples date(String subject, Property p, LocalDate value) {
    if (value != null) {
      out.triple(Triple.create(iri(subject), p.asNode(),
        NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdate)));
    }
    return this;
  }

  /**
   * An {@code xsd:dateTime} in UTC with its seconds always written ({@code OffsetDateTime.toString()} drops zero
   * seconds, which {@code xsd:dateTime} does not allow).
   */
  public Triples dateTime(String subject, Property p, OffsetDateTime value) {
    if (value != null) {
      out.triple(Triple.create(iri(subject), p.asNode(), NodeFactory.createLiteralDT(
        java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.withOffsetSameInstant(
          java.time.ZoneOffset.UTC)), XSDDatatype.XSDdateTime)));
    }
    return this;
  }

  public Triples integer(String subject, Property p, Number value) {
    if (value != null) {
      out.triple(Triple.create(iri(subject), p.asNode(),
        NodeFactory.createLiteralDT(String.valueOf(value.longValue()), XSDDatatype.XSDinteger)));
    }
    return this;
  }

  public Triples decimal(String subject, Property p, java.math.BigDecimal value) {
    if (value != null) {
      out.triple(Triple.create(iri(subject), p.asNode(),
        NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal)));
    }
    return this;
  }

  public Triples year(String subject, Property p, Integer value) {
    if (value != null) {
      out.triple(Triple.create(iri(subject), p.asNode(),
        NodeFactory.createLiteralDT(String.valueOf(value), XSDDatatype.XSDgYear)));
    }
    return this;
  }

  /** An {@code xsd:gYearMonth} ({@code 2025-03}): a calendar month, the period of a monthly statistic. */
  public Triples yearMonth(String subject, Property p, java.time.YearMonth value) {
    if (value != null) {
      out.triple(Triple.create(iri(subject), p.asNode(),
        NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDgYearMonth)));
    }
    return this;
  }

  public Triples bool(String subject, Property p, Boolean value) {
    if (value != null) {
      out.triple(Triple.create(iri(subject), p.asNode(),
        NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDboolean)));
    }
    return this;
  }
}
