package dev.aiir.bot.trackers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aiir.bot.config.ExportTargetSettings;
import dev.aiir.commands.model.WikiPage;
import dev.aiir.commands.port.ExportFailure;
import dev.aiir.commands.port.WikiClient;
import java.util.Optional;

/**
 * A GitLab project's wiki (REST API v4, {@code /api/v4/projects/:id/wikis}): the PIR is the page
 * {@code <path>/<incident id>} in Markdown. Its slug is known before it exists, so it is found
 * again by it, and taken for this review's only when it carries the marker. GitLab keeps no version
 * an update could name, so an update replaces the page's content.
 */
final class GitLabWiki implements WikiClient, Reachability {
  private final VendorHttp http;
  private final ExportTargetSettings settings;
  private final String wikis;

  GitLabWiki(VendorHttp http, ExportTargetSettings settings) {
    this.http = http;
    this.settings = settings;
    this.wikis = "/api/v4/projects/" + Paths.encode(settings.project()) + "/wikis";
  }

  private String slug(WikiPage page) {
    return settings.path() + "/" + page.incident().value();
  }

  @Override
  public Optional<PageRef> find(WikiPage page) {
    String slug = slug(page);
    Optional<JsonNode> found = http.find(wikis + "/" + Paths.encode(slug), what());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    if (!found.get().path("content").asText("").contains(page.marker())) {
      throw new ExportFailure(
          ExportFailure.Kind.REJECTED,
          "the wiki page " + slug + " exists and aiir did not write it; move it aside.");
    }
    return Optional.of(ref(found.get().path("slug").asText(slug)));
  }

  @Override
  public PageRef create(WikiPage page) {
    JsonNode created = http.send("POST", wikis, body(page), what()).body();
    return ref(created.path("slug").asText(slug(page)));
  }

  @Override
  public PageRef update(PageRef known, WikiPage page) {
    JsonNode updated =
        http.send(
                "PUT",
                wikis + "/" + Paths.encode(known.id()),
                body(page),
                "the wiki page " + known.id())
            .body();
    return ref(updated.path("slug").asText(known.id()));
  }

  private ObjectNode body(WikiPage page) {
    ObjectNode body = VendorHttp.JSON.createObjectNode();
    body.put("title", slug(page));
    body.put("content", WikiMarkdown.of(page));
    body.put("format", "markdown");
    return body;
  }

  private PageRef ref(String slug) {
    String project =
        settings.project().matches("\\d+") ? "projects/" + settings.project() : settings.project();
    return new PageRef(slug, null, http.base() + "/" + project + "/-/wikis/" + slug);
  }

  private String what() {
    return "the wiki of " + settings.project();
  }

  @Override
  public Check check() {
    JsonNode project =
        http.get(
            "/api/v4/projects/" + Paths.encode(settings.project()),
            "the project " + settings.project());
    String access = project.path("wiki_access_level").asText("enabled");
    if (access.equals("disabled")
        || (project.path("wiki_enabled").isBoolean()
            && !project.path("wiki_enabled").asBoolean())) {
      return Check.failed(settings.project() + ": the project's wiki is turned off");
    }
    int level =
        Math.max(
            project.path("permissions").path("project_access").path("access_level").asInt(0),
            project.path("permissions").path("group_access").path("access_level").asInt(0));
    if (project.path("permissions").isObject() && level < 30) {
      return Check.failed(
          settings.project()
              + ": the token's user is below Developer here and cannot edit the wiki");
    }
    return Check.ok(
        settings.project()
            + ": reachable; the token may write "
            + settings.path()
            + "/<incident id> in the wiki");
  }
}
