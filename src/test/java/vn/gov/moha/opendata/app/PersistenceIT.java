package vn.gov.moha.opendata.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/** A second start on the same DATA_DIR finds yesterday's data (embedded PostgreSQL) and does not seed again. */
class PersistenceIT {
  @Test
  void secondStartKeepsTheData() throws Exception {
    if (System.getenv("TEST_DATABASE_URL") != null) {
      return; // the embedded database is what is tested here
    }
    Path dir = Path.of("target", "test-var-restart");
    TestServer.deleteTree(dir);
    String number;
    long total;
    String token;
    Application.Running first = Application.start(TestServer.config(dir, 50));
    try {
      Http http = new Http(first.baseUri());
      JsonObject doc = new JsonObject().put("number", "77/2025/TT-BNV").put("type", "THONG_TU")
        .put("title", "Văn bản kiểm tra lưu trữ bền vững").put("issuer", "BNV").put("issued_date", "2025-05-05")
        .put("status", "in_force");
      token = TestServer.token(first, "persistence-officer", "VU_PHAP_CHE", "officer");
      assertEquals(201, http.json("POST", "/api/v1/legal-documents", doc, "Authorization", "Bearer " + token).status());
      number = doc.getString("number");
      total = http.get("/api/v1/legal-documents?count=true&limit=1").json().getLong("total");
    } finally {
      first.close();
    }
    Application.Running second = Application.start(TestServer.config(dir, 50));
    try {
      Http http = new Http(second.baseUri());
      assertEquals(total, http.get("/api/v1/legal-documents?count=true&limit=1").json().getLong("total"));
      assertEquals(1, http.get("/api/v1/legal-documents?number=" + java.net.URLEncoder.encode(number,
        java.nio.charset.StandardCharsets.UTF_8)).json().getJsonArray("items").size());
      // the local issuer's key pair lives under DATA_DIR too: a token minted before the restart still verifies
      assertEquals(200, http.get("/api/v1/me", "Authorization", "Bearer " + token).status());
    } finally {
      second.close();
    }
  }

  @Test
  void readinessFailsWhenTheDatabaseIsGone() throws Exception {
    if (System.getenv("TEST_DATABASE_URL") != null) {
      return;
    }
    Path dir = Path.of("target", "test-var-ready");
    TestServer.deleteTree(dir);
    Application.Running app = Application.start(TestServer.config(dir, 0));
    try {
      Http http = new Http(app.baseUri());
      assertEquals(200, http.get("/health/ready").status());
      app.embedded().close();
      Http.Res res = http.get("/health/ready");
      assertEquals(503, res.status());
      assertEquals("DOWN", res.json().getString("status"));
      assertEquals(200, http.get("/health").status(), "liveness does not depend on the database");
    } finally {
      app.close();
    }
  }
}
