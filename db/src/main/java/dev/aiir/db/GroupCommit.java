package dev.aiir.db;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.runtime.Batches;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The store's transactions on SQLite, written by one thread: those that arrive while one group is
 * being written go together in the next, one SQLite transaction with one commit, each in a
 * savepoint of its own, so that one that fails is undone alone and fails only its own caller. Each
 * caller waits until its work is committed (or has failed) and gets its own result. A storm of
 * alerts queues dozens of declarations at once; written one transaction each, every one paid for
 * beginning and committing, and for handing the file's lock to the next thread.
 *
 * <p>The work runs on the writer's thread, not the caller's: state a caller keeps per thread must
 * be set inside the work (see {@code AfterCommitTimers}). A transaction cannot begin inside another
 * one, nor on a thread that holds the file's turn among the writers (Quartz under its lock): that
 * fails at once instead of waiting for itself.
 */
final class GroupCommit implements AutoCloseable {
  /** At most this many transactions in one commit, so that a long queue is not one long wait. */
  static final int MOST = 32;

  private final Jdbi jdbi;
  private final Writers writers;
  private final Dialect dialect;
  private final Batches<Request<?>> groups;

  GroupCommit(Jdbi jdbi, Writers writers, Dialect dialect, String name) {
    this.jdbi = jdbi;
    this.writers = writers;
    this.dialect = dialect;
    this.groups = new Batches<>(name, MOST, this::write, GroupCommit::refuse);
  }

  /** {@code work} in the next group; returns its result once that group is committed. */
  <T> T inTransaction(Tenant tenant, Function<TenantStore, T> work) {
    if (groups.onItsThread() || writers.heldByCurrentThread()) {
      // The writer would wait for this thread, which waits for the writer.
      throw new IllegalStateException("a store transaction cannot begin inside another one");
    }
    Request<T> request = new Request<>(tenant, work);
    if (!groups.offer(request)) {
      throw new IllegalStateException("the store is closed");
    }
    try {
      return request.done.join();
    } catch (CompletionException e) {
      throw rethrown(e.getCause());
    }
  }

  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause.getMessage(), cause);
  }

  private void write(List<Request<?>> group) {
    try {
      writers.one(() -> committed(group));
      group.forEach(Request::complete);
    } catch (RuntimeException | Error e) {
      // Beginning or committing failed: nothing of the group is in the store.
      group.forEach(r -> r.done.completeExceptionally(e));
    }
  }

  private Void committed(List<Request<?>> group) {
    try {
      jdbi.useTransaction(handle -> workIn(handle, group));
      return null;
    } catch (SQLException e) {
      throw new IllegalStateException("a savepoint failed: " + e.getMessage(), e);
    }
  }

  private void workIn(Handle handle, List<Request<?>> group) throws SQLException {
    if (group.size() == 1) {
      // Alone, a failure rolls the whole transaction back, as it would in a savepoint.
      group.get(0).runAlone(handle, dialect);
      return;
    }
    for (Request<?> request : group) {
      request.runInSavepoint(handle, dialect);
    }
  }

  @Override
  public void close() {
    groups.close();
  }

  /** How many transactions wait for the group being written: for tests. */
  int waiting() {
    return groups.waiting();
  }

  private static void refuse(Request<?> request) {
    request.done.completeExceptionally(new IllegalStateException("the store is closed"));
  }

  /** One caller's work, and what came of it until its group is committed. */
  private static final class Request<T> {
    private final Tenant tenant;
    private final Function<TenantStore, T> work;
    private final CompletableFuture<T> done = new CompletableFuture<>();
    private T result;
    private Throwable failure;

    Request(Tenant tenant, Function<TenantStore, T> work) {
      this.tenant = tenant;
      this.work = work;
    }

    void runAlone(Handle handle, Dialect dialect) {
      result = work.apply(new JdbiTenantStore(new TenantScope(handle, tenant, dialect)));
    }

    void runInSavepoint(Handle handle, Dialect dialect) throws SQLException {
      Connection connection = handle.getConnection();
      Savepoint savepoint = connection.setSavepoint();
      try {
        runAlone(handle, dialect);
      } catch (RuntimeException | Error e) {
        connection.rollback(savepoint);
        failure = e;
      } finally {
        connection.releaseSavepoint(savepoint);
      }
    }

    /** After the commit: the result, or the failure that undid this work alone. */
    void complete() {
      if (failure == null) {
        done.complete(result);
      } else {
        done.completeExceptionally(failure);
      }
    }
  }
}
