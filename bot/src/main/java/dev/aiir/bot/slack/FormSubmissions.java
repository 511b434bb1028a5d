package dev.aiir.bot.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import dev.aiir.bot.slack.AckBudget.Outcome;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.choice.Pressed;
import dev.aiir.commands.handling.CommandContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A submitted form ({@code view_submission} with an {@code aiir:} callback id). The core runs it
 * within the acknowledgement budget ({@link AckBudget}), because only the acknowledgement can keep
 * the modal open with errors beside its fields ({@code response_action: errors}); a good submission
 * closes the modal and its answer follows in the channel the form came from. A late one closes the
 * modal and answers when done, its field problems then told in words.
 */
final class FormSubmissions implements ViewSubmissionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(FormSubmissions.class);
  private final IncidentBot bot;
  private final SlackContexts contexts;
  private final ChoicePresses presses;
  private final AckBudget budget;

  /** One submission: who, from where, and what was answered. */
  private record Submission(
      CommandContext context, ModalOrigin origin, String formId, Map<String, String> answers) {}

  FormSubmissions(
      IncidentBot bot, SlackContexts contexts, ChoicePresses presses, AckBudget budget) {
    this.bot = bot;
    this.contexts = contexts;
    this.presses = presses;
    this.budget = budget;
  }

  @Override
  public Response apply(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
    ViewSubmissionPayload payload = request.getPayload();
    Optional<Submission> submission = submissionOf(payload);
    if (submission.isEmpty()) {
      LOG.warn("a form submission without its origin or its author; closed, nothing done");
      return ctx.ack();
    }
    Submission s = submission.get();
    Outcome<Pressed> outcome =
        budget.run(
            "a form",
            "answering when done",
            false,
            () -> bot.submit(s.context(), s.formId(), s.answers()),
            (pressed, failure) -> deliver(s, pressed, failure));
    if (outcome instanceof Outcome.InTime<Pressed> inTime) {
      Pressed pressed = inTime.value();
      Map<String, String> errors = besideFields(pressed, s.answers().keySet());
      if (!errors.isEmpty()) {
        return ctx.ackWithErrors(errors);
      }
      budget.afterwards(() -> deliver(s, pressed, null));
    } else if (outcome instanceof Outcome.Failed<Pressed> failed) {
      budget.afterwards(() -> deliver(s, null, failed.cause()));
    }
    return ctx.ack();
  }

  private Optional<Submission> submissionOf(ViewSubmissionPayload payload) {
    View view = payload.getView();
    if (view == null || payload.getUser() == null) {
      return Optional.empty();
    }
    Optional<ModalOrigin> origin = ModalOrigin.decode(view.getPrivateMetadata());
    if (origin.isEmpty()) {
      return Optional.empty();
    }
    String team =
        SlackContexts.workspace(
            payload.getTeam() != null ? payload.getTeam().getId() : null,
            payload.getEnterprise() != null ? payload.getEnterprise().getId() : null);
    UserRef user = new UserRef(payload.getUser().getId(), payload.getUser().getUsername());
    CommandContext context = contexts.context(team, user, origin.get().channelId());
    return Optional.of(
        new Submission(
            context, origin.get(), view.getCallbackId(), SlackModals.answers(view.getState())));
  }

  /**
   * The problems Slack can show beside the fields: those of fields the modal has. Slack refuses an
   * errors answer naming a block it does not have, so any other problem is told in words instead.
   */
  private static Map<String, String> besideFields(Pressed pressed, Set<String> fields) {
    return fields.containsAll(pressed.fieldErrors().keySet()) ? pressed.fieldErrors() : Map.of();
  }

  private void deliver(Submission s, Pressed pressed, Throwable failure) {
    UserRef presser = s.context().user();
    try {
      if (failure != null) {
        LOG.error("a form submission of {} failed outside the core", s.formId(), failure);
        presses.tell(presser, s.origin().channelId(), IncidentSlashCommand.FAULT);
        return;
      }
      presses.deliver(s.context().tenant(), presser, s.origin(), pressed, Optional.empty());
    } catch (RuntimeException e) {
      LOG.error("could not deliver the answer to form {}", s.formId(), e);
    }
  }
}
