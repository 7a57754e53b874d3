package vn.gov.moha.opendata.support;

import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium driven over the Chrome DevTools Protocol (a WebSocket, no driver, no extra dependency):
 * started with a throwaway profile, one page target, commands answered by id, events kept until {@link #clearEvents}.
 * Close it (try-with-resources): the browser and its profile go with it.
 */
public final class Chromium implements AutoCloseable {
  /** The browser binary: {@code CHROMIUM} when set, else Debian's. */
  public static final Path BINARY = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
  private final List<JsonObject> events = new CopyOnWriteArrayList<>();
  private final List<String> stderr = new CopyOnWriteArrayList<>();

  private Chromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** Whether the browser is installed here. */
  public static boolean available() {
    return Files.isExecutable(BINARY);
  }

  /** Starts the browser (window 1280×900) and connects to its first page. */
  public static Chromium start() throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("portal-chromium");
    Process p = new ProcessBuilder(BINARY.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
      "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile, "--no-first-run",
      "--no-default-browser-check", "--disable-extensions", "--disable-background-networking", "--disable-sync",
      "--disable-component-update", "--window-size=1280,900", "--lang=vi", "about:blank")
      .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String browserWs = listening(p);
      String port = URI.create(browserWs).getPort() + "";
      String pageWs = pageTarget(port);
      Chromium[] self = new Chromium[1];
      WebSocket ws = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
        .buildAsync(URI.create(pageWs), new Listener(m -> self[0].receive(m))).get(10, TimeUnit.SECONDS);
      self[0] = new Chromium(p, profile, ws);
      return self[0];
    } catch (Exception e) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      TestServer.deleteTree(profile);
      throw new IllegalStateException("chromium did not start", e);
    }
  }

  /** Reads the browser's stderr until it names its DevTools WebSocket (within 20 s), then keeps draining it. */
  private static String listening(Process p) throws Exception {
    BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> url = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try {
        for (String line; (line = err.readLine()) != null; ) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            url.complete(m.group(1));
          }
        }
        url.completeExceptionally(new IllegalStateException("chromium exited: " + p.waitFor()));
      } catch (IOException | InterruptedException e) {
        url.completeExceptionally(e);
      }
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    return url.get(20, TimeUnit.SECONDS);
  }

  /** The WebSocket of the browser's page target (from its /json/list). */
  private static String pageTarget(String port) throws Exception {
    for (int attempt = 0; attempt < 50; attempt++) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
      for (Object o : new io.vertx.core.json.JsonArray(r.body())) {
        JsonObject t = (JsonObject) o;
        if ("page".equals(t.getString("type"))) {
          return t.getString("webSocketDebuggerUrl");
        }
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no page target");
  }

  /** Sends a command and waits for its result (an error answer throws). */
  public JsonObject call(String method, JsonObject params, long timeoutMs) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonObject> answer = new CompletableFuture<>();
    pending.put(id, answer);
    socket.sendText(new JsonObject().put("id", id).put("method", method).put("params", params).encode(), true);
    try {
      JsonObject reply = answer.get(timeoutMs, TimeUnit.MILLISECONDS);
      if (reply.containsKey("error")) {
        throw new IllegalStateException(method + ": " + reply.getJsonObject("error").encode());
      }
      return reply.getJsonObject("result", new JsonObject());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException(method + " got no answer in " + timeoutMs + " ms");
    } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(method + " failed", e);
    } finally {
      pending.remove(id);
    }
  }

  public JsonObject call(String method, JsonObject params) {
    return call(method, params, 15_000);
  }

  /** The events received since the last {@link #clearEvents}, in order. */
  public List<JsonObject> events() {
    return new ArrayList<>(events);
  }

  public void clearEvents() {
    events.clear();
  }

  /** Waits for an event of a method (already received or to come), within a time. */
  public JsonObject await(String method, long timeoutMs) throws InterruptedException {
    long end = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < end) {
      for (JsonObject e : events) {
        if (method.equals(e.getString("method"))) {
          return e.getJsonObject("params", new JsonObject());
        }
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("no " + method + " within " + timeoutMs + " ms");
  }

  private void receive(String message) {
    JsonObject m = new JsonObject(message);
    Integer id = m.getInteger("id");
    if (id != null) {
      CompletableFuture<JsonObject> f = pending.get(id);
      if (f != null) {
        f.complete(m);
      }
    } else {
      events.add(m);
    }
  }

  @Override
  public void close() {
    try {
      socket.abort();
    } finally {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
        }
        TestServer.deleteTree(profile);
      } catch (InterruptedException | IOException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Assembles fragmented text messages and hands each whole one over. */
  private static final class Listener implements WebSocket.Listener {
    private final java.util.function.Consumer<String> sink;
    private final StringBuilder buffer = new StringBuilder();

    Listener(java.util.function.Consumer<String> sink) {
      this.sink = sink;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String whole = buffer.toString();
        buffer.setLength(0);
        sink.accept(whole);
      }
      ws.request(1);
      return null;
    }
  }
}
