package dev.aiir.commands.model;

import dev.aiir.commands.chat.UserRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An action item as a tracker issue, in no vendor's format: its title, its body, its labels (the
 * incident's id; each tracker adds the priority's label and its configured ones), the owner, and
 * the marker that finds it again.
 *
 * @param marker a text unique to the action item ({@code aiir:slack:T1/AI-IR-2026-042/1}), kept in
 *     the issue's body so that an issue created by a request whose answer was lost is found, not
 *     created twice
 * @param owner the action item's owner in chat; each tracker assigns the issue to the user its
 *     configuration maps them to, if any
 * @param closed whether the action item is done, so that the issue is closed too
 */
public record TrackerIssue(
    IncidentId incident,
    int item,
    Priority priority,
    String title,
    List<DocBlock> body,
    List<String> labels,
    Optional<UserRef> owner,
    String marker,
    boolean closed) {
  public TrackerIssue {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(title, "title");
    body = List.copyOf(body);
    labels = List.copyOf(labels);
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(marker, "marker");
  }
}
