package dev.aiir.commands.pir;

import dev.aiir.commands.model.Incident;

/**
 * A draft ready to render, with the incident it is of and whether the channel's history could be
 * read (when it could not, the draft holds the recorded timeline only, and says so).
 */
public record PreparedDraft(Incident incident, PirDraft draft, boolean historyRead) {}
