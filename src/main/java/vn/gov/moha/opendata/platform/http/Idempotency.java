package vn.gov.moha.opendata.platform.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.internal.http.HttpServerRequestInternal;
import io.vertx.core.internal.http.HttpServerRequestWrapper;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.function.Function;
import vn.gov.moha.opendata.platform.security.Access;
import vn.gov.moha.opendata.platform.security.Principal;

/**
 * {@code Idempotency-Key} on the POSTs that create records (draft-ietf-httpapi-idempotency-key-header-07): a retry
 * with the same key, by the same caller, with the same body gets the first answer again (status, body, Location,
 * ETag; marked {@code Idempotent-Replayed: true}) and creates nothing. A retry while the first request still runs
 * gets 409 ({@code idempotency-key-in-use}); the same key with another body or path gets 422
 * ({@code idempotency-key-reused}). Keys live a day.
 *
 * <p>Exactly once, also across instances and crashes: the key's row is inserted by {@link #transaction} as the first
 * statement of the transaction that creates the record, under a transaction-scoped advisory lock (a concurrent twin
 * finds it taken: 409), and the commit waits until the handler has written its answer, which is stored in the row in
 * that same transaction. Record, key and answer are committed together or not at all; the answer leaves the server
 * only after the commit. For that, requests that carry the header have their response wrapped ({@link #capture}),
 * so that the bytes of the answer are held until the commit.
 *
 * <p>Three parts: {@link #capture} (the HTTP server's request handler, before the router), this handler (bound before
 * the operation's handler of every operation whose contract declares the header: replays or refuses, else marks the
 * request), and {@link #transaction} (called by the handler instead of {@code pool.withTransaction}).
 */
public final class Idempotency implements Handler<RoutingContext> {
  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED = "Idempotent-Replayed";
  private static final String CLAIM = "moha.idempotency";
  private static final String FIND = "SELECT fingerprint, status, response FROM platform.idempotency_key "
    + "WHERE caller = $1 AND key_hash = $2 AND created_at > now() - interval '24 hours'";
  private static final String LOCK = "SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0))";
  private static final String INSERT = "INSERT INTO platform.idempotency_key AS k (caller, key_hash, fingerprint, "
    + "operation) VALUES ($1, $2, $3, $4) ON CONFLICT (caller, key_hash) DO UPDATE SET fingerprint = "
    + "excluded.fingerprint, operation = excluded.operation, status = NULL, response = NULL, created_at = now() "
    + "WHERE k.created_at <= now() - interval '24 hours'";
  private static final String ANSWER = "UPDATE platform.idempotency_key SET status = $3, response = $4 "
    + "WHERE caller = $1 AND key_hash = $2";

  private final Pool pool;

  public Idempotency(Pool pool) {
    this.pool = pool;
  }

  /**
   * The request as the router should see it: a POST with an Idempotency-Key gets a response that holds its answer
   * until the transaction of {@link #transaction} commits; other requests pass unchanged.
   */
  public static HttpServerRequest capture(HttpServerRequest req) {
    if (req.method() != HttpMethod.POST || !req.headers().contains(HEADER)
      || !(req instanceof HttpServerRequestInternal internal)) {
      return req;
    }
    return new Captured(internal);
  }

  @Override
  public void handle(RoutingContext rc) {
    String raw = rc.request().getHeader(HEADER);
    if (raw == null || !(Proxy.isProxyClass(rc.response().getClass())
      && Proxy.getInvocationHandler(rc.response()) instanceof Held held)) {
      rc.next();
      return;
    }
    String key = key(raw);
    Principal p = Principal.of(rc);
    String caller = p.isAnonymous() ? "ip:" + Access.clientIp(rc)
      : p.keyId() != null ? "key:" + p.keyId() : "sub:" + p.subject();
    SealedAnswer keys = SealedAnswer.of(caller, key);
    byte[] fingerprint = keys.fingerprint(rc.request().method().name(), rc.request().path(), rc.body().buffer());
    pool.preparedQuery(FIND).execute(Tuple.of(caller, Buffer.buffer(keys.keyHash()))).onSuccess(rs -> {
      if (rs.size() == 0) {
        Claim claim = new Claim(rc, keys, fingerprint, RequestLog.operation(rc), held);
        rc.put(CLAIM, claim);
        rc.addEndHandler(ar -> claim.abandon());
        rc.next();
        return;
      }
      Row r = rs.iterator().next();
      if (!Arrays.equals(r.getBuffer("fingerprint").getBytes(), fingerprint)) {
        rc.fail(ApiProblem.of(422, "idempotency-key-reused", "Unprocessable Content", "This Idempotency-Key was "
          + "used with another request (another body or path): send a new key for a new request."));
      } else if (r.getInteger("status") == null) {
        rc.fail(inUse());
      } else {
        replay(rc.response(), keys.open(r.getBuffer("response").getBytes()));
      }
    }).onFailure(rc::fail);
  }

  /**
   * {@code pool.withTransaction(work)} for a handler that creates a record: when the request carries an
   * Idempotency-Key, the key's row is claimed first in the same transaction (409 when a twin holds it), and the
   * commit is put off until the handler's answer has been stored with it (see the class comment). Without the header
   * it is exactly {@code pool.withTransaction(work)}.
   */
  public static <T> Future<T> transaction(RoutingContext rc, Pool pool, Function<SqlConnection, Future<T>> work) {
    Claim claim = rc.get(CLAIM);
    if (claim == null || !claim.take()) {
      return pool.withTransaction(work);
    }
    return pool.getConnection().compose(conn -> conn.begin().compose(tx -> conn.preparedQuery(LOCK)
        .execute(Tuple.of(claim.keys.lockName()))
        .compose(locked -> locked.iterator().next().getBoolean(0)
          ? conn.preparedQuery(INSERT).execute(Tuple.of(claim.keys.caller(), Buffer.buffer(claim.keys.keyHash()),
            Buffer.buffer(claim.fingerprint), claim.operation))
          : Future.failedFuture(inUse()))
        .compose(inserted -> inserted.rowCount() == 1 ? work.apply(conn) : Future.<T>failedFuture(inUse()))
        .andThen(ar -> {
          if (ar.succeeded()) {
            claim.hold(conn, tx);
          } else {
            tx.rollback().eventually(conn::close);
          }
        })));
  }

  private static ApiProblem inUse() {
    return ApiProblem.of(409, "idempotency-key-in-use", "Conflict", "A request with this Idempotency-Key is being "
      + "processed: retry in a moment to get its answer.");
  }

  /** The key as sent: an RFC 8941 string ("…"), or, as many clients send it, a bare token; 1–255 visible chars. */
  static String key(String raw) {
    String k = raw.strip();
    if (k.length() >= 2 && k.startsWith("\"") && k.endsWith("\"")) {
      k = k.substring(1, k.length() - 1);
    }
    if (k.isEmpty() || k.length() > 255 || !k.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"')) {
      throw new ApiProblem(400, "invalid-header", "Bad Request", "Idempotency-Key must be 1 to 255 visible ASCII "
        + "characters (a UUID is a good key).", java.util.List.of(new ApiProblem.FieldError(HEADER, "header",
          "must be 1 to 255 visible ASCII characters")));
    }
    return k;
  }

  private static void replay(HttpServerResponse res, JsonObject answer) {
    res.setStatusCode(answer.getInteger("status"));
    answer.getJsonObject("headers").forEach(h -> res.putHeader(h.getKey(), String.valueOf(h.getValue())));
    res.putHeader(REPLAYED, "true").end(Buffer.buffer(answer.getBinary("body")));
  }

  /** One request's claim on its key: the open transaction between the record's work and the answer. */
  private static final class Claim {
    private final RoutingContext rc;
    private final SealedAnswer keys;
    private final byte[] fingerprint;
    private final String operation;
    private final Held held;
    private boolean taken;
    private boolean done;
    private SqlConnection conn;
    private io.vertx.sqlclient.Transaction tx;

    Claim(RoutingContext rc, SealedAnswer keys, byte[] fingerprint, String operation, Held held) {
      this.rc = rc;
      this.keys = keys;
      this.fingerprint = fingerprint;
      this.operation = operation == null ? "unknown" : operation;
      this.held = held;
    }

    /** True once: a handler's one create transaction carries the key (a second one would be an ordinary one). */
    boolean take() {
      boolean first = !taken;
      taken = true;
      return first;
    }

    void hold(SqlConnection c, io.vertx.sqlclient.Transaction t) {
      if (done) {
        t.rollback().eventually(c::close);
        return;
      }
      conn = c;
      tx = t;
      held.claim = this;
    }

    /** The request ended (or its connection closed) without an answer: nothing is kept. */
    void abandon() {
      if (!done && tx != null) {
        tx.rollback().eventually(conn::close);
      }
      done = true;
    }

    /** Stores the answer and commits record, key and answer; a 5xx answer rolls everything back instead. */
    Future<Void> finish(int status, io.vertx.core.MultiMap headers, Buffer body) {
      done = true;
      held.claim = null;
      Future<Void> outcome = status >= 500 ? tx.rollback()
        : conn.preparedQuery(ANSWER).execute(Tuple.of(keys.caller(), Buffer.buffer(keys.keyHash()), status,
          Buffer.buffer(keys.seal(status, headers, body)))).compose(v -> tx.commit());
      return outcome.eventually(conn::close);
    }
  }

  /** A request whose response is {@link Held}. */
  private static final class Captured extends HttpServerRequestWrapper {
    private final HttpServerResponse response;

    Captured(HttpServerRequestInternal delegate) {
      super(delegate);
      this.response = (HttpServerResponse) Proxy.newProxyInstance(Idempotency.class.getClassLoader(),
        new Class<?>[] {HttpServerResponse.class}, new Held(delegate.response()));
    }

    @Override
    public HttpServerResponse response() {
      return response;
    }
  }

  /**
   * The response of a request with a key: while a claim holds an open transaction, what the handler writes is kept
   * back, and {@code end} first commits (with the answer), then sends; a failed commit answers 503 instead.
   */
  private static final class Held implements InvocationHandler {
    private final HttpServerResponse delegate;
    private final Buffer written = Buffer.buffer();
    private Claim claim;

    Held(HttpServerResponse delegate) {
      this.delegate = delegate;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (claim != null && (name.equals("write") || name.equals("end")) && (args == null || args.length <= 2)) {
        if (args != null && args.length > 0) {
          written.appendBuffer(args[0] instanceof Buffer b ? b : Buffer.buffer((String) args[0],
            args.length == 2 ? (String) args[1] : "UTF-8"));
        }
        if (name.equals("write")) {
          return Future.succeededFuture();
        }
        Claim c = claim;
        return c.finish(delegate.getStatusCode(), delegate.headers(), written)
          .transform(ar -> {
            if (ar.succeeded()) {
              return delegate.end(written);
            }
            delegate.headers().clear();
            ProblemHandler.send(c.rc, ApiProblem.of(503, "commit-failed", "Service Unavailable", "The record could "
              + "not be saved (the database did not confirm it): send the request again with the same key."));
            return Future.<Void>failedFuture(ar.cause());
          });
      }
      try {
        Object result = method.invoke(delegate, args);
        return result == delegate ? proxy : result;
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
