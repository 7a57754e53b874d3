package vn.gov.moha.opendata.opendata.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.platform.http.SecurityHeaders;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/** The portal's pages over plain HTTP: negotiation, language, search, facets, the dataset page's parts, assets. */
class PortalIT {
  private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  private static final Pattern LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
    Pattern.DOTALL);
  private final Http http = TestServer.http();
  private final String base = TestServer.base();

  private Http.Res page(String path) {
    Http.Res r = http.get(path, "Accept", HTML);
    assertEquals(200, r.status(), path + ": " + r.body());
    assertTrue(r.contentType().startsWith("text/html; charset=utf-8"), r.contentType());
    assertEquals(SecurityHeaders.HTML_CSP, r.header("Content-Security-Policy").orElse(""));
    // no script runs: the only script element is the JSON-LD data block
    assertFalse(r.body().replace("<script type=\"application/ld+json\">", "").contains("<script"), path);
    assertFalse(Pattern.compile("(href|src)=\"https?://[^\"]+\\.(css|js|woff2?)").matcher(r.body()).find(),
      path + " loads nothing from elsewhere");
    return r;
  }

  @Test
  void theHomeIsHtmlForBrowsersAndTheJsonIndexForEveryoneElse() {
    Http.Res home = page("/");
    assertTrue(home.body().contains("<html lang=\"vi\">"), home.body());
    assertEquals("vi", home.header("Content-Language").orElse(""));
    assertTrue(home.header("Vary").orElse("").contains("Accept"));
    assertTrue(home.body().contains("action=\"/datasets\"") && home.body().contains("<label for=\"q\""));
    for (String link : List.of("/docs", "/sparql", "/catalog", "/api/3/action/package_list")) {
      assertTrue(home.body().contains("href=\"" + link + "\""), link);
    }
    // the newest and the most downloaded datasets: five of each, all catalogued
    java.util.Set<String> shown = new java.util.HashSet<>();
    Matcher card = Pattern.compile("href=\"/datasets/([a-z-]+)\"").matcher(home.body());
    while (card.find()) {
      shown.add(card.group(1));
    }
    assertTrue(shown.size() >= 5 && TestServer.catalogued().containsAll(shown), shown::toString);
    for (String[] accept : new String[][] {{}, {"Accept", "application/json"}, {"Accept", "*/*"},
      {"Accept", "application/json, text/html;q=0.5"}}) {
      Http.Res json = http.get("/", accept);
      assertEquals(200, json.status());
      assertTrue(json.contentType().startsWith("application/json"), json.contentType());
      assertEquals(base + "/api/v1/legal-documents", json.json().getJsonObject("links").getString("legal-documents"));
    }
  }

  @Test
  void englishIsASwitchAwayAndLinksKeepIt() {
    Http.Res en = page("/?lang=en");
    assertTrue(en.body().contains("<html lang=\"en\">"));
    assertEquals("en", en.header("Content-Language").orElse(""));
    assertTrue(en.body().contains("Open data portal of the Ministry of Home Affairs"));
    assertTrue(Pattern.compile("href=\"/datasets/[a-z-]+\\?lang=en\"").matcher(en.body()).find(),
      "dataset links keep the language");
    assertTrue(en.body().contains("<input type=\"hidden\" name=\"lang\" value=\"en\">"), "the search form keeps it");
    Matcher back = Pattern.compile("<a class=\"lang\" href=\"([^\"]*)\" lang=\"vi\" hreflang=\"vi\">Tiếng Việt</a>")
      .matcher(en.body());
    assertTrue(back.find(), "a visible switch back to Vietnamese");
    assertEquals("/", back.group(1));
    Http.Res vi = page("/datasets?q=hoi");
    assertTrue(vi.body().contains(">English</a>") && vi.body().contains("href=\"/datasets?q=hoi&amp;lang=en\""),
      "the switch keeps the search");
  }

  /** The dataset names a result list links to, in order. */
  private List<String> results(String path) {
    String body = page(path).body();
    String list = body.substring(body.indexOf("id=\"results\""));
    return Pattern.compile("<h3><a href=\"/datasets/([a-z-]+)").matcher(list).results().map(m -> m.group(1)).toList();
  }

  @Test
  void searchIgnoresDiacriticsAndCase() {
    assertEquals(TestServer.catalogued(), results("/datasets"));
    for (String hoi : List.of("hoi", "H%E1%BB%99i")) { // Hội
      List<String> found = results("/datasets?q=" + hoi);
      assertTrue(found.contains("associations") && !found.contains("awards"), hoi + ": " + found);
    }
    assertEquals(List.of("awards"), results("/datasets?q=KHEN%20thuong"));
    assertEquals(List.of("legal-documents"), results("/datasets?q=nghi%20dinh%20ELI"));
    assertEquals(List.of("awards"), results("/datasets?q=commendation"), "English words find too");
    assertEquals(List.of(), results("/datasets?q=khen%20thuong%20hoi%20luat"), "every word must match");
    assertTrue(page("/datasets?q=zzzz").body().contains("Không có bộ dữ liệu nào phù hợp."));
  }

  @Test
  void facetsFilterCombineAndCount() {
    assertEquals(List.of("awards"), results("/datasets?theme=thi-dua-khen-thuong"));
    assertEquals(List.of("associations"), results("/datasets?publisher=VU_TCPCP"));
    assertEquals(TestServer.catalogued(), results("/datasets?format=ttl"));
    assertEquals(List.of(), results("/datasets?theme=thi-dua-khen-thuong&publisher=VU_TCPCP"));
    assertEquals(List.of("awards"), results("/datasets?q=khen&format=csv&publisher=BAN_TDKT"));
    String body = page("/datasets?q=hoi").body();
    // under the search, the associations' theme has one dataset and the awards' theme none (shown, not linked)
    assertTrue(body.contains("<a href=\"/datasets?q=hoi&amp;theme=hoi-quy\"><span>Hội, quỹ và tổ chức phi chính phủ"
      + "</span> (<span>1</span>)</a>"), body);
    assertTrue(body.contains("<span class=\"none\"><span>Thi đua, khen thưởng</span> (0)</span>"), body);
    String chosen = page("/datasets?theme=hoi-quy").body();
    assertTrue(chosen.contains("<a class=\"chosen\" href=\"/datasets\" aria-current=\"true\">"), "a chosen value's link"
      + " removes it");
    assertEquals(400, http.get("/datasets?format=pdf").status(), "the contract refuses an unknown format");
  }

  @Test
  void aDatasetPageDescribesDownloadsPreviewsChartsAndExplainsItself() throws Exception {
    try (Connection c = TestServer.jdbc(); Statement s = c.createStatement()) {
      // one size known, the others not (earlier tests may have downloaded every file whole)
      s.execute("DELETE FROM catalog.download_file WHERE dataset = 'awards' AND format <> 'csv'");
      s.execute("INSERT INTO catalog.download_file VALUES ('awards', 'csv', now() + interval '1 minute', 1288490) "
        + "ON CONFLICT (dataset, format) DO UPDATE SET version = excluded.version, bytes = excluded.bytes");
    }
    try {
      String body = page("/datasets/awards").body();
      assertTrue(body.contains("<h1>Khen thưởng đã được quyết định</h1>"));
      assertTrue(body.contains("<p class=\"alt\" lang=\"en\">Conferred state awards and emulation titles</p>"));
      assertTrue(body.contains("dữ liệu minh họa"), "the generated-data notice");
      assertTrue(body.contains("href=\"https://creativecommons.org/licenses/by/4.0/\" lang=\"en\">CC BY 4.0</a>"));
      for (String t : List.of("text/turtle\" href=\"/catalog/awards.ttl", "application/ld+json\" href=\""
        + "/catalog/awards.jsonld", "application/rdf+xml\" href=\"/catalog/awards.rdf")) {
        assertTrue(body.contains("<link rel=\"alternate\" type=\"" + t + "\">"), t);
      }
      // downloads: the known size formatted, the unknown ones said so
      assertTrue(body.contains("href=\"/downloads/awards.csv\""));
      assertTrue(body.contains("<span class=\"size\">1,2 MB</span>"), "1288490 bytes in Vietnamese");
      assertTrue(body.contains("kích thước chưa biết cho đến lần tải đầu tiên"));
      assertTrue(page("/datasets/awards?lang=en").body().contains("<span class=\"size\">1.2 MB</span>"));
      assertTrue(body.contains("href=\"/downloads/awards.csv-metadata.json\"")
        && body.contains("href=\"/downloads/awards.datapackage.json\""));
      // the preview: ten records, each linked to its URI, which dereferences
      List<String> hrefs = Pattern.compile("<td class=\"uri\"><a href=\"([^\"]+)\">" + Pattern.quote(base))
        .matcher(body).results().map(m -> m.group(1)).toList();
      assertEquals(PortalApi.PREVIEW_ROWS, hrefs.size(), body);
      assertEquals(303, http.get(hrefs.get(0)).status(), hrefs.get(0));
      assertTrue(body.contains("<th scope=\"col\">Hình thức khen thưởng</th>"), "Vietnamese column titles");
      // the chart and its table
      assertTrue(body.contains("<svg role=\"img\" aria-labelledby=\"chart-title chart-desc\""));
      assertTrue(Pattern.compile("<th scope=\"row\">20\\d\\d</th><td>[\\d.]+</td>").matcher(body).find());
      // the SPARQL example runs
      Matcher run = Pattern.compile("<a href=\"(/sparql\\?query=[^\"]+)\">").matcher(body);
      assertTrue(run.find());
      Http.Res answer = http.get(run.group(1).replace("&amp;", "&"), "Accept", "application/sparql-results+json");
      assertEquals(200, answer.status(), answer.body());
      assertEquals(10, answer.json().getJsonObject("results").getJsonArray("bindings").size());
      assertTrue(body.contains("curl -O " + base + "/downloads/awards.csv")
        && body.contains("/api/3/action/package_show?id=awards"));
    } finally {
      try (Connection c = TestServer.jdbc(); Statement s = c.createStatement()) {
        s.execute("DELETE FROM catalog.download_file WHERE dataset = 'awards' AND format = 'csv'");
      }
    }
  }

  @Test
  void everyDatasetPageCarriesSchemaOrgJsonLd() {
    for (String name : TestServer.catalogued()) {
      String body = page("/datasets/" + name).body();
      // the API example on the page answers
      Matcher api = Pattern.compile("curl (?:'|&#39;)" + Pattern.quote(base) + "(/api/v1/[^'&]+[?&](?:amp;)?limit=5)")
        .matcher(body);
      assertTrue(api.find(), name);
      assertEquals(200, http.get(api.group(1).replace("&amp;", "&")).status(), api.group(1));
      Matcher m = LD.matcher(body);
      assertTrue(m.find(), name);
      JsonObject ld = new JsonObject(m.group(1));
      assertEquals("Dataset", ld.getString("@type"));
      assertEquals(base + "/datasets/" + name, ld.getString("url"));
      assertEquals(base + "/id/dataset/" + name, ld.getString("identifier"));
      assertEquals("https://creativecommons.org/licenses/by/4.0/", ld.getString("license"));
      assertEquals("GovernmentOrganization", ld.getJsonObject("creator").getString("@type"));
      assertTrue(ld.getString("temporalCoverage").matches("\\d{4}-\\d\\d-\\d\\d/(\\d{4}-\\d\\d-\\d\\d|\\.\\.)"),
        ld.encode());
      assertEquals("VN", ld.getJsonObject("spatialCoverage").getJsonObject("address").getString("addressCountry"));
      JsonArray dist = ld.getJsonArray("distribution");
      assertEquals(5, dist.size());
      assertEquals(base + "/downloads/" + name + ".csv", dist.getJsonObject(0).getString("contentUrl"));
      assertEquals("text/csv", dist.getJsonObject(0).getString("encodingFormat"));
      assertFalse(m.find(), "one JSON-LD block");
      // as RDF, with schema.org's vocabulary inline (its remote context is not fetched in a test)
      ld.put("@context", new JsonObject().put("@vocab", "https://schema.org/"));
      Model model = ModelFactory.createDefaultModel();
      RDFParser.create().source(new StringReader(ld.encode())).lang(Lang.JSONLD).parse(model);
      Resource dataset = model.listSubjectsWithProperty(RDF.type, model.createResource("https://schema.org/Dataset"))
        .next();
      assertEquals(5, model.listObjectsOfProperty(dataset, model.createProperty("https://schema.org/distribution"))
        .toList().size());
    }
  }

  @Test
  void anUnknownDatasetIsA404PageOrProblem() {
    Http.Res page = http.get("/datasets/no-such-dataset", "Accept", HTML);
    assertEquals(404, page.status());
    assertTrue(page.contentType().startsWith("text/html") && page.body().contains("Không có bộ dữ liệu này."));
    Http.Res problem = http.get("/datasets/no-such-dataset");
    assertEquals(404, problem.status());
    assertTrue(problem.contentType().startsWith("application/problem+json"), problem.contentType());
  }

  @Test
  void assetsAreCachedForAYearWithAnEtag() {
    String home = page("/").body();
    Matcher css = Pattern.compile("<link rel=\"stylesheet\" href=\"(/assets/portal\\.css\\?v=[0-9a-f]+)\">")
      .matcher(home);
    assertTrue(css.find(), "the page links its stylesheet with its version");
    Http.Res r = http.get(css.group(1));
    assertEquals(200, r.status());
    assertTrue(r.contentType().startsWith("text/css"));
    assertEquals("public, max-age=31536000", r.header("Cache-Control").orElse(""));
    String etag = r.header("ETag").orElseThrow();
    assertTrue(css.group(1).endsWith(etag.replace("\"", "")), "the version is the ETag");
    assertEquals(304, http.get("/assets/portal.css", "If-None-Match", etag).status());
    Http.Res logo = http.get("/assets/logo.svg");
    assertTrue(logo.contentType().startsWith("image/svg+xml") && logo.body().contains("<title>"));
    assertEquals(400, http.get("/assets/other.js").status());
  }

  @Test
  void theLinkedDataAndSparqlPagesShareTheLook() {
    String uri = http.get("/api/v1/associations?limit=1").json().getJsonArray("items").getJsonObject(0)
      .getString("uri");
    for (String path : List.of(vn.gov.moha.opendata.platform.rdf.Uris.documentPath(uri.substring(base.length())),
      "/sparql")) {
      Http.Res r = http.get(path, "Accept", HTML);
      assertEquals(200, r.status(), path);
      assertTrue(r.body().contains("/assets/portal.css?v="), path);
      assertTrue(r.body().contains("<main id=\"main\">") && r.body().contains("href=\"/datasets\""), path);
      assertEquals(SecurityHeaders.HTML_CSP, r.header("Content-Security-Policy").orElse(""), path);
      assertFalse(r.body().contains("<style"), path + " has no inline style (the CSP refuses it)");
    }
  }

  /** The i-th inline SVG of a page, parsed as XML (it must be well-formed). */
  private static org.w3c.dom.Element svg(String body, int i) throws Exception {
    int from = -1;
    for (int k = 0; k <= i; k++) {
      from = body.indexOf("<svg ", from + 1);
      assertTrue(from >= 0, "svg #" + i + " in the page");
    }
    String xml = body.substring(from, body.indexOf("</svg>", from) + 6);
    javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml))).getDocumentElement();
  }

  /** The groups of an SVG that carry {@code attr} (one per bar), in document order. */
  private static List<org.w3c.dom.Element> bars(org.w3c.dom.Element svg, String attr) {
    org.w3c.dom.NodeList gs = svg.getElementsByTagNameNS("*", "g");
    List<org.w3c.dom.Element> out = new java.util.ArrayList<>();
    for (int i = 0; i < gs.getLength(); i++) {
      org.w3c.dom.Element g = (org.w3c.dom.Element) gs.item(i);
      if (g.hasAttribute(attr)) {
        out.add(g);
      }
    }
    return out;
  }

  /** The width of a bar group's filled bar, or null when it draws none. */
  private static Double barWidth(org.w3c.dom.Element g) {
    org.w3c.dom.NodeList rects = g.getElementsByTagNameNS("*", "rect");
    for (int i = 0; i < rects.getLength(); i++) {
      org.w3c.dom.Element r = (org.w3c.dom.Element) rects.item(i);
      if (r.getAttribute("class").startsWith("bar")) {
        return Double.parseDouble(r.getAttribute("width"));
      }
    }
    return null;
  }

  @Test
  void theParIndexResultsPageDrawsTheApisNumbers() throws Exception {
    String dataset = page("/datasets/par-index").body();
    assertTrue(dataset.contains("href=\"/datasets/par-index/results\""), "the dataset page links to the charts");
    JsonObject api = http.get("/api/v1/par-index/results?year=2025&group=province").json();
    JsonArray items = api.getJsonArray("items");
    assertTrue(items.size() >= 30, "the demo's 34 provinces of 2025");
    // the default is the latest year and its first group; the province page is one link away
    // (other tests may publish a later round: the latest year is the API's first)
    JsonObject newest = http.get("/api/v1/par-index/results").json().getJsonArray("items").getJsonObject(0);
    String latest = page("/datasets/par-index/results").body();
    assertTrue(latest.contains("aria-current=\"page\">" + newest.getInteger("year") + "</a>"),
      "the latest year is the default");
    assertTrue(latest.contains("aria-current=\"page\">" + newest.getJsonObject("group").getJsonObject("label")
      .getString("vi") + "</a>"), "and its first group");
    assertTrue(latest.contains("href=\"/datasets/par-index/results?year=2025&amp;group="), "links to other years");
    assertTrue(page("/datasets/par-index/results?year=2025").body()
      .contains("href=\"/datasets/par-index/results?year=2025&amp;group=province\""), "and to the other group");
    String body = page("/datasets/par-index/results?year=2025&group=province").body();
    assertTrue(body.contains("<svg role=\"img\" aria-labelledby=\"ranking-title ranking-desc\""));
    assertTrue(body.contains("dữ liệu minh họa"), "generated figures are marked");
    org.w3c.dom.Element ranking = svg(body, 0);
    assertEquals("http://www.w3.org/2000/svg", ranking.getNamespaceURI());
    List<org.w3c.dom.Element> bars = bars(ranking, "data-unit");
    assertEquals(items.size(), bars.size(), "one bar per published result");
    double scale = ParIndexChart.PLOT_WIDTH / 100.0;
    int lastRank = 0;
    for (int i = 0; i < items.size(); i++) {
      JsonObject it = items.getJsonObject(i);
      assertEquals(it.getJsonObject("unit").getString("key"), bars.get(i).getAttribute("data-unit"), "rank order");
      int rank = it.getInteger("rank");
      assertTrue(rank >= lastRank, "ranks ascend");
      lastRank = rank;
      double score = it.getDouble("score_percent");
      assertEquals(score * scale, barWidth(bars.get(i)), 0.06, "the width is proportional to the score");
      assertTrue(bars.get(i).getTextContent().contains(rank + ". "), "the rank is written beside the bar");
      // the table beside has the same number
      String cell = "<td class=\"num\">" + ParIndexChart.decimals("vi").format(score) + "</td>";
      assertTrue(body.contains(cell), cell);
    }
    assertTrue(barWidth(bars.get(0)) >= barWidth(bars.get(bars.size() - 1)));
    // the group mean's line
    double mean = api.getJsonArray("means").getJsonObject(0).getDouble("mean_percent");
    org.w3c.dom.NodeList lines = ranking.getElementsByTagNameNS("*", "line");
    boolean meanLine = false;
    for (int i = 0; i < lines.getLength(); i++) {
      org.w3c.dom.Element l = (org.w3c.dom.Element) lines.item(i);
      meanLine |= "mean".equals(l.getAttribute("class")) && Math.abs(Double.parseDouble(l.getAttribute("x1"))
        - (ParIndexChart.PLOT_LEFT + mean * scale)) < 0.06;
    }
    assertTrue(meanLine, "a line at the group mean");
    // the per-field chart: the best-ranked unit by default, another one by its link
    JsonObject first = items.getJsonObject(0);
    assertFields(body, first);
    JsonObject third = items.getJsonObject(2);
    String href = "/datasets/par-index/results?year=2025&amp;group=province&amp;unit="
      + third.getJsonObject("unit").getString("key") + "#fields";
    assertTrue(body.contains("href=\"" + href + "\""), "each unit links to its fields");
    String other = page(href.replace("&amp;", "&").replace("#fields", "")).body();
    assertFields(other, third);
    assertTrue(other.contains("class=\"bar selected\""), "the chosen unit's bar stands out");
    // English
    String en = page("/datasets/par-index/results?year=2025&group=province&lang=en").body();
    assertTrue(en.contains("Scores by field") && en.contains("Group mean"), "English texts");
    assertTrue(en.contains(">" + first.getJsonObject("unit").getJsonObject("name").getString("en") + "<"));
  }

  private void assertFields(String body, JsonObject result) throws Exception {
    JsonArray fields = result.getJsonArray("fields");
    assertFalse(fields.isEmpty());
    List<org.w3c.dom.Element> bars = bars(svg(body, 1), "data-field");
    assertEquals(fields.size(), bars.size(), "one bar per field");
    for (int i = 0; i < fields.size(); i++) {
      JsonObject f = fields.getJsonObject(i);
      assertEquals(f.getString("code"), bars.get(i).getAttribute("data-field"));
      double width = ParIndexChart.FIELD_WIDTH * f.getDouble("points") / f.getDouble("max_points");
      assertEquals(width, barWidth(bars.get(i)), 0.06, f.encode());
    }
    assertTrue(body.contains("<h2 id=\"fields\">Điểm theo lĩnh vực: "
      + result.getJsonObject("unit").getJsonObject("name").getString("vi") + "</h2>")
      || body.contains("<h2 id=\"fields\">Scores by field: "), "the unit is named");
  }

  @Test
  void realParIndexFiguresNameTheirSourceAndMissingOnesSaySo() throws Exception {
    JsonArray items = http.get("/api/v1/par-index/results?year=2024&group=province").json().getJsonArray("items");
    String body = page("/datasets/par-index/results?year=2024&group=province").body();
    assertFalse(body.contains("<p class=\"notice\">Một phần dữ liệu"), "real figures are not marked generated");
    assertTrue(body.contains("chưa đầy đủ"), "partial results say so");
    List<org.w3c.dom.Element> bars = bars(svg(body, 0), "data-unit");
    assertEquals(items.size(), bars.size());
    int withoutScore = 0;
    for (int i = 0; i < items.size(); i++) {
      JsonObject it = items.getJsonObject(i);
      if (it.getValue("score_percent") == null) {
        withoutScore++;
        assertEquals(null, barWidth(bars.get(i)), "no bar for a rank without a published score");
        assertTrue(bars.get(i).getTextContent().contains("chưa có điểm công bố"));
      }
      String src = it.getString("source_url");
      assertTrue(body.contains("href=\"" + src.replace("&", "&amp;") + "\""), "the source is linked: " + src);
    }
    assertTrue(withoutScore > 0, "2024 has ranks published without a score");
    assertTrue(body.contains("Điểm theo lĩnh vực chưa có"), "no per-field scores were published");
    Http.Res none = http.get("/datasets/par-index/results?year=2019", "Accept", HTML);
    assertEquals(404, none.status());
    assertTrue(none.body().contains("href=\"/datasets/par-index/results?year=2025"), "links to the years with results");
    assertEquals(400, http.get("/datasets/par-index/results?group=commune").status());
  }
}
