package dev.aiir.commands.manager;

import dev.aiir.commands.handling.IncidentCommand;

/** {@code managers list}: who gets managers' reminders in this workspace or guild. */
public record ListManagers() implements IncidentCommand {}
