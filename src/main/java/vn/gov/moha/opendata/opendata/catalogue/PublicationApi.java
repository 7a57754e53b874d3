package vn.gov.moha.opendata.opendata.catalogue;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/v1/publication-status} (operators): what the national data portal holds of each dataset — the
 * version last pushed and when, the last attempt, its result and error, the attempts and the next one — and whether
 * the push is configured at all.
 */
public final class PublicationApi {
  private final Pool pool;
  private final Catalogue catalogue;
  private final Optional<PortalPush.Settings> portal;

  public PublicationApi(Pool pool, Catalogue catalogue, Optional<PortalPush.Settings> portal) {
    this.pool = pool;
    this.catalogue = catalogue;
    this.portal = portal;
  }

  public Map<String, Handler<RoutingContext>> handlers() {
    return Map.of("getPublicationStatus", this::status);
  }

  private void status(RoutingContext rc) {
    catalogue.entries().compose(entries -> pool.query("SELECT * FROM catalog.publication").execute().map(rows -> {
      Map<String, Row> byName = new HashMap<>();
      rows.forEach(r -> byName.put(r.getString("dataset"), r));
      JsonArray items = new JsonArray();
      entries.forEach(e -> items.add(item(e, byName.get(e.name()))));
      JsonObject out = new JsonObject().put("configured", portal.isPresent())
        .put("portal_url", portal.map(PortalPush.Settings::url).orElse(null))
        .put("organization", portal.map(PortalPush.Settings::org).orElse(null));
      return out.put("items", items);
    })).onSuccess(body -> rc.response().putHeader("Content-Type", "application/json")
        .putHeader("Cache-Control", "no-store").end(body.encode()))
      .onFailure(rc::fail);
  }

  private JsonObject item(Catalogue.Entry e, Row pub) {
    OffsetDateTime pushed = pub == null ? null : pub.getOffsetDateTime("pushed_version");
    return new JsonObject()
      .put("dataset", e.name())
      .put("modified", e.modified().toString())
      .put("portal_package_url", portal.map(p -> p.packageUrl(e.name())).orElse(null))
      .put("remote_id", pub == null ? null : pub.getString("remote_id"))
      .put("pushed_version", time(pushed))
      .put("pushed_at", time(pub == null ? null : pub.getOffsetDateTime("pushed_at")))
      .put("up_to_date", pushed != null && !e.modified().isAfter(pushed))
      .put("attempted_at", time(pub == null ? null : pub.getOffsetDateTime("attempted_at")))
      .put("result", pub == null ? null : pub.getString("result"))
      .put("error", pub == null ? null : pub.getString("error"))
      .put("attempts", pub == null ? 0 : pub.getInteger("attempts"))
      .put("next_attempt_at", time(pub == null ? null : pub.getOffsetDateTime("next_attempt_at")));
  }

  private static String time(OffsetDateTime t) {
    return t == null ? null : t.toString();
  }
}
