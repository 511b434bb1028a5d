package dev.aiir.commands.pir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.port.HistoryMessage;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyEventClassifierTest {
  private static Optional<KeyEvent> classify(String text) {
    return KeyEventClassifier.classify(
        new HistoryMessage(
            "1", Instant.EPOCH, new UserRef("U1", "maya"), false, text, Set.of(), null));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        ":rotating_light: [FIRING] answer-quality score below threshold | ALERT",
        "[FIRING:2] HighLatency on gpu-pool-3 | ALERT",
        "the drift alert fired again on eu-west | ALERT",
        "[RESOLVED] answer-quality score below threshold | ALERT_RESOLVED",
        "On-call here, I've confirmed it. Degraded answers. | ON_CALL",
        "acked as on-call, looking now | ON_CALL",
        "Upgrading to SEV-2, impact is wider than the canary slice. | SEVERITY",
        "downgrading to sev 3, only internal users left | SEVERITY",
        "Rolled back the model to v3.1, traffic is on v3.1 now. | ROLLBACK",
        "reverted to 2.4.1 on all replicas | ROLLBACK",
        "mitigation is in place: rate limiting the jailbreak prompts | MITIGATION",
        "hotfix deployed to prod | DEPLOY",
        "Root cause identified: the fine-tuning dataset contained poisoned samples | ROOT_CAUSE",
        "root cause found - tokenizer config drift | ROOT_CAUSE",
        "Resolved. Users are back on v3.1. | RESOLUTION",
        "incident is now resolved, closing the bridge | RESOLUTION"
      })
  void keyEventsAreRecognised(String text, KeyEvent expected) {
    assertThat(classify(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "seeing it on the eval canary too",
        "last change was the fine-tune from yesterday's dataset",
        "quality score recovering after the rollback",
        "nice find, let's add adversarial sample detection to the pipeline",
        "should we roll back?",
        "what is the root cause here?",
        "is this sev 2 or sev 3?",
        "who is on call today?",
        ""
      })
  void conversationIsNotAnEvent(String text) {
    assertThat(classify(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Rolled back the model to v3.1, traffic is on v3.1 now. | v3.1",
        "reverted to 2.4.1 on all replicas | 2.4.1"
      })
  void aRollbackNamesItsVersion(String text, String version) {
    assertThat(KeyEventClassifier.rollbackVersion(text)).contains(version);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Upgrading to SEV-2 now | upgraded",
        "downgrading to sev 3 | downgraded",
        "setting this to SEV-1 | changed"
      })
  void aSeverityMessageSaysItsDirection(String text, String direction) {
    assertThat(KeyEventClassifier.severityDirection(text)).isEqualTo(direction);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pushpin", "📌"})
  void aPinnedMessageIsAnEventWhateverItSays(String reaction) {
    HistoryMessage pinned =
        new HistoryMessage(
            "1", Instant.EPOCH, new UserRef("U1", "maya"), false, "hm", Set.of(reaction), null);

    assertThat(KeyEventClassifier.classify(pinned)).contains(KeyEvent.PINNED);
  }
}
