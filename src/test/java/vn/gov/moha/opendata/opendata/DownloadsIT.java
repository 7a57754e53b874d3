package vn.gov.moha.opendata.opendata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.opendata.downloads.DownloadCounter;
import vn.gov.moha.opendata.support.TestServer;

/**
 * Bulk downloads beyond the dumps (DumpsIT): JSON and NDJSON hold the CSV's records, typed; the English CSV header;
 * the Frictionless data package matches the files; a version streamed once is then served from its file with
 * Content-Length and byte ranges, until the data changes; filters; download counts.
 */
class DownloadsIT {
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
    .connectTimeout(Duration.ofSeconds(5)).build();
  private static final Path FILES = Path.of("target", "test-var", "downloads");
  private final String base = TestServer.base();

  /** A response with its body as bytes. */
  record Res(int status, java.net.http.HttpHeaders headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    boolean fromFile() {
      return header("Content-Length") != null && "bytes".equals(header("Accept-Ranges"));
    }
  }

  private Res get(String path, String... headers) {
    return send("GET", path, headers);
  }

  private Res send(String method, String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
      .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Res(r.statusCode(), r.headers(), r.body());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path, e);
    }
  }

  private static List<CSVRecord> csv(Res res) throws Exception {
    String body = res.text();
    assertTrue(body.startsWith("\uFEFF"), "a byte-order mark for Excel");
    try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
      .parse(new StringReader(body.substring(1)))) {
      return p.getRecords();
    }
  }

  private static List<JsonObject> ndjson(Res res) {
    List<JsonObject> out = new ArrayList<>();
    for (String line : res.text().split("\n")) {
      out.add(new JsonObject(line));
    }
    return out;
  }

  private static long sql(String query, Object... params) throws Exception {
    try (Connection c = TestServer.jdbc(); PreparedStatement s = c.prepareStatement(query)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    }
  }

  /** A new association through the API: the associations download changes version. */
  private String newAssociation() {
    String name = "Hội Tải xuống Thử nghiệm số " + System.nanoTime();
    JsonObject body = new JsonObject().put("kind", "HOI").put("name", name).put("scope", "provincial")
      .put("province", "T01N").put("fields", new JsonArray().add("KHOA_HOC_KY_THUAT"))
      .put("founded_date", "2025-08-01").put("founding_decision_number", "7/QĐ-UBND")
      .put("founding_decision_issuer", "Chủ tịch UBND thành phố").put("representative_name", "Lê Văn Tải")
      .put("representative_title", "Chủ tịch Hội").put("member_count", 30);
    var res = TestServer.http().json("POST", "/api/v1/associations", body, "Authorization",
      "Bearer " + TestServer.token("downloads-officer", "VU_TCPCP", "officer"));
    assertEquals(201, res.status(), res::toString);
    return name;
  }

  @Test
  void jsonAndNdjsonHoldTheCsvRecordsTyped() throws Exception {
    for (String dataset : List.of("associations", "legal-documents", "awards")) {
      List<String> csvUris = csv(get("/downloads/" + dataset + ".csv")).stream().map(r -> r.get("URI")).toList();
      Res json = get("/downloads/" + dataset + ".json");
      assertEquals(200, json.status());
      assertTrue(json.header("Content-Type").startsWith("application/json"), json.header("Content-Type"));
      JsonArray records = new JsonArray(json.text());
      Res nd = get("/downloads/" + dataset + ".ndjson");
      assertTrue(nd.header("Content-Type").startsWith("application/x-ndjson"), nd.header("Content-Type"));
      List<JsonObject> lines = ndjson(nd);
      assertEquals(csvUris, records.stream().map(o -> ((JsonObject) o).getString("uri")).toList(), dataset);
      assertEquals(csvUris, lines.stream().map(o -> o.getString("uri")).toList(), dataset);
      assertEquals(records.getList().size(), lines.size());
      assertEquals(records.getJsonObject(0), lines.get(0), "the same record in both");
      assertEquals(new HashSet<>(new JsonArray(csvUris).getList()).size(), csvUris.size(), "each record once");
    }
    JsonObject award = ndjson(get("/downloads/awards.ndjson")).get(0);
    assertInstanceOf(Boolean.class, award.getValue("posthumous"));
    assertTrue(award.getString("decision_date").matches("\\d{4}-\\d{2}-\\d{2}"), award::encode);
    assertTrue(award.containsKey("withdrawn_date"), "nulls are kept: every record has every key");
    List<JsonObject> orgs = ndjson(get("/downloads/associations.ndjson"));
    JsonObject lawyers = orgs.stream().filter(o -> "Hội Luật gia Việt Nam".equals(o.getString("name"))).findFirst()
      .orElseThrow(() -> new AssertionError("diacritics intact"));
    assertInstanceOf(JsonArray.class, lawyers.getValue("fields"));
    assertTrue(orgs.stream().anyMatch(o -> o.getValue("member_count") instanceof Integer));
  }

  @Test
  void csvHeaderInEnglishOnRequest() throws Exception {
    Res vi = get("/downloads/awards.csv");
    Res en = get("/downloads/awards.csv?header=en");
    assertEquals(200, en.status());
    List<CSVRecord> records = csv(en);
    assertEquals(List.of("URI", "Key", "Award type code", "Award type", "Recipient kind", "Recipient"),
      records.get(0).getParser().getHeaderNames().subList(0, 6));
    List<CSVRecord> viRecords = csv(vi);
    assertEquals("Tên cá nhân, tập thể", viRecords.get(0).getParser().getHeaderNames().get(5));
    assertEquals(viRecords.size(), records.size());
    assertEquals(viRecords.get(0).toList(), records.get(0).toList(), "the same rows");
    assertNotEquals(vi.header("ETag"), en.header("ETag"));
    assertEquals(400, get("/downloads/awards.nt?header=en").status(), "header is for CSV only");
    assertEquals(400, get("/downloads/awards.csv?header=fr").status());
  }

  @Test
  void theDataPackageDescribesEveryFile() throws Exception {
    Res csv = get("/downloads/awards.csv");
    Res csvEn = get("/downloads/awards.csv?header=en");
    Res json = get("/downloads/awards.json");
    Res pkg = get("/downloads/awards.datapackage.json");
    assertEquals(200, pkg.status());
    assertTrue(pkg.header("Content-Type").startsWith("application/json"));
    JsonObject p = new JsonObject(pkg.text());
    assertEquals("awards", p.getString("name"));
    assertEquals("Khen thưởng đã được quyết định", p.getString("title"));
    assertEquals("Conferred state awards and emulation titles", p.getString("title_en"));
    assertTrue(p.getString("description").contains("khen thưởng"));
    assertEquals(base + "/datasets/awards", p.getString("homepage"));
    JsonObject licence = p.getJsonArray("licenses").getJsonObject(0);
    assertEquals("CC-BY-4.0", licence.getString("name"));
    assertTrue(licence.getString("path").startsWith("https://creativecommons.org/licenses/by/4.0"));
    JsonArray resources = p.getJsonArray("resources");
    List<String> names = resources.stream().map(r -> ((JsonObject) r).getString("name")).toList();
    assertEquals(List.of("awards-csv", "awards-csv-en", "awards-json", "awards-ndjson", "awards-nt", "awards-ttl"),
      names);
    for (Object o : resources) {
      JsonObject r = (JsonObject) o;
      assertTrue(r.getString("name").matches("^[a-z0-9._-]+$"), "a Frictionless resource name");
      assertTrue(r.getString("path").startsWith(base + "/downloads/awards."), r.encode());
      assertEquals(200, get(r.getString("path").substring(base.length())).status(), r.getString("path"));
    }
    JsonObject csvRes = resources.getJsonObject(0);
    assertEquals("text/csv", csvRes.getString("mediatype"));
    assertEquals(fields(csvRes), CSVFormat.RFC4180.builder().setHeader().get()
      .parse(new StringReader(csv.text().substring(1))).getHeaderNames(), "the Vietnamese header");
    assertEquals(fields(resources.getJsonObject(1)), CSVFormat.RFC4180.builder().setHeader().get()
      .parse(new StringReader(csvEn.text().substring(1))).getHeaderNames(), "the English header");
    assertEquals("URI", csvRes.getJsonObject("schema").getString("primaryKey"));
    assertEquals(csv.body().length, csvRes.getLong("bytes"), "the size of the file written out");
    JsonObject jsonRes = resources.getJsonObject(2);
    JsonObject first = new JsonArray(json.text()).getJsonObject(0);
    assertEquals(fields(jsonRes), new ArrayList<>(first.fieldNames()), "the JSON keys");
    for (Object o : jsonRes.getJsonObject("schema").getJsonArray("fields")) {
      JsonObject f = (JsonObject) o;
      Object v = first.getValue(f.getString("name"));
      assertTrue(v == null || switch (f.getString("type")) {
        case "string" -> v instanceof String;
        case "date" -> v instanceof String s && LocalDate.parse(s) != null;
        case "boolean" -> v instanceof Boolean;
        case "integer" -> v instanceof Integer || v instanceof Long;
        case "array" -> v instanceof JsonArray;
        default -> false;
      }, f.encode() + " vs " + v);
      assertTrue(f.getString("title") != null && f.getString("description") != null, f.encode());
    }
  }

  private static List<String> fields(JsonObject resource) {
    return resource.getJsonObject("schema").getJsonArray("fields").stream()
      .map(f -> ((JsonObject) f).getString("name")).toList();
  }

  @Test
  void aVersionStreamedOnceIsThenServedFromItsFileWithRanges() throws Exception {
    String added = newAssociation();
    Res first = get("/downloads/associations.ndjson", "Range", "bytes=0-9");
    assertEquals(200, first.status(), "a streamed answer ignores Range");
    assertFalse(first.fromFile());
    assertTrue(first.text().contains(added), "the new version");
    String etag = first.header("ETag");
    Res second = get("/downloads/associations.ndjson", "Accept-Encoding", "gzip");
    assertEquals(200, second.status());
    assertTrue(second.fromFile(), second.headers().map().toString());
    assertEquals(String.valueOf(second.body().length), second.header("Content-Length"));
    assertArrayEquals(first.body(), second.body(), "the same bytes, sent as they are on disk");
    assertEquals(etag, second.header("ETag"));
    byte[] all = second.body();
    int size = all.length;
    assertEquals(size, sql("SELECT bytes FROM catalog.download_file WHERE dataset = 'associations' "
      + "AND format = 'ndjson'"), "the size recorded for the catalogue");

    Res slice = get("/downloads/associations.ndjson", "Range", "bytes=100-199");
    assertEquals(206, slice.status());
    assertEquals("bytes 100-199/" + size, slice.header("Content-Range"));
    assertArrayEquals(Arrays.copyOfRange(all, 100, 200), slice.body());
    Res tail = get("/downloads/associations.ndjson", "Range", "bytes=-50");
    assertEquals(206, tail.status());
    assertArrayEquals(Arrays.copyOfRange(all, size - 50, size), tail.body());
    Res resumed = get("/downloads/associations.ndjson", "Range", "bytes=1000-", "If-Range", etag);
    assertEquals(206, resumed.status());
    assertArrayEquals(Arrays.copyOfRange(all, 1000, size), resumed.body());
    Res outside = get("/downloads/associations.ndjson", "Range", "bytes=" + size + "-");
    assertEquals(416, outside.status());
    assertEquals("bytes */" + size, outside.header("Content-Range"));
    assertTrue(outside.header("Content-Type").startsWith("application/problem+json"));
    Res otherVersion = get("/downloads/associations.ndjson", "Range", "bytes=100-199", "If-Range", "\"old\"");
    assertEquals(200, otherVersion.status(), "If-Range of another version: the whole file");
    assertArrayEquals(all, otherVersion.body());
    assertEquals(200, get("/downloads/associations.ndjson", "Range", "bytes=0-1,5-6").status(), "several ranges");
    assertEquals(304, get("/downloads/associations.ndjson", "If-None-Match", etag).status());

    String later = newAssociation();
    Res changed = get("/downloads/associations.ndjson", "If-None-Match", etag);
    assertEquals(200, changed.status(), "a new version");
    assertNotEquals(etag, changed.header("ETag"));
    assertFalse(changed.fromFile(), "the stale file is not served");
    assertTrue(changed.text().contains(later));
    assertTrue(get("/downloads/associations.ndjson").fromFile());
    try (Stream<Path> files = Files.list(FILES)) {
      assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("associations.ndjson.")).count(),
        "only the current version's file is kept");
    }
  }

  @Test
  void concurrentFirstDownloadsAllGetTheWholeFile() throws Exception {
    newAssociation();
    List<CompletableFuture<HttpResponse<byte[]>>> all = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      all.add(CLIENT.sendAsync(HttpRequest.newBuilder(URI.create(base + "/downloads/associations.csv")).build(),
        HttpResponse.BodyHandlers.ofByteArray()));
    }
    byte[] body = all.get(0).get().body();
    for (CompletableFuture<HttpResponse<byte[]>> f : all) {
      assertEquals(200, f.get().statusCode());
      assertArrayEquals(body, f.get().body());
    }
    Res kept = get("/downloads/associations.csv");
    assertTrue(kept.fromFile());
    assertArrayEquals(body, kept.body());
    try (Stream<Path> files = Files.list(FILES)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }
  }

  @Test
  void aClientThatGoesAwayLeavesNoPartialFile() throws Exception {
    newAssociation();
    URI u = URI.create(base);
    try (java.net.Socket s = new java.net.Socket(u.getHost(), u.getPort())) {
      s.setReceiveBufferSize(4096);
      s.getOutputStream().write(("GET /downloads/associations.nt HTTP/1.1\r\nHost: " + u.getHost() + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
      byte[] some = s.getInputStream().readNBytes(4096);
      assertTrue(new String(some, StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 200"));
      s.setSoLinger(true, 0); // a reset, mid-stream
    }
    long deadline = System.currentTimeMillis() + 10_000;
    while (tempFiles() > 0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    assertEquals(0, tempFiles(), "the temporary file of the aborted stream is gone");
    Res next = get("/downloads/associations.nt");
    // whether the file was kept (the server wrote everything before the reset) or streamed again, it is whole
    long typed = next.text().lines().filter(l -> l.endsWith("#type> <http://www.w3.org/ns/regorg#"
      + "RegisteredOrganization> .")).count();
    assertEquals(sql("SELECT count(*) FROM associations.open_organization"), typed, "every record, once");
    Res again = get("/downloads/associations.nt");
    assertTrue(again.fromFile(), "a complete stream is kept");
    assertArrayEquals(next.body(), again.body());
  }

  private static long tempFiles() throws Exception {
    try (Stream<Path> files = Files.list(FILES)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
    }
  }

  @Test
  void filtersGiveTheMatchingRecordsOnly() throws Exception {
    long hanoi = sql("SELECT count(*) FROM awards.open_award WHERE province_key = 'T01N' OR province_now_key = 'T01N'");
    assertTrue(hanoi > 0);
    Res filtered = get("/downloads/awards.ndjson?province=T01N");
    assertEquals(200, filtered.status());
    assertEquals(hanoi, ndjson(filtered).size());
    assertNotEquals(get("/downloads/awards.ndjson").header("ETag"), filtered.header("ETag"));
    assertFalse(get("/downloads/awards.ndjson?province=T01N").fromFile(), "filtered downloads are streamed");
    long inYear = sql("SELECT count(*) FROM awards.open_award WHERE (province_key = 'T01N' OR province_now_key = "
      + "'T01N') AND year = 2024");
    List<CSVRecord> both = csv(get("/downloads/awards.csv?province=T01N&year=2024"));
    assertEquals(inYear, both.size());
    assertTrue(both.stream().allMatch(r -> r.get("Ngày quyết định").startsWith("2024-")));
    long decrees = sql("SELECT count(*) FROM legaldocs.open_document WHERE type_code = 'NGHI_DINH'");
    assertTrue(decrees > 0);
    assertEquals(decrees, new JsonArray(get("/downloads/legal-documents.json?type=NGHI_DINH").text()).size());

    Res unknown = get("/downloads/associations.csv?year=2024");
    assertEquals(400, unknown.status());
    JsonObject problem = new JsonObject(unknown.text());
    assertEquals("year", problem.getJsonArray("errors").getJsonObject(0).getString("pointer"));
    assertTrue(problem.getString("detail").contains("province"), "names the filters it has");
    assertEquals("foo", new JsonObject(get("/downloads/awards.csv?foo=1").text()).getJsonArray("errors")
      .getJsonObject(0).getString("pointer"));
    assertEquals(400, get("/downloads/awards.datapackage.json?province=T01N").status());
    assertEquals(400, get("/downloads/awards.csv?province=T01N&province=T79N").status());
    assertEquals(400, get("/downloads/awards.csv?province=x'%3B--").status(), "the contract's pattern");
  }

  @Test
  void fullDownloadsAreCountedPerDatasetFormatAndDay() throws Exception {
    Thread.sleep(2 * DownloadCounter.FLUSH_MS + 500); // counts of earlier tests are saved by now
    String day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    String count = "SELECT coalesce(sum(count), 0) FROM catalog.download_count WHERE dataset = 'legal-documents' "
      + "AND format = 'ttl' AND day = ?::date";
    long before = sql(count, day);
    Res whole = get("/downloads/legal-documents.ttl");
    assertEquals(304, get("/downloads/legal-documents.ttl", "If-None-Match", whole.header("ETag")).status());
    assertEquals(200, get("/downloads/legal-documents.csv-metadata.json").status());
    Res part = get("/downloads/legal-documents.ttl", "Range", "bytes=10-20");
    assertEquals(206, part.status(), "the second download is served from the file");
    assertEquals(200, get("/downloads/legal-documents.ttl").status());
    // HEAD: a GET's headers, no body, not a download (link checkers and harvesters ask so before they fetch)
    Res head = send("HEAD", "/downloads/legal-documents.ttl");
    assertEquals(200, head.status());
    assertEquals(0, head.body().length);
    assertEquals(whole.header("ETag"), head.header("ETag"));
    assertEquals(String.valueOf(whole.body().length), head.header("Content-Length"), "the kept file's size");
    assertTrue(head.header("Content-Type").startsWith("text/turtle"), head.header("Content-Type"));
    Res streamed = send("HEAD", "/downloads/legal-documents.nt?type=NGHI_DINH");
    assertEquals(200, streamed.status());
    assertEquals(0, streamed.body().length);
    assertTrue(streamed.header("Content-Type").startsWith("application/n-triples"), streamed.header("Content-Type"));
    assertEquals(get("/downloads/no-such-dataset.csv").status(), send("HEAD", "/downloads/no-such-dataset.csv")
      .status(), "as its GET");
    long deadline = System.currentTimeMillis() + 10_000;
    while (sql(count, day) < before + 2 && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
    }
    Thread.sleep(DownloadCounter.FLUSH_MS + 500);
    assertEquals(before + 2, sql(count, day), "two full downloads; not the 304, the metadata, a range or a HEAD");
    assertEquals(Set.of("dataset", "format", "day", "count"), columns(), "nothing about who downloaded");
  }

  private static Set<String> columns() throws Exception {
    Set<String> out = new HashSet<>();
    try (Connection c = TestServer.jdbc(); ResultSet rs = c.createStatement().executeQuery("SELECT column_name FROM "
      + "information_schema.columns WHERE table_schema = 'catalog' AND table_name = 'download_count'")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
