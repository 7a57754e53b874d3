package vn.gov.moha.opendata.support;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import vn.gov.moha.opendata.platform.http.Contract;

/**
 * Validates response bodies against the schemas the contract declares for them (networknt, JSON Schema 2020-12,
 * resolving $refs inside openapi.yaml): the status's own response, else `default`.
 */
public final class ContractSchemas {
  private static final String IRI = "https://contract.test/openapi.json";
  private static final JsonObject CONTRACT = Contract.load().raw();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
    b -> b.schemas(Map.of(IRI, CONTRACT.encode())));

  private ContractSchemas() {
  }

  public static JsonObject contract() {
    return CONTRACT.copy();
  }

  /** Errors of `body` against the schema of (path, method, status, media type); empty when valid. */
  public static List<String> errors(String path, String method, int status, String mediaType, String body) {
    JsonObject op = CONTRACT.getJsonObject("paths").getJsonObject(path).getJsonObject(method.toLowerCase());
    JsonObject responses = op.getJsonObject("responses");
    String key = responses.containsKey(String.valueOf(status)) ? String.valueOf(status) : "default";
    String pointer = "#/paths/" + escape(path) + "/" + method.toLowerCase() + "/responses/" + key;
    JsonObject response = responses.getJsonObject(key);
    if (response.containsKey("$ref")) {
      pointer = response.getString("$ref");
      String[] parts = pointer.substring(2).split("/");
      response = CONTRACT;
      for (String p : parts) {
        response = response.getJsonObject(p);
      }
    }
    JsonObject content = response.getJsonObject("content");
    if (content == null || !content.containsKey(mediaType)) {
      return List.of("the contract declares no " + mediaType + " body for " + method + " " + path + " " + status);
    }
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(IRI + pointer + "/content/" + escape(mediaType) + "/schema"));
    return schema.validate(body, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  /** Errors of the JSON text {@code json} against the schema at a JSON pointer of the contract (e.g. a parameter's). */
  public static List<String> errorsAt(String pointer, String json) {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(IRI + pointer));
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  /** A JSON pointer segment (RFC 6901). */
  public static String escape(String s) {
    return s.replace("~", "~0").replace("/", "~1");
  }
}
