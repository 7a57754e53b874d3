package vn.gov.moha.opendata.platform.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.pubsub.PgSubscriber;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open list pages a server answered (legal documents, awards), kept until the rows behind them change, so that a
 * page many clients ask for (a portal's first page, a popular search, a harvester's walk) costs the database and the
 * JSON writer once. Shared by every HTTP verticle of a server; bounded in bytes (PAGE_CACHE_MB), least recently
 * used first out.
 *
 * <p><b>Never stale after a write the client saw acknowledged.</b> A page is kept with the generation of its dataset
 * read <em>before</em> its query ran, and served only while that generation is current. The generation moves on
 * <ul>
 *   <li>every write this server answers ({@link #writes()}: the operations other than GET), when its response
 *       headers are written — after its transaction committed, before the client can see the answer;</li>
 *   <li>every notification of the database (V048: a statement-level trigger on the tables behind the pages sends
 *       {@code NOTIFY moha_data_changed, '<schema>'} at commit, whoever wrote: another server on the same database,
 *       a seed, psql), which reaches this server a moment after the commit;</li>
 *   <li>losing or regaining the listening connection: while it is down, nothing is served from or kept in the cache
 *       (every request reads the database, and fails as the database does). A connection that stops answering
 *       without closing (a partition) is closed after STALLED_MS by a heartbeat query.</li>
 * </ul>
 * A page read while a write committed carries the generation from before it and is never served. Only a server that
 * did not take the write can answer the previous page, for the moment between another server's commit and the
 * notification's arrival (as a read replica lags).
 *
 * <p>Requests with credentials (officers editing) and with {@code Cache-Control: no-cache} or {@code no-store}
 * read the database (the latter still keep the fresh page). Every answer says what happened in a {@code Cache-Status}
 * header (RFC 9211): {@code moha-opendata; hit}, {@code moha-opendata; fwd=uri-miss; stored}, {@code fwd=request}
 * (the client asked for a fresh page) or {@code fwd=bypass} (credentials, or the cache is off or not listening).
 */
public final class PageCache {
  /** The channel of V048's notifications. */
  public static final String CHANNEL = "moha_data_changed";
  static final String CACHE_STATUS = "Cache-Status";
  private static final String LINK = "Link";
  private static final String NAME = "moha-opendata";
  private static final Logger LOG = LoggerFactory.getLogger(PageCache.class);
  private static final long RECONNECT_MAX_MS = 5_000;
  private static final long HEARTBEAT_MS = 1_000;
  private static final long STALLED_MS = 3_000;

  /** A kept page: its body, its Link header (null: last page), the generation it was read under. */
  private record Page(Buffer body, String link, long generation) {
  }

  private final Cache<String, Page> pages;
  private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
  private final PgSubscriber subscriber;
  private volatile boolean listening;
  private volatile boolean stopped;
  /** When the pending heartbeat query was sent (System.nanoTime), 0: none pending. */
  private volatile long pingSince;

  private PageCache(Cache<String, Page> pages, PgSubscriber subscriber) {
    this.pages = pages;
    this.subscriber = subscriber;
  }

  /** A cache that keeps nothing (PAGE_CACHE_MB=0): every page is read from the database. */
  public static PageCache off() {
    return new PageCache(null, null);
  }

  /**
   * A cache of at most {@code maxBytes} of page bodies, listening for the database's change notifications on a
   * connection of its own (reconnected after a loss, every 0.25–5 s). Kept pages are served once it listens.
   */
  public static PageCache listening(Vertx vertx, PgConnectOptions connect, long maxBytes) {
    Cache<String, Page> pages = Caffeine.newBuilder()
      .maximumWeight(maxBytes)
      .<String, Page>weigher((key, page) -> 64 + 2 * key.length() + page.body().length()
        + (page.link() == null ? 0 : 2 * page.link().length()))
      .build();
    PageCache cache = new PageCache(pages, PgSubscriber.subscriber(vertx, connect));
    cache.subscriber.reconnectPolicy(attempt -> {
      // called when the connection is lost, and after every failed attempt to reopen it
      cache.down(attempt == 0 ? "lost its database connection" : null);
      return Math.min(RECONNECT_MAX_MS, 250L * (attempt + 1));
    });
    cache.subscriber.channel(CHANNEL)
      .subscribeHandler(v -> cache.up())
      .handler(cache::changed);
    cache.connect(vertx, 0);
    vertx.setPeriodic(HEARTBEAT_MS, timer -> {
      if (cache.stopped) {
        vertx.cancelTimer(timer);
      } else {
        cache.heartbeat();
      }
    });
    return cache;
  }

  /**
   * A connection that died without closing (a network partition) would lose the notifications silently: it answers a
   * query every HEARTBEAT_MS, and one left unanswered for STALLED_MS closes it (the subscriber then reconnects).
   */
  private void heartbeat() {
    PgConnection c = subscriber.actualConnection();
    if (c == null || !listening) {
      return;
    }
    long now = System.nanoTime();
    long since = pingSince;
    if (since != 0) {
      if (now - since > STALLED_MS * 1_000_000L) {
        pingSince = 0;
        down("its database connection stopped answering");
        c.close();
      }
      return;
    }
    pingSince = now;
    c.query("SELECT 1").execute().onComplete(ar -> {
      pingSince = 0;
      if (ar.failed()) {
        down("its database connection failed (" + ar.cause().getMessage() + ")");
        c.close();
      }
    });
  }

  /** Opens the listening connection; the subscriber retries a lost one by itself, not a first one that failed. */
  private void connect(Vertx vertx, int attempt) {
    subscriber.connect().onFailure(e -> {
      if (attempt == 0) {
        LOG.warn("page cache: cannot listen for changes ({}); pages are read from the database until it can",
          e.getMessage());
      }
      subscriber.close().onComplete(v -> {
        if (!stopped) {
          vertx.setTimer(Math.min(RECONNECT_MAX_MS, 250L * (attempt + 1)), t -> {
            if (!stopped) {
              connect(vertx, attempt + 1);
            }
          });
        }
      });
    });
  }

  /** Stops listening (the server stops). */
  public Future<Void> close() {
    stopped = true;
    listening = false;
    return subscriber == null ? Future.succeededFuture() : subscriber.close();
  }

  /** True while pages are kept and served (a cache that listens for changes). */
  public boolean live() {
    return listening;
  }

  /**
   * The handler of every operation that writes (bound before its own handler): moves every generation on when the
   * response headers are written, i.e. after the write's transaction ended and before its client sees the answer,
   * whatever the outcome.
   */
  public Handler<RoutingContext> writes() {
    return rc -> {
      if (pages != null) {
        rc.addHeadersEndHandler(v -> changedAll());
      }
      rc.next();
    };
  }

  /**
   * Answers the request from the cache when it holds a current page for its URI (true: answered, headers
   * Content-Type, Link and Cache-Status set). Else returns false, and the handler reads the page and passes it to
   * {@link #keep}; the generation to pass is taken here, before the read.
   */
  public Lookup lookup(RoutingContext rc, String dataset, String contentType) {
    if (pages == null || !listening) {
      return new Lookup(rc, dataset, -1, "fwd=bypass; detail=off", contentType);
    }
    if (rc.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
      return new Lookup(rc, dataset, -1, "fwd=bypass; detail=credentials", contentType);
    }
    long generation = generation(dataset).get();
    String cacheControl = rc.request().getHeader(HttpHeaders.CACHE_CONTROL);
    if (cacheControl != null && (cacheControl.contains("no-cache") || cacheControl.contains("no-store"))) {
      return new Lookup(rc, dataset, generation, "fwd=request", contentType);
    }
    Page page = pages.getIfPresent(rc.request().uri());
    if (page != null && page.generation() == generation && listening) {
      if (page.link() != null) {
        rc.response().putHeader(LINK, page.link());
      }
      rc.response().putHeader(CACHE_STATUS, NAME + "; hit").putHeader(HttpHeaders.CONTENT_TYPE, contentType)
        .end(page.body());
      return new Lookup(rc, dataset, -1, null, contentType);
    }
    return new Lookup(rc, dataset, generation, "fwd=uri-miss", contentType);
  }

  /** One request's use of the cache: answered from it, or to be answered by the handler through {@link #keep}. */
  public final class Lookup {
    private final RoutingContext rc;
    private final String dataset;
    private final long generation;
    private final String forward;
    private final String contentType;

    private Lookup(RoutingContext rc, String dataset, long generation, String forward, String contentType) {
      this.rc = rc;
      this.dataset = dataset;
      this.generation = generation;
      this.forward = forward;
      this.contentType = contentType;
    }

    /** True when the cache answered the request. */
    public boolean answered() {
      return forward == null;
    }

    /**
     * Answers with the page the handler read (its Link header already set) and keeps it, unless its dataset changed
     * or the cache stopped listening since the lookup.
     */
    public void keep(Buffer body) {
      String status = forward;
      if (generation >= 0 && listening && generation(dataset).get() == generation) {
        // a copy of the written bytes only: the body's buffer was sized for an estimate of the page
        pages.put(rc.request().uri(), new Page(body.copy(), rc.response().headers().get(LINK),
          generation));
        status += "; stored";
      }
      rc.response().putHeader(CACHE_STATUS, NAME + "; " + status).putHeader(HttpHeaders.CONTENT_TYPE, contentType)
        .end(body);
    }
  }

  private AtomicLong generation(String dataset) {
    return generations.computeIfAbsent(dataset, d -> new AtomicLong());
  }

  /** A notification: the tables of schema {@code dataset} changed. */
  private void changed(String dataset) {
    if (dataset == null || dataset.isEmpty()) {
      changedAll();
    } else {
      generation(dataset).incrementAndGet();
    }
  }

  private void changedAll() {
    generations.values().forEach(AtomicLong::incrementAndGet);
  }

  private void up() {
    changedAll();
    listening = true;
    LOG.info("page cache: listening for changes on {} (open list pages are kept until their rows change)", CHANNEL);
  }

  private void down(String why) {
    if (listening && why != null) {
      LOG.warn("page cache: {}; pages are read from the database until it listens again", why);
    }
    listening = false;
    changedAll();
  }
}
