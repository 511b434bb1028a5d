package dev.aiir.bot.console;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.port.ChatChannel;
import dev.aiir.commands.port.ChatPlatform;
import dev.aiir.commands.port.HistoryPage;
import java.io.PrintStream;
import java.util.List;

/**
 * The console as a chat platform: everything the bot sends is printed with its addressee, so a
 * drill shows who was told what; a message's buttons are printed as numbered options. The console
 * has no history beyond the recorded timeline.
 */
public final class ConsoleChatPlatform implements ChatPlatform {
  private final PrintStream out;
  private final ConsoleChoices choices;

  public ConsoleChatPlatform(PrintStream out) {
    this(out, new ConsoleChoices());
  }

  /** A console that numbers the buttons of what it prints in {@code choices}. */
  public ConsoleChatPlatform(PrintStream out, ConsoleChoices choices) {
    this.out = out;
    this.choices = choices;
  }

  @Override
  public synchronized void post(Tenant tenant, String channelId, Message message) {
    out.println(ConsoleRenderer.toChannel(channelId, message));
    offer(message);
  }

  @Override
  public synchronized void directMessage(Tenant tenant, String userId, Message message) {
    out.println(ConsoleRenderer.toUser(userId, message));
    offer(message);
  }

  private void offer(Message message) {
    if (!message.choices().isEmpty()) {
      out.println(choices.offer(message.choices()));
    }
    out.flush();
  }

  @Override
  public HistoryPage history(Tenant tenant, String channelId, String cursor) {
    return new HistoryPage(List.of(), null);
  }

  @Override
  public synchronized void upload(
      Tenant tenant, String channelId, String filename, String content, String comment) {
    out.println("to #" + channelId + ": file " + filename + " (" + comment + ")");
    out.println(content);
    out.flush();
  }

  @Override
  public ChatChannel createChannel(Tenant tenant, String name) {
    return new ChatChannel(name, name);
  }
}
