package dev.aiir.bot.discord;

import dev.aiir.commands.chat.Form;
import dev.aiir.commands.chat.Reply;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Answers each interaction within Discord's three seconds ({@link Answering}): at once when the
 * core is quick, otherwise by deferring (Discord shows "thinking...") and finishing through the
 * interaction hook. Slow subcommands defer straight away. A reply that is a form opens as a modal,
 * which Discord accepts only as the first response.
 */
final class InteractionResponder {
  private final Answering answering;

  InteractionResponder(Answering answering) {
    this.answering = answering;
  }

  /** Runs {@code work} off the gateway thread and answers with its reply. */
  void answer(IReplyCallback event, boolean slow, Supplier<Reply> work) {
    answering.run(
        slow,
        event::deferReply,
        "an /incident interaction",
        work,
        Function.identity(),
        (acknowledged, reply) -> finish(event, acknowledged, reply));
  }

  /** Answers at once, on the calling thread: for refusals the adapter makes itself, and help. */
  void now(IReplyCallback event, Reply reply) {
    finish(event, new Acknowledgement(), reply);
  }

  private void finish(IReplyCallback event, Acknowledgement acknowledged, Reply reply) {
    try {
      deliver(event, acknowledged, reply);
    } catch (RuntimeException e) {
      answering.answerUnmade(event, acknowledged, e);
    }
  }

  private void deliver(IReplyCallback event, Acknowledgement acknowledged, Reply reply) {
    if (openedForm(event, acknowledged, reply.formToOpen())) {
      return;
    }
    List<MessageCreateData> parts = DiscordMessages.render(reply);
    boolean ephemeral = reply.isPrivate();
    InteractionHook hook = event.getHook();
    RestAction<?> first;
    if (answering.claim(acknowledged)) {
      first = event.reply(parts.get(0)).setEphemeral(ephemeral);
    } else if (ephemeral) {
      // The deferral's "thinking..." is public; a private answer replaces it with a follow-up
      // only its author sees.
      first = hook.sendMessage(parts.get(0)).setEphemeral(true).flatMap(m -> hook.deleteOriginal());
    } else {
      first = hook.editOriginal(MessageEditData.fromCreateData(parts.get(0)));
    }
    answering.sendAnswer(hook, reply, Answering.followUps(first, hook, parts, ephemeral));
  }

  /**
   * Opens the reply's form as a modal when that can still be the first response; otherwise the
   * reply's message (which says what to type instead) is shown.
   */
  private boolean openedForm(
      IReplyCallback event, Acknowledgement acknowledged, Optional<Form> form) {
    if (form.isEmpty()
        || !(event instanceof IModalCallback modal)
        || !answering.claim(acknowledged)) {
      return false;
    }
    answering.send("open a form for", modal.replyModal(DiscordModals.of(form.get())));
    return true;
  }
}
