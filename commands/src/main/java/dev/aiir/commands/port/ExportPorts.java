package dev.aiir.commands.port;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.model.ExportJob;
import dev.aiir.commands.model.ExportTarget;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What exports need beyond the store: the trackers' and wikis' clients, the export outbox across
 * tenants, and real time (the outbox's times are real, never a drill's, since vendors rate-limit in
 * real time).
 */
public record ExportPorts(ExportClients clients, ExportQueue queue, Clock realClock) {
  public ExportPorts {
    Objects.requireNonNull(clients, "clients");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(realClock, "realClock");
  }

  /** No targets: every export is refused as not configured. */
  public static ExportPorts none() {
    return new ExportPorts(new ExportClients(), NO_QUEUE, Clock.systemUTC());
  }

  private static final ExportQueue NO_QUEUE =
      new ExportQueue() {
        @Override
        public List<ExportJob> claimDue(
            Instant now, Instant staleBefore, Set<Platform> platforms, int limit) {
          return List.of();
        }

        @Override
        public Optional<ExportJob> claim(long id, Instant now) {
          return Optional.empty();
        }

        @Override
        public void done(long id, Instant at, String outcome) {}

        @Override
        public void retryLater(long id, Instant at, String problem) {}

        @Override
        public void abandon(long id, Instant at, String problem) {}

        @Override
        public Optional<IssueOwner> ownerOf(ExportTarget target, String key) {
          return Optional.empty();
        }
      };
}
