package vn.gov.moha.opendata.platform.audit;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.ApiProblem.FieldError;
import vn.gov.moha.opendata.platform.http.Requests;

/** The audit log for auditors: filtered, newest first, keyset-paged. Reading it is itself an audited event. */
public final class AuditApi {
  public static final String PATH = "/api/v1/audit-events";
  private static final String[] FILTERS = {"actor", "operation", "record_type", "record_id", "outcome"};
  private static final String COLUMNS = "id, at, actor, auth_method, roles, unit, operation, method, path, "
    + "record_type, record_id, outcome, status, client_ip, request_id";

  private final Pool pool;
  private final String base;

  public AuditApi(Pool pool, String baseUri) {
    this.pool = pool;
    this.base = baseUri;
  }

  public Map<String, Handler<RoutingContext>> handlers() {
    return Map.of("listAuditEvents", this::list);
  }

  private void list(RoutingContext rc) {
    Map<String, RequestParameter> q = Requests.query(rc);
    int limit = q.get("limit").isNull() ? 50 : q.get("limit").getInteger();
    List<String> where = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    for (String f : FILTERS) {
      String v = Requests.str(q, f);
      if (v != null) {
        args.add(v);
        where.add(f + " = $" + args.size());
      }
    }
    for (String bound : new String[] {"since", "until"}) {
      String v = Requests.str(q, bound);
      if (v != null) {
        args.add(instant(bound, v));
        where.add("at " + (bound.equals("since") ? ">=" : "<") + " $" + args.size());
      }
    }
    String cursor = Requests.str(q, "cursor");
    if (cursor != null) {
      args.add(Long.parseLong(cursor));
      where.add("id < $" + args.size());
    }
    args.add(limit + 1);
    String sql = "SELECT " + COLUMNS + " FROM platform.audit_event"
      + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
      + " ORDER BY id DESC LIMIT $" + args.size();
    AuditEvent read = AuditEvent.of(rc, "audit-event", null, AuditEvent.SUCCESS, 200);
    pool.preparedQuery(sql).execute(Tuple.from(args))
      .compose(rs -> AuditLog.append(pool, read).map(rs))
      .onSuccess(rs -> {
        JsonArray items = new JsonArray();
        Long last = null;
        for (Row r : rs) {
          if (items.size() == limit) {
            break;
          }
          items.add(json(r));
          last = r.getLong(0);
        }
        String next = rs.size() > limit ? nextLink(q, last) : null;
        if (next != null) {
          rc.response().putHeader("Link", "<" + next + ">; rel=\"next\"");
        }
        rc.response().putHeader("Content-Type", "application/json; charset=utf-8")
          .putHeader("Cache-Control", "no-store")
          .end(new JsonObject().put("items", items).put("next", next).encode());
      })
      .onFailure(rc::fail);
  }

  private String nextLink(Map<String, RequestParameter> q, long lastId) {
    StringBuilder sb = new StringBuilder(base).append(PATH).append("?cursor=").append(lastId);
    for (String name : new String[] {"limit", "actor", "operation", "record_type", "record_id", "outcome", "since",
      "until"}) {
      String v = q.get(name).isNull() ? null : String.valueOf(q.get(name).get());
      if (v != null) {
        sb.append('&').append(name).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
      }
    }
    return sb.toString();
  }

  private static JsonObject json(Row r) {
    return new JsonObject()
      .put("id", r.getLong("id"))
      .put("at", r.getOffsetDateTime("at").toInstant().toString())
      .put("actor", r.getString("actor"))
      .put("authenticated_by", r.getString("auth_method"))
      .put("roles", new JsonArray(Arrays.asList(r.getArrayOfStrings("roles"))))
      .put("unit", r.getString("unit"))
      .put("operation", r.getString("operation"))
      .put("method", r.getString("method"))
      .put("path", r.getString("path"))
      .put("record_type", r.getString("record_type"))
      .put("record_id", r.getString("record_id"))
      .put("outcome", r.getString("outcome"))
      .put("status", r.getInteger("status"))
      .put("client_ip", r.getString("client_ip"))
      .put("request_id", r.getString("request_id"));
  }

  private static OffsetDateTime instant(String name, String v) {
    try {
      return OffsetDateTime.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest("invalid-parameter", "Invalid query parameter '" + name + "': not an RFC 3339 "
        + "date-time", new FieldError(name, "query", "not an RFC 3339 date-time"));
    }
  }
}
