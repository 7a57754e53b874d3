package vn.gov.moha.opendata.datasets.talent;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.gov.moha.opendata.platform.privacy.PublishedTables;
import vn.gov.moha.opendata.platform.privacy.PublishedTables.Slice;

/**
 * The open statistics of the candidates (talent.statistic): by graduation year and recruited or not, in total and
 * by field of training, province and category; every cell suppressed against its margins. Rewritten in the same
 * transaction as every change of a profile, and once at start (the demo data is loaded by SQL).
 */
public final class TalentStatistics {
  /** The slices as the statistics API names them ({@code by}). */
  static final List<Slice> SLICES = List.of(new Slice("total", List.of("year", "recruited")),
    new Slice("field", List.of("year", "field", "recruited")),
    new Slice("province", List.of("year", "province", "recruited")),
    new Slice("category", List.of("year", "category", "recruited")));
  static final PublishedTables TABLES = new PublishedTables("talent.statistic", TalentRdf.NAME,
    "SELECT year::text AS year, field, province, category, recruited FROM talent.statistic_source", SLICES);
  private static final String DOMAINS = "SELECT (SELECT array_agg(code ORDER BY sort) FROM talent.field) AS field, "
    + "(SELECT array_agg(key ORDER BY code) FROM platform.province WHERE valid_from IS NOT NULL) AS province, "
    + "(SELECT array_agg(code ORDER BY sort) FROM talent.category) AS category, "
    + "(SELECT array_agg(DISTINCT graduation_year::text) FROM talent.profile) AS year";

  private TalentStatistics() {
  }

  /** Recomputes the statistics in the caller's transaction; the number of cells that changed. */
  public static Future<Integer> refresh(WorkerExecutor worker, SqlClient c) {
    return c.query(DOMAINS).execute().compose(rs -> {
      Row r = rs.iterator().next();
      return TABLES.refresh(worker, c, Map.of("field", list(r, "field"), "province", list(r, "province"),
        "category", list(r, "category"), "year", list(r, "year"), "recruited", List.of("yes", "no")));
    });
  }

  private static List<String> list(Row r, String column) {
    String[] values = r.getArrayOfStrings(column);
    return values == null ? List.of() : Arrays.asList(values);
  }
}
