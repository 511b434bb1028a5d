package dev.aiir.scheduler;

import dev.aiir.scheduler.TimerJobStore.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commands' timer changes, written by one thread a batch at a time: each caller waits until its
 * change is committed, and the changes that arrive while one batch is being written go together in
 * the next. A burst of declarations (a storm of alerts opening a hundred incidents, each with its
 * status-update timer) then takes the scheduler's lock, and on SQLite the file's one write lock, a
 * few times instead of once or more per timer. A batch that fails is written again one change at a
 * time, so that one bad change fails only its own caller.
 */
final class TimerWrites implements AutoCloseable {
  static final int BATCH = 200;
  private static final Logger LOG = LoggerFactory.getLogger(TimerWrites.class);

  /** Writes a batch of changes in one transaction. */
  interface Writer {
    void write(List<Change> changes) throws Exception;
  }

  private record Pending(Change change, CompletableFuture<Void> done) {}

  private final Writer writer;
  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private boolean closed;

  TimerWrites(Writer writer, String name) {
    this.writer = writer;
    this.thread = new Thread(this::run, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Returns once {@code change} is committed; throws when it could not be. */
  void apply(Change change) {
    Pending pending = new Pending(change, new CompletableFuture<>());
    // Checked and queued at once: a change queued after close drained the queue would wait forever.
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("the timers are closed");
      }
      queue.add(pending);
    }
    try {
      pending.done().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "timer " + change.job().getName() + " could not be changed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted changing timer " + change.job().getName(), e);
    }
  }

  private void run() {
    List<Pending> batch = new ArrayList<>();
    try {
      while (true) {
        batch.add(queue.take());
        queue.drainTo(batch, BATCH - 1);
        write(batch);
        batch.clear();
      }
    } catch (InterruptedException e) {
      // Closed: whatever is left fails.
    }
    failAll(batch);
  }

  private void write(List<Pending> batch) {
    try {
      writer.write(batch.stream().map(Pending::change).toList());
      batch.forEach(p -> p.done().complete(null));
    } catch (Exception e) {
      if (batch.size() == 1) {
        batch.get(0).done().completeExceptionally(e);
        return;
      }
      LOG.debug("a batch of {} timer changes failed; writing them one at a time", batch.size(), e);
      batch.forEach(p -> write(List.of(p)));
    }
  }

  /** Stops writing once the batch being written is done; changes not written by then fail. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
    }
    thread.interrupt();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<Pending> left = new ArrayList<>();
    queue.drainTo(left);
    failAll(left);
  }

  private static void failAll(List<Pending> pending) {
    pending.forEach(
        p -> p.done().completeExceptionally(new IllegalStateException("timers closed")));
  }

  /** How many changes wait for the batch being written: for tests. */
  int waiting() {
    return queue.size();
  }
}
