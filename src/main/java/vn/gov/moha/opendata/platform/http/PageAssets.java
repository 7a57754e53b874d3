package vn.gov.moha.opendata.platform.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The static assets of our HTML pages (classpath {@code assets/}: one stylesheet and the logo, shared by the portal,
 * the linked-data pages and the SPARQL page), read once. Pages link them with their version ({@code ?v=} the start
 * of the content hash), so they are cached for a year and a new release is a new URL; the ETag answers a
 * revalidation with 304.
 */
public final class PageAssets {
  private record Asset(Buffer body, String type, String version) {
  }

  private static final Map<String, Asset> ASSETS = Map.of(
    "portal.css", load("portal.css", "text/css; charset=utf-8"),
    "logo.svg", load("logo.svg", "image/svg+xml"));

  private PageAssets() {
  }

  /** The URL a page links an asset by: its path and version. */
  public static String href(String file) {
    return "/assets/" + file + "?v=" + ASSETS.get(file).version();
  }

  /** The handler of {@code /assets/{file}}. */
  public static void serve(RoutingContext rc) {
    String file = Requests.validated(rc).getPathParameters().get("file").getString();
    Asset asset = ASSETS.get(file);
    if (asset == null) {
      rc.fail(ApiProblem.notFound("No asset " + file + "."));
      return;
    }
    rc.response().putHeader("Cache-Control", "public, max-age=31536000");
    if (Requests.notModified(rc, "\"" + asset.version() + "\"")) {
      return;
    }
    rc.response().putHeader("Content-Type", asset.type()).end(asset.body());
  }

  private static Asset load(String file, String type) {
    String resource = "assets/" + file;
    try (InputStream in = PageAssets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      byte[] bytes = in.readAllBytes();
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new Asset(Buffer.buffer(bytes), type, HexFormat.of().formatHex(digest, 0, 8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
