package dev.aiir.bot.discord;

import dev.aiir.commands.chat.UserRef;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/** The options of one slash-command interaction, as the table's mappings read them. */
final class EventOptions implements OptionReader {
  private final SlashCommandInteractionEvent event;

  EventOptions(SlashCommandInteractionEvent event) {
    this.event = event;
  }

  @Override
  public Optional<String> raw(String name) {
    return Optional.ofNullable(event.getOption(name)).map(OptionMapping::getAsString);
  }

  @Override
  public Optional<UserRef> person(String name) {
    return Optional.ofNullable(event.getOption(name))
        .map(option -> DiscordContexts.person(option.getAsUser(), option.getAsMember()));
  }
}
