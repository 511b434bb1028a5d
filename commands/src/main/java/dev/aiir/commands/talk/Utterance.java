package dev.aiir.commands.talk;

import java.util.List;

/**
 * A message's normalised text, cut once into what every cue reads: its sentences, the same without
 * what it quotes, and its length in words.
 */
record Utterance(
    String text,
    String unquoted,
    List<String> sentences,
    List<String> unquotedSentences,
    int words) {
  static Utterance of(String normalised) {
    String unquoted = Said.unquoted(normalised);
    List<String> sentences = Said.sentences(normalised);
    return new Utterance(
        normalised,
        unquoted,
        sentences,
        unquoted.equals(normalised) ? sentences : Said.sentences(unquoted),
        Said.words(normalised));
  }

  /**
   * Whether the text holds any of these fragments: a cheap test that lets a cue skip its full
   * expression on the many messages that cannot match it.
   */
  boolean mentions(String[] fragments) {
    for (String fragment : fragments) {
      if (text.contains(fragment)) {
        return true;
      }
    }
    return false;
  }

  boolean hasDigit() {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
