package vn.gov.moha.opendata.opendata.portal;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import vn.gov.moha.opendata.datasets.parindex.OpenResults;
import vn.gov.moha.opendata.datasets.parindex.ParIndexRdf;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.opendata.DownloadFormat;
import vn.gov.moha.opendata.opendata.Table;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Distribution;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Entry;
import vn.gov.moha.opendata.opendata.portal.DatasetSearch.Facet;
import vn.gov.moha.opendata.opendata.portal.DatasetSearch.Filter;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.PageAssets;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.http.SecurityHeaders;
import vn.gov.moha.opendata.platform.http.Templates;
import vn.gov.moha.opendata.platform.rdf.Uris;

/**
 * The open-data portal's HTML pages, server-rendered (templates/portal/*.html) from the catalogue: the home page (for
 * browsers at {@code /}, negotiated with the JSON index), the dataset list with search and facets, a dataset's page,
 * and the portal's two static assets. Vietnamese by default, English with {@code lang=en} (every link keeps it); no
 * script, no external asset, so the pages work without JavaScript under a CSP that allows only our stylesheet.
 */
public final class PortalApi {
  static final int PREVIEW_ROWS = 10;
  /** A preview cell shows at most this many characters (the download has the rest). */
  private static final int PREVIEW_CHARS = 100;
  private static final int HOME_LIST = 5;
  private static final String MINISTRY_URL = "https://moha.gov.vn";
  /** The PAR Index results page (charts by year and group). */
  static final String RESULTS_PAGE = "/datasets/" + ParIndexRdf.NAME + "/results";
  private final Pool pool;
  private final Catalogue catalogue;
  private final Templates templates;
  private final Uris uris;
  private final OpenResults parIndex;

  public PortalApi(Pool pool, Catalogue catalogue, Templates templates) {
    this.pool = pool;
    this.catalogue = catalogue;
    this.templates = templates;
    this.uris = catalogue.uris();
    this.parIndex = new OpenResults(pool, uris.base());
  }

  public Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("listPortalDatasets", this::list);
    m.put("getPortalDataset", this::dataset);
    m.put("getPortalParIndexResults", this::parIndexResults);
    m.put("getPortalAsset", PageAssets::serve);
    return m;
  }

  /** The handler of {@code /}: the home page for a browser (HTML preferred to JSON), {@code api} for anyone else. */
  public Handler<RoutingContext> homeOr(Handler<RoutingContext> api) {
    return rc -> {
      rc.response().putHeader("Vary", "Accept");
      if (prefersHtml(rc.parsedHeaders().accept())) {
        home(rc);
      } else {
        api.handle(rc);
      }
    };
  }

  /**
   * Whether the first acceptable of text/html and application/json, by the Accept header's order of preference, is
   * HTML: a browser's {@code text/html,…,*}{@code /*;q=0.8} is; {@code *}{@code /*}, no header, and JSON are not.
   */
  static boolean prefersHtml(List<MIMEHeader> accept) {
    List<MIMEHeader> ranked = accept.stream().filter(h -> h.weight() > 0)
      .sorted(Comparator.comparing((MIMEHeader h) -> -h.weight())).toList();
    for (MIMEHeader h : ranked) {
      if (h.component().equals("*") || h.component().equals("application") && (h.subComponent().equals("json")
        || h.subComponent().equals("*"))) {
        return false;
      }
      if (h.component().equals("text") && (h.subComponent().equals("html") || h.subComponent().equals("*"))) {
        return true;
      }
    }
    return false;
  }

  private void home(RoutingContext rc) {
    String lang = lang(rc);
    catalogue.entries().onFailure(rc::fail).onSuccess(entries -> {
      Map<String, Object> page = page(rc, lang, "homeTitle");
      List<Entry> newest = entries.stream().sorted(Comparator.comparing(Entry::modified).reversed())
        .limit(HOME_LIST).toList();
      List<Entry> popular = entries.stream().sorted(Comparator.comparingLong(Entry::downloads).reversed()
        .thenComparing(Entry::name)).limit(HOME_LIST).toList();
      page.put("newest", cards(newest, lang));
      page.put("popular", cards(popular, lang));
      page.put("datasetsHref", link("/datasets", lang));
      render(rc, page, "home");
    });
  }

  private void list(RoutingContext rc) {
    String lang = lang(rc);
    Map<String, RequestParameter> q = Requests.query(rc);
    Filter filter = new Filter(Requests.str(q, "q"), Requests.str(q, "theme"), Requests.str(q, "publisher"),
      Requests.str(q, "format"));
    catalogue.entries().onFailure(rc::fail).onSuccess(entries -> {
      Map<String, Object> page = page(rc, lang, "listTitle");
      List<Entry> found = DatasetSearch.filter(entries, filter);
      page.put("q", filter.q() == null ? "" : filter.q());
      page.put("count", DatasetPage.numbers(lang).format(found.size()));
      page.put("results", cards(found, lang));
      page.put("filtered", !filter.isEmpty());
      page.put("clearHref", link("/datasets", lang));
      page.put("facets", facets(entries, filter, lang));
      List<Map<String, String>> hidden = new ArrayList<>();
      for (String[] p : new String[][] {{"theme", filter.theme()}, {"publisher", filter.publisher()},
        {"format", filter.format()}, {"lang", "en".equals(lang) ? "en" : null}}) {
        if (p[1] != null) {
          hidden.add(Map.of("name", p[0], "value", p[1]));
        }
      }
      page.put("hidden", hidden);
      render(rc, page, "datasets");
    });
  }

  /** The facets as the template shows them: each value's label, count, link (toggling it), and whether chosen. */
  private List<Map<String, Object>> facets(List<Entry> entries, Filter filter, String lang) {
    Map<String, String> labels = new HashMap<>();
    boolean en = "en".equals(lang);
    for (Entry e : entries) {
      e.themes().forEach(t -> labels.put("theme:" + t.code(), en ? t.nameEn() : t.nameVi()));
      labels.put("publisher:" + e.publisher().code(), en ? e.publisher().nameEn() : e.publisher().nameVi());
    }
    for (DownloadFormat f : DownloadFormat.values()) {
      labels.put("format:" + f.extension(), f.label());
    }
    Map<String, String> current = new LinkedHashMap<>();
    current.put("q", DatasetSearch.blank(filter.q()) ? null : filter.q());
    current.put("theme", filter.theme());
    current.put("publisher", filter.publisher());
    current.put("format", filter.format());
    current.put("lang", en ? "en" : null);
    Map<String, String> t = PortalText.of(lang);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Facet facet : DatasetSearch.facets(entries, filter)) {
      List<Map<String, Object>> values = new ArrayList<>();
      facet.counts().forEach((value, n) -> {
        boolean chosen = value.equals(current.get(facet.name()));
        Map<String, String> next = new LinkedHashMap<>(current);
        next.put(facet.name(), chosen ? null : value);
        Map<String, Object> v = new HashMap<>();
        v.put("label", labels.getOrDefault(facet.name() + ":" + value, value));
        v.put("count", DatasetPage.numbers(lang).format(n));
        v.put("href", "/datasets" + queryString(next));
        v.put("chosen", chosen);
        v.put("empty", n == 0);
        values.add(v);
      });
      String key = "facet" + Character.toUpperCase(facet.name().charAt(0)) + facet.name().substring(1);
      out.add(Map.of("name", facet.name(), "title", t.get(key), "items", values));
    }
    return out;
  }

  private void dataset(RoutingContext rc) {
    String lang = lang(rc);
    String name = Requests.validated(rc).getPathParameters().get("dataset").getString();
    catalogue.entry(name).onFailure(rc::fail).onSuccess(found -> {
      if (found.isEmpty()) {
        notFound(rc, lang, name);
        return;
      }
      Entry e = found.get();
      DatasetModule module = catalogue.module(name);
      Future<List<Map<String, Object>>> preview = pool.query(module.table().select("true") + " LIMIT " + PREVIEW_ROWS)
        .execute().map(rows -> previewRows(rows, module));
      Future<List<long[]>> years = module.yearCountsSql() == null ? Future.succeededFuture(List.of())
        : pool.query(module.yearCountsSql()).execute().map(rows -> {
          List<long[]> out = new ArrayList<>();
          rows.forEach(r -> out.add(new long[] {r.getInteger("year"), r.getLong("n")}));
          return out;
        });
      Future.all(preview, years).onFailure(rc::fail).onSuccess(all -> {
        Map<String, Object> page = page(rc, lang, null);
        fill(page, e, module, preview.result(), years.result(), lang);
        render(rc, page, "dataset");
      });
    });
  }

  /** The first rows of the table: each record's URI (linked to its thing path) and its values as short text. */
  private List<Map<String, Object>> previewRows(Iterable<Row> rows, DatasetModule module) {
    List<Map<String, Object>> out = new ArrayList<>();
    int width = module.table().columns().size();
    for (Row row : rows) {
      String path = module.thingPath(row);
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < width; i++) {
        Object v = row.getValue(i);
        String text = v == null ? "" : v instanceof String[] a ? String.join("; ", a) : v.toString();
        cells.add(text.length() > PREVIEW_CHARS ? text.substring(0, PREVIEW_CHARS - 1).strip() + "…" : text);
      }
      out.add(Map.of("uri", uris.of(path), "href", path, "cells", cells));
    }
    return out;
  }

  private void fill(Map<String, Object> page, Entry e, DatasetModule module, List<Map<String, Object>> preview,
                    List<long[]> years, String lang) {
    boolean en = "en".equals(lang);
    Map<String, String> t = PortalText.of(lang);
    String name = e.name();
    page.put("title", en ? e.titleEn() : e.titleVi());
    page.put("otherTitle", en ? e.titleVi() : e.titleEn());
    page.put("otherLang", en ? "vi" : "en");
    page.put("description", en ? e.descriptionEn() : e.descriptionVi());
    page.put("generated", e.generated());
    page.put("uri", e.uri());
    page.put("licenceUrl", e.licenceUrl());
    page.put("licenceName", "CC_BY_4_0".equals(e.licence()) ? "CC BY 4.0" : e.licence());
    page.put("publisher", en ? e.publisher().nameEn() : e.publisher().nameVi());
    page.put("publisherHref", uris.pathOf(e.publisher().uri()).orElse(e.publisher().uri()));
    page.put("themes", e.themes().stream().map(th -> Map.of("label", en ? th.nameEn() : th.nameVi(),
      "href", link("/datasets?theme=" + enc(th.code()), lang))).toList());
    page.put("euThemes", e.euThemes().stream().map(code -> {
      List<String> labels = Catalogue.EU_THEMES.get(code);
      return labels == null ? code : labels.get(en ? 1 : 0);
    }).toList());
    page.put("keywords", String.join(", ", en ? e.keywordsEn() : e.keywordsVi()));
    page.put("temporal", e.temporalStart() == null ? "—"
      : DatasetPage.date(e.temporalStart(), lang) + " – " + DatasetPage.date(e.temporalEnd(), lang));
    page.put("issued", DatasetPage.date(e.issued(), lang));
    page.put("modified", DatasetPage.date(e.modified(), lang));
    String frequency = t.get("frequency." + e.accrualPeriodicity());
    page.put("frequency", frequency == null ? e.accrualPeriodicity() : frequency);
    page.put("access", "PUBLIC".equals(e.accessRights()) ? t.get("public") : e.accessRights());
    page.put("contactUrl", e.contactUrl());
    List<Map<String, Object>> downloads = new ArrayList<>();
    for (Distribution d : e.distributions()) {
      Map<String, Object> dl = new HashMap<>();
      dl.put("label", d.format().label());
      dl.put("ext", d.format().extension());
      dl.put("type", d.format().mediaType());
      dl.put("href", uris.pathOf(d.url()).orElse(d.url()));
      dl.put("sizeText", d.bytes() == null ? t.get("sizeUnknown") : DatasetPage.size(d.bytes(), lang));
      downloads.add(dl);
    }
    page.put("downloads", downloads);
    page.put("csvwHref", "/downloads/" + name + ".csv-metadata.json");
    page.put("datapackageHref", "/downloads/" + name + ".datapackage.json");
    List<String> headers = new ArrayList<>();
    headers.add("URI");
    for (Table.Column c : module.table().columns()) {
      headers.add(en ? c.en() : c.vi());
    }
    page.put("columns", headers);
    page.put("rows", preview);
    List<DatasetPage.Bar> bars = DatasetPage.bars(years, lang);
    page.put("bars", bars);
    page.put("chart", Map.of("width", DatasetPage.CHART_WIDTH, "height", DatasetPage.CHART_HEIGHT,
      "left", DatasetPage.PLOT_LEFT, "top", DatasetPage.PLOT_TOP, "bottom", DatasetPage.PLOT_BOTTOM,
      "max", bars.stream().mapToLong(DatasetPage.Bar::n).max().stream()
        .mapToObj(DatasetPage.numbers(lang)::format).findFirst().orElse("0"),
      "right", DatasetPage.CHART_WIDTH - 8));
    String base = uris.base();
    List<Map<String, String>> curl = new ArrayList<>();
    curl.add(Map.of("label", t.get("curlDownload"), "code", "curl -O " + base + "/downloads/" + name + ".csv"));
    curl.add(Map.of("label", t.get("curlApi"), "code", "curl '" + base + module.apiListPath()
      + (module.apiListPath().contains("?") ? "&" : "?") + "limit=5'"));
    curl.add(Map.of("label", t.get("curlDcat"), "code", "curl " + base + "/catalog/" + name + ".ttl"));
    curl.add(Map.of("label", t.get("curlCkan"), "code",
      "curl '" + base + "/api/3/action/package_show?id=" + name + "'"));
    page.put("curl", curl);
    String query = module.linked() ? DatasetPage.sparqlQuery(module.recordClass()) : null;
    page.put("sparqlQuery", query);
    page.put("sparqlHref", query == null ? null : DatasetPage.sparqlLink(query));
    page.put("dcat", List.of(
      Map.of("type", "text/turtle", "href", "/catalog/" + name + ".ttl", "label", "Turtle"),
      Map.of("type", "application/ld+json", "href", "/catalog/" + name + ".jsonld", "label", "JSON-LD"),
      Map.of("type", "application/rdf+xml", "href", "/catalog/" + name + ".rdf", "label", "RDF/XML")));
    page.put("resultsHref", ParIndexRdf.NAME.equals(name) ? link(RESULTS_PAGE, lang) : null);
    page.put("jsonld", DatasetPage.scriptSafe(DatasetPage.schemaOrg(e, uris.datasetPage(name),
      MINISTRY_URL)));
  }

  /**
   * The PAR Index results page: for a year (default the latest) and a group (default the first with results that
   * year), the units' scores as a ranked bar chart with the group mean, a table of the same numbers with each figure's
   * source (or "generated"), and a unit's per-field scores (default the best-ranked unit that has them). The numbers
   * are the open API's ({@link OpenResults}); a year or group without results answers 404 with the links to the others.
   */
  private void parIndexResults(RoutingContext rc) {
    String lang = lang(rc);
    boolean en = "en".equals(lang);
    Map<String, RequestParameter> q = Requests.query(rc);
    Integer askedYear = Requests.integer(q, "year");
    String askedGroup = Requests.str(q, "group");
    String askedUnit = Requests.str(q, "unit");
    Map<String, String> t = PortalText.of(lang);
    parIndex.find(null, null, null, null).onFailure(rc::fail).onSuccess(all -> {
      JsonArray items = all.getJsonArray("items");
      // year → group code → label, newest year first (the API's order)
      Map<Integer, Map<String, String>> years = new LinkedHashMap<>();
      for (Object o : items) {
        JsonObject it = (JsonObject) o;
        JsonObject g = it.getJsonObject("group");
        years.computeIfAbsent(it.getInteger("year"), y -> new LinkedHashMap<>())
          .putIfAbsent(g.getString("code"), g.getJsonObject("label").getString(en ? "en" : "vi"));
      }
      Integer year = askedYear != null ? askedYear : years.keySet().stream().findFirst().orElse(null);
      Map<String, String> groups = years.getOrDefault(year, Map.of());
      String group = askedGroup != null ? askedGroup : groups.keySet().stream().findFirst().orElse(null);
      Map<String, Object> page = page(rc, lang, "parTitle");
      page.put("datasetHref", link("/datasets/" + ParIndexRdf.NAME, lang));
      List<Map<String, Object>> yearLinks = new ArrayList<>();
      years.forEach((y, gs) -> yearLinks.add(Map.of("label", String.valueOf(y), "current", y.equals(year),
        "href", resultsLink(y, gs.containsKey(group) ? group : gs.keySet().iterator().next(), null, lang))));
      page.put("years", yearLinks);
      List<Map<String, Object>> groupLinks = new ArrayList<>();
      groups.forEach((code, label) -> groupLinks.add(Map.of("label", label, "current", code.equals(group),
        "href", resultsLink(year, code, null, lang))));
      page.put("groups", groupLinks);
      JsonArray shown = new JsonArray();
      for (Object o : items) {
        JsonObject it = (JsonObject) o;
        if (it.getInteger("year").equals(year) && it.getJsonObject("group").getString("code").equals(group)) {
          shown.add(it);
        }
      }
      page.put("found", !shown.isEmpty());
      if (shown.isEmpty()) {
        page.put("heading", t.get("parNone"));
        rc.response().setStatusCode(404);
        render(rc, page, "par-index");
        return;
      }
      fillResults(page, all, shown, year, group, groups.get(group), askedUnit, lang);
      render(rc, page, "par-index");
    });
  }

  private void fillResults(Map<String, Object> page, JsonObject all, JsonArray shown, int year, String group,
                           String groupLabel, String askedUnit, String lang) {
    boolean en = "en".equals(lang);
    Map<String, String> t = PortalText.of(lang);
    Number mean = null;
    String meanSource = null;
    for (Object o : all.getJsonArray("means")) {
      JsonObject m = (JsonObject) o;
      if (m.getInteger("year") == year && m.getJsonObject("group").getString("code").equals(group)) {
        mean = (Number) m.getValue("mean_percent");
        meanSource = m.getString("source_url");
      }
    }
    JsonObject chosen = null;
    for (Object o : shown) {
      JsonObject it = (JsonObject) o;
      boolean hasFields = !it.getJsonArray("fields").isEmpty();
      if (hasFields && (chosen == null || it.getJsonObject("unit").getString("key").equals(askedUnit))) {
        chosen = it;
      }
    }
    String unit = chosen == null ? null : chosen.getJsonObject("unit").getString("key");
    page.put("heading", t.get("parTitle") + " " + year + " — " + groupLabel);
    ParIndexChart.Chart chart = ParIndexChart.ranking(shown, mean, unit, lang,
      key -> resultsLink(year, group, key, lang) + "#fields", t.get("parNoScore"));
    page.put("chart", chart);
    page.put("chartWidth", ParIndexChart.WIDTH);
    page.put("plotLeft", ParIndexChart.PLOT_LEFT);
    page.put("plotRight", ParIndexChart.PLOT_RIGHT);
    page.put("barHeight", ParIndexChart.BAR);
    int rankOf = shown.getJsonObject(0).getInteger("rank_of", shown.size());
    page.put("countText", shown.size() + " / " + rankOf);
    long generated = shown.stream().filter(o -> ((JsonObject) o).getBoolean("generated")).count();
    page.put("allGenerated", generated == shown.size());
    page.put("partial", shown.size() < rankOf);
    List<Map<String, Object>> rows = new ArrayList<>();
    java.text.NumberFormat f = ParIndexChart.decimals(lang);
    java.util.Set<String> sources = new java.util.LinkedHashSet<>();
    for (Object o : shown) {
      JsonObject it = (JsonObject) o;
      Map<String, Object> r = new HashMap<>();
      String key = it.getJsonObject("unit").getString("key");
      r.put("rank", it.getValue("rank") == null ? "–" : it.getInteger("rank") + "/" + it.getInteger("rank_of"));
      r.put("unit", it.getJsonObject("unit").getJsonObject("name").getString(en ? "en" : "vi"));
      r.put("href", it.getJsonArray("fields").isEmpty() ? null : resultsLink(year, group, key, lang) + "#fields");
      r.put("score", it.getValue("score_percent") == null ? t.get("parNoScore")
        : f.format(((Number) it.getValue("score_percent")).doubleValue()));
      r.put("points", it.getValue("points") == null ? "—" : f.format(((Number) it.getValue("points")).doubleValue()));
      r.put("uri", it.getString("uri"));
      r.put("generated", it.getBoolean("generated"));
      String src = it.getString("source_url");
      r.put("source", src);
      r.put("sourceHost", src == null ? null : ParIndexChart.host(src));
      r.put("note", it.getString("note"));
      if (src != null) {
        sources.add(src);
      }
      rows.add(r);
    }
    page.put("rows", rows);
    if (meanSource != null) {
      sources.add(meanSource);
    }
    page.put("meanText", mean == null ? null : f.format(mean.doubleValue()));
    page.put("sources", sources.stream().map(u -> Map.of("href", u, "label", ParIndexChart.host(u))).toList());
    page.put("selected", chosen == null ? null : Map.of(
      "unit", chosen.getJsonObject("unit").getJsonObject("name").getString(en ? "en" : "vi"),
      "chart", ParIndexChart.fields(chosen.getJsonArray("fields"), lang),
      "generated", chosen.getBoolean("generated"),
      "rows", chosen.getJsonArray("fields").stream().map(o -> {
        JsonObject fd = (JsonObject) o;
        return Map.of("name", fd.getJsonObject("name").getString(en ? "en" : "vi"),
          "points", f.format(((Number) fd.getValue("points", 0)).doubleValue()),
          "max", f.format(((Number) fd.getValue("max_points")).doubleValue()));
      }).toList()));
    page.put("fieldLeft", ParIndexChart.FIELD_LEFT);
    page.put("fieldWidth", ParIndexChart.FIELD_WIDTH);
    page.put("apiHref", "/api/v1/par-index/results?year=" + year + "&group=" + group);
  }

  private static String resultsLink(Integer year, String group, String unit, String lang) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("year", year == null ? null : String.valueOf(year));
    p.put("group", group);
    p.put("unit", unit);
    p.put("lang", "en".equals(lang) ? "en" : null);
    return RESULTS_PAGE + queryString(p);
  }

  private void notFound(RoutingContext rc, String lang, String name) {
    if (!prefersHtml(rc.parsedHeaders().accept())) {
      rc.fail(ApiProblem.notFound("There is no dataset " + name + "."));
      return;
    }
    Map<String, Object> page = page(rc, lang, "notFoundTitle");
    page.put("datasetsHref", link("/datasets", lang));
    rc.response().setStatusCode(404);
    render(rc, page, "not-found");
  }

  /** What every page has: texts, language, its switch, the navigation links (keeping the language), the CSS. */
  private Map<String, Object> page(RoutingContext rc, String lang, String titleKey) {
    Map<String, String> t = PortalText.of(lang);
    Map<String, Object> page = new HashMap<>();
    boolean en = "en".equals(lang);
    page.put("t", t);
    page.put("lang", lang);
    page.put("title", titleKey == null ? null : t.get(titleKey));
    page.put("switchLang", en ? "vi" : "en");
    page.put("switchLabel", en ? "Tiếng Việt" : "English");
    Map<String, String> params = new LinkedHashMap<>();
    rc.queryParams().forEach((k, v) -> {
      if (!k.equals("lang")) {
        params.put(k, v);
      }
    });
    params.put("lang", en ? null : "en");
    page.put("switchHref", rc.request().path() + queryString(params));
    page.put("nav", Map.of("home", link("/", lang), "datasets", link("/datasets", lang)));
    page.put("css", PageAssets.href("portal.css"));
    page.put("logo", PageAssets.href("logo.svg"));
    return page;
  }

  /** The cards of a list of datasets: title, description, publisher, last change, downloads, link. */
  private List<Map<String, Object>> cards(List<Entry> entries, String lang) {
    boolean en = "en".equals(lang);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Entry e : entries) {
      Map<String, Object> c = new HashMap<>();
      c.put("title", en ? e.titleEn() : e.titleVi());
      c.put("description", en ? e.descriptionEn() : e.descriptionVi());
      c.put("publisher", en ? e.publisher().nameEn() : e.publisher().nameVi());
      c.put("modified", DatasetPage.date(e.modified(), lang));
      c.put("downloads", DatasetPage.numbers(lang).format(e.downloads()));
      c.put("generated", e.generated());
      c.put("formats", e.distributions().stream().map(d -> d.format().label()).toList());
      c.put("href", link("/datasets/" + e.name(), lang));
      out.add(c);
    }
    return out;
  }

  private void render(RoutingContext rc, Map<String, Object> page, String template) {
    templates.render(page, "templates/portal/" + template + ".html").onFailure(rc::fail).onSuccess((Buffer html) ->
      rc.response().putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Content-Language", (String) page.get("lang"))
        .putHeader("Content-Security-Policy", SecurityHeaders.HTML_CSP)
        .putHeader("Cache-Control", "public, max-age=60")
        .end(html));
  }

  static String lang(RoutingContext rc) {
    return "en".equals(Requests.str(Requests.query(rc), "lang")) ? "en" : "vi";
  }

  /** A path with the page language kept ({@code lang=en}; Vietnamese is the default and needs nothing). */
  static String link(String path, String lang) {
    return "en".equals(lang) ? path + (path.contains("?") ? "&" : "?") + "lang=en" : path;
  }

  /** {@code ?a=1&b=2} of the non-null values, or "" when there is none. */
  static String queryString(Map<String, String> params) {
    StringBuilder sb = new StringBuilder();
    params.forEach((k, v) -> {
      if (v != null) {
        sb.append(sb.length() == 0 ? '?' : '&').append(enc(k)).append('=').append(enc(v));
      }
    });
    return sb.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
