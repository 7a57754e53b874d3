package vn.gov.moha.opendata.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.platform.http.Contract;

/**
 * Every example in the contract validates against the schema it illustrates (networknt, JSON Schema 2020-12 with
 * format assertions, $refs resolved inside openapi.yaml): `example` and `examples` of media types, parameters and
 * headers, and `example` / `examples` of schemas. And every associations operation shows what it takes and answers.
 */
class ContractExamplesTest {
  private static final String IRI = "https://contract.test/openapi.json";
  private static final JsonObject CONTRACT = Contract.load().raw();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
    b -> b.schemas(Map.of(IRI, CONTRACT.encode()))
      .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  /** Keys whose object maps names to schemas: a property may be called "example" without being one. */
  private static final Set<String> NAME_MAPS = Set.of("properties", "patternProperties", "$defs");

  /** One example: where it is, the schema it illustrates, its value. */
  record Example(String pointer, String schemaPointer, Object value) {
  }

  @Test
  void everyExampleValidatesAgainstItsSchema() {
    List<Example> examples = new ArrayList<>();
    collect(CONTRACT, "", null, examples);
    assertTrue(examples.size() >= 15, "examples found: " + examples.size());
    List<String> failures = new ArrayList<>();
    for (Example e : examples) {
      List<String> errors = errors(e.schemaPointer(), e.value());
      if (!errors.isEmpty()) {
        failures.add(e.pointer() + ": " + errors);
      }
    }
    assertTrue(failures.isEmpty(), () -> failures.size() + " examples do not match their schema:\n"
      + String.join("\n", failures));
  }

  /** The check itself catches a bad value (so an empty error list above means something). */
  @Test
  void aWrongExampleIsCaught() {
    String association = "/components/schemas/Association";
    assertFalse(errors(association, new JsonObject().put("id", "nine")).isEmpty());
    assertFalse(errors("/components/schemas/AssociationUpdate", new JsonObject().put("name", "x")).isEmpty());
    assertFalse(errors("/components/schemas/CharterDecision", new JsonObject().put("type", "charter_approved")
      .put("date", "30/07/2020").putNull("decision_number").putNull("decision_issuer")).isEmpty(), "formats asserted");
  }

  /** Each associations operation shows its request body and each of its inline responses with a body. */
  @Test
  void everyAssociationsOperationHasExamples() {
    JsonObject paths = CONTRACT.getJsonObject("paths");
    List<String> missing = new ArrayList<>();
    int operations = 0;
    for (String path : paths.fieldNames()) {
      for (String method : paths.getJsonObject(path).fieldNames()) {
        if (!(paths.getJsonObject(path).getValue(method) instanceof JsonObject op)
          || !op.getJsonArray("tags", new JsonArray()).contains("associations")) {
          continue;
        }
        operations++;
        String id = op.getString("operationId");
        JsonObject body = op.getJsonObject("requestBody");
        if (body != null && !hasExamples(body)) {
          missing.add(id + " request body");
        }
        JsonObject responses = op.getJsonObject("responses");
        for (String status : responses.fieldNames()) {
          JsonObject r = responses.getJsonObject(status);
          if (!r.containsKey("$ref") && r.containsKey("content") && !hasExamples(r)) {
            missing.add(id + " response " + status);
          }
        }
      }
    }
    assertTrue(operations >= 7, "associations operations: " + operations);
    assertTrue(missing.isEmpty(), "without examples: " + missing);
  }

  private static boolean hasExamples(JsonObject holder) {
    JsonObject content = holder.getJsonObject("content");
    return content.fieldNames().stream().map(content::getJsonObject)
      .allMatch(mt -> mt.containsKey("example") || mt.containsKey("examples"));
  }

  private static List<String> errors(String schemaPointer, Object value) {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(IRI + "#" + schemaPointer));
    return schema.validate(Json.encode(value), InputFormat.JSON).stream().map(Error::toString).toList();
  }

  /**
   * Walks the contract. An object with a `schema` and `example`/`examples` is a media type, parameter or header: its
   * examples illustrate that schema (`examples` is a map of Example Objects). Any other object with `example` or an
   * `examples` array is a schema illustrating itself. Example values are not walked into.
   */
  private static void collect(Object node, String pointer, String parentKey, List<Example> out) {
    if (node instanceof JsonArray a) {
      for (int i = 0; i < a.size(); i++) {
        collect(a.getValue(i), pointer + "/" + i, null, out);
      }
      return;
    }
    if (!(node instanceof JsonObject o)) {
      return;
    }
    boolean names = parentKey != null && NAME_MAPS.contains(parentKey);
    if (!names) {
      String target = o.containsKey("schema") ? pointer + "/schema" : pointer;
      if (o.containsKey("example")) {
        out.add(new Example(pointer + "/example", target, o.getValue("example")));
      }
      Object examples = o.getValue("examples");
      if (examples instanceof JsonObject map && o.containsKey("schema")) {
        for (String name : map.fieldNames()) {
          JsonObject example = map.getJsonObject(name);
          assertFalse(example.containsKey("externalValue"), pointer + ": the contract stays self-contained");
          assertTrue(example.containsKey("value"), pointer + "/examples/" + escape(name) + " has a value");
          out.add(new Example(pointer + "/examples/" + escape(name), target, example.getValue("value")));
        }
      } else if (examples instanceof JsonArray list) {
        for (int i = 0; i < list.size(); i++) {
          out.add(new Example(pointer + "/examples/" + i, target, list.getValue(i)));
        }
      }
    }
    for (String key : o.fieldNames()) {
      if (!names && (key.equals("example") || key.equals("examples"))) {
        continue;
      }
      collect(o.getValue(key), pointer + "/" + escape(key), names ? null : key, out);
    }
  }

  private static String escape(String s) {
    return s.replace("~", "~0").replace("/", "~1");
  }
}
