package dev.aiir.commands.pir;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/** {@code pir done <link>}: the review is written; the link says where. */
public record CompletePir(Optional<IncidentId> target, String link) implements TargetedCommand {}
