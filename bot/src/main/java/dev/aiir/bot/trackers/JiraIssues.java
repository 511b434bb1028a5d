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
 * Jira Cloud issues (REST API v3, {@code /rest/api/3/issue}): an action item is an issue of the
 * configured type with its priority's and its incident's labels, assigned to the owner's account id
 * when mapped; its description an Atlassian Document Format document (text nodes, never wiki
 * markup) ending with the item's marker. It is found again with JQL on the incident's label. Jira's
 * workflow owns the issue's status, so a done item is not transitioned from here; closing the issue
 * in Jira ticks the item off (the webhook).
 */
final class JiraIssues implements TrackerClient, Reachability {
  private final VendorHttp http;
  private final ExportTargetSettings settings;

  JiraIssues(VendorHttp http, ExportTargetSettings settings) {
    this.http = http;
    this.settings = settings;
  }

  @Override
  public Optional<IssueRef> find(TrackerIssue issue) {
    String jql =
        "project = \""
            + settings.project()
            + "\" AND labels = \""
            + issue.incident().value()
            + "\" ORDER BY created ASC";
    JsonNode found =
        http.get(
            "/rest/api/3/search/jql?jql="
                + Paths.encode(jql)
                + "&fields=summary,description&maxResults=100",
            "the project " + settings.project());
    for (JsonNode candidate : found.path("issues")) {
      if (candidate.path("fields").path("description").toString().contains(issue.marker())) {
        return Optional.of(ref(candidate.path("key").asText()));
      }
    }
    return Optional.empty();
  }

  @Override
  public IssueRef create(TrackerIssue issue) {
    ObjectNode fields = fields(issue);
    fields.putObject("project").put("key", settings.project());
    fields.putObject("issuetype").put("name", settings.issueType());
    fields.set("labels", VendorHttp.JSON.valueToTree(labels(issue)));
    issue
        .owner()
        .map(owner -> settings.users().get(owner.id()))
        .ifPresent(account -> fields.putObject("assignee").put("accountId", account));
    ObjectNode body = VendorHttp.JSON.createObjectNode();
    body.set("fields", fields);
    JsonNode created =
        http.send("POST", "/rest/api/3/issue", body, "the project " + settings.project()).body();
    return ref(created.path("key").asText());
  }

  @Override
  public IssueRef update(String key, TrackerIssue issue) {
    ObjectNode body = VendorHttp.JSON.createObjectNode();
    body.set("fields", fields(issue));
    http.send("PUT", "/rest/api/3/issue/" + Paths.encode(key), body, "the issue " + key);
    return ref(key);
  }

  private ObjectNode fields(TrackerIssue issue) {
    ObjectNode fields = VendorHttp.JSON.createObjectNode();
    // A summary is one line of at most 255 characters; Jira never renders markup in it.
    fields.put("summary", issue.title().replaceAll("[\\r\\n]+", " "));
    fields.set("description", JiraDocument.render(issue.body(), issue.marker()));
    return fields;
  }

  private List<String> labels(TrackerIssue issue) {
    List<String> labels = new ArrayList<>();
    labels.add(settings.labelOf(issue.priority()));
    labels.addAll(issue.labels());
    labels.addAll(settings.labels());
    // Jira labels cannot hold spaces.
    return labels.stream().map(label -> label.replaceAll("\\s+", "-")).toList();
  }

  private IssueRef ref(String key) {
    return new IssueRef(key, http.base() + "/browse/" + key);
  }

  @Override
  public Check check() {
    JsonNode me = http.get("/rest/api/3/myself", "the account");
    JsonNode project =
        http.get(
            "/rest/api/3/project/" + Paths.encode(settings.project()),
            "the project " + settings.project());
    JsonNode permissions =
        http.get(
            "/rest/api/3/mypermissions?projectKey="
                + Paths.encode(settings.project())
                + "&permissions=CREATE_ISSUES,EDIT_ISSUES",
            "the project " + settings.project());
    String who = me.path("displayName").asText("the account");
    for (String permission : List.of("CREATE_ISSUES", "EDIT_ISSUES")) {
      if (!permissions.path("permissions").path(permission).path("havePermission").asBoolean()) {
        return Check.failed(
            settings.project() + ": " + who + " lacks the " + permission + " permission here");
      }
    }
    return Check.ok(
        settings.project()
            + " ("
            + project.path("name").asText(settings.project())
            + "): reachable as "
            + who
            + ", who may create and edit issues");
  }
}
