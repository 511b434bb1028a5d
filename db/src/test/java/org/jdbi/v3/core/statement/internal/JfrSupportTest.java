package org.jdbi.v3.core.statement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.JdbiStatementEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's stand-in for Jdbi's class: idle until a recording begins, Jdbi's events after. */
class JfrSupportTest {
  @Test
  void withoutARecordingAStatementGetsTheIdleEventAndTheRecorderIsNotSetUp() {
    if (FlightRecorder.isInitialized()) {
      return; // Another test in this JVM began a recording; the next test covers that case.
    }
    Jdbi.create("jdbc:sqlite::memory:")
        .withHandle(h -> h.select("SELECT 1").mapTo(Integer.class).one());

    assertThat(JfrSupport.newStatementEvent()).isNotInstanceOf(JdbiStatementEvent.class);
    assertThat(FlightRecorder.isInitialized()).isFalse();
  }

  @Test
  void onceARecordingHasBegunJdbisStatementsAreRecorded(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("statements.jfr");
    try (Recording recording = new Recording()) {
      recording.enable(JdbiStatementEvent.NAME);
      recording.start();
      Jdbi.create("jdbc:sqlite::memory:")
          .withHandle(h -> h.select("SELECT 42 AS answer").mapTo(Integer.class).one());
      recording.stop();
      recording.dump(file);
    }

    List<RecordedEvent> events = RecordingFile.readAllEvents(file);
    assertThat(events)
        .filteredOn(e -> e.getEventType().getName().equals(JdbiStatementEvent.NAME))
        .extracting(e -> e.getString("sql"))
        .contains("SELECT 42 AS answer");
  }
}
