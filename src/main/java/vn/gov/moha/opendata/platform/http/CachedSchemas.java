package vn.gov.moha.opendata.platform.http;

import io.vertx.core.file.FileSystem;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.SchemaException;
import io.vertx.json.schema.SchemaRepository;
import io.vertx.json.schema.Validator;
import io.vertx.openapi.contract.MediaType;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Parameter;
import io.vertx.core.json.JsonArray;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contract's schema repository with one validator built per request schema, once. vertx-openapi 5.0's
 * {@code SchemaRepository.validator(schema)} builds a new validator per call, copying the contract's whole schema
 * map (several thousand entries): once per parameter per request, it took 30–70 % of the server's CPU under load.
 * A validator holds no state between calls, so one per schema serves every request. Every parameter schema and
 * request-body schema of every operation is prebuilt here (an immutable identity map, safe from any thread); any
 * other schema goes to the repository as before.
 *
 * <p>Each validator keeps its own copy of that map, so validators are shared by content: the 556 parameter and body
 * schemas of the contract are 189 distinct ones, and every HTTP verticle (one per core) and every test server of a
 * JVM reuse the same validators. One validator per schema per verticle held ≈ 6 million map entries (≈ 235 MB) on 2
 * cores: the server no longer started with {@code -Xmx256m}. A schema's content key leaves out the location
 * annotation ({@code __absolute_uri__}) only when it has no reference to resolve against it.
 */
final class CachedSchemas implements SchemaRepository {
  /** Validators by schema content, for every contract read in this JVM (the contract does not change at run time). */
  private static final Map<String, Validator> SHARED = new ConcurrentHashMap<>();
  private static final String LOCATION = "__absolute_uri__";

  private final SchemaRepository delegate;
  private final Map<JsonSchema, Validator> validators;

  CachedSchemas(OpenAPIContract contract) {
    this.delegate = contract.getSchemaRepository();
    Map<JsonSchema, Validator> built = new IdentityHashMap<>();
    for (Operation op : contract.operations()) {
      for (Parameter p : op.getParameters()) {
        built.computeIfAbsent(p.getSchema(), this::shared);
      }
      if (op.getRequestBody() != null) {
        for (MediaType mt : op.getRequestBody().getContent().values()) {
          if (mt.getSchema() != null) {
            built.computeIfAbsent(mt.getSchema(), this::shared);
          }
        }
      }
    }
    this.validators = built;
  }

  private Validator shared(JsonSchema schema) {
    return SHARED.computeIfAbsent(key(schema), k -> delegate.validator(schema));
  }

  /** The schema's JSON; without its location annotations when nothing in it is resolved against its location. */
  static String key(JsonSchema schema) {
    if (!(schema instanceof JsonObject json)) {
      return String.valueOf(schema);
    }
    String full = json.encode();
    if (full.contains("\"$ref\"") || full.contains("\"$dynamicRef\"") || full.contains("\"$recursiveRef\"")
      || full.contains("\"$id\"") || full.contains("\"$anchor\"")) {
      return full;
    }
    return ((JsonObject) withoutLocation(json)).encode();
  }

  private static Object withoutLocation(Object value) {
    if (value instanceof JsonObject o) {
      JsonObject copy = new JsonObject();
      o.forEach(e -> {
        if (!LOCATION.equals(e.getKey())) {
          copy.put(e.getKey(), withoutLocation(e.getValue()));
        }
      });
      return copy;
    }
    if (value instanceof JsonArray a) {
      JsonArray copy = new JsonArray();
      a.forEach(v -> copy.add(withoutLocation(v)));
      return copy;
    }
    return value;
  }

  /** How many distinct validators the JVM holds (for tests). */
  static int shared() {
    return SHARED.size();
  }

  /** How many validators were prebuilt (for tests). */
  int size() {
    return validators.size();
  }

  @Override
  public Validator validator(JsonSchema schema) {
    Validator v = validators.get(schema);
    return v != null ? v : delegate.validator(schema);
  }

  @Override
  public SchemaRepository dereference(JsonSchema schema) throws SchemaException {
    return delegate.dereference(schema);
  }

  @Override
  public SchemaRepository dereference(String uri, JsonSchema schema) throws SchemaException {
    return delegate.dereference(uri, schema);
  }

  @Override
  public SchemaRepository preloadMetaSchema(FileSystem fs) {
    return delegate.preloadMetaSchema(fs);
  }

  @Override
  public SchemaRepository preloadMetaSchema(FileSystem fs, Draft draft) {
    return delegate.preloadMetaSchema(fs, draft);
  }

  @Override
  public Validator validator(String ref) {
    return delegate.validator(ref);
  }

  @Override
  public Validator validator(String ref, JsonSchemaOptions options) {
    return delegate.validator(ref, options);
  }

  @Override
  public Validator validator(JsonSchema schema, JsonSchemaOptions options, boolean dereference) {
    return delegate.validator(schema, options, dereference);
  }

  @Override
  public JsonObject resolve(JsonObject schema) {
    return delegate.resolve(schema);
  }

  @Override
  public JsonSchema find(String pointer) {
    return delegate.find(pointer);
  }
}
