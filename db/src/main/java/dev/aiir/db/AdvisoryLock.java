package dev.aiir.db;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ReplicaLock} on PostgreSQL: a session advisory lock on a connection of its own, outside
 * the pool (a pooled connection would carry the lock on to other work). PostgreSQL releases it the
 * moment that connection ends, when the replica stops or dies; TCP keep-alives on the session let
 * the server notice a replica that vanished without closing it within seconds, not hours.
 */
final class AdvisoryLock implements ReplicaLock {
  private static final Logger LOG = LoggerFactory.getLogger(AdvisoryLock.class);
  private static final int CHECK_TIMEOUT_SECONDS = 2;
  private static final String KEEPALIVES =
      "SET tcp_keepalives_idle = 5; SET tcp_keepalives_interval = 2;"
          + " SET tcp_keepalives_count = 3";

  private final StoreUrl url;
  private final String name;
  private final long key;
  private Connection connection;
  private boolean holding;

  AdvisoryLock(StoreUrl url, String name) {
    this.url = url;
    this.name = name;
    this.key = keyOf(name);
  }

  /** A standby keeps its connection between tries, opening a new one when it broke. */
  @Override
  public synchronized boolean tryAcquire() {
    if (held()) {
      return true;
    }
    try {
      if (connection == null || !connection.isValid(CHECK_TIMEOUT_SECONDS)) {
        disconnect();
        connection = connect();
      }
      try (PreparedStatement statement =
          connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
        statement.setLong(1, key);
        try (ResultSet row = statement.executeQuery()) {
          row.next();
          holding = row.getBoolean(1);
        }
      }
      if (holding) {
        LOG.info("this replica holds {} now", name);
      }
      return holding;
    } catch (SQLException e) {
      LOG.warn("could not try for {} at {}: {}", name, url.redacted(), e.getMessage());
      disconnect();
      return false;
    }
  }

  /** The lock lasts as long as its session, so a session that still answers still holds it. */
  @Override
  public synchronized boolean held() {
    if (!holding) {
      return false;
    }
    try {
      if (connection.isValid(CHECK_TIMEOUT_SECONDS)) {
        return true;
      }
    } catch (SQLException e) {
      // treated as lost, below
    }
    LOG.warn("this replica lost its hold on {}: the database stopped answering", name);
    disconnect();
    return false;
  }

  /**
   * Unlocks before closing the session: the server would release the lock too, as when a replica
   * dies, but only once it has processed the session's end, a moment after {@code close} returns.
   */
  @Override
  public synchronized void close() {
    if (holding) {
      LOG.info("this replica gives up {}", name);
      unlock();
    }
    disconnect();
  }

  private void unlock() {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      statement.setLong(1, key);
      statement.execute();
    } catch (SQLException e) {
      LOG.debug("unlocking {} failed; ending the session releases it", name, e);
    }
  }

  private Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("ApplicationName", "aiir lock " + name);
    properties.setProperty("tcpKeepAlive", "true");
    Connection opened = DriverManager.getConnection(url.value(), properties);
    try (Statement statement = opened.createStatement()) {
      statement.execute(KEEPALIVES);
    } catch (SQLException e) {
      opened.close();
      throw e;
    }
    return opened;
  }

  private void disconnect() {
    holding = false;
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.debug("closing the connection of {} failed", name, e);
    }
    connection = null;
  }

  /** A stable 64-bit key for the name, the same on every replica and release. */
  static long keyOf(String name) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("aiir/" + name).getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
