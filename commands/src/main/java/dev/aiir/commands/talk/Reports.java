package dev.aiir.commands.talk;

import dev.aiir.commands.port.HistoryMessage;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The first person to report the symptom, for a channel where no bot alerted: the first message
 * that says something is wrong, before anyone took the incident, said in the channel rather than in
 * reply to something else (a standup thread, a question).
 */
final class Reports {
  /** Words a report of trouble is told with, including a complaint relayed from someone else. */
  static final Pattern SYMPTOM =
      Said.pattern(
          "\\b(should have|should'?ve|shouldn'?t|leak\\w*|exposed|unmasked|missing|broke|bad|garbage"
              + "|nonsense|hallucinat\\w*|explicit|nsfw|offensive|incorrect|outdated|confus\\w*"
              + "|duplicate\\w*|overcharg\\w*|declin\\w*|users?|customers?|report|reports|complain\\w*"
              + "|seeing|broken|wrong|errors?|fail\\w*|down|spik\\w*|drop\\w*|weird|gibberish|since"
              + "|started|keeps?|not working|can'?t|cannot|empty|stale|slow|timeouts?|screenshots?"
              + "|confused|why did|pinged|escalat\\w*|noticed|says|saying|telling|out of)\\b");

  private HistoryMessage first;
  private boolean namesSymptom;

  void note(HistoryMessage message, Utterance said) {
    if (message.threadId() != null || said.words() < 6 || (first != null && namesSymptom)) {
      return;
    }
    boolean symptom = SYMPTOM.matcher(said.text()).find();
    if (first == null || (!namesSymptom && symptom)) {
      first = message;
      namesSymptom = symptom;
    }
  }

  Optional<HistoryMessage> first() {
    return Optional.ofNullable(first);
  }
}
