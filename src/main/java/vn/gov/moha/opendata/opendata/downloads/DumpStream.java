package vn.gov.moha.opendata.opendata.downloads;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.sqlclient.Cursor;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * One download streamed from PostgreSQL in constant memory: a server-side cursor reads {@value #BATCH} rows at a time,
 * the worker pool encodes them, the bytes go to the response (and, beside it, to the file being written) with
 * back-pressure on both: a batch is encoded only when the socket drained and the file write of the one before
 * completed, and the cursor reads at most one batch ahead of the encoder.
 */
final class DumpStream {
  static final int BATCH = 500;

  private DumpStream() {
  }

  /** Where a stream's bytes go: the response, and the file being written when the download is kept. */
  static final class Sink {
    private final HttpServerResponse res;
    private final DownloadFiles.Pending file;

    Sink(HttpServerResponse res, DownloadFiles.Pending file) {
      this.res = res;
      this.file = file;
    }

    Future<Void> write(Buffer bytes) {
      if (bytes.length() == 0) {
        return Future.succeededFuture();
      }
      return file == null ? send(bytes) : Future.all(file.write(bytes), send(bytes)).mapEmpty();
    }

    private Future<Void> send(Buffer bytes) {
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

    /**
     * The stream is complete: keep the file (a failure to keep it is only logged), then end the response, so that a
     * client who got the whole answer finds the file in place for its next request.
     */
    Future<Void> end() {
      Future<Void> kept = file == null ? Future.succeededFuture() : file.commit().otherwiseEmpty();
      return kept.compose(v -> res.end());
    }

    /** The stream failed: the file goes, and the connection is cut if the status was sent. */
    void abort() {
      if (file != null) {
        file.abort();
      }
      if (res.headWritten()) {
        res.reset();
      }
    }
  }

  /** Streams the rows of {@code sql} on {@code conn} (inside its transaction) through the encoder into the sink. */
  static Future<Void> run(SqlConnection conn, String sql, Tuple params, Encoder encoder, Chunks chunks,
                          WorkerExecutor worker, Sink sink) {
    return conn.prepare(sql).compose(ps -> {
      Cursor cursor = ps.cursor(params);
      return worker.executeBlocking(() -> {
        encoder.start();
        return chunks.take();
      }, true).compose(sink::write)
        .compose(v -> pump(cursor, encoder, chunks, worker, sink))
        .compose(v -> worker.executeBlocking(() -> {
          encoder.finish();
          return chunks.take();
        }, true))
        .compose(sink::write)
        .compose(v -> sink.end())
        .eventually(cursor::close);
    });
  }

  /**
   * Encodes a batch, writes it, waits for the sinks, repeats until the cursor is exhausted. The next batch is read
   * while this one is encoded (one batch ahead, no more): PostgreSQL and the JVM work at once instead of in turn.
   * Each step is a chain of its own, completed before the next starts: a step composed onto the next one's future
   * kept every step's closure, and with it every batch read ahead, until the last (an out-of-memory after ≈ 100 000
   * of 1 000 000 awards under -Xmx256m, bench/dump.sh).
   */
  private static Future<Void> pump(Cursor cursor, Encoder encoder, Chunks chunks, WorkerExecutor worker, Sink sink) {
    Promise<Void> done = Promise.promise();
    step(cursor, cursor.read(BATCH), encoder, chunks, worker, sink, done);
    return done.future();
  }

  private static void step(Cursor cursor, Future<RowSet<Row>> batch, Encoder encoder, Chunks chunks,
                           WorkerExecutor worker, Sink sink, Promise<Void> done) {
    batch.compose(rows -> {
      Future<RowSet<Row>> next = cursor.hasMore() ? cursor.read(BATCH) : null;
      return worker.executeBlocking(() -> {
        encoder.rows(rows);
        return chunks.take();
      }, true)
        .compose(sink::write)
        .map(v -> next);
    }).onComplete(ar -> {
      if (ar.failed()) {
        done.fail(ar.cause());
      } else if (ar.result() == null) {
        done.complete();
      } else {
        step(cursor, ar.result(), encoder, chunks, worker, sink, done);
      }
    });
  }
}
