package vn.gov.moha.opendata.opendata.downloads;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.CopyOptions;
import io.vertx.core.file.FileSystem;
import io.vertx.core.file.OpenOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whole downloads kept as files under {@code DATA_DIR/downloads/}, so that a download of a version already written
 * out is served with {@code Content-Length} and byte ranges (resumable), without a database cursor. A file is named
 * by dataset, variant ({@code csv}, {@code csv-en}, {@code ndjson}…) and version (the dataset's last change, in
 * microseconds): a file exists only for a version that was streamed completely. Streams write a temporary file of a
 * unique name beside the response; only a complete one is renamed into place (atomically, so concurrent first
 * downloads do not corrupt each other: the last rename wins, and both wrote the same bytes), its size recorded in
 * {@code catalog.download_file}, and the files of other versions of that variant deleted. All file work goes through
 * Vert.x's asynchronous file system.
 */
public final class DownloadFiles {
  private static final Logger LOG = LoggerFactory.getLogger(DownloadFiles.class);
  private static final long STALE_TEMP_MS = 24 * 3600 * 1000L;
  private static final String UPSERT = "INSERT INTO catalog.download_file (dataset, format, version, bytes) "
    + "VALUES ($1, $2, $3, $4) ON CONFLICT (dataset, format) DO UPDATE SET version = EXCLUDED.version, "
    + "bytes = EXCLUDED.bytes WHERE catalog.download_file.version <= EXCLUDED.version";

  private final Vertx vertx;
  private final Pool pool;
  private final Path dir;
  private final boolean enabled;

  /**
   * @param dir     where the files go ({@code DATA_DIR/downloads})
   * @param enabled false (DOWNLOAD_CACHE=false) = every download is streamed from the database
   */
  public DownloadFiles(Vertx vertx, Pool pool, Path dir, boolean enabled) {
    this.vertx = vertx;
    this.pool = pool;
    this.dir = dir;
    this.enabled = enabled;
  }

  public boolean enabled() {
    return enabled;
  }

  /** The file of a version, whether or not it exists. */
  String path(String dataset, String variant, OffsetDateTime version) {
    return dir.resolve(dataset + "." + variant + ".v" + micros(version)).toString();
  }

  static long micros(OffsetDateTime t) {
    return t.toEpochSecond() * 1_000_000L + t.getNano() / 1000;
  }

  /** The size of the current file of a variant, or empty when none was written for this version. */
  Future<Optional<Long>> current(String dataset, String variant, OffsetDateTime version) {
    if (!enabled) {
      return Future.succeededFuture(Optional.empty());
    }
    return vertx.fileSystem().props(path(dataset, variant, version))
      .map(p -> Optional.of(p.size()))
      .otherwise(Optional.empty());
  }

  /** Opens a temporary file for a stream of this version; {@link Pending#commit} puts it in place. */
  Future<Pending> create(String dataset, String variant, OffsetDateTime version) {
    String target = path(dataset, variant, version);
    String temp = target + "." + UUID.randomUUID() + ".tmp";
    FileSystem fs = vertx.fileSystem();
    return fs.mkdirs(dir.toString())
      .compose(v -> fs.open(temp, new OpenOptions().setWrite(true).setCreateNew(true)))
      .map(file -> new Pending(dataset, variant, version, target, temp, file));
  }

  /** A file being written: the bytes of one stream, in order. */
  final class Pending {
    private final String dataset;
    private final String variant;
    private final OffsetDateTime version;
    private final String target;
    private final String temp;
    private final AsyncFile file;
    private long bytes;

    private Pending(String dataset, String variant, OffsetDateTime version, String target, String temp,
                    AsyncFile file) {
      this.dataset = dataset;
      this.variant = variant;
      this.version = version;
      this.target = target;
      this.temp = temp;
      this.file = file;
    }

    /** Appends bytes; the future completes when they are written (the stream waits for it: back-pressure). */
    Future<Void> write(Buffer b) {
      long at = bytes;
      bytes += b.length();
      return file.write(b, at);
    }

    /** The stream was complete: close, rename into place, record the size, delete other versions. */
    Future<Void> commit() {
      FileSystem fs = vertx.fileSystem();
      return file.close()
        .compose(v -> fs.move(temp, target, new CopyOptions().setReplaceExisting(true).setAtomicMove(true)))
        .compose(v -> pool.preparedQuery(UPSERT).execute(Tuple.of(dataset, variant, version, bytes)))
        .compose(v -> prune(dataset, variant))
        .onSuccess(v -> LOG.info("download file {} written: {} bytes", target, bytes))
        .onFailure(e -> {
          LOG.warn("download file {} not kept", target, e);
          fs.delete(temp).otherwise((Void) null);
        });
    }

    /** The stream failed or was aborted: the temporary file goes. */
    void abort() {
      file.close().eventually(() -> vertx.fileSystem().delete(temp))
        .onFailure(e -> LOG.warn("could not delete {}", temp, e));
    }
  }

  /**
   * Keeps only the newest version of a variant (an older stream that finishes late does not displace a newer file) and
   * deletes temporary files a crash left behind.
   */
  private Future<Void> prune(String dataset, String variant) {
    Pattern own = Pattern.compile(Pattern.quote(dataset + "." + variant + ".v") + "(\\d+)");
    FileSystem fs = vertx.fileSystem();
    return fs.readDir(dir.toString()).compose(files -> {
      long newest = files.stream().map(f -> own.matcher(Path.of(f).getFileName().toString()))
        .filter(Matcher::matches).mapToLong(m -> Long.parseLong(m.group(1))).max().orElse(Long.MIN_VALUE);
      List<Future<Void>> deletions = files.stream().map(f -> {
        String name = Path.of(f).getFileName().toString();
        Matcher m = own.matcher(name);
        if (m.matches() && Long.parseLong(m.group(1)) != newest) {
          return fs.delete(f);
        }
        if (name.endsWith(".tmp")) {
          return fs.props(f).compose(p -> System.currentTimeMillis() - p.lastModifiedTime() > STALE_TEMP_MS
            ? fs.delete(f) : Future.<Void>succeededFuture());
        }
        return Future.<Void>succeededFuture();
      }).map(d -> d.otherwise((Void) null)).toList();
      return Future.all(deletions).mapEmpty();
    });
  }
}
