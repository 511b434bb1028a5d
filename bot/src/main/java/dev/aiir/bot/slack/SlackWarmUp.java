package dev.aiir.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.bolt.middleware.builtin.SingleTeamAuthorization;
import com.slack.api.methods.response.auth.AuthTestResponse;
import dev.aiir.bot.http.HttpServer;
import dev.aiir.bot.http.KeepAliveClient;
import dev.aiir.bot.metrics.BotMetrics;
import dev.aiir.commands.IncidentBot;
import dev.aiir.commands.runtime.DaemonThreads;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A warm-up pass over the path of a Slack command, so that the JIT compilers have compiled it
 * before the first people type: signed {@code /incident} requests over loopback HTTP to a Jetty
 * server of its own, through Bolt's parsing and middleware, the command handler, the core and
 * {@code bot}'s store, and back as Block Kit. It reaches nothing outside the process: {@code bot}
 * must be built on a throwaway store and a silent chat platform (the caller's), its Bolt app is
 * authorized in advance (no {@code auth.test}) and points its Web API client at a closed port.
 */
public final class SlackWarmUp {
  /** What the warm-up sends first, and every {@link #ENTRIES_PER_INCIDENT}th command after. */
  private static final String DECLARE = "declare Warm-up --sev 4";

  /**
   * Commands sent to one incident before a connection declares the next: an incident's timeline as
   * long as a real one's (a status reads it whole; with every command on one incident, the
   * warm-up's statuses read thousands of entries and made most of its garbage).
   */
  private static final int ENTRIES_PER_INCIDENT = 100;

  private static final Pattern INCIDENT_ID = Pattern.compile("[A-Z]+-IR-\\d{4}-\\d{3,}");
  private static final String NOWHERE = "http://127.0.0.1:9/api/";
  private static final String LOOPBACK = "127.0.0.1";
  private static final String EVENTS = "/slack/events";
  private static final Duration NO_DEADLINE = Duration.ofMinutes(5);
  private static final Duration HELD_BACK = Duration.ofMillis(5);

  private SlackWarmUp() {}

  /** How a warm-up went: requests sent and those answered with what the command should say. */
  public record Report(int sent, int answered) {}

  /**
   * Sends up to {@code requests} commands over {@code connections} connections, one in flight on
   * each, until {@code stop} says so. A failure stops it; what was answered until then is reported.
   */
  public static Report run(
      IncidentBot bot,
      int requests,
      int connections,
      BooleanSupplier stop,
      BooleanSupplier holdBack)
      throws Exception {
    String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    ExecutorService commands =
        Executors.newFixedThreadPool(connections, DaemonThreads.numbered("warm-up-command"));
    ExecutorService background =
        Executors.newFixedThreadPool(1, DaemonThreads.numbered("warm-up-background"));
    Slack nowhere = Slack.getInstance(nowhereConfig());
    HttpServer http = new HttpServer();
    try {
      App app = app(nowhere, secret);
      SlackApi api = new SlackApi(nowhere.methods("xoxb-warm-up"), duration -> {});
      SlackChatPlatform chat = new SlackChatPlatform(api);
      // No one waits for these answers, and on a cold JVM the first can outlast Slack's budget;
      // answered late, it would go to a response_url that leads nowhere and name no incident.
      AckBudget budget = new AckBudget(commands, background, NO_DEADLINE);
      app.command(
          "/incident",
          new IncidentSlashCommand(
              bot,
              new SlackContexts(SlackAdmins.of(Set.of())),
              chat,
              new FormOpener(api),
              new PrivateAnswers(api, chat),
              budget,
              new BotMetrics()));
      http.post(EVENTS, new SlackEventsRoute(app, secret));
      int port = http.start("127.0.0.1", 0);
      SlackSigner signer = new SlackSigner(secret);
      Optional<String> id;
      try (KeepAliveClient client = new KeepAliveClient(LOOPBACK, port)) {
        id = incidentIn(post(client, signed(signer, DECLARE)));
      }
      if (id.isEmpty()) {
        return new Report(1, 0);
      }
      return drive(port, signer, id.get(), requests, connections, stop, holdBack);
    } finally {
      http.close();
      commands.shutdownNow();
      background.shutdownNow();
      nowhere.close();
    }
  }

  private static Report drive(
      int port,
      SlackSigner signer,
      String id,
      int requests,
      int connections,
      BooleanSupplier stop,
      BooleanSupplier holdBack)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger answered = new AtomicInteger();
    ExecutorService clients =
        Executors.newFixedThreadPool(connections, DaemonThreads.numbered("warm-up-client"));
    try {
      List<Future<?>> running =
          IntStream.range(0, connections)
              .<Future<?>>mapToObj(
                  c ->
                      clients.submit(
                          () -> {
                            try (KeepAliveClient client = new KeepAliveClient(LOOPBACK, port)) {
                              String incident = id;
                              for (int n = next.getAndIncrement();
                                  n < requests && !stop.getAsBoolean();
                                  n = next.getAndIncrement()) {
                                String line = line(incident, n);
                                while (holdBack.getAsBoolean() && !stop.getAsBoolean()) {
                                  Thread.sleep(HELD_BACK.toMillis());
                                }
                                sent.incrementAndGet();
                                String answer = post(client, signed(signer, line));
                                Optional<String> declared =
                                    declares(n) ? incidentIn(answer) : Optional.empty();
                                incident = declared.orElse(incident);
                                if (declares(n)
                                    ? declared.isPresent()
                                    : answer.contains(expected(n))) {
                                  answered.incrementAndGet();
                                }
                              }
                            }
                            return null;
                          }))
              .toList();
      for (Future<?> one : running) {
        one.get();
      }
    } finally {
      clients.shutdownNow();
    }
    return new Report(sent.get() + 1, answered.get() + 1);
  }

  /**
   * Mostly entries; every tenth a status, whose answer names the incident; every {@link
   * #ENTRIES_PER_INCIDENT}th a new incident, which the connection's next commands go to.
   */
  static String line(String id, int n) {
    if (declares(n)) {
      return DECLARE;
    }
    return n % 10 == 9 ? "status --id " + id : "log --id " + id + " warm-up entry " + n;
  }

  /** The incident a declaration's answer names. */
  private static Optional<String> incidentIn(String answer) {
    Matcher found = INCIDENT_ID.matcher(answer);
    return found.find() ? Optional.of(found.group()) : Optional.empty();
  }

  private static boolean declares(int n) {
    return n % ENTRIES_PER_INCIDENT == ENTRIES_PER_INCIDENT - 1;
  }

  private static String expected(int n) {
    return n % 10 == 9 ? "Warm-up" : "warm-up entry " + n;
  }

  private static SlackConfig nowhereConfig() {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(NOWHERE);
    return config;
  }

  /** Bolt's app with Bolt's own middleware, its authorization answered in advance. */
  private static App app(Slack slack, String secret) {
    AppConfig config =
        AppConfig.builder()
            .slack(slack)
            .singleTeamBotToken("xoxb-warm-up")
            .signingSecret(secret)
            // Bolt's initializers and its authorization's cache would check the token with Slack.
            .appInitializersEnabled(false)
            .authTestCacheExpirationMillis(-1L)
            .build();
    AuthTestResponse authorized = new AuthTestResponse();
    authorized.setOk(true);
    authorized.setTeamId("T0WARMUP");
    authorized.setUserId("U0WARMUP");
    authorized.setBotId("B0WARMUP");
    authorized.setHttpResponseHeaders(Map.of());
    List<Middleware> middleware =
        List.of(
            new SSLCheck(config.getVerificationToken()),
            new RequestVerification(new SlackSignature.Verifier(new SlackSigner(secret))),
            new SingleTeamAuthorization(config, authorized, null),
            new IgnoringSelfEvents(slack.getConfig()));
    return new App(config, middleware);
  }

  /** A signed slash command: its form and its headers. */
  private record Signed(String form, Map<String, String> headers) {}

  /**
   * Posts {@code command} to the events path and returns the answer's body, whatever its status.
   */
  private static String post(KeepAliveClient client, Signed command) throws IOException {
    return client.post(EVENTS, command.headers(), command.form()).body();
  }

  /** A slash command's form as Slack sends it, with the signature headers in front. */
  private static Signed signed(SlackSigner signer, String text) {
    Map<String, String> form =
        Map.of(
            "token", "warm-up",
            "team_id", "T0WARMUP",
            "channel_id", "C0WARMUP",
            "user_id", "U0WARMUP",
            "user_name", "warm-up",
            "command", "/incident",
            "text", text,
            "api_app_id", "A0WARMUP",
            "response_url", NOWHERE + "response",
            "trigger_id", "1.2.3");
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    return new Signed(
        body,
        Map.of(
            "Content-Type",
            "application/x-www-form-urlencoded",
            SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP,
            timestamp,
            SlackSignature.HeaderNames.X_SLACK_SIGNATURE,
            signer.generate(timestamp, body)));
  }
}
