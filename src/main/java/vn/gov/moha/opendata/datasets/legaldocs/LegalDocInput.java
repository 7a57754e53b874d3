package vn.gov.moha.opendata.datasets.legaldocs;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.ApiProblem.FieldError;

/**
 * A LegalDocumentInput body after the contract's schema check, checked against the rules the schema cannot
 * express: code lists, number format per kind, date order. Every fault is collected and named.
 */
record LegalDocInput(String number, String type, String kind, String title, String issuer, String signerName,
                     String signerTitle, LocalDate issued, LocalDate effective, LocalDate expiry, String status,
                     List<String> fields, String summary, String fullText, JsonArray attachments,
                     List<Relation> relations) {

  /** An outgoing relation as sent. */
  record Relation(String type, long target) {
  }

  /** N/YYYY/TYPE-ISSUER (Law 64/2025 Art. 7.3), e.g. 63/2022/NĐ-CP, 05/2025/TT-BNV, 101/2015/QH13. */
  static final Pattern NORMATIVE = Pattern.compile("^(\\d{1,5})/(\\d{4})/([A-ZĐ][A-Za-zĐ]*\\d*(?:-[A-Za-zĐ0-9]+)*)$");
  /** N/TYPE-ISSUER or N-TYPE/ISSUER (Decree 30/2020), e.g. 1250/QĐ-BNV, 2975/UBND-KSTT, 52-NQ/TW. */
  static final Pattern ADMINISTRATIVE =
    Pattern.compile("^(\\d{1,6})[/-]([A-ZĐ][A-Za-zĐy]*)(?:[-/][A-Za-zĐ0-9&]+)*$");

  static LegalDocInput from(JsonObject body, CodeLists codes) {
    List<FieldError> errors = new ArrayList<>();
    String number = body.getString("number").trim();
    String type = body.getString("type");
    CodeLists.Entry typeEntry = codes.get("legal-document-types", type);
    if (typeEntry == null) {
      errors.add(new FieldError("/type", "body", "unknown document type '" + type
        + "' (see /api/v1/code-lists/legal-document-types)"));
    }
    String kind = typeEntry == null ? null : typeEntry.kind();
    String issuer = body.getString("issuer");
    if (!codes.has("issuers", issuer)) {
      errors.add(new FieldError("/issuer", "body", "unknown issuer '" + issuer + "' (see /api/v1/code-lists/issuers)"));
    }
    String status = body.getString("status");
    LocalDate issued = date(body, "issued_date", errors);
    LocalDate effective = date(body, "effective_date", errors);
    LocalDate expiry = date(body, "expiry_date", errors);
    if (issued != null && effective != null && effective.isBefore(issued)) {
      errors.add(new FieldError("/effective_date", "body", "effective_date " + effective
        + " is before issued_date " + issued));
    }
    LocalDate start = effective != null ? effective : issued;
    if (start != null && expiry != null && expiry.isBefore(start)) {
      errors.add(new FieldError("/expiry_date", "body", "expiry_date " + expiry + " is before "
        + (effective != null ? "effective_date " : "issued_date ") + start));
    }
    if ("normative".equals(kind)) {
      Matcher m = NORMATIVE.matcher(number);
      if (!m.matches()) {
        errors.add(new FieldError("/number", "body", "a normative document number looks like 63/2022/NĐ-CP "
          + "(number/year/type-issuer); got '" + number + "'"));
      } else if (issued != null && Integer.parseInt(m.group(2)) != issued.getYear()
        && !number.matches(".*/(QH|UBTVQH)\\d+$")) {
        errors.add(new FieldError("/number", "body", "the year in the number (" + m.group(2)
          + ") differs from the year of issued_date (" + issued.getYear() + ")"));
      }
    } else if ("administrative".equals(kind) && !ADMINISTRATIVE.matcher(number).matches()) {
      errors.add(new FieldError("/number", "body", "an administrative document number looks like 1250/QĐ-BNV "
        + "or 2975/UBND-KSTT; got '" + number + "'"));
    }
    List<String> fields = new ArrayList<>();
    JsonArray f = body.getJsonArray("fields", new JsonArray());
    for (int i = 0; i < f.size(); i++) {
      String code = f.getString(i);
      if (!codes.has("fields", code)) {
        errors.add(new FieldError("/fields/" + i, "body", "unknown field '" + code + "' (see /api/v1/code-lists/fields)"));
      }
      fields.add(code);
    }
    List<Relation> relations = new ArrayList<>();
    JsonArray rs = body.getJsonArray("relations", new JsonArray());
    for (int i = 0; i < rs.size(); i++) {
      JsonObject r = rs.getJsonObject(i);
      Relation rel = new Relation(r.getString("type"), r.getLong("target"));
      if (relations.contains(rel)) {
        errors.add(new FieldError("/relations/" + i, "body", "duplicate relation"));
      }
      relations.add(rel);
    }
    if (!errors.isEmpty()) {
      throw new ApiProblem(400, "invalid-field", "Invalid field", errors.size() == 1 ? errors.get(0).message()
        : errors.size() + " fields are invalid", errors);
    }
    JsonObject signer = body.getJsonObject("signer");
    return new LegalDocInput(number, type, kind, body.getString("title").trim(), issuer,
      signer == null ? null : signer.getString("name"), signer == null ? null : signer.getString("title"),
      issued, effective, expiry, status, fields, body.getString("summary"), body.getString("full_text"),
      body.getJsonArray("attachments", new JsonArray()), relations);
  }

  private static LocalDate date(JsonObject body, String name, List<FieldError> errors) {
    String v = body.getString(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError("/" + name, "body", "not a date (YYYY-MM-DD): '" + v + "'"));
      return null;
    }
  }
}
