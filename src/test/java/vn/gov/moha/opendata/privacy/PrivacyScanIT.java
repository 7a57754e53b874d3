package vn.gov.moha.opendata.privacy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.platform.http.Contract;
import vn.gov.moha.opendata.support.Http;
import vn.gov.moha.opendata.support.PersonalDataScanner;
import vn.gov.moha.opendata.support.PersonalDataScanner.Hit;
import vn.gov.moha.opendata.support.TestServer;

/**
 * Walks every open GET operation of the contract as an anonymous caller and fails on personal data in any answer
 * (bodies and headers; see {@link PersonalDataScanner}). An operation is open when its {@code x-roles} contain
 * {@code public}.
 *
 * <p>Requests come from the contract and from the answers: path parameters from their enum or from the same-named
 * field of list items seen so far ({@code items[].id}); lists with their largest {@code limit}, each value of their
 * enum parameters, a few searches for words that sit next to personal data; then, round by round, the links the
 * answers carry (same-origin absolute URLs, and {@code href}/{@code src} in HTML), which follows {@code next} pages
 * and reaches documents, relations and documentation assets. Each operation gets at most {@link #PER_OPERATION}
 * requests, picked evenly across what was discovered, and the walk stays under the anonymous rate limit.
 */
class PrivacyScanIT {
  static final int ROUNDS = 4; // seeds, then rounds of discovered links: pages 2-4 of every list variation, linked data
  static final int PER_OPERATION = 40;
  static final int MAX_REQUESTS = 5000; // grows with the open operations: every one must be reached
  static final List<String> SEARCHES = List.of("nguyen", "ngay sinh", "so dien thoai", "email", "can cuoc cong dan");
  static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
  static final Pattern HTML_LINK = Pattern.compile("(?:href|src)=\"(/[^\"]*)\"");

  /** An open GET operation: its template, a regex matching concrete paths, and its parameters resolved. */
  record Op(String id, String template, Pattern path, List<JsonObject> parameters) {
    List<String> pathParams() {
      List<String> names = new ArrayList<>();
      PARAM.matcher(template).results().forEach(m -> names.add(m.group(1)));
      return names;
    }

    JsonObject param(String name, String in) {
      return parameters.stream().filter(p -> name.equals(p.getString("name")) && in.equals(p.getString("in")))
        .findFirst().map(p -> p.getJsonObject("schema")).orElse(null);
    }
  }

  final JsonObject contract = Contract.load().raw();
  final String base = TestServer.base();
  final Http http = TestServer.http();
  final List<Op> ops = openGetOperations(contract);
  final Map<String, Set<String>> candidates = new LinkedHashMap<>();
  final Map<String, Set<String>> values = new TreeMap<>();
  final Set<String> done = new LinkedHashSet<>();
  final Map<String, Integer> fetched = new TreeMap<>();
  final Map<String, Integer> answered = new TreeMap<>();
  final Map<String, Set<String>> types = new TreeMap<>();
  final Set<String> skippedTypes = new TreeSet<>();
  final List<String> findings = new ArrayList<>();
  /** Headers the walk sends with a URL: a citizen's tracking secret for the tracking URL of their own case. */
  final Map<String, String[]> headersFor = new LinkedHashMap<>();
  int scanned;

  @Test
  void openResponsesCarryNoPersonalData() {
    trackPlantedFeedback();
    trackPlantedDossier();
    plantVofficeDocuments();
    verifyPlantedCertificate();
    for (int round = 0; round < ROUNDS; round++) {
      ops.forEach(this::seed);
      Map<Op, List<String>> batch = new LinkedHashMap<>();
      for (Op op : ops) {
        List<String> todo = candidates.getOrDefault(op.id(), Set.of()).stream().filter(u -> !done.contains(u)).toList();
        batch.put(op, spread(todo, PER_OPERATION - fetched.getOrDefault(op.id(), 0)));
      }
      batch.forEach((op, urls) -> urls.forEach(url -> fetch(op, url)));
    }
    StringBuilder summary = new StringBuilder("privacy walk: " + done.size() + " requests, " + scanned
      + " scanned, skipped types " + skippedTypes + "\n");
    ops.forEach(op -> summary.append("  ").append(op.id()).append(": ").append(fetched.getOrDefault(op.id(), 0))
      .append(" requests, ").append(answered.getOrDefault(op.id(), 0)).append(" 2xx, ")
      .append(types.getOrDefault(op.id(), Set.of())).append('\n'));
    System.out.println(summary);

    assertTrue(findings.isEmpty(), () -> findings.size() + " personal-data findings in open answers:\n"
      + String.join("\n", findings));
    assertTrue(ops.size() >= 12, () -> "open GET operations found in the contract: " + ops);
    List<String> unanswered = ops.stream().map(Op::id).filter(id -> answered.getOrDefault(id, 0) == 0).toList();
    assertTrue(unanswered.isEmpty(), () -> "no anonymous 2xx from " + unanswered
      + " (teach the walk how to fill their parameters)\n" + summary);
    assertTrue(done.size() >= 100 && done.size() <= MAX_REQUESTS, summary::toString);
    assertTrue(scanned >= done.size() - 10, () -> "most answers scanned\n" + summary);
    assertTrue(done.stream().filter(u -> u.contains("cursor=")).count() >= 10, () -> "next pages followed\n" + summary);
  }

  @Test
  void personalDataPlantedInADocumentIsReportedWithOperationAndUrl() {
    JsonObject planted = new JsonObject().put("number", "99001/2025/TT-BNV").put("type", "THONG_TU")
      .put("title", "Văn bản kiểm thử quyền riêng tư").put("issuer", "BNV").put("issued_date", "2025-07-01")
      .put("status", "in_force").put("summary", "Liên hệ ông A: 0912 345 678, nguyen.van.a@gmail.com")
      .put("full_text", "Ông A, CCCD 001203004567, sinh ngày 01/01/1990.");
    Http.Res created = http.authed("POST", "/api/v1/legal-documents", planted);
    assertTrue(created.status() == 201, created::toString);
    String url = created.header("Location").orElseThrow();
    try {
      Op get = ops.stream().filter(op -> op.path().matcher(url.substring(base.length())).matches()).findFirst()
        .orElseThrow();
      fetch(get, url);
      for (String kind : List.of("PHONE", "EMAIL", "CITIZEN_ID", "BIRTH_DATE")) {
        assertTrue(findings.stream().anyMatch(f -> f.startsWith(get.id() + " GET " + url + " → 200: " + kind)),
          () -> kind + " not reported: " + findings);
      }
    } finally {
      http.authed("DELETE", url, null);
    }
  }

  /**
   * A citizen's question with their identifiers in the text and in the contact: the walk follows it with its tracking
   * code and secret (the tracking operation needs both), so the submitter's own view is scanned too.
   */
  void trackPlantedFeedback() {
    JsonObject receipt = http.json("POST", "/api/v1/feedback", new JsonObject()
      .put("title", "Câu hỏi kiểm thử quyền riêng tư")
      .put("question", "Tôi là Trần Thị Kiểm Tra, CCCD 001203004567, số điện thoại 0912 345 678, email "
        + "tran.kiemtra@gmail.com, sinh ngày 01/01/1990: xin hỏi về chế độ thai sản.")
      .put("submitter", new JsonObject().put("name", "Trần Thị Kiểm Tra").put("phone", "0912345678")
        .put("email", "tran.kiemtra@gmail.com").put("address", "Số 1 đường Lê Lợi, Huế"))).json();
    String url = receipt.getJsonObject("links").getString("tracking");
    headersFor.put(url, new String[] {"X-Tracking-Secret", receipt.getString("secret")});
    assertTrue(ops.stream().anyMatch(op -> op.id().equals("trackFeedback")), "the tracking operation is open");
    link(url.substring(base.length()));
  }

  /**
   * An applicant's dossier with their identifiers in the contact, the note and an attachment's name: the walk follows
   * it with its receipt code and secret (the tracking operation needs both), so the applicant's own view is scanned.
   */
  void trackPlantedDossier() {
    JsonObject receipt = http.json("POST", "/api/v1/procedure-dossiers", new JsonObject()
      .put("procedure_code", "1.005001")
      .put("note", "Người nộp Trần Thị Kiểm Tra, CCCD 001203004567, điện thoại 0912 345 678")
      .put("applicant", new JsonObject().put("name", "Trần Thị Kiểm Tra").put("phone", "0912345678")
        .put("email", "tran.kiemtra@gmail.com").put("address", "Số 1 đường Lê Lợi, Huế"))
      .put("attachments", new JsonArray().add(new JsonObject().put("name", "cccd-001203004567.pdf")
        .put("media_type", "application/pdf").put("size", 1000)))).json();
    String url = receipt.getJsonObject("links").getString("tracking");
    headersFor.put(url, new String[] {"X-Tracking-Secret", receipt.getString("secret")});
    assertTrue(ops.stream().anyMatch(op -> op.id().equals("trackProcedureDossier")), "the tracking operation is open");
    link(url.substring(base.length()));
  }

  /**
   * A secret incoming document and an outgoing one whose subject and signer carry a citizen's identifiers: VOffice's
   * open statistics (and their downloads and linked data, which the walk reaches) must show none of it.
   */
  void plantVofficeDocuments() {
    String[] office = {"Authorization", "Bearer " + TestServer.token("privacy-clerk", "VAN_PHONG", "officer")};
    Http.Res in = http.json("POST", "/api/v1/voffice/incoming", new JsonObject().put("sender_organ", "Bộ Công an")
      .put("via_axis", false).put("type", "CONG_VAN").put("code_number", "77").put("code_notation", "BCA-A02")
      .put("issued_date", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString())
      .put("subject", "Về việc ông Trần Văn Kiểm, CCCD 001203004567, điện thoại 0912 345 678").put("secrecy", "mat"),
      office);
    assertTrue(in.status() == 201, in::toString);
    Http.Res out = http.json("POST", "/api/v1/voffice/outgoing", new JsonObject().put("type", "CONG_VAN")
      .put("drafting_unit", "VAN_PHONG").put("subject", "Trả lời ông Trần Văn Kiểm, email tran.kiem@gmail.com")
      .put("signer", new JsonObject().put("position", "Chánh Văn phòng").put("name", "Trần Văn Kiểm"))
      .put("recipients", new JsonArray().add("Ông Trần Văn Kiểm, 0912 345 678")).put("issued_amount", 2)
      .put("via_axis", false), office);
    assertTrue(out.status() == 201, out::toString);
  }

  /**
   * A learner with their identifiers, enrolled and through a course by the training officers: the walk verifies the
   * certificate with the holder's name (the verification needs a number no open output lists), so the open answer
   * about a person's certificate is scanned too.
   */
  void verifyPlantedCertificate() {
    String[] trainer = {"Authorization", "Bearer " + TestServer.token("privacy-trainer", "VU_CCHC", "officer")};
    Http.Res created = http.json("POST", "/api/v1/elearning/enrolments", new JsonObject().put("course", "CCHC-01")
      .put("learner", new JsonObject().put("account", "hv-privacy-" + System.nanoTime())
        .put("full_name", "Trần Thị Kiểm Tra").put("birth_date", "1990-01-01")
        .put("email", "tran.kiemtra@gmail.com")
        .put("body", "UBND_T46N").put("job_position", "CV_CCHC")), trainer);
    assertTrue(created.status() == 201, created::toString);
    JsonArray all = new JsonArray();
    for (int i = 1; i <= created.json().getInteger("modules"); i++) {
      all.add(i);
    }
    Http.Res done = http.json("PUT", "/api/v1/elearning/enrolments/" + created.json().getLong("id") + "/progress",
      new JsonObject().put("modules_done", all).put("score", 95), trainer[0], trainer[1], "If-Match",
      created.header("ETag").orElseThrow());
    assertTrue(done.status() == 200, done::toString);
    String verify = done.json().getJsonObject("certificate").getString("verify");
    link(verify.substring(base.length()) + "?holder=" + enc("Trần Thị Kiểm Tra"));
  }

  /** Open GET operations, with path-level and operation-level parameters and every $ref resolved. */
  static List<Op> openGetOperations(JsonObject contract) {
    List<Op> out = new ArrayList<>();
    JsonObject paths = contract.getJsonObject("paths");
    for (String template : paths.fieldNames()) {
      JsonObject item = paths.getJsonObject(template);
      JsonObject get = item.getJsonObject("get");
      if (get == null || !isOpen(get)) {
        continue;
      }
      List<JsonObject> params = new ArrayList<>();
      for (JsonArray list : List.of(item.getJsonArray("parameters", new JsonArray()),
        get.getJsonArray("parameters", new JsonArray()))) {
        for (Object p : list) {
          JsonObject param = resolve(contract, (JsonObject) p).copy();
          params.add(param.put("schema", resolve(contract, param.getJsonObject("schema", new JsonObject()))));
        }
      }
      String regex = "^" + PARAM.matcher(template.replace(".", "\\.")).replaceAll("[^/]+") + "$";
      out.add(new Op(get.getString("operationId"), template, Pattern.compile(regex), params));
    }
    return out;
  }

  /** Open = anyone may call it: `public` among its x-roles (ContractCoverageIT checks every operation has them). */
  static boolean isOpen(JsonObject op) {
    return op.getJsonArray("x-roles", new JsonArray()).contains("public");
  }

  static JsonObject resolve(JsonObject contract, JsonObject node) {
    String ref = node.getString("$ref");
    if (ref == null) {
      return node;
    }
    JsonObject target = contract;
    for (String part : ref.substring(2).split("/")) {
      target = target.getJsonObject(part);
    }
    return resolve(contract, target);
  }

  /** Adds the URLs the contract and the values seen so far give for this operation. */
  void seed(Op op) {
    List<String> paths = List.of(op.template());
    for (String name : op.pathParams()) {
      JsonObject schema = op.param(name, "path");
      List<String> vals = schema != null && schema.containsKey("enum")
        ? schema.getJsonArray("enum").stream().map(String::valueOf).toList()
        : List.copyOf(values.getOrDefault(name, Set.of()));
      paths = paths.stream().flatMap(p -> vals.stream().map(v -> p.replace("{" + name + "}", enc(v)))).toList();
    }
    JsonObject limit = op.param("limit", "query");
    JsonObject q = op.param("q", "query");
    String max = limit == null || !limit.containsKey("maximum") ? "" : "limit=" + limit.getValue("maximum");
    for (String path : paths) {
      add(op, base + path);
      if (!max.isEmpty()) {
        boolean count = op.param("count", "query") != null;
        add(op, base + path + "?" + max + (count ? "&count=true" : ""));
      }
      for (JsonObject p : op.parameters()) {
        JsonObject schema = p.getJsonObject("schema");
        if ("query".equals(p.getString("in")) && schema.containsKey("enum")) {
          schema.getJsonArray("enum").forEach(v -> add(op, base + path + "?" + join(max, p.getString("name") + "=" + v)));
        }
      }
      if (q != null) {
        SEARCHES.forEach(term -> add(op, base + path + "?" + join(max, "q=" + enc(term))));
      }
    }
  }

  void fetch(Op op, String url) {
    if (done.size() >= MAX_REQUESTS || !done.add(url)) {
      return;
    }
    Http.Res res = http.get(url, headersFor.getOrDefault(url, new String[0]));
    fetched.merge(op.id(), 1, Integer::sum);
    types.computeIfAbsent(op.id(), k -> new TreeSet<>()).add(res.contentType());
    // a linked-data URI answers 303 with the document that describes it: that is its success
    if (res.status() / 100 == 2 || res.status() == 303) {
      answered.merge(op.id(), 1, Integer::sum);
    }
    StringBuilder headers = new StringBuilder();
    res.headers().map().forEach((k, v) -> headers.append(k).append(": ").append(String.join(", ", v)).append('\n'));
    List<Hit> hits = new ArrayList<>(PersonalDataScanner.scanText(headers.toString()));
    // an empty body (a 303 or 304) has only its headers to scan
    List<Hit> inBody = res.body().isEmpty() ? List.of() : PersonalDataScanner.scan(res.contentType(), res.body());
    if (inBody == null) {
      skippedTypes.add(res.contentType());
    } else {
      scanned++;
      hits.addAll(inBody);
    }
    hits.forEach(h -> findings.add(op.id() + " GET " + url + " → " + res.status() + ": " + h));
    harvest(res);
  }

  /** Links to open operations, and list items' fields named like a path parameter. */
  void harvest(Http.Res res) {
    String text = res.body() + "\n" + res.header("Link").orElse("") + "\n" + res.header("Location").orElse("");
    Matcher abs = Pattern.compile(Pattern.quote(base) + "(/[^\"'\\s<>]*)").matcher(text);
    while (abs.find()) {
      link(abs.group(1));
    }
    if (res.contentType().startsWith("text/html")) {
      HTML_LINK.matcher(text).results().forEach(m -> link(m.group(1)));
    }
    if (!res.contentType().startsWith("application/json")) {
      return;
    }
    Set<String> names = new TreeSet<>();
    ops.forEach(op -> names.addAll(op.pathParams()));
    try {
      JsonArray items = new JsonObject(res.body()).getJsonArray("items", new JsonArray());
      items.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).forEach(item -> names.stream()
        .filter(n -> item.getValue(n) instanceof String || item.getValue(n) instanceof Number)
        .forEach(n -> values.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(String.valueOf(item.getValue(n)))));
    } catch (DecodeException | ClassCastException notAPage) {
      // the contract documents, a JSON array, a single resource: no items to take values from
    }
  }

  void link(String pathAndQuery) {
    String path = pathAndQuery.split("[?#]")[0];
    ops.stream().filter(op -> op.path().matcher(path).matches()).findFirst()
      .ifPresent(op -> add(op, base + pathAndQuery));
  }

  void add(Op op, String url) {
    candidates.computeIfAbsent(op.id(), k -> new LinkedHashSet<>()).add(url);
  }

  /** At most n elements, evenly spaced over the list (the first n of a list favour one corner of the data). */
  static <T> List<T> spread(List<T> list, int n) {
    if (list.size() <= n) {
      return list;
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(list.get((int) ((long) i * list.size() / n)));
    }
    return out;
  }

  static String join(String a, String b) {
    return a.isEmpty() ? b : a + "&" + b;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
