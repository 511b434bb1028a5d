package dev.aiir.commands.talk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.port.HistoryMessage;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Messages that state an event only in answer to an earlier one, and what bots say besides alerts:
 * each judged with the conversation around it.
 */
class ConversationTest {
  private static final UserRef MAYA = new UserRef("U1", "maya");
  private static final UserRef SAM = new UserRef("U2", "sam");
  private static final UserRef LEE = new UserRef("U3", "lee");
  private static final UserRef MONITOR = new UserRef("B1", "Uptime Kuma");
  private static final UserRef DEPLOYS = new UserRef("B2", "GitHub Actions");
  private static final UserRef PAGER = new UserRef("B3", "PagerDuty");
  private static final UserRef FLAGS = new UserRef("B4", "LaunchDarkly");
  private final Recognizer recognizer = new Recognizer();
  private int ids;

  private HistoryMessage said(UserRef who, String text) {
    return said(who, text, null);
  }

  private HistoryMessage said(UserRef who, String text, String threadId) {
    boolean bot = who.id().startsWith("B");
    return new HistoryMessage(
        "m" + ++ids, Instant.EPOCH.plusSeconds(60L * ids), who, bot, text, Set.of(), threadId);
  }

  private List<KeyEvent> accept(UserRef who, String text) {
    return recognizer.accept(said(who, text));
  }

  private void firing() {
    accept(MONITOR, "[search-api] [🔴 Down] Request timeout after 48000ms");
  }

  @Test
  void aBotsNoticeThatNothingIsWrongIsNeitherTheDetectionNorAnAlert() {
    assertThat(accept(DEPLOYS, "Daily standup: reply in the thread with yesterday / today"))
        .isEmpty();
    assertThat(accept(DEPLOYS, "[search-api] Release v4.12.0 published by kaito")).isEmpty();
    assertThat(accept(DEPLOYS, "INC-441 created: RerankLatencyHigh firing (assignee: none)"))
        .isEmpty();
    assertThat(accept(MONITOR, "[search-api] [🔴 Down] Request timeout after 48000ms"))
        .containsExactly(KeyEvent.DETECTION);
    assertThat(accept(DEPLOYS, "Welcome to the server, newcomer! Please read #rules")).isEmpty();
  }

  @Test
  void aPagersAcknowledgementIsTheAcknowledgementAndTheOnCallsLookingIsNot() {
    firing();

    assertThat(accept(PAGER, "Acknowledged by Maya Chen: search-api down (#PD-1)"))
        .containsExactly(KeyEvent.ACKNOWLEDGEMENT);
    assertThat(accept(MAYA, "looking")).isEmpty();
  }

  @Test
  void aFlagSwitchedOffInProductionIsAMitigationAndOneInStagingIsNot() {
    firing();

    assertThat(accept(FLAGS, "Sam Ode turned off the flag `rerank-v2` in Production"))
        .containsExactly(KeyEvent.MITIGATION);
    assertThat(accept(FLAGS, "Sam Ode turned on the flag `rerank-v2` in Staging")).isEmpty();
  }

  @Test
  void aRecoveryTitledUnlikeItsAlertEndsItSoTheSameAlertFiringAgainIsNews() {
    firing();

    assertThat(accept(MONITOR, "[search-api] [🟢 Up] 200 - OK"))
        .containsExactly(KeyEvent.ALERT_RESOLVED);
    assertThat(accept(MONITOR, "[search-api] [🔴 Down] Request timeout after 48000ms"))
        .containsExactly(KeyEvent.ALERT);
  }

  @Test
  void theAnswerToWhatDidIMissIsARecapNotTheEventsAgain() {
    firing();
    accept(MAYA, "ack");
    accept(MAYA, "rolled search-api back to 2.7.0");
    accept(LEE, "back from lunch, what did I miss?");

    assertThat(accept(MAYA, "bad deploy, rolled back, recovering")).isEmpty();
  }

  @Test
  void anExplanationATeammateConfirmsIsTheRootCause() {
    firing();
    accept(MAYA, "ack");
    HistoryMessage explained =
        said(
            SAM,
            "the rerank cache is keyed by query text only, there is no tenant in the key, a result"
                + " computed for one tenant is served to the next");
    recognizer.accept(explained);
    accept(MAYA, "oh no. good find");

    assertThat(recognizer.finish())
        .containsExactly(new Recognized(explained, List.of(KeyEvent.ROOT_CAUSE)));
  }

  @Test
  void doneAfterSomeoneAskedForAnActionIsThatActionDone() {
    firing();
    accept(MAYA, "ack");
    accept(MAYA, "<@sam> can you flip the rerank flag off?");

    assertThat(accept(SAM, "done")).containsExactly(KeyEvent.MITIGATION);
    assertThat(accept(LEE, "done, with lunch")).isEmpty();
  }

  @Test
  void onceResolvedWhatIsDoneIsFollowUpUntilTheSymptomIsBack() {
    firing();
    accept(MAYA, "ack");
    accept(MAYA, "resolved, thanks all");

    assertThat(accept(SAM, "disabled the nightly cron so it can't happen again")).isEmpty();
    assertThat(accept(SAM, "thanks again everyone")).isEmpty();
    assertThat(accept(LEE, "users are complaining about empty results again"))
        .containsExactly(KeyEvent.REOPEN);
    assertThat(accept(SAM, "disabled the nightly cron")).containsExactly(KeyEvent.MITIGATION);
  }
}
