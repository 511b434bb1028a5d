package dev.aiir.commands.talk;

import java.util.regex.Pattern;

/**
 * What makes a sentence not a statement of fact: a question, a guess, a proposal, work still under
 * way, or something that did not help.
 */
final class Hedges {
  static final Pattern GUESS =
      Said.pattern(
          "\\b(maybe|might|perhaps|possibly|probably|i think|i guess|i suspect|suspect|guess"
              + "|could it be|could be|may be|theory|hypothesis|not sure|wonder|is it|are we sure)\\b");
  static final Pattern PROPOSAL =
      Said.pattern(
          "\\b(let'?s|lets|let us|we should|should we|should i|we could|could we|can we|can you"
              + "|can someone|could someone|i'?ll|i will|we'll|we will"
              + "|(?:i'?m|we'?re|i am|we are|is|are) going to|gonna|about to|want to|wanna"
              + "|plan(ning)? (is |to )|propose|proposal|need to|needs to|we need|todo|if we|once we"
              + "|before we|until we|when we|after we|shall we|would you|pls|please|ready to"
              + "|prepared to|ok to|okay to|option)\\b");
  static final Pattern UNDER_WAY =
      Said.pattern(
          "\\b(rolling back|reverting|draining|failing over|shifting|pinning|disabling|pausing"
              + "|purging|restarting|deploying|scaling|quarantining)\\b"
              + "(?!.*\\b(done|complete|finished|live)\\b)");
  static final Pattern DID_NOT_HELP =
      Said.pattern(
          "\\b(didn'?t|did not|does not|doesn'?t|won'?t|wouldn'?t|not) (help|fix|work|change|do)\\w*"
              + "|\\bno (effect|change|improvement|luck|difference)\\b|\\bnothing changed\\b"
              + "|\\bstill (bad|broken|failing|elevated|high|wrong|down)\\b|\\bmade no\\b|\\bnot yet\\b");
  static final Pattern RECAP =
      Said.pattern(
          "\\b(handing over|handoff|short version|summary:|in summary|recap|tl;?dr|scroll up"
              + "|for the record|state:|draft for|pls review|writeup|write-up)\\b");

  private Hedges() {}

  static boolean isQuestion(String sentence) {
    return sentence.indexOf('?') >= 0;
  }

  /** A plain statement: no question, no guess, no proposal. */
  static boolean isStatement(String sentence) {
    return !isQuestion(sentence)
        && !GUESS.matcher(sentence).find()
        && !PROPOSAL.matcher(sentence).find();
  }
}
