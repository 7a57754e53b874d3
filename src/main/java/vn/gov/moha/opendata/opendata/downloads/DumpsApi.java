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
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.moha.opendata.opendata.LinkedDataset;
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

  private final Pool pool;
  private final WorkerExecutor rdf;
  private final Uris uris;
  private final Map<String, LinkedDataset> datasets;

  public DumpsApi(Pool pool, WorkerExecutor rdf, Uris uris, List<LinkedDataset> datasets) {
    this.pool = pool;
    this.rdf = rdf;
    this.uris = uris;
    this.datasets = datasets.stream().collect(java.util.stream.Collectors.toMap(LinkedDataset::name, d -> d));
  }

  public Map<String, Handler<RoutingContext>> handlers() {
    return Map.of("downloadDataset", this::download);
  }

  /** The syntaxes a dump comes in: both stream (one subject's triples in memory at a time). */
  enum Syntax {
    NT("application/n-triples", RDFFormat.NTRIPLES_UTF8), TTL("text/turtle; charset=utf-8", RDFFormat.TURTLE_BLOCKS);

    final String contentType;
    final RDFFormat format;

    Syntax(String contentType, RDFFormat format) {
      this.contentType = contentType;
      this.format = format;
    }
  }

  private void download(RoutingContext rc) {
    String file = Requests.validated(rc).getPathParameters().get("file").getString();
    int dot = file.lastIndexOf('.');
    LinkedDataset d = datasets.get(file.substring(0, dot));
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
   * When the dataset last changed: its newest record or its newest tombstone (a deletion changes the dump without
   * changing any remaining record).
   */
  private Future<OffsetDateTime> version(LinkedDataset d) {
    return pool.preparedQuery("SELECT greatest((SELECT max(r.modified_at) FROM (" + d.select("true").replaceFirst(
        " ORDER BY r\\.[a-z_]+$", "") + ") r), (SELECT max(deleted_at) FROM platform.tombstone WHERE dataset = $1)) AS v")
      .execute(Tuple.of(d.name()))
      .map(rs -> Optional.ofNullable(rs.iterator().next().getOffsetDateTime("v"))
        .orElse(OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)));
  }

  private Future<Void> stream(LinkedDataset d, Syntax syntax, HttpServerResponse res) {
    return pool.withTransaction(conn -> conn.prepare(d.select("true")).compose(ps -> {
      Cursor cursor = ps.cursor();
      Chunks chunks = new Chunks();
      StreamRDF writer = StreamRDFWriter.getWriterStream(chunks, syntax.format);
      return rdf.executeBlocking(() -> {
        writer.start();
        Vocab.PREFIXES.getNsPrefixMap().forEach(writer::prefix);
        return chunks.take();
      }, true).compose(head -> write(res, head)).compose(v -> pump(cursor, d, writer, chunks, res))
        .compose(v -> rdf.executeBlocking(() -> {
          writer.finish();
          return chunks.take();
        }, true))
        .compose(tail -> write(res, tail))
        .compose(v -> res.end())
        .eventually(cursor::close);
    }));
  }

  /** Reads a batch, writes it, waits for the socket to drain, repeats until the cursor is exhausted. */
  private Future<Void> pump(Cursor cursor, LinkedDataset d, StreamRDF writer, Chunks chunks, HttpServerResponse res) {
    return cursor.read(BATCH).compose((RowSet<Row> rows) -> rdf.executeBlocking(() -> {
        Triples out = new Triples(writer);
        for (Row row : rows) {
          d.describe(row, uris, out);
        }
        return chunks.take();
      }, true))
      .compose(bytes -> write(res, bytes))
      .compose(v -> cursor.hasMore() ? pump(cursor, d, writer, chunks, res) : Future.succeededFuture());
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
