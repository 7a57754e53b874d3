package vn.gov.moha.opendata.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/**
 * Idempotency-Key over HTTP on the real server and database: a retried create answers the first answer again and
 * creates one row (counted in the tables); another body with the same key is 422; concurrent twins create exactly
 * one record (the others 409 while it runs, then the replay); the kept answer holds no secret in clear; a key is the
 * caller's own; requests without a key behave as before.
 */
class IdempotencyIT {
  private static final String FEEDBACK = "/api/v1/feedback";
  private static final String DOCS = "/api/v1/legal-documents";
  private final Http http = TestServer.http();

  private static JsonObject question(String tag) {
    return new JsonObject().put("title", "Hỏi về nghỉ phép năm " + tag)
      .put("question", "Xin hỏi công chức được nghỉ phép năm bao nhiêu ngày khi đã công tác mười lăm năm? " + tag)
      .put("submitter", new JsonObject().put("name", "Lê Thị Thử").put("email", "le.thu@example.com"));
  }

  private static int count(String sql) {
    return Integer.parseInt(TestServer.query(sql).get(0));
  }

  private static int feedbackRows(String tag) {
    return count("SELECT count(*) FROM feedback.item WHERE title = 'Hỏi về nghỉ phép năm " + tag + "'");
  }

  @Test
  void aRetriedSubmissionAnswersTheFirstAnswerAndCreatesOneRecord() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String key = UUID.randomUUID().toString();
    Http.Res first = http.json("POST", FEEDBACK, question(tag), "Idempotency-Key", key);
    JsonObject receipt = ApiAssertions.ok(first, 201, FEEDBACK, "post");
    assertFalse(first.header("Idempotent-Replayed").isPresent());
    Http.Res again = http.json("POST", FEEDBACK, question(tag), "Idempotency-Key", key);
    assertEquals(201, again.status(), again.body());
    assertEquals("true", again.header("Idempotent-Replayed").orElse(""));
    assertEquals(receipt, again.json(), "the same answer, with the same tracking code and secret");
    assertEquals(first.header("Location"), again.header("Location"));
    assertEquals(first.contentType(), again.contentType());
    assertEquals(1, feedbackRows(tag));
    // the key as a structured-field string is the same key
    assertEquals(receipt, http.json("POST", FEEDBACK, question(tag), "Idempotency-Key", "\"" + key + "\"").json());
    assertEquals(1, feedbackRows(tag));
    // the kept answer is sealed: neither the tracking secret nor the key appear in the table
    List<String> kept = TestServer.query("SELECT encode(response, 'escape') || encode(key_hash, 'escape') "
      + "FROM platform.idempotency_key WHERE operation = 'submitFeedback'");
    assertFalse(kept.isEmpty());
    assertTrue(kept.stream().noneMatch(k -> k.contains(receipt.getString("secret")) || k.contains(key)
      || k.contains(receipt.getString("code"))));
  }

  @Test
  void theSameKeyWithAnotherBodyIs422AndCreatesNothing() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String key = UUID.randomUUID().toString();
    ApiAssertions.ok(http.json("POST", FEEDBACK, question(tag), "Idempotency-Key", key), 201, FEEDBACK, "post");
    JsonObject problem = ApiAssertions.problem(http.json("POST", FEEDBACK, question(tag + "x"), "Idempotency-Key",
      key), 422, FEEDBACK, "post");
    assertEquals("idempotency-key-reused", problem.getString("code"));
    assertEquals(1, feedbackRows(tag));
    assertEquals(0, feedbackRows(tag + "x"));
    // without a key, two posts are two records, as before
    ApiAssertions.ok(http.json("POST", FEEDBACK, question(tag + "n")), 201, FEEDBACK, "post");
    ApiAssertions.ok(http.json("POST", FEEDBACK, question(tag + "n")), 201, FEEDBACK, "post");
    assertEquals(2, feedbackRows(tag + "n"));
    // a key that is no key
    ApiAssertions.problem(http.json("POST", FEEDBACK, question(tag), "Idempotency-Key", "k".repeat(300)), 400,
      FEEDBACK, "post");
  }

  @Test
  void concurrentTwinsCreateExactlyOneRecord() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String key = UUID.randomUUID().toString();
    int twins = 12;
    ExecutorService pool = Executors.newFixedThreadPool(twins);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Http.Res>> answers = new ArrayList<>();
    for (int i = 0; i < twins; i++) {
      answers.add(pool.submit(() -> {
        go.await();
        return http.json("POST", FEEDBACK, question(tag), "Idempotency-Key", key);
      }));
    }
    go.countDown();
    List<String> codes = new ArrayList<>();
    int created = 0;
    int busy = 0;
    for (Future<Http.Res> f : answers) {
      Http.Res r = f.get(60, TimeUnit.SECONDS);
      if (r.status() == 201) {
        created++;
        codes.add(r.json().getString("code"));
      } else {
        assertEquals("idempotency-key-in-use", ApiAssertions.problem(r, 409, FEEDBACK, "post").getString("code"));
        busy++;
      }
    }
    pool.shutdown();
    assertEquals(twins, created + busy);
    assertTrue(created >= 1, "one of the twins created the record");
    assertEquals(1, codes.stream().distinct().count(), "every 201 is the same record: " + codes);
    assertEquals(1, feedbackRows(tag), "exactly one record");
    Http.Res later = http.json("POST", FEEDBACK, question(tag), "Idempotency-Key", key);
    assertEquals(201, later.status(), later.body());
    assertEquals(codes.get(0), later.json().getString("code"));
  }

  @Test
  void aSignedInCreateReplaysItsLocationAndEtagAndKeysAreTheCallersOwn() {
    String key = UUID.randomUUID().toString();
    int n = java.util.concurrent.ThreadLocalRandom.current().nextInt(1000, 10_000);
    JsonObject doc = new JsonObject().put("number", n + "/2023/TT-BNV").put("type", "THONG_TU")
      .put("title", "Thông tư thử nghiệm khóa lặp lại số " + n).put("issuer", "BNV")
      .put("signer", new JsonObject().put("name", "Nguyễn Văn Thử").put("title", "Thứ trưởng"))
      .put("issued_date", "2023-03-01").put("effective_date", "2023-04-15").put("status", "in_force")
      .put("fields", new JsonArray().add("TIEN_LUONG"));
    Http.Res first = http.authed("POST", DOCS, doc, "Idempotency-Key", key);
    ApiAssertions.ok(first, 201, DOCS, "post");
    Http.Res again = http.authed("POST", DOCS, doc, "Idempotency-Key", key);
    assertEquals(201, again.status(), again.body());
    assertEquals(first.header("Location"), again.header("Location"));
    assertEquals(first.header("ETag"), again.header("ETag"));
    assertEquals(first.json(), again.json());
    String docs = "SELECT count(*) FROM legaldocs.document WHERE title = 'Thông tư thử nghiệm khóa lặp lại số " + n
      + "'";
    assertEquals(1, count(docs));
    // another officer's key of the same value is another key: their request runs (and meets the duplicate number)
    String other = "Bearer " + TestServer.token("another-legal-officer", "VU_PHAP_CHE", "officer");
    Http.Res theirs = http.json("POST", DOCS, doc, "Authorization", other, "Idempotency-Key", key);
    assertNotEquals("true", theirs.header("Idempotent-Replayed").orElse(""));
    assertNotEquals(201, theirs.status(), "the number is taken: " + theirs.body());
    assertEquals(1, count(docs));
    assertTrue(new String(again.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).contains(
      String.valueOf(n)));
  }
}
