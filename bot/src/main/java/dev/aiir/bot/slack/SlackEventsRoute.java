package dev.aiir.bot.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.aiir.bot.http.HttpAnswer;
import dev.aiir.bot.http.HttpCall;
import dev.aiir.bot.http.Route;
import java.util.ArrayList;
import java.util.Optional;

/**
 * {@code POST /slack/events}: the raw request goes through Bolt's own parser and {@code App.run},
 * whose middleware verifies the signature and its age (a bad or stale one is answered 401 before
 * any handler runs). A request Bolt cannot even classify gets 401 when unsigned and 400 otherwise,
 * and does nothing either way.
 */
final class SlackEventsRoute implements Route {
  private final App app;
  private final SlackRequestParser parser;
  private final SlackSignature.Verifier verifier;

  SlackEventsRoute(App app, String signingSecret) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.verifier = new SlackSignature.Verifier(new SlackSigner(signingSecret));
  }

  @Override
  public HttpAnswer answer(HttpCall call) throws Exception {
    RequestHeaders headers = new RequestHeaders(call.headers());
    Optional<SlashCommandPayload> command = SlashCommandForms.read(call.body());
    Request<?> request =
        command.isPresent()
            ? slashCommand(call, command.get(), headers)
            : parser.parse(
                SlackRequestParser.HttpRequest.builder()
                    .requestUri(call.path())
                    .queryString(call.query())
                    .requestBody(call.body())
                    .headers(headers)
                    .remoteAddress(call.remoteAddress())
                    .build());
    if (request == null) {
      return signed(headers, call.body())
          ? HttpAnswer.text(400, "unknown request")
          : HttpAnswer.text(401, "invalid signature");
    }
    Response response = app.run(request);
    String type = response.getContentType() != null ? response.getContentType() : HttpAnswer.TEXT;
    return new HttpAnswer(response.getStatusCode(), type, response.getBody());
  }

  /** The request Bolt's parser makes of a slash command, from its form read once. */
  private Request<?> slashCommand(
      HttpCall call, SlashCommandPayload payload, RequestHeaders headers) {
    SlashCommandRequest request = new SlashCommandRequest(call.body(), payload, headers);
    request.updateContext(app.config());
    call.query()
        .forEach(
            (name, values) ->
                request
                    .getQueryString()
                    .computeIfAbsent(name, n -> new ArrayList<>())
                    .addAll(values));
    String forwarded = headers.getFirstValue("X-FORWARDED-FOR");
    request.setClientIpAddress(forwarded != null ? forwarded : call.remoteAddress());
    return request;
  }

  private boolean signed(RequestHeaders headers, String body) {
    return verifier.isValid(
        headers.getFirstValue(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
        body,
        headers.getFirstValue(SlackSignature.HeaderNames.X_SLACK_SIGNATURE));
  }
}
