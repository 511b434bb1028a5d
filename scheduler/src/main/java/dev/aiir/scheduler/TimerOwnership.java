package dev.aiir.scheduler;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which process runs a SQLite file's timers: the one that holds a lock on a file beside it ({@code
 * aiir.db-timers.lock}). Quartz's job store on SQLite is not clustered, so two processes that both
 * ran it on one file would each take the other's work for a crashed run's. The others only schedule
 * (Quartz in standby writes the same tables), and the owner fires. On PostgreSQL Quartz is
 * clustered and every replica runs the timers: each owns them, and no file is locked.
 */
public final class TimerOwnership implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TimerOwnership.class);
  private final FileChannel channel;
  private final FileLock lock;

  private TimerOwnership(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * The ownership of the timers of the SQLite file {@code jdbcUrl} names, empty when taken; always
   * granted on a clustered database.
   */
  public static Optional<TimerOwnership> tryAcquire(String jdbcUrl) {
    if (JobStoreSettings.isClustered(jdbcUrl)) {
      return Optional.of(new TimerOwnership(null, null));
    }
    Path file = Path.of(databaseFile(jdbcUrl) + "-timers.lock");
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return Optional.of(new TimerOwnership(channel, lock));
      }
    } catch (OverlappingFileLockException e) {
      LOG.debug("this process already runs the timers of {}", file);
    } catch (IOException e) {
      throw new IllegalStateException("cannot open the timers' lock file " + file, e);
    }
    closeQuietly(channel);
    return Optional.empty();
  }

  /** The file of {@code jdbc:sqlite:[file:]PATH[?options]}. */
  static String databaseFile(String jdbcUrl) {
    String path = jdbcUrl.substring("jdbc:sqlite:".length());
    if (path.startsWith("file:")) {
      path = path.substring("file:".length());
    }
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        LOG.debug("closing the timers' lock file failed", e);
      }
    }
  }

  @Override
  public void close() {
    if (lock == null) {
      return; // clustered: nothing was locked
    }
    try {
      lock.release();
    } catch (IOException e) {
      LOG.debug("releasing the timers' lock failed", e);
    }
    closeQuietly(channel);
  }
}
