package dev.aiir.commands.talk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.port.HistoryMessage;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Key events and chatter in the phrasings that teams outside the corpus use: terse, verbose,
 * non-native, lower case, passive, subject first; each class of phrasing, not one sentence.
 */
class PhrasingTest {
  private static final UserRef MAYA = new UserRef("U1", "maya");
  private static final UserRef SAM = new UserRef("U2", "sam");
  private static final UserRef MONITOR = new UserRef("B1", "monitoring");
  private int ids;

  private HistoryMessage said(UserRef who, String text) {
    return new HistoryMessage(
        "m" + ++ids, Instant.EPOCH.plusSeconds(ids), who, who == MONITOR, text, Set.of(), null);
  }

  private List<KeyEvent> midIncident(String text) {
    Recognizer recognizer = new Recognizer();
    recognizer.accept(said(MONITOR, "[FIRING:1] RerankLatencyHigh (search prod)"));
    recognizer.accept(said(SAM, "ack"));
    return recognizer.accept(said(MAYA, text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "We have made rollback of the reranker to v4 on every cluster. | MITIGATION",
        "search-api rolled back to 2.7.0 | MITIGATION",
        "dedup cache disabled in prod | MITIGATION",
        "kill switch flipped, vision uploads off for now | MITIGATION",
        "egress locked down on all crawler workers | MITIGATION",
        "shifted all of scoring to the rules fallback, model out of the path | MITIGATION",
        "we went back to v9 of the ranker, deploy finished | MITIGATION",
        "quarantined batch lb-2026-41 in the label store | MITIGATION",
        "re-queued all 1,200 rejected uploads with the old model | MITIGATION",
        "scaled inference 12 → 30 replicas | MITIGATION",
        "sev stays 2 | SEVERITY",
        "Severity 3 from now. | SEVERITY",
        "this is a SEV 1 | SEVERITY",
        "downgrading to sev-4, only cleanup left | SEVERITY",
        "status page → monitoring | CUSTOMER_COMMS",
        "posted in #announcements: matchmaking is back, sorry for the wait | CUSTOMER_COMMS",
        "in-app notice sent to everyone affected: 'please ignore yesterday's scores' | CUSTOMER_COMMS",
        "I'm going to formally call this resolved now. Thanks all. | RESOLUTION",
        "resolving the incident, the flag stays off until the fix ships | RESOLUTION",
        "complaints from 4 enterprise customers already | IMPACT",
        "~12k drivers hit the wrong surge multiplier | IMPACT",
        "why the v6 ranker fails: its features were normalised with last year's means, so every"
            + " score collapses towards zero for new listings | ROOT_CAUSE"
      })
  void keyEventsAreRecognisedInOtherTeamsWords(String text, KeyEvent expected) {
    assertThat(midIncident(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "lol strict=false",
        "who set retries=0 👀",
        "flipping the kill switch on image search",
        "keeping the kill switch on until tomorrow, latency is fine",
        "sev1 last quarter was way worse than this",
        "I'd call it sev 2 but it's your call",
        "the version we rolled back to is fine, the publish job overwrote it",
        "```\nERROR rollback failed: no previous revision\n```",
        "interesting. root cause TBD, but that fits the regions",
        "rolled back to v20. no difference, still failing",
        "restarted pods die again within ~30s",
        "pending pods scheduling now, 37 → 21",
        "nothing deployed on our side today",
        "we should roll back, I think it's the new tokenizer",
        "sev-2, merchants see wrong summaries"
      })
  void chatterInOtherTeamsWordsIsNotAnEvent(String text) {
    assertThat(midIncident(text)).doesNotContain(KeyEvent.MITIGATION, KeyEvent.ROOT_CAUSE);
    if (!text.startsWith("sev-2")) {
      assertThat(midIncident(text)).isEmpty();
    } else {
      assertThat(midIncident(text)).containsExactly(KeyEvent.SEVERITY);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Good morning. I have the pager this week, I look into it.",
        "I confirm. I take the incident.",
        "got it",
        "I'm here, checking",
        "I'm going to act as incident commander on this one"
      })
  void theFirstToTakeTheIncidentAcknowledgesItHoweverTheySayIt(String text) {
    Recognizer recognizer = new Recognizer();
    recognizer.accept(said(MONITOR, "[FIRING:1] RerankLatencyHigh (search prod)"));

    assertThat(recognizer.accept(said(MAYA, text))).contains(KeyEvent.ACKNOWLEDGEMENT);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "We went back to v5 of photomod-vit, deployment is finished. | v5",
        "coach-api rolled back to v4.11.3 | v4.11.3",
        "rolled codegen-7b back to r41, all regions | r41",
        "pinned /v2/docs back to nllb-distill m2026.02 | m2026.02",
        "reverted max_batch to 64 (embed-svc 2.14.1) | 2.14.1",
        "docs alias now points at docs-idx-2026-04-20 | docs-idx-2026-04-20"
      })
  void aRollbackNamesTheVersionItWentBackTo(String text, String version) {
    assertThat(Recognizer.modelAndVersion(text)).get().extracting(mv -> mv[1]).isEqualTo(version);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "reverted the threshold to 0.85",
        "drained us-east-1, traffic on us-west-2",
        "rolled back the config change"
      })
  void aValueARegionOrNothingIsNotAVersion(String text) {
    assertThat(Recognizer.modelAndVersion(text)).isEmpty();
  }
}
