package dev.aiir.bot.discord;

import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers {@code /incident} once connected: in the configured guild (shown at once), or globally
 * (Discord may take a while to show it everywhere). Registering replaces the previous definition,
 * so every start brings Discord's form in step with this version.
 */
final class CommandRegistration extends ListenerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(CommandRegistration.class);
  private final Optional<String> guildId;

  CommandRegistration(Optional<String> guildId) {
    this.guildId = guildId;
  }

  @Override
  public void onReady(ReadyEvent event) {
    JDA jda = event.getJDA();
    CommandListUpdateAction update;
    if (guildId.isPresent()) {
      Guild guild = jda.getGuildById(guildId.get());
      if (guild == null) {
        LOG.error(
            "AIIR_DISCORD_GUILD {} is not a server the bot is in: invite it there (README),"
                + " or unset the variable to register /incident globally",
            guildId.get());
        return;
      }
      update = guild.updateCommands();
    } else {
      update = jda.updateCommands();
    }
    update
        .addCommands(SlashCommandDefinition.build())
        .queue(
            commands ->
                LOG.info(
                    "registered /incident {}",
                    guildId.map(g -> "in guild " + g).orElse("globally")),
            e -> LOG.error("could not register /incident: {}", e.toString()));
  }
}
