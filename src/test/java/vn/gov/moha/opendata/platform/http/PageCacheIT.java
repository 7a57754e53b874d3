package vn.gov.moha.opendata.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/**
 * The page cache of the open lists (PageCache): a page asked twice is answered from memory the second time, and never
 * after its rows changed — whether the change came through this server (seen at once), from another writer on the
 * database (psql here; the NOTIFY of V048, within moments), or while the server was not listening (the change's
 * notification is lost: the cache drops everything when it listens again).
 */
class PageCacheIT {
  private static final String LEGAL = "/api/v1/legal-documents";
  private static final String AWARDS = "/api/v1/awards";
  private static final long WAIT_MS = 10_000;

  private final Http http = TestServer.http();

  @Test
  void aLegalListPageIsKeptUntilItsDocumentsChange() throws Exception {
    String number = ThreadLocalRandom.current().nextInt(1, 99_999) + "/2026/TT-BNV-PC";
    String page = LEGAL + "?number=" + number + "&limit=5";

    Http.Res first = http.get(page);
    assertEquals(200, first.status(), first.body());
    assertEquals("moha-opendata; fwd=uri-miss; stored", status(first));
    assertEquals(0, items(first).size());
    Http.Res again = http.get(page);
    assertEquals("moha-opendata; hit", status(again));
    assertEquals(first.body(), again.body());
    ApiAssertions.ok(again, 200, LEGAL, "get");

    // a write through this server: the next read sees it, whatever the timing of the database's notification
    Http.Res created = http.authed("POST", LEGAL, new JsonObject().put("number", number).put("type", "THONG_TU")
      .put("title", "Thông tư thử bộ nhớ đệm").put("issuer", "BNV").put("issued_date", "2026-02-03")
      .put("status", "in_force"));
    assertEquals(201, created.status(), created.body());
    Http.Res after = http.get(page);
    assertEquals("moha-opendata; fwd=uri-miss; stored", status(after), "the write moved the generation on");
    assertEquals("Thông tư thử bộ nhớ đệm", items(after).getJsonObject(0).getString("title"));
    assertEquals("moha-opendata; hit", status(http.get(page)));

    // another writer on the database (not this server): the page goes when the notification arrives
    sql("UPDATE legaldocs.document SET title = 'Đổi ngoài máy chủ' WHERE number = ?", number);
    Http.Res changed = until(page, r -> "Đổi ngoài máy chủ".equals(items(r).getJsonObject(0).getString("title")));
    assertTrue(status(changed).contains("fwd=uri-miss"), status(changed));

    // asking for a fresh page, and asking with credentials, read the database
    assertEquals("moha-opendata; fwd=request; stored", status(http.get(page, "Cache-Control", "no-cache")));
    assertEquals("moha-opendata; fwd=bypass; detail=credentials",
      status(http.get(page, "Authorization", "Bearer " + TestServer.writerToken())));

    // a change made while the server does not listen: its notification is lost, the cache must not serve the page
    assertEquals("moha-opendata; hit", status(http.get(page)));
    try (Connection c = TestServer.jdbc(); Statement s = c.createStatement()) {
      s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        + " WHERE application_name = 'moha-opendata/page-cache'");
      s.execute("UPDATE legaldocs.document SET title = 'Đổi khi không nghe' WHERE number = '" + number + "'");
    }
    Http.Res missed = until(page, r -> "Đổi khi không nghe".equals(items(r).getJsonObject(0).getString("title")));
    assertTrue(!status(missed).endsWith("; hit"), status(missed));
    // and it keeps pages again once it listens
    until(page, r -> status(r).endsWith("; stored"));
    assertEquals("moha-opendata; hit", status(http.get(page)));
  }

  @Test
  void anAwardsPageShowsAWithdrawalAtOnce() {
    String page = AWARDS + "?withdrawn=false&decided_from=2022-01-01&limit=" + ThreadLocalRandom.current().nextInt(2, 9);
    Http.Res first = http.get(page);
    assertEquals(200, first.status(), first.body());
    ApiAssertions.ok(first, 200, AWARDS, "get");
    Http.Res again = http.get(page);
    assertEquals("moha-opendata; hit", status(again));
    assertEquals(first.body(), again.body());
    assertEquals(first.header("Link"), again.header("Link"), "the next link is kept with the page");

    long id = items(first).getJsonObject(0).getLong("id");
    JsonObject in = new JsonObject().put("date", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString())
      .put("decision_number", "77/QĐ-CTN").put("reason", "Kiểm thử bộ nhớ đệm");
    Http.Res withdrawn = http.json("POST", AWARDS + "/" + id + "/withdrawal", in,
      "Authorization", "Bearer " + TestServer.token("board-officer", "BAN_TDKT", "officer"));
    assertEquals(200, withdrawn.status(), withdrawn.body());
    Http.Res after = http.get(page);
    assertTrue(status(after).contains("fwd=uri-miss"), status(after));
    assertTrue(items(after).stream().noneMatch(x -> ((JsonObject) x).getLong("id") == id),
      "the withdrawn award left the page of withdrawn=false");
  }

  private static String status(Http.Res r) {
    return r.header("Cache-Status").orElse("(none)");
  }

  private static JsonArray items(Http.Res r) {
    return r.json().getJsonArray("items");
  }

  private static void sql(String statement, String param) throws Exception {
    try (Connection c = TestServer.jdbc(); PreparedStatement s = c.prepareStatement(statement)) {
      s.setString(1, param);
      assertEquals(1, s.executeUpdate());
    }
  }

  /** The page once it satisfies {@code ok}, asked every 20 ms for at most WAIT_MS. */
  private Http.Res until(String page, Predicate<Http.Res> ok) throws InterruptedException {
    long end = System.currentTimeMillis() + WAIT_MS;
    Http.Res r;
    while (!ok.test(r = http.get(page))) {
      if (System.currentTimeMillis() > end) {
        throw new AssertionError("not within " + WAIT_MS + " ms: " + status(r) + " " + r.body());
      }
      Thread.sleep(20);
    }
    return r;
  }
}
