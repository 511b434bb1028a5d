package dev.aiir.commands.manager;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.Handler;
import dev.aiir.commands.model.Recipient;
import java.util.List;

/** Lists who gets managers' reminders, saying which come from the configuration file. */
public final class ListManagersHandler implements Handler<ListManagers> {
  private final Core core;

  public ListManagersHandler(Core core) {
    this.core = core;
  }

  @Override
  public Reply handle(ListManagers command, CommandContext context) {
    return core.store()
        .inTransaction(
            context.tenant(),
            tx -> {
              List<Recipient> configured = ManagerRoster.configured(core, tx);
              List<Recipient> all = ManagerRoster.recipients(core, tx);
              return Reply.toChannel(ManagerMessages.list(all, configured));
            });
  }
}
