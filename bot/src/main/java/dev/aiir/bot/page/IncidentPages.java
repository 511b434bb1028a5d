package dev.aiir.bot.page;

import dev.aiir.bot.config.ConfigurationException;
import dev.aiir.bot.config.PageSettings;
import dev.aiir.bot.config.TenantName;
import dev.aiir.bot.http.HttpAnswer;
import dev.aiir.bot.http.HttpCall;
import dev.aiir.bot.http.HttpServer;
import dev.aiir.bot.http.Route;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.insight.IncidentView;
import dev.aiir.commands.insight.InsightReport;
import dev.aiir.commands.insight.Insights;
import dev.aiir.commands.insight.ReportOptionProblem;
import dev.aiir.commands.insight.ReportRequest;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.port.ReportFilter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read-only incident page on the bot's port: {@code GET /incidents} (the list with its filters
 * as query parameters: {@code since}, {@code until}, {@code severity} (repeated or 1,2), {@code
 * model}, {@code tenant}) and {@code GET /incidents/{id}} (one incident; {@code tenant} names its
 * workspace when several have that id). Any other method is refused (405), and so is a reader
 * without the token (401). Every answer forbids scripts, framing and caching.
 */
public final class IncidentPages implements Route {
  private static final Logger LOG = LoggerFactory.getLogger(IncidentPages.class);
  static final String PATH = "/incidents";
  private final Insights insights;
  private final PageAccess access;

  IncidentPages(Insights insights, PageAccess access) {
    this.insights = insights;
    this.access = access;
  }

  /**
   * Serves the page on {@code http} as {@code settings} say, logging how: not at all (an info line
   * says how to turn it on), without authentication (a warning), or behind the token.
   */
  public static void serve(
      HttpServer http, Insights insights, PageSettings settings, Optional<String> publicUrl) {
    switch (settings.mode()) {
      case DISABLED ->
          LOG.info(
              "the incident page (/incidents) is off: set AIIR_PAGE_TOKEN to a secret to serve it,"
                  + " or to off on a trusted machine");
      case OPEN ->
          LOG.warn(
              "AIIR_PAGE_TOKEN=off: /incidents shows every workspace's incidents WITHOUT"
                  + " authentication to anyone who can reach this port. Use it on a trusted"
                  + " machine only; set a token anywhere else.");
      case TOKEN -> LOG.info("the incident page is served at /incidents to holders of its token");
    }
    if (settings.mode() != PageSettings.Mode.DISABLED) {
      boolean https = publicUrl.map(u -> u.regionMatches(true, 0, "https:", 0, 6)).orElse(false);
      http.subtree(PATH, new IncidentPages(insights, new PageAccess(settings, https)));
    }
  }

  @Override
  public HttpAnswer answer(HttpCall call) {
    if (!call.method().equals("GET")) {
      return secured(HttpAnswer.text(405, "This page only reads: GET is the one method it takes."))
          .withHeader("Allow", "GET");
    }
    Optional<HttpAnswer> refused = access.refusal(call);
    if (refused.isPresent()) {
      return secured(refused.get());
    }
    String rest = call.path().substring(PATH.length());
    if (rest.isEmpty() || rest.equals("/")) {
      return secured(list(call));
    }
    return secured(incident(rest.substring(1), call));
  }

  private HttpAnswer list(HttpCall call) {
    IncidentListHtml.Typed typed =
        new IncidentListHtml.Typed(
            first(call, "since").orElse(""),
            first(call, "until").orElse(""),
            severities(call),
            first(call, "model").orElse(""),
            first(call, "tenant").orElse(""));
    List<Tenant> tenants = insights.tenants();
    ReportFilter filter;
    try {
      Optional<Tenant> tenant =
          typed.tenant().isBlank()
              ? Optional.empty()
              : Optional.of(TenantName.parse(typed.tenant()));
      filter =
          new ReportRequest(
                  Optional.of(typed.since()),
                  Optional.of(typed.until()),
                  List.copyOf(typed.severities()),
                  Optional.of(typed.model()))
              .filter(insights.zone(), insights.now(), tenant);
    } catch (ReportOptionProblem | ConfigurationException e) {
      return html(400, IncidentListHtml.problem(typed, tenants, e.getMessage()));
    }
    InsightReport report = insights.report(filter);
    return html(200, IncidentListHtml.page(typed, tenants, report));
  }

  private HttpAnswer incident(String idText, HttpCall call) {
    Optional<IncidentId> id = IncidentId.parse(idText);
    if (id.isEmpty()) {
      return html(404, IncidentHtml.notFound("No incident has the id '" + idText + "'."));
    }
    Optional<String> tenantText = first(call, "tenant").filter(t -> !t.isBlank());
    List<Tenant> candidates;
    try {
      candidates =
          tenantText.isPresent() ? List.of(TenantName.parse(tenantText.get())) : insights.tenants();
    } catch (ConfigurationException e) {
      return html(400, IncidentHtml.notFound(e.getMessage()));
    }
    List<IncidentView> found = new ArrayList<>();
    List<Tenant> holders = new ArrayList<>();
    for (Tenant tenant : candidates) {
      insights
          .incident(tenant, id.get())
          .ifPresent(
              view -> {
                found.add(view);
                holders.add(tenant);
              });
    }
    if (found.isEmpty()) {
      return html(404, IncidentHtml.notFound("No incident " + id.get() + " here."));
    }
    if (found.size() > 1) {
      return html(300, IncidentHtml.choose(id.get().value(), holders));
    }
    return html(200, IncidentHtml.page(found.get(0), insights.zone()));
  }

  private static Set<String> severities(HttpCall call) {
    Set<String> levels = new LinkedHashSet<>();
    for (String value : call.query().getOrDefault("severity", List.of())) {
      for (String level : value.split(",")) {
        if (!level.isBlank()) {
          levels.add(level.strip());
        }
      }
    }
    return levels;
  }

  private static Optional<String> first(HttpCall call, String name) {
    List<String> values = call.query().getOrDefault(name, List.of());
    return values.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(values.get(0)).map(String::strip);
  }

  private static HttpAnswer html(int status, String body) {
    return new HttpAnswer(status, HttpAnswer.HTML, body);
  }

  /** What every answer of the page carries, refusals included. */
  private static HttpAnswer secured(HttpAnswer answer) {
    return answer
        .withHeader("Content-Security-Policy", PageStyle.POLICY)
        .withHeader("X-Content-Type-Options", "nosniff")
        .withHeader("X-Frame-Options", "DENY")
        .withHeader("Referrer-Policy", "no-referrer")
        .withHeader("Cache-Control", "no-store");
  }
}
