package vn.gov.moha.opendata.platform.privacy;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.gov.moha.opendata.platform.privacy.SmallCells.Cell;
import vn.gov.moha.opendata.platform.privacy.SmallCells.Result;

/**
 * The open statistics of a dataset built on personal data, as a set of published tables ("slices") of one count,
 * kept in a table of the dataset's schema that its open view and its {@code DatasetModule} read. Each slice is the
 * full cross of the domains of some dimensions (zeros included, so that a cell's URI never goes away), its counts
 * summed from one source row per person, then suppressed with {@link SmallCells} against every margin of the slice
 * (every coarser grouping of its dimensions, the grand total included): a figure published anywhere else as a
 * margin cannot give a hidden cell back by subtraction. The table ({@code id, key, slice, dims jsonb, count,
 * suppressed, modified_at}) is rewritten by {@link #refresh} in the caller's transaction; rows whose count or
 * suppression changed get an outbox event, rows are never deleted.
 *
 * @param table   the dataset's statistic table (a constant of the dataset, never input)
 * @param dataset the dataset name of the outbox events
 * @param source  a query of one row per counted person with a text column per dimension (named as the dimensions)
 * @param slices  the published tables
 */
public record PublishedTables(String table, String dataset, String source, List<Slice> slices) {

  /** A published table: its name (the first part of its cells' keys) and its dimensions, in key order. */
  public record Slice(String name, List<String> dimensions) {
  }

  /** One published cell: its key ({@code field-2024-cntt-yes}), slice, dimension values, count or null. */
  public record Observation(String key, String slice, JsonObject dims, Long count, boolean suppressed) {
  }

  /**
   * Every cell of every slice from the source rows, suppressed. {@code domains} lists each dimension's values (a
   * code list, the years seen); a source value outside its domain is added to it.
   */
  public List<Observation> compute(List<Map<String, String>> rows, Map<String, List<String>> domains) {
    Map<String, List<String>> domain = new HashMap<>();
    domains.forEach((d, values) -> domain.put(d, new ArrayList<>(values)));
    for (Map<String, String> r : rows) {
      r.forEach((d, v) -> {
        List<String> values = domain.computeIfAbsent(d, k -> new ArrayList<>());
        if (!values.contains(v)) {
          values.add(v);
        }
      });
    }
    List<Observation> out = new ArrayList<>();
    for (Slice s : slices) {
      Map<List<String>, Long> counts = new HashMap<>();
      for (Map<String, String> r : rows) {
        counts.merge(s.dimensions().stream().map(r::get).toList(), 1L, Long::sum);
      }
      List<Cell> cells = new ArrayList<>();
      for (List<String> key : cross(s.dimensions(), domain)) {
        cells.add(new Cell(key, counts.getOrDefault(key, 0L)));
      }
      for (Result r : SmallCells.suppress(cells, margins(s.dimensions().size()))) {
        JsonObject dims = new JsonObject();
        for (int i = 0; i < r.key().size(); i++) {
          dims.put(s.dimensions().get(i), r.key().get(i));
        }
        out.add(new Observation(key(s.name(), r.key()), s.name(), dims, r.count(), r.suppressed()));
      }
    }
    return out;
  }

  /** A cell's key: the slice and its values, lower case, underscores as hyphens. */
  static String key(String slice, List<String> values) {
    StringBuilder sb = new StringBuilder(slice);
    values.forEach(v -> sb.append('-').append(v.toLowerCase(Locale.ROOT).replace('_', '-')));
    return sb.toString();
  }

  /** Every proper sub-grouping of n dimensions (the empty one: the grand total), as a function of a cell. */
  static List<Function<Cell, ?>> margins(int n) {
    List<Function<Cell, ?>> out = new ArrayList<>();
    for (int mask = 0; mask < (1 << n) - 1; mask++) {
      final int m = mask;
      out.add(c -> {
        List<String> g = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          g.add((m & (1 << i)) != 0 ? c.key().get(i) : "*");
        }
        return g;
      });
    }
    return out;
  }

  private static List<List<String>> cross(List<String> dims, Map<String, List<String>> domain) {
    List<List<String>> out = new ArrayList<>();
    out.add(List.of());
    for (String d : dims) {
      List<List<String>> next = new ArrayList<>();
      for (List<String> prefix : out) {
        for (String v : domain.getOrDefault(d, List.of())) {
          List<String> k = new ArrayList<>(prefix);
          k.add(v);
          next.add(k);
        }
      }
      out = next;
    }
    return out;
  }

  /**
   * Recomputes every cell from the source in the caller's transaction and stores what changed, with an outbox event
   * per changed cell; {@code domains} as in {@link #compute}; the suppression runs on {@code worker}, off the event
   * loop. Returns the number of cells that changed.
   */
  public Future<Integer> refresh(WorkerExecutor worker, SqlClient c, Map<String, List<String>> domains) {
    return c.query(source).execute().compose(rs -> {
      List<Map<String, String>> rows = new ArrayList<>(rs.size());
      List<String> columns = rs.columnsNames();
      for (Row r : rs) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
          Object v = r.getValue(i);
          m.put(columns.get(i), v == null ? "" : String.valueOf(v));
        }
        rows.add(m);
      }
      return worker.executeBlocking(() -> compute(rows, domains), false);
    }).compose(cells -> {
      String[] keys = new String[cells.size()];
      String[] names = new String[cells.size()];
      String[] dims = new String[cells.size()];
      Long[] counts = new Long[cells.size()];
      Boolean[] hidden = new Boolean[cells.size()];
      for (int i = 0; i < cells.size(); i++) {
        Observation o = cells.get(i);
        keys[i] = o.key();
        names[i] = o.slice();
        dims[i] = o.dims().encode();
        counts[i] = o.count();
        hidden[i] = o.suppressed();
      }
      String sql = "WITH n AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bool[]) "
        + "AS n(key, slice, dims, count, suppressed)), up AS (INSERT INTO " + table + " AS t (key, slice, dims, "
        + "count, suppressed) SELECT key, slice, dims::jsonb, count, suppressed FROM n ON CONFLICT (key) DO UPDATE "
        + "SET count = excluded.count, suppressed = excluded.suppressed, modified_at = now() "
        + "WHERE (t.count, t.suppressed) IS DISTINCT FROM (excluded.count, excluded.suppressed) RETURNING t.id) "
        + "INSERT INTO platform.outbox (dataset, entity_id, operation, payload) SELECT $6, id::text, 'update', "
        + "jsonb_build_object('id', id) FROM up";
      return c.preparedQuery(sql).execute(Tuple.of(keys, names, dims, counts, hidden, dataset))
        .map(r -> r.rowCount());
    });
  }
}
