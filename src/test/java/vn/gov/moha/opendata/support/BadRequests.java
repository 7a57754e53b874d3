package vn.gov.moha.opendata.support;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bad input corpus, generated from the contract: for every operation, requests that differ from a valid one in
 * one hostile way — per parameter (wrong type, huge and negative numbers, unknown enum values, overlong strings,
 * invalid UTF-8, SQL injection, path traversal, forged cursors), per JSON body (malformed JSON, the wrong shape, each
 * property of the wrong type, too long, out of range, null, invalid UTF-8 bytes, too large, the wrong media type), per
 * request (a header over the limit, a forged token) and SPARQL injection on the SPARQL endpoint.
 *
 * <p>A probe is {@code malformed} when the contract refuses it (checked here with a JSON Schema validator against the
 * parameter's or the body's schema): the server must answer 4xx. A hostile value the contract accepts (an injection
 * string in a free-text search) is kept only on reads, as a probe that must not fail the server (no 5xx).
 */
public final class BadRequests {
  /** One request: raw target (path and query, already encoded), body bytes (or null), extra headers. */
  public record Probe(String operation, String kind, String method, byte[] target, byte[] body, List<String> headers,
                      boolean malformed, boolean write) {
    public String describe() {
      String t = new String(target, StandardCharsets.ISO_8859_1);
      return operation + " [" + kind + "] " + method + " " + (t.length() > 140 ? t.substring(0, 140) + "…" : t);
    }
  }

  public static final String SQL_INJECTION = "' OR '1'='1'; DROP TABLE legaldocs.document; --";
  private static final List<String> HOSTILE = List.of(SQL_INJECTION, "1 UNION SELECT password FROM pg_shadow",
    "../../../../etc/passwd", "<script>alert(1)</script>");
  private static final String LONG = "x".repeat(100_000);
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

  private final JsonObject contract;
  private final Map<String, String> samples;
  private final String token;
  private final long bodyLimit;
  private final List<Probe> probes = new ArrayList<>();

  /**
   * @param samples   a value of each path parameter that the contract accepts
   * @param token     a bearer token that holds every role (restricted operations are reached past the access check)
   * @param bodyLimit the server's BODY_LIMIT_BYTES (a body one byte longer must be refused)
   */
  public BadRequests(JsonObject contract, Map<String, String> samples, String token, long bodyLimit) {
    this.contract = contract;
    this.samples = samples;
    this.token = token;
    this.bodyLimit = bodyLimit;
  }

  /** Every probe of every operation. */
  public List<Probe> all() {
    JsonObject paths = contract.getJsonObject("paths");
    for (String path : paths.fieldNames()) {
      JsonObject item = paths.getJsonObject(path);
      for (String method : item.fieldNames()) {
        if (!method.equals("parameters")) {
          operation(path, method, item);
        }
      }
    }
    return probes;
  }

  /** A parameter of an operation, its (resolved) schema and the pointer to that schema in the contract. */
  private record Param(String name, String in, boolean required, JsonObject schema, String pointer) {
  }

  private void operation(String path, String method, JsonObject item) {
    JsonObject op = item.getJsonObject(method);
    String opPointer = "#/paths/" + ContractSchemas.escape(path);
    List<Param> params = new ArrayList<>();
    params(item.getJsonArray("parameters"), opPointer + "/parameters", params);
    params(op.getJsonArray("parameters"), opPointer + "/" + method + "/parameters", params);
    boolean restricted = !op.getJsonArray("x-roles").contains("public");
    boolean write = !method.equals("get") && !path.equals("/sparql") && !path.startsWith("/api/3/action/");
    JsonObject content = op.getJsonObject("requestBody", new JsonObject()).getJsonObject("content", new JsonObject());
    byte[] body = null;
    String type = null;
    if (content.containsKey("application/json")) {
      JsonObject media = content.getJsonObject("application/json");
      Object base = example(media);
      body = bytes(Json.encode(base == null ? sample(media.getJsonObject("schema"), 0) : base));
      type = "application/json";
    } else if (content.containsKey("application/x-www-form-urlencoded")) {
      body = bytes("query=ASK%7B%7D");
      type = "application/x-www-form-urlencoded";
    }
    Ctx ctx = new Ctx(method.toUpperCase() + " " + path, method.toUpperCase(), path, params, restricted, write, body,
      type);
    boolean first = true;
    for (Param p : params) {
      if (p.in().equals("query") || p.in().equals("path")) {
        for (String[] c : candidates(p)) {
          add(ctx, p, c[0], c[1], c.length > 2);
        }
        if (first) {
          add(ctx, p, "overlong-100k", LONG, false); // a request line of 100 kB: once per operation
          first = false;
        }
      }
    }
    // raw bytes that are not UTF-8 in the request line, in a declared string parameter when there is one
    params.stream().filter(p -> p.in().equals("query") && "string".equals(p.schema().getString("type"))).findFirst()
      .ifPresent(p -> {
        String rest = query(ctx, p.name());
        byte[] target = concat(ctx.path(null, null).getBytes(StandardCharsets.US_ASCII),
          ("?" + (rest.isEmpty() ? "" : rest + "&") + p.name() + "=").getBytes(StandardCharsets.US_ASCII),
          new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE});
        probe(ctx, "invalid-utf8-raw-query:" + p.name(), target, defaultBody(ctx), List.of(), true);
      });
    if (params.stream().anyMatch(p -> p.in().equals("header") && p.name().equals("Idempotency-Key"))) {
      // a create with a key that is not 1–255 visible ASCII characters: 400, nothing created. Where the request is
      // otherwise valid (sample path values and body), the refusal must be the key's (kind without ":baseline-invalid")
      boolean baseline = params.stream().filter(p -> p.in().equals("path"))
        .allMatch(p -> valid(p, SAMPLES.get().getOrDefault(p.name(), "x")))
        && (body == null || !"application/json".equals(type) || ContractSchemas.errorsAt(opPointer + "/" + method
          + "/requestBody/content/application~1json/schema", new String(body, StandardCharsets.UTF_8)).isEmpty());
      for (String[] k : new String[][] {{"empty", ""}, {"empty-string", "\"\""}, {"too-long", "k".repeat(300)},
        {"space", "a b"}, {"non-ascii", "khóa-một"}, {"quote", "ab\"c"}, {"control", "a\u0001b"}}) {
        probe(ctx, "idempotency-key-" + k[0] + (baseline ? "" : ":baseline-invalid"), ctx.target(null, null),
          defaultBody(ctx), List.of("Idempotency-Key", k[1]), true);
      }
    }
    if (content.containsKey("application/json")) {
      jsonBody(ctx, op, opPointer + "/" + method + "/requestBody/content/application~1json");
    }
    if (path.equals("/sparql")) {
      sparql(ctx);
    }
    byte[] target = ctx.target(null, null);
    probe(ctx, "oversized-header", target, defaultBody(ctx), List.of("X-Padding", "p".repeat(20_000)), true);
    probe(ctx, "forged-token", target, defaultBody(ctx), List.of("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30."),
      true);
  }

  private void params(JsonArray list, String pointer, List<Param> out) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      JsonObject p = list.getJsonObject(i);
      String ptr = pointer + "/" + i;
      if (p.containsKey("$ref")) {
        ptr = p.getString("$ref");
        p = resolve(p);
      }
      out.add(new Param(p.getString("name"), p.getString("in"), p.getBoolean("required", false),
        resolve(p.getJsonObject("schema", new JsonObject())), ptr + "/schema"));
    }
  }

  /** Hostile values of a parameter: {kind, raw value (to be percent-encoded)}; a third element = already encoded. */
  private List<String[]> candidates(Param p) {
    JsonObject s = p.schema();
    String type = s.getString("type", "string");
    List<String[]> c = new ArrayList<>();
    switch (type) {
      case "integer", "number" -> {
        c.add(new String[] {"wrong-type", "abc"});
        c.add(new String[] {"huge-number", "99999999999999999999999999"});
        c.add(new String[] {"huge-exponent", "1e999"});
        c.add(new String[] {"negative", "-1"});
        c.add(new String[] {"zero", "0"});
        if (s.containsKey("maximum")) {
          c.add(new String[] {"over-maximum", String.valueOf(s.getNumber("maximum").longValue() + 1)});
        }
        if (type.equals("integer")) {
          c.add(new String[] {"fraction", "1.5"});
        }
      }
      case "boolean" -> c.add(new String[] {"wrong-type", "maybe"});
      case "array" -> c.add(new String[] {"unknown-enum", "no-such-value-" + p.name()});
      default -> {
        if (s.containsKey("enum")) {
          c.add(new String[] {"unknown-enum", "no-such-value"});
        }
        if (s.containsKey("maxLength")) {
          c.add(new String[] {"over-max-length", "a".repeat(s.getInteger("maxLength") + 1)});
        }
        if ("date".equals(s.getString("format"))) {
          c.add(new String[] {"bad-date", "2024-13-45"});
        }
        if (p.name().equals("cursor")) {
          Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
          c.add(new String[] {"forged-cursor", b64.encodeToString("{\"s\":[1],\"k\":{},\"i\":\"x\"}".getBytes())});
          c.add(new String[] {"forged-cursor", b64.encodeToString("not json at all".getBytes())});
          c.add(new String[] {"forged-cursor", b64.encodeToString(("{\"s\":\"" + SQL_INJECTION + "\",\"k\":1,\"i\":1}")
            .getBytes(StandardCharsets.UTF_8))});
          c.add(new String[] {"forged-cursor", "AAAA"});
          c.add(new String[] {"forged-cursor", "!!!"});
        }
        c.add(new String[] {"invalid-utf8-percent", "%C3%28%FF", "encoded"});
      }
    }
    // one hostile string per parameter, in turn (the kinds are spread over the operations)
    String h = HOSTILE.get(Math.floorMod(p.name().hashCode() + p.pointer().hashCode(), HOSTILE.size()));
    c.add(new String[] {h.startsWith("..") ? "path-traversal" : h.startsWith("<") ? "markup" : "sql-injection", h});
    if (p.in().equals("path")) {
      c.add(new String[] {"path-traversal-encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "encoded"});
      c.add(new String[] {"path-traversal-raw", "../../../pom.xml", "encoded"});
    }
    return c;
  }

  private void add(Ctx ctx, Param p, String kind, String value, boolean encoded) {
    boolean malformed;
    if (encoded) {
      malformed = true; // not UTF-8, or a traversal the router must refuse or find nothing at
    } else {
      malformed = !valid(p, value);
    }
    if (p.in().equals("path") && !malformed) {
      // a lookup by a value nobody has: still must not be found (404) rather than served
      malformed = true;
    }
    if (!malformed && ctx.write()) {
      return; // a hostile value the contract accepts, on a write: it could change data; the reads cover it
    }
    String enc = encoded ? value : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    byte[] target = p.in().equals("path") ? ctx.target(p.name(), enc) : queryTarget(ctx, p.name(), enc);
    probe(ctx, kind + ":" + p.name(), target, defaultBody(ctx), List.of(), malformed);
  }

  /** Whether the contract accepts this decoded value of the parameter (as the router converts it). */
  private boolean valid(Param p, String value) {
    String type = p.schema().getString("type", "string");
    String json = switch (type) {
      case "integer", "number" -> value.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?") ? value : null;
      case "boolean" -> value.equals("true") || value.equals("false") ? value : null;
      case "array" -> "[" + Json.encode(value) + "]";
      default -> Json.encode(value);
    };
    if (json == null) {
      return false;
    }
    if (type.equals("integer") || type.equals("number")) {
      try {
        if (type.equals("integer")) {
          Long.parseLong(value);
        } else if (Double.isInfinite(Double.parseDouble(value))) {
          return false;
        }
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return ContractSchemas.errorsAt(p.pointer(), json).isEmpty();
  }

  // --- bodies ------------------------------------------------------------------------------------------------------

  private void jsonBody(Ctx ctx, JsonObject op, String pointer) {
    JsonObject media = op.getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json");
    JsonObject schema = resolve(media.getJsonObject("schema"));
    Object base = example(media);
    if (base == null) {
      base = sample(schema, 0);
    }
    String schemaPointer = pointer + "/schema";
    String baseText = Json.encode(base);
    byte[] target = ctx.target(null, null);
    List<String> json = List.of("Content-Type", "application/json");
    for (String bad : List.of("{", "{\"title\": }", "nul", "{\"a\": 1}}", "{'single': 'quotes'}", "{\"a\": NaN}")) {
      probe(ctx, "malformed-json", target, bytes(bad), json, true);
    }
    for (String shape : List.of("[]", "\"text\"", "null", "[" + baseText + "]", "{}")) {
      if (!ContractSchemas.errorsAt(schemaPointer, shape).isEmpty()) {
        probe(ctx, "wrong-shape", target, bytes(shape), json, true);
      }
    }
    if (base instanceof JsonObject obj) {
      JsonObject props = properties(schema);
      for (String name : props.fieldNames()) {
        JsonObject ps = resolve(props.getJsonObject(name));
        for (Object[] m : mutations(ps)) {
          JsonObject mutated = obj.copy().put(name, m[1]);
          String text = m[1] instanceof RawJson r ? Json.encode(obj.copy().put(name, "\u0000RAW\u0000"))
            .replace("\"\\u0000RAW\\u0000\"", r.text()) : mutated.encode();
          if (!ContractSchemas.errorsAt(schemaPointer, text).isEmpty()) {
            probe(ctx, m[0] + ":/" + name, target, bytes(text), json, true);
          }
        }
      }
      String unknown = obj.copy().put("no_such_field", 1).encode();
      if (!ContractSchemas.errorsAt(schemaPointer, unknown).isEmpty()) {
        probe(ctx, "unknown-property", target, bytes(unknown), json, true);
      }
      // bytes that are not UTF-8 inside a string of the body
      String marked = Json.encode(obj.copy().put(firstString(props, obj), "@@BAD@@"));
      String[] parts = marked.split("@@BAD@@", 2);
      if (parts.length == 2) {
        probe(ctx, "invalid-utf8-body", target, concat(bytes(parts[0]), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF},
          bytes(parts[1])), json, true);
      }
    }
    // over the body limit (padding that is valid JSON whitespace)
    byte[] big = bytes(baseText + " ".repeat((int) bodyLimit + 1 - baseText.length()));
    probe(ctx, "oversized-body", target, big, json, true);
    for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/json-patch+json")) {
      probe(ctx, "wrong-media-type:" + type, target, bytes(type.startsWith("application/x-www") ? "a=1" : baseText),
        List.of("Content-Type", type), true);
    }
    probe(ctx, "no-media-type", target, bytes(baseText), List.of(), true);
  }

  /** JSON text inserted as-is into a body (numbers Java cannot hold). */
  private record RawJson(String text) {
  }

  /** Hostile values of a body property: {kind, value}. */
  private static List<Object[]> mutations(JsonObject s) {
    List<Object[]> m = new ArrayList<>();
    String type = s.getString("type", "");
    m.add(new Object[] {"null", null});
    switch (type) {
      case "string" -> {
        m.add(new Object[] {"wrong-type", 12345});
        m.add(new Object[] {"overlong-100k", LONG});
        if (s.containsKey("enum") || s.containsKey("pattern") || s.containsKey("format")) {
          m.add(new Object[] {"unknown-enum", "no-such-value"});
          m.add(new Object[] {"sql-injection", SQL_INJECTION});
        }
        if (s.containsKey("maxLength")) {
          m.add(new Object[] {"over-max-length", "a".repeat(s.getInteger("maxLength") + 1)});
        }
      }
      case "integer", "number" -> {
        m.add(new Object[] {"wrong-type", "not-a-number"});
        m.add(new Object[] {"huge-number", new RawJson("1e400")});
        m.add(new Object[] {"huge-integer", new RawJson("99999999999999999999999999999")});
        m.add(new Object[] {"negative", -1});
        if (type.equals("integer")) {
          m.add(new Object[] {"fraction", 1.5});
        }
      }
      default -> {
        m.add(new Object[] {"wrong-type", "not-a-" + (type.isEmpty() ? "value" : type)});
        m.add(new Object[] {"wrong-type-number", new RawJson("1e400")});
        m.add(new Object[] {"overlong-100k", LONG});
      }
    }
    return m;
  }

  private static String firstString(JsonObject props, JsonObject obj) {
    for (String name : obj.fieldNames()) {
      if (obj.getValue(name) instanceof String) {
        return name;
      }
    }
    return props.fieldNames().stream().findFirst().orElse("x");
  }

  /** The operation's request example: `example`, or the first of `examples`. */
  private Object example(JsonObject media) {
    if (media.containsKey("example")) {
      return media.getValue("example");
    }
    JsonObject examples = media.getJsonObject("examples");
    if (examples != null && !examples.isEmpty()) {
      JsonObject first = resolve(examples.getJsonObject(examples.fieldNames().iterator().next()));
      return first.getValue("value");
    }
    return null;
  }

  /** A value a schema accepts (required properties only), for bodies without an example. */
  private Object sample(JsonObject schema, int depth) {
    JsonObject s = resolve(schema);
    if (s.containsKey("example")) {
      return s.getValue("example");
    }
    if (s.containsKey("enum")) {
      return s.getJsonArray("enum").getValue(0);
    }
    if (s.containsKey("allOf") || s.containsKey("oneOf") || s.containsKey("anyOf")) {
      JsonArray alts = s.getJsonArray("allOf", s.getJsonArray("oneOf", s.getJsonArray("anyOf")));
      return sample(alts.getJsonObject(0), depth + 1);
    }
    Object type = s.getValue("type", "object");
    String t = type instanceof JsonArray a ? a.getString(0) : type.toString();
    return switch (t) {
      case "object" -> {
        JsonObject o = new JsonObject();
        JsonObject props = properties(s);
        for (Object r : s.getJsonArray("required", new JsonArray())) {
          if (depth < 4 && props.containsKey(r.toString())) {
            o.put(r.toString(), sample(props.getJsonObject(r.toString()), depth + 1));
          }
        }
        yield o;
      }
      case "array" -> new JsonArray().add(sample(s.getJsonObject("items", new JsonObject()), depth + 1));
      case "integer", "number" -> s.getNumber("minimum", 1);
      case "boolean" -> true;
      default -> "date".equals(s.getString("format")) ? "2025-01-15" : "Mẫu " + "a".repeat(
        Math.max(0, s.getInteger("minLength", 1) - 4));
    };
  }

  private JsonObject properties(JsonObject schema) {
    JsonObject s = resolve(schema);
    JsonObject props = s.getJsonObject("properties", new JsonObject()).copy();
    for (String k : List.of("allOf")) {
      JsonArray parts = s.getJsonArray(k);
      if (parts != null) {
        parts.forEach(p -> props.getMap().putAll(properties((JsonObject) p).getMap()));
      }
    }
    return props;
  }

  // --- SPARQL ------------------------------------------------------------------------------------------------------

  private static final List<String> SPARQL_BAD = List.of(
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
    "DROP ALL",
    "INSERT DATA { <http://example.org/a> <http://example.org/b> \"c\" }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <file:///etc/passwd>",
    "CLEAR DEFAULT",
    "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o FILTER(<java:java.lang.Runtime.exec>(\"id\")) }",
    "SELECT * WHERE { ?s ?p ?o",
    "SELECT * WHERE { ?s ?p ?o } }}}{{{",
    "' OR '1'='1",
    "SELECT * WHERE { ?s ?p \"x\" } LIMIT -1",
    "PREFIX : <x> SELECT * WHERE { ?s :p ?o }; SELECT 1",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY",
    "");

  private void sparql(Ctx ctx) {
    for (String q : SPARQL_BAD) {
      String enc = URLEncoder.encode(q, StandardCharsets.UTF_8);
      if (ctx.method().equals("GET")) {
        probe(ctx, "sparql-injection", bytes("/sparql?query=" + enc), null, List.of(), true);
      } else {
        probe(ctx, "sparql-injection-form", bytes("/sparql"), bytes("query=" + enc),
          List.of("Content-Type", "application/x-www-form-urlencoded"), true);
        probe(ctx, "sparql-injection-body", bytes("/sparql"), bytes(q),
          List.of("Content-Type", "application/sparql-query"), true);
      }
    }
    // a dataset description naming a local file: a valid query, answered from the store alone (must not read it)
    String from = URLEncoder.encode("SELECT * FROM <file:///etc/passwd> FROM NAMED <file:///etc/hosts> WHERE { ?s ?p ?o }"
      + " LIMIT 1", StandardCharsets.UTF_8);
    if (ctx.method().equals("GET")) {
      probe(ctx, "sparql-from-file", bytes("/sparql?query=" + from), null, List.of(), false);
    } else {
      probe(ctx, "sparql-from-file", bytes("/sparql"), bytes("query=" + from),
        List.of("Content-Type", "application/x-www-form-urlencoded"), false);
    }
    if (ctx.method().equals("POST")) {
      probe(ctx, "sparql-update-form", bytes("/sparql"), bytes("update=" + URLEncoder.encode("DROP ALL",
        StandardCharsets.UTF_8)), List.of("Content-Type", "application/x-www-form-urlencoded"), true);
      probe(ctx, "sparql-update-media-type", bytes("/sparql"), bytes("DROP ALL"),
        List.of("Content-Type", "application/sparql-update"), true);
      probe(ctx, "sparql-oversized-body", bytes("/sparql"), bytes("SELECT * WHERE { ?s ?p ?o } #"
        + "x".repeat((int) bodyLimit)), List.of("Content-Type", "application/sparql-query"), true);
      probe(ctx, "invalid-utf8-body", bytes("/sparql"), concat(bytes("SELECT * WHERE { ?s ?p \""),
        new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}, bytes("\" }")), List.of("Content-Type",
          "application/sparql-query"), true);
      probe(ctx, "wrong-media-type", bytes("/sparql"), bytes("{\"query\": \"SELECT 1\"}"),
        List.of("Content-Type", "application/json"), true);
    }
  }

  // --- assembling requests -----------------------------------------------------------------------------------------

  /** The operation being probed, and how its valid request looks. */
  private record Ctx(String operation, String method, String template, List<Param> params, boolean restricted,
                     boolean write, byte[] body, String contentType) {
    /** The path with sample values, one of them (name) replaced by an already encoded value. */
    String path(String name, String encoded) {
      Matcher m = TEMPLATE.matcher(template);
      return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1).equals(name) ? encoded
        : URLEncoder.encode(SAMPLES.get().getOrDefault(r.group(1), "x"), StandardCharsets.UTF_8)));
    }

    byte[] target(String name, String encoded) {
      String q = query(this, null);
      return bytes(path(name, encoded) + (q.isEmpty() ? "" : "?" + q));
    }
  }

  /** The sample path values, for the record above (set while generating). */
  private static final ThreadLocal<Map<String, String>> SAMPLES = ThreadLocal.withInitial(Map::of);

  /** The valid query: every required parameter with a value its schema accepts, except {@code skip}. */
  private static String query(Ctx ctx, String skip) {
    List<String> parts = new ArrayList<>();
    for (Param p : ctx.params()) {
      if (p.in().equals("query") && p.required() && !p.name().equals(skip)) {
        Object v = REQUIRED_VALUE.apply(p.schema());
        parts.add(p.name() + "=" + URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
      }
    }
    return String.join("&", parts);
  }

  private static final java.util.function.Function<JsonObject, Object> REQUIRED_VALUE = s -> s.containsKey("enum")
    ? s.getJsonArray("enum").getValue(0) : s.containsKey("default") ? s.getValue("default")
    : s.containsKey("example") ? s.getValue("example") : "integer".equals(s.getString("type"))
      ? s.getNumber("minimum", 1) : "x";

  private byte[] queryTarget(Ctx ctx, String name, String encoded) {
    String rest = query(ctx, name);
    return bytes(ctx.path(null, null) + "?" + (rest.isEmpty() ? "" : rest + "&") + name + "=" + encoded);
  }

  /** A valid body for an operation that needs one while a parameter is probed (null = none). */
  private static byte[] defaultBody(Ctx ctx) {
    return ctx.body();
  }

  private void probe(Ctx ctx, String kind, byte[] target, byte[] body, List<String> extra, boolean malformed) {
    List<String> headers = new ArrayList<>(extra);
    if (ctx.restricted() && !extra.contains("Authorization")) {
      headers.add("Authorization");
      headers.add("Bearer " + token);
    }
    if (body != null && !headers.contains("Content-Type") && !kind.equals("no-media-type")) {
      headers.add("Content-Type");
      headers.add(ctx.contentType() == null ? "application/json" : ctx.contentType());
    }
    probes.add(new Probe(ctx.operation(), kind, ctx.method(), target, body, headers, malformed, ctx.write()));
  }

  /**
   * Generates with the sample path values in scope, keeping at most {@code perKind} probes of each kind per operation
   * (an operation with 17 parameters would otherwise get 17 of each).
   */
  public List<Probe> generate(int perKind) {
    SAMPLES.set(samples);
    try {
      Map<String, Integer> seen = new java.util.HashMap<>();
      return all().stream().filter(p -> seen.merge(p.operation() + "|" + p.kind().split(":")[0], 1, Integer::sum)
        <= perKind).toList();
    } finally {
      SAMPLES.remove();
    }
  }

  private JsonObject resolve(JsonObject node) {
    JsonObject n = node;
    while (n != null && n.containsKey("$ref")) {
      String[] parts = n.getString("$ref").substring(2).split("/");
      JsonObject cur = contract;
      for (String part : parts) {
        cur = cur.getJsonObject(part.replace("~1", "/").replace("~0", "~"));
      }
      n = cur;
    }
    return n;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** How many probes each kind has (for the report). */
  public static Map<String, Integer> histogram(List<Probe> probes) {
    Map<String, Integer> h = new LinkedHashMap<>();
    probes.forEach(p -> h.merge(p.kind().split(":")[0], 1, Integer::sum));
    return h;
  }
}
