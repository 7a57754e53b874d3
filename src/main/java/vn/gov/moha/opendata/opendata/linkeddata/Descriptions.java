package vn.gov.moha.opendata.opendata.linkeddata;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import vn.gov.moha.opendata.opendata.ConceptScheme;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.platform.rdf.Triples;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.Vocab;

/**
 * Finds what a linked-data path names and builds its description as a Jena model: a record of a dataset (read from
 * its open view on each request), a code list or one of its concepts (built once at start: code lists change only
 * with a migration), our vocabulary (rdf/vocab/moha.ttl), or the tombstone of a deleted record.
 */
public final class Descriptions {
  /** The vocabulary's scheme name under /def/. */
  public static final String VOCABULARY = "moha";
  static final String VOCABULARY_RESOURCE = "rdf/vocab/moha.ttl";
  /** Labels of the standard terms, for the HTML pages. */
  static final String LABELS_RESOURCE = "rdf/vocab/labels.ttl";

  /** Code lists of the platform itself, not of one dataset. */
  public static final List<ConceptScheme> PLATFORM_SCHEMES = List.of(
    new ConceptScheme("provinces", "Đơn vị hành chính cấp tỉnh", "Provinces and centrally governed cities", null,
      "SELECT key AS code, full_name AS vi, NULL::text AS en, valid_from, valid_to, successor AS replaced_by, note "
        + "FROM platform.province ORDER BY valid_to NULLS FIRST, key"),
    // the publishers of the catalogue's datasets (dct:publisher) and the catalogue's own themes (dcat:theme)
    new ConceptScheme(Uris.UNITS, "Đơn vị thuộc Bộ Nội vụ", "Units of the Ministry of Home Affairs", null,
      "SELECT code, name_vi AS vi, name_en AS en FROM platform.org_unit ORDER BY code"),
    new ConceptScheme(Uris.THEMES, "Chủ đề dữ liệu của Bộ Nội vụ", "Dataset themes of the Ministry of Home Affairs",
      null, "SELECT code, name_vi AS vi, name_en AS en FROM catalog.theme ORDER BY code"));

  /** A description: its model, the thing it is about, and when the record last changed (null for code lists). */
  public record Described(Model model, String subject, OffsetDateTime modified) {
  }

  public record Tombstone(String path, String label, OffsetDateTime deletedAt) {
  }

  private final Pool pool;
  private final WorkerExecutor rdf;
  private final Uris uris;
  private final List<DatasetModule> datasets;
  private final Map<String, Model> schemes;
  private final Map<String, String> labels;

  private Descriptions(Pool pool, WorkerExecutor rdf, Uris uris, List<DatasetModule> datasets,
                       Map<String, Model> schemes) {
    this.pool = pool;
    this.rdf = rdf;
    this.uris = uris;
    this.datasets = datasets;
    this.schemes = schemes;
    List<Model> withLabels = new ArrayList<>(schemes.values());
    withLabels.add(read(LABELS_RESOURCE));
    this.labels = labels(withLabels);
  }

  /** Reads every code list and the vocabulary (once, at start). */
  public static Future<Descriptions> load(Vertx vertx, Pool pool, WorkerExecutor rdf, Uris uris,
                                          List<DatasetModule> datasets) {
    List<ConceptScheme> all = new ArrayList<>(PLATFORM_SCHEMES);
    datasets.forEach(d -> all.addAll(d.schemes()));
    List<Future<List<Row>>> reads = all.stream()
      .map(s -> pool.query(s.sql()).execute().map(rs -> {
        List<Row> rows = new ArrayList<>();
        rs.forEach(rows::add);
        return rows;
      })).toList();
    return Future.all(reads).compose(done -> rdf.executeBlocking(() -> {
      Map<String, Model> schemes = new HashMap<>();
      for (int i = 0; i < all.size(); i++) {
        Model m = model();
        ConceptSchemes.describe(all.get(i), done.resultAt(i), uris, new Triples(StreamRDFLib.graph(m.getGraph())));
        schemes.put(all.get(i).name(), m);
      }
      schemes.put(VOCABULARY, vocabulary());
      return new Descriptions(pool, rdf, uris, List.copyOf(datasets), Map.copyOf(schemes));
    }, false));
  }

  /** Our vocabulary, from the jar. */
  public static Model vocabulary() {
    return read(VOCABULARY_RESOURCE);
  }

  /** A Turtle file of the jar. */
  static Model read(String resource) {
    Model m = model();
    try (InputStream in = Descriptions.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      RDFParser.source(in).lang(Lang.TURTLE).parse(m);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return m;
  }

  static Model model() {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefixes(Vocab.PREFIXES);
    return m;
  }

  public Uris uris() {
    return uris;
  }

  public List<DatasetModule> datasets() {
    return datasets;
  }

  /**
   * What a thing path names, described: a code list or code under {@code /def/}, or a dataset's record; empty when
   * nothing is published there (maybe a tombstone then).
   */
  public Future<Optional<Described>> describe(String thingPath) {
    if (thingPath.startsWith("/def/")) {
      String[] seg = thingPath.substring(5).split("/");
      return Future.succeededFuture(seg.length == 1 ? scheme(seg[0]) : concept(seg[0], seg[1]));
    }
    return record(thingPath).compose(found -> found.isEmpty() ? Future.succeededFuture(Optional.<Described>empty())
      : rdf.executeBlocking(() -> {
        DatasetModule d = found.get().dataset();
        Row row = found.get().row();
        Model m = model();
        d.describe(row, uris, new Triples(StreamRDFLib.graph(m.getGraph())));
        return Optional.of(new Described(m, uris.of(d.thingPath(row)), row.getOffsetDateTime("modified_at")));
      }, false));
  }

  /** Whether something is published at a thing path, without building its description (for the 303s). */
  public Future<Boolean> exists(String thingPath) {
    if (thingPath.startsWith("/def/")) {
      return describe(thingPath).map(Optional::isPresent);
    }
    return record(thingPath).map(Optional::isPresent);
  }

  private record Found(DatasetModule dataset, Row row) {
  }

  /** The row of the record a thing path names, and its dataset. */
  private Future<Optional<Found>> record(String thingPath) {
    for (DatasetModule d : datasets) {
      String param = d.pathParam(thingPath);
      if (param != null) {
        return pool.preparedQuery(d.select(d.wherePath())).execute(Tuple.of(param)).map(rs -> rs.size() == 0
          ? Optional.<Found>empty() : Optional.of(new Found(d, rs.iterator().next())));
      }
    }
    return Future.succeededFuture(Optional.empty());
  }

  /** A whole code list, or the vocabulary. */
  public Optional<Described> scheme(String name) {
    Model m = schemes.get(name);
    if (m == null) {
      return Optional.empty();
    }
    String subject = name.equals(VOCABULARY) ? Vocab.PREFIXES.getNsPrefixURI("moha").replace("#", "")
      : uris.scheme(name);
    return Optional.of(new Described(m, subject, null));
  }

  /** One concept: its statements and the name of its scheme. */
  public Optional<Described> concept(String scheme, String code) {
    Model all = schemes.get(scheme);
    if (all == null || scheme.equals(VOCABULARY)) {
      return Optional.empty();
    }
    Resource c = all.createResource(uris.concept(scheme, code));
    if (!all.contains(c, null)) {
      return Optional.empty();
    }
    Model m = model();
    m.add(all.listStatements(c, null, (RDFNode) null));
    Resource s = all.createResource(uris.scheme(scheme));
    m.add(all.listStatements(s, SKOS.prefLabel, (RDFNode) null));
    return Optional.of(new Described(m, c.getURI(), null));
  }

  public Future<Optional<Tombstone>> tombstone(String path) {
    return pool.preparedQuery("SELECT path, label, deleted_at FROM platform.tombstone WHERE path = $1")
      .execute(Tuple.of(path))
      .map(rs -> rs.size() == 0 ? Optional.empty() : Optional.of(rs.iterator().next()).map(r ->
        new Tombstone(r.getString("path"), r.getString("label"), r.getOffsetDateTime("deleted_at"))));
  }

  /** The Vietnamese label of a concept or vocabulary term we publish (for the HTML pages), or null. */
  public String label(String uri) {
    return labels.get(uri);
  }

  private static Map<String, String> labels(Iterable<Model> models) {
    Map<String, String> out = new HashMap<>();
    for (Model m : models) {
      for (var p : List.of(SKOS.prefLabel, RDFS.label)) {
        m.listStatements(null, p, (RDFNode) null).forEach((Statement st) -> {
          if (st.getSubject().isURIResource() && st.getObject().isLiteral()) {
            String lang = st.getLiteral().getLanguage();
            if (lang.equals("vi") || !out.containsKey(st.getSubject().getURI())) {
              out.put(st.getSubject().getURI(), st.getLiteral().getLexicalForm());
            }
          }
        });
      }
    }
    return Map.copyOf(out);
  }
}
