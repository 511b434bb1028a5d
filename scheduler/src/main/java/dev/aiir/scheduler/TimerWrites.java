package dev.aiir.scheduler;

import dev.aiir.commands.runtime.Batches;
import dev.aiir.scheduler.TimerJobStore.Change;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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
  private final Batches<Pending> batches;

  TimerWrites(Writer writer, String name) {
    this.writer = writer;
    this.batches = new Batches<>(name, BATCH, this::write, TimerWrites::refuse);
  }

  /** Returns once {@code change} is committed; throws when it could not be. */
  void apply(Change change) {
    Pending pending = new Pending(change, new CompletableFuture<>());
    if (!batches.offer(pending)) {
      throw new IllegalStateException("the timers are closed");
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
    batches.close();
  }

  private static void refuse(Pending pending) {
    pending.done().completeExceptionally(new IllegalStateException("timers closed"));
  }

  /** How many changes wait for the batch being written: for tests. */
  int waiting() {
    return batches.waiting();
  }
}
