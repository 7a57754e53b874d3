package vn.gov.moha.opendata.datasets.associations;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import vn.gov.moha.opendata.platform.rdf.Uris;
import java.time.LocalDate;
import java.util.List;

/** Rows of associations.open_organization → the JSON of the contract (AssociationSummary, Association). */
final class AssociationJson {
  private AssociationJson() {
  }

  /** The ETag of an organisation at a version: "a{id}-{version}". */
  static String etag(long id, int version) {
    return "\"a" + id + "-" + version + "\"";
  }

  static String etag(Row r) {
    return etag(r.getLong("id"), r.getInteger("version"));
  }

  static JsonObject summary(Row r, String base) {
    long id = r.getLong("id");
    String self = base + AssociationsApi.PATH + "/" + id;
    return new JsonObject()
      .put("id", id)
      .put("key", r.getString("key"))
      .put("uri", new Uris(base).organization(r.getString("key")))
      .put("kind", codeLabel(r.getString("kind_code"), r.getString("kind_vi"), r.getString("kind_en")))
      .put("family", r.getString("family"))
      .put("name", r.getString("name_vi"))
      .put("name_en", r.getString("name_en"))
      .put("abbreviation", r.getString("abbreviation"))
      .put("scope", codeLabel(r.getString("scope_code"), r.getString("scope_vi"), r.getString("scope_en")))
      .put("province", province(r.getString("province_key"), r.getString("province_name"),
        r.getLocalDate("province_valid_to")))
      .put("province_now", province(r.getString("province_now_key"), r.getString("province_now_name"), null))
      .put("founded_date", date(r.getLocalDate("founded_date")))
      .put("status", codeLabel(r.getString("status_code"), r.getString("status_vi"), r.getString("status_en")))
      .put("fields", new JsonArray(List.of(r.getArrayOfStrings("fields"))))
      .put("state_assigned", r.getBoolean("state_assigned"))
      .put("generated", "generated".equals(r.getString("origin")))
      .put("links", new JsonObject().put("self", self).put("events", self + "/events"));
  }

  /** The full representation: a row of AssociationsApi's GET statement (with its charter_decisions column). */
  static JsonObject full(Row r, String base) {
    JsonObject o = summary(r, base).put("address", r.getString("address"));
    String number = r.getString("founding_decision_number");
    LocalDate date = r.getLocalDate("founding_decision_date");
    o.put("founding_decision", number == null && date == null ? null : new JsonObject().put("number", number)
      .put("date", date(date)).put("issuer", r.getString("founding_decision_issuer"))
      .put("legal_document_id", r.getLong("founding_document_id")));
    String rep = r.getString("representative_name");
    o.put("representative", rep == null ? null : new JsonObject().put("name", rep)
      .put("title", r.getString("representative_title")));
    o.put("member_count", r.getInteger("member_count"));
    o.put("website", r.getString("website"));
    o.put("charter_decisions", r.getJsonArray("charter_decisions"));
    o.put("modified_at", r.getOffsetDateTime("modified_at").toInstant().toString());
    if (r.getLong("founding_document_id") != null) {
      o.getJsonObject("links").put("founding_decision",
        base + "/api/v1/legal-documents/" + r.getLong("founding_document_id"));
    }
    return o;
  }

  static JsonObject codeLabel(String code, String vi, String en) {
    return new JsonObject().put("code", code).put("label", new JsonObject().put("vi", vi).put("en", en));
  }

  private static JsonObject province(String key, String name, LocalDate validTo) {
    return key == null ? null : new JsonObject().put("key", key).put("name", name).put("valid_to", date(validTo));
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
