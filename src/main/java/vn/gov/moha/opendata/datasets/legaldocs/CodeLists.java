package vn.gov.moha.opendata.datasets.legaldocs;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.moha.opendata.platform.codelists.CodeListDocument;

/**
 * The dataset's code lists (document types, issuers, fields, validity statuses, relation types), read once at
 * start: they change only with a migration. Used to validate input and to label output, and served by
 * {@link vn.gov.moha.opendata.platform.codelists.CodeListsApi}.
 */
public final class CodeLists {
  /** One entry of a code list. */
  public record Entry(String code, String vi, String en, String notation, String kind, String inverse, String note) {
    JsonObject label() {
      return labels(vi, en);
    }

    JsonObject toJson() {
      return new JsonObject().put("code", code).put("label", label()).put("notation", notation).put("kind", kind)
        .put("inverse", inverse).put("note", note);
    }
  }

  private final Map<String, Map<String, Entry>> schemes;
  private final List<CodeListDocument> documents = new ArrayList<>();

  private CodeLists(Map<String, Map<String, Entry>> schemes) {
    this.schemes = schemes;
    for (var e : schemes.entrySet()) {
      JsonArray items = new JsonArray();
      e.getValue().values().forEach(v -> items.add(v.toJson()));
      documents.add(CodeListDocument.of(e.getKey(), TITLES.get(e.getKey()), items));
    }
  }

  private static final Map<String, JsonObject> TITLES = Map.of(
    "legal-document-types", labels("Loại văn bản", "Document types"),
    "issuers", labels("Cơ quan ban hành", "Issuing bodies"),
    "fields", labels("Lĩnh vực", "Fields of activity"),
    "validity-statuses", labels("Tình trạng hiệu lực", "Validity statuses"),
    "relation-types", labels("Quan hệ giữa các văn bản", "Relations between documents"));

  static JsonObject labels(String vi, String en) {
    return CodeListDocument.labels(vi, en);
  }

  public static Future<CodeLists> load(Pool pool) {
    Map<String, Map<String, Entry>> schemes = new LinkedHashMap<>();
    return read(pool, "legal-document-types",
      "SELECT code, name_vi, name_en, notation, kind, NULL AS inverse, note FROM legaldocs.doc_type ORDER BY sort",
      schemes)
      .compose(v -> read(pool, "issuers",
        "SELECT code, name_vi, name_en, notation, level, NULL, NULL FROM legaldocs.issuer ORDER BY sort, code", schemes))
      .compose(v -> read(pool, "fields",
        "SELECT code, name_vi, name_en, NULL, NULL, NULL, NULL FROM legaldocs.field ORDER BY sort", schemes))
      .compose(v -> read(pool, "validity-statuses",
        "SELECT code, name_vi, name_en, eli_in_force, NULL, NULL, note FROM legaldocs.validity_status ORDER BY sort",
        schemes))
      .compose(v -> read(pool, "relation-types",
        "SELECT code, name_vi, name_en, eli_property, 'forward', inverse_code, NULL FROM legaldocs.relation_type "
          + "UNION ALL SELECT inverse_code, inverse_vi, inverse_en, NULL, 'inverse', code, NULL "
          + "FROM legaldocs.relation_type WHERE inverse_code <> code", schemes))
      .map(v -> new CodeLists(schemes));
  }

  private static Future<Void> read(Pool pool, String scheme, String sql, Map<String, Map<String, Entry>> into) {
    return pool.query(sql).execute().map(rows -> {
      Map<String, Entry> m = new LinkedHashMap<>();
      for (Row r : rows) {
        m.put(r.getString(0), new Entry(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
          r.getString(4), r.getString(5), r.getString(6)));
      }
      into.put(scheme, m);
      return null;
    });
  }

  /** The lists as served at /api/v1/code-lists/{scheme}. */
  public List<CodeListDocument> documents() {
    return List.copyOf(documents);
  }

  public Entry get(String scheme, String code) {
    Map<String, Entry> m = schemes.get(scheme);
    return m == null || code == null ? null : m.get(code);
  }

  /** The codes of a scheme, in the list's order (none for an unknown scheme). */
  public List<String> codes(String scheme) {
    Map<String, Entry> m = schemes.get(scheme);
    return m == null ? List.of() : List.copyOf(m.keySet());
  }

  /**
   * The document types of a kind (normative, administrative): the list filter {@code kind} reads as
   * {@code type_code = ANY(…)} on the lean view, which has no kind column (the kind is the document type's).
   */
  public String[] typesOfKind(String kind) {
    return schemes.get("legal-document-types").values().stream().filter(e -> e.kind().equals(kind))
      .map(Entry::code).toArray(String[]::new);
  }

  public boolean has(String scheme, String code) {
    return get(scheme, code) != null;
  }

  public JsonObject label(String scheme, String code) {
    Entry e = get(scheme, code);
    return e == null ? labels(code, null) : e.label();
  }
}
