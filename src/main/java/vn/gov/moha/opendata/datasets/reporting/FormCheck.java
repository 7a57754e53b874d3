package vn.gov.moha.opendata.datasets.reporting;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.ApiProblem.FieldError;

/**
 * Checks a report's indicators against its regime's form, a JSON Schema (2020-12) kept in
 * {@code reporting.regime.form}, with the networknt validator. A failure is a 400 problem naming the JSON pointer of every indicator at fault under
 * the report's {@code /data}. A draft may leave indicators out (its `required` errors are not counted); a submission
 * may not. Compiled schemas are cached by the form's text, so a changed form is compiled again.
 */
final class FormCheck {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private FormCheck() {
  }

  /**
   * @param complete whether every required indicator must be there (a submission) or not (a draft)
   * @throws ApiProblem 400 {@code invalid-report} with one field error per indicator at fault
   */
  static void check(String regime, JsonObject form, JsonObject data, boolean complete) {
    String text = form.encode();
    Schema schema = SCHEMAS.computeIfAbsent(text, t -> REGISTRY.getSchema(t, InputFormat.JSON));
    List<FieldError> errors = new ArrayList<>();
    for (Error e : schema.validate(data.encode(), InputFormat.JSON)) {
      if (!complete && "required".equals(e.getKeyword())) {
        continue;
      }
      errors.add(new FieldError(pointer(e), "body", e.getMessage()));
    }
    if (!errors.isEmpty()) {
      throw ApiProblem.badRequest("invalid-report", "The report does not fit the form of regime " + regime + ": "
        + errors.get(0).pointer() + " " + errors.get(0).message() + (errors.size() > 1 ? " (and "
        + (errors.size() - 1) + " more)" : "") + ".", errors.toArray(FieldError[]::new));
    }
  }

  /** The JSON pointer of the indicator an error is about, under {@code /data}. */
  static String pointer(Error e) {
    StringBuilder sb = new StringBuilder("/data");
    NodePath at = e.getInstanceLocation();
    for (int i = 0; i < at.getNameCount(); i++) {
      sb.append('/').append(escape(String.valueOf(at.getElement(i))));
    }
    String keyword = e.getKeyword();
    if (e.getProperty() != null && ("required".equals(keyword) || "additionalProperties".equals(keyword))) {
      sb.append('/').append(escape(e.getProperty()));
    }
    return sb.toString();
  }

  private static String escape(String s) {
    return s.replace("~", "~0").replace("/", "~1");
  }
}
