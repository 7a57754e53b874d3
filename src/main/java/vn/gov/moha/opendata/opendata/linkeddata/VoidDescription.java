package vn.gov.moha.opendata.opendata.linkeddata;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.ROV;
import org.apache.jena.vocabulary.SKOS;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.platform.rdf.RdfStore;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.Vocab;

/**
 * The VoID description at {@code /.well-known/void} (W3C VoID, "well-known" location of RFC 8615): the linked
 * datasets with their URI spaces, example resources, dumps, classes, vocabularies, SPARQL endpoint, licence, and how
 * many records and triples each holds. The counts come from the RDF store (what SPARQL sees), computed on the rdf
 * worker pool and kept for {@link #FRESH}: counting a million awards' triples takes seconds.
 */
final class VoidDescription {
  static final String VOID = "http://rdfs.org/ns/void#";
  static final Duration FRESH = Duration.ofMinutes(10);
  static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
  private static final Map<RdfStore, Counted> CACHE = new ConcurrentHashMap<>();
  private static final Map<String, String[]> ABOUT = Map.ofEntries(
    Map.entry("legal-documents", new String[] {"Văn bản quy phạm pháp luật và văn bản hành chính",
      "Legal normative and administrative documents", Vocab.Eli.LEGAL_RESOURCE.getURI()}),
    Map.entry("associations", new String[] {"Hội, quỹ", "Associations and funds",
      ROV.RegisteredOrganization.getURI()}),
    Map.entry("awards", new String[] {"Khen thưởng đã quyết định", "Conferred awards",
      Vocab.Moha.AWARD_CONFERRAL.getURI()}),
    Map.entry("feedback", new String[] {"Phản ánh, kiến nghị đã trả lời", "Answered citizen feedback",
      Vocab.Schema.QUESTION.getURI()}),
    Map.entry("par-index", new String[] {"Kết quả Chỉ số cải cách hành chính", "PAR Index results",
      Vocab.Moha.PAR_INDEX_RESULT.getURI()}),
    Map.entry("procedures", new String[] {"Thủ tục hành chính", "Administrative procedures",
      Vocab.Cpsv.PUBLIC_SERVICE.getURI()}),
    Map.entry("reporting-compliance", new String[] {"Tình hình thực hiện chế độ báo cáo", "Reporting compliance",
      Vocab.Moha.REPORTING_COMPLIANCE.getURI()}),
    Map.entry("talent-statistics", new String[] {"Thống kê sinh viên tốt nghiệp xuất sắc, cán bộ khoa học trẻ",
      "Statistics of excellent graduates and young scientists", Vocab.Qb.OBSERVATION.getURI()}),
    Map.entry("elearning-courses", new String[] {"Khóa học trực tuyến về cải cách hành chính",
      "Online courses on administrative reform", Vocab.Schema.COURSE.getURI()}),
    Map.entry("elearning-completions", new String[] {"Thống kê hoàn thành khóa học trực tuyến",
      "Online course completions", Vocab.Qb.OBSERVATION.getURI()}));

  static java.util.Optional<String> recordClass(String dataset) {
    return java.util.Optional.ofNullable(ABOUT.get(dataset)).map(about -> about[2]);
  }

  private static final List<String> VOCABULARIES = List.of(Vocab.ELI_NS, ROV.getURI(), Vocab.PREFIXES
    .getNsPrefixURI("org"), SKOS.getURI(), DCTerms.getURI(), Vocab.FOAF_NS, Vocab.SCHEMA_NS, Vocab.ADMS_NS,
    Vocab.CPSV_NS, Vocab.CV_NS, Vocab.QB_NS, Uris.MOHA);

  /** Per dataset: records (named graphs) and triples. */
  record Counts(Map<String, long[]> perDataset, Instant at) {
  }

  private record Counted(Future<Counts> counts, Instant started) {
  }

  private VoidDescription() {
  }

  /** The counts, recomputed in the background once older than {@link #FRESH} (the first call waits for them). */
  static Future<Counts> counts(RdfStore store, WorkerExecutor rdf, Uris uris, List<DatasetModule> datasets) {
    Counted c = CACHE.compute(store, (k, old) -> old != null && (old.counts().isComplete() && old.counts()
      .succeeded() ? Duration.between(old.started(), Instant.now()).compareTo(FRESH) < 0 : !old.counts().failed())
      ? old : new Counted(rdf.executeBlocking(() -> count(store, uris, datasets), false), Instant.now()));
    return c.counts();
  }

  private static Counts count(RdfStore store, Uris uris, List<DatasetModule> datasets) {
    Map<String, long[]> out = new LinkedHashMap<>();
    for (DatasetModule d : datasets) {
      String q = "SELECT (COUNT(DISTINCT ?g) AS ?records) (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } "
        + "FILTER(STRSTARTS(STR(?g), \"" + uris.of(d.owns()) + "\")) }";
      out.put(d.name(), store.query(QueryFactory.create(q), 600_000, exec -> {
        Binding b = exec.select().next();
        return new long[] {number(b, "records"), number(b, "triples")};
      }));
    }
    return new Counts(out, Instant.now());
  }

  private static long number(Binding b, String var) {
    return ((Number) b.get(var).getLiteralValue()).longValue();
  }

  /** The description; {@code subject} is the whole catalogue's dataset node. */
  static Model model(Uris uris, List<DatasetModule> datasets, Counts counts, String subject) {
    Model m = Descriptions.model();
    m.setNsPrefix("void", VOID);
    Property triples = m.createProperty(VOID, "triples");
    Property entities = m.createProperty(VOID, "entities");
    Property sparql = m.createProperty(VOID, "sparqlEndpoint");
    Resource voidDataset = m.createResource(VOID + "Dataset");
    String self = uris.of("/.well-known/void");
    m.createResource(self).addProperty(RDF.type, m.createResource(VOID + "DatasetDescription"))
      .addProperty(DCTerms.title, "Mô tả VoID của dữ liệu liên kết Bộ Nội vụ", "vi")
      .addProperty(DCTerms.title, "VoID description of the Ministry of Home Affairs linked data", "en")
      .addProperty(m.createProperty(Vocab.FOAF_NS, "primaryTopic"), m.createResource(subject));
    Resource all = m.createResource(subject).addProperty(RDF.type, voidDataset)
      .addProperty(DCTerms.title, "Dữ liệu mở liên kết Bộ Nội vụ", "vi")
      .addProperty(DCTerms.title, "Ministry of Home Affairs linked open data", "en")
      .addProperty(DCTerms.publisher, m.createResource(uris.of("/")))
      .addProperty(DCTerms.license, m.createResource(LICENSE))
      .addProperty(sparql, m.createResource(uris.of("/sparql")))
      .addLiteral(DCTerms.modified, m.createTypedLiteral(counts.at().toString(),
        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
    VOCABULARIES.forEach(v -> all.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(v)));
    long total = 0;
    for (DatasetModule d : datasets) {
      long[] n = counts.perDataset().getOrDefault(d.name(), new long[] {0, 0});
      total += n[1];
      String[] about = ABOUT.get(d.name());
      Resource set = m.createResource(uris.of("/.well-known/void#" + d.name())).addProperty(RDF.type, voidDataset)
        .addProperty(DCTerms.title, about[0], "vi").addProperty(DCTerms.title, about[1], "en")
        .addProperty(DCTerms.license, m.createResource(LICENSE))
        .addProperty(sparql, m.createResource(uris.of("/sparql")))
        .addProperty(m.createProperty(VOID, "uriSpace"), uris.of(d.owns()))
        .addProperty(m.createProperty(VOID, "dataDump"), m.createResource(uris.of("/downloads/" + d.name() + ".nt")))
        .addProperty(m.createProperty(VOID, "dataDump"), m.createResource(uris.of("/downloads/" + d.name() + ".ttl")))
        .addLiteral(triples, m.createTypedLiteral(n[1]))
        .addLiteral(entities, m.createTypedLiteral(n[0]))
        .addProperty(m.createProperty(VOID, "classPartition"), m.createResource()
          .addProperty(m.createProperty(VOID, "class"), m.createResource(about[2]))
          .addLiteral(entities, m.createTypedLiteral(n[0])));
      all.addProperty(m.createProperty(VOID, "subset"), set);
    }
    all.addLiteral(triples, m.createTypedLiteral(total));
    return m;
  }
}
