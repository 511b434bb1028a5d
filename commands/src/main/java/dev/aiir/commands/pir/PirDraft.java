package dev.aiir.commands.pir;

import dev.aiir.commands.action.ActionItem;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.incident.Incident;
import dev.aiir.commands.incident.Role;
import dev.aiir.commands.recovery.RecoveryChecklist;
import dev.aiir.commands.timeline.EntryKind;
import dev.aiir.commands.timeline.Pins;
import dev.aiir.commands.timeline.TimelineEntry;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a review is drafted from: the incident, the timeline entries worth a reader's time, the
 * action items and the checklist, read at {@code now}.
 */
public record PirDraft(
    Incident incident,
    List<TimelineEntry> timeline,
    List<ActionItem> actions,
    RecoveryChecklist recovery,
    Instant now) {

  /** Bookkeeping entries that the review states elsewhere or that say nothing of the incident. */
  private static final Set<EntryKind> LEFT_OUT =
      EnumSet.of(EntryKind.PIR, EntryKind.IMPACT, EntryKind.ACTION, EntryKind.UNPIN);

  public PirDraft {
    List<TimelineEntry> all = timeline;
    timeline =
        all.stream()
            .filter(e -> !LEFT_OUT.contains(e.kind()))
            .filter(e -> e.kind() != EntryKind.PIN || Pins.stillPinned(e, all))
            .toList();
    actions = List.copyOf(actions);
  }

  /** Everyone who held a role or wrote on the timeline, each with their roles, in order seen. */
  public Map<UserRef, List<Role>> participants() {
    Map<UserRef, List<Role>> people = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      incident.holder(role).ifPresent(user -> add(people, user, role));
    }
    for (TimelineEntry entry : timeline) {
      add(people, entry.author(), null);
    }
    return people;
  }

  private static void add(Map<UserRef, List<Role>> people, UserRef user, Role role) {
    UserRef known =
        people.keySet().stream().filter(u -> u.id().equals(user.id())).findFirst().orElse(user);
    List<Role> roles = people.computeIfAbsent(known, u -> new java.util.ArrayList<>());
    if (role != null) {
      roles.add(role);
    }
  }
}
