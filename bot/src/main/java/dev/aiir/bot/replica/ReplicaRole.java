package dev.aiir.bot.replica;

import dev.aiir.bot.config.ConfigurationException;
import dev.aiir.commands.runtime.DaemonThreads;
import dev.aiir.db.ReplicaLock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection that one replica at a time may hold, such as the Discord gateway: opened on the
 * replica that holds the role's {@link ReplicaLock}, closed when it loses the lock, and opened by
 * another replica within seconds of the holder stopping or dying.
 *
 * <p>A replica that takes the lock waits {@code grace} before connecting: a holder cut off from the
 * database loses the lock without being told, and needs that long to notice and disconnect, so that
 * two replicas never answer the same interaction.
 */
public final class ReplicaRole implements AutoCloseable {
  /** Opens the role's connection; closing it disconnects. */
  public interface Connector {
    AutoCloseable connect() throws Exception;
  }

  private static final Logger LOG = LoggerFactory.getLogger(ReplicaRole.class);
  private final String name;
  private final ReplicaLock lock;
  private final Duration every;
  private final Duration grace;
  private final Connector connector;
  private final CompletableFuture<Void> failed = new CompletableFuture<>();
  private final ScheduledExecutorService thread;
  private long acquiredAt = -1;
  private AutoCloseable connection;
  private volatile String state = "standby";

  public ReplicaRole(
      String name, ReplicaLock lock, Duration every, Duration grace, Connector connector) {
    this.name = name;
    this.lock = lock;
    this.every = every;
    this.grace = grace;
    this.connector = connector;
    this.thread =
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("aiir-role-" + name));
  }

  /** Starts contending for the role, checking every {@code every}. */
  public ReplicaRole start() {
    thread.scheduleWithFixedDelay(this::tick, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  /** {@code active} while connected here, {@code standby} otherwise: for {@code /healthz}. */
  public String state() {
    return state;
  }

  /** Completes exceptionally when connecting failed for a reason retrying cannot fix. */
  public CompletableFuture<Void> failed() {
    return failed;
  }

  private void tick() {
    if (failed.isDone()) {
      return; // a configuration problem: the process is stopping, and no retry would help
    }
    try {
      if (connection != null) {
        if (!lock.held()) {
          disconnect("lost the lock");
        }
      } else if (acquiredAt < 0) {
        if (lock.tryAcquire()) {
          acquiredAt = System.nanoTime();
          LOG.info("took the {} role; connecting in {} ms", name, grace.toMillis());
        }
      } else if (!lock.held()) {
        acquiredAt = -1;
      } else if (System.nanoTime() - acquiredAt >= grace.toNanos()) {
        connect();
      }
    } catch (RuntimeException e) {
      LOG.error("the {} role check failed; trying again", name, e);
    }
  }

  private void connect() {
    try {
      connection = connector.connect();
      state = "active";
      LOG.info("this replica holds the {} connection", name);
    } catch (Exception e) {
      // Let another replica try: this one may be the one that cannot connect.
      lock.close();
      acquiredAt = -1;
      if (e instanceof ConfigurationException) {
        failed.completeExceptionally(e);
      } else {
        LOG.error("could not open the {} connection; released the role", name, e);
      }
    }
  }

  private void disconnect(String why) {
    LOG.warn("closing the {} connection: {}", name, why);
    closeConnection();
    acquiredAt = -1;
  }

  private void closeConnection() {
    state = "standby";
    if (connection != null) {
      try {
        connection.close();
      } catch (Exception e) {
        LOG.warn("closing the {} connection failed", name, e);
      }
      connection = null;
    }
  }

  /** Disconnects first and releases the lock after, so that the next holder never overlaps. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeConnection();
    lock.close();
  }
}
