package vn.gov.moha.opendata.opendata.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Entry;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.ApiProblem.FieldError;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.Vocab.Hydra;

/**
 * One page of the catalogue's datasets as a harvester asks for it ({@code page}, 1-based; {@code page_size};
 * {@code modified_since}, a date or a date-time: only the datasets changed on or after it) and its Hydra paging.
 *
 * <p>Every link is absolute on the configured public base URI, never the request's Host, and keeps the request's
 * filters and its way of choosing the syntax (a suffix {@code /catalog.ttl} or {@code format=}; none when the syntax
 * was negotiated, so that all syntaxes of a page carry the same graph). A page past the last is an empty page with
 * no {@code next}, its {@code previous} the last page: a harvester walking {@code next} always stops.
 *
 * @param path        the document path asked for, with its suffix if any ({@code /catalog}, {@code /catalog.rdf})
 * @param format      the {@code format} parameter as sent, or null
 * @param since       the start of {@code modified_since}, or null
 * @param sinceText   {@code modified_since} as sent (repeated in the links), or null
 */
public record CataloguePage(String path, String format, int page, int size, OffsetDateTime since, String sinceText) {
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 100;

  /**
   * Reads {@code modified_since}: a date ({@code 2026-01-31}, from midnight UTC) or a date-time with an offset
   * ({@code 2026-01-31T08:00:00+07:00}; without one, UTC). Null when absent; a 400 naming it when unreadable.
   */
  public static OffsetDateTime since(String value) {
    if (value == null) {
      return null;
    }
    // RFC 3339 allows a space for the T; an unencoded '+' of the offset arrives as a space
    String v = value.length() > 10 && value.charAt(10) == ' ' ? value.substring(0, 10) + 'T' + value.substring(11)
      : value;
    v = v.replaceFirst("^(.{11}[0-9:.]+) (\\d\\d:\\d\\d)$", "$1+$2");
    try {
      if (v.length() == 10) {
        return LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC);
      }
      return v.matches(".*(Z|[+-]\\d\\d:\\d\\d)$") ? OffsetDateTime.parse(v)
        : LocalDateTime.parse(v).atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest("invalid-parameter", "Parameter modified_since must be a date (2026-01-31) or a "
        + "date-time (2026-01-31T08:00:00+07:00).", new FieldError("modified_since", "query",
        "not an ISO 8601 date or date-time: '" + value + "'"));
    }
  }

  /** The datasets that pass the filter, in the catalogue's order. */
  public List<Entry> filter(List<Entry> all) {
    return since == null ? all : all.stream().filter(e -> !e.modified().isBefore(since)).toList();
  }

  /** This page's share of the filtered datasets (empty past the last page). */
  public List<Entry> slice(List<Entry> filtered) {
    long from = (long) (page - 1) * size;
    if (from >= filtered.size()) {
      return List.of();
    }
    return filtered.subList((int) from, (int) Math.min(filtered.size(), from + size));
  }

  /** The number of the last page: 1 when there is nothing (an empty first page). */
  public int last(int total) {
    return Math.max(1, (total + size - 1) / size);
  }

  /** The URL of a page of the same collection, in the same syntax as asked for. */
  public String url(Uris uris, int n) {
    StringBuilder sb = new StringBuilder(uris.of(path)).append("?page=").append(n);
    if (size != DEFAULT_SIZE) {
      sb.append("&page_size=").append(size);
    }
    if (sinceText != null) {
      sb.append("&modified_since=").append(URLEncoder.encode(sinceText, StandardCharsets.UTF_8));
    }
    if (format != null) {
      sb.append("&format=").append(format);
    }
    return sb.toString();
  }

  /** The collection paged: the catalogue's datasets meeting the filter (the same IRI whatever the syntax). */
  public String collection(Uris uris) {
    return uris.of(Uris.CATALOG_DOCUMENT) + (sinceText == null ? ""
      : "?modified_since=" + URLEncoder.encode(sinceText, StandardCharsets.UTF_8));
  }

  /** The links of this page, for the Link header and the Hydra view: rel → URL (next and prev only when they exist). */
  public Map<String, String> links(Uris uris, int total) {
    int last = last(total);
    Map<String, String> links = new LinkedHashMap<>();
    links.put("first", url(uris, 1));
    if (page > 1) {
      links.put("prev", url(uris, Math.min(page - 1, last)));
    }
    if (page < last) {
      links.put("next", url(uris, page + 1));
    }
    links.put("last", url(uris, last));
    return links;
  }

  /**
   * The Hydra description of this page: the collection ({@code hydra:Collection}, its total and this page's
   * members) viewed through this page ({@code hydra:PartialCollectionView}, also typed with the deprecated
   * {@code hydra:PagedCollection} and carrying both generations of link terms).
   */
  public void describe(Model m, Uris uris, int total, List<String> members) {
    Map<String, String> links = links(uris, total);
    Resource collection = m.createResource(collection(uris)).addProperty(RDF.type, Hydra.COLLECTION)
      .addLiteral(Hydra.TOTAL_ITEMS, count(m, total));
    members.forEach(uri -> collection.addProperty(Hydra.MEMBER, m.createResource(uri)));
    Resource view = m.createResource(url(uris, page)).addProperty(RDF.type, Hydra.PARTIAL_COLLECTION_VIEW)
      .addProperty(RDF.type, Hydra.PAGED_COLLECTION)
      .addLiteral(Hydra.TOTAL_ITEMS, count(m, total))
      .addLiteral(Hydra.ITEMS_PER_PAGE, count(m, size));
    collection.addProperty(Hydra.VIEW, view);
    link(m, view, Hydra.FIRST, Hydra.FIRST_PAGE, links.get("first"));
    link(m, view, Hydra.PREVIOUS, Hydra.PREVIOUS_PAGE, links.get("prev"));
    link(m, view, Hydra.NEXT, Hydra.NEXT_PAGE, links.get("next"));
    link(m, view, Hydra.LAST, Hydra.LAST_PAGE, links.get("last"));
  }

  private static void link(Model m, Resource view, Property current, Property deprecated, String url) {
    if (url != null) {
      view.addProperty(current, m.createResource(url)).addProperty(deprecated, m.createResource(url));
    }
  }

  private static Literal count(Model m, long n) {
    return m.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDnonNegativeInteger);
  }
}
