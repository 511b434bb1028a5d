package dev.aiir.bot.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.DigestSchedule;
import dev.aiir.commands.model.ManagerDirectory;
import dev.aiir.commands.model.Managers;
import dev.aiir.commands.model.NudgeCadences;
import dev.aiir.commands.model.Phase;
import dev.aiir.commands.model.PhaseGate;
import dev.aiir.commands.model.RolloutPlan;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TrafficRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the YAML file that {@code AIIR_CONFIG} names: a {@code rollout.phases} plan (with each
 * phase's metric {@code gate}), the {@code managers}, the {@code nudges} cadences, the {@code
 * digest} schedule, the {@code alerts} sources and routes, and the {@code exports} to trackers and
 * wikis. Anything wrong stops start-up with a message that names the file, the line and the place
 * in it.
 */
public final class ConfigFile {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private final String file;
  private final Map<String, String> env;
  private ConfigNodes nodes;

  private ConfigFile(String file, Map<String, String> env) {
    this.file = file;
    this.env = env;
  }

  /** Reads the file; {@code env} holds the environment variables its secrets name. */
  public static FileConfig load(Path path, Map<String, String> env) {
    ConfigFile reader = new ConfigFile(path.toString(), env);
    String text;
    try {
      text = Files.readString(path);
    } catch (IOException e) {
      throw new ConfigurationException("AIIR_CONFIG names " + path + ", which cannot be read");
    }
    return reader.read(text);
  }

  /** Reads the configuration from {@code text}, naming {@code file} in errors. */
  static FileConfig parse(String file, String text) {
    return parse(file, text, Map.of());
  }

  /** Reads the configuration from {@code text}, its secrets from {@code env}. */
  static FileConfig parse(String file, String text, Map<String, String> env) {
    return new ConfigFile(file, env).read(text);
  }

  private FileConfig read(String text) {
    nodes = new ConfigNodes(file, YamlLines.of(text));
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ConfigurationException(
          "AIIR_CONFIG " + file + ": this is not valid YAML" + location(e));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return FileConfig.defaults();
    }
    requireObject(root, "");
    onlyKeys(root, "", Set.of("rollout", "managers", "nudges", "digest", "alerts", "exports"));
    RolloutPlan plan = root.has("rollout") ? plan(root.get("rollout")) : RolloutPlan.defaults();
    ManagerDirectory managers =
        root.has("managers") ? managers(root.get("managers")) : ManagerDirectory.none();
    NudgeCadences nudges =
        root.has("nudges") ? nudges(root.get("nudges")) : NudgeCadences.standard();
    Optional<DigestSchedule> digest =
        root.has("digest") ? digest(root.get("digest")) : Optional.of(DigestSchedule.standard());
    AlertsConfig alerts =
        root.has("alerts")
            ? new AlertsSection(nodes, env).read(root.get("alerts"))
            : AlertsConfig.none();
    ExportsConfig exports =
        root.has("exports")
            ? new ExportsSection(nodes, env).read(root.get("exports"))
            : ExportsConfig.none();
    return new FileConfig(plan, managers, nudges, digest, alerts, exports);
  }

  /** {@code digest: "0 9 * * 1-5"} (a cron line in the team's zone), or {@code off}. */
  private Optional<DigestSchedule> digest(JsonNode node) {
    String text = node.isValueNode() ? node.asText().strip() : "";
    if (text.equalsIgnoreCase("off") || text.equals("false")) {
      return Optional.empty();
    }
    return Optional.of(
        DigestSchedule.parseCron(text)
            .orElseThrow(
                () ->
                    fail(
                        "digest",
                        "'"
                            + text
                            + "' is not a cron line such as \"0 9 * * 1-5\" (minute hour * *"
                            + " weekdays), nor off")));
  }

  /** {@code nudges: {sev1: 15m, sev3: off}}: a severity not named keeps its standard cadence. */
  private NudgeCadences nudges(JsonNode node) {
    requireObject(node, "nudges");
    onlyKeys(node, "nudges", Set.of("sev1", "sev2", "sev3", "sev4"));
    NudgeCadences cadences = NudgeCadences.standard();
    for (Severity severity : Severity.values()) {
      String key = "sev" + severity.level();
      if (node.has(key)) {
        cadences = cadences.with(severity, cadence(text(node, "nudges", key), "nudges." + key));
      }
    }
    return cadences;
  }

  private Optional<Duration> cadence(String text, String where) {
    // YAML reads a bare off as the boolean false.
    if (text.equalsIgnoreCase("off") || text.equals("false")) {
      return Optional.empty();
    }
    Optional<Duration> cadence = DurationText.parse(text).filter(d -> !d.isZero());
    if (cadence.isEmpty()) {
      throw fail(where, "'" + text + "' is not a duration such as 30m or 4h, nor off");
    }
    return cadence;
  }

  private RolloutPlan plan(JsonNode rollout) {
    requireObject(rollout, "rollout");
    onlyKeys(rollout, "rollout", Set.of("phases"));
    JsonNode phases = rollout.get("phases");
    if (phases == null || !phases.isArray() || phases.isEmpty()) {
      throw fail("rollout.phases", "list the phases, each with name, traffic, duration and exit");
    }
    List<Phase> list = new ArrayList<>();
    for (int i = 0; i < phases.size(); i++) {
      list.add(phase(phases.get(i), "rollout.phases[" + (i + 1) + "]"));
    }
    try {
      return new RolloutPlan(list);
    } catch (IllegalArgumentException e) {
      throw fail("rollout.phases", e.getMessage());
    }
  }

  private Phase phase(JsonNode node, String where) {
    requireObject(node, where);
    onlyKeys(node, where, Set.of("name", "traffic", "duration", "exit", "gate"));
    String name = text(node, where, "name");
    String at = where + " (" + name + ")";
    String trafficText = text(node, at, "traffic");
    TrafficRange traffic;
    try {
      traffic =
          TrafficRange.parse(trafficText)
              .orElseThrow(
                  () ->
                      fail(at + ".traffic", "'" + trafficText + "' is not a range such as 10-25%"));
    } catch (IllegalArgumentException e) {
      throw fail(at + ".traffic", e.getMessage());
    }
    String durationText = text(node, at, "duration");
    Duration[] duration =
        DurationText.range(durationText)
            .orElseThrow(
                () ->
                    fail(
                        at + ".duration",
                        "'" + durationText + "' is not a duration such as 2h-4h, or 72h"));
    PhaseGate gate =
        node.has("gate")
            ? new GateConfig(nodes).read(node.get("gate"), at + ".gate")
            : PhaseGate.NONE;
    try {
      return new Phase(name, traffic, duration[0], duration[1], text(node, at, "exit"), gate);
    } catch (IllegalArgumentException e) {
      throw fail(at, e.getMessage());
    }
  }

  private ManagerDirectory managers(JsonNode node) {
    requireObject(node, "managers");
    Managers defaults = Managers.none();
    Map<Tenant, Managers> byTenant = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String where = "managers." + entry.getKey();
      Managers managers = managersOf(entry.getValue(), where);
      if (entry.getKey().equals("default")) {
        defaults = managers;
      } else {
        byTenant.put(nodes.workspaceKey(entry.getKey(), where), managers);
      }
    }
    return new ManagerDirectory(defaults, byTenant);
  }

  private Managers managersOf(JsonNode node, String where) {
    requireObject(node, where);
    onlyKeys(node, where, Set.of("channel", "users"));
    Optional<String> channel =
        node.has("channel") ? Optional.of(text(node, where, "channel")) : Optional.empty();
    List<String> users = new ArrayList<>();
    JsonNode list = node.get("users");
    if (list != null) {
      if (!list.isArray()) {
        throw fail(where + ".users", "list user ids, such as [U0123ABC, U0456DEF]");
      }
      list.forEach(user -> users.add(user.asText().strip()));
      if (users.stream().anyMatch(String::isEmpty)) {
        throw fail(where + ".users", "a user id is empty");
      }
    }
    if (channel.isEmpty() && users.isEmpty()) {
      throw fail(where, "name a channel, users, or both");
    }
    return new Managers(channel, users);
  }

  private String text(JsonNode node, String where, String key) {
    return nodes.text(node, where, key);
  }

  private void requireObject(JsonNode node, String where) {
    nodes.requireObject(node, where);
  }

  private void onlyKeys(JsonNode node, String where, Set<String> allowed) {
    nodes.onlyKeys(node, where, allowed);
  }

  private ConfigurationException fail(String where, String problem) {
    return nodes == null
        ? new ConfigurationException("AIIR_CONFIG " + file + ": " + problem)
        : nodes.fail(where, problem);
  }

  /** A place in the file as YAML knows it, for a YAML syntax error. */
  static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }
}
