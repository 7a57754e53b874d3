package vn.gov.moha.opendata.datasets.legaldocs;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import vn.gov.moha.opendata.platform.rdf.Uris;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Rows of the open views → the JSON of the contract (LegalDocumentSummary, LegalDocument). */
final class LegalDocJson {
  private LegalDocJson() {
  }

  static JsonObject summary(Row r, String base) {
    long id = r.getLong("id");
    JsonObject o = new JsonObject()
      .put("id", id)
      .put("uri", new Uris(base).eli(r.getString("eli_path")))
      .put("number", r.getString("number"))
      .put("kind", r.getString("kind"))
      .put("type", r.getString("type_code"))
      .put("type_label", CodeLists.labels(r.getString("type_vi"), r.getString("type_en")))
      .put("title", r.getString("title"))
      .put("issuer", r.getString("issuer_code"))
      .put("issuer_label", CodeLists.labels(r.getString("issuer_vi"), r.getString("issuer_en")))
      .put("signer", r.getString("signer_name") == null ? null
        : new JsonObject().put("name", r.getString("signer_name")).put("title", r.getString("signer_title")))
      .put("issued_date", date(r.getLocalDate("issued_date")))
      .put("effective_date", date(r.getLocalDate("effective_date")))
      .put("expiry_date", date(r.getLocalDate("expiry_date")))
      .put("status", r.getString("status_code"))
      .put("status_label", CodeLists.labels(r.getString("status_vi"), r.getString("status_en")))
      .put("fields", new JsonArray(java.util.Arrays.asList(r.getArrayOfStrings("fields"))))
      .put("summary", r.getString("summary"))
      .put("modified_at", timestamp(r.getOffsetDateTime("modified_at")));
    int rankIdx = r.getColumnIndex("rank");
    if (rankIdx >= 0 && r.getValue(rankIdx) != null) {
      o.put("rank", ((Number) r.getValue(rankIdx)).doubleValue());
    }
    o.put("links", new JsonObject().put("self", base + LegalDocsApi.PATH + "/" + id)
      .put("relations", base + LegalDocsApi.PATH + "/" + id + "/relations"));
    return o;
  }

  static JsonObject full(Row r, String base) {
    JsonObject o = summary(r, base);
    o.put("full_text", r.getString("full_text"));
    o.put("attachments", r.getJsonArray("attachments"));
    o.put("relations", r.getJsonArray("relations"));
    o.put("created_at", timestamp(r.getOffsetDateTime("created_at")));
    return o;
  }

  static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }

  static String timestamp(OffsetDateTime t) {
    return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  static String etag(Row r) {
    return etag(r.getLong("id"), r.getInteger("version"));
  }

  /** The strong ETag of a document version. */
  static String etag(long id, int version) {
    return "\"" + id + "-" + version + "\"";
  }
}
