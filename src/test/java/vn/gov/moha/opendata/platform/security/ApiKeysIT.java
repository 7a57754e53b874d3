package vn.gov.moha.opendata.platform.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.ApiAssertions;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/** Self-service API keys: create (shown once, stored hashed), list, use, revoke; one owner cannot touch another's. */
class ApiKeysIT {
  private static final String KEYS = "/api/v1/api-keys";
  private final Http http = TestServer.http();

  /** Creates a key for this subject and returns it. */
  static String createKey(Http http, String subject) {
    Http.Res res = http.json("POST", KEYS, new JsonObject().put("name", "test key of " + subject),
      "Authorization", "Bearer " + TestServer.token(subject, null, "developer"));
    assertEquals(201, res.status(), res.toString());
    return res.json().getString("key");
  }

  private static String[] as(String subject) {
    return new String[] {"Authorization", "Bearer " + TestServer.token(subject, null, "developer")};
  }

  @Test
  void aKeyIsShownOnceStoredHashedAndIdentifiesItsOwner() throws Exception {
    Http.Res created = http.json("POST", KEYS, new JsonObject().put("name", "  bảng điều khiển  "), as("dev-keys"));
    JsonObject key = ApiAssertions.ok(created, 201, KEYS, "post");
    String secret = key.getString("key");
    assertTrue(secret.matches("moha_[A-Za-z0-9_-]{43}"), secret);
    assertEquals("bảng điều khiển", key.getString("name"));
    assertEquals(secret.substring(0, 12), key.getString("prefix"));
    assertTrue(created.header("Location").orElseThrow().endsWith(KEYS + "/" + key.getString("id")));
    assertEquals("no-store", created.header("Cache-Control").orElseThrow());

    JsonObject list = ApiAssertions.ok(http.get(KEYS, as("dev-keys")), 200, KEYS, "get");
    JsonObject listed = list.getJsonArray("items").getJsonObject(0);
    assertEquals(key.getString("id"), listed.getString("id"));
    assertFalse(listed.containsKey("key"), "the secret is never listed");
    assertFalse(http.get(KEYS, as("dev-keys")).body().contains(secret));

    try (Connection c = TestServer.jdbc();
         PreparedStatement st = c.prepareStatement("SELECT key_hash, t::text FROM platform.api_key t WHERE id = ?::uuid")) {
      st.setString(1, key.getString("id"));
      try (ResultSet rs = st.executeQuery()) {
        assertTrue(rs.next());
        assertArrayEquals(ApiKeys.hash(secret), rs.getBytes(1), "stored as SHA-256");
        assertFalse(rs.getString(2).contains(secret.substring(5)), "the key itself is stored nowhere in the row");
      }
    }

    JsonObject me = http.get("/api/v1/me", "X-API-Key", secret).json();
    assertEquals("api-key", me.getString("authenticated_by"));
    assertEquals("dev-keys", me.getString("subject"));
    assertEquals(key.getString("id"), me.getString("api_key_id"));
    assertEquals(new JsonArray().add("developer").add("public"), me.getJsonArray("roles"));
  }

  @Test
  void aRevokedKeyIsRefusedAtOnce() {
    String secret = createKey(http, "dev-revoke");
    String id = http.get("/api/v1/me", "X-API-Key", secret).json().getString("api_key_id");
    assertEquals(200, http.get("/api/v1/legal-documents?limit=1", "X-API-Key", secret).status());
    assertEquals(404, http.send("DELETE", KEYS + "/" + id, null, null, as("someone-else")).status(),
      "another user cannot revoke it, nor learn that it exists");
    assertEquals(200, http.get("/api/v1/legal-documents?limit=1", "X-API-Key", secret).status());
    assertEquals(204, http.send("DELETE", KEYS + "/" + id, null, null, as("dev-revoke")).status());
    Http.Res refused = http.get("/api/v1/legal-documents?limit=1", "X-API-Key", secret);
    assertEquals("invalid-api-key", ApiAssertions.problem(refused, 401, null, null).getString("code"));
    assertEquals(204, http.send("DELETE", KEYS + "/" + id, null, null, as("dev-revoke")).status(), "idempotent");
    JsonObject listed = http.get(KEYS, as("dev-revoke")).json().getJsonArray("items").getJsonObject(0);
    assertTrue(listed.getString("revoked_at") != null, listed.encode());
  }

  @Test
  void keysCannotManageKeysNorBeGuessed() {
    String secret = createKey(http, "dev-guess");
    assertEquals(403, http.get(KEYS, "X-API-Key", secret).status(), "keys do not manage keys");
    String wrong = secret.substring(0, secret.length() - 1) + (secret.endsWith("A") ? "B" : "A");
    assertEquals(401, http.get("/api/v1/legal-documents?limit=1", "X-API-Key", wrong).status());
    assertEquals(401, http.get("/api/v1/legal-documents?limit=1", "X-API-Key", "' OR 1=1 --").status());
    assertEquals(400, http.get("/api/v1/me", "X-API-Key", secret, "Authorization",
      "Bearer " + TestServer.token("dev-guess", null, "developer")).status(), "one credential at a time");
  }

  @Test
  void activeKeysPerOwnerAreCapped() {
    String[] owner = as("dev-many");
    for (int i = 0; i < AccessApi.MAX_ACTIVE_KEYS; i++) {
      assertEquals(201, http.json("POST", KEYS, new JsonObject().put("name", "k" + i), owner).status());
    }
    Http.Res more = http.json("POST", KEYS, new JsonObject().put("name", "one too many"), owner);
    assertEquals("too-many-keys", ApiAssertions.problem(more, 409, null, null).getString("code"));
    String id = http.get(KEYS, owner).json().getJsonArray("items").getJsonObject(0).getString("id");
    assertEquals(204, http.send("DELETE", KEYS + "/" + id, null, null, owner).status());
    assertEquals(201, http.json("POST", KEYS, new JsonObject().put("name", "after revoking one"), owner).status());
  }

  @Test
  void badInputIsA400NamingTheField() {
    ApiAssertions.fieldError(http.json("POST", KEYS, new JsonObject(), as("dev-bad")), 400, "/name", KEYS, "post");
    ApiAssertions.fieldError(http.json("POST", KEYS, new JsonObject().put("name", "   "), as("dev-bad")), 400,
      "/name", KEYS, "post");
    assertEquals(400, http.send("DELETE", KEYS + "/not-a-uuid", null, null, as("dev-bad")).status());
  }
}
