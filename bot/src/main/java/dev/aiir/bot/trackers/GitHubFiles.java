package dev.aiir.bot.trackers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aiir.bot.config.ExportTargetSettings;
import dev.aiir.commands.model.WikiPage;
import dev.aiir.commands.port.ExportFailure;
import dev.aiir.commands.port.WikiClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * {@code github-wiki}: a GitHub wiki is a git repository with no REST API, so the PIR is published
 * as a Markdown file in a repository instead, through the contents API ({@code PUT
 * /repos/{owner}/{repo}/contents/{path}}): {@code <path>/<incident id>.md} on the configured
 * branch. The file's blob sha is its version: an update names it, so a file changed in the
 * repository since aiir wrote it is refused (409), not overwritten.
 */
final class GitHubFiles implements WikiClient, Reachability {
  private final VendorHttp http;
  private final ExportTargetSettings settings;

  GitHubFiles(VendorHttp http, ExportTargetSettings settings) {
    this.http = http;
    this.settings = settings;
  }

  private String path(WikiPage page) {
    return settings.path() + "/" + page.incident().value() + ".md";
  }

  private String contents(String path) {
    return "/repos/" + settings.project() + "/contents/" + path;
  }

  @Override
  public Optional<PageRef> find(WikiPage page) {
    String path = path(page);
    Optional<JsonNode> file =
        http.find(
            contents(path) + settings.branch().map(b -> "?ref=" + Paths.encode(b)).orElse(""),
            "the repository " + settings.project());
    if (file.isEmpty()) {
      return Optional.empty();
    }
    String text =
        new String(
            Base64.getMimeDecoder().decode(file.get().path("content").asText("")),
            StandardCharsets.UTF_8);
    if (!text.contains(page.marker())) {
      throw new ExportFailure(
          ExportFailure.Kind.REJECTED,
          path + " is in " + settings.project() + " and aiir did not write it; move it aside.");
    }
    return Optional.of(
        new PageRef(
            path, file.get().path("sha").asText(), file.get().path("html_url").asText(null)));
  }

  @Override
  public PageRef create(WikiPage page) {
    return put(path(page), page, null);
  }

  @Override
  public PageRef update(PageRef known, WikiPage page) {
    try {
      return put(known.id(), page, known.version());
    } catch (ExportFailure failure) {
      if (failure instanceof VendorHttp.Conflict) {
        throw new ExportFailure(
            ExportFailure.Kind.REJECTED,
            known.id()
                + " was changed in "
                + settings.project()
                + " after aiir wrote it; aiir does not overwrite people's edits.");
      }
      throw failure;
    }
  }

  private PageRef put(String path, WikiPage page, String sha) {
    ObjectNode body = VendorHttp.JSON.createObjectNode();
    body.put("message", page.incident() + ": publish the post-incident review (aiir)");
    body.put(
        "content",
        Base64.getEncoder().encodeToString(WikiMarkdown.of(page).getBytes(StandardCharsets.UTF_8)));
    settings.branch().ifPresent(branch -> body.put("branch", branch));
    if (sha != null) {
      body.put("sha", sha);
    }
    JsonNode written =
        http.send("PUT", contents(path), body, "the repository " + settings.project()).body();
    return new PageRef(
        path,
        written.path("content").path("sha").asText(),
        written.path("content").path("html_url").asText(null));
  }

  @Override
  public Check check() {
    JsonNode repository =
        http.get("/repos/" + settings.project(), "the repository " + settings.project());
    if (repository.path("permissions").isObject()
        && !repository.path("permissions").path("push").asBoolean(false)) {
      return Check.failed(
          settings.project() + ": the token may not write files here (it needs push)");
    }
    return Check.ok(
        settings.project()
            + ": reachable; the token may commit "
            + settings.path()
            + "/<incident id>.md"
            + settings.branch().map(b -> " on " + b).orElse(""));
  }
}
