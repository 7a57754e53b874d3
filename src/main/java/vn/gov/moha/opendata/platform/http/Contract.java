package vn.gov.moha.opendata.platform.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.MediaType;
import io.vertx.openapi.contract.OpenAPIContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.gov.moha.opendata.platform.security.Role;

/**
 * openapi/openapi.yaml, the single source of truth, as served (YAML and JSON) and as handed to the router.
 * The router copy drops what vertx-openapi 5.0 cannot take (media types such as application/problem+json; a request
 * body whose media types are all unsupported, such as application/sparql-query and form-urlencoded, goes entirely and
 * its handler checks content type, fields and size itself) and the security requirements, which
 * {@code platform.security.Access} enforces in one place instead.
 */
public final class Contract {
  public static final String RESOURCE = "openapi/openapi.yaml";
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

  private final String yaml;
  private final JsonObject raw;
  private final Map<String, Requirement> requirements;
  private final Map<String, Set<String>> bodyTypes;

  /**
   * What an operation needs: whether anonymous callers may call it (an empty object `{}` among its `security`
   * alternatives), the security schemes it accepts, the roles of its `x-roles` extension, and whether its calls count
   * against the caller's rate limit (`x-rate-limited: false` exempts the health probes: a load balancer or an
   * orchestrator probes every few seconds from one address, and a probe refused with 429 would take a healthy instance
   * out of service).
   */
  public record Requirement(String operationId, boolean anonymous, List<String> schemes, List<Role> roles,
                            boolean rateLimited) {
  }

  private Contract(String yaml, JsonObject raw) {
    this.yaml = yaml;
    this.raw = raw;
    this.requirements = readRequirements(raw);
    this.bodyTypes = readBodyTypes(raw);
  }

  /** Reads the contract from the classpath (blocking; call at boot or on a worker). */
  public static Contract load() {
    try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Yaml parser = new Yaml(new SafeConstructor(new LoaderOptions()));
      Map<String, Object> tree = parser.load(text);
      return new Contract(text, new JsonObject(tree));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String yaml() {
    return yaml;
  }

  public JsonObject raw() {
    return raw.copy();
  }

  public Map<String, Requirement> requirements() {
    return requirements;
  }

  /**
   * The media types each operation whose body the router reads declares (operationId → lower-case types), all of
   * them, including those the router's copy drops; an operation none of whose types the router takes is absent.
   */
  public Map<String, Set<String>> bodyMediaTypes() {
    return bodyTypes;
  }

  /** The router's copy of the contract. */
  public Future<OpenAPIContract> forRouter(Vertx vertx) {
    JsonObject copy = raw.copy();
    copy.remove("security");
    copy.remove("servers"); // a relative server URL is valid OpenAPI but vertx-openapi wants an absolute one
    forEachOperation(copy, op -> {
      op.remove("security");
      JsonObject responses = op.getJsonObject("responses", new JsonObject());
      for (String code : responses.fieldNames()) {
        stripUnsupported(responses.getJsonObject(code));
      }
      JsonObject body = op.getJsonObject("requestBody");
      stripUnsupported(body);
      if (body != null && !body.containsKey("content")) {
        op.remove("requestBody"); // only media types it cannot take (e.g. SPARQL's): the handler reads the body
      }
    });
    JsonObject components = copy.getJsonObject("components", new JsonObject());
    JsonObject responses = components.getJsonObject("responses", new JsonObject());
    for (String name : responses.fieldNames()) {
      stripUnsupported(responses.getJsonObject(name));
    }
    nullableIntegers(copy);
    return OpenAPIContract.from(vertx, copy);
  }

  /**
   * vertx-openapi 5.0's format check refuses null for `format: int32/int64` even when the type allows null (a
   * nullable id sent as null is a 400): in the router's copy such a schema states the format's range instead.
   */
  private static void nullableIntegers(Object node) {
    if (node instanceof JsonArray a) {
      a.forEach(Contract::nullableIntegers);
      return;
    }
    if (!(node instanceof JsonObject o)) {
      return;
    }
    String format = o.getValue("format") instanceof String f ? f : null;
    if (("int32".equals(format) || "int64".equals(format)) && o.getValue("type") instanceof JsonArray types
      && types.contains("null")) {
      o.remove("format");
      boolean int32 = format.equals("int32");
      if (!o.containsKey("minimum")) {
        o.put("minimum", int32 ? Integer.MIN_VALUE : Long.MIN_VALUE);
      }
      if (!o.containsKey("maximum")) {
        o.put("maximum", int32 ? Integer.MAX_VALUE : Long.MAX_VALUE);
      }
    }
    o.forEach(e -> nullableIntegers(e.getValue()));
  }

  private static void stripUnsupported(JsonObject holder) {
    if (holder == null || !(holder.getValue("content") instanceof JsonObject content)) {
      return;
    }
    content.fieldNames().removeIf(mt -> !MediaType.isMediaTypeSupported(mt) || mt.contains("problem"));
    if (content.isEmpty()) {
      holder.remove("content");
    }
  }

  private static Map<String, Requirement> readRequirements(JsonObject contract) {
    Map<String, Requirement> out = new HashMap<>();
    JsonArray global = contract.getJsonArray("security", new JsonArray());
    forEachOperation(contract, op -> {
      JsonArray security = op.containsKey("security") ? op.getJsonArray("security") : global;
      String id = op.getString("operationId");
      boolean anonymous = security.stream().anyMatch(o -> o instanceof JsonObject j && j.isEmpty());
      List<String> schemes = security.stream()
        .filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
        .flatMap(o -> o.fieldNames().stream()).distinct().toList();
      if (!(op.getValue("x-roles") instanceof JsonArray declared) || declared.isEmpty()) {
        throw new IllegalStateException("operation " + id + " declares no x-roles");
      }
      List<Role> roles = declared.stream().map(String::valueOf)
        .map(r -> Role.fromWire(r).orElseThrow(() -> new IllegalStateException(
          "operation " + id + " names an unknown role in x-roles: " + r)))
        .toList();
      if (anonymous != roles.contains(Role.PUBLIC)) {
        throw new IllegalStateException("operation " + id + ": x-roles has 'public' exactly when security has {}");
      }
      out.put(id, new Requirement(id, anonymous, schemes, roles, op.getBoolean("x-rate-limited", true)));
    });
    return Map.copyOf(out);
  }

  private static Map<String, Set<String>> readBodyTypes(JsonObject contract) {
    Map<String, Set<String>> out = new HashMap<>();
    forEachOperation(contract, op -> {
      JsonObject content = op.getJsonObject("requestBody", new JsonObject()).getJsonObject("content");
      // only bodies the router reads: an operation whose every media type the router cannot take (SPARQL's) reads
      // its body itself and answers its own 415 (SparqlApi: update-not-allowed for application/sparql-update)
      if (content != null && content.fieldNames().stream().anyMatch(MediaType::isMediaTypeSupported)) {
        out.put(op.getString("operationId"), Set.copyOf(content.fieldNames().stream()
          .map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList()));
      }
    });
    return Map.copyOf(out);
  }

  private static void forEachOperation(JsonObject contract, java.util.function.Consumer<JsonObject> action) {
    JsonObject paths = contract.getJsonObject("paths", new JsonObject());
    for (String p : paths.fieldNames()) {
      JsonObject item = paths.getJsonObject(p);
      for (String m : item.fieldNames()) {
        if (METHODS.contains(m)) {
          action.accept(item.getJsonObject(m));
        }
      }
    }
  }
}
