package vn.gov.moha.opendata.datasets.associations;

import static vn.gov.moha.opendata.platform.codelists.CodeListDocument.labels;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;
import vn.gov.moha.opendata.platform.codelists.CodeListDocument;

/**
 * The registry's code lists (V005: kinds, scopes, statuses, fields of activity, lifecycle event types) as served at
 * /api/v1/code-lists/{scheme}, read once at start: they change only with a migration. Each item is code + vi/en
 * label; kinds add their family (association or fund), event types the status they leave the organisation in.
 */
final class AssociationCodeLists {
  /** scheme, title, SQL (code, name_vi, name_en, extra attribute or NULL); the extra attribute's name. */
  private record Scheme(String name, JsonObject title, String sql, String extra) {
  }

  private static final List<Scheme> SCHEMES = List.of(
    new Scheme("association-kinds", labels("Loại hình hội, quỹ", "Kinds of associations and funds"),
      "SELECT code, name_vi, name_en, family FROM associations.kind ORDER BY sort", "family"),
    new Scheme("association-scopes", labels("Phạm vi hoạt động", "Scopes of activity"),
      "SELECT code, name_vi, name_en, NULL FROM associations.scope ORDER BY sort", null),
    new Scheme("association-statuses", labels("Tình trạng hoạt động của hội, quỹ", "Statuses of associations and funds"),
      "SELECT code, name_vi, name_en, NULL FROM associations.status ORDER BY sort", null),
    new Scheme("association-fields", labels("Lĩnh vực hoạt động của hội, quỹ",
      "Fields of activity of associations and funds"),
      "SELECT code, name_vi, name_en, NULL FROM associations.field ORDER BY sort", null),
    new Scheme("association-event-types", labels("Sự kiện trong quá trình hoạt động của hội, quỹ",
      "Lifecycle events of associations and funds"),
      "SELECT code, name_vi, name_en, sets_status FROM associations.event_type ORDER BY sort", "sets_status"));

  private AssociationCodeLists() {
  }

  static Future<List<CodeListDocument>> load(Pool pool) {
    List<Future<CodeListDocument>> lists = new ArrayList<>();
    for (Scheme s : SCHEMES) {
      lists.add(pool.query(s.sql()).execute().map(rows -> {
        JsonArray items = new JsonArray();
        for (Row r : rows) {
          JsonObject item = new JsonObject().put("code", r.getString(0)).put("label", labels(r.getString(1),
            r.getString(2)));
          if (s.extra() != null) {
            item.put(s.extra(), r.getString(3));
          }
          items.add(item);
        }
        return CodeListDocument.of(s.name(), s.title(), items);
      }));
    }
    return Future.all(lists).map(all -> all.<CodeListDocument>list());
  }
}
