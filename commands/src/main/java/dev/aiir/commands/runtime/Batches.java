package dev.aiir.commands.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * Items that many threads queue and one thread of its own takes a batch at a time: those queued
 * while one batch is being handled go together in the next, up to a most. The store's writes on
 * SQLite and the commands' timer changes are written this way, one transaction a batch. {@code
 * handle} settles every item of a batch itself, failures included; {@code refuse} settles each item
 * still queued, or being taken, when the queue is closed.
 */
public final class Batches<T> implements AutoCloseable {
  private final int most;
  private final Consumer<List<T>> handle;
  private final Consumer<T> refuse;
  private final LinkedBlockingQueue<T> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private boolean closed;

  /**
   * Starts the daemon thread {@code name}, which hands {@code handle} batches of up to {@code
   * most}.
   */
  public Batches(String name, int most, Consumer<List<T>> handle, Consumer<T> refuse) {
    if (most < 1) {
      throw new IllegalArgumentException("batches of at most " + most);
    }
    this.most = most;
    this.handle = handle;
    this.refuse = refuse;
    this.thread = new Thread(this::run, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Queues {@code item} for the next batch; false, and nothing queued, once closed. */
  public boolean offer(T item) {
    // Checked and queued at once: an item queued after close drained the queue would wait forever.
    synchronized (this) {
      if (closed) {
        return false;
      }
      queue.add(item);
      return true;
    }
  }

  /** Whether the caller is the thread that handles the batches. */
  public boolean onItsThread() {
    return Thread.currentThread() == thread;
  }

  /** How many items wait for the batch being handled: for tests. */
  public int waiting() {
    return queue.size();
  }

  private void run() {
    List<T> batch = new ArrayList<>();
    try {
      while (true) {
        batch.add(queue.take());
        queue.drainTo(batch, most - 1);
        handle.accept(batch);
        batch.clear();
      }
    } catch (InterruptedException e) {
      // Closed: whatever is left is refused.
    }
    batch.forEach(refuse);
  }

  /** Stops once the batch being handled is done; the items still queued are refused. */
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
    List<T> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(refuse);
  }
}
