package dev.aiir.bot.trackers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aiir.bot.config.ExportTargetSettings;
import dev.aiir.commands.model.TrackerIssue;
import dev.aiir.commands.port.TrackerClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GitLab issues (REST API v4, {@code /api/v4/projects/:id/issues}): as GitHub's, with GitLab's
 * shapes: labels as one comma-separated text, assignees by user id, {@code state_event: close}. The
 * description is escaped Markdown, so a line of the item's text that reads {@code /close} is no
 * quick action.
 */
final class GitLabIssues implements TrackerClient, Reachability {
  private static final int PAGES = 10;
  private final VendorHttp http;
  private final ExportTargetSettings settings;
  private final String project;

  GitLabIssues(VendorHttp http, ExportTargetSettings settings) {
    this.http = http;
    this.settings = settings;
    this.project = "/api/v4/projects/" + Paths.encode(settings.project());
  }

  @Override
  public Optional<IssueRef> find(TrackerIssue issue) {
    String label = Paths.encode(issue.incident().value());
    for (int page = 1; page <= PAGES; page++) {
      JsonNode list =
          http.get(project + "/issues?labels=" + label + "&per_page=100&page=" + page, what());
      for (JsonNode found : list) {
        if (found.path("description").asText("").contains(issue.marker())) {
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
    ObjectNode body = body(issue);
    body.put("labels", String.join(",", labels(issue)));
    issue
        .owner()
        .map(owner -> settings.users().get(owner.id()))
        .ifPresent(id -> body.putArray("assignee_ids").add(Long.parseLong(id)));
    IssueRef ref = ref(http.send("POST", project + "/issues", body, what()).body());
    return issue.closed() ? update(ref.key(), issue) : ref;
  }

  @Override
  public IssueRef update(String key, TrackerIssue issue) {
    String iid = key.substring(key.lastIndexOf('#') + 1);
    ObjectNode body = body(issue);
    if (issue.closed()) {
      body.put("state_event", "close");
    }
    return ref(http.send("PUT", project + "/issues/" + iid, body, "the issue " + key).body());
  }

  private ObjectNode body(TrackerIssue issue) {
    ObjectNode body = VendorHttp.JSON.createObjectNode();
    body.put("title", issue.title());
    body.put(
        "description", MarkdownText.render(issue.body()) + "\n<!-- " + issue.marker() + " -->\n");
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
        settings.project() + "#" + issue.path("iid").asText(), issue.path("web_url").asText(null));
  }

  private String what() {
    return "the project " + settings.project();
  }

  @Override
  public Check check() {
    JsonNode found = http.get(project, what());
    if (found.path("issues_enabled").isBoolean() && !found.path("issues_enabled").asBoolean()) {
      return Check.failed(settings.project() + ": issues are turned off in this project");
    }
    int access =
        Math.max(
            found.path("permissions").path("project_access").path("access_level").asInt(0),
            found.path("permissions").path("group_access").path("access_level").asInt(0));
    if (found.path("permissions").isObject() && access < 20) {
      return Check.failed(
          settings.project()
              + ": the token's user is below Reporter here and cannot set labels or assignees");
    }
    return Check.ok(settings.project() + ": reachable; the token may create and label issues");
  }
}
