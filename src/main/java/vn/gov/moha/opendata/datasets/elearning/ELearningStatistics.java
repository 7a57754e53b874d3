package vn.gov.moha.opendata.datasets.elearning;

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
 * The open completion statistics of the e-learning (elearning.statistic): completions by year, in total, by course
 * and by the learners' agency; every cell suppressed against its margins. Rewritten in the same transaction as every
 * completion, and once at start (the demo data is loaded by SQL).
 */
public final class ELearningStatistics {
  static final List<Slice> SLICES = List.of(new Slice("total", List.of("year")),
    new Slice("course", List.of("year", "course")), new Slice("body", List.of("year", "body")));
  static final PublishedTables TABLES = new PublishedTables("elearning.statistic", CompletionsRdf.NAME,
    "SELECT year::text AS year, course, body FROM elearning.statistic_source", SLICES);
  private static final String DOMAINS = "SELECT (SELECT array_agg(code ORDER BY code) FROM elearning.course) "
    + "AS course, (SELECT array_agg(code ORDER BY sort) FROM elearning.body) AS body";

  private ELearningStatistics() {
  }

  /** Recomputes the statistics in the caller's transaction; the number of cells that changed. */
  public static Future<Integer> refresh(WorkerExecutor worker, SqlClient c) {
    return c.query(DOMAINS).execute().compose(rs -> {
      Row r = rs.iterator().next();
      return TABLES.refresh(worker, c, Map.of("course", Arrays.asList(r.getArrayOfStrings("course")),
        "body", Arrays.asList(r.getArrayOfStrings("body"))));
    });
  }
}
