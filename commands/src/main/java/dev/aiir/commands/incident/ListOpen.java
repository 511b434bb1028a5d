package dev.aiir.commands.incident;

import dev.aiir.commands.handling.IncidentCommand;

/** {@code list}: open incidents of this workspace or guild. */
public record ListOpen() implements IncidentCommand {}
