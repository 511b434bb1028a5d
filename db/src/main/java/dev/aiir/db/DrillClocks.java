package dev.aiir.db;

import dev.aiir.commands.runtime.ScaledClock;
import dev.aiir.commands.runtime.ScaledClock.Anchor;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@code drill_clock} row: where a drill's fast clock is anchored, kept across restarts. */
final class DrillClocks {
  private static final Logger LOG = LoggerFactory.getLogger(DrillClocks.class);
  private static final String LOAD =
      "SELECT real_at, scaled_at, scale FROM drill_clock WHERE id = 1";
  private static final String SAVE =
      """
      INSERT INTO drill_clock (id, real_at, scaled_at, scale) VALUES (1, :real_at, :scaled_at, :scale)
      ON CONFLICT (id) DO UPDATE SET
        real_at = excluded.real_at, scaled_at = excluded.scaled_at, scale = excluded.scale
      """;

  private final Jdbi jdbi;

  DrillClocks(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  ScaledClock open(Clock real, long scale) {
    return jdbi.inTransaction(handle -> open(handle, real, scale));
  }

  private static ScaledClock open(Handle handle, Clock real, long scale) {
    Optional<Anchor> stored =
        handle
            .createQuery(LOAD)
            .map(
                (row, context) ->
                    new Anchor(
                        Instant.ofEpochMilli(row.getLong("real_at")),
                        Instant.ofEpochMilli(row.getLong("scaled_at")),
                        row.getLong("scale")))
            .findOne();
    if (stored.isEmpty() && scale == 1) {
      return ScaledClock.unscaled(real);
    }
    ScaledClock clock = ScaledClock.continuing(stored, real, scale);
    if (!stored.equals(Optional.of(clock.anchor()))) {
      handle
          .createUpdate(SAVE)
          .bind("real_at", clock.anchor().real().toEpochMilli())
          .bind("scaled_at", clock.anchor().scaled().toEpochMilli())
          .bind("scale", scale)
          .execute();
    }
    if (scale == 1) {
      LOG.warn(
          "this database ran a drill: its clock goes on from the drill's time, {}",
          clock.instant());
    }
    return clock;
  }
}
