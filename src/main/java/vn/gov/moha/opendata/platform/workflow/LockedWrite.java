package vn.gov.moha.opendata.platform.workflow;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.function.BiPredicate;
import java.util.function.LongFunction;
import vn.gov.moha.opendata.platform.audit.AuditEvent;
import vn.gov.moha.opendata.platform.audit.AuditLog;
import vn.gov.moha.opendata.platform.audit.AuditedWrites;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.Requests;
import vn.gov.moha.opendata.platform.security.Principal;

/**
 * One write of a restricted workflow record (a step, an edit of its content), written once. In one transaction: lock
 * the record ({@code FOR UPDATE}; a record outside the caller's scope is a 404, as if it did not exist), compare
 * If-Match with its ETag (412 when stale; 428 without it where the write requires it, before anything else), run the
 * workflow's own {@link Change} and append the audit row; a failure rolls back and is audited with the status the
 * caller gets. Then read the whole record again and answer it with its new ETag ({@code private, no-store}).
 * {@link #read} is the audited read of one record with the same scope.
 */
public final class LockedWrite {
  private static final String JSON = "application/json; charset=utf-8";

  /** Whether a write needs If-Match (428 without) or compares it only when sent. */
  public enum IfMatch { REQUIRED, WHEN_SENT }

  /**
   * How a workflow locks one record: {@code sql} selects it by id ($1) {@code FOR UPDATE} with its {@code version} and
   * what {@code sees} judges the caller's scope by (the locked row); {@code notFound} is the 404 of an id.
   */
  public record Lock(String sql, BiPredicate<Principal, Row> sees, LongFunction<ApiProblem> notFound) {
    /** The lock of a record of one unit: the row's {@code unitColumn} is the unit that {@code sees} judges. */
    public Lock(String sql, String unitColumn, BiPredicate<Principal, String> sees,
                LongFunction<ApiProblem> notFound) {
      this(sql, (p, row) -> sees.test(p, row.getString(unitColumn)), notFound);
    }
  }

  /** The workflow's own change inside the transaction, given the locked row. */
  public interface Change {
    Future<?> apply(SqlConnection c, Row locked);
  }

  /** The whole record as the caller may see it, read after the write. */
  public interface Read {
    Future<JsonObject> apply(long id, Principal p);
  }

  private final Pool pool;
  private final String record;
  private final Lock lock;
  private final VersionTag tag;
  private final Read read;
  private final String select;

  /** @param record the audit record type, @param tag the records' ETags. */
  public LockedWrite(Pool pool, String record, Lock lock, VersionTag tag, Read read) {
    this.pool = pool;
    this.record = record;
    this.lock = lock;
    this.tag = tag;
    this.read = read;
    this.select = lock.sql().replaceFirst("\\s+FOR UPDATE(\\s+OF\\s+\\w+)?\\s*$", "");
    if (select.equals(lock.sql())) {
      throw new IllegalArgumentException("The lock query does not end in FOR UPDATE: " + lock.sql());
    }
  }

  /**
   * Answers record {@code id} as the caller may see it (200 with its ETag, {@code private, no-store}): the lock's
   * query without {@code FOR UPDATE} judges the scope, a record outside it is a 404 as if it did not exist; both
   * outcomes are audited.
   */
  public void read(RoutingContext rc, long id) {
    Principal p = Principal.of(rc);
    pool.preparedQuery(select).execute(Tuple.of(id)).compose(rs -> {
        if (rs.size() == 0 || !lock.sees().test(p, rs.iterator().next())) {
          AuditLog.appendLater(pool, AuditEvent.of(rc, record, String.valueOf(id), AuditEvent.NOT_FOUND, 404));
          return Future.failedFuture(lock.notFound().apply(id));
        }
        return read.apply(id, p);
      })
      .onSuccess(o -> {
        AuditLog.appendLater(pool, AuditEvent.of(rc, record, String.valueOf(id), AuditEvent.SUCCESS, 200));
        answer(rc, o);
      })
      .onFailure(rc::fail);
  }

  /** Runs {@code change} on record {@code id} as described above and answers the record (200). */
  public void write(RoutingContext rc, long id, IfMatch ifMatch, Change change) {
    write(rc, id, ifMatch, () -> { }, change);
  }

  /**
   * Like {@link #write(RoutingContext, long, IfMatch, Change)}, with the checks of the request that need no database
   * ({@code check} throws a 400): after the 428, before the lock.
   */
  public void write(RoutingContext rc, long id, IfMatch ifMatch, Runnable check, Change change) {
    Principal p = Principal.of(rc);
    String expected = ifMatch == IfMatch.REQUIRED ? Requests.ifMatch(rc) : rc.request().getHeader("If-Match");
    check.run();
    AuditEvent audit = AuditEvent.of(rc, record, String.valueOf(id), AuditEvent.SUCCESS, 200);
    pool.withTransaction(c -> c.preparedQuery(lock.sql()).execute(Tuple.of(id)).compose(rs -> {
        Row row = rs.size() == 0 ? null : rs.iterator().next();
        if (row == null || !lock.sees().test(p, row)) {
          return Future.failedFuture(lock.notFound().apply(id));
        }
        String current = tag.of(id, row.getInteger("version"));
        if (expected != null && !Requests.etagMatches(expected, current)) {
          return Future.failedFuture(tag.stale(current));
        }
        return change.apply(c, row);
      }).compose(v -> AuditLog.append(c, audit)))
      .onFailure(e -> AuditedWrites.failed(pool, audit, e))
      .compose(v -> read.apply(id, p))
      .onSuccess(o -> answer(rc, o))
      .onFailure(rc::fail);
  }

  /** Answers a record just created (201): its {@code Location} (its {@code links.self}), its ETag, not cached. */
  public void created(RoutingContext rc, JsonObject o) {
    rc.response().setStatusCode(201).putHeader("Location", o.getJsonObject("links").getString("self"));
    answer(rc, o);
  }

  private void answer(RoutingContext rc, JsonObject o) {
    rc.response().putHeader("ETag", tag.of(o)).putHeader("Content-Type", JSON)
      .putHeader("Cache-Control", "private, no-store").end(o.encode());
  }
}
