package dev.aiir.bot.discord;

import dev.aiir.commands.chat.Choice;
import dev.aiir.commands.chat.Form;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Buttons and forms sent by direct message carry their guild in their custom id ({@code
 * <choice>@<guild>}), because a press in a direct message arrives without one, and the guild is the
 * tenant whose incident the button acts on. A manager's maximum reminder is the message most often
 * read on a phone, so its buttons must work where it arrives.
 */
final class DirectChoices {
  private static final Pattern ADDRESSED = Pattern.compile("(.+)@(\\d{1,20})");
  private static final int MAX_CUSTOM_ID = 100;

  /** A choice or form id and the guild it was sent for. */
  record Addressed(String id, String guildId) {}

  private DirectChoices() {}

  static List<Choice> addressed(List<Choice> choices, String guildId) {
    return choices.stream()
        .map(choice -> new Choice(address(choice.id(), guildId), choice.label(), choice.style()))
        .toList();
  }

  static Form addressed(Form form, String guildId) {
    return new Form(
        address(form.id(), guildId),
        form.title(),
        form.description(),
        form.submit(),
        form.fields());
  }

  /** The id and guild of an addressed custom id; empty for one that names no guild. */
  static Optional<Addressed> read(String customId) {
    Matcher matcher = ADDRESSED.matcher(customId);
    return matcher.matches()
        ? Optional.of(new Addressed(matcher.group(1), matcher.group(2)))
        : Optional.empty();
  }

  /** An id too long to carry its guild stays as it is, and is refused when pressed in a DM. */
  private static String address(String id, String guildId) {
    String addressed = id + "@" + guildId;
    return addressed.length() <= MAX_CUSTOM_ID ? addressed : id;
  }
}
