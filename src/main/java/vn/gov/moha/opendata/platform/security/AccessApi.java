package vn.gov.moha.opendata.platform.security;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditLog;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Requests;

/** Handlers for the caller's own view of access: who am I, and self-service API keys. */
public final class AccessApi {
  public static final String KEYS_PATH = "/api/v1/api-keys";
  static final int MAX_ACTIVE_KEYS = 10;
  private static final String JSON = "application/json; charset=utf-8";
  private static final String COLUMNS = "id::text, name, prefix, created_at, revoked_at";
  private static final String LIST = "SELECT " + COLUMNS + " FROM platform.api_key WHERE owner_sub = $1 "
    + "ORDER BY created_at DESC, id LIMIT 200";
  private static final String LOCK_OWNER = "SELECT pg_advisory_xact_lock(hashtextextended($1, 42))";
  private static final String ACTIVE = "SELECT count(*) FROM platform.api_key WHERE owner_sub = $1 AND revoked_at IS NULL";
  private static final String INSERT = "INSERT INTO platform.api_key (owner_sub, name, prefix, key_hash) "
    + "VALUES ($1, $2, $3, $4) RETURNING " + COLUMNS;
  private static final String REVOKE = "UPDATE platform.api_key SET revoked_at = coalesce(revoked_at, now()) "
    + "WHERE id = $1 AND owner_sub = $2 RETURNING id";

  private final Pool pool;
  private final ApiKeys keys;
  private final String base;

  public AccessApi(Pool pool, SecurityServices security, String baseUri) {
    this.pool = pool;
    this.keys = security.apiKeys();
    this.base = baseUri;
  }

  /** operationId → handler. */
  public Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Handler<RoutingContext>> m = new LinkedHashMap<>();
    m.put("getCurrentCaller", this::me);
    m.put("listApiKeys", this::list);
    m.put("createApiKey", this::create);
    m.put("revokeApiKey", this::revoke);
    return m;
  }

  private void me(RoutingContext rc) {
    Principal p = Principal.of(rc);
    JsonObject body = new JsonObject()
      .put("subject", p.subject())
      .put("authenticated_by", p.method())
      .put("roles", new JsonArray(Arrays.asList(p.roleNames())))
      .put("unit", p.unit())
      .put("api_key_id", p.keyId());
    rc.response().putHeader("Content-Type", JSON).putHeader("Cache-Control", "no-store").end(body.encode());
  }

  private void list(RoutingContext rc) {
    Principal p = Principal.of(rc);
    pool.preparedQuery(LIST).execute(Tuple.of(p.subject()))
      .onSuccess(rs -> {
        JsonArray items = new JsonArray();
        rs.forEach(r -> items.add(json(r)));
        rc.response().putHeader("Content-Type", JSON).putHeader("Cache-Control", "no-store")
          .end(new JsonObject().put("items", items).encode());
      })
      .onFailure(rc::fail);
  }

  private void create(RoutingContext rc) {
    Principal p = Principal.of(rc);
    String name = Requests.body(rc).getString("name").strip();
    if (name.isEmpty()) {
      rc.fail(ApiProblem.invalidField("/name", "must not be blank"));
      return;
    }
    String key = ApiKeys.mint();
    AuditEvent audit = AuditEvent.of(rc, "api-key", null, AuditEvent.SUCCESS, 201);
    pool.withTransaction(c -> c.preparedQuery(LOCK_OWNER).execute(Tuple.of(p.subject()))
        .compose(v -> c.preparedQuery(ACTIVE).execute(Tuple.of(p.subject())))
        .compose(rs -> rs.iterator().next().getLong(0) >= MAX_ACTIVE_KEYS
          ? Future.failedFuture(ApiProblem.conflict("too-many-keys", "You have " + MAX_ACTIVE_KEYS
            + " active keys; revoke one first."))
          : c.preparedQuery(INSERT).execute(Tuple.of(p.subject(), name, ApiKeys.prefix(key),
            Buffer.buffer(ApiKeys.hash(key)))))
        .compose(rs -> {
          Row r = rs.iterator().next();
          return AuditLog.append(c, audit.withRecord("api-key", r.getString(0))).map(r);
        }))
      .onSuccess(r -> rc.response().setStatusCode(201)
        .putHeader("Content-Type", JSON)
        .putHeader("Cache-Control", "no-store")
        .putHeader("Location", base + KEYS_PATH + "/" + r.getString(0))
        .end(json(r).put("key", key).encode()))
      .onFailure(rc::fail);
  }

  private void revoke(RoutingContext rc) {
    Principal p = Principal.of(rc);
    UUID id = UUID.fromString(rc.pathParam("keyId"));
    AuditEvent audit = AuditEvent.of(rc, "api-key", id.toString(), AuditEvent.SUCCESS, 204);
    pool.withTransaction(c -> c.preparedQuery(REVOKE).execute(Tuple.of(id, p.subject()))
        .compose(rs -> rs.size() == 0
          // someone else's key, or none: the same answer, so that key ids of others cannot be probed
          ? Future.failedFuture(ApiProblem.notFound("You have no API key with id " + id + "."))
          : AuditLog.append(c, audit)))
      .onSuccess(v -> {
        keys.forget(id.toString());
        rc.response().setStatusCode(204).end();
      })
      .onFailure(rc::fail);
  }

  private static JsonObject json(Row r) {
    return new JsonObject()
      .put("id", r.getString(0))
      .put("name", r.getString(1))
      .put("prefix", r.getString(2))
      .put("created_at", r.getOffsetDateTime(3).toInstant().toString())
      .put("revoked_at", r.getOffsetDateTime(4) == null ? null : r.getOffsetDateTime(4).toInstant().toString());
  }
}
