package dev.aiir.commands.talk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.port.HistoryMessage;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecognizerTest {
  private static final UserRef MAYA = new UserRef("U1", "maya");
  private static final UserRef SAM = new UserRef("U2", "sam");
  private static final UserRef MONITOR = new UserRef("B1", "monitoring");
  private int ids;

  private HistoryMessage said(UserRef who, String text) {
    return new HistoryMessage(
        "m" + ++ids, Instant.EPOCH.plusSeconds(ids), who, who == MONITOR, text, Set.of(), null);
  }

  /** What a message says once an alert fired and someone took the incident. */
  private List<KeyEvent> midIncident(String text) {
    Recognizer recognizer = new Recognizer();
    recognizer.accept(said(MONITOR, "[FIRING:1] AnswerQualityLow (assistant prod)"));
    recognizer.accept(said(SAM, "ack, on it"));
    return recognizer.accept(said(MAYA, text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Upgrading to SEV-2, impact is wider than the canary slice. | SEVERITY",
        "downgrading to sev 3, only internal users left | SEVERITY",
        "calling this P1. advertisers are being overcharged in real time | SEVERITY",
        "ok let me be clear for everyone joining: explicit content to minors = sev one | SEVERITY",
        "Rolled back the model to v3.1, traffic is on v3.1 now. | MITIGATION",
        "reverted to 2.4.1 on all replicas | MITIGATION",
        "mitigation is in place: rate limiting the jailbreak prompts | MITIGATION",
        "hotfix deployed to prod | MITIGATION",
        "failed over to the secondary provider: 100% of chat completions now go to Lumen | MITIGATION",
        "Root cause identified: the fine-tuning dataset contained poisoned samples | ROOT_CAUSE",
        "root cause found - tokenizer config drift broke every accented locale | ROOT_CAUSE",
        "found it: the hide threshold for harassment went from 0.92 to 0.29 in the yaml | ROOT_CAUSE",
        "Resolved. Users are back on v3.1. | RESOLUTION",
        "incident is now resolved, closing the bridge | RESOLUTION",
        "we're all clear, closing this out | RESOLUTION",
        "status page updated: root cause identified, traffic served from another region | CUSTOMER_COMMS",
        "email sent to all 214 affected customers, support macro updated | CUSTOMER_COMMS",
        "impact so far: 1,380 questions since 10:00, answer-found rate 83% → 27% | IMPACT"
      })
  void keyEventsAreRecognisedWhateverThePhrasing(String text, KeyEvent expected) {
    assertThat(midIncident(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "seeing it on the eval canary too",
        "last change was the fine-tune from yesterday's dataset",
        "quality score recovering after the rollback",
        "nice find, let's add adversarial sample detection to the pipeline",
        "should we roll back?",
        "rollback didn't help, error rate is the same",
        "rolling back now, ~10 min for all regions",
        "what is the root cause here?",
        "is it the index?",
        "not the tokenizer, same errors with the old one",
        "is this sev 2 or sev 3?",
        "who is on call today?",
        "+1",
        "brb",
        "will update in 15",
        "can someone share the dashboard link?",
        "I don't think it's resolved yet",
        ""
      })
  void chatterIsNotAnEvent(String text) {
    assertThat(midIncident(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "On-call here, I've confirmed it. Degraded answers.",
        "acked as on-call, looking now",
        "ack",
        "on it",
        "I'm on call, looking",
        "mine"
      })
  void theFirstToTakeTheIncidentAcknowledgesIt(String text) {
    Recognizer recognizer = new Recognizer();
    recognizer.accept(said(MONITOR, "[FIRING:1] AnswerQualityLow (assistant prod)"));

    assertThat(recognizer.accept(said(MAYA, text))).containsExactly(KeyEvent.ACKNOWLEDGEMENT);
  }

  @Test
  void aLaterOnItIsATaskNotAnAcknowledgementButAHandoverIs() {
    Recognizer recognizer = new Recognizer();
    recognizer.accept(said(MONITOR, "[FIRING:1] AnswerQualityLow (assistant prod)"));
    recognizer.accept(said(MAYA, "ack"));

    assertThat(recognizer.accept(said(SAM, "on it, pinging support"))).isEmpty();
    assertThat(recognizer.accept(said(SAM, "morning, taking over IC from maya")))
        .containsExactly(KeyEvent.ACKNOWLEDGEMENT);
  }

  @Test
  void theFirstAlertDetectsARepeatSaysNothingAndAnotherAlertIsAnAlert() {
    Recognizer recognizer = new Recognizer();

    assertThat(recognizer.accept(said(MONITOR, "[FIRING:1] AnswerQualityLow (assistant prod)")))
        .containsExactly(KeyEvent.DETECTION);
    assertThat(recognizer.accept(said(MONITOR, "[FIRING:1] AnswerQualityLow (assistant prod)")))
        .isEmpty();
    assertThat(recognizer.accept(said(MONITOR, "[FIRING:1] LatencyHigh (assistant prod)")))
        .containsExactly(KeyEvent.ALERT);
    assertThat(recognizer.accept(said(MONITOR, "[RESOLVED] AnswerQualityLow (assistant prod)")))
        .containsExactly(KeyEvent.ALERT_RESOLVED);
  }

  @Test
  void withoutABotTheFirstReportOfTheSymptomIsTheDetection() {
    Recognizer recognizer = new Recognizer();
    HistoryMessage report =
        said(MAYA, "hey, customers say translations into japanese come back in english since noon");
    recognizer.accept(report);
    recognizer.accept(said(SAM, "on it"));

    assertThat(recognizer.finish())
        .containsExactly(new Recognized(report, List.of(KeyEvent.DETECTION)));
  }

  @Test
  void aSecondResolutionIsChatterUntilTheIncidentIsReopened() {
    Recognizer recognizer = new Recognizer();
    recognizer.accept(said(MONITOR, "[FIRING:1] AnswerQualityLow (assistant prod)"));

    assertThat(recognizer.accept(said(MAYA, "resolved, thanks all")))
        .containsExactly(KeyEvent.RESOLUTION);
    assertThat(recognizer.accept(said(SAM, "resolved on my side too"))).isEmpty();
    assertThat(recognizer.accept(said(SAM, "reopening, the apps are still broken")))
        .containsExactly(KeyEvent.REOPEN);
    assertThat(recognizer.accept(said(MAYA, "ok, now closing for real. all clear")))
        .containsExactly(KeyEvent.RESOLUTION);
  }

  @Test
  void aCauseExplainedAtLengthIsTheRootCauseWhereNobodyNamedOne() {
    Recognizer recognizer = new Recognizer();
    recognizer.accept(said(MONITOR, "[FIRING:1] SearchZeroResultRateHigh (search-api prod)"));
    HistoryMessage explained =
        said(
            SAM,
            "PR #3318 merged monday added a filter to the reindex config. it was meant for the deals"
                + " index and got pasted into the products job, so every listing out of stock at"
                + " 22:00 was dropped from the new collection, and the job swapped the alias anyway");
    recognizer.accept(explained);

    assertThat(recognizer.finish())
        .containsExactly(new Recognized(explained, List.of(KeyEvent.ROOT_CAUSE)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Upgrading to SEV-2 now | SEV2 | upgraded",
        "downgrading to sev 3 | SEV3 | downgraded",
        "setting this to SEV-1 | SEV1 | set",
        "P0. search is 60% of GMV | SEV1 | set"
      })
  void aSeverityMessageSaysItsLevelAndDirection(String text, Severity level, String direction) {
    assertThat(Recognizer.severity(text)).contains(level);
    assertThat(Recognizer.severityDirection(text)).isEqualTo(direction);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Rolled back the model to v3.1, traffic is on v3.1 now. | v3.1",
        "rolled ranker back to v7.3 in all regions | v7.3",
        "pinned whisper-large to v3-2026.09 for all languages | v3-2026.09"
      })
  void aRollbackNamesItsVersion(String text, String version) {
    assertThat(Recognizer.modelAndVersion(text)).get().extracting(mv -> mv[1]).isEqualTo(version);
  }
}
