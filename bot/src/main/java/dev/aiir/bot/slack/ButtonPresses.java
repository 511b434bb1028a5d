package dev.aiir.bot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.choice.ChoiceStep;
import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.model.ChoiceId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A press on one of the bot's buttons ({@code block_actions} with an {@code aiir:} action id). It
 * is acknowledged at once, then run as the presser through the core, like the typed command: a
 * button that asks first opens its form (at once: the trigger id lasts three seconds), any other
 * answers where the typed command would, and the pressed message records who did what.
 */
final class ButtonPresses implements BlockActionHandler {
  static final String NO_FORM =
      "The form could not open; press the button again, or type the command (`/incident help`).";
  private static final Logger LOG = LoggerFactory.getLogger(ButtonPresses.class);
  private final IncidentBot bot;
  private final SlackContexts contexts;
  private final FormOpener forms;
  private final ChoicePresses presses;
  private final AckBudget budget;

  /** One press: who, where, which button, and what Slack sent with it. */
  private record Press(
      CommandContext context, ModalOrigin origin, String choiceId, BlockActionPayload payload) {}

  ButtonPresses(
      IncidentBot bot,
      SlackContexts contexts,
      FormOpener forms,
      ChoicePresses presses,
      AckBudget budget) {
    this.bot = bot;
    this.contexts = contexts;
    this.forms = forms;
    this.presses = presses;
    this.budget = budget;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx) {
    BlockActionPayload payload = request.getPayload();
    Optional<Press> press = pressOf(payload);
    if (press.isEmpty()) {
      LOG.warn("a block action without one of our buttons or a channel; ignored");
      return ctx.ack();
    }
    // Drafting a PIR reads the whole history, so it waits where slow commands wait.
    budget.execute(IncidentBot.isSlowChoice(press.get().choiceId()), () -> run(press.get()));
    return ctx.ack();
  }

  private Optional<Press> pressOf(BlockActionPayload payload) {
    Optional<String> choiceId =
        payload.getActions() == null
            ? Optional.empty()
            : payload.getActions().stream()
                .map(BlockActionPayload.Action::getActionId)
                .filter(ChoiceId::isOurs)
                .findFirst();
    BlockActionPayload.Container container = payload.getContainer();
    String channel =
        container != null && container.getChannelId() != null
            ? container.getChannelId()
            : payload.getChannel() != null ? payload.getChannel().getId() : null;
    if (choiceId.isEmpty() || channel == null || payload.getUser() == null) {
      return Optional.empty();
    }
    String ts =
        container != null && container.getMessageTs() != null
            ? container.getMessageTs()
            : payload.getMessage() != null ? payload.getMessage().getTs() : null;
    String team =
        SlackContexts.workspace(
            payload.getTeam() != null ? payload.getTeam().getId() : null,
            payload.getEnterprise() != null ? payload.getEnterprise().getId() : null);
    UserRef user = new UserRef(payload.getUser().getId(), payload.getUser().getUsername());
    CommandContext context = contexts.context(team, user, channel);
    return Optional.of(
        new Press(context, ModalOrigin.message(channel, ts), choiceId.get(), payload));
  }

  private void run(Press press) {
    UserRef presser = press.context().user();
    try {
      ChoiceStep step = bot.press(press.context(), press.choiceId());
      if (step instanceof ChoiceStep.Ask ask) {
        if (!forms.open(press.payload().getTriggerId(), ask.form(), press.origin())) {
          presses.tell(presser, press.origin().channelId(), NO_FORM);
        }
      } else if (step instanceof ChoiceStep.Answer answer) {
        presses.deliver(
            press.context().tenant(),
            presser,
            press.origin(),
            answer.pressed(),
            Optional.ofNullable(press.payload().getMessage()));
      }
    } catch (RuntimeException e) {
      LOG.error("a press of {} failed outside the core", press.choiceId(), e);
      try {
        presses.tell(presser, press.origin().channelId(), IncidentSlashCommand.FAULT);
      } catch (RuntimeException ignored) {
        // Nothing else can reach the presser; the log has it.
      }
    }
  }
}
