package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.slash_commands.SlashCommandPayloadParser;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlashCommandFormsTest {
  private static final String COMMAND =
      "token=t&team_id=T1&team_domain=acme&channel_id=C1&channel_name=ops&user_id=U1"
          + "&user_name=maya&command=%2Fincident&text=log+--id+AI-IR-2026-001+rollback+%3C%40U2%3E"
          + "+%E2%9C%85&api_app_id=A1&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1"
          + "&trigger_id=1.2.3";

  @Test
  void aSlashCommandIsReadIntoThePayloadBoltsParserMakes() {
    for (String body :
        List.of(
            COMMAND,
            COMMAND + "&enterprise_id=E1&enterprise_name=Acme&is_enterprise_install=true",
            "command=%2Fincident",
            "command=%2Fincident&text=",
            "command=%2Fincident&text=a=b&user_id=U1",
            "command=%2Fincident&text&user_id=U1&user_id=U2",
            "text=a%3Db&command=%2Fincident&unknown_field=x")) {
      SlashCommandPayload read = SlashCommandForms.read(body).orElseThrow();
      assertThat(read).as(body).isEqualTo(new SlashCommandPayloadParser().parse(body));
      assertThat(boltReads(body)).as(body).isInstanceOf(SlashCommandRequest.class);
    }
  }

  @Test
  void everyOtherRequestIsLeftToBoltsParser() {
    List<String> others =
        List.of(
            "",
            "payload=%7B%22type%22%3A%22block_actions%22%7D",
            COMMAND + "&payload=%7B%7D",
            "ssl_check=1&token=t",
            "{\"type\":\"event_callback\",\"event\":{\"type\":\"reaction_added\"}}",
            "token=t&command=",
            "token=t&command",
            "token=t&command=a=b",
            "token=t&comm%61nd=%2Fincident",
            "token=t&+payload=x&command=%2Fincident",
            "token=t&%0Apayload=x&command=%2Fincident",
            "token=t&Command=%2Fincident",
            "token=t&&command=%2Fincident",
            "command=%2Fincident&text=100%");
    for (String body : others) {
      assertThat(SlashCommandForms.read(body)).as(body).isEmpty();
    }
  }

  private static Request<?> boltReads(String body) {
    return new SlackRequestParser(AppConfig.builder().signingSecret("s").build())
        .parse(
            SlackRequestParser.HttpRequest.builder()
                .requestUri("/slack/events")
                .queryString(Map.of())
                .requestBody(body)
                .headers(new RequestHeaders(Map.of()))
                .remoteAddress("127.0.0.1")
                .build());
  }
}
