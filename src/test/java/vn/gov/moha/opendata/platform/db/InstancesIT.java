package vn.gov.moha.opendata.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.app.AppConfig;
import vn.gov.moha.opendata.app.Modules;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue;
import vn.gov.moha.opendata.opendata.catalogue.PortalPush;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.security.RateLimiter;
import vn.gov.moha.opendata.support.TestServer;

/**
 * Several instances on one PostgreSQL (the test database), each part as two contenders in this JVM: the leader lock
 * has one holder and passes to the other within seconds when the holder's session ends (as when its process is
 * killed) or it closes; of two portal pushes only the leader's talks to the portal; the citizens' write limit holds
 * across two limiters; heartbeats count the live instances of a group and the limiter's share follows.
 */
class InstancesIT {
  private static final int LOCK = 900 + (int) (System.nanoTime() % 90);
  static Vertx vertx;
  static Pool pool;
  static AppConfig.DatabaseUrl url;

  @BeforeAll
  static void start() {
    TestServer.get();
    url = AppConfig.DatabaseUrl.class.cast(AppConfig.from(java.util.Map.of("DATABASE_URL", TestServer.databaseUrl()))
      .database().orElseThrow());
    vertx = Vertx.vertx();
    pool = Database.own(vertx, url, "instances-it", 4);
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
  }

  private static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
  }

  /** Waits up to {@code ms} for the condition; returns the time it took in ms, or -1. */
  private static long within(long ms, BooleanSupplier cond) throws InterruptedException {
    long t0 = System.nanoTime();
    while (System.nanoTime() - t0 < ms * 1_000_000) {
      if (cond.getAsBoolean()) {
        return (System.nanoTime() - t0) / 1_000_000;
      }
      Thread.sleep(20);
    }
    return -1;
  }

  @Test
  void theLeaderLockHasOneHolderAndPassesOnWithinSecondsWhenItsSessionDies() throws Exception {
    LeaderLock a = new LeaderLock(vertx, url, "test", LOCK, "a:1:1", 300).start();
    LeaderLock b = new LeaderLock(vertx, url, "test", LOCK, "b:2:2", 300).start();
    try {
      assertTrue(within(5000, () -> a.holding() || b.holding()) >= 0, "someone takes the lock");
      Thread.sleep(1000);
      assertTrue(a.holding() ^ b.holding(), "exactly one holds it");
      LeaderLock holder = a.holding() ? a : b;
      LeaderLock other = holder == a ? b : a;
      assertEquals(Optional.of(holder.instance()), await(LeaderLock.holder(pool, LOCK)));
      // the holder's process dies: PostgreSQL ends its session (here: terminated from outside), the lock is free
      try (Connection c = TestServer.jdbc(); Statement st = c.createStatement()) {
        st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
          + "'moha-opendata leader " + holder.instance() + "'");
      }
      long took = within(5000, () -> other.holding());
      assertTrue(took >= 0 && took < 3000, "the other took over in " + took + " ms");
      assertTrue(within(2000, () -> !holder.holding()) >= 0, "the old holder knows it lost the lock");
      Thread.sleep(800);
      assertFalse(holder.holding(), "and does not take it back while the other holds it");
      assertEquals(Optional.of(other.instance()), await(LeaderLock.holder(pool, LOCK)));
      // a holder that stops frees it too
      await(other.close());
      assertTrue(within(3000, holder::holding) >= 0, "the first one leads again");
    } finally {
      await(a.close());
      await(b.close());
    }
    assertEquals(Optional.empty(), await(LeaderLock.holder(pool, LOCK)));
  }

  @Test
  void ofTwoPortalPushesOnlyTheLeadersTalksToThePortal() throws Exception {
    List<String> tokens = new CopyOnWriteArrayList<>();
    HttpServer portal = await(vertx.createHttpServer().requestHandler(req -> {
      tokens.add(req.getHeader("Authorization"));
      // the stand-in refuses every write: nothing is recorded as pushed, failures are (restored below)
      req.response().setStatusCode(503).end("busy");
    }).listen(0, "127.0.0.1"));
    String stand = "http://127.0.0.1:" + portal.actualPort();
    LeaderLock a = new LeaderLock(vertx, url, "test push", LOCK + 1, "a:1:1", 300).start();
    LeaderLock b = new LeaderLock(vertx, url, "test push", LOCK + 1, "b:2:2", 300).start();
    try (Connection c = TestServer.jdbc(); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE public.publication_saved AS SELECT * FROM catalog.publication");
      st.execute("DELETE FROM catalog.publication");
      assertTrue(within(5000, () -> a.holding() || b.holding()) >= 0);
      Catalogue catalogue = new Catalogue(pool, new Uris(TestServer.base()), Modules.ALL);
      PortalPush pushA = new PortalPush(vertx, pool, catalogue, settings(stand, "token-a")).onlyWhile(a::holding);
      PortalPush pushB = new PortalPush(vertx, pool, catalogue, settings(stand, "token-b")).onlyWhile(b::holding);
      await(Future.all(pushA.round(), pushB.round()));
      String leader = a.holding() ? "token-a" : "token-b";
      assertFalse(tokens.isEmpty(), "the leader pushed");
      assertTrue(tokens.stream().allMatch(leader::equals), "only the leader pushed: " + tokens.stream().distinct()
        .toList());
      // the leader stops: the other takes over and pushes (its retries are due at once: the failures are wiped)
      (a.holding() ? a : b).close();
      LeaderLock next = a.holding() ? b : (leader.equals("token-a") ? b : a);
      assertTrue(within(3000, next::holding) >= 0, "the other leads");
      st.execute("DELETE FROM catalog.publication");
      tokens.clear();
      await(Future.all(pushA.round(), pushB.round()));
      assertFalse(tokens.isEmpty());
      assertTrue(tokens.stream().noneMatch(leader::equals), "the old leader is silent: " + tokens.stream().distinct()
        .toList());
      await(Future.all(pushA.close(), pushB.close()));
    } finally {
      try (Connection c = TestServer.jdbc(); Statement st = c.createStatement()) {
        st.execute("DELETE FROM catalog.publication");
        st.execute("INSERT INTO catalog.publication SELECT * FROM public.publication_saved");
        st.execute("DROP TABLE public.publication_saved");
      }
      await(a.close());
      await(b.close());
      await(portal.close());
    }
  }

  private static PortalPush.Settings settings(String url, String token) {
    return new PortalPush.Settings(url, token, "bo-noi-vu", "moha-", 60_000, 60_000, 60_000, 2000);
  }

  @Test
  void theCitizensWriteLimitHoldsAcrossInstances() throws Exception {
    // 60 anonymous requests a minute allow 2 submissions a minute per address, whichever instance counts them
    RateLimiter one = new RateLimiter(60, 0);
    RateLimiter two = new RateLimiter(60, 0);
    String ip = "198.51.100." + (int) (System.nanoTime() % 200);
    assertTrue(await(one.publicWrite(pool, ip)).allowed());
    RateLimiter.Decision second = await(two.publicWrite(pool, ip));
    assertTrue(second.allowed());
    assertEquals(2, second.limit());
    assertEquals(0, second.remaining());
    RateLimiter.Decision third = await(one.publicWrite(pool, ip));
    assertFalse(third.allowed(), "the third in the minute is refused, on either instance");
    assertFalse(await(two.publicWrite(pool, ip)).allowed());
    assertTrue(third.retryAfterSeconds() > 0 && third.retryAfterSeconds() <= 30, "Retry-After " + third
      .retryAfterSeconds());
    assertTrue(await(two.publicWrite(pool, ip + "1")).allowed(), "another address has its own allowance");
  }

  @Test
  void heartbeatsCountTheLiveInstancesOfAGroup() throws Exception {
    String group = "it-" + UUID.randomUUID();
    RateLimiter limits = new RateLimiter(10, 0);
    Instances first = new Instances(vertx, pool, "first:1:1", group, LOCK, null, limits::instances);
    Instances second = new Instances(vertx, pool, "second:2:2", group, LOCK, null, n -> { });
    Instances elsewhere = new Instances(vertx, pool, "other:3:3", group + "x", LOCK, null, n -> { });
    await(second.beat());
    await(elsewhere.beat());
    await(first.beat());
    assertEquals(2, first.live(), "two in the group, the third instance is in another");
    assertEquals(5, limits.anonymous("192.0.2.1").limit(), "the limiter allows half");
    JsonObject described = await(first.describe());
    assertEquals("first:1:1", described.getString("id"));
    assertEquals(2, described.getInteger("live_instances"));
    assertFalse(described.getBoolean("leader"));
    await(second.close());
    await(first.beat());
    assertEquals(1, first.live(), "a stopped instance deletes its row");
    assertEquals(10, limits.anonymous("192.0.2.1").limit());
    await(first.close());
    await(elsewhere.close());
  }
}
