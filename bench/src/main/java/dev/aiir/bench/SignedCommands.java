package dev.aiir.bench;

import com.slack.api.app_backend.SlackSignature;
import dev.aiir.bot.slack.SlackSigner;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Builds {@code /incident} requests as Slack sends them: form-encoded and signed. */
final class SignedCommands {
  static final String PATH = "/slack/events";
  private final SlackSigner signer;
  private final String responseUrl;

  /** A signed request: its headers and form body. */
  record Signed(Map<String, String> headers, String body) {}

  SignedCommands(String signingSecret, String responseUrl) {
    this.signer = new SlackSigner(signingSecret);
    this.responseUrl = responseUrl;
  }

  Signed command(String team, String user, String channel, String text) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "unused");
    form.put("team_id", team);
    form.put("channel_id", channel);
    form.put("user_id", user);
    form.put("user_name", user.toLowerCase(Locale.ROOT));
    form.put("command", "/incident");
    form.put("text", text);
    form.put("response_url", responseUrl);
    form.put("trigger_id", "1.2.3");
    StringBuilder body = new StringBuilder(256);
    form.forEach(
        (name, value) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    headers.put(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp);
    String signed = body.toString();
    headers.put(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signer.generate(timestamp, signed));
    return new Signed(headers, signed);
  }
}
