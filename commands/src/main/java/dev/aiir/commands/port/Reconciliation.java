package dev.aiir.commands.port;

/**
 * What one reconciliation of the timers found and did.
 *
 * @param expected the timers the store says should exist
 * @param held the timers the scheduler held when it was read (before any change)
 * @param added expected timers the scheduler lacked, now scheduled (moved ones included)
 * @param moved of those, timers the scheduler held at another time, moved to the expected one
 * @param unexpected timers held that the store does not expect, left to fire into silence (a timer
 *     that fires checks the record first)
 */
public record Reconciliation(int expected, int held, int added, int moved, int unexpected) {

  /** How many the scheduler holds afterwards, as far as this reconciliation changed it. */
  public int heldAfter() {
    return held - moved + added;
  }
}
