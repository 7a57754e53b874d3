package vn.gov.moha.opendata.opendata.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.opendata.DownloadFormat;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Distribution;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Entry;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Publisher;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Theme;
import vn.gov.moha.opendata.opendata.portal.DatasetSearch.Filter;

/** The computed parts of the portal's pages: search, facets, sizes, the JSON-LD block, the chart. */
class DatasetPageTest {
  static final OffsetDateTime T = OffsetDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneOffset.UTC);

  static Entry entry(String name, String titleVi, String theme, String publisher, boolean linked) {
    List<Distribution> dist = java.util.Arrays.stream(DownloadFormat.values()).filter(f -> linked || !f.rdf())
      .map(f -> new Distribution(f, "u#" + f.extension(), "https://x/downloads/" + name + "." + f.extension(),
        f == DownloadFormat.CSV ? 2048L : null)).toList();
    return new Entry(name, "https://x/id/dataset/" + name, titleVi, titleVi + " (en)", "Mô tả " + titleVi,
      "About", new Publisher(publisher, "Vụ " + publisher, "Dept " + publisher, "https://x/def/units/" + publisher),
      "https://moha.gov.vn", List.of("GOVE"), List.of(new Theme(theme, theme, theme, "https://x/def/t/" + theme)),
      List.of("từ khóa"), List.of("keyword"), "CC_BY_4_0", "PUBLIC", "UPDATE_CONT", List.of("VNM"), true, T, T, T, T,
      LocalDate.of(2016, 1, 2), LocalDate.of(2026, 3, 4), dist, 7);
  }

  static final List<Entry> ALL = List.of(entry("legal", "Văn bản pháp luật", "phap-luat", "TT_CNTT", true),
    entry("assoc", "Hội, quỹ xã hội", "hoi-quy", "VU_TCPCP", true),
    entry("plain", "Đơn vị hành chính", "hoi-quy", "TT_CNTT", false));

  @Test
  void foldingDropsDiacriticsAndCase() {
    assertEquals("hoi luat gia viet nam", DatasetSearch.fold("Hội Luật gia Việt Nam"));
    assertEquals("don vi", DatasetSearch.fold("ĐƠN VỊ"));
    assertEquals(List.of("nghi", "dinh", "63"), DatasetSearch.words("  Nghị-định 63 "));
    assertEquals(List.of(), DatasetSearch.words(" "));
  }

  @Test
  void searchAndFacetsCombine() {
    assertEquals(List.of("assoc"), names(DatasetSearch.filter(ALL, new Filter("hoi", null, null, null))));
    assertEquals(List.of("assoc"), names(DatasetSearch.filter(ALL, new Filter("HỘI quỹ", null, null, null))));
    assertEquals(List.of(), names(DatasetSearch.filter(ALL, new Filter("hoi phap", null, null, null))));
    assertEquals(List.of("assoc", "plain"), names(DatasetSearch.filter(ALL, new Filter(null, "hoi-quy", null, null))));
    assertEquals(List.of("plain"), names(DatasetSearch.filter(ALL, new Filter(null, "hoi-quy", "TT_CNTT", null))));
    assertEquals(List.of("legal", "assoc"), names(DatasetSearch.filter(ALL, new Filter(null, null, null, "ttl"))));
    // a facet counts under the other facets and the words, not under itself
    var facets = DatasetSearch.facets(ALL, new Filter(null, "hoi-quy", null, "ttl"));
    assertEquals(Map.of("phap-luat", 1L, "hoi-quy", 1L), facets.get(0).counts());
    assertEquals(Map.of("TT_CNTT", 0L, "VU_TCPCP", 1L), facets.get(1).counts());
    assertEquals(2L, facets.get(2).counts().get("csv"));
    assertEquals(1L, facets.get(2).counts().get("ttl"));
  }

  private static List<String> names(List<Entry> entries) {
    return entries.stream().map(Entry::name).toList();
  }

  @Test
  void sizesReadAsPeopleWriteThem() {
    assertNull(DatasetPage.size(null, "vi"));
    assertEquals("512 B", DatasetPage.size(512L, "vi"));
    assertEquals("1,5 KB", DatasetPage.size(1536L, "vi"));
    assertEquals("1.5 KB", DatasetPage.size(1536L, "en"));
    assertEquals("12 MB", DatasetPage.size(12L * 1024 * 1024 + 1000, "en"));
    assertEquals("1.2 GB", DatasetPage.size(1288490189L, "en"));
  }

  @Test
  void theJsonLdCannotCloseItsScriptElement() {
    Entry e = entry("x", "Tiêu đề </script><script>alert(1)</script> & <!-- ", "t", "P", true);
    JsonObject ld = DatasetPage.schemaOrg(e, "https://x/datasets/x", "https://moha.gov.vn");
    String safe = DatasetPage.scriptSafe(ld);
    assertFalse(safe.contains("<") || safe.contains(">") || safe.contains("&"), safe);
    assertEquals(ld, new JsonObject(safe), "the same JSON to a parser");
    assertEquals("2016-01-02/2026-03-04", ld.getString("temporalCoverage"));
    assertEquals("2 KB", ld.getJsonArray("distribution").getJsonObject(0).getString("contentSize"));
    assertFalse(ld.getJsonArray("distribution").getJsonObject(1).containsKey("contentSize"));
    assertEquals("GovernmentOrganization", ld.getJsonObject("publisher").getString("@type"));
    assertEquals(true, ld.getBoolean("isAccessibleForFree"));
  }

  @Test
  void barsFillMissingYearsAndScaleToTheLargest() {
    var bars = DatasetPage.bars(List.of(new long[] {2020, 10}, new long[] {2022, 40}), "vi");
    assertEquals(List.of(2020, 2021, 2022), bars.stream().map(DatasetPage.Bar::year).toList());
    assertEquals(0, bars.get(1).height());
    assertEquals(DatasetPage.PLOT_BOTTOM - DatasetPage.PLOT_TOP, bars.get(2).height(), 0.1);
    assertEquals(bars.get(2).height() / 4, bars.get(0).height(), 0.1);
    assertTrue(bars.stream().allMatch(b -> b.y() + b.height() <= DatasetPage.PLOT_BOTTOM + 0.1));
    var many = DatasetPage.bars(List.of(new long[] {1950, 1}, new long[] {2025, 1}), "vi");
    assertEquals(76, many.size());
    assertTrue(many.stream().filter(DatasetPage.Bar::labelled).count() <= 17, "labels do not overlap");
    assertEquals(List.of(), DatasetPage.bars(List.of(), "vi"));
  }

  @Test
  void htmlIsPreferredOnlyWhenAskedFor() {
    assertTrue(PortalApi.prefersHtml(accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")));
    assertFalse(PortalApi.prefersHtml(accept("*/*")));
    assertFalse(PortalApi.prefersHtml(accept("application/json")));
    assertFalse(PortalApi.prefersHtml(accept("application/json, text/html;q=0.5")));
    assertTrue(PortalApi.prefersHtml(accept("application/json;q=0.4, text/html")));
    assertFalse(PortalApi.prefersHtml(List.of()));
  }

  private static List<io.vertx.ext.web.MIMEHeader> accept(String header) {
    return java.util.Arrays.stream(header.split(",")).map(String::trim)
      .map(h -> (io.vertx.ext.web.MIMEHeader) new io.vertx.ext.web.impl.ParsableMIMEValue(h).forceParse()).toList();
  }

  @Test
  void parIndexBarsAreProportionalInRankOrderAndMarkMissingScores() {
    io.vertx.core.json.JsonArray items = new io.vertx.core.json.JsonArray();
    Object[][] rows = {{"A", 1, 92.18}, {"B", 2, null}, {"C", 3, 46.09}};
    for (Object[] r : rows) {
      items.add(new JsonObject().put("unit", new JsonObject().put("key", r[0]).put("name",
        new JsonObject().put("vi", "Tỉnh " + r[0]).put("en", "Province " + r[0]))).put("rank", r[1])
        .put("score_percent", r[2]));
    }
    ParIndexChart.Chart c = ParIndexChart.ranking(items, 80, "C", "vi", k -> "/u/" + k, "—");
    assertEquals(3, c.bars().size());
    assertEquals(List.of("A", "B", "C"), c.bars().stream().map(ParIndexChart.Bar::key).toList());
    assertEquals(ParIndexChart.PLOT_WIDTH * 0.9218, c.bars().get(0).width(), 0.06);
    assertEquals(c.bars().get(0).width() / 2, c.bars().get(2).width(), 0.06, "half the score, half the bar");
    assertNull(c.bars().get(1).value());
    assertEquals("—", c.bars().get(1).valueText());
    assertEquals("92,18", c.bars().get(0).valueText());
    assertEquals("92.18", ParIndexChart.ranking(items, null, null, "en", k -> k, "-").bars().get(0).valueText());
    assertTrue(c.bars().get(2).selected() && !c.bars().get(0).selected());
    assertEquals(ParIndexChart.PLOT_LEFT + ParIndexChart.PLOT_WIDTH * 0.8, c.meanX(), 0.06);
    assertEquals(5, c.ticks().size());
    assertTrue(c.bars().get(1).y() > c.bars().get(0).y(), "one row per unit, top down");
    ParIndexChart.Chart fields = ParIndexChart.fields(new io.vertx.core.json.JsonArray().add(new JsonObject()
      .put("code", "F1").put("name", new JsonObject().put("vi", "Lĩnh vực").put("en", "Field")).put("points", 7.5)
      .put("max_points", 10)), "vi");
    assertEquals(ParIndexChart.FIELD_WIDTH * 0.75, fields.bars().get(0).width(), 0.06);
    assertEquals("7,5 / 10", fields.bars().get(0).valueText());
    assertEquals("en.baochinhphu.vn", ParIndexChart.host("https://en.baochinhphu.vn/x.htm"));
  }
}
