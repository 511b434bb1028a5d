package dev.aiir.bot.discord;

import dev.aiir.commands.chat.Form;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.choice.ChoiceStep;
import dev.aiir.commands.choice.Pressed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Answers a press of one of the bot's buttons, or a form submitted from one, within Discord's three
 * seconds ({@link Answering}). A form opens as the first response (Discord takes a modal only
 * then); an outcome with a record edits the pressed message and then answers beside it; anything
 * else is only an answer. A press the core is slow with is deferred as an edit of the pressed
 * message, which changes nothing the channel sees until the outcome is known.
 */
final class ChoiceResponder {
  private final Answering answering;

  ChoiceResponder(Answering answering) {
    this.answering = answering;
  }

  /** Runs the press off the gateway thread: its form opens, or its outcome is delivered. */
  void press(ButtonInteractionEvent event, boolean slow, Supplier<ChoiceStep> work) {
    answering.run(
        slow,
        event::deferEdit,
        "a press of an aiir button",
        work,
        fault -> new ChoiceStep.Answer(pressed(fault)),
        (acknowledged, step) -> {
          if (step instanceof ChoiceStep.Ask ask) {
            openForm(event, acknowledged, ask.form());
          } else if (step instanceof ChoiceStep.Answer answer) {
            deliver(event, event.getMessage(), acknowledged, answer.pressed());
          }
        });
  }

  /** Runs a submitted form that was opened from a button on {@code event.getMessage()}. */
  void submit(ModalInteractionEvent event, Supplier<Pressed> work) {
    answering.run(
        false,
        event::deferEdit,
        "a press of an aiir button",
        work,
        ChoiceResponder::pressed,
        (acknowledged, pressed) -> deliver(event, event.getMessage(), acknowledged, pressed));
  }

  private static Pressed pressed(Reply fault) {
    return new Pressed(fault, Optional.empty(), false, Map.of());
  }

  private void openForm(ButtonInteractionEvent event, Acknowledgement acknowledged, Form form) {
    if (answering.claim(acknowledged)) {
      answering.send("open a form for", event.replyModal(DiscordModals.of(form)));
    } else {
      Reply late = Reply.refusal("That took too long for Discord to open the form; press again.");
      answering.send("answer", answer(event.getHook(), late));
    }
  }

  private <E extends IReplyCallback & IMessageEditCallback> void deliver(
      E event, Message original, Acknowledgement acknowledged, Pressed pressed) {
    try {
      send(event, original, acknowledged, pressed);
    } catch (RuntimeException e) {
      answering.answerUnmade(event, acknowledged, e);
    }
  }

  private <E extends IReplyCallback & IMessageEditCallback> void send(
      E event, Message original, Acknowledgement acknowledged, Pressed pressed) {
    Reply reply = pressed.reply();
    Optional<MessageEditData> edit =
        pressed.record().map(line -> PressRecord.edit(original, line, pressed.settles()));
    InteractionHook hook = event.getHook();
    RestAction<?> sending;
    if (answering.claim(acknowledged)) {
      List<MessageCreateData> parts = DiscordMessages.render(reply);
      sending =
          edit.isPresent()
              ? event.editMessage(edit.get()).flatMap(done -> answer(hook, reply))
              : Answering.followUps(
                  event.reply(parts.get(0)).setEphemeral(reply.isPrivate()),
                  hook,
                  parts,
                  reply.isPrivate());
    } else {
      sending =
          edit.isPresent()
              ? recordOnOriginal(hook, edit.get()).flatMap(done -> answer(hook, reply))
              : answer(hook, reply);
    }
    answering.sendAnswer(hook, reply, sending);
  }

  /**
   * Edits the pressed message after a deferral. The press is done by then, so a message that can no
   * longer be edited (deleted, say) must not keep its answer from the presser.
   */
  private static RestAction<Boolean> recordOnOriginal(InteractionHook hook, MessageEditData edit) {
    return hook.editOriginal(edit)
        .map(edited -> true)
        .onErrorMap(
            e -> {
              AnswersInFlight.failed("record a press on the message of", e);
              return false;
            });
  }

  /** The reply as follow-ups: in the channel when public, to the presser alone when private. */
  private static RestAction<?> answer(InteractionHook hook, Reply reply) {
    List<MessageCreateData> parts = DiscordMessages.render(reply);
    RestAction<?> first = hook.sendMessage(parts.get(0)).setEphemeral(reply.isPrivate());
    return Answering.followUps(first, hook, parts, reply.isPrivate());
  }
}
