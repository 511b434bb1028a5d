package dev.aiir.bot.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.bot.app.Application;
import dev.aiir.bot.config.PageSettings;
import dev.aiir.bot.config.Settings;
import dev.aiir.bot.http.HttpServer;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.insight.March;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.port.ChatPlatforms;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.db.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incident page through the real HTTP server, on a SQLite store holding March's incidents. */
class IncidentPagesTest {
  private static final String TOKEN = "s3cret-page-token-0123456789";
  private static final String HOSTILE = "<script>alert(1)</script>";
  private static final Tenant OTHER = new Tenant(Platform.DISCORD, "G1");
  @TempDir Path dir;
  private Application app;
  private HttpServer http;
  private int port;
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private void serve(PageSettings page) throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("aiir.db");
    try (Database database = Database.open(url)) {
      BotFixture march = March.run(database.incidents());
      march.in(BotFixture.TENANT, BotFixture.MAYA, "CH", "declare " + HOSTILE + " --sev 2");
      march.in(BotFixture.TENANT, BotFixture.MAYA, "CH", "log \"><img src=x onerror=alert(2)>");
      march.in(OTHER, BotFixture.MAYA, "D1", "declare Discord's first --sev 3");
    }
    Settings settings =
        Settings.fromEnvironment(Map.of("AIIR_DB_URL", url, "AIIR_TIMEZONE", "Europe/Berlin"));
    app =
        Application.offline(
            settings, Clock.fixed(March.NOW.plusSeconds(60), ZoneOffset.UTC), new ChatPlatforms());
    http = new HttpServer();
    IncidentPages.serve(http, app.insights(), page, Optional.of("https://aiir.example.com"));
    port = http.start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() throws Exception {
    if (http != null) {
      http.close();
    }
    if (app != null) {
      app.close();
    }
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> authorized(String path) throws Exception {
    return get(path, "Authorization", "Bearer " + TOKEN);
  }

  @Test
  void aTitleWithAScriptTagRendersAsTextOnTheListAndOnItsOwnPage() throws Exception {
    serve(PageSettings.withToken(TOKEN));
    HttpResponse<String> list = authorized("/incidents?since=2026-03-01");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
    assertThat(list.body())
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script");

    HttpResponse<String> one = authorized("/incidents/AI-IR-2026-006?tenant=slack%3AT1");
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(one.body())
        .contains("AI-IR-2026-006: &lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;")
        .doesNotContain("<script")
        .doesNotContain("<img");
  }

  @Test
  void everyAnswerForbidsScriptsFramesAndCaching() throws Exception {
    serve(PageSettings.withToken(TOKEN));
    for (HttpResponse<String> answer :
        java.util.List.of(
            authorized("/incidents"), get("/incidents"), authorized("/incidents/AI-IR-2026-404"))) {
      String policy = answer.headers().firstValue("content-security-policy").orElseThrow();
      assertThat(policy)
          .startsWith("default-src 'none'; style-src 'sha256-")
          .doesNotContain("script");
      assertThat(policy).contains("frame-ancestors 'none'");
      assertThat(answer.headers().firstValue("x-content-type-options")).contains("nosniff");
      assertThat(answer.headers().firstValue("cache-control")).contains("no-store");
    }
  }

  @Test
  void aRequestWithoutTheTokenIsRefusedWith401() throws Exception {
    serve(PageSettings.withToken(TOKEN));
    HttpResponse<String> none = get("/incidents");
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("www-authenticate"))
        .contains("Bearer realm=\"aiir incidents\"");
    assertThat(none.body()).doesNotContain("AI-IR-2026");
    assertThat(get("/incidents/AI-IR-2026-001").statusCode()).isEqualTo(401);
    assertThat(get("/incidents", "Authorization", "Bearer wrong-token-0123456789").statusCode())
        .isEqualTo(401);
    assertThat(get("/incidents?token=wrong-token-0123456789").statusCode()).isEqualTo(401);
    assertThat(get("/incidents", "Cookie", "aiir_page=" + TOKEN).statusCode()).isEqualTo(401);
  }

  @Test
  void theTokenInTheAddressSetsAnHttpOnlyCookieAndIsDroppedFromTheAddress() throws Exception {
    serve(PageSettings.withToken(TOKEN));
    HttpResponse<String> entry = get("/incidents?since=2026-03-01&token=" + TOKEN);
    assertThat(entry.statusCode()).isEqualTo(303);
    assertThat(entry.headers().firstValue("location")).contains("/incidents?since=2026-03-01");
    String cookie = entry.headers().firstValue("set-cookie").orElseThrow();
    assertThat(cookie)
        .startsWith("aiir_page=")
        .contains("HttpOnly", "SameSite=Strict", "Secure", "Path=/incidents")
        .doesNotContain(TOKEN);

    HttpResponse<String> withCookie =
        get("/incidents?since=2026-03-01", "Cookie", cookie.substring(0, cookie.indexOf(';')));
    assertThat(withCookie.statusCode()).isEqualTo(200);
    assertThat(withCookie.body()).contains("AI-IR-2026-001");
  }

  @Test
  void everyMethodButGetIsRefusedWith405() throws Exception {
    serve(PageSettings.withToken(TOKEN));
    for (String method : java.util.List.of("POST", "PUT", "DELETE", "PATCH", "HEAD")) {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + port + "/incidents/AI-IR-2026-001"))
              .header("Authorization", "Bearer " + TOKEN)
              .method(method, HttpRequest.BodyPublishers.ofString("state=closed"))
              .build();
      HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(method).isEqualTo(405);
      assertThat(answer.headers().firstValue("allow")).contains("GET");
    }
  }

  @Test
  void viewingAnIncidentWritesNothingAndShowsItsRecordOnlyDraft() throws Exception {
    serve(PageSettings.withToken(TOKEN));
    int before = timelineSize();
    HttpResponse<String> one = authorized("/incidents/AI-IR-2026-001?tenant=slack%3AT1");
    assertThat(one.body())
        .contains("# Post-Incident Review: Assistant answers badly")
        .contains("On-call engineer confirmed")
        .contains("MTTA (time to acknowledge)</th><td>5m</td>")
        .contains("PIR draft (from the record)");
    assertThat(timelineSize()).isEqualTo(before);
  }

  private int timelineSize() {
    return app.insights()
        .incident(BotFixture.TENANT, IncidentId.of("AI-IR", 2026, 1))
        .orElseThrow()
        .file()
        .timeline()
        .size();
  }

  @Test
  void anIdHeldInSeveralWorkspacesAsksWhichAndTheWorkspaceIsShown() throws Exception {
    serve(PageSettings.withToken(TOKEN));
    HttpResponse<String> both = authorized("/incidents/AI-IR-2026-001");
    assertThat(both.statusCode()).isEqualTo(300);
    assertThat(both.body())
        .contains("/incidents/AI-IR-2026-001?tenant=slack%3AT1")
        .contains("/incidents/AI-IR-2026-001?tenant=discord%3AG1");
    assertThat(authorized("/incidents/AI-IR-2026-001?tenant=discord:G1").body())
        .contains("Discord&#39;s first")
        .contains("<th>Workspace</th><td>discord:G1</td>");
    assertThat(authorized("/incidents/AI-IR-2026-999").statusCode()).isEqualTo(404);
  }

  @Test
  void theListFiltersBySeverityModelAndWorkspace() throws Exception {
    serve(PageSettings.withToken(TOKEN));
    String sev1 = authorized("/incidents?since=2026-03-01&severity=1&tenant=slack:T1").body();
    assertThat(sev1).contains("AI-IR-2026-002").doesNotContain(">AI-IR-2026-003<");
    assertThat(sev1).contains("<option value=\"slack:T1\" selected>");
    String ranker = authorized("/incidents?since=2026-03-01&model=ranker").body();
    assertThat(ranker).contains(">AI-IR-2026-005<").doesNotContain(">AI-IR-2026-001<");
    HttpResponse<String> bad = authorized("/incidents?since=%3Cb%3Eyesterday");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("not &#39;&lt;b&gt;yesterday&#39;");
  }

  @Test
  void theListCarriesBothChartsAsInlineSvg() throws Exception {
    serve(PageSettings.withToken(TOKEN));
    String body = authorized("/incidents?since=2026-03-01&tenant=slack:T1").body();
    assertThat(body).contains("<title>Incidents per week by severity</title>");
    assertThat(body).contains("<title>Median time to resolve per week</title>");
    assertThat(body).contains("<title>Week of 2026-03-02: SEV-1 2</title>");
    assertThat(body).contains("<polyline");
  }

  @Test
  void withThePageOffItIsServedToAnyoneAndWithoutSettingsNotAtAll() throws Exception {
    serve(PageSettings.open());
    assertThat(get("/incidents").statusCode()).isEqualTo(200);
    stop();
    app = null;
    http = null;
    dir = java.nio.file.Files.createTempDirectory(dir, "off");
    serve(PageSettings.disabled());
    assertThat(get("/incidents").statusCode()).isEqualTo(404);
  }
}
