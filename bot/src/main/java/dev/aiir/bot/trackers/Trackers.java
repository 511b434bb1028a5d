package dev.aiir.bot.trackers;

import dev.aiir.bot.config.ExportTargetSettings;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.port.ExportClients;
import java.net.http.HttpClient;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The clients of the trackers and wikis the configuration sets up, on one HTTP client: what the
 * core exports through, and what {@code aiir check-config} checks.
 */
public final class Trackers {
  private final Map<ExportTarget, Object> clients;

  public Trackers(Map<ExportTarget, ExportTargetSettings> targets) {
    this(targets, VendorHttp::newClient);
  }

  /**
   * One client per target, all on the one HTTP client {@code http} gives; it is not asked when no
   * target is configured (its TLS set-up and JSON mapper cost a tenth of a second of every start).
   */
  Trackers(Map<ExportTarget, ExportTargetSettings> targets, Supplier<HttpClient> http) {
    this.clients = new EnumMap<>(ExportTarget.class);
    if (!targets.isEmpty()) {
      HttpClient shared = http.get();
      targets.forEach((target, settings) -> clients.put(target, client(settings, shared)));
    }
  }

  private static Object client(ExportTargetSettings s, HttpClient http) {
    String origin = s.token().origin();
    return switch (s.target()) {
      case GITHUB ->
          new GitHubIssues(
              new VendorHttp(http, "GitHub", s.url(), GitHubIssues.headers(s), origin), s);
      case GITHUB_WIKI ->
          new GitHubFiles(
              new VendorHttp(http, "GitHub", s.url(), GitHubIssues.headers(s), origin), s);
      case GITLAB ->
          new GitLabIssues(new VendorHttp(http, "GitLab", s.url(), Auth.gitlab(s), origin), s);
      case GITLAB_WIKI ->
          new GitLabWiki(new VendorHttp(http, "GitLab", s.url(), Auth.gitlab(s), origin), s);
      case JIRA ->
          new JiraIssues(new VendorHttp(http, "Jira", s.url(), Auth.atlassian(s), origin), s);
      case CONFLUENCE ->
          new ConfluencePages(
              new VendorHttp(http, "Confluence", s.url(), Auth.atlassian(s), origin), s);
      case NOTION ->
          new NotionPages(
              new VendorHttp(http, "Notion", s.url(), NotionPages.headers(s), origin), s);
    };
  }

  /** The core's view: each tracker and wiki by its target. */
  public ExportClients exportClients() {
    ExportClients all = new ExportClients();
    clients.forEach(
        (target, client) -> {
          if (target.isTracker()) {
            all.tracker(target, (dev.aiir.commands.port.TrackerClient) client);
          } else {
            all.wiki(target, (dev.aiir.commands.port.WikiClient) client);
          }
        });
    return all;
  }

  /** Each target's check, in the targets' order. */
  public Map<ExportTarget, Reachability> checks() {
    Map<ExportTarget, Reachability> checks = new EnumMap<>(ExportTarget.class);
    clients.forEach((target, client) -> checks.put(target, (Reachability) client));
    return checks;
  }
}
