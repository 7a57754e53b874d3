package vn.gov.moha.opendata.opendata.downloads;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Cursor;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.opendata.Table;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.rdf.Triples;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.Vocab;

/**
 * Whole-dataset dumps ({@code /downloads/{dataset}.nt} and {@code .ttl}), streamed from PostgreSQL in constant
 * memory: a server-side cursor reads {@value #BATCH} records at a time (ordered by subject), the rdf worker pool turns
 * them into N-Triples or Turtle with Jena's streaming writers, the response takes the bytes with back-pressure (the
 * next batch is read only when the socket drained). Status and headers (ETag, Last-Modified) go out before the first
 * byte; a failure after that aborts the connection, so a client never mistakes a truncated dump for a whole one.
 */
public final class DumpsApi {
  private static final Logger LOG = LoggerFactory.getLogger(DumpsApi.class);
  static final int BATCH = 500;
  static final String CSVW = ".csv-metadata.json";

  private final Pool pool;
  private final WorkerExecutor rdf;
  private final Uris uris;
  private final Map<String, DatasetModule> datasets;

  public DumpsApi(Pool pool, WorkerExecutor rdf, Uris uris, List<DatasetModule> datasets) {
    this.pool = pool;
    this.rdf = rdf;
    this.uris = uris;
    this.datasets = datasets.stream().collect(java.util.stream.Collectors.toMap(DatasetModule::name, d -> d));
  }

  public Map<String, Handler<RoutingContext>> handlers() {
    return Map.of("downloadDataset", this::download);
  }

  /**
   * The syntaxes a dump comes in, all streamed: N-Triples and Turtle (one subject's triples in memory at a time), CSV
   * (UTF-8 with a byte-order mark, so that Excel shows Vietnamese diacritics; a header row of Vietnamese titles).
   */
  enum Syntax {
    NT("application/n-triples", RDFFormat.NTRIPLES_UTF8), TTL("text/turtle; charset=utf-8", RDFFormat.TURTLE_BLOCKS),
    CSV("text/csv; charset=utf-8; header=present", null);

    final String contentType;
    final RDFFormat format;

    Syntax(String contentType, RDFFormat format) {
      this.contentType = contentType;
      this.format = format;
    }
  }

  private void download(RoutingContext rc) {
    String file = Requests.validated(rc).getPathParameters().get("file").getString();
    if (file.endsWith(CSVW)) {
      csvMetadata(rc, datasets.get(file.substring(0, file.length() - CSVW.length())));
      return;
    }
    int dot = file.lastIndexOf('.');
    DatasetModule d = datasets.get(file.substring(0, dot));
    Syntax syntax = Syntax.valueOf(file.substring(dot + 1).toUpperCase(java.util.Locale.ROOT));
    if (d == null) {
      throw ApiProblem.notFound("No dataset " + file.substring(0, dot) + ".");
    }
    version(d).onFailure(rc::fail).onSuccess(modified -> {
      String etag = "\"" + d.name() + "-" + syntax.name().toLowerCase(java.util.Locale.ROOT) + "-"
        + modified.toInstant().toEpochMilli() + "\"";
      HttpServerResponse res = rc.response();
      res.putHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.withOffsetSameInstant(
        ZoneOffset.UTC)));
      res.putHeader("Cache-Control", "public, max-age=300");
      if (Requests.notModified(rc, etag)) {
        return;
      }
      if (syntax == Syntax.CSV) {
        res.putHeader("Link", "<" + uris.of("/downloads/" + d.name() + CSVW)
          + ">; rel=\"describedby\"; type=\"application/csvm+json\"");
      }
      res.putHeader("Content-Type", syntax.contentType)
        .putHeader("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .setChunked(true);
      stream(d, syntax, res).onFailure(e -> {
        LOG.warn("dump {} aborted after the headers were sent", file, e);
        res.reset();
      });
    });
  }

  /**
   * The W3C CSVW metadata of a dataset's CSV: its columns with Vietnamese and English titles, the URI column as the
   * row's subject, the licence; what a CSVW-aware tool (or a person) needs to read the file.
   */
  private void csvMetadata(RoutingContext rc, DatasetModule d) {
    io.vertx.core.json.JsonArray columns = new io.vertx.core.json.JsonArray().add(new io.vertx.core.json.JsonObject()
      .put("name", "uri").put("titles", new io.vertx.core.json.JsonObject().put("vi", "URI").put("en", "URI"))
      .put("datatype", "anyURI").put("propertyUrl", "@id"));
    for (Table.Column c : d.table().columns()) {
      columns.add(new io.vertx.core.json.JsonObject().put("name", c.name())
        .put("titles", new io.vertx.core.json.JsonObject().put("vi", c.vi()).put("en", c.en())));
    }
    io.vertx.core.json.JsonObject meta = new io.vertx.core.json.JsonObject()
      .put("@context", new io.vertx.core.json.JsonArray().add("http://www.w3.org/ns/csvw")
        .add(new io.vertx.core.json.JsonObject().put("@language", "vi")))
      .put("url", uris.of("/downloads/" + d.name() + ".csv"))
      .put("dc:license", new io.vertx.core.json.JsonObject().put("@id",
        "https://creativecommons.org/licenses/by/4.0/"))
      .put("dialect", new io.vertx.core.json.JsonObject().put("encoding", "utf-8").put("header", true))
      .put("tableSchema", new io.vertx.core.json.JsonObject().put("columns", columns).put("primaryKey", "uri"));
    rc.response().putHeader("Cache-Control", "public, max-age=3600")
      .putHeader("Content-Type", "application/csvm+json").end(meta.encodePrettily());
  }

  /**
   * When the dataset last changed: its newest record or its newest tombstone (a deletion changes the dump without
   * changing any remaining record).
   */
  private Future<OffsetDateTime> version(DatasetModule d) {
    return pool.preparedQuery("SELECT greatest((SELECT max(r.modified_at) FROM (" + d.select("true").replaceFirst(
        " ORDER BY r\\.[a-z_]+$", "") + ") r), (SELECT max(deleted_at) FROM platform.tombstone WHERE dataset = $1)) AS v")
      .execute(Tuple.of(d.name()))
      .map(rs -> Optional.ofNullable(rs.iterator().next().getOffsetDateTime("v"))
        .orElse(OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)));
  }

  private Future<Void> stream(DatasetModule d, Syntax syntax, HttpServerResponse res) {
    Chunks chunks = new Chunks();
    Encoder encoder = syntax == Syntax.CSV ? new CsvEncoder(d, chunks, uris) : new RdfEncoder(d, syntax, chunks, uris);
    String sql = syntax == Syntax.CSV ? d.table().select() : d.select("true");
    return pool.withTransaction(conn -> conn.prepare(sql).compose(ps -> {
      Cursor cursor = ps.cursor();
      return rdf.executeBlocking(() -> {
        encoder.start();
        return chunks.take();
      }, true).compose(head -> write(res, head)).compose(v -> pump(cursor, encoder, chunks, res))
        .compose(v -> rdf.executeBlocking(() -> {
          encoder.finish();
          return chunks.take();
        }, true))
        .compose(tail -> write(res, tail))
        .compose(v -> res.end())
        .eventually(cursor::close);
    }));
  }

  /** Reads a batch, writes it, waits for the socket to drain, repeats until the cursor is exhausted. */
  private Future<Void> pump(Cursor cursor, Encoder encoder, Chunks chunks, HttpServerResponse res) {
    return cursor.read(BATCH).compose((RowSet<Row> rows) -> rdf.executeBlocking(() -> {
        encoder.rows(rows);
        return chunks.take();
      }, true))
      .compose(bytes -> write(res, bytes))
      .compose(v -> cursor.hasMore() ? pump(cursor, encoder, chunks, res) : Future.succeededFuture());
  }

  /** Turns batches of rows into the bytes of one syntax (called on the rdf worker pool, one batch at a time). */
  interface Encoder {
    void start() throws Exception;

    void rows(RowSet<Row> rows) throws Exception;

    void finish() throws Exception;
  }

  /** N-Triples or Turtle through Jena's streaming writers. */
  static final class RdfEncoder implements Encoder {
    private final DatasetModule dataset;
    private final Uris uris;
    private final StreamRDF writer;

    RdfEncoder(DatasetModule dataset, Syntax syntax, Chunks chunks, Uris uris) {
      this.dataset = dataset;
      this.uris = uris;
      this.writer = StreamRDFWriter.getWriterStream(chunks, syntax.format);
    }

    @Override
    public void start() {
      writer.start();
      Vocab.PREFIXES.getNsPrefixMap().forEach(writer::prefix);
    }

    @Override
    public void rows(RowSet<Row> rows) {
      Triples out = new Triples(writer);
      for (Row row : rows) {
        dataset.describe(row, uris, out);
      }
    }

    @Override
    public void finish() {
      writer.finish();
    }
  }

  /**
   * CSV through Apache Commons CSV: a byte-order mark, the Vietnamese header, one line per record, its linked-data URI
   * first.
   */
  static final class CsvEncoder implements Encoder {
    private final DatasetModule dataset;
    private final Uris uris;
    private final Table table;
    private final java.io.Writer out;
    private CSVPrinter printer;

    CsvEncoder(DatasetModule dataset, Chunks chunks, Uris uris) {
      this.dataset = dataset;
      this.uris = uris;
      this.table = dataset.table();
      this.out = new java.io.OutputStreamWriter(chunks, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void start() throws java.io.IOException {
      out.write('\uFEFF');
      printer = CSVFormat.RFC4180.builder()
        .setHeader(java.util.stream.Stream.concat(java.util.stream.Stream.of("URI"),
          table.columns().stream().map(Table.Column::vi)).toArray(String[]::new)).get().print(out);
      printer.flush();
    }

    @Override
    public void rows(RowSet<Row> rows) throws java.io.IOException {
      for (Row row : rows) {
        printer.print(uris.of(dataset.thingPath(row)));
        for (int i = 0; i < table.columns().size(); i++) {
          Object v = row.getValue(i);
          printer.print(v == null ? null : v instanceof String[] a ? String.join("; ", a) : v.toString());
        }
        printer.println();
      }
      printer.flush();
    }

    @Override
    public void finish() throws java.io.IOException {
      printer.close(true);
    }
  }

  private static Future<Void> write(HttpServerResponse res, Buffer bytes) {
    if (bytes.length() == 0) {
      return Future.succeededFuture();
    }
    Future<Void> written = res.write(bytes);
    if (!res.writeQueueFull()) {
      return written;
    }
    Promise<Void> drained = Promise.promise();
    res.drainHandler(v -> drained.tryComplete());
    res.exceptionHandler(drained::tryFail);
    res.closeHandler(v -> drained.tryFail("the client went away"));
    return drained.future();
  }

  /** An OutputStream whose bytes are taken after each batch (the writer's own buffer keeps at most a few KB). */
  static final class Chunks extends OutputStream {
    private Buffer current = Buffer.buffer(64 * 1024);

    @Override
    public void write(int b) {
      current.appendByte((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      current.appendBytes(b, off, len);
    }

    Buffer take() {
      Buffer out = current;
      current = Buffer.buffer(64 * 1024);
      return out;
    }
  }
}
