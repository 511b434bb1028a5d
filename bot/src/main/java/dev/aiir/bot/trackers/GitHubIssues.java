package dev.aiir.bot.trackers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aiir.bot.config.ExportTargetSettings;
import dev.aiir.commands.model.TrackerIssue;
import dev.aiir.commands.port.TrackerClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub issues (REST API, {@code /repos/{owner}/{repo}/issues}): an action item is an issue with
 * its priority's and its incident's labels, assigned to the owner's login when mapped, its body in
 * escaped Markdown with the item's marker in an HTML comment. It is found again by listing the
 * incident's label (a list, unlike search, sees an issue the moment it exists). An update sets the
 * title and body, and closes the issue when the item is done; labels and assignees are set at
 * creation only, so that changes made in GitHub stay.
 */
final class GitHubIssues implements TrackerClient, Reachability {
  private static final int PAGES = 10;
  private final VendorHttp http;
  private final ExportTargetSettings settings;
  private final String repo;

  GitHubIssues(VendorHttp http, ExportTargetSettings settings) {
    this.http = http;
    this.settings = settings;
    this.repo = settings.project();
  }

  static Map<String, String> headers(ExportTargetSettings settings) {
    Map<String, String> headers = new java.util.LinkedHashMap<>(Auth.bearer(settings));
    headers.put("Accept", "application/vnd.github+json");
    headers.put("X-GitHub-Api-Version", "2022-11-28");
    return headers;
  }

  @Override
  public Optional<IssueRef> find(TrackerIssue issue) {
    String label = Paths.encode(issue.incident().value());
    for (int page = 1; page <= PAGES; page++) {
      JsonNode list =
          http.get(
              "/repos/" + repo + "/issues?labels=" + label + "&state=all&per_page=100&page=" + page,
              "the repository " + repo);
      for (JsonNode found : list) {
        if (!found.has("pull_request") && found.path("body").asText("").contains(issue.marker())) {
          return Optional.of(ref(found));
        }
      }
      if (list.size() < 100) {
        break;
      }
    }
    return Optional.empty();
  }

  @Override
  public IssueRef create(TrackerIssue issue) {
    JsonNode created =
        http.send(
                "POST", "/repos/" + repo + "/issues", body(issue, false), "the repository " + repo)
            .body();
    IssueRef ref = ref(created);
    if (issue.closed()) {
      return update(ref.key(), issue);
    }
    return ref;
  }

  @Override
  public IssueRef update(String key, TrackerIssue issue) {
    String number = key.substring(key.lastIndexOf('#') + 1);
    return ref(
        http.send(
                "PATCH",
                "/repos/" + repo + "/issues/" + number,
                body(issue, true),
                "the issue " + key)
            .body());
  }

  private ObjectNode body(TrackerIssue issue, boolean update) {
    ObjectNode body = VendorHttp.JSON.createObjectNode();
    body.put("title", issue.title());
    body.put("body", MarkdownText.render(issue.body()) + "\n<!-- " + issue.marker() + " -->\n");
    if (!update) {
      // Labels and assignees are set once: after that they are the tracker's people's to change.
      body.set("labels", VendorHttp.JSON.valueToTree(labels(issue)));
      issue
          .owner()
          .map(owner -> settings.users().get(owner.id()))
          .ifPresent(login -> body.putArray("assignees").add(login));
    }
    if (update && issue.closed()) {
      body.put("state", "closed"); // never reopened from here: the tracker's state is its own
      body.put("state_reason", "completed");
    }
    return body;
  }

  private List<String> labels(TrackerIssue issue) {
    List<String> labels = new ArrayList<>();
    labels.add(settings.labelOf(issue.priority()));
    labels.addAll(issue.labels());
    labels.addAll(settings.labels());
    return labels;
  }

  private IssueRef ref(JsonNode issue) {
    return new IssueRef(
        repo + "#" + issue.path("number").asText(), issue.path("html_url").asText(null));
  }

  @Override
  public Check check() {
    JsonNode repository = http.get("/repos/" + repo, "the repository " + repo);
    JsonNode permissions = repository.path("permissions");
    if (!repository.path("has_issues").asBoolean(true)) {
      return Check.failed(repo + ": issues are turned off in this repository");
    }
    if (permissions.isObject()
        && !permissions.path("push").asBoolean(false)
        && !permissions.path("triage").asBoolean(false)) {
      return Check.failed(
          repo
              + ": the token may read but not triage: GitHub would drop the labels and assignees"
              + " (give it triage, write or Issues: read and write)");
    }
    return Check.ok(repo + ": reachable; the token may create and label issues");
  }
}
