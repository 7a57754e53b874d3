package vn.gov.moha.opendata.opendata.catalogue;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Entry;
import vn.gov.moha.opendata.opendata.linkeddata.RdfFormat;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.rdf.Uris;

/**
 * The catalogue in DCAT-AP 3: {@code /catalog} (the {@code dcat:Catalog} with one Hydra-paged page of its datasets)
 * and {@code /catalog/{name}} (one dataset), in Turtle, JSON-LD, RDF/XML or N-Triples by suffix, {@code format} or
 * {@code Accept}; and the thing URIs {@code /id/catalog} and {@code /id/dataset/{name}}, which answer 303 with the
 * document (RDF) or the portal's page (HTML), as the other linked-data URIs do. Jena work runs on the rdf pool.
 */
public final class DcatApi {
  private static final RdfFormat[] OFFERS = RdfFormat.rdf();
  private final Catalogue catalogue;
  private final Uris uris;
  private final WorkerExecutor rdf;
  private final DcatWriter writer;

  private DcatApi(Catalogue catalogue, WorkerExecutor rdf, Catalogue.Publisher operator) {
    this.catalogue = catalogue;
    this.uris = catalogue.uris();
    this.rdf = rdf;
    this.writer = new DcatWriter(uris, operator);
  }

  /** Reads the portal operator's names (the catalogue's publisher) once. */
  public static Future<DcatApi> create(Catalogue catalogue, WorkerExecutor rdf) {
    return catalogue.unit(Catalogue.OPERATOR).map(u -> new DcatApi(catalogue, rdf, u.orElseThrow(() ->
      new IllegalStateException("the portal operator " + Catalogue.OPERATOR + " is not in platform.org_unit"))));
  }

  public Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> h = new HashMap<>();
    for (String op : new String[] {"getCatalog", "getCatalogTurtle", "getCatalogJsonLd", "getCatalogRdfXml",
      "getCatalogNTriples"}) {
      h.put(op, this::catalogue);
    }
    h.put("getCatalogDataset", this::dataset);
    h.put("resolveCatalog", this::resolveCatalog);
    h.put("resolveDataset", this::resolveDataset);
    return h;
  }

  private void catalogue(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    String path = rc.normalizedPath();
    String format = Requests.str(q, "format");
    RdfFormat chosen = format(rc, suffix(path), format);
    String since = Requests.str(q, "modified_since");
    CataloguePage page = new CataloguePage(path, format, integer(q, "page", 1),
      integer(q, "page_size", CataloguePage.DEFAULT_SIZE), CataloguePage.since(since), since);
    catalogue.entries().onFailure(rc::fail).onSuccess(all -> {
      List<Entry> filtered = page.filter(all);
      List<Entry> items = page.slice(filtered);
      Map<String, String> links = page.links(uris, filtered.size());
      String link = Stream.concat(
          Stream.of(OFFERS).map(f -> alternate(new CataloguePage(Uris.CATALOG_DOCUMENT + "." + f.suffix(), null,
            page.page(), page.size(), page.since(), page.sinceText()).url(uris, page.page()), f)),
          Stream.concat(links.entrySet().stream().map(l -> "<" + l.getValue() + ">; rel=\"" + l.getKey() + "\""),
            // the page's members, each described alone (RFC 6573)
            items.stream().map(e -> "<" + uris.of(Uris.datasetDocument(e.name())) + ">; rel=\"item\"")))
        .collect(Collectors.joining(", "));
      rc.response().putHeader("Link", link).putHeader("Content-Location", page.url(uris, page.page()));
      respond(rc, chosen, version(chosen.suffix() + page.url(uris, page.page()), all), newest(all),
        () -> writer.catalogue(all, items, page, filtered.size()));
    });
  }

  private void dataset(RoutingContext rc) {
    String requested = rc.normalizedPath().substring(Uris.CATALOG_DOCUMENT.length() + 1);
    String suffix = suffix(requested);
    String name = suffix == null ? requested : requested.substring(0, requested.length() - suffix.length() - 1);
    RdfFormat chosen = format(rc, suffix, Requests.str(Requests.query(rc), "format"));
    catalogue.entry(name).onFailure(rc::fail).onSuccess(found -> {
      if (found.isEmpty()) {
        rc.fail(ApiProblem.notFound("No dataset named " + name + " is catalogued."));
        return;
      }
      Entry e = found.get();
      String document = Uris.datasetDocument(name);
      String link = Stream.of(OFFERS).map(f -> alternate(document + "." + f.suffix(), f))
        .collect(Collectors.joining(", ")) + ", <" + e.uri() + ">; rel=\"describes\"";
      rc.response().putHeader("Link", link).putHeader("Content-Location", document + "." + chosen.suffix());
      respond(rc, chosen, version(chosen.suffix(), List.of(e)), e.modified(), () -> writer.dataset(e));
    });
  }

  /** Sends a model in a syntax with Vary, caching headers and an ETag (304 when it matches; nothing built then). */
  private void respond(RoutingContext rc, RdfFormat format, String etag, OffsetDateTime modified,
                       Supplier<Model> model) {
    rc.response().putHeader("Vary", "Accept").putHeader("Cache-Control", "public, max-age=60");
    if (modified != null) {
      rc.response().putHeader("Last-Modified",
        DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.withOffsetSameInstant(ZoneOffset.UTC)));
    }
    if (Requests.notModified(rc, etag)) {
      return;
    }
    rdf.executeBlocking(() -> Buffer.buffer(format.write(model.get())), false).onFailure(rc::fail)
      .onSuccess(body -> rc.response().putHeader("Content-Type", format.contentType()).end(body));
  }

  /** {@code /id/catalog}: 303 to the catalogue's RDF, or to the portal's home page for HTML. */
  private void resolveCatalog(RoutingContext rc) {
    Optional<RdfFormat> explicit = explicit(rc);
    RdfFormat format = explicit.orElseGet(() -> negotiate(rc, RdfFormat.values()));
    seeOther(rc, format == RdfFormat.HTML ? uris.of("/")
      : uris.of(Uris.CATALOG_DOCUMENT + explicit.map(f -> "." + f.suffix()).orElse("")));
  }

  /** {@code /id/dataset/{name}}: 303 to its DCAT-AP document, or to its portal page for HTML; 404 when unknown. */
  private void resolveDataset(RoutingContext rc) {
    String name = rc.normalizedPath().substring(rc.normalizedPath().lastIndexOf('/') + 1);
    Optional<RdfFormat> explicit = explicit(rc);
    RdfFormat format = explicit.orElseGet(() -> negotiate(rc, RdfFormat.values()));
    catalogue.entry(name).onFailure(rc::fail).onSuccess(found -> {
      if (found.isEmpty()) {
        rc.fail(ApiProblem.notFound("No dataset named " + name + " is catalogued."));
        return;
      }
      seeOther(rc, format == RdfFormat.HTML ? uris.datasetPage(name)
        : uris.of(Uris.datasetDocument(name) + explicit.map(f -> "." + f.suffix()).orElse("")));
    });
  }

  private static void seeOther(RoutingContext rc, String location) {
    rc.response().setStatusCode(303).putHeader("Location", location).putHeader("Vary", "Accept").end();
  }

  /** The syntax named by a suffix (which wins) or the format parameter, else negotiated among the RDF syntaxes. */
  private static RdfFormat format(RoutingContext rc, String suffix, String format) {
    return Optional.ofNullable(suffix != null ? suffix : format).flatMap(RdfFormat::bySuffix)
      .orElseGet(() -> negotiate(rc, OFFERS));
  }

  private static Optional<RdfFormat> explicit(RoutingContext rc) {
    return Optional.ofNullable(rc.queryParams().get("format")).flatMap(RdfFormat::bySuffix);
  }

  private static RdfFormat negotiate(RoutingContext rc, RdfFormat... offers) {
    return RdfFormat.negotiate(rc.parsedHeaders().accept(), offers).orElseThrow(() -> ApiProblem.of(406,
      "not-acceptable", "Not Acceptable", "This resource is available as " + Stream.of(offers)
        .map(RdfFormat::mediaType).collect(Collectors.joining(", ")) + "; nothing of the Accept header fits."));
  }

  /** The format suffix of a path's last segment ({@code ttl} of {@code /catalog.ttl}), or null. */
  private static String suffix(String path) {
    int dot = path.lastIndexOf('.');
    return dot > path.lastIndexOf('/') ? path.substring(dot + 1) : null;
  }

  private static String alternate(String url, RdfFormat f) {
    return "<" + url + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"";
  }

  private static int integer(Map<String, RequestParameter> q, String name, int absent) {
    RequestParameter p = q.get(name);
    return p == null || p.isNull() ? absent : p.getInteger();
  }

  private static OffsetDateTime newest(List<Entry> entries) {
    return entries.stream().map(Entry::modified).max(Comparator.naturalOrder()).orElse(null);
  }

  /**
   * The ETag of a representation: the syntax and page asked for, and what of the datasets shows in it (when each
   * last changed, the sizes of its downloads); the catalogue changes exactly when a dataset's modified does.
   */
  private static String version(String representation, List<Entry> entries) {
    StringBuilder sb = new StringBuilder(representation);
    for (Entry e : entries) {
      sb.append('|').append(e.name()).append('@').append(e.modified().toInstant()).append('/')
        .append(e.dataModified().toInstant());
      e.distributions().forEach(d -> sb.append(',').append(d.bytes()));
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
