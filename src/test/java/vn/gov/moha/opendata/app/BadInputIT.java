package vn.gov.moha.opendata.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.datasets.legaldocs.LegalDocsApi;
import vn.gov.moha.opendata.platform.http.ProblemHandler;
import vn.gov.moha.opendata.support.BadRequests;
import vn.gov.moha.opendata.support.BadRequests.Probe;
import vn.gov.moha.opendata.support.ContractSchemas;
import vn.gov.moha.opendata.support.DbState;
import vn.gov.moha.opendata.support.RawHttp;
import vn.gov.moha.opendata.support.TestServer;

/**
 * The bad input corpus (issue 9): every contract operation gets requests generated from its parameters and body
 * schema (see {@link BadRequests}), with a token that holds every role so that validation, not the 401, answers.
 * Each malformed one must be refused with a 4xx problem document (CKAN's error envelope under /api/3/action/) in
 * under a second — none a 5xx, none a hang — and the data tables must be unchanged: stamped around every write
 * operation, and checksummed before and after the whole corpus. Hostile values the contract accepts (an injection
 * string in a free-text search) are sent to reads and must not fail the server.
 */
class BadInputIT {
  /** The budget of one answer (-Dbadinput.budgetMs on a machine that other work slows down). */
  private static final int BUDGET_MS = Integer.getInteger("badinput.budgetMs", 1000);

  @Test
  void everyMalformedRequestIsRefusedFastWithAProblemAndChangesNothing() throws Exception {
    Application.Running server = TestServer.get();
    String token = TestServer.token("bad-input-probe", LegalDocsApi.OWNER_UNIT, "officer", "reviewer", "admin",
      "developer", "auditor");
    List<Probe> probes = new BadRequests(ContractSchemas.contract(), ContractCoverageIT.SAMPLES, token,
      server.config().bodyLimit()).generate(1);
    RawHttp http = new RawHttp(server.baseUri());
    List<String> failures = new ArrayList<>();
    Map<String, Integer> statuses = new LinkedHashMap<>();
    Set<String> operations = new HashSet<>();
    List<long[]> times = new ArrayList<>();
    long t0 = System.nanoTime();
    StringBuilder log = new StringBuilder();
    try (Connection c = TestServer.jdbc()) {
      DbState db = DbState.of(c);
      Map<String, String> before = db.checksum(c);
      // warm-up: a few probes per operation and every valid one (a page rendered, a search run), so that every event
      // loop has run each handler once, refusing and answering (class loading and JIT of a first call, e.g. a first
      // template render, are not what the budget is about)
      Map<String, Integer> warmed = new HashMap<>();
      for (Probe p : probes) {
        if (warmed.merge(p.operation(), 1, Integer::sum) <= 2 || !p.malformed()) {
          send(http, p);
        }
      }
      String current = null;
      Map<String, String> stamp = null;
      for (int i = 0; i < probes.size(); i++) {
        Probe p = probes.get(i);
        if (!p.operation().equals(current)) {
          current = p.operation();
          stamp = p.write() ? db.stamp(c) : null;
        }
        RawHttp.Res r = send(http, p);
        operations.add(p.operation());
        statuses.merge(String.valueOf(r.status()), 1, Integer::sum);
        times.add(new long[] {r.millis(), i});
        String wrong = judge(p, r);
        log.append(p.describe()).append('\t').append(r.status()).append('\t').append(r.millis()).append('\t')
          .append(wrong == null ? "ok" : wrong).append('\n');
        if (wrong != null) {
          failures.add(p.describe() + " → " + wrong);
        }
        boolean last = i + 1 == probes.size() || !probes.get(i + 1).operation().equals(current);
        if (last && stamp != null) {
          Map<String, String> changed = DbState.diff(stamp, db.stamp(c));
          if (!changed.isEmpty()) {
            failures.add(current + " changed the database: " + changed);
          }
        }
      }
      Map<String, String> changed = DbState.diff(before, db.checksum(c));
      if (!changed.isEmpty()) {
        failures.add("the corpus changed data tables: " + changed);
      }
    }
    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "bad-input-corpus.tsv"), log);
    long malformed = probes.stream().filter(Probe::malformed).count();
    times.sort(Comparator.comparingLong(t -> -t[0]));
    System.out.printf("bad input corpus: %d requests (%d malformed, %d hostile but valid) over %d operations in %d ms;"
        + " statuses %s; slowest %d ms (%s); kinds %s%n", probes.size(), malformed, probes.size() - malformed,
      operations.size(), (System.nanoTime() - t0) / 1_000_000, statuses, times.get(0)[0],
      probes.get((int) times.get(0)[1]).describe(), BadRequests.histogram(probes));
    assertTrue(failures.isEmpty(), failures.size() + " of " + probes.size() + " requests answered wrongly:\n"
      + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
    assertTrue(malformed >= 500, "at least 500 malformed requests, got " + malformed);
    long keyed = probes.stream().filter(p -> p.kind().equals("idempotency-key-too-long")).count();
    assertTrue(keyed >= 5, "creates whose malformed Idempotency-Key is what gets refused (valid otherwise): " + keyed);
    assertEquals(ContractSchemas.contract().getJsonObject("paths").stream()
      .mapToLong(e -> ((JsonObject) e.getValue()).fieldNames().stream().filter(m -> !m.equals("parameters")).count())
      .sum(), operations.size(), "every operation probed");
  }

  private static RawHttp.Res send(RawHttp http, Probe p) {
    return http.send(p.method(), p.target(), p.body(), 2 * BUDGET_MS, p.headers().toArray(String[]::new));
  }

  /** What is wrong with an answer (null when right). */
  private static String judge(Probe p, RawHttp.Res r) {
    if (r.status() == 0) {
      return r.timedOut() ? "no answer within " + 2 * BUDGET_MS + " ms (hang)" : "no answer: " + r.error();
    }
    if (r.millis() >= BUDGET_MS) {
      return r.status() + " after " + r.millis() + " ms (budget " + BUDGET_MS + " ms)";
    }
    if (r.status() >= 500) {
      return r.status() + " " + r.text();
    }
    if (p.malformed() && (r.status() < 400 || r.status() > 499)) {
      return r.status() + " instead of a 4xx: " + abbreviate(r.text());
    }
    // a key with a control character is refused by the HTTP codec (400 malformed-request), before any route
    if (p.kind().startsWith("idempotency-key") && !p.kind().contains(":") && !p.kind().endsWith("-control")
      && !r.text().contains("Idempotency-Key")) {
      return r.status() + " that does not name the Idempotency-Key: " + abbreviate(r.text());
    }
    if (r.text().contains("root:x:0:0")) {
      return r.status() + " with the content of /etc/passwd";
    }
    if (r.status() >= 400) {
      boolean ckan = new String(p.target(), java.nio.charset.StandardCharsets.ISO_8859_1)
        .startsWith(ProblemHandler.CKAN_ACTIONS);
      String type = r.header("Content-Type");
      if (ckan && (r.status() == 414 || r.status() == 431)) {
        // refused by the HTTP codec before any route: the problem document, as on every path
        ckan = false;
      }
      if (ckan) {
        if (!type.startsWith("application/json") || !r.text().contains("\"success\":false")) {
          return r.status() + " without CKAN's error envelope: " + type + " " + abbreviate(r.text());
        }
      } else if (!type.startsWith(ProblemHandler.PROBLEM_JSON)) {
        return r.status() + " as " + type + " instead of problem+json: " + abbreviate(r.text());
      } else {
        try {
          JsonObject problem = new JsonObject(r.text());
          if (problem.getInteger("status", 0) != r.status() || problem.getString("type") == null) {
            return r.status() + " with a problem document that disagrees: " + abbreviate(r.text());
          }
        } catch (RuntimeException e) {
          return r.status() + " with a problem body that is not JSON: " + abbreviate(r.text());
        }
      }
    }
    return null;
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
