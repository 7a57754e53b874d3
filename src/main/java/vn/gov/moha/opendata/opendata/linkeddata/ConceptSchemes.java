package vn.gov.moha.opendata.opendata.linkeddata;

import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import vn.gov.moha.opendata.opendata.ConceptScheme;
import vn.gov.moha.opendata.platform.rdf.Triples;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.Vocab.Moha;

/**
 * A code list's rows as SKOS (shared/reference/domain-notes.md §1.4): the scheme with its Vietnamese and English
 * titles and top concepts; each concept with its code as {@code skos:notation}, labels, broader concept, note, and
 * for retired codes (the provinces before 1 July 2025, former bodies) their validity, {@code owl:deprecated} and
 * {@code dcterms:isReplacedBy}. Columns named {@code link:<term>} become {@code moha:<term>} links to a concept
 * given as {@code scheme/code}.
 */
final class ConceptSchemes {
  private ConceptSchemes() {
  }

  static void describe(ConceptScheme s, List<Row> rows, Uris uris, Triples out) {
    String scheme = uris.scheme(s.name());
    out.type(scheme, SKOS.ConceptScheme)
      .text(scheme, SKOS.prefLabel, s.titleVi(), "vi")
      .text(scheme, SKOS.prefLabel, s.titleEn(), "en")
      .text(scheme, DCTerms.title, s.titleVi(), "vi")
      .text(scheme, DCTerms.title, s.titleEn(), "en");
    Set<String> codes = new HashSet<>();
    rows.forEach(r -> codes.add(r.getString("code")));
    LocalDate today = LocalDate.now();
    for (Row r : rows) {
      String code = r.getString("code");
      String concept = uris.concept(s.name(), code);
      out.type(concept, SKOS.Concept)
        .link(concept, SKOS.inScheme, scheme)
        .text(concept, SKOS.notation, code)
        .text(concept, SKOS.prefLabel, r.getString("vi"), "vi")
        .text(concept, SKOS.prefLabel, r.getString("en"), "en")
        .text(concept, SKOS.note, optional(r, "note"), "en");
      if (s.conceptType() != null) {
        out.type(concept, s.conceptType());
      }
      String broader = optional(r, "broader");
      if (broader == null || broader.contains("/") && !broader.startsWith(s.name() + "/")) {
        out.link(concept, SKOS.topConceptOf, scheme).link(scheme, SKOS.hasTopConcept, concept);
      }
      if (broader != null) {
        out.link(concept, SKOS.broader, broader.contains("/") ? uris.of("/def/" + broader)
          : uris.concept(s.name(), broader));
      }
      LocalDate validFrom = optionalDate(r, "valid_from");
      LocalDate validTo = optionalDate(r, "valid_to");
      out.date(concept, Moha.VALID_FROM, validFrom).date(concept, Moha.VALID_TO, validTo);
      if (validTo != null && validTo.isBefore(today)) {
        out.bool(concept, OWL.deprecated, true);
      }
      String replacedBy = optional(r, "replaced_by");
      if (replacedBy != null && codes.contains(replacedBy)) {
        out.link(concept, DCTerms.isReplacedBy, uris.concept(s.name(), replacedBy));
      }
      for (int i = 0; i < r.size(); i++) {
        String column = r.getColumnName(i);
        if (column.startsWith("link:") && r.getValue(i) != null) {
          out.link(concept, Moha.property(column.substring(5)), uris.of("/def/" + r.getString(i)));
        }
      }
    }
  }

  private static String optional(Row r, String column) {
    int i = r.getColumnIndex(column);
    return i < 0 ? null : r.getString(i);
  }

  private static LocalDate optionalDate(Row r, String column) {
    int i = r.getColumnIndex(column);
    return i < 0 ? null : r.getLocalDate(i);
  }
}
