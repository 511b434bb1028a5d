package dev.aiir.commands.pir;

import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.AlertLines;
import dev.aiir.commands.model.Role;
import dev.aiir.commands.model.TimeFormats;
import dev.aiir.commands.model.TrackedIssue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a draft as the seed's Markdown template, then Recovery, Traffic Restoration, Participants
 * and the deadline. What the bot cannot know is a visible {@code TODO:}.
 */
public final class PirRenderer {
  private PirRenderer() {}

  public static String markdown(PirDraft draft) {
    StringBuilder out = new StringBuilder();
    out.append("# Post-Incident Review: ").append(inline(draft.title())).append('\n');
    out.append("## Incident Summary\n");
    out.append("- Incident ID: ")
        .append(draft.incidentId() == null ? "TODO: give the incident's id" : draft.incidentId())
        .append('\n');
    out.append("- Severity: ")
        .append(
            draft.severity() == null
                ? "TODO: no severity was stated (`/incident sev <1-4>`)"
                : draft.severity().label())
        .append('\n');
    out.append("- Duration: ").append(duration(draft)).append('\n');
    if (draft.detectedAt() != null) {
      out.append("- Detected: ").append(TimeFormats.dateTime(draft.detectedAt())).append('\n');
    }
    out.append("- Impact: ").append(impact(draft)).append('\n');
    if (draft.model() != null) {
      out.append("- Model: ").append(inline(draft.model())).append('\n');
    }
    draft
        .alerts()
        .forEach(a -> out.append("- Alert: ").append(inline(AlertLines.summary(a))).append('\n'));
    out.append('\n');
    out.append(PirAlerts.section(draft.alerts()));
    out.append("## Timeline\n").append(timeline(draft.timeline())).append('\n');
    out.append("## Root Cause\n").append(rootCause(draft)).append("\n\n");
    out.append("## Action Items\n").append(actions(draft.actions(), draft.tracked())).append('\n');
    out.append("## Recovery\n").append(String.join("\n", draft.recovery().lines())).append("\n\n");
    out.append("## Traffic Restoration\n").append(restoration(draft.restoration())).append('\n');
    out.append("## Participants\n").append(participants(draft.participants())).append('\n');
    out.append("## PIR Deadline\n").append(deadline(draft));
    return out.toString();
  }

  private static String duration(PirDraft draft) {
    if (draft.duration().isEmpty()) {
      return "TODO: no alert was found; give the detection time (`/incident declare --detected`)";
    }
    String words = TimeFormats.words(draft.duration().get());
    if (draft.resolvedAt() == null) {
      return words + " so far (TODO: not resolved yet)";
    }
    return words + " (detection to resolution)";
  }

  private static String timeline(List<DraftLine> lines) {
    if (lines.isEmpty()) {
      return "- TODO: nothing was recorded on the timeline.\n";
    }
    boolean spansDays =
        lines.stream().map(l -> LocalDate.ofInstant(l.at(), ZoneOffset.UTC)).distinct().count() > 1;
    return lines.stream()
        .map(l -> "- " + time(l.at(), spansDays) + " - " + l.text() + attribution(l) + "\n")
        .collect(Collectors.joining());
  }

  /** Who said it and where to find it, so a reviewer can check every line taken from history. */
  private static String attribution(DraftLine line) {
    return line.by() == null ? "" : " (" + line.by() + ", " + line.ref() + ")";
  }

  private static String impact(PirDraft draft) {
    if (draft.impact() != null && !draft.impact().isBlank()) {
      return inline(draft.impact());
    }
    StatedFact stated = draft.statedImpact();
    if (stated != null) {
      return inline(stated.text()) + " " + statedBy(stated, "confirm the numbers");
    }
    return "TODO: state who was affected, how many and how badly (`/incident impact <text>`)";
  }

  private static String statedBy(StatedFact stated, String todo) {
    return "(As stated by "
        + stated.author().handle()
        + " at "
        + TimeFormats.clock(stated.at())
        + ", "
        + stated.source()
        + "; TODO: "
        + todo
        + ".)";
  }

  private static String time(Instant at, boolean withDate) {
    return withDate ? TimeFormats.dateTime(at) : TimeFormats.clock(at);
  }

  private static String rootCause(PirDraft draft) {
    if (draft.rootCause() != null && !draft.rootCause().isBlank()) {
      return inline(draft.rootCause());
    }
    StatedFact stated = draft.statedRootCause();
    if (stated != null) {
      return inline(stated.text()) + "\n" + statedBy(stated, "confirm");
    }
    return "TODO: what caused it (`/incident rootcause <text>`)";
  }

  private static String restoration(List<String> lines) {
    if (lines.isEmpty()) {
      return "- TODO: no staged restoration was recorded for this incident.\n";
    }
    return String.join("\n", lines) + "\n";
  }

  private static String actions(List<ActionItem> items, List<TrackedIssue> tracked) {
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
      out.append(item.isDone() ? " - done" : "");
      tracked.stream()
          .filter(issue -> issue.item() == item.number())
          .forEach(issue -> out.append(" - ").append(trackedIn(issue)));
      out.append('\n');
    }
    return out.toString();
  }

  /** {@code Jira OPS-12, closed by lee (https://...)}. */
  private static String trackedIn(TrackedIssue issue) {
    String state =
        issue.closed()
            ? ", closed" + (issue.changedBy() == null ? "" : " by " + issue.changedBy())
            : "";
    String link = issue.url() == null ? "" : " (" + issue.url() + ")";
    return issue.target().label() + " " + issue.key() + state + link;
  }

  private static String participants(List<Participant> people) {
    if (people.isEmpty()) {
      return "- TODO: name the responders\n";
    }
    return people.stream()
        .map(p -> "- " + p.user().handle() + roles(p.roles()) + "\n")
        .collect(Collectors.joining());
  }

  private static String roles(List<Role> roles) {
    return roles.isEmpty()
        ? ""
        : " (" + roles.stream().map(Role::label).collect(Collectors.joining(", ")) + ")";
  }

  private static String deadline(PirDraft draft) {
    if (draft.pirDueAt() == null) {
      return "- TODO: set when the incident is resolved (72 hours after resolution).\n";
    }
    String done = draft.pirLink() == null ? "" : " - completed: " + draft.pirLink();
    String window =
        draft.resolvedAt() == null
            ? ""
            : " ("
                + Duration.between(draft.resolvedAt(), draft.pirDueAt()).toHours()
                + " hours"
                + " after resolution)";
    return "- Due " + TimeFormats.dateTime(draft.pirDueAt()) + window + done + "\n";
  }

  private static String orTodo(String value, String prompt) {
    return value == null || value.isBlank() ? "TODO: " + prompt : inline(value);
  }

  /** One line of Markdown: user text cannot start a heading or list of its own. */
  static String inline(String text) {
    return text.replaceAll("[\\r\\n]+", " ").strip();
  }
}
