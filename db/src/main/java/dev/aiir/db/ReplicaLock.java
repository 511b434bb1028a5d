package dev.aiir.db;

/**
 * A role that one replica at a time may hold, such as the Discord gateway connection: the bot tries
 * to take it, does the role's work while it {@link #held() holds} it, and stops when it no longer
 * does.
 */
public interface ReplicaLock extends AutoCloseable {

  /**
   * Takes the role if no replica holds it, without waiting; true when this replica holds it now
   * (also when it already did).
   */
  boolean tryAcquire();

  /**
   * Whether this replica still holds the role. False once it lost its hold, for instance because
   * the database stopped answering: another replica may have it then.
   */
  boolean held();

  /** Gives the role up, so that another replica can take it at once. */
  @Override
  void close();
}
