package dev.aiir.db;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * PostgreSQL's planner statistics for the store's tables, taken again where they are missing or far
 * out of date. Without them the planner guesses that a tenant's rows are few and joins them in
 * nested loops: the timers' reconciliation read every open incident's last entry in 5.1 s instead
 * of 20 ms over 5,000 incidents, and the running rollouts in 56 s instead of a few milliseconds
 * over 25,000 (it grows with the square of the rows). A database is in that state after a restore
 * from a dump (which carries no statistics) and for up to a minute after a large load, until
 * autovacuum's next analysis: just when a bot is restarted.
 */
final class PlannerStatistics {
  /** Smaller tables are read whole whatever the plan; 128 KiB. */
  static final int LEAST_PAGES = 16;

  /** A table this many times the size it had when last analyzed has statistics out of date. */
  static final int GROWTH = 4;

  private static final String OUT_OF_DATE =
      """
      SELECT format('%I.%I', n.nspname, c.relname)
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r'
        AND pg_relation_size(c.oid) >= :least * current_setting('block_size')::bigint
        AND (NOT EXISTS (
               SELECT 1 FROM pg_stats s
               WHERE s.schemaname = n.nspname AND s.tablename = c.relname)
             OR pg_relation_size(c.oid)
                > :growth * GREATEST(c.relpages, 1) * current_setting('block_size')::bigint)
      ORDER BY 1
      """;

  private final Jdbi jdbi;

  PlannerStatistics(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Analyzes the tables whose statistics are missing or out of date and returns their names. A
   * table the store's user may not analyze is skipped (PostgreSQL warns, and leaves it to
   * autovacuum), and so is one locked by another analysis or a vacuum.
   */
  List<String> refresh() {
    return jdbi.withHandle(
        handle -> {
          List<String> tables =
              handle
                  .createQuery(OUT_OF_DATE)
                  .bind("least", LEAST_PAGES)
                  .bind("growth", GROWTH)
                  .mapTo(String.class)
                  .list();
          if (!tables.isEmpty()) {
            // A table another replica or autovacuum is analyzing at that moment is left to it,
            // instead of waiting for its lock.
            handle.execute("ANALYZE (SKIP_LOCKED) " + String.join(", ", tables));
          }
          return tables;
        });
  }
}
