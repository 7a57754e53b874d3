package vn.gov.moha.opendata.opendata.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.support.Chromium;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/**
 * The portal's pages (and the linked-data and SPARQL pages they link to) in a real headless Chromium: each page loads,
 * logs no console error or exception (a CSP violation is one), fails no request (nor gets a status ≥ 400), and axe-core
 * finds no WCAG 2.0/2.1 A or AA violation. A PNG screenshot of each page goes to target/portal-screenshots/.
 * Skipped, saying so, where Chromium is not installed.
 */
class PortalBrowserIT {
  private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Path SHOTS = Path.of("target", "portal-screenshots");
  private final Http http = TestServer.http();
  private final String base = TestServer.base();

  /** The pages to check, by a short name (the screenshot's file name). */
  private Map<String, String> pages() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home-vi", "/");
    pages.put("home-en", "/?lang=en");
    pages.put("datasets", "/datasets");
    pages.put("datasets-search-facet", "/datasets?q=hoi&format=csv");
    pages.put("datasets-en-theme", "/datasets?theme=thi-dua-khen-thuong&lang=en");
    for (String name : TestServer.catalogued()) {
      pages.put("dataset-" + name, "/datasets/" + name);
    }
    pages.put("dataset-awards-en", "/datasets/awards?lang=en");
    pages.put("par-index-results", "/datasets/par-index/results");
    pages.put("par-index-results-provinces", "/datasets/par-index/results?year=2025&group=province");
    pages.put("par-index-results-2024-en", "/datasets/par-index/results?year=2024&group=province&lang=en");
    pages.put("entity-eli", document("/api/v1/legal-documents?limit=1"));
    pages.put("entity-organization", document("/api/v1/associations?limit=1"));
    pages.put("entity-award", document("/api/v1/awards?limit=1"));
    pages.put("sparql", "/sparql");
    return pages;
  }

  /** The path of the linked-data page of the first record of an API list. */
  private String document(String list) {
    String uri = http.get(list).json().getJsonArray("items").getJsonObject(0).getString("uri");
    return Uris.documentPath(uri.substring(base.length()));
  }

  @Test
  void everyPageRendersWithoutErrorsFailedRequestsOrAxeViolations() throws Exception {
    assumeTrue(Chromium.available(), "Chromium is not installed at " + Chromium.BINARY
      + " (apt-get install chromium, or set CHROMIUM): the portal's browser tests are skipped");
    String axe = axeSource();
    Files.createDirectories(SHOTS);
    Map<String, String> pages = pages();
    List<String> problems = new ArrayList<>();
    StringBuilder report = new StringBuilder("portal pages in Chromium (axe-core, " + WCAG + "):\n");
    try (Chromium browser = Chromium.start()) {
      for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
        browser.call(domain + ".enable", new JsonObject());
      }
      browser.call("Emulation.setDeviceMetricsOverride", new JsonObject().put("width", 1280).put("height", 900)
        .put("deviceScaleFactor", 1).put("mobile", false));
      for (Map.Entry<String, String> page : pages.entrySet()) {
        long started = System.currentTimeMillis();
        Visit v = visit(browser, page.getValue(), axe);
        Files.write(SHOTS.resolve(page.getKey() + ".png"), v.screenshot());
        report.append(String.format("  %-24s %-58s %d violations, %d passes, %d incomplete, %d ms%n", page.getKey(),
          page.getValue(), v.violations().size(), v.passes(), v.incomplete(), System.currentTimeMillis() - started));
        v.errors().forEach(e -> problems.add(page.getValue() + ": " + e));
        v.violations().forEach(e -> problems.add(page.getValue() + ": axe " + e));
        assertTrue(v.passes() > 10, () -> page.getValue() + ": axe ran no real check");
      }
    }
    System.out.println(report);
    assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
  }

  /**
   * The checks above can fail: a page with an image without text, an unlabelled input, no language, a script error
   * and a stylesheet that is not there is caught by each of them.
   */
  @Test
  void theChecksCatchABadPage() throws Exception {
    assumeTrue(Chromium.available(), "Chromium is not installed at " + Chromium.BINARY + ": skipped");
    String bad = "<!DOCTYPE html><html><head><title>Dữ liệu mở — bad</title>"
      + "<link rel=\"stylesheet\" href=\"" + base + "/assets/missing.css\"></head><body><main><h1>Bad</h1>"
      + "<img src=\"" + base + "/assets/logo.svg\"><input type=\"text\"><script>console.error('boom'); undefinedFn();"
      + "</script></main></body></html>";
    try (Chromium browser = Chromium.start()) {
      for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
        browser.call(domain + ".enable", new JsonObject());
      }
      Visit v = visit(browser, "data:text/html;charset=utf-8;base64,"
        + Base64.getEncoder().encodeToString(bad.getBytes(StandardCharsets.UTF_8)), axeSource());
      String errors = String.join("\n", v.errors());
      assertTrue(errors.contains("console.error") && errors.contains("boom"), errors);
      assertTrue(errors.contains("exception"), errors);
      assertTrue(errors.contains("missing.css"), errors);
      String violations = String.join("\n", v.violations());
      for (String rule : List.of("html-has-lang", "image-alt", "label")) {
        assertTrue(violations.contains(rule + " ("), rule + " not reported: " + violations);
      }
    }
  }

  /** What one page gave: console errors and failed requests, axe's violations and counts, a screenshot. */
  record Visit(List<String> errors, List<String> violations, int passes, int incomplete, byte[] screenshot) {
  }

  private Visit visit(Chromium browser, String path, String axe) throws InterruptedException {
    browser.clearEvents();
    JsonObject nav = browser.call("Page.navigate", new JsonObject().put("url", path.startsWith("/") ? base + path
      : path));
    assertTrue(!nav.containsKey("errorText"), () -> path + ": " + nav.encode());
    browser.await("Page.loadEventFired", 15_000);
    Thread.sleep(200); // late console messages and subresource events
    List<String> errors = errors(browser.events(), path);
    String title = evaluate(browser, "document.title", false).getString("value", "");
    assertTrue(title.contains("Dữ liệu mở") || title.contains("Open data"), () -> path + ": not our page: " + title);
    evaluate(browser, axe, false);
    JsonObject result = evaluate(browser, "axe.run(document, {runOnly: {type: 'tag', values: "
      + new JsonArray(WCAG).encode() + "}, resultTypes: ['violations']}).then(r => JSON.stringify({"
      + "violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => "
      + "n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' '))})), "
      + "passes: r.passes.length, incomplete: r.incomplete.length}))", true);
    JsonObject axeResult = new JsonObject(result.getString("value"));
    List<String> violations = new ArrayList<>();
    for (Object o : axeResult.getJsonArray("violations")) {
      JsonObject v = (JsonObject) o;
      violations.add(v.getString("id") + " (" + v.getString("impact") + "): " + v.getString("help") + "\n      "
        + String.join("\n      ", v.getJsonArray("nodes").stream().map(String::valueOf).toList()));
    }
    JsonObject metrics = browser.call("Page.getLayoutMetrics", new JsonObject());
    double height = Math.min(6000, metrics.getJsonObject("cssContentSize").getDouble("height"));
    JsonObject shot = browser.call("Page.captureScreenshot", new JsonObject().put("format", "png")
      .put("captureBeyondViewport", true).put("clip", new JsonObject().put("x", 0).put("y", 0).put("width", 1280)
        .put("height", height).put("scale", 1)), 30_000);
    // axe itself must not have caused errors either
    errors.addAll(errors(browser.events(), path).stream().filter(e -> !errors.contains(e)).toList());
    return new Visit(errors, violations, axeResult.getInteger("passes"), axeResult.getInteger("incomplete"),
      Base64.getDecoder().decode(shot.getString("data")));
  }

  /** Console errors, uncaught exceptions, log errors (CSP violations among them), failed and ≥ 400 requests. */
  private static List<String> errors(List<JsonObject> events, String path) {
    List<String> out = new ArrayList<>();
    for (JsonObject e : events) {
      JsonObject p = e.getJsonObject("params", new JsonObject());
      switch (e.getString("method", "")) {
        case "Runtime.consoleAPICalled" -> {
          if (List.of("error", "assert").contains(p.getString("type"))) {
            out.add("console." + p.getString("type") + ": " + p.getJsonArray("args").encode());
          }
        }
        case "Runtime.exceptionThrown" -> out.add("exception: " + p.getJsonObject("exceptionDetails").encode());
        case "Log.entryAdded" -> {
          JsonObject entry = p.getJsonObject("entry");
          if ("error".equals(entry.getString("level"))) {
            out.add("log " + entry.getString("source") + ": " + entry.getString("text") + " " + entry.getString("url"));
          }
        }
        case "Network.loadingFailed" -> out.add("request failed: " + p.getString("errorText") + " "
          + p.getString("type") + (p.getBoolean("canceled", false) ? " (canceled)" : ""));
        case "Network.responseReceived" -> {
          JsonObject r = p.getJsonObject("response");
          if (r.getInteger("status") >= 400) {
            out.add("HTTP " + r.getInteger("status") + " " + r.getString("url"));
          }
        }
        default -> {
        }
      }
    }
    return out;
  }

  private static JsonObject evaluate(Chromium browser, String expression, boolean promise) {
    JsonObject r = browser.call("Runtime.evaluate", new JsonObject().put("expression", expression)
      .put("awaitPromise", promise).put("returnByValue", true), 30_000);
    assertTrue(!r.containsKey("exceptionDetails"), () -> "script failed: " + r.encode());
    return r.getJsonObject("result");
  }

  /** axe.min.js from the test classpath. */
  private static String axeSource() throws IOException {
    try (InputStream in = PortalBrowserIT.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      assertTrue(in != null, "axe.min.js is on the test classpath (com.deque.html.axe-core:selenium)");
      String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(true, source.startsWith("/*! axe v4"), "axe-core 4.x");
      return source;
    }
  }
}
