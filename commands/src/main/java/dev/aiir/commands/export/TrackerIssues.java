package dev.aiir.commands.export;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.DocBlock;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.TrackerIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An action item as an issue: titled with the incident's id and the item's first line, its body the
 * whole item, its priority, owner and incident, a link back to the incident's channel, and the
 * marker that finds it again. All text is the item's as written; each tracker escapes it.
 */
final class TrackerIssues {
  static final int TITLE_LIMIT = 200;

  private TrackerIssues() {}

  static TrackerIssue of(Incident incident, ActionItem item, Optional<String> channelLink) {
    List<DocBlock> body = new ArrayList<>();
    for (String line : item.text().split("\\R")) {
      if (!line.isBlank()) {
        body.add(DocBlock.paragraph(line.strip()));
      }
    }
    body.add(DocBlock.bullet("Priority: " + item.priority()));
    if (item.owner() != null) {
      body.add(DocBlock.bullet("Owner in chat: " + item.owner().handle()));
    }
    body.add(
        DocBlock.bullet(
            "Incident: "
                + incident.id()
                + " - "
                + incident.title()
                + " ("
                + incident.severity().label()
                + ", "
                + incident.state().label()
                + ")"));
    body.add(DocBlock.bullet("Action item " + item.number() + " of the incident's review"));
    channelLink.ifPresent(url -> body.add(DocBlock.link("The incident's channel", url)));
    body.add(
        DocBlock.paragraph(
            "Exported by aiir. Closing this issue marks the action item done on the incident."));
    return new TrackerIssue(
        incident.id(),
        item.number(),
        item.priority(),
        title(incident, item),
        body,
        List.of(incident.id().value()),
        Optional.ofNullable(item.owner()),
        marker(incident.tenant(), incident, item.number()),
        item.isDone());
  }

  static String title(Incident incident, ActionItem item) {
    String first = item.text().strip().split("\\R", 2)[0].strip();
    String title = incident.id() + ": " + first;
    return title.length() <= TITLE_LIMIT ? title : title.substring(0, TITLE_LIMIT - 3) + "...";
  }

  /** {@code aiir:slack:T1/AI-IR-2026-042/1}: unique to one action item of one workspace. */
  static String marker(Tenant tenant, Incident incident, int item) {
    return "aiir:" + tenant + "/" + incident.id() + "/" + item;
  }
}
