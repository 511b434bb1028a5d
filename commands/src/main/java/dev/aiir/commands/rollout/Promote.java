package dev.aiir.commands.rollout;

import dev.aiir.commands.handling.TargetedCommand;
import dev.aiir.commands.model.IncidentId;
import java.util.Optional;

/**
 * {@code rollout promote [--force <reason>]}: its author states that the exit criteria are met.
 *
 * @param force whether to promote before the minimum soak
 * @param remark the reason when forced, or a remark; empty when none was given
 */
public record Promote(Optional<IncidentId> target, boolean force, String remark)
    implements TargetedCommand {}
