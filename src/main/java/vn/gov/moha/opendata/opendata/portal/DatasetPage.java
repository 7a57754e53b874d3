package vn.gov.moha.opendata.opendata.portal;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Distribution;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Entry;

/**
 * The parts of a dataset's page that are computed rather than shown as they are: the schema.org {@code Dataset}
 * JSON-LD for dataset search engines, sizes and dates as people read them, the bars of the records-per-year chart,
 * and the copy-paste examples. Pure functions, unit-tested.
 */
final class DatasetPage {
  static final Locale VI = Locale.forLanguageTag("vi-VN");
  private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private DatasetPage() {
  }

  /** A locale's number format for a page language. */
  static NumberFormat numbers(String lang) {
    return NumberFormat.getIntegerInstance("en".equals(lang) ? Locale.ENGLISH : VI);
  }

  /** A size in bytes as people read it ({@code 1,2 MB} in Vietnamese, {@code 1.2 MB} in English), null for null. */
  static String size(Long bytes, String lang) {
    if (bytes == null) {
      return null;
    }
    Locale locale = "en".equals(lang) ? Locale.ENGLISH : VI;
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double v = bytes;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(v < 10 ? 1 : 0);
    return f.format(v) + " " + units[u];
  }

  static String date(LocalDate d, String lang) {
    return d == null ? null : d.format("en".equals(lang) ? EN_DATE : VI_DATE);
  }

  static String date(OffsetDateTime t, String lang) {
    return t == null ? null : date(t.toLocalDate(), lang);
  }

  /**
   * The schema.org Dataset of an entry (Google Dataset Search's fields): names in both languages, description, the
   * page's URL, the dataset's URI as identifier, keywords, licence, the publishing unit as creator and publisher,
   * free access, language, last change, temporal and spatial coverage, and one DataDownload per format.
   */
  static JsonObject schemaOrg(Entry e, String pageUrl, String ministryUrl) {
    JsonObject unit = new JsonObject().put("@type", "GovernmentOrganization").put("name", e.publisher().nameVi())
      .put("alternateName", e.publisher().nameEn()).put("url", e.contactUrl())
      .put("parentOrganization", new JsonObject().put("@type", "GovernmentOrganization").put("name", "Bộ Nội vụ")
        .put("alternateName", "Ministry of Home Affairs").put("url", ministryUrl));
    JsonArray keywords = new JsonArray();
    e.keywordsVi().forEach(keywords::add);
    e.keywordsEn().forEach(keywords::add);
    JsonArray distributions = new JsonArray();
    for (Distribution d : e.distributions()) {
      JsonObject download = new JsonObject().put("@type", "DataDownload").put("contentUrl", d.url())
        .put("encodingFormat", d.format().mediaType()).put("name", d.format().label());
      if (d.bytes() != null) {
        download.put("contentSize", size(d.bytes(), "en"));
      }
      distributions.add(download);
    }
    JsonObject ld = new JsonObject().put("@context", "https://schema.org").put("@type", "Dataset")
      .put("name", e.titleVi()).put("alternateName", e.titleEn()).put("description", e.descriptionVi())
      .put("url", pageUrl).put("identifier", e.uri()).put("sameAs", e.uri()).put("keywords", keywords)
      .put("license", e.licenceUrl()).put("isAccessibleForFree", true).put("inLanguage", "vi")
      .put("creator", unit).put("publisher", unit.copy())
      .put("dateModified", e.modified().toString())
      .put("spatialCoverage", new JsonObject().put("@type", "Place").put("name", "Việt Nam")
        .put("address", new JsonObject().put("@type", "PostalAddress").put("addressCountry", "VN")))
      .put("distribution", distributions);
    if (e.issued() != null) {
      ld.put("datePublished", e.issued().toLocalDate().toString());
    }
    if (e.temporalStart() != null) { // an open interval (ISO 8601 "start/..") while the dataset has no end
      ld.put("temporalCoverage", e.temporalStart() + "/" + (e.temporalEnd() == null ? ".." : e.temporalEnd()));
    }
    return ld;
  }

  /**
   * JSON for a {@code <script type="application/ld+json">} element: nothing in it may close the element or open a
   * comment, so {@code <}, {@code >} and {@code &} are written as JSON escapes (the same JSON to a parser).
   */
  static String scriptSafe(JsonObject json) {
    return json.encodePrettily().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  /** One bar of the chart, in SVG user units, with its label shown under it or not (to avoid overlaps). */
  record Bar(int year, long n, String value, double x, double y, double width, double height, boolean labelled,
             double labelX) {
  }

  static final int CHART_WIDTH = 720;
  static final int CHART_HEIGHT = 260;
  static final int PLOT_LEFT = 56;
  static final int PLOT_TOP = 12;
  static final int PLOT_BOTTOM = 224;

  /** The bars of a records-per-year chart: consecutive years (gaps as zero), heights scaled to the largest count. */
  static List<Bar> bars(List<long[]> yearCounts, String lang) {
    List<Bar> out = new ArrayList<>();
    if (yearCounts.isEmpty()) {
      return out;
    }
    int first = (int) yearCounts.get(0)[0];
    int last = (int) yearCounts.get(yearCounts.size() - 1)[0];
    Map<Integer, Long> byYear = new java.util.HashMap<>();
    long max = 1;
    for (long[] yc : yearCounts) {
      byYear.put((int) yc[0], yc[1]);
      max = Math.max(max, yc[1]);
    }
    int years = last - first + 1;
    double slot = (double) (CHART_WIDTH - PLOT_LEFT - 8) / years;
    int every = Math.max(1, (int) Math.ceil(years * 40.0 / (CHART_WIDTH - PLOT_LEFT))); // a label needs ~40 units
    NumberFormat f = numbers(lang);
    for (int i = 0; i < years; i++) {
      int year = first + i;
      long n = byYear.getOrDefault(year, 0L);
      double h = (PLOT_BOTTOM - PLOT_TOP) * (double) n / max;
      double x = PLOT_LEFT + i * slot + slot * 0.1;
      out.add(new Bar(year, n, f.format(n), round(x), round(PLOT_BOTTOM - h), round(slot * 0.8), round(h),
        i % every == 0, round(x + slot * 0.4)));
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /** A SPARQL query listing ten records of a class, and the link that runs it on our endpoint. */
  static String sparqlQuery(String recordClass) {
    return "SELECT ?record WHERE {\n  ?record a <" + recordClass + "> .\n}\nLIMIT 10";
  }

  static String sparqlLink(String query) {
    return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }
}
