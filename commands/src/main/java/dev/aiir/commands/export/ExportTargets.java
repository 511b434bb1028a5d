package dev.aiir.commands.export;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.ExportRoute;
import dev.aiir.commands.model.ExportTarget;
import java.util.Optional;
import java.util.Set;

/**
 * Which tracker or wiki a request goes to: the one named with {@code --to}, else the workspace's
 * route, else the only one set up; or why none can be.
 */
final class ExportTargets {
  private ExportTargets() {}

  /** The target, or else the refusal's words. */
  record Choice(Optional<ExportTarget> target, String refusal) {}

  static Choice choose(Core core, Tenant tenant, Optional<ExportTarget> asked, boolean tracker) {
    Set<ExportTarget> configured = core.exports().clients().targets();
    if (asked.isPresent()) {
      ExportTarget target = asked.get();
      if (target.isTracker() != tracker) {
        return new Choice(Optional.empty(), ExportMessages.notAKind(target, tracker));
      }
      if (!configured.contains(target)) {
        return new Choice(
            Optional.empty(), ExportMessages.notConfigured(target, configured, tracker));
      }
      return new Choice(asked, null);
    }
    ExportRoute route = core.settings().exports().forTenant(tenant);
    Optional<ExportTarget> routed = tracker ? route.actions() : route.pir();
    if (routed.filter(configured::contains).isPresent()) {
      return new Choice(routed, null);
    }
    Set<ExportTarget> kind =
        configured.stream()
            .filter(t -> t.isTracker() == tracker)
            .collect(java.util.stream.Collectors.toSet());
    if (kind.size() == 1) {
      return new Choice(Optional.of(kind.iterator().next()), null);
    }
    return new Choice(Optional.empty(), ExportMessages.whichOne(configured, tracker));
  }
}
