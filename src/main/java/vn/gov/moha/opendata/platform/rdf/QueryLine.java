package vn.gov.moha.opendata.platform.rdf;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A line of SPARQL queries run on a worker pool, at most {@code slots} at once; the others wait (first come, first
 * served) at most {@link #QUEUE_WAIT_MS} and behind at most {@link #QUEUE_MAX} others, else their future fails with
 * {@link SparqlEngine.Busy} (a 503 with Retry-After). Short queries thus share the slots at full speed under many
 * clients instead of being refused, while runaway queries hold at most {@code slots} worker threads.
 *
 * <p>A slot is a drainer: a task on the pool that runs queries from the line until it is empty. Under load a query
 * thus starts on the worker thread that finished the previous one, with no hop through an event loop, no semaphore
 * hand-over and no timer of its own (one sweep every {@link #SWEEP_MS} ms while the line is not empty refuses those
 * that waited too long). It replaces an acquire on the event loop → executeBlocking → release on the event loop →
 * hand-over to the next waiter's event loop, which cost each lookup two more context hops and a timer.
 */
final class QueryLine {
  /** Queries waiting for a slot, oldest first; how many; and the drainers running them (at most maxConcurrent). */
  private final ConcurrentLinkedQueue<Job> line = new ConcurrentLinkedQueue<>();
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicInteger drainers = new AtomicInteger();
  /** True while a sweep of the line is scheduled. */
  private final AtomicBoolean sweeping = new AtomicBoolean();
  /** Longest wait in line for a query slot (ms), and most queries waiting. */
  static final long QUEUE_WAIT_MS = 1_000;
  static final int QUEUE_MAX = 256;
  /** How often the line is swept for queries that waited too long, while it is not empty. */
  static final long SWEEP_MS = 100;
  /** Longest a drainer runs queries before handing its slot to a new task. */
  static final long DRAIN_MS = 10_000;

  private final int slots;

  QueryLine(int slots) {
    this.slots = slots;
  }

  /** Runs {@code work} on {@code workers} in turn; the future completes on the caller's context. */
  Future<SparqlEngine.Answer> submit(Vertx vertx, WorkerExecutor workers, Supplier<SparqlEngine.Answer> work) {
    if (waiting.incrementAndGet() > QUEUE_MAX) {
      waiting.decrementAndGet();
      return Future.failedFuture(new SparqlEngine.Busy());
    }
    Job job = new Job(vertx.getOrCreateContext(), work, System.nanoTime() + QUEUE_WAIT_MS * 1_000_000);
    line.add(job);
    startDrainer(workers);
    if (!line.isEmpty() && sweeping.compareAndSet(false, true)) {
      vertx.setTimer(SWEEP_MS, t -> sweep(vertx));
    }
    return job.promise.future();
  }

  /** Starts one more drainer when the line holds queries and fewer than SPARQL_MAX_CONCURRENT run. */
  private void startDrainer(WorkerExecutor workers) {
    while (!line.isEmpty()) {
      int d = drainers.get();
      if (d >= slots) {
        return;
      }
      if (drainers.compareAndSet(d, d + 1)) {
        drainOn(workers);
        return;
      }
    }
  }

  private void drainOn(WorkerExecutor workers) {
    workers.executeBlocking(() -> {
      drain(workers);
      return null;
    }, false);
  }

  /**
   * Runs queries from the line until it is empty; a worker thread's loop. After {@link #DRAIN_MS} it hands its slot
   * to a new task of the pool, so that no task runs for ever under steady load (the pool's blocked-thread checker).
   */
  private void drain(WorkerExecutor workers) {
    long started = System.nanoTime();
    while (true) {
      Job job;
      while ((job = line.poll()) != null) {
        waiting.decrementAndGet();
        job.run();
        if (System.nanoTime() - started > DRAIN_MS * 1_000_000 && !line.isEmpty()) {
          drainOn(workers);
          return;
        }
      }
      drainers.decrementAndGet();
      // a query that joined the line after the last poll, while every slot was still taken, would wait for the next
      // submit: take it (unless another drainer starts meanwhile)
      int d = drainers.get();
      if (line.isEmpty() || d >= slots || !drainers.compareAndSet(d, d + 1)) {
        return;
      }
    }
  }

  /** Answers 503 to the queries that waited longer than {@link #QUEUE_WAIT_MS}; again while the line is not empty. */
  private void sweep(Vertx vertx) {
    long now = System.nanoTime();
    Job head;
    while ((head = line.peek()) != null && now - head.deadline > 0) {
      if (line.remove(head)) {
        waiting.decrementAndGet();
        head.refuse();
      }
    }
    sweeping.set(false);
    if (!line.isEmpty() && sweeping.compareAndSet(false, true)) {
      vertx.setTimer(SWEEP_MS, t -> sweep(vertx));
    }
  }

  /** A query in line: its caller's context (where its future completes), its work and the end of its wait. */
  private static final class Job {
    final Context context;
    final Supplier<SparqlEngine.Answer> work;
    final long deadline;
    final Promise<SparqlEngine.Answer> promise = Promise.promise();

    Job(Context context, Supplier<SparqlEngine.Answer> work, long deadline) {
      this.context = context;
      this.work = work;
      this.deadline = deadline;
    }

    void run() {
      SparqlEngine.Answer answer;
      try {
        answer = work.get();
      } catch (RuntimeException | Error e) {
        context.runOnContext(v -> promise.fail(e));
        return;
      }
      context.runOnContext(v -> promise.complete(answer));
    }

    void refuse() {
      context.runOnContext(v -> promise.fail(new SparqlEngine.Busy()));
    }
  }
}
