package dev.aiir.commands.insight;

import dev.aiir.commands.port.IncidentFacts;
import dev.aiir.commands.port.IncidentFile;
import java.util.Objects;

/**
 * One incident as the page shows it: its record, its figures and the PIR draft made from the record
 * alone (no channel history is read for a page view).
 *
 * @param pirDraft the draft in Markdown, as {@code pir export md} writes it from the record
 */
public record IncidentView(IncidentFile file, IncidentFacts facts, String pirDraft) {
  public IncidentView {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(pirDraft, "pirDraft");
  }
}
