package vn.gov.moha.opendata.opendata.downloads;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts downloads per dataset, format and day (Vietnam time) into {@code catalog.download_count}, for "most
 * downloaded": nothing about who downloaded (no address, agent, key or time of day) is kept, not even in memory.
 * Counts accumulate in memory and are added to the table every {@link #FLUSH_MS} ms by one statement, so that
 * concurrent downloads never wait on the lock of a hot row; a stop flushes what is left. A flush that fails keeps its
 * counts for the next one.
 */
public final class DownloadCounter {
  private static final Logger LOG = LoggerFactory.getLogger(DownloadCounter.class);
  public static final long FLUSH_MS = 2000;
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String ADD = "INSERT INTO catalog.download_count (dataset, format, day, count) "
    + "SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::bigint[]) "
    + "ON CONFLICT (dataset, format, day) DO UPDATE SET count = catalog.download_count.count + EXCLUDED.count";

  private record Key(String dataset, String format, LocalDate day) {
  }

  private final Vertx vertx;
  private final Pool pool;
  private final long timer;
  private Map<Key, Long> pending = new HashMap<>();

  /** Starts the periodic flush (on the calling verticle's context). */
  public DownloadCounter(Vertx vertx, Pool pool) {
    this.vertx = vertx;
    this.pool = pool;
    this.timer = vertx.setPeriodic(FLUSH_MS, id -> flush());
  }

  /** One more download of a dataset in a format, today. */
  public synchronized void count(String dataset, String format) {
    pending.merge(new Key(dataset, format, LocalDate.now(VIETNAM)), 1L, Long::sum);
  }

  private synchronized Map<Key, Long> takePending() {
    Map<Key, Long> taken = pending;
    pending = new HashMap<>();
    return taken;
  }

  private synchronized void putBack(Map<Key, Long> counts) {
    counts.forEach((k, n) -> pending.merge(k, n, Long::sum));
  }

  /** Adds the counts so far to the table. */
  public Future<Void> flush() {
    Map<Key, Long> counts = takePending();
    if (counts.isEmpty()) {
      return Future.succeededFuture();
    }
    int n = counts.size();
    String[] datasets = new String[n];
    String[] formats = new String[n];
    LocalDate[] days = new LocalDate[n];
    Long[] values = new Long[n];
    int i = 0;
    for (Map.Entry<Key, Long> e : counts.entrySet()) {
      datasets[i] = e.getKey().dataset();
      formats[i] = e.getKey().format();
      days[i] = e.getKey().day();
      values[i++] = e.getValue();
    }
    return pool.preparedQuery(ADD).execute(Tuple.of(datasets, formats, days, values)).<Void>mapEmpty()
      .onFailure(e -> {
        LOG.warn("download counts not saved yet ({} rows), retried at the next flush", n, e);
        putBack(counts);
      });
  }

  /** Stops the timer and saves what is left. */
  public Future<Void> close() {
    vertx.cancelTimer(timer);
    return flush();
  }
}
