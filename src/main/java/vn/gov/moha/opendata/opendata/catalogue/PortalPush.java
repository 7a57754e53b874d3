package vn.gov.moha.opendata.opendata.catalogue;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Entry;

/**
 * Pushes the catalogue to the national data portal through its CKAN action API, an outbox relay: every
 * {@code intervalMs}, when the outbox has moved on (a record or a dataset's description changed) or a retry is due,
 * it reads the catalogue and, for each dataset whose last change ({@link Entry#modified()}) is newer than the version
 * the portal holds ({@code catalog.publication.pushed_version}) and whose retry time has come, asks the portal for
 * the package by its name ({@code package_show}) and then updates it ({@code package_patch}) or creates it
 * ({@code package_create}) with the package dict of {@link CkanPackage}. The portal's names are global, so ours are
 * prefixed ({@code moha-awards}); CKAN refuses a second package with a name, so two pushes never make two packages,
 * and re-sending a version only patches the package with what it already holds.
 *
 * <p>A failure (no answer, a timeout, a 5xx, a 409 of the portal's validation) is recorded with the attempt count
 * and the time of the next attempt, exponential with jitter and capped ({@link #backoffMs}); the push is tried again
 * then. Each outcome is written in one transaction. One instance per server, started by the application, which lets
 * it push only while its server holds the leader lock ({@link #onlyWhile}): with several servers on one database,
 * exactly one pushes. The HTTP calls and the database are non-blocking, so it runs on the event loop.
 */
public final class PortalPush {
  private static final Logger LOG = LoggerFactory.getLogger(PortalPush.class);
  private static final String SELECT = "SELECT dataset, pushed_version, result, attempts, next_attempt_at <= now() "
    + "AS due, next_attempt_at IS NULL AS waiting FROM catalog.publication";
  private static final String PENDING = "SELECT (SELECT coalesce(max(id), 0) FROM platform.outbox) AS outbox, "
    + "EXISTS (SELECT 1 FROM catalog.publication WHERE next_attempt_at <= now()) OR EXISTS (SELECT 1 FROM "
    + "catalog.dataset d LEFT JOIN catalog.publication p ON p.dataset = d.name WHERE d.name = ANY($1) AND "
    + "(p.pushed_version IS NULL OR p.pushed_version < d.metadata_modified) AND p.next_attempt_at IS NULL) AS pending";

  /**
   * What the push needs to know.
   *
   * @param url          NATIONAL_PORTAL_URL, the portal's base (its action API is {@code url/api/3/action/})
   * @param token        NATIONAL_PORTAL_TOKEN, its API token, sent as CKAN's {@code Authorization} header
   * @param org          NATIONAL_PORTAL_ORG, the organization on the portal that owns our packages
   * @param prefix       NATIONAL_PORTAL_NAME_PREFIX, put before our dataset names on the portal (default moha-)
   * @param intervalMs   NATIONAL_PORTAL_INTERVAL_MS, how often to look for changes
   * @param backoffMinMs NATIONAL_PORTAL_BACKOFF_MIN_MS, the wait after a first failure (doubling after each)
   * @param backoffMaxMs NATIONAL_PORTAL_BACKOFF_MAX_MS, the longest wait between attempts
   * @param timeoutMs    NATIONAL_PORTAL_TIMEOUT_MS, the longest wait for one answer of the portal
   */
  public record Settings(String url, String token, String org, String prefix, int intervalMs, int backoffMinMs,
                         int backoffMaxMs, int timeoutMs) {
    /** The portal's URL of one of our packages (its page). */
    public String packageUrl(String dataset) {
      return url + "/dataset/" + prefix + dataset;
    }
  }

  private final Vertx vertx;
  private final Pool pool;
  private final Catalogue catalogue;
  private final CkanPackage packages;
  private final Settings settings;
  private final WebClient client;
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile boolean closing;
  private BooleanSupplier leading = () -> true;
  private long timer = -1;
  /** The newest outbox event seen by a completed round (touched only by the round holding `running`). */
  private long seen = -1;
  /** The datasets the last round read from the catalogue. */
  private List<String> known = List.of();

  public PortalPush(Vertx vertx, Pool pool, Catalogue catalogue, Settings settings) {
    this.vertx = vertx;
    this.pool = pool;
    this.catalogue = catalogue;
    this.packages = new CkanPackage(catalogue.uris());
    this.settings = settings;
    this.client = WebClient.create(vertx, new WebClientOptions().setUserAgent("moha-opendata")
      .setConnectTimeout(settings.timeoutMs()));
  }

  /** Rounds run only while {@code leading} is true (this server holds the leader lock); always by default. */
  public PortalPush onlyWhile(BooleanSupplier leading) {
    this.leading = leading;
    return this;
  }

  public Settings settings() {
    return settings;
  }

  /** Starts the rounds. */
  public void start() {
    LOG.info("national portal push to {} (organization {}), every {} ms", settings.url(), settings.org(),
      settings.intervalMs());
    timer = vertx.setPeriodic(0, settings.intervalMs(), id -> round()
      .onFailure(e -> LOG.warn("national portal push: the round failed; will retry", e)));
  }

  /** Stops the rounds; completes once no round runs (at most a minute). */
  public Future<Void> close() {
    closing = true;
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
    Promise<Void> idle = Promise.promise();
    waitIdle(idle, System.nanoTime() + TimeUnit.SECONDS.toNanos(60));
    return idle.future().onComplete(v -> client.close());
  }

  private void waitIdle(Promise<Void> idle, long deadline) {
    if (!running.get() || System.nanoTime() > deadline) {
      idle.complete();
    } else {
      vertx.setTimer(20, t -> waitIdle(idle, deadline));
    }
  }

  /**
   * One round (at most one at a time); returns how many datasets it pushed successfully. The catalogue is read only
   * when something may be due: the outbox moved on (a record or a description changed), a retry's time has come, or
   * a dataset of the last round has no pushed version newer than its description (e.g. its state was deleted to
   * push it again).
   */
  public Future<Integer> round() {
    if (closing || !leading.getAsBoolean() || !running.compareAndSet(false, true)) {
      return Future.succeededFuture(0);
    }
    return pool.preparedQuery(PENDING).execute(Tuple.of(known.toArray(new String[0])))
      .compose(rs -> {
        Row r = rs.iterator().next();
        long outbox = r.getLong("outbox");
        if (outbox == seen && !r.getBoolean("pending")) {
          return Future.succeededFuture(0);
        }
        return pool.query(SELECT).execute().compose(pubs -> {
          Map<String, Row> state = new HashMap<>();
          pubs.forEach(p -> state.put(p.getString("dataset"), p));
          return catalogue.entries().compose(entries -> {
            known = entries.stream().map(Entry::name).toList();
            return pushDue(entries, state);
          });
        }).onSuccess(n -> seen = outbox);
      })
      .eventually(() -> {
        running.set(false);
        return Future.succeededFuture();
      });
  }

  /** Pushes, one after the other, the datasets that changed since their last push and may be tried now. */
  private Future<Integer> pushDue(List<Entry> entries, Map<String, Row> state) {
    Future<Integer> chain = Future.succeededFuture(0);
    for (Entry e : entries) {
      Row pub = state.get(e.name());
      OffsetDateTime pushed = pub == null ? null : pub.getOffsetDateTime("pushed_version");
      boolean changed = pushed == null || e.modified().isAfter(pushed);
      boolean mayTry = pub == null || Boolean.TRUE.equals(pub.getBoolean("due"))
        || Boolean.TRUE.equals(pub.getBoolean("waiting"));
      if (changed && mayTry) {
        chain = chain.compose(n -> closing ? Future.succeededFuture(n) : push(e).map(ok -> ok ? n + 1 : n));
      }
    }
    return chain;
  }

  /** One dataset to the portal; true when the portal holds it now. Failures are recorded, not propagated. */
  private Future<Boolean> push(Entry e) {
    String name = settings.prefix() + e.name();
    JsonObject dict = forPortal(packages.toJson(e), name);
    return action("package_show", new JsonObject().put("id", name))
      .compose(found -> {
        if (found.statusCode() == 404) {
          return action("package_create", dict).map(r -> new Outcome("created", r));
        }
        JsonObject existing = success(found, "package_show");
        return action("package_patch", dict.copy().put("id", existing.getString("id")))
          .map(r -> new Outcome("updated", r));
      })
      .compose(o -> {
        String remoteId = success(o.response(), o.result().equals("created") ? "package_create" : "package_patch")
          .getString("id");
        return recordSuccess(e, remoteId, o.result()).map(true);
      })
      .recover(err -> {
        LOG.warn("national portal push of {} failed: {}", e.name(), err.getMessage());
        return recordFailure(e.name(), err.getMessage()).map(false);
      });
  }

  record Outcome(String result, HttpResponse<io.vertx.core.buffer.Buffer> response) {
  }

  /**
   * Our package dict as the portal takes it: our name prefixed, its organization, without what CKAN sets itself
   * (ids, the organization dict, counts, timestamps) or may not know (our themes as groups: they stay in extras).
   */
  static JsonObject forPortal(JsonObject pkg, String name, String org) {
    JsonObject d = pkg.copy();
    for (String computed : List.of("id", "organization", "groups", "num_tags", "num_resources", "metadata_created",
      "metadata_modified", "creator_user_id", "isopen", "license_title", "license_url", "relationships_as_object",
      "relationships_as_subject")) {
      d.remove(computed);
    }
    d.put("name", name).put("owner_org", org);
    JsonArray tags = new JsonArray();
    pkg.getJsonArray("tags").stream().map(JsonObject.class::cast)
      .forEach(t -> tags.add(new JsonObject().put("name", t.getString("name"))));
    d.put("tags", tags);
    JsonArray resources = new JsonArray();
    pkg.getJsonArray("resources").stream().map(JsonObject.class::cast).forEach(r -> {
      JsonObject copy = r.copy();
      List.of("id", "package_id", "position", "state", "datastore_active", "metadata_modified", "created")
        .forEach(copy::remove);
      resources.add(copy);
    });
    return d.put("resources", resources);
  }

  private JsonObject forPortal(JsonObject pkg, String name) {
    return forPortal(pkg, name, settings.org());
  }

  /** Calls an action of the portal: GET for package_show, POST with the JSON object otherwise. */
  private Future<HttpResponse<io.vertx.core.buffer.Buffer>> action(String action, JsonObject params) {
    String url = settings.url() + "/api/3/action/" + action;
    if (action.endsWith("_show")) {
      return client.getAbs(url).addQueryParam("id", params.getString("id"))
        .putHeader("Authorization", settings.token()).timeout(settings.timeoutMs()).send();
    }
    return client.postAbs(url).putHeader("Authorization", settings.token()).timeout(settings.timeoutMs())
      .sendJsonObject(params);
  }

  /** The result of a successful CKAN answer; a failure naming the status and CKAN's error otherwise. */
  private static JsonObject success(HttpResponse<io.vertx.core.buffer.Buffer> res, String action) {
    JsonObject body = null;
    try {
      body = res.bodyAsJsonObject();
    } catch (RuntimeException notJson) {
      // reported below with the status
    }
    if (res.statusCode() != 200 || body == null || !Boolean.TRUE.equals(body.getBoolean("success"))
      || body.getJsonObject("result") == null) {
      String error = body == null ? String.valueOf(res.bodyAsString()) : String.valueOf(body.getValue("error"));
      throw new IllegalStateException(action + " answered " + res.statusCode() + ": "
        + (error.length() > 500 ? error.substring(0, 500) + "…" : error));
    }
    return body.getJsonObject("result");
  }

  private Future<Void> recordSuccess(Entry e, String remoteId, String result) {
    return pool.withTransaction(c -> c.preparedQuery("INSERT INTO catalog.publication AS p (dataset, pushed_version, "
        + "pushed_at, remote_id, attempted_at, attempts, result, error, next_attempt_at) "
        + "VALUES ($1, $2, now(), $3, now(), 1, $4, NULL, NULL) ON CONFLICT (dataset) DO UPDATE SET "
        + "pushed_version = excluded.pushed_version, pushed_at = now(), remote_id = excluded.remote_id, "
        + "attempted_at = now(), attempts = CASE WHEN p.result = 'failed' THEN p.attempts + 1 ELSE 1 END, "
        + "result = excluded.result, error = NULL, next_attempt_at = NULL")
      .execute(Tuple.of(e.name(), e.modified(), remoteId, result)).mapEmpty());
  }

  private Future<Void> recordFailure(String dataset, String error) {
    String text = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
    return pool.withTransaction(c -> c.preparedQuery("SELECT result, attempts FROM catalog.publication "
        + "WHERE dataset = $1 FOR UPDATE").execute(Tuple.of(dataset))
      .compose(rs -> {
        Row r = rs.size() == 0 ? null : rs.iterator().next();
        int attempts = r != null && "failed".equals(r.getString("result")) ? r.getInteger("attempts") + 1 : 1;
        long wait = backoffMs(attempts, settings.backoffMinMs(), settings.backoffMaxMs());
        return c.preparedQuery("INSERT INTO catalog.publication AS p (dataset, attempted_at, attempts, result, "
            + "error, next_attempt_at) VALUES ($1, now(), $2, 'failed', $3, now() + $4::float8 * interval '1 millisecond') "
            + "ON CONFLICT (dataset) DO UPDATE SET attempted_at = now(), attempts = excluded.attempts, "
            + "result = 'failed', error = excluded.error, next_attempt_at = excluded.next_attempt_at")
          .execute(Tuple.of(dataset, attempts, text, (double) wait));
      }).mapEmpty());
  }

  /**
   * The wait before attempt {@code attempts + 1}: {@code min · 2^(attempts-1)}, at most {@code max}, of which a random
   * half is taken off ("equal jitter"), so that servers retrying together spread out.
   */
  static long backoffMs(int attempts, long min, long max) {
    long exp = min << Math.min(Math.max(attempts - 1, 0), 30);
    long capped = Math.min(max, exp < 0 ? max : exp);
    return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
  }
}
