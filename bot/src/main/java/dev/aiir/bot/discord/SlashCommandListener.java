package dev.aiir.bot.discord;

import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.grammar.Help;
import dev.aiir.commands.grammar.OptionProblem;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.IncidentCommand;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * Turns {@code /incident} interactions into the core's command values and answers them: bad options
 * and help privately, results as embeds.
 */
final class SlashCommandListener extends ListenerAdapter {
  private final IncidentBot bot;
  private final DiscordContexts contexts;
  private final InteractionResponder responder;

  SlashCommandListener(IncidentBot bot, DiscordContexts contexts, InteractionResponder responder) {
    this.bot = bot;
    this.contexts = contexts;
    this.responder = responder;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    if (!IncidentSlashCommands.NAME.equals(event.getName())) {
      return;
    }
    AnsweredAtTheEdge.run(event, responder, () -> answer(event));
  }

  private void answer(SlashCommandInteractionEvent event) {
    if (event.getGuild() == null) {
      responder.now(event, Reply.refusal("Use /incident in a server's channel."));
      return;
    }
    Optional<SlashSubcommand> subcommand =
        IncidentSlashCommands.find(event.getSubcommandGroup(), event.getSubcommandName());
    if (subcommand.isEmpty()) {
      responder.now(event, Reply.refusal(DiscordHelp.outdated(event.getFullCommandName())));
      return;
    }
    IncidentCommand command;
    try {
      command = subcommand.get().command(new EventOptions(event));
    } catch (OptionProblem problem) {
      responder.now(event, Reply.refusal(problem.getMessage()));
      return;
    }
    if (command instanceof Help help) {
      responder.now(event, DiscordHelp.reply(help));
      return;
    }
    CommandContext context = contexts.of(event);
    responder.answer(event, command.slow(), () -> bot.execute(context, command));
  }
}
