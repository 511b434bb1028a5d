package dev.aiir.bot.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiir.commands.model.Criterion;
import dev.aiir.commands.model.CriterionText;
import dev.aiir.commands.model.PhaseGate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A phase's {@code gate} in the configuration file: its metric {@code criteria} (each a check
 * {@code <query> <comparison> <threshold>}, or a map of {@code check} with {@code for}, {@code
 * every} and {@code failures}), and whether the bot promotes ({@code auto}) and halts ({@code
 * auto_halt}) by itself. A criterion the gate grammar refuses stops start-up with its line.
 */
final class GateConfig {
  /** Makes the error for the value at a JSON pointer, naming its place and line. */
  @FunctionalInterface
  interface Failure {
    ConfigurationException at(String where, String pointer, String problem);
  }

  private static final Set<String> KEYS = Set.of("auto", "auto_halt", "criteria");
  private static final Set<String> CRITERION_KEYS = Set.of("check", "for", "every", "failures");

  private final Failure fail;

  GateConfig(Failure fail) {
    this.fail = fail;
  }

  PhaseGate read(JsonNode node, String where, String pointer) {
    if (!node.isObject()) {
      throw fail.at(where, pointer, "expected auto, auto_halt and criteria here");
    }
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!KEYS.contains(key)) {
                throw fail.at(
                    where,
                    pointer + "/" + key,
                    "unknown key '" + key + "' (expected: auto, auto_halt, criteria)");
              }
            });
    JsonNode list = node.get("criteria");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw fail.at(
          where + ".criteria",
          pointer + "/criteria",
          "list the metric criteria, such as - 'error_ratio < 0.01'");
    }
    List<Criterion> criteria = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      criteria.add(
          criterion(list.get(i), where + ".criteria[" + (i + 1) + "]", pointer + "/criteria/" + i));
    }
    try {
      return new PhaseGate(
          criteria, flag(node, "auto", where, pointer), flag(node, "auto_halt", where, pointer));
    } catch (IllegalArgumentException e) {
      throw fail.at(where + ".criteria", pointer + "/criteria", e.getMessage());
    }
  }

  private Criterion criterion(JsonNode node, String where, String pointer) {
    CriterionText.Outcome outcome;
    if (node.isValueNode()) {
      outcome = CriterionText.parse(node.asText());
    } else if (node.isObject()) {
      node.fieldNames()
          .forEachRemaining(
              key -> {
                if (!CRITERION_KEYS.contains(key)) {
                  throw fail.at(
                      where,
                      pointer + "/" + key,
                      "unknown key '" + key + "' (expected: check, every, failures, for)");
                }
              });
      outcome =
          CriterionText.parse(
              text(node, "check"), text(node, "for"), text(node, "every"), text(node, "failures"));
    } else {
      throw fail.at(where, pointer, "a criterion is a check such as 'error_ratio < 0.01'");
    }
    if (outcome instanceof CriterionText.Problem problem) {
      String key = optionOf(problem.text());
      String at = key == null || !node.has(key) ? pointer : pointer + "/" + key;
      throw fail.at(where, at, withKeyNames(problem.text()));
    }
    return outcome.criterion();
  }

  private boolean flag(JsonNode gate, String key, String where, String pointer) {
    JsonNode value = gate.get(key);
    if (value == null) {
      return false;
    }
    String text = value.asText().strip().toLowerCase(Locale.ROOT);
    if (Set.of("true", "yes", "on").contains(text)) {
      return true;
    }
    if (Set.of("false", "no", "off").contains(text)) {
      return false;
    }
    throw fail.at(where + "." + key, pointer + "/" + key, "'" + text + "' is not true or false");
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || !value.isValueNode() ? null : value.asText();
  }

  /** The criterion's key a problem is about, such as {@code every}; null for the check. */
  private static String optionOf(String problem) {
    for (String key : List.of("for", "every", "failures")) {
      if (problem.startsWith("--" + key + " ")) {
        return key;
      }
    }
    return null;
  }

  /** The grammar names its options {@code --every}; the file names its keys {@code every}. */
  private static String withKeyNames(String problem) {
    return problem.replaceFirst("^--(for|every|failures) ", "$1 ");
  }
}
