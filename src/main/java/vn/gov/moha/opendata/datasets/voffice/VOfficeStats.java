package vn.gov.moha.opendata.datasets.voffice;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.moha.opendata.platform.db.Where;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.privacy.SmallCells;
import vn.gov.moha.opendata.platform.privacy.SmallCells.Cell;
import vn.gov.moha.opendata.platform.privacy.SmallCells.Result;
import vn.gov.moha.opendata.platform.rdf.Uris;

/**
 * The open statistics of VOffice: documents received and issued per month (Vietnam date of arrival or issue), by
 * type and by channel (through the national document exchange axis or not), kept in {@code voffice.stat_cell} and
 * read through {@code voffice.open_stat}.
 *
 * <p>A month and direction is one group: its total is published, and so are two breakdowns that each add up to it —
 * the types, and the two channels. Each breakdown goes through {@link SmallCells#suppress} within the group (a count
 * of 1 to 4 documents is hidden, with the complements that keep it from being recovered by subtraction), the total
 * through {@link SmallCells#publishable}. Who writes a document recomputes its group in the same transaction, after
 * locking the group's row in {@code voffice.stat_group}, so two writers of one month cannot leave a stale count; the
 * changed cells get an outbox event for the RDF store.
 */
public final class VOfficeStats {
  static final String PATH = "/api/v1/statistics/voffice-documents";
  static final String TOTAL = "_T";
  static final String AXIS = "national_axis";
  static final String OTHER = "other";
  private static final String LOCK = "INSERT INTO voffice.stat_group (month, direction) VALUES ($1, $2) "
    + "ON CONFLICT DO NOTHING";
  private static final String LOCKED = "SELECT 1 FROM voffice.stat_group WHERE month = $1 AND direction = $2 "
    + "FOR UPDATE";
  private static final Map<String, String> COUNT = Map.of(
    "incoming", "SELECT type_code, via_axis, count(*) AS n, bool_or(origin = 'generated') AS generated "
      + "FROM voffice.incoming WHERE arrival_date >= $1 AND arrival_date < ($1 + interval '1 month')::date "
      + "GROUP BY 1, 2",
    "outgoing", "SELECT type_code, via_axis, count(*) AS n, bool_or(origin = 'generated') AS generated "
      + "FROM voffice.outgoing WHERE issued_date >= $1 AND issued_date < ($1 + interval '1 month')::date "
      + "GROUP BY 1, 2");
  /** Upserts the cells of a group; the ids of the cells that changed come back (their outbox events). */
  private static final String UPSERT = "INSERT INTO voffice.stat_cell AS s (month, direction, type_code, channel, "
    + "count, suppressed, generated) SELECT $1, $2, t, c, n, x, g FROM unnest($3::text[], $4::text[], $5::int[], "
    + "$6::boolean[], $7::boolean[]) AS u(t, c, n, x, g) ON CONFLICT (month, direction, type_code, channel) DO UPDATE "
    + "SET count = EXCLUDED.count, suppressed = EXCLUDED.suppressed, generated = EXCLUDED.generated, "
    + "modified_at = now() WHERE (s.count, s.suppressed, s.generated) IS DISTINCT FROM "
    + "(EXCLUDED.count, EXCLUDED.suppressed, EXCLUDED.generated) RETURNING id";
  private static final String OUTBOX = "INSERT INTO platform.outbox (dataset, entity_id, operation, payload) "
    + "SELECT '" + VOfficeRdf.NAME + "', id::text, 'update', jsonb_build_object('id', id) FROM unnest($1::bigint[]) id";
  private static final String GROUPS = "SELECT DISTINCT date_trunc('month', arrival_date)::date AS month, "
    + "'incoming' AS direction FROM voffice.incoming UNION SELECT DISTINCT date_trunc('month', issued_date)::date, "
    + "'outgoing' FROM voffice.outgoing ORDER BY 1, 2";
  private static final String OPEN = "SELECT key, month_key, direction, type_code, type_vi, type_en, channel, count, "
    + "suppressed, origin FROM voffice.open_stat";

  private final Pool pool;
  private final Uris uris;

  VOfficeStats(Pool pool, Uris uris) {
    this.pool = pool;
    this.uris = uris;
  }

  /** The first day of the month of a date. */
  static LocalDate month(LocalDate day) {
    return day.withDayOfMonth(1);
  }

  /** Recomputes one month and direction within the caller's transaction (which wrote a document there). */
  static Future<Void> refresh(SqlClient c, LocalDate month, String direction) {
    return c.preparedQuery(LOCK).execute(Tuple.of(month, direction))
      .compose(v -> c.preparedQuery(LOCKED).execute(Tuple.of(month, direction)))
      .compose(v -> c.preparedQuery(COUNT.get(direction)).execute(Tuple.of(month)))
      .compose(rows -> {
        List<Object[]> cells = cells(rows);
        Tuple t = Tuple.of(month, direction, column(cells, 0, String.class), column(cells, 1, String.class),
          column(cells, 2, Integer.class), column(cells, 3, Boolean.class), column(cells, 4, Boolean.class));
        return c.preparedQuery(UPSERT).execute(t);
      })
      .compose(changed -> {
        List<Long> ids = new ArrayList<>();
        changed.forEach(r -> ids.add(r.getLong(0)));
        return ids.isEmpty() ? Future.succeededFuture()
          : c.preparedQuery(OUTBOX).execute(Tuple.of(ids.toArray(new Long[0]))).mapEmpty();
      });
  }

  /** Recomputes every month and direction that has documents (after the demo is seeded), one after the other. */
  public static Future<Void> rebuild(SqlClient c) {
    return c.query(GROUPS).execute().compose(groups -> {
      Future<Void> chain = Future.succeededFuture();
      for (Row g : groups) {
        chain = chain.compose(v -> refresh(c, g.getLocalDate("month"), g.getString("direction")));
      }
      return chain;
    });
  }

  /**
   * The cells of a group from its counts per type and channel: {type, channel, count, suppressed, generated}, the
   * types first, then the channels, then the total.
   */
  private static List<Object[]> cells(Iterable<Row> rows) {
    Map<String, long[]> types = new LinkedHashMap<>();
    long[] channels = new long[2];
    boolean generated = false;
    for (Row r : rows) {
      long n = r.getLong("n");
      types.computeIfAbsent(r.getString("type_code"), k -> new long[1])[0] += n;
      channels[r.getBoolean("via_axis") ? 0 : 1] += n;
      generated |= r.getBoolean("generated");
    }
    List<Cell> byType = new ArrayList<>();
    types.forEach((type, n) -> byType.add(new Cell(List.of(type), n[0])));
    List<Cell> byChannel = List.of(new Cell(List.of(AXIS), channels[0]), new Cell(List.of(OTHER), channels[1]));
    List<Object[]> out = new ArrayList<>();
    for (Result r : SmallCells.suppress(byType, cell -> "month")) {
      out.add(new Object[] {r.key().get(0), TOTAL, count(byType, r), r.suppressed(), generated});
    }
    for (Result r : SmallCells.suppress(byChannel, cell -> "month")) {
      out.add(new Object[] {TOTAL, r.key().get(0), count(byChannel, r), r.suppressed(), generated});
    }
    long total = channels[0] + channels[1];
    out.add(new Object[] {TOTAL, TOTAL, (int) total, SmallCells.publishable(total) == null, generated});
    return out;
  }

  private static int count(List<Cell> cells, Result r) {
    return (int) cells.stream().filter(c -> c.key().equals(r.key())).findFirst().orElseThrow().count();
  }

  @SuppressWarnings("unchecked")
  private static <T> T[] column(List<Object[]> cells, int i, Class<T> type) {
    T[] out = (T[]) java.lang.reflect.Array.newInstance(type, cells.size());
    for (int k = 0; k < cells.size(); k++) {
      out[k] = type.cast(cells.get(k)[i]);
    }
    return out;
  }

  /**
   * {@code GET /api/v1/statistics/voffice-documents}: the published cells, per month and direction, as
   * {@code by=month} (the totals), {@code type} or {@code channel}; suppressed cells with a null count.
   */
  void statistics(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    String by = Requests.str(q, "by") == null ? "month" : Requests.str(q, "by");
    Where where = new Where().eq("direction", Requests.str(q, "direction")).eq("year", Requests.integer(q, "year"));
    where.and(switch (by) {
      case "type" -> "type_code <> '" + TOTAL + "'";
      case "channel" -> "channel <> '" + TOTAL + "'";
      default -> "type_code = '" + TOTAL + "' AND channel = '" + TOTAL + "'";
    });
    pool.preparedQuery(OPEN + where.clause() + " ORDER BY month, direction, type_sort NULLS LAST, channel")
      .execute(where.tuple()).onSuccess(rows -> {
        JsonArray items = new JsonArray();
        for (Row r : rows) {
          items.add(item(r));
        }
        rc.response().putHeader("Content-Type", VOfficeApi.JSON).putHeader("Cache-Control", "public, max-age=300")
          .end(new JsonObject().put("by", by).put("threshold", SmallCells.THRESHOLD).put("items", items).encode());
      }).onFailure(rc::fail);
  }

  private JsonObject item(Row r) {
    String type = r.getString("type_code");
    String channel = r.getString("channel");
    return new JsonObject()
      .put("key", r.getString("key"))
      .put("uri", uris.of("/id/" + VOfficeRdf.NAME + "/" + r.getString("key")))
      .put("month", r.getString("month_key"))
      .put("direction", r.getString("direction"))
      .put("type", TOTAL.equals(type) ? null : new JsonObject().put("code", type)
        .put("label", new JsonObject().put("vi", r.getString("type_vi")).put("en", r.getString("type_en"))))
      .put("channel", TOTAL.equals(channel) ? null : channel)
      .put("count", r.getInteger("count"))
      .put("suppressed", r.getBoolean("suppressed"))
      .put("generated", "generated".equals(r.getString("origin")));
  }
}
