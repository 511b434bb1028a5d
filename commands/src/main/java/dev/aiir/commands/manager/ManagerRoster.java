package dev.aiir.commands.manager;

import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.port.TenantStore;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's managers as reminders reach them: the configuration file's, then those added from
 * chat.
 */
public final class ManagerRoster {
  private ManagerRoster() {}

  /** Each manager once: the configured ones first (channel, then people), then the added ones. */
  public static List<Recipient> recipients(Core core, TenantStore tx) {
    List<Recipient> all = new ArrayList<>(configured(core, tx));
    for (Recipient added : tx.managers().added()) {
      if (!all.contains(added)) {
        all.add(added);
      }
    }
    return all;
  }

  /** The incident's own recipients ({@link Recipient#of}), then each manager not among them. */
  public static List<Recipient> withManagers(Core core, TenantStore tx, Incident incident) {
    List<Recipient> to = new ArrayList<>(Recipient.of(incident));
    for (Recipient manager : recipients(core, tx)) {
      if (!to.contains(manager)) {
        to.add(manager);
      }
    }
    return to;
  }

  static List<Recipient> configured(Core core, TenantStore tx) {
    return core.settings().managers().forTenant(tx.tenant()).recipients();
  }
}
