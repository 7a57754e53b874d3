package vn.gov.moha.opendata.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/**
 * Each role on each kind of operation: open reads, unit-scoped writes, self-service keys, the audit log. The
 * expected status of every (caller, operation) pair is spelled out; the test reports every mismatch at once.
 */
class AccessIT {
  private static final AtomicInteger SEQ = new AtomicInteger();
  private final Http http = TestServer.http();

  /** The callers: name → request headers. */
  private Map<String, String[]> callers() {
    Map<String, String[]> m = new LinkedHashMap<>();
    m.put("anonymous", new String[0]);
    m.put("api-key", new String[] {"X-API-Key", ApiKeysIT.createKey(http, "access-matrix-dev")});
    m.put("developer", bearer(TestServer.token("dev-1", null, "developer")));
    m.put("officer-legal", bearer(TestServer.token("officer-legal", "VU_PHAP_CHE", "officer")));
    m.put("officer-ngo", bearer(TestServer.token("officer-ngo", "VU_TCPCP", "officer")));
    m.put("officer-no-unit", bearer(TestServer.token("officer-nounit", null, "officer")));
    m.put("reviewer", bearer(TestServer.token("reviewer-1", "VU_CCHC", "reviewer")));
    m.put("admin", bearer(TestServer.token("admin-1", null, "admin")));
    m.put("auditor", bearer(TestServer.token("auditor-1", null, "auditor")));
    return m;
  }

  private static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  @Test
  void everyRoleOnEveryKindOfOperation() {
    // expected statuses, in the order of callers(): anonymous, api-key, developer, officer-legal, officer-ngo,
    // officer-no-unit, reviewer, admin, auditor
    Map<String, int[]> expected = new LinkedHashMap<>();
    expected.put("read open data", new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200});
    expected.put("create legal document", new int[] {401, 403, 403, 201, 403, 403, 403, 201, 403});
    expected.put("list own API keys", new int[] {401, 403, 200, 200, 200, 200, 200, 200, 200});
    expected.put("read audit log", new int[] {401, 403, 403, 403, 403, 403, 403, 403, 200});
    List<String> mismatches = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, String[]> caller : callers().entrySet()) {
      for (Map.Entry<String, int[]> op : expected.entrySet()) {
        Http.Res res = call(op.getKey(), caller.getValue());
        int want = op.getValue()[i];
        if (res.status() != want) {
          mismatches.add(caller.getKey() + " / " + op.getKey() + ": expected " + want + ", got " + res);
        } else if (want >= 400) {
          JsonObject p = ApiAssertions.problem(res, want, null, null);
          assertTrue(p.getString("request_id") != null, "problems carry the request id");
        }
      }
      i++;
    }
    assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
  }

  private Http.Res call(String op, String[] headers) {
    return switch (op) {
      case "read open data" -> http.get("/api/v1/legal-documents?limit=1", headers);
      case "create legal document" -> http.json("POST", "/api/v1/legal-documents", document(), headers);
      case "list own API keys" -> http.get("/api/v1/api-keys", headers);
      case "read audit log" -> http.get("/api/v1/audit-events?limit=1", headers);
      default -> throw new IllegalArgumentException(op);
    };
  }

  @Test
  void refusalsSayWhatIsMissing() {
    Http.Res anon = http.json("POST", "/api/v1/legal-documents", document());
    assertEquals("unauthorized", ApiAssertions.problem(anon, 401, "/api/v1/legal-documents", "post").getString("code"));
    assertTrue(anon.header("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
    Http.Res key = http.json("POST", "/api/v1/legal-documents", document(), "X-API-Key",
      ApiKeysIT.createKey(http, "refusals-dev"));
    assertEquals("credential-not-accepted", ApiAssertions.problem(key, 403, null, null).getString("code"));
    Http.Res ngo = http.json("POST", "/api/v1/legal-documents", document(),
      bearer(TestServer.token("officer-ngo", "VU_TCPCP", "officer")));
    JsonObject p = ApiAssertions.problem(ngo, 403, "/api/v1/legal-documents", "post");
    assertEquals("unit-scope", p.getString("code"));
    assertTrue(p.getString("detail").contains("VU_PHAP_CHE"), p.encode());
    Http.Res reviewer = http.json("POST", "/api/v1/legal-documents", document(),
      bearer(TestServer.token("reviewer-1", "VU_PHAP_CHE", "reviewer")));
    assertEquals("forbidden", ApiAssertions.problem(reviewer, 403, null, null).getString("code"));
  }

  @Test
  void officersOfOtherUnitsCannotUpdateOrDelete() {
    Http.Res created = http.json("POST", "/api/v1/legal-documents", document(), bearer(TestServer.writerToken()));
    assertEquals(201, created.status(), created.toString());
    String url = created.header("Location").orElseThrow();
    String etag = created.header("ETag").orElseThrow();
    String[] ngo = bearer(TestServer.token("officer-ngo", "VU_TCPCP", "officer"));
    String[] withMatch = {ngo[0], ngo[1], "If-Match", etag};
    assertEquals(403, http.json("PUT", url, document(), withMatch).status());
    assertEquals(403, http.send("DELETE", url, null, null, withMatch).status());
    assertEquals(200, http.get(url).status(), "still there, unchanged");
    assertEquals(etag, http.get(url).header("ETag").orElseThrow());
    String[] admin = bearer(TestServer.token("admin-1", null, "admin"));
    assertEquals(204, http.send("DELETE", url, null, null, admin[0], admin[1], "If-Match", etag).status());
  }

  /** A valid new document with a unique number. */
  static JsonObject document() {
    int n = 9500 + SEQ.incrementAndGet();
    return new JsonObject().put("number", n + "/2026/TT-BNV").put("type", "THONG_TU")
      .put("title", "Thông tư kiểm tra phân quyền số " + n).put("issuer", "BNV").put("issued_date", "2026-01-15")
      .put("status", "in_force");
  }
}
