package dev.aiir.bot.discord;

import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.choice.ChoiceStep;
import dev.aiir.commands.choice.Pressed;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.model.ChoiceId;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;

/**
 * Presses of the bot's buttons and submissions of its forms: each runs through the core as the
 * person who pressed, in the guild it happened in, exactly as the typed command would.
 */
final class ChoiceListener extends ListenerAdapter {
  /**
   * A button in a direct message that does not name its guild (one sent before buttons there were
   * addressed) cannot say whose incident it is; the reminder also reached the incident's channel.
   */
  static final String NOT_IN_A_SERVER =
      "Buttons in a direct message can't tell which server they are for; nothing changed. Use the"
          + " buttons in the incident's channel, or type the command there (`/incident help`).";

  static final String NOT_A_MEMBER =
      "You are not a member of the server this button is for; nothing changed.";

  private final IncidentBot bot;
  private final DiscordContexts contexts;
  private final InteractionResponder responder;
  private final ChoiceResponder choices;

  ChoiceListener(
      IncidentBot bot,
      DiscordContexts contexts,
      InteractionResponder responder,
      ChoiceResponder choices) {
    this.bot = bot;
    this.contexts = contexts;
    this.responder = responder;
    this.choices = choices;
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    String id = event.getComponentId();
    if (ChoiceId.isOurs(id)) {
      AnsweredAtTheEdge.run(event, responder, () -> press(event, id));
    }
  }

  private void press(ButtonInteractionEvent event, String id) {
    if (!event.isFromGuild()) {
      pressInDirectMessage(event, id);
      return;
    }
    CommandContext context = context(event);
    choices.press(event, IncidentBot.isSlowChoice(id), () -> bot.press(context, id));
  }

  /** A press in a direct message acts in the guild its button names, as the member there. */
  private void pressInDirectMessage(ButtonInteractionEvent event, String customId) {
    Optional<Direct> direct = direct(event, customId);
    if (direct.isEmpty()) {
      responder.now(event, Reply.refusal(NOT_IN_A_SERVER));
      return;
    }
    String id = direct.get().id();
    Guild guild = direct.get().guild();
    choices.press(
        event,
        IncidentBot.isSlowChoice(id),
        () ->
            directContext(guild, event)
                .map(context -> addressed(bot.press(context, id), guild))
                .orElseGet(() -> new ChoiceStep.Answer(refused(NOT_A_MEMBER))));
  }

  /** A choice or form id pressed in a direct message, and the guild it was sent for. */
  private record Direct(String id, Guild guild) {}

  /** A form opened from a direct message must name its guild too, for its submission. */
  private static ChoiceStep addressed(ChoiceStep step, Guild guild) {
    return step instanceof ChoiceStep.Ask ask
        ? new ChoiceStep.Ask(DirectChoices.addressed(ask.form(), guild.getId()))
        : step;
  }

  private static Pressed refused(String text) {
    return new Pressed(Reply.refusal(text), Optional.empty(), false, Map.of());
  }

  /** Empty when the id names no guild, or one the bot is not in. */
  private static Optional<Direct> direct(Interaction event, String customId) {
    return DirectChoices.read(customId)
        .flatMap(
            addressed ->
                Optional.ofNullable(event.getJDA().getGuildById(addressed.guildId()))
                    .map(guild -> new Direct(addressed.id(), guild)));
  }

  /**
   * The presser as a member of the guild (their roles make them an admin or not), fetched when the
   * cache lacks them; empty when they are not a member. Runs on a worker, never the gateway thread.
   */
  private Optional<CommandContext> directContext(Guild guild, Interaction event) {
    Member member = guild.getMemberById(event.getUser().getIdLong());
    if (member == null) {
      try {
        member = guild.retrieveMember(event.getUser()).complete();
      } catch (RuntimeException notAMember) {
        return Optional.empty();
      }
    }
    return Optional.of(contexts.of(guild, event.getUser(), member, event.getChannelId()));
  }

  @Override
  public void onModalInteraction(ModalInteractionEvent event) {
    String id = event.getModalId();
    if (ChoiceId.isOurs(id)) {
      AnsweredAtTheEdge.run(event, responder, () -> submit(event, id));
    }
  }

  private void submit(ModalInteractionEvent event, String id) {
    Map<String, String> values = DiscordModals.answers(event.getValues());
    if (!event.isFromGuild()) {
      submitInDirectMessage(event, id, values);
      return;
    }
    CommandContext context = context(event);
    if (event.getMessage() == null) {
      // Opened by a typed command (the declare form): no message to record on, only an answer.
      responder.answer(event, false, () -> bot.submit(context, id, values).reply());
    } else {
      choices.submit(event, () -> bot.submit(context, id, values));
    }
  }

  private void submitInDirectMessage(
      ModalInteractionEvent event, String customId, Map<String, String> values) {
    Optional<Direct> direct = direct(event, customId);
    if (direct.isEmpty() || event.getMessage() == null) {
      responder.now(event, Reply.refusal(NOT_IN_A_SERVER));
      return;
    }
    choices.submit(
        event,
        () ->
            directContext(direct.get().guild(), event)
                .map(context -> bot.submit(context, direct.get().id(), values))
                .orElseGet(() -> refused(NOT_A_MEMBER)));
  }

  private CommandContext context(GenericInteractionCreateEvent event) {
    return contexts.of(event);
  }
}
