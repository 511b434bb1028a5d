package dev.aiir.bot.slack;

import dev.aiir.commands.chat.Form;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens one of the core's forms as a modal for whoever triggered it. Slack's trigger ids expire
 * three seconds after the click or command, so callers open the form as soon as the core names it,
 * before any other call.
 */
final class FormOpener {
  private static final Logger LOG = LoggerFactory.getLogger(FormOpener.class);
  private final SlackApi api;

  FormOpener(SlackApi api) {
    this.api = api;
  }

  /** Whether the modal opened; a failure is logged (the trigger id is a secret-free handle). */
  boolean open(String triggerId, Form form, ModalOrigin origin) {
    if (triggerId == null || triggerId.isBlank()) {
      LOG.warn("no trigger id to open form {}", form.id());
      return false;
    }
    try {
      api.call(
          "views.open",
          m -> m.viewsOpen(r -> r.triggerId(triggerId).view(SlackModals.view(form, origin))));
      return true;
    } catch (SlackApiFailure e) {
      LOG.warn("could not open form {}: {}", form.id(), e.getMessage());
      return false;
    }
  }
}
