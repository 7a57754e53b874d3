package vn.gov.moha.opendata.platform.rdf;

import java.util.Optional;

/**
 * Mints every URI we publish, from the configured public base URI (PUBLIC_BASE_URI): things under {@code /id/} and
 * {@code /eli/}, concepts and schemes under {@code /def/}, and the documents that describe them under {@code /doc/}.
 * A thing's path is stored or derived from a key that never changes when the record is edited.
 */
public final class Uris {
  /** Our own vocabulary: a fixed namespace (not the deployment's base), so that data from any server agrees. */
  public static final String MOHA = "https://opendata.moha.gov.vn/def/moha#";
  public static final String ORGANIZATION = "organization";
  public static final String AWARD = "award";
  /** A published question of citizen feedback and petitions (PAKN) with its answer. */
  public static final String FEEDBACK = "feedback";
  /** A published PAR Index result (one unit, one year). */
  public static final String PAR_INDEX_RESULT = "par-index-result";
  /** An administrative procedure (a CPSV-AP public service), by its code. */
  public static final String PROCEDURE = "procedure";
  /** The open compliance statistics of one period of a report regime. */
  public static final String REPORTING_COMPLIANCE = "reporting-compliance";
  /** A record set of the archive catalogue: a fonds ({@code fonds-…}) or a public file ({@code file-…}). */
  public static final String ARCHIVE = "archive";
  /** A published cell of the statistics of excellent graduates and young scientists (a qb:Observation). */
  public static final String TALENT_STATISTIC = "talent-statistic";
  /** A course of the e-learning on administrative reform (a schema:Course), by its code. */
  public static final String ELEARNING_COURSE = "elearning-course";
  /** A published cell of the e-learning completion statistics (a qb:Observation). */
  public static final String ELEARNING_COMPLETION = "elearning-completion";
  public static final String DATASET = "dataset";
  /** The scheme of the ministry's units (publishers of datasets; platform.org_unit). */
  public static final String UNITS = "units";
  /** The scheme of our own dataset themes (catalog.theme). */
  public static final String THEMES = "dataset-themes";

  private final String base;

  public Uris(String base) {
    this.base = base.replaceAll("/+$", "");
  }

  public String base() {
    return base;
  }

  /** An absolute URI for a path that starts with '/'. */
  public String of(String path) {
    return base + path;
  }

  public String organization(String key) {
    return base + "/id/" + ORGANIZATION + "/" + key;
  }

  public String award(String key) {
    return base + "/id/" + AWARD + "/" + key;
  }

  public String feedback(String key) {
    return base + "/id/" + FEEDBACK + "/" + key;
  }

  public String procedure(String code) {
    return base + "/id/" + PROCEDURE + "/" + code;
  }

  public String parIndexResult(String key) {
    return base + "/id/" + PAR_INDEX_RESULT + "/" + key;
  }

  public String reportingCompliance(String key) {
    return base + "/id/" + REPORTING_COMPLIANCE + "/" + key;
  }

  public String archive(String key) {
    return base + "/id/" + ARCHIVE + "/" + key;
  }

  public String talentStatistic(String key) {
    return base + "/id/" + TALENT_STATISTIC + "/" + key;
  }

  public String elearningCourse(String key) {
    return base + "/id/" + ELEARNING_COURSE + "/" + key;
  }

  public String elearningCompletion(String key) {
    return base + "/id/" + ELEARNING_COMPLETION + "/" + key;
  }

  /** A legal document's ELI URI from its stored path ({@code /eli/vn/cp/2022/nd/63}). */
  public String eli(String eliPath) {
    return base + eliPath;
  }

  /** The open-data catalogue (a {@code dcat:Catalog}; its documents are {@code /catalog}). */
  public String catalog() {
    return base + "/id/catalog";
  }

  /** A catalogued dataset ({@code dcat:Dataset}), by its name. */
  public String dataset(String name) {
    return base + "/id/" + DATASET + "/" + name;
  }

  /** The documents describing the catalogue in DCAT-AP ({@code /catalog}, paged, with a suffix per syntax). */
  public static final String CATALOG_DOCUMENT = "/catalog";

  /** The path of the DCAT-AP document of one dataset ({@code /catalog/{name}}). */
  public static String datasetDocument(String name) {
    return CATALOG_DOCUMENT + "/" + name;
  }

  /** A dataset's page on the portal, for people ({@code dcat:landingPage}). */
  public String datasetPage(String name) {
    return base + "/datasets/" + name;
  }

  /** A dataset's distribution in one download format ({@code csv}, {@code nt}…). */
  public String distribution(String name, String format) {
    return dataset(name) + "#distribution-" + format;
  }

  /** A data service of the catalogue ({@code api}, {@code sparql}). */
  public String service(String name) {
    return catalog() + "#" + name;
  }

  /** A download's URL. */
  public String download(String name, String format) {
    return base + "/downloads/" + name + "." + format;
  }

  public String scheme(String scheme) {
    return base + "/def/" + scheme;
  }

  public String concept(String scheme, String code) {
    return base + "/def/" + scheme + "/" + code;
  }

  /**
   * The path of the document that describes the thing at {@code thingPath}: {@code /id/organization/x} →
   * {@code /doc/organization/x}; {@code /eli/vn/…} → {@code /doc/eli/vn/…}; {@code /def/…} → {@code /doc/def/…}.
   */
  public static String documentPath(String thingPath) {
    return thingPath.startsWith("/id/") ? "/doc/" + thingPath.substring(4) : "/doc" + thingPath;
  }

  /** The inverse of {@link #documentPath}: the thing a document path (without suffix) describes. */
  public static String thingPath(String documentPath) {
    String rest = documentPath.substring("/doc".length());
    return rest.startsWith("/eli/") || rest.startsWith("/def/") ? rest : "/id" + rest;
  }

  /** The path of an absolute URI of ours, or empty when the URI is not under our base. */
  public Optional<String> pathOf(String uri) {
    return uri.startsWith(base + "/") ? Optional.of(uri.substring(base.length())) : Optional.empty();
  }
}
