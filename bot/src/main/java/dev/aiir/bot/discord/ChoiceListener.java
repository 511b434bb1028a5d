package dev.aiir.bot.discord;

import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.chat.CommandContext;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.choice.ChoiceId;
import dev.aiir.commands.choice.ChoiceKind;
import java.util.Map;
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
   * A button in a direct message carries no guild, so it cannot say whose incident it is; the
   * reminder also reached the incident's channel or its commander there.
   */
  static final String NOT_IN_A_SERVER =
      "Buttons in a direct message can't tell which server they are for; nothing changed. Use the"
          + " buttons in the incident's channel, or type the command there (`/incident help`).";

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
    if (!ChoiceId.isOurs(id)) {
      return;
    }
    if (!event.isFromGuild()) {
      responder.now(event, Reply.refusal(NOT_IN_A_SERVER));
      return;
    }
    CommandContext context = context(event);
    choices.press(event, slow(id), () -> bot.press(context, id));
  }

  @Override
  public void onModalInteraction(ModalInteractionEvent event) {
    String id = event.getModalId();
    if (!ChoiceId.isOurs(id)) {
      return;
    }
    if (!event.isFromGuild()) {
      responder.now(event, Reply.refusal(NOT_IN_A_SERVER));
      return;
    }
    CommandContext context = context(event);
    Map<String, String> values = DiscordModals.answers(event.getValues());
    if (event.getMessage() == null) {
      // Opened by a typed command (the declare form): no message to record on, only an answer.
      responder.answer(event, false, () -> bot.submit(context, id, values).reply());
    } else {
      choices.submit(event, () -> bot.submit(context, id, values));
    }
  }

  private CommandContext context(Interaction event) {
    return contexts.of(event.getGuild(), event.getUser(), event.getMember(), event.getChannelId());
  }

  /** Drafting a PIR reads the channel's history: too slow to wait for before acknowledging. */
  private static boolean slow(String id) {
    return ChoiceId.parse(id).map(c -> c.kind() == ChoiceKind.DRAFT_PIR).orElse(false);
  }
}
