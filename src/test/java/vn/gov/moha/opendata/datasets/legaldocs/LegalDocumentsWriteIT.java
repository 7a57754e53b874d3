package vn.gov.moha.opendata.datasets.legaldocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.moha.opendata.support.ApiAssertions.fieldError;
import static vn.gov.moha.opendata.support.ApiAssertions.ok;
import static vn.gov.moha.opendata.support.ApiAssertions.problem;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.TestServer;

/** Writing legal documents: auth, create/update/delete, conditional requests, every validation path. */
public class LegalDocumentsWriteIT {
  static final String LIST = "/api/v1/legal-documents";
  static final String ONE = "/api/v1/legal-documents/{id}";
  static final AtomicInteger SEQ = new AtomicInteger(9000);
  final Http http = TestServer.http();

  /** A valid Thông tư of the ministry with a number no other test uses. */
  public static JsonObject circular() {
    int n = SEQ.incrementAndGet();
    return new JsonObject()
      .put("number", n + "/2024/TT-BNV")
      .put("type", "THONG_TU")
      .put("title", "Hướng dẫn thử nghiệm về chế độ tiền lương của công chức số " + n)
      .put("issuer", "BNV")
      .put("signer", new JsonObject().put("name", "Nguyễn Văn Thử").put("title", "Thứ trưởng"))
      .put("issued_date", "2024-03-01")
      .put("effective_date", "2024-04-15")
      .put("status", "in_force")
      .put("fields", new JsonArray().add("TIEN_LUONG").add("CAN_BO_CONG_CHUC"))
      .put("summary", "Văn bản do bộ kiểm thử tạo")
      .put("full_text", "Điều 1. Phạm vi điều chỉnh …")
      .put("attachments", new JsonArray().add(new JsonObject().put("name", n + "-2024-TT-BNV.pdf")
        .put("media_type", "application/pdf").put("size", 123456)
        .put("checksum", "a".repeat(64))));
  }

  long anyId() {
    return http.get(LIST + "?limit=1&sort=issued_date").json().getJsonArray("items").getJsonObject(0).getLong("id");
  }

  int countByNumber(String number) {
    return http.get(LIST + "?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8)).json()
      .getJsonArray("items").size();
  }

  @Test
  void createThenReadBack() {
    long target = anyId();
    JsonObject body = circular().put("relations", new JsonArray().add(new JsonObject().put("type", "details")
      .put("target", target)));
    Http.Res res = http.authed("POST", LIST, body);
    JsonObject created = ok(res, 201, LIST, "POST");
    long id = created.getLong("id");
    assertEquals(TestServer.base() + LIST + "/" + id, res.header("Location").orElseThrow());
    assertEquals("\"" + id + "-1\"", res.header("ETag").orElseThrow());
    assertEquals("normative", created.getString("kind"));
    Http.Res read = http.get(res.header("Location").orElseThrow());
    JsonObject doc = ok(read, 200, ONE, "GET");
    assertEquals(body.getString("number"), doc.getString("number"));
    assertEquals(body.getString("title"), doc.getString("title"));
    assertEquals("Nguyễn Văn Thử", doc.getJsonObject("signer").getString("name"));
    assertEquals(body.getJsonArray("attachments"), doc.getJsonArray("attachments"));
    assertEquals(1, doc.getJsonArray("relations").size());
    // the target sees the inverse relation
    JsonObject rel = http.get(LIST + "/" + target + "/relations").json();
    assertTrue(rel.getJsonArray("items").stream().map(JsonObject.class::cast).anyMatch(i ->
      i.getString("type").equals("detailed_by") && i.getString("direction").equals("incoming")
        && i.getJsonObject("document").getLong("id") == id));
    // and search finds it without diacritics
    JsonArray hits = http.get(LIST + "?q=" + URLEncoder.encode("huong dan thu nghiem che do tien luong "
      + body.getString("title").replaceAll(".* ", ""), StandardCharsets.UTF_8)).json().getJsonArray("items");
    assertTrue(hits.stream().map(JsonObject.class::cast).anyMatch(d -> d.getLong("id") == id), hits.encode());
  }

  @Test
  void writesNeedTheToken() {
    problem(http.json("POST", LIST, circular()), 401, LIST, "POST");
    Http.Res wrong = http.json("POST", LIST, circular(), "Authorization", "Bearer not-the-token-at-all");
    problem(wrong, 401, LIST, "POST");
    assertTrue(wrong.header("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
    problem(http.json("DELETE", LIST + "/" + anyId(), null), 401, ONE, "DELETE");
    problem(http.json("PUT", LIST + "/" + anyId(), circular(), "If-Match", "*"), 401, ONE, "PUT");
  }

  @Test
  void updateNeedsIfMatchAndDetectsLostUpdates() {
    Http.Res created = http.authed("POST", LIST, circular());
    long id = created.json().getLong("id");
    String etag = created.header("ETag").orElseThrow();
    JsonObject changed = created.json();
    JsonObject body = circular().put("number", changed.getString("number")).put("title", "Tiêu đề đã sửa đổi");
    problem(http.authed("PUT", LIST + "/" + id, body), 428, ONE, "PUT");
    problem(http.authed("PUT", LIST + "/" + id, body, "If-Match", "\"" + id + "-99\""), 412, ONE, "PUT");
    Http.Res updated = http.authed("PUT", LIST + "/" + id, body, "If-Match", etag);
    JsonObject doc = ok(updated, 200, ONE, "PUT");
    assertEquals("Tiêu đề đã sửa đổi", doc.getString("title"));
    String etag2 = updated.header("ETag").orElseThrow();
    assertNotEquals(etag, etag2);
    // the old ETag is now stale
    problem(http.authed("PUT", LIST + "/" + id, body, "If-Match", etag), 412, ONE, "PUT");
    assertEquals(304, http.get(LIST + "/" + id, "If-None-Match", etag2).status());
    problem(http.authed("PUT", LIST + "/987654321", body, "If-Match", "*"), 404, ONE, "PUT");
  }

  @Test
  void deleteRemovesTheDocument() {
    Http.Res created = http.authed("POST", LIST, circular());
    long id = created.json().getLong("id");
    problem(http.authed("DELETE", LIST + "/" + id, null, "If-Match", "\"0-0\""), 412, ONE, "DELETE");
    assertEquals(204, http.authed("DELETE", LIST + "/" + id, null).status());
    problem(http.get(LIST + "/" + id), 404, ONE, "GET");
    problem(http.authed("DELETE", LIST + "/" + id, null), 404, ONE, "DELETE");
  }

  /**
   * A document read by id carries the attachments and relations that V049's triggers keep in
   * legaldocs.document_parts: they must follow every write — create, a PUT that replaces both, a relation removed
   * by the cascade when its target is deleted — and, for every document of the database (the demo seed included),
   * equal what the source tables say.
   */
  @Test
  void attachmentsAndRelationsFollowEveryWrite() {
    long first = anyId();
    JsonObject targetBody = circular();
    long target = http.authed("POST", LIST, targetBody).json().getLong("id");
    JsonObject body = circular();
    body.getJsonArray("attachments").add(new JsonObject().put("name", "phu-luc.docx")
      .put("media_type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document").put("size", 42)
      .put("checksum", "b".repeat(64)));
    body.put("relations", new JsonArray().add(new JsonObject().put("type", "amends").put("target", first))
      .add(new JsonObject().put("type", "details").put("target", target)));
    Http.Res created = http.authed("POST", LIST, body);
    long id = ok(created, 201, LIST, "POST").getLong("id");
    JsonObject doc = ok(http.get(LIST + "/" + id), 200, ONE, "GET");
    assertEquals(2, doc.getJsonArray("attachments").size());
    assertEquals("phu-luc.docx", doc.getJsonArray("attachments").getJsonObject(1).getString("name"));
    assertEquals(2, doc.getJsonArray("relations").size());
    // a statement outside the API (psql, a migration) is followed too
    try (java.sql.Connection c = TestServer.jdbc(); java.sql.Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE legaldocs.attachment SET name = 'phu-luc-2.docx' WHERE document_id = " + id
        + " AND ord = 1");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    assertEquals("phu-luc-2.docx", ok(http.get(LIST + "/" + id), 200, ONE, "GET").getJsonArray("attachments")
      .getJsonObject(1).getString("name"));

    // a PUT replaces both: one attachment, one relation
    JsonObject replaced = circular().put("number", body.getString("number"))
      .put("relations", new JsonArray().add(new JsonObject().put("type", "details").put("target", target)));
    JsonObject answer = ok(http.authed("PUT", LIST + "/" + id, replaced, "If-Match",
      created.header("ETag").orElseThrow()), 200, ONE, "PUT");
    assertEquals(replaced.getJsonArray("attachments"), answer.getJsonArray("attachments"));
    doc = ok(http.get(LIST + "/" + id), 200, ONE, "GET");
    assertEquals(replaced.getJsonArray("attachments"), doc.getJsonArray("attachments"));
    assertEquals(new JsonArray().add(new JsonObject().put("type", "details").put("target", target)),
      doc.getJsonArray("relations"));

    // deleting the target takes the relation away from the document that pointed at it
    assertEquals(204, http.authed("DELETE", LIST + "/" + target, null).status());
    assertEquals(new JsonArray(), ok(http.get(LIST + "/" + id), 200, ONE, "GET").getJsonArray("relations"));
    // and a PUT without attachments leaves none
    String etag = http.get(LIST + "/" + id).header("ETag").orElseThrow();
    JsonObject bare = circular().put("number", body.getString("number"));
    bare.remove("attachments");
    ok(http.authed("PUT", LIST + "/" + id, bare, "If-Match", etag), 200, ONE, "PUT");
    doc = ok(http.get(LIST + "/" + id), 200, ONE, "GET");
    assertEquals(new JsonArray(), doc.getJsonArray("attachments"));
    assertEquals(new JsonArray(), doc.getJsonArray("relations"));
    assertEquals(List.of("0"), TestServer.query("SELECT count(*) FROM legaldocs.document_parts WHERE document_id = "
      + id));

    // every document: the kept arrays are what the source tables say (compared as jsonb)
    assertEquals(List.of("0"), TestServer.query("SELECT count(*) FROM legaldocs.document d "
      + "LEFT JOIN legaldocs.document_parts p ON p.document_id = d.id WHERE "
      + "coalesce(p.attachments, '[]')::jsonb IS DISTINCT FROM (SELECT coalesce(jsonb_agg(jsonb_build_object('name', "
      + "a.name, 'media_type', a.media_type, 'size', a.size, 'checksum', a.checksum) ORDER BY a.ord), '[]') "
      + "FROM legaldocs.attachment a WHERE a.document_id = d.id) "
      + "OR coalesce(p.relations, '[]')::jsonb IS DISTINCT FROM (SELECT coalesce(jsonb_agg(jsonb_build_object('type', "
      + "r.type_code, 'target', r.target_id) ORDER BY r.type_code, r.target_id), '[]') "
      + "FROM legaldocs.relation r WHERE r.source_id = d.id)"));
    assertTrue(Integer.parseInt(TestServer.query("SELECT count(*) FROM legaldocs.document_parts").get(0)) > 0);
  }

  @Test
  void unknownCodesAreNamed() {
    fieldError(http.authed("POST", LIST, circular().put("type", "NO_SUCH_TYPE")), 400, "/type", LIST, "POST");
    fieldError(http.authed("POST", LIST, circular().put("issuer", "NOBODY")), 400, "/issuer", LIST, "POST");
    fieldError(http.authed("POST", LIST, circular().put("fields", new JsonArray().add("TIEN_LUONG").add("NOPE"))), 400,
      "/fields/1", LIST, "POST");
    fieldError(http.authed("POST", LIST, circular().put("status", "valid")), 400, "/status", LIST, "POST");
  }

  @Test
  void datesMustBeInOrder() {
    fieldError(http.authed("POST", LIST, circular().put("effective_date", "2024-02-01")), 400, "/effective_date",
      LIST, "POST");
    fieldError(http.authed("POST", LIST, circular().put("expiry_date", "2024-04-01")), 400, "/expiry_date", LIST,
      "POST");
    fieldError(http.authed("POST", LIST, circular().put("issued_date", "2024-02-30")), 400, "/issued_date", LIST,
      "POST");
  }

  @Test
  void malformedNumbersAreRefused() {
    for (String bad : new String[] {"abc/2024/TT-BNV", "12/TT-BNV", "12/24/TT-BNV", "12 / 2024 / TT-BNV"}) {
      fieldError(http.authed("POST", LIST, circular().put("number", bad)), 400, "/number", LIST, "POST");
    }
    // the year in a normative number must be the year of issue
    fieldError(http.authed("POST", LIST, circular().put("number", SEQ.incrementAndGet() + "/2023/TT-BNV")), 400,
      "/number", LIST, "POST");
    // administrative numbers carry no year
    JsonObject admin = circular().put("type", "KE_HOACH").put("number", SEQ.incrementAndGet() + "/KH-BNV");
    ok(http.authed("POST", LIST, admin), 201, LIST, "POST");
    fieldError(http.authed("POST", LIST, circular().put("type", "KE_HOACH").put("number", "kế hoạch")), 400, "/number",
      LIST, "POST");
  }

  @Test
  void duplicateNumberIsAConflict() {
    JsonObject body = circular();
    ok(http.authed("POST", LIST, body), 201, LIST, "POST");
    fieldError(http.authed("POST", LIST, body), 409, "/number", LIST, "POST");
    assertEquals(1, countByNumber(body.getString("number")));
  }

  @Test
  void relationToAMissingDocumentWritesNothing() {
    JsonObject body = circular().put("relations", new JsonArray()
      .add(new JsonObject().put("type", "amends").put("target", anyId()))
      .add(new JsonObject().put("type", "repeals").put("target", 987654321L)));
    fieldError(http.authed("POST", LIST, body), 400, "/relations/1/target", LIST, "POST");
    assertEquals(0, countByNumber(body.getString("number")), "no half-written document");
    JsonObject badType = circular().put("relations", new JsonArray()
      .add(new JsonObject().put("type", "amended_by").put("target", anyId())));
    fieldError(http.authed("POST", LIST, badType), 400, "/relations/0/type", LIST, "POST");
  }

  @Test
  void failedUpdateLeavesTheDocumentAsItWas() {
    Http.Res created = http.authed("POST", LIST, circular());
    long id = created.json().getLong("id");
    JsonObject body = circular().put("number", created.json().getString("number")).put("title", "Không được lưu")
      .put("relations", new JsonArray().add(new JsonObject().put("type", "amends").put("target", 987654321L)));
    fieldError(http.authed("PUT", LIST + "/" + id, body, "If-Match", created.header("ETag").orElseThrow()), 400,
      "/relations/0/target", ONE, "PUT");
    JsonObject after = http.get(LIST + "/" + id).json();
    assertEquals(created.json().getString("title"), after.getString("title"));
    assertEquals(created.json().getJsonArray("attachments"), after.getJsonArray("attachments"));
    fieldError(http.authed("PUT", LIST + "/" + id, body.put("relations", new JsonArray().add(new JsonObject()
      .put("type", "amends").put("target", id))), "If-Match", "*"), 400, "/relations/0/target", ONE, "PUT");
  }

  @Test
  void schemaErrorsNameTheField() {
    fieldError(http.authed("POST", LIST, circular().put("unexpected", 1)), 400, "/unexpected", LIST, "POST");
    JsonObject missing = circular();
    missing.remove("title");
    fieldError(http.authed("POST", LIST, missing), 400, "/title", LIST, "POST");
    fieldError(http.authed("POST", LIST, circular().put("attachments", new JsonArray().add(new JsonObject()
      .put("name", "x.pdf").put("media_type", "application/pdf").put("size", -1)))), 400, "/attachments/0/size", LIST,
      "POST");
  }
}
