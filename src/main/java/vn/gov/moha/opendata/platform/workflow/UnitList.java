package vn.gov.moha.opendata.platform.workflow;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditLog;
import vn.gov.moha.opendata.platform.db.Where;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Keyset;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.security.Principal;
import vn.gov.moha.opendata.platform.security.Role;

/**
 * The officers' list of a restricted workflow record (feedback cases, one-stop dossiers, award dossiers, PAR Index
 * assessments, reports…), written once. Who may list: the people of the office that runs the workflow see every row;
 * an officer of another unit sees the rows of that unit only; anyone else gets a 403 (audited). The handler adds its
 * filters to {@link #where}; {@link #send} pages newest first by id (keyset cursor, `limit` + 1 rows read, a `Link`
 * to the next page with the list's own parameters kept), audits the read and answers
 * {@code {items, limit, next}} with {@code Cache-Control: private, no-store}.
 */
public final class UnitList {
  private static final String JSON = "application/json; charset=utf-8";

  private final Pool pool;
  private final String url;
  private final String record;
  private final String select;
  private final String idColumn;
  private final int defaultLimit;
  private final Function<Row, JsonObject> item;
  private Predicate<Principal> seesAll = p -> false;
  private String unitCondition;
  private String denied;
  private String[] kept = {"limit"};

  /**
   * @param base the public base URI, @param path the list's path (for the next page's link), @param record the audit
   * record type, @param select the summary query without WHERE (aliases as the filters name them), @param idColumn the
   * qualified id column the pages are keyed on ("d.id"; the row's own column is read as "id"), @param item one row as
   * the list shows it.
   */
  public UnitList(Pool pool, String base, String path, String record, String select, String idColumn,
                  int defaultLimit, Function<Row, JsonObject> item) {
    this.pool = pool;
    this.url = base + path;
    this.record = record;
    this.select = select;
    this.idColumn = idColumn;
    this.defaultLimit = defaultLimit;
    this.item = item;
  }

  /**
   * Who sees every row ({@code seesAll}: the office's people), the column holding a row's unit (another unit's
   * officers see their rows), and the 403's detail for everyone else.
   */
  public UnitList scope(Predicate<Principal> seesAll, String unitColumn, String denied) {
    return scopeWithin(seesAll, unitColumn + " = %s", denied);
  }

  /**
   * Like {@link #scope}, for a record that several units work on: {@code unitsColumn} is a {@code text[]} of them
   * (e.g. an incoming document's lead and coordinating units); an officer of any of them sees the row.
   */
  public UnitList scopeAny(Predicate<Principal> seesAll, String unitsColumn, String denied) {
    return scopeWithin(seesAll, "%s = ANY (" + unitsColumn + ")", denied);
  }

  /**
   * Like {@link #scope} for records of a unit tree, where an officer sees the rows of their unit and of every unit
   * below it: {@code unitCondition} is the SQL condition with {@code %s} where the caller's unit (a parameter) goes,
   * e.g. {@code "o.path @> ARRAY[%s]::text[]"}.
   */
  public UnitList scopeWithin(Predicate<Principal> seesAll, String unitCondition, String denied) {
    this.seesAll = seesAll;
    this.unitCondition = unitCondition;
    this.denied = denied;
    return this;
  }

  /** The list's query parameters that the next page's link repeats (besides `limit`), in that order. */
  public UnitList keep(String... names) {
    kept = Arrays.copyOf(names, names.length + 1);
    kept[names.length] = "limit";
    return this;
  }

  /** The conditions of the caller's scope, for the handler to add its filters to; a 403 (audited) when it has none. */
  public Where where(RoutingContext rc) {
    Principal p = Principal.of(rc);
    Where where = new Where();
    if (!seesAll.test(p)) {
      if (!p.has(Role.OFFICER) || p.unit() == null) {
        AuditLog.appendLater(pool, AuditEvent.of(rc, record, null, AuditEvent.DENIED, 403));
        throw ApiProblem.of(403, "unit-scope", "Forbidden", denied);
      }
      where.and(unitCondition.formatted(where.param(p.unit())));
    }
    return where;
  }

  /** Answers the page of rows matching {@code where} after the request's cursor. */
  public void send(RoutingContext rc, Where where) {
    Map<String, RequestParameter> q = Requests.query(rc);
    Integer asked = Requests.integer(q, "limit");
    int limit = asked == null ? defaultLimit : asked;
    String cursor = Requests.str(q, "cursor");
    if (cursor != null) {
      where.and(idColumn + " < " + where.param(Keyset.decode(cursor, "-id", k -> k).id()));
    }
    List<Object> params = where.params();
    params.add(limit + 1);
    pool.preparedQuery(select + where.clause() + " ORDER BY " + idColumn + " DESC LIMIT $" + params.size())
      .execute(Tuple.from(params)).onSuccess(rows -> {
        JsonArray items = new JsonArray();
        long last = 0;
        for (Row r : rows) {
          if (items.size() == limit) {
            break;
          }
          items.add(item.apply(r));
          last = r.getLong("id");
        }
        String next = null;
        if (rows.size() > limit) {
          next = Requests.nextPage(url, "", q, kept, Keyset.encode("-id", null, last));
          rc.response().putHeader("Link", "<" + next + ">; rel=\"next\"");
        }
        AuditLog.appendLater(pool, AuditEvent.of(rc, record, null, AuditEvent.SUCCESS, 200));
        rc.response().putHeader("Content-Type", JSON).putHeader("Cache-Control", "private, no-store")
          .end(new JsonObject().put("items", items).put("limit", limit).put("next", next).encode());
      }).onFailure(rc::fail);
  }
}
