package dev.aiir.commands.alert;

import dev.aiir.commands.handling.IncidentCommand;

/** The Declare button under an offered alert: declare an incident from alert {@code alertId}. */
public record DeclareAlert(long alertId) implements IncidentCommand {}
