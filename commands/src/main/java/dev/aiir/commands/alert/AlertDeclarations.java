package dev.aiir.commands.alert;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.incident.Declaration;
import dev.aiir.commands.incident.DeclareHandler;
import dev.aiir.commands.model.Alert;
import dev.aiir.commands.model.AlertLines;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimelineEntry;
import java.time.Instant;
import java.util.Optional;

/**
 * An alert as an incident's opening: its title, the model its labels name, and its start as the
 * detection time and the first entry of the timeline.
 */
final class AlertDeclarations {
  static final int MAX_TITLE = 200;

  private AlertDeclarations() {}

  static Declaration.Opening opening(
      Alert alert,
      Severity severity,
      String channelId,
      Optional<UserRef> commander,
      UserRef declarer,
      Core core) {
    Instant now = core.now();
    // A source's clock may run ahead of ours; an incident is never detected in the future.
    Instant detected = alert.startsAt().isAfter(now) ? now : alert.startsAt();
    TimelineEntry detection =
        new TimelineEntry(
            0,
            detected,
            now,
            alert.source().author(),
            EntrySource.ALERT,
            EntryKind.ALERT,
            AlertMessages.detectionEntry(alert),
            null);
    return new Declaration.Opening(
        title(alert),
        severity,
        channelId,
        model(alert).orElse(null),
        commander,
        declarer,
        detected,
        Optional.of(detection));
  }

  static String title(Alert alert) {
    return AlertLines.oneLine(alert.title(), MAX_TITLE);
  }

  /** The model a {@code model} label names as NAME@VERSION, or with a {@code model_version}. */
  static Optional<String> model(Alert alert) {
    String model = alert.label("model");
    if (model == null) {
      return Optional.empty();
    }
    if (DeclareHandler.isModel(model)) {
      return Optional.of(model);
    }
    String version = alert.label("model_version");
    return Optional.ofNullable(version).map(v -> model + "@" + v).filter(DeclareHandler::isModel);
  }
}
