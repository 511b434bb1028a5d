package dev.aiir.commands.talk;

import dev.aiir.commands.port.HistoryMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the last few messages asked for and explained, for the replies that say something only in
 * answer to them: a recap for someone who asks what they missed, "done" after an action was asked
 * for, "good find" after a cause was explained. It remembers a few dozen messages at most.
 */
final class Conversation {
  private static final int REMEMBERED = 32;
  private static final Duration RECENT = Duration.ofMinutes(45);
  private static final Cue CATCH_UP =
      Cue.of(
          "miss|catch|fill me|where are we|status|latest|update|what happened|going on|summar",
          "\\bwhat did i miss\\b|\\bcatch me up\\b|\\bfill me in\\b|\\bwhere are we\\b"
              + "|\\bwhat'?s the (?:status|latest)\\b|^\\W*status\\W*\\?|\\bany updates?\\b"
              + "|\\bwhat happened\\b|\\bwhat'?s going on\\b|\\bquick summary\\b|\\bsummari[sz]e\\b"
              + "|\\bcatch up\\b");

  /** An action asked for or proposed ("can we roll back?", "pls revert"), ... */
  private static final Cue ASKS_ACTION =
      Cue.words(
          "roll|revert|flip|disabl|turn|kill|drain|fail over|failover|pin |pause|stop|scale|restart"
              + "|purge|flush|clear|switch|route|point|requeue|re-queue|rerun|re-run|block|rotate|hide"
              + "|lift|delete|remove");

  /** ... or approved in a word or two ("do it", "go ahead"). */
  private static final Pattern APPROVES =
      Said.pattern(
          "\\W*(?:do it|go|go ahead|ship it|please do|pls do|yes,? (?:please|pls|do it|go))\\W*$");

  private static final Pattern DONE_REPLY =
      Said.pattern(
          "\\W*(?:(?:yes|yep|yeah|ok|okay)\\W+)?done\\b(?![,\\s]+(?:with|for|yet|here|eating))");

  /** "yes, done": an answer to "did you...?", an act done whatever was asked. */
  private static final Pattern YES_DONE =
      Said.pattern("\\W*(?:yes|yep|yeah)\\W+done\\b(?![,\\s]+(?:with|for|yet|here|eating))");

  private static final Cue CONFIRMS =
      Cue.of(
          "that's it|thats it|explains|find|catch|makes sense|the one|bingo|mystery|write|clear|🤦|palm",
          "\\bthat'?s it\\b|\\bthat explains\\b|\\bexplains it\\b|\\b(?:good|nice|great) (?:find|catch)\\b"
              + "|\\bmakes sense\\b|\\bthat'?s the one\\b|\\bbingo\\b|\\bmystery solved\\b"
              + "|\\bwrite-?up\\b|\\bvery clear\\b|🤦|:face_?palm:");

  private final Map<String, Instant> catchUps = bounded();

  /** Who last asked to be caught up, and when: the next person to answer is recapping. */
  private HistoryMessage catchUpAsked;

  private final Map<String, HistoryMessage> byThread = bounded();
  private final Map<String, HistoryMessage> byId = bounded();
  private Instant actionAsked;

  private static <V> Map<String, V> bounded() {
    return new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > REMEMBERED;
      }
    };
  }

  /** Remembers what this message asks for; call once per person's message, after judging it. */
  void note(HistoryMessage message, Utterance said) {
    if (CATCH_UP.in(said.text()) && asks(said)) {
      catchUps.put(message.id(), message.at());
      catchUpAsked = message;
    } else if (catchUpAsked != null && !catchUpAsked.author().id().equals(message.author().id())) {
      catchUpAsked = null; // answered: later messages are the conversation again
    }
    boolean approves = said.words() <= 4 && APPROVES.matcher(said.text()).lookingAt();
    if (approves || ASKS_ACTION.in(said.text()) && asks(said)) {
      actionAsked = message.at();
    }
  }

  private static boolean asks(Utterance said) {
    return said.sentences().stream().anyMatch(s -> !Hedges.isStatement(s));
  }

  /**
   * A reply to someone asking what they missed (in their thread, or the next message from someone
   * else within minutes, since Slack has no inline replies): a recap of events already told.
   */
  boolean answersCatchUp(HistoryMessage message) {
    if (message.threadId() != null && catchUps.containsKey(message.threadId())) {
      return true;
    }
    return catchUpAsked != null
        && !catchUpAsked.author().id().equals(message.author().id())
        && Duration.between(catchUpAsked.at(), message.at()).compareTo(Duration.ofMinutes(10)) <= 0;
  }

  /** "done" soon after someone asked for an action: the action, done. */
  boolean reportsAskedDone(HistoryMessage message, Utterance said) {
    boolean asked =
        actionAsked != null && Duration.between(actionAsked, message.at()).compareTo(RECENT) <= 0;
    if (!said.text().contains("done")) {
      return false;
    }
    return asked && DONE_REPLY.matcher(said.text()).lookingAt()
        || YES_DONE.matcher(said.text()).lookingAt();
  }

  /** Remembers a message that explains something, for a teammate to confirm. */
  void explained(HistoryMessage message) {
    byThread.put(key(message), message);
    byId.put(message.id(), message);
  }

  /** The explanation this short reply confirms ("that's it", "good find"), if it confirms one. */
  Optional<HistoryMessage> confirmed(HistoryMessage message, Utterance said) {
    if (said.words() > 14 || said.text().indexOf('?') >= 0 || !CONFIRMS.in(said.text())) {
      return Optional.empty();
    }
    HistoryMessage candidate = byThread.get(key(message));
    if (candidate == null && message.threadId() != null) {
      candidate = byId.get(message.threadId());
    }
    if (candidate == null
        || candidate.author().id().equals(message.author().id())
        || Duration.between(candidate.at(), message.at()).compareTo(RECENT) > 0) {
      return Optional.empty();
    }
    byThread.remove(key(candidate));
    byId.remove(candidate.id());
    return Optional.of(candidate);
  }

  private static String key(HistoryMessage message) {
    return message.threadId() == null ? "" : message.threadId();
  }
}
