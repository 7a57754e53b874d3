package vn.gov.moha.opendata.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.datasets.legaldocs.LegalDocsApi;
import vn.gov.moha.opendata.platform.db.Database;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/**
 * DATABASE_READ_URL: the open read-only endpoints read through a second pool, everything else through the primary.
 * There is no replica here, so the "replica" is the test database reached as a role that may only read (as a hot
 * standby only reads): writes through the server still succeed (they did not go to it), the open endpoints answer
 * (they may go to it), and once that role may no longer read the open legal documents, their download fails while their
 * list, on the primary, still answers — the routing, seen from outside.
 */
class ReadReplicaIT {
  @Test
  void theOpenReadOnlyEndpointsReadFromTheReplicaAndTheRestFromThePrimary() throws Exception {
    TestServer.get();
    String role = "moha_reader_" + Long.toHexString(System.nanoTime());
    try (Connection c = TestServer.jdbc(); Statement s = c.createStatement()) {
      s.execute("CREATE ROLE " + role + " LOGIN");
      String schemas;
      try (ResultSet rs = s.executeQuery("SELECT string_agg(quote_ident(nspname), ',') FROM pg_namespace WHERE "
        + "nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'")) {
        rs.next();
        schemas = rs.getString(1);
      }
      s.execute("GRANT USAGE ON SCHEMA " + schemas + " TO " + role);
      s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + schemas + " TO " + role);
    }
    String primary = TestServer.databaseUrl();
    java.net.URI u = java.net.URI.create(primary);
    String replica = "postgresql://" + role + "@" + u.getHost() + ":" + u.getPort() + u.getPath();
    Path dir = Path.of("target", "test-var-read-replica");
    TestServer.deleteTree(dir);
    Application.Running app = Application.start(TestServer.config(dir, 0, Map.of("DATABASE_URL", primary,
      "DATABASE_READ_URL", replica, "DOWNLOAD_CACHE", "false")));
    try {
      Http http = new Http(app.baseUri());
      String token = TestServer.token(app, "reader-test-officer", LegalDocsApi.OWNER_UNIT, "officer");
      // a write: the replica's role could not have made it
      Http.Res created = http.json("POST", "/api/v1/legal-documents", new JsonObject().put("number",
          "7/2026/TT-BNV-RR").put("type", "THONG_TU").put("title", "Bản sao chỉ đọc").put("issuer", "BNV")
        .put("issued_date", "2026-02-03").put("status", "in_force"), "Authorization", "Bearer " + token);
      assertEquals(201, created.status(), created.body());
      assertEquals(200, http.get("/catalog").status());
      assertEquals(200, http.get("/datasets/legal-documents").status());
      assertEquals(200, http.get("/downloads/legal-documents.csv").status());
      assertEquals(200, http.get("/api/v1/legal-documents?limit=5").status());
      assertTrue(count("SELECT count(*) FROM pg_stat_activity WHERE usename = '" + role + "' AND application_name = '"
        + "moha-opendata/" + Database.READ + "'") > 0, "the read pool's connections are the replica's role");

      try (Connection c = TestServer.jdbc(); Statement s = c.createStatement()) {
        s.execute("REVOKE SELECT ON legaldocs.open_document FROM " + role);
      }
      String outcome;
      try {
        Http.Res download = http.get("/downloads/legal-documents.csv");
        outcome = download.status() >= 500 || !download.body().contains("7/2026/TT-BNV-RR") ? "failed"
          : "answered " + download.status();
      } catch (IllegalStateException cut) {
        outcome = "failed"; // the stream was cut after its headers
      }
      assertEquals("failed", outcome, "the download reads through the replica, which may no longer read the view");
      Http.Res list = http.get("/api/v1/legal-documents?number=7/2026/TT-BNV-RR");
      assertEquals(200, list.status(), "the dataset's list stays on the primary");
      assertEquals(1, list.json().getJsonArray("items").size(), list.body());
    } finally {
      app.close();
      try (Connection c = TestServer.jdbc(); Statement s = c.createStatement()) {
        s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + role + "'");
        s.execute("DROP OWNED BY " + role);
        s.execute("DROP ROLE " + role);
      }
    }
  }

  private static long count(String sql) throws Exception {
    try (Connection c = TestServer.jdbc(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
