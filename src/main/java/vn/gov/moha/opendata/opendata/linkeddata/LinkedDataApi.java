package vn.gov.moha.opendata.opendata.linkeddata;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue;
import vn.gov.moha.opendata.opendata.linkeddata.Descriptions.Described;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.http.SecurityHeaders;
import vn.gov.moha.opendata.platform.http.Templates;
import vn.gov.moha.opendata.platform.rdf.RdfStore;
import vn.gov.moha.opendata.platform.rdf.Uris;

/**
 * Dereferencing: a thing's URI ({@code /id/…}, {@code /eli/vn/…}, {@code /def/…}) answers 303 See Other with the
 * document that describes it ({@code /doc/…}), which answers in HTML, Turtle, JSON-LD, RDF/XML or N-Triples by
 * {@code Accept}, suffix or {@code format}. A deleted record's URI answers 410 with its tombstone.
 */
public final class LinkedDataApi {
  static final String VOID_PATH = "/.well-known/void";
  private final Descriptions descriptions;
  private final Catalogue catalogue;
  private final WorkerExecutor rdf;
  private final Templates templates;
  private final RdfStore store;

  public LinkedDataApi(Descriptions descriptions, WorkerExecutor rdf, Templates templates,
                       RdfStore store, Catalogue catalogue) {
    this.descriptions = descriptions;
    this.catalogue = catalogue;
    this.rdf = rdf;
    this.templates = templates;
    this.store = store;
  }

  public Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> h = new java.util.HashMap<>();
    for (String op : new String[] {"resolveOrganization", "resolveAward", "resolveFeedback", "resolveParIndexResult",
      "resolveProcedure", "resolveReportingCompliance", "resolveArchiveRecordSet", "resolveVofficeObservation",
      "resolveCivilServantsCube", "resolveTalentStatistic", "resolveElearningCourse", "resolveElearningCompletion",
      "resolveLegalResource", "resolveLegalExpression", "resolveLegalFormat",
      "resolveConceptScheme", "resolveConcept"}) {
      h.put(op, this::resolve);
    }
    for (String op : new String[] {"describeOrganization", "describeAward", "describeFeedback",
      "describeParIndexResult", "describeProcedure", "describeReportingCompliance", "describeArchiveRecordSet",
      "describeVofficeObservation", "describeCivilServantsCube", "describeTalentStatistic", "describeElearningCourse",
      "describeElearningCompletion",
      "describeLegalResource", "describeConceptScheme",
      "describeConcept"}) {
      h.put(op, this::describe);
    }
    h.put("getVoid", this::voidDescription);
    h.put("getJsonLdContext", this::context);
    return h;
  }

  /** The thing path of a request path: an ELI expression or file names its legal resource. */
  static String thingPath(String requestPath) {
    String[] seg = requestPath.split("/");
    // "", "eli", "vn", agent, year, type, number[, language[, file]]
    if (seg.length > 7 && seg[1].equals("eli")) {
      return String.join("/", java.util.Arrays.copyOf(seg, 7));
    }
    return requestPath;
  }

  private void resolve(RoutingContext rc) {
    String path = thingPath(rc.normalizedPath());
    Optional<RdfFormat> explicit = explicitFormat(rc, null);
    RdfFormat format = explicit.orElseGet(() -> negotiate(rc));
    descriptions.exists(path).onFailure(rc::fail).onSuccess(found -> {
      if (!found) {
        gone(rc, path);
        return;
      }
      String doc = Uris.documentPath(path) + (explicit.isPresent() ? "." + format.suffix() : "");
      rc.response().setStatusCode(303).putHeader("Location", descriptions.uris().of(doc))
        .putHeader("Vary", "Accept").end();
    });
  }

  private void describe(RoutingContext rc) {
    String requested = rc.normalizedPath();
    String suffix = null;
    int dot = requested.lastIndexOf('.');
    if (dot > requested.lastIndexOf('/')) {
      suffix = requested.substring(dot + 1);
      requested = requested.substring(0, dot);
    }
    String documentPath = requested;
    Optional<RdfFormat> explicit = explicitFormat(rc, suffix);
    RdfFormat format = explicit.orElseGet(() -> negotiate(rc));
    String thing = Uris.thingPath(documentPath);
    descriptions.describe(thing).onFailure(rc::fail).onSuccess(found -> {
      if (found.isEmpty()) {
        gone(rc, thing);
        return;
      }
      respond(rc, found.get(), format, f -> documentPath + "." + f.suffix(), "<" + thing + ">; rel=\"describes\"");
    });
  }

  /** Sends a description in a format, with Vary, Content-Location, the alternates as Link headers, and an ETag. */
  private void respond(RoutingContext rc, Described d, RdfFormat format, Function<RdfFormat, String> alternate,
                       String extraLink) {
    render(d, format, alternate).onFailure(rc::fail).onSuccess(body -> {
      String links = Stream.of(RdfFormat.values())
        .map(f -> "<" + alternate.apply(f) + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"")
        .collect(Collectors.joining(", "));
      rc.response().putHeader("Vary", "Accept")
        .putHeader("Content-Location", alternate.apply(format))
        .putHeader("Link", links + ", " + extraLink)
        .putHeader("Cache-Control", "public, max-age=60");
      if (Requests.notModified(rc, etag(body))) {
        return;
      }
      if (format == RdfFormat.HTML) {
        rc.response().putHeader("Content-Security-Policy", SecurityHeaders.HTML_CSP);
      }
      rc.response().putHeader("Content-Type", format.contentType()).end(body);
    });
  }

  /** rdf/contexts/moha.jsonld, read once. */
  private void context(RoutingContext rc) {
    rc.response().putHeader("Cache-Control", "public, max-age=3600").putHeader("Access-Control-Allow-Origin", "*");
    if (Requests.notModified(rc, CONTEXT_ETAG)) {
      return;
    }
    rc.response().putHeader("Content-Type", "application/ld+json").end(CONTEXT);
  }

  private static final Buffer CONTEXT = Buffer.buffer(resource("rdf/contexts/moha.jsonld"));
  private static final String CONTEXT_ETAG = etag(CONTEXT);

  private static byte[] resource(String name) {
    try (java.io.InputStream in = LinkedDataApi.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The VoID description of the linked datasets, with their sizes as the store holds them. */
  private void voidDescription(RoutingContext rc) {
    Optional<RdfFormat> explicit = explicitFormat(rc, null);
    RdfFormat format = explicit.orElseGet(() -> negotiate(rc));
    Uris uris = descriptions.uris();
    String subject = uris.of(VOID_PATH + "#moha");
    // the model is Jena work: built on the rdf pool, like every description
    Future.all(VoidDescription.counts(store, rdf, uris, descriptions.datasets()), catalogue.entries())
      .compose(both -> rdf.executeBlocking(() -> new Described(VoidDescription.model(uris, descriptions.datasets(),
        both.resultAt(1), both.resultAt(0), subject), subject, null), false))
      .onFailure(rc::fail).onSuccess(d -> respond(rc, d, format, f -> VOID_PATH + "?format=" + f.suffix(),
        "<" + uris.of("/sparql") + ">; rel=\"service\""));
  }

  private Future<Buffer> render(Described d, RdfFormat format, Function<RdfFormat, String> alternate) {
    if (format == RdfFormat.HTML) {
      return rdf.executeBlocking(() -> ResourcePage.of(d.model(), d.subject(), descriptions, alternate), false)
        .compose(page -> templates.render(page, "templates/resource.html"));
    }
    return rdf.executeBlocking(() -> Buffer.buffer(format.write(d.model())), false);
  }

  /** 410 with the tombstone of a deleted record, else 404. */
  private void gone(RoutingContext rc, String thingPath) {
    descriptions.tombstone(thingPath).onFailure(rc::fail).onSuccess(t -> rc.fail(t
      .map(x -> ApiProblem.of(410, "gone", "Gone", "The record " + x.label() + " was deleted on "
        + x.deletedAt().toLocalDate() + ". Its URI " + descriptions.uris().of(x.path()) + " will not be reused."))
      .orElseGet(() -> ApiProblem.notFound("Nothing is published at " + thingPath + "."))));
  }

  /** The format a suffix or the format parameter names (the suffix wins), if any. */
  private static Optional<RdfFormat> explicitFormat(RoutingContext rc, String suffix) {
    if (suffix != null) {
      return RdfFormat.bySuffix(suffix);
    }
    return Optional.ofNullable(rc.queryParams().get("format")).flatMap(RdfFormat::bySuffix);
  }

  private static RdfFormat negotiate(RoutingContext rc) {
    return RdfFormat.negotiate(rc.parsedHeaders().accept()).orElseThrow(() -> ApiProblem.of(406, "not-acceptable",
      "Not Acceptable", "This resource is available as text/html, text/turtle, application/ld+json, "
        + "application/rdf+xml and application/n-triples; nothing of the Accept header fits."));
  }

  private static String etag(Buffer body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes());
      return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
