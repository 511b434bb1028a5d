package dev.aiir.commands.grammar;

import dev.aiir.commands.grammar.FollowUpSpecs.ActionSpec;
import dev.aiir.commands.grammar.FollowUpSpecs.PirSpec;
import dev.aiir.commands.grammar.FollowUpSpecs.RecoverySpec;
import dev.aiir.commands.grammar.GateSpecs.GateSpec;
import dev.aiir.commands.grammar.IncidentSpecs.AckSpec;
import dev.aiir.commands.grammar.IncidentSpecs.DeclareSpec;
import dev.aiir.commands.grammar.IncidentSpecs.ImpactSpec;
import dev.aiir.commands.grammar.IncidentSpecs.ListSpec;
import dev.aiir.commands.grammar.IncidentSpecs.LogSpec;
import dev.aiir.commands.grammar.IncidentSpecs.ResolveSpec;
import dev.aiir.commands.grammar.IncidentSpecs.RoleSpec;
import dev.aiir.commands.grammar.IncidentSpecs.RollbackSpec;
import dev.aiir.commands.grammar.IncidentSpecs.RootCauseSpec;
import dev.aiir.commands.grammar.IncidentSpecs.SevSpec;
import dev.aiir.commands.grammar.IncidentSpecs.StatusSpec;
import dev.aiir.commands.grammar.NudgeSpecs.ManagersSpec;
import dev.aiir.commands.grammar.NudgeSpecs.SnoozeSpec;
import dev.aiir.commands.grammar.RolloutSpecs.RolloutSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code /incident} grammar: turns a line into a command value with picocli, or into a short
 * message that tells its author what to write instead. Help comes from the same definitions.
 */
public final class CommandParser {
  static final String ROOT = "/incident";

  @Command(
      name = ROOT,
      subcommands = {
        DeclareSpec.class,
        AckSpec.class,
        SevSpec.class,
        LogSpec.class,
        StatusSpec.class,
        RoleSpec.class,
        RollbackSpec.class,
        RootCauseSpec.class,
        ImpactSpec.class,
        RecoverySpec.class,
        RolloutSpec.class,
        GateSpec.class,
        ActionSpec.class,
        ResolveSpec.class,
        PirSpec.class,
        ListSpec.class,
        ReportSpec.class,
        SnoozeSpec.class,
        ManagersSpec.class,
        HelpSpec.class
      })
  static final class RootSpec {}

  private final ParserPool parsers;

  private final ThreadLocal<CommandLine> forHelp = ThreadLocal.withInitial(CommandParser::build);

  public CommandParser() {
    this(ParserPool.defaultLimit());
  }

  /** A parser that builds at most {@code parsers} picocli parsers for lines parsed at once. */
  CommandParser(int parsers) {
    this.parsers = new ParserPool(CommandParser::build, parsers);
  }

  /**
   * Builds a parser and reads a line with it ahead of the first command, so that the first command
   * after a start does not build one: for a thread beside the start-up.
   */
  public void warmUp() {
    parsers.prepareFirst(() -> new String[] {"status"});
  }

  static CommandLine build() {
    CommandLine commandLine = new CommandLine(new RootSpec());
    commandLine.setExpandAtFiles(false);
    commandLine.setUnmatchedOptionsArePositionalParams(true);
    commandLine.setEndOfOptionsDelimiter("\u0000--");
    commandLine.setSubcommandsCaseInsensitive(true);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOverwrittenOptionsAllowed(false);
    Converters.registerAll(commandLine);
    return commandLine;
  }

  /** Parses what follows {@code /incident} (the prefix itself is tolerated). */
  public ParseOutcome parse(String input) {
    try {
      return parsed(input);
    } catch (RuntimeException e) {
      return new ParseOutcome.Failed(e);
    }
  }

  private ParseOutcome parsed(String input) {
    String line = withoutPrefix(input == null ? "" : input);
    Optional<String> problem = InputRules.problem(line);
    if (problem.isPresent()) {
      return new ParseOutcome.Refused(problem.get());
    }
    List<Token> tokens = Tokenizer.tokens(line);
    if (tokens.isEmpty()) {
      return new ParseOutcome.Parsed(new Help(List.of()));
    }
    CommandLine root = parsers.borrow();
    try {
      ParseResult result = root.parseArgs(tokens.stream().map(Token::text).toArray(String[]::new));
      return new ParseOutcome.Parsed(toCommand(line, tokens, result));
    } catch (ParameterException e) {
      return new ParseOutcome.Refused(ParseErrors.describe(e, tokens));
    } catch (UsageError e) {
      return new ParseOutcome.Refused(ParseErrors.withUsage(e.getMessage(), e.usage()));
    } finally {
      parsers.giveBack(root);
    }
  }

  private static dev.aiir.commands.handling.IncidentCommand toCommand(
      String line, List<Token> tokens, ParseResult result) {
    int depth = 0;
    ParseResult leaf = result;
    while (leaf.hasSubcommand()) {
      leaf = leaf.subcommand();
      depth++;
    }
    if (depth == 0) {
      return new Help(List.of());
    }
    CommandLine leafLine = leaf.commandSpec().commandLine();
    List<Integer> free = FreeWords.indexes(tokens, depth, leaf.commandSpec());
    SubcommandSpec spec = leafLine.getCommand();
    return spec.toCommand(new WrittenText(line, tokens, free));
  }

  private static String withoutPrefix(String input) {
    String stripped = input.strip();
    if (stripped.regionMatches(true, 0, ROOT, 0, ROOT.length())
        && (stripped.length() == ROOT.length()
            || Character.isWhitespace(stripped.charAt(ROOT.length())))) {
      return stripped.substring(ROOT.length());
    }
    return input;
  }

  /**
   * Every subcommand of the grammar, depth first in the order of help, with its options and
   * parameters: what a platform with typed options must mirror.
   */
  public static List<SubcommandOutline> outline() {
    List<SubcommandOutline> all = new ArrayList<>();
    addOutlines(all, build(), "");
    return all;
  }

  private static void addOutlines(List<SubcommandOutline> all, CommandLine parent, String prefix) {
    for (Map.Entry<String, CommandLine> entry : parent.getSubcommands().entrySet()) {
      CommandSpec spec = entry.getValue().getCommandSpec();
      String path = prefix + entry.getKey();
      List<String> words = new ArrayList<>();
      spec.options().forEach(option -> words.add(option.longestName()));
      spec.positionalParameters().forEach(parameter -> words.add(parameter.paramLabel()));
      String[] description = spec.usageMessage().description();
      all.add(
          new SubcommandOutline(
              path,
              description.length > 0 ? description[0] : "",
              !(spec.userObject() instanceof FollowUpSpecs.GroupSpec),
              words));
      addOutlines(all, entry.getValue(), path + " ");
    }
  }

  /** The grammar, for help text: a parser of the thread's own, never used to parse. */
  CommandLine grammar() {
    return forHelp.get();
  }
}
