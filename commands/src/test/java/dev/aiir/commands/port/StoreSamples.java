package dev.aiir.commands.port;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.Priority;
import dev.aiir.commands.model.RecoveryProgress;
import dev.aiir.commands.model.RecoveryStep;
import dev.aiir.commands.model.Role;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimelineEntry;
import java.time.Instant;
import java.util.Map;

/**
 * Values for store tests. Times carry milliseconds but no finer, since stores keep epoch
 * milliseconds.
 */
public final class StoreSamples {
  public static final Instant DECLARED = Instant.parse("2026-03-14T14:31:07.250Z");
  public static final UserRef ALICE = new UserRef("U0ALICE", "alice");
  public static final UserRef BOB = new UserRef("U0BOB", "Bob Ødegård");
  public static final UserRef CAROL = new UserRef("U0CAROL", "carol");
  public static final String HOSTILE = "<!channel> @everyone '; DROP TABLE x; --";
  public static final String UNICODE = "Modèle «assistant» 🔥 模型 \"v3\"\n\tsecond line \\ 100%";

  private StoreSamples() {}

  /** A fresh incident as {@code declare} records it, bound to {@code channelId}. */
  public static Incident declared(
      Tenant tenant, IncidentId id, String channelId, Instant declaredAt) {
    return Incident.declared(
        tenant,
        id,
        "Degraded answers from the assistant",
        Severity.SEV2,
        channelId,
        "assistant@v3.2",
        ALICE,
        declaredAt,
        declaredAt.minusSeconds(480));
  }

  /** An incident with every field set, including text no store may change. */
  public static Incident fullyRecorded(Tenant tenant, IncidentId id) {
    return declared(tenant, id, "C0INCIDENT", DECLARED).toBuilder()
        .title(UNICODE + " " + HOSTILE)
        .severity(Severity.SEV1)
        .state(IncidentState.RESOLVED)
        .model("assistant@v3.2-rc.1")
        .roles(Map.of(Role.COMMANDER, ALICE, Role.COMMS, BOB, Role.SCRIBE, CAROL))
        .resolvedAt(DECLARED.plusSeconds(6 * 3600).plusMillis(1))
        .pirDueAt(DECLARED.plusSeconds(78 * 3600).plusMillis(999))
        .rootCause(HOSTILE)
        .impact("~12,000 users received degraded responses; " + UNICODE)
        .resolutionSummary("Rolled back to v3.1 -- '; SELECT 1; --")
        .pirLink("https://wiki.example.com/pir?id=42&x=<y>")
        .build();
  }

  /** A note a person logs now about something that happened at {@code at}. */
  public static TimelineEntry note(Instant at, String text) {
    return TimelineEntry.byCommand(at, DECLARED.plusMillis(125), ALICE, EntryKind.NOTE, text);
  }

  /** A message pinned with a reaction; {@code messageId} is its platform id. */
  public static TimelineEntry pinned(Instant at, String messageId) {
    return new TimelineEntry(
        0,
        at,
        DECLARED.plusSeconds(60),
        BOB,
        EntrySource.REACTION,
        EntryKind.PIN,
        "Rollback to v3.1 deployed",
        messageId);
  }

  /** A new, open action item, not yet numbered. */
  public static ActionItem action(Priority priority, String text, UserRef owner) {
    return new ActionItem(0, priority, text, owner, ALICE, DECLARED.plusSeconds(7200), null, null);
  }

  /** The item as a store numbers it. */
  public static ActionItem numbered(ActionItem item, int number) {
    return new ActionItem(
        number,
        item.priority(),
        item.text(),
        item.owner(),
        item.addedBy(),
        item.addedAt(),
        item.doneBy(),
        item.doneAt());
  }

  public static RecoveryProgress done(RecoveryStep step, String note) {
    return new RecoveryProgress(step, CAROL, DECLARED.plusSeconds(3600), note);
  }
}
