package dev.aiir.db;

/**
 * The little that differs between the databases aiir runs on outside their migrations: the
 * statements themselves are shared.
 */
enum Dialect {
  /**
   * Every SQLite transaction begins IMMEDIATE and so holds the whole file's write lock: a row read
   * before an update is already safe from other writers.
   */
  SQLITE("", true),
  /**
   * Under READ COMMITTED two replicas could both read an incident and then both write it, the later
   * write undoing the earlier; locking the row as it is read makes the second wait for the first.
   */
  POSTGRESQL(" FOR UPDATE", false);

  private final String lockClause;
  private final boolean oneTransactionAtATime;

  Dialect(String lockClause, boolean oneTransactionAtATime) {
    this.lockClause = lockClause;
    this.oneTransactionAtATime = oneTransactionAtATime;
  }

  static Dialect of(StoreUrl url) {
    if (url.isSqlite()) {
      return SQLITE;
    }
    if (url.isPostgresql()) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException("aiir does not run on " + url.subprotocol() + " databases");
  }

  /** Whether the database runs one transaction at a time, so they may as well queue in the JVM. */
  boolean oneTransactionAtATime() {
    return oneTransactionAtATime;
  }

  /**
   * Whether the driver streams a query's rows only inside a transaction (PostgreSQL's fetches them
   * all at once otherwise); SQLite's steps through them as they are read.
   */
  boolean streamsOnlyInTransactions() {
    return this == POSTGRESQL;
  }

  /** The query, made to lock the rows it reads until the transaction ends. */
  String lockingRead(String select) {
    return select + lockClause;
  }
}
