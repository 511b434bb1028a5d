package org.jdbi.v3.core.statement.internal;

import org.jdbi.v3.core.statement.JdbiStatementEvent;

/**
 * Takes the place of Jdbi's own class of this name (the bot's jar leaves Jdbi's out): Jdbi's
 * registers its statement event with the Flight Recorder when its first statement runs, which sets
 * up JFR's event metadata in every process, recording or not: 120 ms of CPU on the thread that runs
 * it and 250 ms in all on this machine, during a bot's start, for events nobody records. This one
 * registers it when a recording has begun (the JVM started with one, or {@code jcmd JFR.start}
 * since), so that a recording still gets Jdbi's statements from then on, and until then every
 * statement gets the event that records nothing.
 */
public final class JfrSupport {
  private static final boolean JFR_PRESENT = ModuleLayer.boot().findModule("jdk.jfr").isPresent();

  private JfrSupport() {
    throw new AssertionError("JfrSupport can not be instantiated");
  }

  /** Whether this runtime has the Flight Recorder's module at all. */
  public static boolean isJfrAvailable() {
    return JFR_PRESENT;
  }

  /** Whether a recording has begun in this process, so that an event may be recorded. */
  public static boolean isFlightRecorderAvailable() {
    return JFR_PRESENT && Recorder.initialized();
  }

  /** The event a statement fills in: Jdbi's, once a recording has begun; else one that is idle. */
  public static OptionalEvent newStatementEvent() {
    return isFlightRecorderAvailable() ? Recorder.newEvent() : new NoStatementEvent();
  }

  /** Touches JFR's classes only where its module is present. */
  private static final class Recorder {
    private static volatile boolean registered;

    private Recorder() {}

    static boolean initialized() {
      return jdk.jfr.FlightRecorder.isInitialized();
    }

    static OptionalEvent newEvent() {
      if (!registered) {
        register();
      }
      return new JdbiStatementEvent();
    }

    private static synchronized void register() {
      if (!registered) {
        jdk.jfr.FlightRecorder.register(JdbiStatementEvent.class);
        registered = true;
      }
    }
  }
}
