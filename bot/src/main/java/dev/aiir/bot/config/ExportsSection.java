package dev.aiir.bot.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.ExportRoute;
import dev.aiir.commands.model.ExportRoutes;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.Priority;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the configuration file's {@code exports}: one key per tracker or wiki ({@code github},
 * {@code gitlab}, {@code jira}, {@code confluence}, {@code notion}, {@code github-wiki}, {@code
 * gitlab-wiki}), each with its base URL, its credential (from an environment variable or a file,
 * never written in the file itself), where it exports to and its mappings; and {@code routes}, each
 * workspace's tracker and wiki.
 */
final class ExportsSection {
  private static final String WHERE = "exports";
  private static final Pattern REPO = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");
  private static final Pattern JIRA_KEY = Pattern.compile("[A-Z][A-Z0-9_]+");
  private static final List<String> TOKENS = List.of("token_env", "token_file");
  private static final Map<ExportTarget, String> DEFAULT_URLS =
      Map.of(
          ExportTarget.GITHUB, "https://api.github.com",
          ExportTarget.GITHUB_WIKI, "https://api.github.com",
          ExportTarget.GITLAB, "https://gitlab.com",
          ExportTarget.GITLAB_WIKI, "https://gitlab.com",
          ExportTarget.NOTION, "https://api.notion.com");
  private final ConfigNodes nodes;
  private final ConfigSecrets secrets;

  ExportsSection(ConfigNodes nodes, Map<String, String> env) {
    this.nodes = nodes;
    this.secrets = new ConfigSecrets(nodes, env);
  }

  ExportsConfig read(JsonNode exports) {
    nodes.requireObject(exports, WHERE);
    Set<String> allowed = new java.util.HashSet<>(Set.of("routes"));
    for (ExportTarget target : ExportTarget.values()) {
      allowed.add(target.key());
    }
    nodes.onlyKeys(exports, WHERE, allowed);
    Map<ExportTarget, ExportTargetSettings> targets = new EnumMap<>(ExportTarget.class);
    for (ExportTarget target : ExportTarget.values()) {
      if (exports.has(target.key())) {
        targets.put(target, target(target, exports.get(target.key()), WHERE + "." + target.key()));
      }
    }
    if (targets.isEmpty()) {
      throw nodes.fail(
          WHERE,
          "set up at least one tracker (github, gitlab, jira) or wiki (confluence, notion,"
              + " github-wiki, gitlab-wiki)");
    }
    ExportRoutes routes =
        exports.has("routes")
            ? routes(exports.get("routes"), targets.keySet())
            : new ExportRoutes(targets.keySet(), ExportRoute.none(), Map.of());
    return new ExportsConfig(targets, routes);
  }

  private ExportTargetSettings target(ExportTarget target, JsonNode node, String where) {
    nodes.requireObject(node, where);
    secrets.refuseWritten(node, where, "token");
    nodes.onlyKeys(node, where, keys(target));
    List<String> given = TOKENS.stream().filter(node::has).toList();
    if (given.size() != 1) {
      throw nodes.fail(where, "give the token as token_env or token_file (exactly one)");
    }
    Secret token =
        secrets.read(text(node, where, given.get(0)), given.get(0), where + "." + given.get(0));
    URI url = url(node, where, target);
    String project = text(node, where, projectKey(target));
    checkProject(target, project, where + "." + projectKey(target));
    Optional<Secret> webhook = webhookSecret(node, where);
    return new ExportTargetSettings(
        target,
        url,
        token,
        optional(node, where, "email"),
        project,
        target == ExportTarget.CONFLUENCE ? optional(node, where, "parent") : Optional.empty(),
        optional(node, where, "issue_type").orElse("Task"),
        list(node, where, "labels"),
        priorityLabels(node, where),
        users(node, where),
        webhook,
        optional(node, where, "path").map(p -> p.replaceAll("^/+|/+$", "")).orElse("pir"),
        optional(node, where, "branch"));
  }

  private static Set<String> keys(ExportTarget target) {
    Set<String> keys = new java.util.HashSet<>(Set.of("url", "token_env", "token_file"));
    keys.add(projectKey(target));
    switch (target) {
      case GITHUB, GITLAB, JIRA -> {
        keys.addAll(Set.of("labels", "priority_labels", "users"));
        keys.addAll(
            target == ExportTarget.GITLAB
                ? Set.of("webhook_token_env", "webhook_token_file")
                : Set.of("webhook_secret_env", "webhook_secret_file"));
        if (target == ExportTarget.JIRA) {
          keys.addAll(Set.of("email", "issue_type"));
        }
      }
      case CONFLUENCE -> keys.addAll(Set.of("email", "parent"));
      case GITHUB_WIKI -> keys.addAll(Set.of("path", "branch"));
      case GITLAB_WIKI -> keys.add("path");
      case NOTION -> {}
    }
    return keys;
  }

  /** The key that says where a target exports to. */
  static String projectKey(ExportTarget target) {
    return switch (target) {
      case GITHUB, GITHUB_WIKI -> "repo";
      case GITLAB, GITLAB_WIKI, JIRA -> "project";
      case CONFLUENCE -> "space";
      case NOTION -> "parent";
    };
  }

  private void checkProject(ExportTarget target, String project, String where) {
    boolean ok =
        switch (target) {
          case GITHUB, GITHUB_WIKI -> REPO.matcher(project).matches();
          case JIRA -> JIRA_KEY.matcher(project).matches();
          case NOTION -> project.replace("-", "").matches("[0-9a-fA-F]{32}");
          default -> !project.isBlank();
        };
    if (!ok) {
      String expected =
          switch (target) {
            case GITHUB, GITHUB_WIKI -> "a repository as owner/name";
            case JIRA -> "a Jira project key such as OPS";
            case NOTION -> "a Notion page id (32 hexadecimal digits, dashes allowed)";
            default -> "a value";
          };
      throw nodes.fail(where, "'" + project + "' is not " + expected);
    }
  }

  private URI url(JsonNode node, String where, ExportTarget target) {
    Optional<String> given = optional(node, where, "url");
    String text = given.or(() -> Optional.ofNullable(DEFAULT_URLS.get(target))).orElse(null);
    if (text == null) {
      throw nodes.fail(
          where + ".url",
          "missing: give "
              + target.label()
              + "'s address, such as "
              + (target == ExportTarget.CONFLUENCE
                  ? "https://acme.atlassian.net/wiki"
                  : "https://acme.atlassian.net"));
    }
    try {
      URI uri = new URI(text.replaceAll("/+$", ""));
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
          || uri.getHost() == null) {
        throw new URISyntaxException(text, "not http(s)");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw nodes.fail(where + ".url", "'" + text + "' is not an http(s) address");
    }
  }

  private Optional<Secret> webhookSecret(JsonNode node, String where) {
    for (String key :
        List.of(
            "webhook_secret_env",
            "webhook_secret_file",
            "webhook_token_env",
            "webhook_token_file")) {
      if (node.has(key)) {
        return Optional.of(secrets.read(text(node, where, key), key, where + "." + key));
      }
    }
    return Optional.empty();
  }

  private Map<Priority, String> priorityLabels(JsonNode node, String where) {
    JsonNode map = node.get("priority_labels");
    if (map == null) {
      return Map.of();
    }
    String at = where + ".priority_labels";
    nodes.requireObject(map, at);
    nodes.onlyKeys(map, at, Set.of("P0", "P1", "P2"));
    Map<Priority, String> labels = new EnumMap<>(Priority.class);
    map.fields()
        .forEachRemaining(e -> labels.put(Priority.valueOf(e.getKey()), text(map, at, e.getKey())));
    return labels;
  }

  private Map<String, String> users(JsonNode node, String where) {
    JsonNode map = node.get("users");
    if (map == null) {
      return Map.of();
    }
    String at = where + ".users";
    nodes.requireObject(map, at);
    Map<String, String> users = new LinkedHashMap<>();
    map.fields().forEachRemaining(e -> users.put(e.getKey().strip(), text(map, at, e.getKey())));
    return users;
  }

  private List<String> list(JsonNode node, String where, String key) {
    JsonNode list = node.get(key);
    if (list == null) {
      return List.of();
    }
    if (!list.isArray()) {
      throw nodes.fail(where + "." + key, "list them, such as [incident-follow-up]");
    }
    List<String> values = new ArrayList<>();
    list.forEach(value -> values.add(value.asText().strip()));
    if (values.stream().anyMatch(String::isEmpty)) {
      throw nodes.fail(where + "." + key, "a label is empty");
    }
    return values;
  }

  private ExportRoutes routes(JsonNode node, Set<ExportTarget> configured) {
    String where = WHERE + ".routes";
    nodes.requireObject(node, where);
    ExportRoute defaults = ExportRoute.none();
    Map<Tenant, ExportRoute> byTenant = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String at = where + "." + entry.getKey();
      ExportRoute route = route(entry.getValue(), at, configured);
      if (entry.getKey().equals("default")) {
        defaults = route;
      } else {
        byTenant.put(nodes.workspaceKey(entry.getKey(), at), route);
      }
    }
    return new ExportRoutes(configured, defaults, byTenant);
  }

  private ExportRoute route(JsonNode node, String where, Set<ExportTarget> configured) {
    nodes.requireObject(node, where);
    nodes.onlyKeys(node, where, Set.of("actions", "pir", "at_resolve"));
    Optional<ExportTarget> actions = routeTarget(node, where, "actions", true, configured);
    Optional<ExportTarget> pir = routeTarget(node, where, "pir", false, configured);
    if (actions.isEmpty() && pir.isEmpty()) {
      throw nodes.fail(where, "name a tracker for actions, a wiki for pir, or both");
    }
    boolean atResolve = true;
    if (node.has("at_resolve")) {
      JsonNode flag = node.get("at_resolve");
      if (!flag.isBoolean()) {
        throw nodes.fail(where + ".at_resolve", "true or false");
      }
      atResolve = flag.asBoolean();
    }
    return new ExportRoute(actions, pir, atResolve);
  }

  private Optional<ExportTarget> routeTarget(
      JsonNode node, String where, String key, boolean tracker, Set<ExportTarget> configured) {
    if (!node.has(key)) {
      return Optional.empty();
    }
    String text = text(node, where, key);
    String at = where + "." + key;
    ExportTarget target =
        ExportTarget.parse(text)
            .orElseThrow(
                () ->
                    nodes.fail(
                        at,
                        "'"
                            + text
                            + "' is none of "
                            + ExportTarget.keys(tracker).replace("|", ", ")));
    if (target.isTracker() != tracker) {
      throw nodes.fail(
          at,
          text
              + (tracker
                  ? " is a wiki; actions go to a tracker (" + ExportTarget.keys(true) + ")"
                  : " is a tracker; the pir goes to a wiki (" + ExportTarget.keys(false) + ")"));
    }
    if (!configured.contains(target)) {
      throw nodes.fail(at, text + " is not set up under exports");
    }
    return Optional.of(target);
  }

  private Optional<String> optional(JsonNode node, String where, String key) {
    return node.has(key) ? Optional.of(text(node, where, key)) : Optional.empty();
  }

  private String text(JsonNode node, String where, String key) {
    return nodes.text(node, where, key);
  }
}
