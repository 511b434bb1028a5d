package dev.aiir.bot.config;

import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.Priority;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One tracker or wiki as the configuration file's {@code exports} sets it up. Secrets are read from
 * the environment or a file and never printed: {@link #toString()} names where they came from.
 *
 * @param url the API's base ({@code https://api.github.com}, {@code https://acme.atlassian.net},
 *     {@code https://acme.atlassian.net/wiki} for Confluence)
 * @param user the account's e-mail for Atlassian Cloud's basic authentication; without one, the
 *     token is sent as a bearer token (Jira and Confluence Data Center's personal access tokens)
 * @param project the repository ({@code acme/ml}), GitLab project ({@code group/project} or its
 *     id), Jira project key, Confluence space key, or the Notion page that PIR pages go under
 * @param parent Confluence's parent page id, if any
 * @param issueType Jira's issue type for action items
 * @param labels labels every exported issue gets besides its priority's and its incident's id
 * @param priorityLabels each priority's label
 * @param users chat user ids to the tracker's users (GitHub logins, GitLab user ids, Jira account
 *     ids)
 * @param webhookSecret the secret the tracker's webhook proves itself with, when one is set up
 * @param path the folder (GitHub repository) or wiki directory (GitLab) that PIR pages go in
 * @param branch the GitHub branch PIR files are committed to; the default branch if empty
 */
public record ExportTargetSettings(
    ExportTarget target,
    URI url,
    Secret token,
    Optional<String> user,
    String project,
    Optional<String> parent,
    String issueType,
    List<String> labels,
    Map<Priority, String> priorityLabels,
    Map<String, String> users,
    Optional<Secret> webhookSecret,
    String path,
    Optional<String> branch) {

  public ExportTargetSettings {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(issueType, "issueType");
    labels = List.copyOf(labels);
    priorityLabels = Map.copyOf(priorityLabels);
    users = Map.copyOf(users);
    Objects.requireNonNull(webhookSecret, "webhookSecret");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(branch, "branch");
  }

  /** The label of a priority: the configured one, else {@code P0}. */
  public String labelOf(Priority priority) {
    return priorityLabels.getOrDefault(priority, priority.name());
  }

  /** The defaults a target's keys start from: the vendor's public API, no mapping. */
  public static ExportTargetSettings of(
      ExportTarget target, URI url, Secret token, String project) {
    return new ExportTargetSettings(
        target,
        url,
        token,
        Optional.empty(),
        project,
        Optional.empty(),
        "Task",
        List.of(),
        Map.of(),
        Map.of(),
        Optional.empty(),
        "pir",
        Optional.empty());
  }

  @Override
  public String toString() {
    return target.key()
        + " ("
        + url
        + ", "
        + project
        + ", token from "
        + token.origin()
        + webhookSecret.map(s -> ", webhook secret from " + s.origin()).orElse("")
        + ")";
  }
}
