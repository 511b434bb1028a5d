package dev.aiir.commands.pir;

import dev.aiir.commands.action.ActionItem;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.incident.Incident;
import dev.aiir.commands.incident.Role;
import dev.aiir.commands.timeline.EntryKind;
import dev.aiir.commands.timeline.TimeFormats;
import dev.aiir.commands.timeline.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a draft as the seed's Markdown template, then Recovery, Traffic Restoration, Participants
 * and the deadline. What the bot cannot know is a visible {@code TODO:}.
 */
public final class PirRenderer {
  private PirRenderer() {}

  public static String markdown(PirDraft draft) {
    Incident incident = draft.incident();
    StringBuilder out = new StringBuilder();
    out.append("# Post-Incident Review: ").append(inline(incident.title())).append('\n');
    out.append("## Incident Summary\n");
    out.append("- Incident ID: ").append(incident.id()).append('\n');
    out.append("- Severity: ").append(incident.severity().label()).append('\n');
    out.append("- Duration: ").append(duration(incident, draft.now())).append('\n');
    out.append("- Impact: ")
        .append(orTodo(incident.impact(), "state who was affected, how many and how badly"))
        .append("\n\n");
    out.append("## Timeline\n").append(timeline(draft.timeline())).append('\n');
    out.append("## Root Cause\n")
        .append(orTodo(incident.rootCause(), "what caused it (`/incident rootcause <text>`)"))
        .append("\n\n");
    out.append("## Action Items\n").append(actions(draft.actions())).append('\n');
    out.append("## Recovery\n").append(String.join("\n", draft.recovery().lines())).append("\n\n");
    out.append("## Traffic Restoration\n")
        .append("- TODO: no staged restoration was recorded for this incident.\n\n");
    out.append("## Participants\n").append(participants(draft.participants())).append('\n');
    out.append("## PIR Deadline\n").append(deadline(incident));
    return out.toString();
  }

  private static String duration(Incident incident, Instant now) {
    Duration duration = incident.duration(now);
    if (incident.resolvedAt() == null) {
      return TimeFormats.words(duration) + " so far (TODO: not resolved yet)";
    }
    return TimeFormats.words(duration) + " (detection to resolution)";
  }

  private static String timeline(List<TimelineEntry> entries) {
    if (entries.isEmpty()) {
      return "- TODO: nothing was recorded on the timeline.\n";
    }
    boolean spansDays = spansDays(entries);
    return entries.stream()
        .map(e -> "- " + time(e.at(), spansDays) + " - " + entryText(e) + "\n")
        .collect(Collectors.joining());
  }

  private static boolean spansDays(List<TimelineEntry> entries) {
    return entries.stream().map(e -> LocalDate.ofInstant(e.at(), ZoneOffset.UTC)).distinct().count()
        > 1;
  }

  private static String time(Instant at, boolean withDate) {
    return withDate ? TimeFormats.dateTime(at) : TimeFormats.clock(at);
  }

  private static String entryText(TimelineEntry entry) {
    String text = inline(entry.text());
    return entry.kind() == EntryKind.NOTE || entry.kind() == EntryKind.PIN
        ? text + " (" + entry.author().handle() + ")"
        : text;
  }

  private static String actions(List<ActionItem> items) {
    if (items.isEmpty()) {
      return "1. TODO: add action items (`/incident action add <P0|P1|P2> <text>`)\n";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      ActionItem item = items.get(i);
      out.append(i + 1).append(". [").append(item.priority()).append("] ");
      out.append(inline(item.text()));
      if (item.owner() != null) {
        out.append(" (owner ").append(item.owner().handle()).append(')');
      }
      out.append(item.isDone() ? " - done\n" : "\n");
    }
    return out.toString();
  }

  private static String participants(Map<UserRef, List<Role>> people) {
    return people.entrySet().stream()
        .map(e -> "- " + e.getKey().handle() + roles(e.getValue()) + "\n")
        .collect(Collectors.joining());
  }

  private static String roles(List<Role> roles) {
    return roles.isEmpty()
        ? ""
        : " (" + roles.stream().map(Role::label).collect(Collectors.joining(", ")) + ")";
  }

  private static String deadline(Incident incident) {
    if (incident.pirDueAt() == null) {
      return "- TODO: set when the incident is resolved (72 hours after resolution).\n";
    }
    String done = incident.pirLink() == null ? "" : " - completed: " + incident.pirLink();
    long hours = java.time.Duration.between(incident.resolvedAt(), incident.pirDueAt()).toHours();
    return "- Due "
        + TimeFormats.dateTime(incident.pirDueAt())
        + " ("
        + hours
        + " hours after resolution)"
        + done
        + "\n";
  }

  private static String orTodo(String value, String prompt) {
    return value == null || value.isBlank() ? "TODO: " + prompt : inline(value);
  }

  /** One line of Markdown: user text cannot start a heading or list of its own. */
  static String inline(String text) {
    return text.replaceAll("[\\r\\n]+", " ").strip();
  }
}
