package dev.aiir.bot.slack;

import dev.aiir.commands.model.ChoiceId;
import dev.aiir.commands.model.ChoiceKind;
import java.util.regex.Pattern;

/**
 * Commands that read a channel's history or upload files, and so may take longer than Slack's three
 * seconds: they are acknowledged at once and answered through {@code response_url}.
 */
final class SlowCommands {
  private static final Pattern SLOW =
      Pattern.compile("^\\s*pir\\s+(draft|export)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private SlowCommands() {}

  static boolean isSlow(String line) {
    return SLOW.matcher(line).matches();
  }

  /** The button that runs {@code pir draft}, which is slow for the same reason. */
  static boolean isSlowChoice(String choiceId) {
    return ChoiceId.parse(choiceId).map(id -> id.kind() == ChoiceKind.DRAFT_PIR).orElse(false);
  }
}
