package vn.gov.moha.opendata.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/** The audit trail of writes, refused attempts and restricted reads; the log cannot be changed. */
class AuditIT {
  private static final String AUDIT = "/api/v1/audit-events";
  private final Http http = TestServer.http();
  private final String[] auditor = {"Authorization", "Bearer " + TestServer.token("auditor-9", null, "auditor")};

  private JsonArray events(String query) {
    return ApiAssertions.ok(http.get(AUDIT + "?" + query, auditor), 200, AUDIT, "get").getJsonArray("items");
  }

  @Test
  void aWriteLeavesOneAuditRowWithWhoWhatWhereAndHow() throws InterruptedException {
    JsonObject doc = new JsonObject().put("number", "9901/2026/TT-BNV").put("type", "THONG_TU")
      .put("title", "Thông tư kiểm tra nhật ký kiểm toán").put("issuer", "BNV").put("issued_date", "2026-02-02")
      .put("status", "in_force");
    Http.Res created = http.json("POST", "/api/v1/legal-documents", doc, "Authorization",
      "Bearer " + TestServer.token("officer-audit", "VU_PHAP_CHE", "officer"), "X-Request-Id", "audit-test-0001");
    assertEquals(201, created.status(), created.toString());
    assertEquals("audit-test-0001", created.header("X-Request-Id").orElseThrow());
    String id = String.valueOf(created.json().getLong("id"));

    JsonArray rows = events("record_type=legal-document&record_id=" + id);
    assertEquals(1, rows.size(), rows.encodePrettily());
    JsonObject e = rows.getJsonObject(0);
    assertEquals("officer-audit", e.getString("actor"));
    assertEquals("token", e.getString("authenticated_by"));
    assertTrue(e.getJsonArray("roles").contains("officer"));
    assertEquals("VU_PHAP_CHE", e.getString("unit"));
    assertEquals("createLegalDocument", e.getString("operation"));
    assertEquals("POST", e.getString("method"));
    assertEquals("success", e.getString("outcome"));
    assertEquals(201, e.getInteger("status"));
    assertEquals("127.0.0.1", e.getString("client_ip"));
    assertEquals("audit-test-0001", e.getString("request_id"));

    // a write that fails rolls back with its audit row, and the attempt is kept as failed
    Http.Res duplicate = http.json("POST", "/api/v1/legal-documents", doc, "Authorization",
      "Bearer " + TestServer.token("officer-audit", "VU_PHAP_CHE", "officer"), "X-Request-Id", "audit-test-0002");
    assertEquals(409, duplicate.status(), duplicate.toString());
    // the failed attempt's row is written after the rolled-back transaction, when the answer is already out
    JsonArray attempts = events("actor=officer-audit&operation=createLegalDocument");
    for (long until = System.nanoTime() + 10_000_000_000L; attempts.size() < 2 && System.nanoTime() < until; ) {
      Thread.sleep(50);
      attempts = events("actor=officer-audit&operation=createLegalDocument");
    }
    assertEquals(List.of("failed", "success"), attempts.stream().map(o -> ((JsonObject) o).getString("outcome")).toList());
    assertEquals("audit-test-0002", attempts.getJsonObject(0).getString("request_id"));
    assertEquals(409, attempts.getJsonObject(0).getInteger("status"), "the status the caller got");
  }

  @Test
  void refusedAttemptsAreAudited() throws Exception {
    JsonObject doc = new JsonObject().put("number", "9902/2026/TT-BNV").put("type", "THONG_TU")
      .put("title", "Thông tư của đơn vị khác").put("issuer", "BNV").put("issued_date", "2026-02-03")
      .put("status", "in_force");
    http.json("POST", "/api/v1/legal-documents", doc, "Authorization",
      "Bearer " + TestServer.token("officer-elsewhere", "VU_TCPCP", "officer"));
    http.get(AUDIT, "Authorization", "Bearer " + TestServer.token("curious-admin", null, "admin"));
    Thread.sleep(300); // refused attempts are stored right after the answer
    JsonObject unit = events("actor=officer-elsewhere").getJsonObject(0);
    assertEquals("denied", unit.getString("outcome"));
    assertEquals(403, unit.getInteger("status"));
    assertEquals("createLegalDocument", unit.getString("operation"));
    Http.Res keyOnDelete = http.send("DELETE", "/api/v1/legal-documents/424242", null, null, "Authorization",
      "Bearer " + TestServer.token("curious-reviewer", null, "reviewer"));
    assertEquals(403, keyOnDelete.status());
    Thread.sleep(300);
    JsonObject byRecord = events("record_id=424242&outcome=denied").getJsonObject(0);
    assertEquals("curious-reviewer", byRecord.getString("actor"), "refusals name the record the request was about");
    JsonObject role = events("actor=curious-admin").getJsonObject(0);
    assertEquals("listAuditEvents", role.getString("operation"));
    assertEquals("denied", role.getString("outcome"));
  }

  @Test
  void readingTheAuditLogIsItselfAudited() {
    String[] reader = {"Authorization", "Bearer " + TestServer.token("auditor-reader", null, "auditor"),
      "X-Request-Id", "audit-read-42"};
    assertEquals(200, http.get(AUDIT + "?limit=5", reader).status());
    JsonObject read = events("actor=auditor-reader").getJsonObject(0);
    assertEquals("listAuditEvents", read.getString("operation"));
    assertEquals("audit-event", read.getString("record_type"));
    assertEquals("audit-read-42", read.getString("request_id"));
  }

  @Test
  void pagingWalksTheWholeFilteredLogOnce() {
    for (int i = 0; i < 5; i++) {
      http.get(AUDIT + "?limit=1", "Authorization", "Bearer " + TestServer.token("auditor-pager", null, "auditor"));
    }
    JsonObject page = ApiAssertions.ok(http.get(AUDIT + "?limit=2&actor=auditor-pager", auditor), 200, AUDIT, "get");
    int seen = page.getJsonArray("items").size();
    long last = Long.MAX_VALUE;
    while (page.getString("next") != null) {
      for (Object o : page.getJsonArray("items")) {
        long id = ((JsonObject) o).getLong("id");
        assertTrue(id < last, "newest first, no repeats");
        last = id;
      }
      assertTrue(page.getString("next").startsWith(TestServer.base()), "absolute next link");
      page = http.get(page.getString("next"), auditor).json();
      seen += page.getJsonArray("items").size();
    }
    assertEquals(5, seen);
  }

  @Test
  void theLogIsAppendOnly() throws Exception {
    try (Connection c = TestServer.jdbc(); Statement st = c.createStatement()) {
      assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE platform.audit_event SET actor = 'nobody'"));
      assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM platform.audit_event"));
      assertThrows(SQLException.class, () -> st.executeUpdate("TRUNCATE platform.audit_event"));
    }
    assertEquals(405, http.send("DELETE", AUDIT, null, null, auditor).status());
    assertEquals(405, http.json("PUT", AUDIT, new JsonObject(), auditor).status());
  }

  @Test
  void filtersAreValidated() {
    ApiAssertions.problem(http.get(AUDIT + "?outcome=deleted", auditor), 400, AUDIT, "get");
    ApiAssertions.problem(http.get(AUDIT + "?since=yesterday", auditor), 400, AUDIT, "get");
    ApiAssertions.problem(http.get(AUDIT + "?cursor=abc", auditor), 400, AUDIT, "get");
  }
}
