package dev.aiir.commands.chat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a person named in a command: Slack's {@code <@U123|maya>} or {@code <@U123>}, Discord's
 * {@code <@123>} or {@code <@!123>}, or a plain {@code @maya} (the console's way).
 */
public final class UserMentions {
  private static final Pattern PLATFORM = Pattern.compile("<@!?([A-Za-z0-9]+)(?:\\|([^>]+))?>");
  private static final Pattern PLAIN = Pattern.compile("@?([\\p{L}\\p{N}._-]{1,80})");

  private UserMentions() {}

  public static Optional<UserRef> parse(String text) {
    String token = text.strip();
    Matcher platform = PLATFORM.matcher(token);
    if (platform.matches()) {
      return Optional.of(new UserRef(platform.group(1), platform.group(2)));
    }
    Matcher plain = PLAIN.matcher(token);
    if (plain.matches() && !isBroadcast(plain.group(1))) {
      return Optional.of(new UserRef(plain.group(1), plain.group(1)));
    }
    return Optional.empty();
  }

  private static boolean isBroadcast(String name) {
    return name.equalsIgnoreCase("everyone")
        || name.equalsIgnoreCase("here")
        || name.equalsIgnoreCase("channel");
  }
}
