package vn.gov.moha.opendata.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.datasets.legaldocs.LegalDocsApi;
import vn.gov.moha.opendata.datasets.legaldocs.LegalDocumentsWriteIT;
import vn.gov.moha.opendata.platform.http.ProblemHandler;
import vn.gov.moha.opendata.support.TestServer;

/**
 * Database lost and back (issue 9), on a server with its own embedded PostgreSQL: under a stream of writes (legal
 * documents) and reads, PostgreSQL is stopped. While it is down every request that needs it is answered 503
 * problem+json within DB_CONNECT_TIMEOUT_MS (plus a margin), and /health/ready says 503; once it is started again the
 * server recovers by itself (its pool reconnects) within 5 s; and every write acknowledged with 201 is in the database
 * afterwards.
 */
class DatabaseLossIT {
  private static final int CONNECT_TIMEOUT_MS = 2000;
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** One answer: when it was asked (ms since the start), its status, how long it took, whether a problem document. */
  record Sample(long at, String what, int status, long ms, boolean problem, Long id) {
  }

  @Test
  void requestsFailFastWhileTheDatabaseIsDownAndTheServerRecoversByItself() throws Exception {
    Path dir = Path.of("target", "db-loss-var");
    TestServer.deleteTree(dir);
    Application.Running server = Application.start(TestServer.config(dir, 0,
      // its own embedded PostgreSQL even when the other tests use TEST_DATABASE_URL (blank = unset)
      Map.of("DB_CONNECT_TIMEOUT_MS", String.valueOf(CONNECT_TIMEOUT_MS), "DATABASE_URL", "")));
    ExecutorService load = Executors.newFixedThreadPool(3);
    try {
      String base = server.baseUri();
      String token = TestServer.token(server, "db-loss-writer", LegalDocsApi.OWNER_UNIT, "officer");
      ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
      AtomicBoolean stop = new AtomicBoolean();
      long t0 = System.nanoTime();
      for (int w = 0; w < 2; w++) {
        load.submit(() -> {
          while (!stop.get()) {
            Sample s = call(base, t0, "write", "POST", "/api/v1/legal-documents", LegalDocumentsWriteIT.circular(),
              token);
            samples.add(s);
            if (s.status() == 201) {
              acknowledged.add(s.id());
            }
          }
          return null;
        });
      }
      load.submit(() -> {
        while (!stop.get()) {
          samples.add(call(base, t0, "read", "GET", "/api/v1/legal-documents?limit=5", null, null));
        }
        return null;
      });
      Thread.sleep(3000);
      int before = acknowledged.size();
      long down = ms(t0);
      server.embedded().stop();
      long stopped = ms(t0);
      Thread.sleep(500);
      Sample ready = call(base, t0, "ready", "GET", "/health/ready", null, null);
      Thread.sleep(3000);
      Sample readyLater = call(base, t0, "ready", "GET", "/health/ready", null, null);
      long restarting = ms(t0); // PostgreSQL accepts connections before restart() returns
      server.embedded().restart();
      long restarted = ms(t0);
      long recovered = -1;
      while (ms(t0) - restarted < 10_000) {
        if (call(base, t0, "ready", "GET", "/health/ready", null, null).status() == 200) {
          recovered = ms(t0);
          break;
        }
        Thread.sleep(100);
      }
      Thread.sleep(2000);
      stop.set(true);
      load.shutdown();
      assertTrue(load.awaitTermination(30, TimeUnit.SECONDS), "the load stops");

      List<Sample> all = new ArrayList<>(samples);
      List<Sample> during = all.stream().filter(s -> s.at() >= stopped + 200 && s.at() + s.ms() <= restarting)
        .toList();
      long firstWriteAfter = all.stream().filter(s -> s.what().equals("write") && s.status() == 201
        && s.at() >= restarted).mapToLong(s -> s.at() + s.ms()).min().orElse(-1);
      long maxDown = during.stream().mapToLong(Sample::ms).max().orElse(0);
      System.out.printf("database lost and back: %d requests, %d writes acknowledged (%d before the stop); stop took %d"
          + " ms; while down %d answers, statuses %s, slowest %d ms; ready → %d while down; back in %d ms after the"
          + " restart (first acknowledged write %d ms after it)%n", all.size(), acknowledged.size(), before,
        stopped - down, during.size(), histogram(during), maxDown, ready.status(), recovered - restarted,
        firstWriteAfter - restarted);
      assertTrue(before > 0, "writes were acknowledged before the fault");
      assertEquals(503, ready.status(), "/health/ready while the database is down");
      assertEquals(503, readyLater.status(), "/health/ready while the database is down");
      assertTrue(during.size() >= 5, "requests were made while the database was down: " + during.size());
      for (Sample s : during) {
        assertEquals(503, s.status(), "while the database is down: " + s);
        assertTrue(s.problem(), "a problem document: " + s);
        assertTrue(s.ms() <= CONNECT_TIMEOUT_MS + 1500, "failed fast (connect timeout + margin): " + s);
      }
      for (Sample s : all) {
        assertTrue(s.status() == 200 || s.status() == 201 || s.status() == 503, "no other answer: " + s);
      }
      assertTrue(recovered >= 0 && recovered - restarted <= 5000, "ready again within 5 s: " + (recovered - restarted));
      assertTrue(firstWriteAfter >= 0 && firstWriteAfter - restarted <= 5000,
        "writes acknowledged again within 5 s: " + (firstWriteAfter - restarted));
      try (Connection c = TestServer.jdbc(server.embedded().url().toString());
           PreparedStatement st = c.prepareStatement("SELECT count(*) FROM legaldocs.document WHERE id = ANY(?)")) {
        st.setArray(1, c.createArrayOf("bigint", acknowledged.toArray()));
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          assertEquals(acknowledged.size(), rs.getInt(1), "every acknowledged write is in the database");
        }
      }
    } finally {
      load.shutdownNow();
      server.close();
    }
  }

  private static Sample call(String base, long t0, String what, String method, String path, JsonObject body, String token) {
    long at = ms(t0);
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
      .timeout(Duration.ofMillis(CONNECT_TIMEOUT_MS + 5000))
      .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body.encode()));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
      Long id = r.statusCode() == 201 ? new JsonObject(r.body()).getLong("id") : null;
      boolean problem = r.headers().firstValue("Content-Type").orElse("").startsWith(ProblemHandler.PROBLEM_JSON);
      return new Sample(at, what, r.statusCode(), ms(t0) - at, problem, id);
    } catch (java.io.IOException e) {
      return new Sample(at, what + " " + e, 0, ms(t0) - at, false, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Sample(at, what + " interrupted", 0, ms(t0) - at, false, null);
    }
  }

  private static long ms(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  private static Map<Integer, Long> histogram(List<Sample> samples) {
    Map<Integer, Long> h = new java.util.TreeMap<>();
    samples.forEach(s -> h.merge(s.status(), 1L, Long::sum));
    return h;
  }
}
