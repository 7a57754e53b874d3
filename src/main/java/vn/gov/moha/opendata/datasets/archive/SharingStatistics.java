package vn.gov.moha.opendata.datasets.archive;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.gov.moha.opendata.platform.db.Where;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.privacy.SmallCells;
import vn.gov.moha.opendata.platform.privacy.SmallCells.Cell;
import vn.gov.moha.opendata.platform.privacy.SmallCells.Result;

/**
 * The open statistics of the sharing activity, from {@code archive.open_sharing_stats} (no agency, no person): the
 * requests by month of request, by type of requesting agency or by outcome; with month and agency type, the
 * outcomes of each row (approved — delivered or not —, refused, withdrawn, pending) and the median calendar days from
 * the request to the answer. Counts go through {@link SmallCells} (rows and outcome columns are both published
 * groups); a median is published only over at least {@value SmallCells#THRESHOLD} answered requests of a row whose
 * count is shown.
 */
final class SharingStatistics {
  static final List<String> OUTCOMES = List.of("approved", "refused", "withdrawn", "pending");
  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  /** dimension → the key column of open_sharing_stats s. */
  private static final Map<String, String> DIMENSIONS = Map.of("month", "s.month", "agency_type", "s.agency_type",
    "outcome", "s.outcome");

  private final Pool pool;

  SharingStatistics(Pool pool) {
    this.pool = pool;
  }

  void handle(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    String by = Requests.str(q, "by") == null ? "month" : Requests.str(q, "by");
    String key = DIMENSIONS.get(by);
    Where where = new Where().eq("s.year", Requests.integer(q, "year"))
      .eq("s.agency_type", Requests.str(q, "agency_type"));
    String cells = "SELECT " + key + " AS k, s.outcome, count(*) AS n FROM archive.open_sharing_stats s"
      + where.clause() + " GROUP BY 1, 2 ORDER BY 1, 2";
    String medians = "SELECT " + key + " AS k, count(s.days_to_answer) AS answered, "
      + "percentile_cont(0.5) WITHIN GROUP (ORDER BY s.days_to_answer) AS median FROM archive.open_sharing_stats s"
      + where.clause() + " GROUP BY 1";
    String labels = "SELECT code, name_vi, name_en FROM archive.agency_type";
    pool.preparedQuery(cells).execute(where.tuple())
      .compose(c -> pool.preparedQuery(medians).execute(where.tuple())
        .compose(m -> pool.query(labels).execute().map(l -> answer(by, c, m, l))))
      .onSuccess(body -> rc.response().putHeader("Content-Type", ArchiveApi.JSON)
        .putHeader("Cache-Control", "public, max-age=300").end(body.encode()))
      .onFailure(rc::fail);
  }

  private static JsonObject answer(String by, Iterable<Row> cellRows, Iterable<Row> medianRows, Iterable<Row> labels) {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (Row r : cellRows) {
      counts.computeIfAbsent(r.getString("k"), k -> new HashMap<>()).put(r.getString("outcome"), r.getLong("n"));
    }
    Map<String, Row> median = new HashMap<>();
    medianRows.forEach(r -> median.put(r.getString("k"), r));
    Map<String, JsonObject> names = new HashMap<>();
    labels.forEach(l -> names.put(l.getString("code"), new JsonObject().put("vi", l.getString("name_vi"))
      .put("en", l.getString("name_en"))));
    boolean byOutcome = by.equals("outcome");
    List<Cell> cells = new ArrayList<>();
    counts.forEach((k, row) -> {
      for (String o : byOutcome ? List.of(k) : OUTCOMES) {
        cells.add(new Cell(List.of(k, o), row.getOrDefault(o, 0L)));
      }
    });
    List<Function<Cell, ?>> groupings = byOutcome ? List.of(c -> "all")
      : List.of(c -> c.key().get(0), c -> c.key().get(1));
    List<Result> results = SmallCells.suppress(cells, groupings);
    Map<String, JsonObject> items = new LinkedHashMap<>();
    Map<String, Long> columnTotals = new LinkedHashMap<>();
    long total = 0;
    for (int i = 0; i < results.size(); i++) {
      Result res = results.get(i);
      String k = res.key().get(0);
      String o = res.key().get(1);
      JsonObject item = items.computeIfAbsent(k, x -> {
        JsonObject it = new JsonObject();
        if (by.equals("agency_type")) {
          it.put("agency_type", new JsonObject().put("code", x).put("label", names.get(x)));
        } else {
          it.put(by, x);
        }
        return it.put("suppressed", new JsonArray());
      });
      long count = cells.get(i).count();
      columnTotals.merge(o, count, Long::sum);
      total += count;
      if (!byOutcome) {
        item.put(o, res.count());
      }
      if (res.suppressed()) {
        item.getJsonArray("suppressed").add(byOutcome ? "requests" : o);
      }
    }
    JsonArray out = new JsonArray();
    items.forEach((k, item) -> {
      long requests = counts.get(k).values().stream().mapToLong(Long::longValue).sum();
      Long shown = SmallCells.publishable(requests);
      item.put("requests", shown);
      if (!byOutcome) {
        Row m = median.get(k);
        boolean enough = shown != null && m != null && m.getLong("answered") >= SmallCells.THRESHOLD;
        item.put("median_days_to_answer", enough ? round(m.getDouble("median")) : null);
      }
      out.add(item);
    });
    JsonObject totals = new JsonObject().put("requests", SmallCells.publishable(total));
    if (!byOutcome) {
      OUTCOMES.forEach(o -> totals.put(o, SmallCells.publishable(columnTotals.getOrDefault(o, 0L))));
    }
    return new JsonObject().put("dimension", by).put("as_of", LocalDate.now(ZONE).toString())
      .put("threshold", SmallCells.THRESHOLD).put("items", out).put("total", totals);
  }

  private static Double round(Double v) {
    return v == null ? null : BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }
}
