package dev.aiir.bot.trackers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aiir.bot.config.ExportTargetSettings;
import dev.aiir.commands.model.WikiPage;
import dev.aiir.commands.port.ExportFailure;
import dev.aiir.commands.port.WikiClient;
import java.util.Optional;

/**
 * Confluence pages through the REST API v1 ({@code /rest/api/content}), which Confluence Cloud and
 * Data Center both serve: the PIR is a page in the configured space (under the parent page, if one
 * is set) in storage format. A title is unique in a space, so the page is found again by its title,
 * and taken for this review's only when it carries the marker. An update names the version aiir
 * published: when people edited the page in Confluence since, Confluence refuses (409) and their
 * edits stay.
 */
final class ConfluencePages implements WikiClient, Reachability {
  private final VendorHttp http;
  private final ExportTargetSettings settings;

  ConfluencePages(VendorHttp http, ExportTargetSettings settings) {
    this.http = http;
    this.settings = settings;
  }

  @Override
  public Optional<PageRef> find(WikiPage page) {
    JsonNode found =
        http.get(
            "/rest/api/content?type=page&spaceKey="
                + Paths.encode(settings.project())
                + "&title="
                + Paths.encode(page.title())
                + "&expand=version,body.storage",
            space());
    for (JsonNode candidate : found.path("results")) {
      if (!candidate
          .path("body")
          .path("storage")
          .path("value")
          .asText("")
          .contains(page.marker())) {
        throw new ExportFailure(
            ExportFailure.Kind.REJECTED,
            "a page titled '"
                + page.title()
                + "' is in the space "
                + settings.project()
                + " and aiir did not publish it; rename or move that page, or publish elsewhere.");
      }
      return Optional.of(ref(candidate));
    }
    return Optional.empty();
  }

  @Override
  public PageRef create(WikiPage page) {
    ObjectNode body = body(page);
    settings.parent().ifPresent(parent -> body.putArray("ancestors").addObject().put("id", parent));
    return ref(http.send("POST", "/rest/api/content", body, space()).body());
  }

  @Override
  public PageRef update(PageRef known, WikiPage page) {
    ObjectNode body = body(page);
    body.put("id", known.id());
    int version = known.version() == null ? 1 : Integer.parseInt(known.version());
    body.putObject("version").put("number", version + 1);
    try {
      return ref(
          http.send(
                  "PUT",
                  "/rest/api/content/" + Paths.encode(known.id()),
                  body,
                  "the page " + known.id())
              .body());
    } catch (ExportFailure failure) {
      if (failure instanceof VendorHttp.Conflict) {
        throw new ExportFailure(
            ExportFailure.Kind.REJECTED,
            "the page was edited in Confluence after aiir published version "
                + version
                + " ("
                + known.url()
                + "); aiir does not overwrite people's edits. Carry on there, or delete the page"
                + " to publish it anew.");
      }
      throw failure;
    }
  }

  private ObjectNode body(WikiPage page) {
    ObjectNode body = VendorHttp.JSON.createObjectNode();
    body.put("type", "page");
    body.put("title", page.title());
    body.putObject("space").put("key", settings.project());
    body.putObject("body")
        .putObject("storage")
        .put("value", ConfluenceStorage.render(page.blocks(), page.marker()))
        .put("representation", "storage");
    return body;
  }

  private PageRef ref(JsonNode page) {
    JsonNode links = page.path("_links");
    String base = links.path("base").asText(http.base().toString());
    String url = links.has("webui") ? base + links.path("webui").asText() : null;
    return new PageRef(
        page.path("id").asText(), page.path("version").path("number").asText(null), url);
  }

  private String space() {
    return "the space " + settings.project();
  }

  @Override
  public Check check() {
    JsonNode me = http.get("/rest/api/user/current", "the account");
    JsonNode space = http.get("/rest/api/space/" + Paths.encode(settings.project()), space());
    settings
        .parent()
        .ifPresent(
            parent ->
                http.get("/rest/api/content/" + Paths.encode(parent), "the parent page " + parent));
    return Check.ok(
        settings.project()
            + " ("
            + space.path("name").asText(settings.project())
            + "): reachable as "
            + me.path("displayName").asText("the account")
            + "; Confluence says whether it may add pages only when one is published");
  }
}
