package dev.aiir.commands.export;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.ExportJob;
import dev.aiir.commands.model.ExportRoute;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.TrackedIssue;
import dev.aiir.commands.port.TenantStore;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The exports the bot queues by itself, in the caller's transaction so that they happen exactly
 * when it commits: at resolution, every action item to the workspace's tracker and the PIR to its
 * wiki (when its route says so); after that, an item added or ticked off follows to its tracker,
 * and so does an item ticked off that was exported by hand.
 */
public final class AutomaticExports {
  static final UserRef BOT = new UserRef("aiir", "aiir");

  private AutomaticExports() {}

  public static void atResolution(Core core, TenantStore tx, Incident resolved) {
    ExportRoute route = core.settings().exports().forTenant(tx.tenant());
    if (!route.atResolve()) {
      return;
    }
    route
        .actions()
        .ifPresent(
            target ->
                tx.actions()
                    .of(resolved.id())
                    .forEach(item -> enqueue(core, tx, resolved, target, item.number())));
    route.pir().ifPresent(target -> enqueue(core, tx, resolved, target, ExportJob.PIR));
  }

  /** An action item was added or ticked off. */
  public static void itemChanged(Core core, TenantStore tx, Incident incident, ActionItem item) {
    Set<ExportTarget> targets = EnumSet.noneOf(ExportTarget.class);
    tx.exports().issues(incident.id()).stream()
        .filter(issue -> issue.item() == item.number())
        .map(TrackedIssue::target)
        .forEach(targets::add);
    ExportRoute route = core.settings().exports().forTenant(tx.tenant());
    if (incident.resolvedAt() != null && route.atResolve()) {
      route.actions().ifPresent(targets::add);
    }
    targets.forEach(target -> enqueue(core, tx, incident, target, item.number()));
  }

  private static void enqueue(
      Core core, TenantStore tx, Incident incident, ExportTarget target, int item) {
    if (!core.exports().clients().targets().contains(target)) {
      return;
    }
    Instant now = core.exports().realClock().instant();
    tx.exports().enqueue(incident.id(), target, item, true, BOT, now, now);
  }
}
