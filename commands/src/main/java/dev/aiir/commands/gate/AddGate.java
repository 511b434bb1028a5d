package dev.aiir.commands.gate;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/**
 * {@code gate add <phase> <query> <comparison> <threshold> [--for D] [--every D] [--failures N]}:
 * adds a metric criterion to one phase of this incident's rollout.
 *
 * @param phase the phase as typed (any case)
 */
public record AddGate(Optional<IncidentId> target, String phase, Criterion criterion)
    implements TargetedCommand {}
