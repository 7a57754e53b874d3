package vn.gov.moha.opendata.opendata.downloads;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.opendata.DownloadFormat;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.HeadRequests;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.rdf.Uris;

/**
 * Bulk downloads ({@code /downloads/{dataset}.{csv,json,ndjson,nt,ttl}}) and the files that describe them (CSVW
 * metadata, Frictionless Data Package). A download of a version already written out whole is served from its file
 * ({@link DownloadFiles}) with {@code Content-Length} and single byte ranges ({@code Range}, {@code If-Range}); any
 * other is streamed from PostgreSQL ({@link DumpStream}, chunked) while the same bytes go to the file, unless it is
 * filtered. Status and headers (ETag, Last-Modified) go out before the first byte; a failure after that aborts the
 * connection, so a client never mistakes a truncated file for a whole one. Every full download (a 200, or a 206 from
 * byte 0) is counted ({@link DownloadCounter}).
 */
public final class DumpsApi {
  private static final Logger LOG = LoggerFactory.getLogger(DumpsApi.class);
  /** A stream's snapshot: the version read in it is the version of what it writes. */
  private static final String SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";

  private final Pool pool;
  private final WorkerExecutor worker;
  private final Uris uris;
  private final Map<String, DatasetModule> datasets;
  private final Catalogue catalogue;
  private final DownloadFiles files;
  private final DownloadCounter counter;

  public DumpsApi(Pool pool, WorkerExecutor worker, Uris uris, List<DatasetModule> datasets, Catalogue catalogue,
                  DownloadFiles files, DownloadCounter counter) {
    this.pool = pool;
    this.worker = worker;
    this.uris = uris;
    this.datasets = datasets.stream().collect(Collectors.toMap(DatasetModule::name, d -> d));
    this.catalogue = catalogue;
    this.files = files;
    this.counter = counter;
  }

  public Map<String, Handler<RoutingContext>> handlers() {
    return Map.of("downloadDataset", this::download);
  }

  private void download(RoutingContext rc) {
    DownloadRequest req = DownloadRequest.of(Requests.validated(rc).getPathParameters().get("file").getString(),
      rc.queryParams(), datasets);
    if (DownloadMetadata.CSVW.equals(req.metadata())) {
      rc.response().putHeader("Cache-Control", "public, max-age=3600")
        .putHeader("Content-Type", "application/csvm+json").end(DownloadMetadata.csvw(req.dataset(), uris)
          .encodePrettily());
    } else if (req.metadata() != null) {
      catalogue.entry(req.dataset().name()).map(e -> DownloadMetadata.dataPackage(e.orElseThrow(() ->
          ApiProblem.notFound("No dataset " + req.dataset().name() + " in the catalogue.")), req.dataset(), uris))
        .onFailure(rc::fail).onSuccess(p -> rc.response().putHeader("Cache-Control", "public, max-age=300")
          .putHeader("Content-Type", "application/json").end(p.encodePrettily()));
    } else {
      version(pool, req.dataset()).onFailure(rc::fail).onSuccess(v -> data(rc, req, v));
    }
  }

  private void data(RoutingContext rc, DownloadRequest req, OffsetDateTime version) {
    String etag = req.etag(DownloadFiles.micros(version));
    String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(version.withOffsetSameInstant(ZoneOffset.UTC));
    HttpServerResponse res = rc.response().putHeader("Last-Modified", lastModified)
      .putHeader("Cache-Control", "public, max-age=300");
    if (Requests.notModified(rc, etag)) {
      return;
    }
    String name = req.dataset().name();
    if (req.format() == DownloadFormat.CSV) {
      res.putHeader("Link", "<" + uris.download(name, DownloadMetadata.CSVW)
        + ">; rel=\"describedby\"; type=\"application/csvm+json\"");
    }
    res.headers().add("Link", "<" + uris.download(name, DownloadMetadata.DATAPACKAGE)
      + ">; rel=\"describedby\"; type=\"application/json\"");
    res.putHeader("Content-Type", contentType(req.format()))
      .putHeader("Content-Disposition", "attachment; filename=\"" + req.file() + "\"");
    boolean keep = files.enabled() && !req.filtered();
    Future<Optional<Long>> current = keep ? files.current(name, req.variant(), version)
      : Future.succeededFuture(Optional.empty());
    current.onFailure(rc::fail).onSuccess(size -> {
      if (HeadRequests.isHead(rc)) { // a GET's headers, without reading the data or counting a download
        size.ifPresent(n -> res.putHeader("Content-Length", String.valueOf(n)).putHeader("Accept-Ranges", "bytes"));
        res.end();
      } else if (size.isPresent()) {
        new FileResponse(rc, files.path(name, req.variant(), version), size.get(), etag, lastModified)
          .send(() -> counter.count(name, req.format().extension()))
          .onFailure(e -> {
            if (!rc.response().headWritten()) { // the file went between props and open: stream instead
              stream(rc, req, version, keep);
            }
          });
      } else {
        stream(rc, req, version, keep);
      }
    });
  }

  private static String contentType(DownloadFormat f) {
    return switch (f) {
      case CSV -> "text/csv; charset=utf-8; header=present";
      case JSON -> "application/json";
      default -> f.mediaType() + "; charset=utf-8";
    };
  }

  /**
   * Streams the download from a snapshot of the database; when {@code keep}, the bytes also go to a new file, kept
   * only if the snapshot's version is the one the headers announced and the stream completes.
   */
  private void stream(RoutingContext rc, DownloadRequest req, OffsetDateTime version, boolean keep) {
    HttpServerResponse res = rc.response().setChunked(true);
    DatasetModule d = req.dataset();
    Chunks chunks = new Chunks();
    Encoder encoder = Encoder.of(req.format(), d, req.english(), chunks, uris);
    String sql = Encoder.tabular(req.format()) ? d.table().select(req.condition()) : d.select(req.condition());
    Future<DownloadFiles.Pending> file = !keep ? Future.succeededFuture()
      : files.create(d.name(), req.variant(), version).otherwise(e -> {
        LOG.warn("download {} is not kept as a file", req.file(), e);
        return null;
      });
    DumpStream.Sink[] sink = new DumpStream.Sink[1];
    file.compose(pending -> pool.withTransaction(conn -> conn.query(SNAPSHOT).execute()
      .compose(x -> pending == null ? Future.succeededFuture(false) : version(conn, d).map(version::isEqual))
      .compose(same -> {
        if (pending != null && !same) {
          pending.abort(); // the data changed since the headers were decided: this stream is not that version
        }
        sink[0] = new DumpStream.Sink(res, same ? pending : null);
        return DumpStream.run(conn, sql, Tuple.from(req.params()), encoder, chunks, worker, sink[0]);
      }))
      .onFailure(e -> {
        if (sink[0] != null) {
          sink[0].abort();
        } else if (pending != null) {
          pending.abort();
        }
      }))
      .onSuccess(v -> counter.count(d.name(), req.format().extension()))
      .onFailure(e -> {
        if (!res.headWritten()) {
          rc.fail(e);
        } else {
          LOG.warn("download {} aborted after the headers were sent", req.file(), e);
        }
      });
  }

  /**
   * When a dataset last changed: its newest record or its newest tombstone (a deletion changes the download without
   * changing any remaining record); the catalogue's {@code dataModified}.
   */
  static Future<OffsetDateTime> version(SqlClient client, DatasetModule d) {
    return client.preparedQuery("SELECT greatest((" + d.lastChangeSql() + "), "
        + "(SELECT max(deleted_at) FROM platform.tombstone WHERE dataset = $1)) AS v")
      .execute(Tuple.of(d.name()))
      .map(rs -> Optional.ofNullable(rs.iterator().next().getOffsetDateTime("v"))
        .orElse(OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)));
  }
}
