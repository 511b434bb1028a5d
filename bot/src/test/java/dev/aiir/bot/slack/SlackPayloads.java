package dev.aiir.bot.slack;

import com.google.gson.Gson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Interactive payloads as Slack posts them to the request URL: form-encoded {@code payload=<json>},
 * a {@code block_actions} for a button press (with the pressed message as Slack holds it) and a
 * {@code view_submission} for a submitted modal (with its state and private metadata).
 */
final class SlackPayloads {
  private static final Gson GSON = new Gson();

  private SlackPayloads() {}

  /** A press of the button {@code actionId} on {@code message} (ts, text, blocks as posted). */
  static String press(
      String user, String channel, Map<String, Object> message, String actionId, String respond) {
    Map<String, Object> payload = common("block_actions", user);
    String ts = (String) message.get("ts");
    payload.put(
        "container",
        Map.of("type", "message", "message_ts", ts, "channel_id", channel, "is_ephemeral", false));
    payload.put("trigger_id", "1337.42.trigger-" + actionId.hashCode());
    payload.put("channel", Map.of("id", channel, "name", "incident"));
    payload.put("message", message);
    payload.put("response_url", respond);
    payload.put(
        "actions",
        List.of(
            Map.of(
                "action_id",
                actionId,
                "block_id",
                "aiir-choices",
                "value",
                actionId,
                "type",
                "button",
                "text",
                Map.of("type", "plain_text", "text", "button"),
                "action_ts",
                SlackHarness.nowSeconds() + ".000100")));
    return encode(payload);
  }

  /**
   * A submission of {@code view} (as {@code views.open} sent it) with text answers by field key; a
   * value starting {@code SEV-} answers a select, as the declare form's severity.
   */
  static String submit(String user, Map<String, Object> view, Map<String, String> answers) {
    Map<String, Object> values = new LinkedHashMap<>();
    answers.forEach(
        (key, value) ->
            values.put(key, Map.of(key, value.startsWith("SEV-") ? pick(value) : text(value))));
    Map<String, Object> submitted = new LinkedHashMap<>(view);
    submitted.put("id", "V1");
    submitted.put("team_id", FakeSlack.TEAM);
    submitted.put("hash", "1.abc");
    submitted.put("state", Map.of("values", values));
    Map<String, Object> payload = common("view_submission", user);
    payload.put("trigger_id", "1337.43.trigger");
    payload.put("view", submitted);
    payload.put("response_urls", List.of());
    return encode(payload);
  }

  private static Map<String, Object> text(String value) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("type", "plain_text_input");
    input.put("value", value.isEmpty() ? null : value);
    return input;
  }

  private static Map<String, Object> pick(String value) {
    return Map.of(
        "type",
        "static_select",
        "selected_option",
        Map.of("text", Map.of("type", "plain_text", "text", value), "value", value));
  }

  private static Map<String, Object> common(String type, String user) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("type", type);
    payload.put("team", Map.of("id", FakeSlack.TEAM, "domain", "acme"));
    String name = user.toLowerCase(Locale.ROOT);
    payload.put(
        "user", Map.of("id", user, "username", name, "name", name, "team_id", FakeSlack.TEAM));
    payload.put("api_app_id", "A1");
    payload.put("token", "legacy");
    return payload;
  }

  private static String encode(Map<String, Object> payload) {
    return "payload=" + URLEncoder.encode(GSON.toJson(payload), StandardCharsets.UTF_8);
  }

  /** A JSON array as lists and maps, such as rendered blocks. */
  @SuppressWarnings("unchecked")
  static List<Object> jsonList(String text) {
    return GSON.fromJson(text, List.class);
  }

  /** A JSON object as maps and lists, such as a recorded call's {@code view} parameter. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> json(String text) {
    return GSON.fromJson(text, Map.class);
  }
}
