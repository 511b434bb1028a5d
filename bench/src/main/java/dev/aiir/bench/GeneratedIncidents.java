package dev.aiir.bench;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.Priority;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.port.TenantStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A year of incidents in two workspaces, the same for a seed: severities, models (twelve, some
 * versions), acknowledgements (nine in ten), rollbacks (six in ten), resolutions (85%), completed
 * reviews, root causes from a short list (so that repeat offenders exist), action items (0 to 3,
 * half done) and notes to make up the timeline's length. Written through the store's own port.
 */
final class GeneratedIncidents {
  private static final int PER_TRANSACTION = 50;
  private static final Tenant[] TENANTS = {
    new Tenant(Platform.SLACK, "TBENCH1"), new Tenant(Platform.DISCORD, "GBENCH2")
  };
  private static final UserRef[] PEOPLE = {
    new UserRef("U1", "maya"),
    new UserRef("U2", "sam"),
    new UserRef("U3", "lee"),
    new UserRef("U4", "ana"),
    new UserRef("U5", "kim")
  };
  private static final String[] CAUSES = {
    "Fine-tuning dataset contained adversarial samples",
    "Stale feature index after a failed backfill",
    "Tokenizer version mismatch between training and serving",
    "Embedding cache served vectors of the previous model",
    "Evaluation set leaked into the training data",
    "Prompt template regression in the release",
    "GPU node pool drained during the rollout",
    "Feature store lag over the weekend"
  };
  private final int incidents;
  private final int entries;
  private final Instant now;
  private int actionItems;

  GeneratedIncidents(int incidents, int entries, Instant now) {
    this.incidents = incidents;
    this.entries = entries;
    this.now = now;
  }

  int actionItems() {
    return actionItems;
  }

  void load(IncidentStore store) {
    Random random = new Random(42);
    Duration spacing = Duration.ofDays(365).dividedBy(Math.max(1, incidents));
    int entriesLeft = entries;
    for (int first = 0; first < incidents; first += PER_TRANSACTION * TENANTS.length) {
      for (int t = 0; t < TENANTS.length; t++) {
        List<Integer> batch = new ArrayList<>();
        for (int i = first + t;
            i < Math.min(incidents, first + PER_TRANSACTION * TENANTS.length);
            i += TENANTS.length) {
          batch.add(i);
        }
        int[] left = {entriesLeft};
        store.inTransaction(
            TENANTS[t],
            tx -> {
              for (int i : batch) {
                int share = left[0] / Math.max(1, incidents - i);
                left[0] -= share;
                Instant detected = now.minus(Duration.ofDays(365)).plus(spacing.multipliedBy(i));
                write(tx, i / TENANTS.length + 1, detected, share, random);
              }
              return null;
            });
        entriesLeft = left[0];
      }
    }
  }

  private void write(TenantStore tx, int number, Instant detected, int count, Random random) {
    IncidentId id = IncidentId.of("AI-IR", 2026, number);
    UserRef commander = PEOPLE[random.nextInt(PEOPLE.length)];
    Severity severity = severity(random);
    String model = "model-" + random.nextInt(12) + "@v" + (1 + random.nextInt(3));
    Incident incident =
        Incident.declared(
            tx.tenant(),
            id,
            "Generated incident " + number,
            severity,
            null,
            model,
            commander,
            detected,
            detected);
    Instant ack = detected.plus(Duration.ofSeconds(30 + random.nextInt(1800)));
    Instant rollback = ack.plus(Duration.ofMinutes(5 + random.nextInt(120)));
    Instant resolved = rollback.plus(Duration.ofMinutes(10 + random.nextInt(600)));
    boolean isResolved = random.nextInt(100) < 85 && resolved.isBefore(now);
    boolean acked = random.nextInt(10) < 9;
    boolean rolledBack = random.nextInt(10) < 6;
    if (isResolved) {
      incident =
          incident
              .resolved(resolved, resolved.plus(Duration.ofHours(72)), "fixed")
              .withRootCause(CAUSES[random.nextInt(CAUSES.length)]);
      if (random.nextInt(10) < 6) {
        incident =
            incident
                .withPirLink("https://wiki.example.com/pir/" + number)
                .withState(IncidentState.CLOSED);
      }
    } else if (rolledBack) {
      incident = incident.withState(IncidentState.MITIGATED);
    }
    tx.incidents().insert(incident);
    List<TimelineEntry> timeline = new ArrayList<>(count);
    timeline.add(entry(detected, commander, EntryKind.DECLARED, "Incident declared"));
    if (acked) {
      timeline.add(
          entry(
              ack,
              PEOPLE[random.nextInt(PEOPLE.length)],
              EntryKind.ACK,
              "On-call engineer confirmed"));
    }
    if (rolledBack) {
      timeline.add(entry(rollback, commander, EntryKind.ROLLBACK, "Model rolled back"));
    }
    if (isResolved) {
      timeline.add(entry(resolved, commander, EntryKind.RESOLVED, "Incident resolved"));
    }
    for (int n = timeline.size(); n < count; n++) {
      Instant at = detected.plus(Duration.ofSeconds(20L * n));
      timeline.add(
          entry(
              at.isAfter(now) ? now : at,
              PEOPLE[n % PEOPLE.length],
              EntryKind.NOTE,
              "note " + n + " on the investigation"));
    }
    tx.timeline().appendAll(id, timeline.subList(0, Math.min(count, timeline.size())));
    int items = random.nextInt(4);
    for (int n = 0; n < items; n++) {
      UserRef owner = random.nextBoolean() ? PEOPLE[random.nextInt(PEOPLE.length)] : null;
      ActionItem item =
          tx.actions()
              .add(
                  id,
                  new ActionItem(
                      0,
                      Priority.values()[random.nextInt(3)],
                      "Follow-up " + n,
                      owner,
                      commander,
                      detected,
                      null,
                      null));
      if (random.nextBoolean()) {
        tx.actions().update(id, item.done(commander, detected.plus(Duration.ofDays(1))));
      }
      actionItems++;
    }
  }

  private TimelineEntry entry(Instant at, UserRef who, EntryKind kind, String text) {
    return TimelineEntry.byCommand(at, at, who, kind, text);
  }

  private static Severity severity(Random random) {
    int roll = random.nextInt(100);
    return roll < 10
        ? Severity.SEV1
        : roll < 35 ? Severity.SEV2 : roll < 80 ? Severity.SEV3 : Severity.SEV4;
  }
}
