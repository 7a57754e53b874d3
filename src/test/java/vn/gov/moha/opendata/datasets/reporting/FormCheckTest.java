package vn.gov.moha.opendata.datasets.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.platform.http.ApiProblem;

/** A report against its regime's form: the errors name the JSON pointer of each indicator at fault. */
class FormCheckTest {
  private static final JsonObject FORM = new JsonObject("""
    {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "additionalProperties": false,
     "required": ["so_lop", "ty_le_dung_han"],
     "properties": {
       "so_lop": {"type": "integer", "minimum": 0, "title": "Số lớp", "description": "Courses"},
       "ty_le_dung_han": {"type": "number", "minimum": 0, "maximum": 100},
       "ghi_chu": {"type": "string", "maxLength": 20}}}""");

  private static List<String> pointers(JsonObject data, boolean complete) {
    ApiProblem p = assertThrows(ApiProblem.class, () -> FormCheck.check("t-01", FORM, data, complete));
    assertEquals(400, p.status());
    assertEquals("invalid-report", p.code());
    return p.errors().stream().map(ApiProblem.FieldError::pointer).sorted().toList();
  }

  @Test
  void aCompleteReportPassesAndADraftMayLeaveIndicatorsOut() {
    FormCheck.check("t-01", FORM, new JsonObject().put("so_lop", 3).put("ty_le_dung_han", 97.5), true);
    FormCheck.check("t-01", FORM, new JsonObject().put("so_lop", 3), false);
    FormCheck.check("t-01", FORM, new JsonObject(), false);
  }

  @Test
  void eachIndicatorAtFaultIsNamed() {
    assertEquals(List.of("/data/ty_le_dung_han"), pointers(new JsonObject().put("so_lop", 3), true));
    assertEquals(List.of("/data/so_lop", "/data/ty_le_dung_han"), pointers(new JsonObject().put("so_lop", -1)
      .put("ty_le_dung_han", 101), false));
    assertEquals(List.of("/data/so_lop"), pointers(new JsonObject().put("so_lop", 2.5), false));
    assertEquals(List.of("/data/la"), pointers(new JsonObject().put("la", 1), false));
    assertEquals(List.of("/data/ghi_chu"), pointers(new JsonObject().put("ghi_chu", "x".repeat(21)), false));
  }
}
