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
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The contract's schema repository with one validator built per request schema, once. vertx-openapi 5.0's
 * {@code SchemaRepository.validator(schema)} builds a new validator per call, copying the contract's whole schema
 * map (several thousand entries): once per parameter per request, it took 30–70 % of the server's CPU under load.
 * A validator holds no state between calls, so one per schema serves every request. Every parameter schema and
 * request-body schema of every operation is prebuilt here (an immutable identity map, safe from any thread); any
 * other schema goes to the repository as before.
 */
final class CachedSchemas implements SchemaRepository {
  private final SchemaRepository delegate;
  private final Map<JsonSchema, Validator> validators;

  CachedSchemas(OpenAPIContract contract) {
    this.delegate = contract.getSchemaRepository();
    Map<JsonSchema, Validator> built = new IdentityHashMap<>();
    for (Operation op : contract.operations()) {
      for (Parameter p : op.getParameters()) {
        built.computeIfAbsent(p.getSchema(), delegate::validator);
      }
      if (op.getRequestBody() != null) {
        for (MediaType mt : op.getRequestBody().getContent().values()) {
          if (mt.getSchema() != null) {
            built.computeIfAbsent(mt.getSchema(), delegate::validator);
          }
        }
      }
    }
    this.validators = built;
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
