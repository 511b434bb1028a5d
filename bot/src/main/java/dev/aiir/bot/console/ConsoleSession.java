package dev.aiir.bot.console;

import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.chat.Choice;
import dev.aiir.commands.chat.Form;
import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.choice.ChoiceStep;
import dev.aiir.commands.choice.Pressed;
import dev.aiir.commands.handling.CommandContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code /incident ...} lines from standard input and prints the bot's replies, as the
 * configured console user (an incident admin) in the console channel. Blank lines and lines
 * starting with {@code #} are skipped, so drills can be scripts with comments. A bare number
 * presses that option of the latest message with buttons; forms are asked as questions.
 */
public final class ConsoleSession {
  private final IncidentBot bot;
  private final CommandContext context;
  private final ConsoleChoices choices;

  public ConsoleSession(IncidentBot bot, String user, String channel) {
    this(bot, user, channel, new ConsoleChoices());
  }

  /** A session whose numbered options are the ones {@code choices} offered. */
  public ConsoleSession(IncidentBot bot, String user, String channel, ConsoleChoices choices) {
    this.bot = bot;
    this.context = new CommandContext(Tenant.console(), new UserRef(user, user), channel, true);
    this.choices = choices;
  }

  /** Runs until the input ends. */
  public void run(BufferedReader in, PrintStream out, boolean interactive) throws IOException {
    if (interactive) {
      out.println("aiir console: type /incident help, or end input (Ctrl-D) to quit.");
    }
    ConsoleForm forms = new ConsoleForm(in, out, interactive);
    String line;
    while (prompt(out, interactive) && (line = in.readLine()) != null) {
      String input = line.strip();
      if (input.isEmpty() || input.startsWith("#")) {
        continue;
      }
      if (ConsoleChoices.isChoice(input)) {
        press(input, forms, out);
      } else {
        answer(bot.execute(context, input), forms, out);
      }
      out.flush();
    }
  }

  private void answer(Reply reply, ConsoleForm forms, PrintStream out) throws IOException {
    Optional<Form> form = reply.formToOpen();
    if (form.isEmpty()) {
      out.println(ConsoleRenderer.render(reply));
      return;
    }
    Optional<Map<String, String>> answers = forms.ask(form.get());
    if (answers.isPresent()) {
      show(bot.submit(context, form.get().id(), answers.get()), form.get().id(), out);
    }
  }

  private void press(String number, ConsoleForm forms, PrintStream out) throws IOException {
    Optional<Choice> choice = choices.numbered(number);
    if (choice.isEmpty()) {
      out.println(
          ConsoleRenderer.PRIVATE_MARK
              + (choices.isEmpty()
                  ? "No options to choose from now; type a command (`/incident help`)."
                  : "No option " + number + " on the latest message; type one of its numbers."));
      return;
    }
    String id = choice.get().id();
    ChoiceStep step = bot.press(context, id);
    if (step instanceof ChoiceStep.Ask ask) {
      Optional<Map<String, String>> answers = forms.ask(ask.form());
      if (answers.isPresent()) {
        show(bot.submit(context, id, answers.get()), id, out);
      }
    } else if (step instanceof ChoiceStep.Answer answer) {
      show(answer.pressed(), id, out);
    }
  }

  private void show(Pressed pressed, String id, PrintStream out) {
    out.println(ConsoleRenderer.render(pressed.reply()));
    pressed.record().ifPresent(record -> out.println("updated: " + record));
    if (pressed.settles()) {
      choices.settled(id);
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
