package vn.gov.moha.opendata.opendata;

import org.apache.jena.rdf.model.Resource;

/**
 * A code list published as a SKOS concept scheme at {@code /def/{name}}. {@code sql} returns one row per concept
 * with the columns {@code code, vi, en} and, when the list has them, {@code notation, broader} (a code of the same
 * scheme), {@code valid_from, valid_to, replaced_by} (a code of the same scheme), {@code note}. {@code conceptType}
 * is a class its concepts also belong to (ELI wants {@code eli:ResourceType} for document types, {@code eli:Agent}
 * for issuers), or null.
 */
public record ConceptScheme(String name, String titleVi, String titleEn, Resource conceptType, String sql) {
}
