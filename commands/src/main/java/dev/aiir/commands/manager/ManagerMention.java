package dev.aiir.commands.manager;

import dev.aiir.commands.chat.UserMentions;
import dev.aiir.commands.model.Recipient;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who a {@code managers add|remove} names: a person ({@code @boss}) or a channel ({@code
 * #leads}).
 */
final class ManagerMention {
  private static final Pattern PLATFORM_CHANNEL = Pattern.compile("<#([A-Za-z0-9]+)(?:\\|[^>]*)?>");
  private static final Pattern PLAIN_CHANNEL = Pattern.compile("#([\\p{L}\\p{N}._-]{1,80})");

  private ManagerMention() {}

  static Optional<Recipient> parse(String text) {
    String token = text.strip();
    Matcher platform = PLATFORM_CHANNEL.matcher(token);
    if (platform.matches()) {
      return Optional.of(Recipient.channel(platform.group(1)));
    }
    Matcher plain = PLAIN_CHANNEL.matcher(token);
    if (plain.matches()) {
      return Optional.of(Recipient.channel(plain.group(1)));
    }
    if (token.startsWith("<@") || token.startsWith("@")) {
      return UserMentions.parse(token).map(user -> Recipient.user(user.id()));
    }
    return Optional.empty();
  }
}
