package vn.gov.moha.opendata.opendata.portal;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The two charts of the PAR Index results page, as SVG geometry computed from the open results' JSON
 * ({@code GET /api/v1/par-index/results}): a ranked horizontal bar chart of the units' scores (%) for one year and
 * group, with the group mean, and a unit's per-field scores (points of the field's maximum). Bars start at zero and
 * their widths are proportional to the value (a score of 100 % or a field's full points fill the plot). Pure
 * functions, unit-tested; the page draws them with a table of the same numbers.
 */
final class ParIndexChart {
  static final int WIDTH = 720;
  /** Unit names end here (right-aligned), the plot starts here. */
  static final int PLOT_LEFT = 300;
  static final int PLOT_RIGHT = 650;
  static final int PLOT_WIDTH = PLOT_RIGHT - PLOT_LEFT;
  static final int TOP = 30;
  static final int ROW = 24;
  static final int BAR = 16;
  /** Field charts: the field's name on a line of its own above its bar. */
  static final int FIELD_ROW = 44;
  static final int FIELD_LEFT = 8;
  static final int FIELD_WIDTH = WIDTH - 104;

  private ParIndexChart() {
  }

  /** One bar: its label, value text, geometry (SVG user units), link and whether it is the chosen unit. */
  record Bar(String key, String rank, String label, Double value, String valueText, double y, double width,
             double textY, double valueX, String href, boolean selected) {
  }

  /** A tick of the value axis. */
  record Tick(double x, String label) {
  }

  /** A chart: its bars, axis ticks, height, and the group mean's line (null when unknown). */
  record Chart(List<Bar> bars, List<Tick> ticks, double height, double axisY, Double meanX, String meanText) {
  }

  /**
   * The ranked chart of one year and group: the items in the API's order (by rank, those without one by score), a bar
   * per unit with a score, a row saying "no score" for a unit published with a rank only. {@code href} gives a unit's
   * link (its per-field view); {@code selected} is the chosen unit's key or null.
   */
  static Chart ranking(JsonArray items, Number mean, String selected, String lang, Function<String, String> href,
                       String noScore) {
    boolean en = "en".equals(lang);
    NumberFormat f = decimals(lang);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonObject it = items.getJsonObject(i);
      String key = it.getJsonObject("unit").getString("key");
      Number score = (Number) it.getValue("score_percent");
      Double v = score == null ? null : score.doubleValue();
      Integer rank = it.getInteger("rank");
      double y = TOP + i * ROW;
      double w = v == null ? 0 : round(PLOT_WIDTH * v / 100.0);
      bars.add(new Bar(key, rank == null ? "–" : String.valueOf(rank),
        it.getJsonObject("unit").getJsonObject("name").getString(en ? "en" : "vi"), v,
        v == null ? noScore : f.format(v), y, w, y + BAR - 3, PLOT_LEFT + w + 6, href.apply(key), key.equals(selected)));
    }
    List<Tick> ticks = new ArrayList<>();
    for (int p = 0; p <= 100; p += 25) {
      ticks.add(new Tick(PLOT_LEFT + PLOT_WIDTH * p / 100.0, p + " %"));
    }
    double axisY = TOP + items.size() * ROW;
    return new Chart(bars, ticks, axisY + 24, axisY, mean == null ? null : round(PLOT_LEFT + PLOT_WIDTH
      * mean.doubleValue() / 100.0), mean == null ? null : f.format(mean.doubleValue()));
  }

  /** A unit's per-field chart: one bar per field, its width the field's points over its maximum. */
  static Chart fields(JsonArray fields, String lang) {
    boolean en = "en".equals(lang);
    NumberFormat f = decimals(lang);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      JsonObject fd = fields.getJsonObject(i);
      double points = ((Number) fd.getValue("points", 0)).doubleValue();
      double max = ((Number) fd.getValue("max_points")).doubleValue();
      double w = max <= 0 ? 0 : round(FIELD_WIDTH * points / max);
      double y = 26 + i * FIELD_ROW;
      bars.add(new Bar(fd.getString("code"), fd.getString("code"),
        fd.getJsonObject("name").getString(en ? "en" : "vi"), points, f.format(points) + " / " + f.format(max),
        y, w, y - 6, FIELD_LEFT + FIELD_WIDTH + 8, null, false));
    }
    return new Chart(bars, List.of(), 12 + fields.size() * FIELD_ROW, 0, null, null);
  }

  /** Numbers with up to two decimals, as the page's language writes them (92,18 / 92.18). */
  static NumberFormat decimals(String lang) {
    NumberFormat f = NumberFormat.getNumberInstance("en".equals(lang) ? Locale.ENGLISH : DatasetPage.VI);
    f.setMaximumFractionDigits(2);
    f.setGroupingUsed(false);
    return f;
  }

  /** The host of a source URL, as a link's short text ({@code en.baochinhphu.vn}); the URL when it has none. */
  static String host(String url) {
    try {
      String h = URI.create(url).getHost();
      return h == null ? url : h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
