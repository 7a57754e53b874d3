package vn.gov.moha.opendata.opendata.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.ROV;
import org.apache.jena.vocabulary.SKOS;
import vn.gov.moha.opendata.platform.http.PageAssets;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.Vocab;

/**
 * The data of the HTML page of a description (templates/resource.html): the thing first, then every other node the
 * document describes (an association's site and events, a law's expression and files, an award's recipient). Links
 * to our own URIs are made relative, so a page works under any host; concepts and our terms show their Vietnamese
 * labels. Plain maps, because that is what the template engine reads.
 */
final class ResourcePage {
  private static final List<org.apache.jena.rdf.model.Property> LABELS = List.of(SKOS.prefLabel, ROV.legalName,
    RDFS.label, Vocab.Eli.TITLE, Vocab.Eli.ID_LOCAL, Vocab.Foaf.NAME);

  private ResourcePage() {
  }

  static Map<String, Object> of(Model model, String subject, Descriptions d,
                                java.util.function.Function<RdfFormat, String> alternate) {
    Uris uris = d.uris();
    Resource main = model.createResource(subject);
    Map<String, Object> page = new HashMap<>();
    page.put("title", label(main, d));
    page.put("subject", subject);
    List<Map<String, Object>> types = new ArrayList<>();
    main.listProperties(RDF.type).forEach(st -> types.add(value(st.getObject(), d)));
    page.put("types", types);
    page.put("generated", main.hasLiteral(Vocab.Moha.GENERATED, true));
    List<Map<String, Object>> alternates = new ArrayList<>();
    for (RdfFormat f : RdfFormat.values()) {
      alternates.add(Map.of("label", switch (f) {
        case HTML -> "HTML";
        case TURTLE -> "Turtle";
        case JSONLD -> "JSON-LD";
        case RDFXML -> "RDF/XML";
        case NTRIPLES -> "N-Triples";
      }, "href", alternate.apply(f), "type", f.mediaType()));
    }
    page.put("alternates", alternates);
    page.put("css", PageAssets.href("portal.css"));
    page.put("logo", PageAssets.href("logo.svg"));
    List<Map<String, Object>> sections = new ArrayList<>();
    sections.add(section(main, true, d));
    model.listSubjects().toList().stream()
      .filter(r -> r.isURIResource() && !r.getURI().equals(subject))
      .sorted(Comparator.comparing(Resource::getURI))
      .forEach(r -> sections.add(section(r, false, d)));
    page.put("sections", sections);
    return page;
  }

  private static Map<String, Object> section(Resource r, boolean main, Descriptions d) {
    Map<String, List<Statement>> byProperty = new LinkedHashMap<>();
    r.listProperties().toList().stream()
      .filter(st -> !st.getPredicate().equals(RDF.type) || !main)
      .sorted(Comparator.comparing((Statement st) -> st.getPredicate().getURI()))
      .forEach(st -> byProperty.computeIfAbsent(st.getPredicate().getURI(), k -> new ArrayList<>()).add(st));
    List<Map<String, Object>> rows = new ArrayList<>();
    byProperty.forEach((p, sts) -> {
      String qname = r.getModel().shortForm(p);
      String label = d.label(p);
      List<Map<String, Object>> values = sts.stream().map(st -> value(st.getObject(), d)).toList();
      rows.add(Map.of("label", label == null ? qname : label, "qname", qname, "items", values));
    });
    String uri = r.getURI();
    return Map.of("main", main, "uri", uri, "label", label(r, d), "rows", rows,
      "anchor", uri.contains("#") ? uri.substring(uri.indexOf('#') + 1) : "s" + Integer.toHexString(uri.hashCode()));
  }

  private static Map<String, Object> value(RDFNode node, Descriptions d) {
    Map<String, Object> v = new HashMap<>();
    if (node.isLiteral()) {
      Literal l = node.asLiteral();
      v.put("text", l.getLexicalForm());
      v.put("lang", l.getLanguage().isEmpty() ? null : l.getLanguage());
      v.put("href", null);
      v.put("note", l.getLanguage().isEmpty() ? null : "@" + l.getLanguage());
      return v;
    }
    String uri = node.isURIResource() ? node.asResource().getURI() : node.toString();
    String label = node.isURIResource() ? d.label(uri) : null;
    if (label == null && node.isURIResource() && node.getModel() != null
      && node.getModel().contains(node.asResource(), null)) {
      label = label(node.asResource(), d); // a node this document describes: its own label
    }
    v.put("text", label != null ? label : node.isURIResource() ? node.getModel() == null ? uri
      : node.asResource().getModel().shortForm(uri) : uri);
    v.put("href", node.isURIResource() ? d.uris().pathOf(uri).orElse(uri) : null);
    v.put("lang", null);
    v.put("note", label != null ? d.uris().pathOf(uri).orElse(uri) : null);
    return v;
  }

  private static String label(Resource r, Descriptions d) {
    String known = d.label(r.getURI());
    for (var p : LABELS) {
      Statement vi = null;
      for (Statement st : r.listProperties(p).toList()) {
        if (st.getObject().isLiteral() && (vi == null || "vi".equals(st.getLiteral().getLanguage()))) {
          vi = st;
        }
      }
      if (vi != null) {
        return vi.getLiteral().getLexicalForm();
      }
    }
    if (known != null) {
      return known;
    }
    // an event or a site of the document: what it is, and when
    Statement kind = r.getProperty(org.apache.jena.vocabulary.DCTerms.type);
    Statement type = r.getProperty(RDF.type);
    String what = kind != null && kind.getObject().isURIResource() ? d.label(kind.getResource().getURI())
      : type != null && type.getObject().isURIResource() ? d.label(type.getResource().getURI()) : null;
    if (what != null) {
      Statement date = r.getProperty(org.apache.jena.vocabulary.DCTerms.date);
      return date == null ? what : what + " — " + date.getString();
    }
    return r.getModel().shortForm(r.getURI());
  }
}
