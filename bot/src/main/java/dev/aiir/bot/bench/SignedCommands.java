package dev.aiir.bot.bench;

import com.slack.api.app_backend.SlackSignature;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds {@code /incident} requests as Slack sends them: form-encoded and signed. */
final class SignedCommands {
  private final URI endpoint;
  private final SlackSignature.Generator signer;
  private final String responseUrl;

  SignedCommands(URI endpoint, String signingSecret, String responseUrl) {
    this.endpoint = endpoint;
    this.signer = new SlackSignature.Generator(signingSecret);
    this.responseUrl = responseUrl;
  }

  HttpRequest command(String team, String user, String channel, String text) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "unused");
    form.put("team_id", team);
    form.put("channel_id", channel);
    form.put("user_id", user);
    form.put("user_name", user.toLowerCase(java.util.Locale.ROOT));
    form.put("command", "/incident");
    form.put("text", text);
    form.put("response_url", responseUrl);
    form.put("trigger_id", "1.2.3");
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    return HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp)
        .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signer.generate(timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
