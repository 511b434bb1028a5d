package dev.aiir.commands.model;

import java.util.List;
import java.util.Objects;

/**
 * A PIR as a wiki page, in no vendor's format: its title, its blocks and its marker.
 *
 * @param title the page's title, the same for every publication of the incident's review
 * @param marker a text unique to the incident in its workspace ({@code
 *     aiir:slack:T1/AI-IR-2026-042/pir}), kept on the page: a page found by its title or path is
 *     taken for this review's only when it carries the marker, so a page created by a request whose
 *     answer was lost is found, and another's is never overwritten
 */
public record WikiPage(IncidentId incident, String title, List<DocBlock> blocks, String marker) {
  public WikiPage {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(title, "title");
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(marker, "marker");
  }
}
