package dev.aiir.bot.console;

import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.chat.CommandContext;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Reads {@code /incident ...} lines from standard input and prints the bot's replies, as the
 * configured console user (an incident admin) in the console channel. Blank lines and lines
 * starting with {@code #} are skipped, so drills can be scripts with comments.
 */
public final class ConsoleSession {
  private final IncidentBot bot;
  private final CommandContext context;

  public ConsoleSession(IncidentBot bot, String user, String channel) {
    this.bot = bot;
    this.context = new CommandContext(Tenant.console(), new UserRef(user, user), channel, true);
  }

  /** Runs until the input ends. */
  public void run(BufferedReader in, PrintStream out, boolean interactive) throws IOException {
    if (interactive) {
      out.println("aiir console: type /incident help, or end input (Ctrl-D) to quit.");
    }
    String line;
    while (prompt(out, interactive) && (line = in.readLine()) != null) {
      String command = line.strip();
      if (command.isEmpty() || command.startsWith("#")) {
        continue;
      }
      out.println(ConsoleRenderer.render(bot.execute(context, command)));
      out.flush();
    }
  }

  private static boolean prompt(PrintStream out, boolean interactive) {
    if (interactive) {
      out.print("> ");
      out.flush();
    }
    return true;
  }
}
