package dev.aiir.commands.export;

import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.TrackedIssue;
import dev.aiir.commands.port.ExportFailure;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/** The words of exports: replies, timeline entries and notices. */
public final class ExportMessages {
  private ExportMessages() {}

  static String notConfigured(ExportTarget target, Set<ExportTarget> configured, boolean tracker) {
    return target.label()
        + " ("
        + target.key()
        + ") is not set up in this bot's configuration; "
        + available(configured, tracker);
  }

  static String notAKind(ExportTarget target, boolean tracker) {
    return tracker
        ? target.key()
            + " is a wiki: action items go to an issue tracker ("
            + ExportTarget.keys(true)
            + "); the PIR goes to a wiki with `/incident pir publish --to "
            + target.key()
            + "`."
        : target.key()
            + " is an issue tracker: the PIR goes to a wiki ("
            + ExportTarget.keys(false)
            + "); action items go to a tracker with `/incident action export --to "
            + target.key()
            + "`.";
  }

  static String whichOne(Set<ExportTarget> configured, boolean tracker) {
    return "Say where with `--to`: " + available(configured, tracker);
  }

  private static String available(Set<ExportTarget> configured, boolean tracker) {
    String set =
        configured.stream()
            .filter(t -> t.isTracker() == tracker)
            .map(ExportTarget::key)
            .sorted()
            .collect(Collectors.joining(", "));
    return set.isEmpty()
        ? "no "
            + (tracker ? "issue tracker" : "wiki")
            + " is set up (the configuration file's `exports` section; see the README)."
        : (tracker ? "trackers" : "wikis") + " set up: " + set + ".";
  }

  static String noActionItems(IncidentId id) {
    return id
        + " has no action items to export yet: `/incident action add <P0|P1|P2> <text>` first.";
  }

  static String exportedEntry(ActionItem item, ExportTarget target, String key, String url) {
    return "Action item "
        + item.number()
        + " exported to "
        + target.label()
        + " as "
        + key
        + (url == null ? "" : ": " + url);
  }

  static String publishedEntry(ExportTarget target, String url, boolean again) {
    return "PIR " + (again ? "republished" : "published") + " to " + target.label() + ": " + url;
  }

  static String itemLine(ActionItem item, Exported exported) {
    String where =
        exported.change() == Exported.Change.GONE
            ? "no longer exists"
            : exported.key()
                + " ("
                + exported.change().words()
                + ")"
                + (exported.url() == null ? "" : " " + exported.url());
    return item.number() + ". [" + item.priority() + "] " + item.text() + " -> " + where;
  }

  static String busy(int item) {
    return item + ". is being exported by aiir right now; the timeline shows it when it is done.";
  }

  static String refused(ExportTarget target, ExportFailure failure, String again) {
    return target.label()
        + " refused the export: "
        + failure.getMessage()
        + " Nothing more was exported; once that is fixed, run `"
        + again
        + "` again.";
  }

  static String rejected(
      ExportTarget target, dev.aiir.commands.model.ExportJob job, ExportFailure failure) {
    return (job.isPir() ? "The PIR" : "Action item " + job.item())
        + " was refused by "
        + target.label()
        + ": "
        + failure.getMessage();
  }

  static String willRetry(ExportTarget target, ExportFailure failure, Duration wait) {
    return target.label()
        + " could not take the export now: "
        + failure.getMessage()
        + " aiir keeps trying in the background (next try in "
        + words(wait)
        + "); the timeline shows each export when it is done.";
  }

  static String automaticFailed(
      IncidentId id, ExportTarget target, String what, ExportFailure failure, Duration wait) {
    return id
        + ": exporting "
        + what
        + " to "
        + target.label()
        + " failed: "
        + failure.getMessage()
        + " aiir tries again in "
        + words(wait)
        + (failure.kind().isTransient()
            ? ", and keeps trying until it is exported."
            : ", and keeps trying (more slowly) until someone fixes it.");
  }

  static String closedEntry(ActionItem item, TrackedIssue issue, String by) {
    return "Action item "
        + item.number()
        + " closed in "
        + issue.target().label()
        + " ("
        + issue.key()
        + (by == null ? "" : ", by " + by)
        + "): ["
        + item.priority()
        + "] "
        + item.text();
  }

  static String reopenedEntry(ActionItem item, TrackedIssue issue, String by) {
    return "Action item "
        + item.number()
        + " reopened in "
        + issue.target().label()
        + " ("
        + issue.key()
        + (by == null ? "" : ", by " + by)
        + ")";
  }

  static String words(Duration wait) {
    long seconds = Math.max(1, wait.toSeconds());
    if (seconds < 120) {
      return seconds + " s";
    }
    long minutes = seconds / 60;
    return minutes < 120 ? minutes + " min" : (minutes / 60) + " h";
  }
}
