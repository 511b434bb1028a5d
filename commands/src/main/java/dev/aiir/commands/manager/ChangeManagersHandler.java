package dev.aiir.commands.manager;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.Handler;
import dev.aiir.commands.manager.ChangeManagers.Change;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.port.TenantStore;
import java.util.Optional;

/**
 * Adds or removes a manager from chat, for incident admins only. The configuration file's managers
 * cannot be removed here: the file would bring them back at the next start.
 */
public final class ChangeManagersHandler implements Handler<ChangeManagers> {
  private final Core core;

  public ChangeManagersHandler(Core core) {
    this.core = core;
  }

  @Override
  public Reply handle(ChangeManagers command, CommandContext context) {
    if (!context.admin()) {
      return Reply.refusal(ManagerMessages.adminsOnly());
    }
    Optional<Recipient> who = ManagerMention.parse(command.who());
    if (who.isEmpty()) {
      return Reply.refusal(ManagerMessages.notAManager(command.who()));
    }
    return core.store()
        .inTransaction(context.tenant(), tx -> change(tx, command.change(), who.get()));
  }

  private Reply change(TenantStore tx, Change change, Recipient who) {
    boolean configured = ManagerRoster.configured(core, tx).contains(who);
    if (change == Change.ADD) {
      if (configured || !tx.managers().add(who)) {
        return Reply.refusal(ManagerMessages.alreadyManager(who));
      }
      return Reply.toChannel(ManagerMessages.added(who));
    }
    if (configured) {
      return Reply.refusal(ManagerMessages.inConfigFile(who));
    }
    if (!tx.managers().remove(who)) {
      return Reply.refusal(ManagerMessages.notManager(who));
    }
    return Reply.toChannel(ManagerMessages.removed(who));
  }
}
