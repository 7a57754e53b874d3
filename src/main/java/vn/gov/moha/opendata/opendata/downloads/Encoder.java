package vn.gov.moha.opendata.opendata.downloads;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.opendata.DownloadFormat;
import vn.gov.moha.opendata.platform.rdf.Uris;

/**
 * Turns batches of rows into the bytes of one download format, written to its {@link Chunks} (called on the rdf
 * worker pool, one batch at a time, never concurrently).
 */
interface Encoder {
  void start() throws Exception;

  void rows(RowSet<Row> rows) throws Exception;

  void finish() throws Exception;

  /** The encoder of a format; {@code english} selects the English CSV header. */
  static Encoder of(DownloadFormat format, DatasetModule dataset, boolean english, Chunks chunks, Uris uris) {
    return switch (format) {
      case CSV -> new CsvEncoder(dataset, english, chunks, uris);
      case JSON, NDJSON -> new JsonEncoder(dataset, format == DownloadFormat.NDJSON, chunks, uris);
      case NT, TTL -> new RdfEncoder(dataset, format, chunks, uris);
    };
  }

  /** Whether a format is written from the dataset's table (the others from its full SELECT and triples). */
  static boolean tabular(DownloadFormat format) {
    return !format.rdf();
  }
}
