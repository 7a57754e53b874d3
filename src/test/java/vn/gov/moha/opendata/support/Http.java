package vn.gov.moha.opendata.support;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Blocking HTTP calls from test threads (never from an event loop). */
public final class Http {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public Http(String base) {
    this.base = base;
  }

  /** A response with its body as text and, when JSON, as an object. */
  public record Res(int status, java.net.http.HttpHeaders headers, String body) {
    public JsonObject json() {
      return new JsonObject(body);
    }

    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    public String contentType() {
      return header("Content-Type").orElse("");
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  public Res get(String path, String... headers) {
    return send("GET", path, null, null, headers);
  }

  public Res send(String method, String path, String contentType, String body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
      .timeout(Duration.ofSeconds(30))
      .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Res(r.statusCode(), r.headers(), r.body());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    }
  }

  public Res json(String method, String path, JsonObject body, String... headers) {
    return send(method, path, "application/json", body == null ? null : body.encode(), headers);
  }

  public Res authed(String method, String path, JsonObject body, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Authorization";
    all[1] = "Bearer " + TestServer.writerToken();
    System.arraycopy(headers, 0, all, 2, headers.length);
    return json(method, path, body, all);
  }

  public static Map<String, String> none() {
    return Map.of();
  }
}
