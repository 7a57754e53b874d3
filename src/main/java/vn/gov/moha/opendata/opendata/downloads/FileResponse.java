package vn.gov.moha.opendata.opendata.downloads;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Requests;

/**
 * A download served from its file: {@code Content-Length}, {@code Accept-Ranges: bytes}, a single {@code Range} as
 * 206 with {@code Content-Range} (several ranges, or a Range whose {@code If-Range} names another version, get the
 * whole file with 200), an unsatisfiable one as 416 with {@code Content-Range: bytes *}{@code /size}. Sent as it is on
 * disk ({@code Content-Encoding: identity}): byte offsets are offsets in the file, so a resumed download fits.
 */
final class FileResponse {
  private final RoutingContext rc;
  private final String path;
  private final long size;
  private final String etag;
  private final String lastModified;

  FileResponse(RoutingContext rc, String path, long size, String etag, String lastModified) {
    this.rc = rc;
    this.path = path;
    this.size = size;
    this.etag = etag;
    this.lastModified = lastModified;
  }

  /**
   * Sends the file or the range; {@code whole} runs when a download was sent from its first byte. Fails without
   * having sent anything when the file cannot be opened.
   */
  Future<Void> send(Runnable whole) {
    HttpServerResponse res = rc.response().putHeader("Accept-Ranges", "bytes")
      .putHeader("Content-Encoding", "identity");
    String range = rc.request().getHeader("Range");
    String ifRange = rc.request().getHeader("If-Range");
    if (range != null && ifRange != null && !Requests.etagMatches(ifRange, etag) && !ifRange.equals(lastModified)) {
      range = null; // a range of another version is useless: the whole current file
    }
    ByteRange.Answer answer = ByteRange.of(range, size);
    if (answer instanceof ByteRange.Unsatisfiable) {
      res.headers().remove("Content-Disposition").remove("Content-Encoding").remove("Link");
      res.putHeader("Content-Range", "bytes */" + size);
      rc.fail(ApiProblem.of(416, "range-not-satisfiable", "Range Not Satisfiable", "The file has " + size
        + " bytes: the range " + range + " is outside it."));
      return Future.succeededFuture();
    }
    long offset = 0;
    long length = size;
    if (answer instanceof ByteRange.Part part) {
      offset = part.range().first();
      length = part.range().length();
      res.setStatusCode(206).putHeader("Content-Range", part.range().contentRange(size));
    }
    boolean fromStart = offset == 0;
    return res.sendFile(path, offset, length).onSuccess(v -> {
      if (fromStart) {
        whole.run();
      }
    }).onFailure(e -> {
      if (!res.headWritten()) { // nothing went out: the caller may answer otherwise
        res.setStatusCode(200).headers().remove("Content-Range").remove("Accept-Ranges").remove("Content-Encoding");
      }
    });
  }
}
