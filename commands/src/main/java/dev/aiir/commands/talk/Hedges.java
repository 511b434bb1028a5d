package dev.aiir.commands.talk;

import java.util.regex.Pattern;

/**
 * What makes a sentence not a statement of fact: a question, a guess, a proposal, work still under
 * way, something that did not help, a time before now, or a thing done mentioned rather than done.
 */
final class Hedges {
  static final Phrases GUESS =
      new Phrases(
          "maybe|might|perhaps|possibly|probably|i think|i guess|i suspect|suspect|guess"
              + "|could it be|could be|may be|theory|hypothesis|not sure|wonder|is it|are we sure");
  static final Phrases PROPOSAL =
      new Phrases(
          "let's|lets|let us|we should|should we|should i|we could|could we|can we|can you"
              + "|can someone|could someone|i'll|ill|i will|we'll|we will|i'm going to|im going to"
              + "|we're going to|were going to|i am going to|we are going to|is going to"
              + "|are going to|gonna|about to|want to|wanna|plan is|plan to|planning is|planning to"
              + "|propose|proposal|need to|needs to|we need|todo|if we|once we|before we|until we"
              + "|when we|after we|shall we|would you|pls|please|ready to|prepared to|ok to|okay to"
              + "|option|options|alternative|alternatives|i'd rather|id rather|i'd prefer|id prefer"
              + "|we can|plan:|next step|next steps");

  /** Work under way: "rolling back", "scaling the pool", unless the sentence says it is done. */
  static final Pattern UNDER_WAY =
      Said.pattern(
          "\\b(rolling|reverting|draining|failing over|shifting|pinning|disabling|pausing|purging"
              + "|restarting|deploying|redeploying|scaling|quarantining|flipping|turning|switching"
              + "|moving|routing|rerouting|blocking|deleting|removing|rotating|requeu\\w*ing"
              + "|re-?running|rebuilding|reindexing|lifting|killing|applying|pushing|patching"
              + "|capping|throttling|cancell?ing|clearing|flushing|swapping|restoring|starting)\\b"
              + "(?!.*\\b(done|complete|completed|finished|live)\\b)");

  static final Cue DID_NOT_HELP =
      Cue.of(
          "n't|not |no |nothing|still|made no",
          "\\b(didn'?t|did not|does not|doesn'?t|won'?t|wouldn'?t|not) (help|fix|work|change|do)\\w*"
              + "|\\bno (effect|change|improvement|luck|difference)\\b|\\bnothing changed\\b"
              + "|\\bstill (bad|broken|failing|elevated|high|wrong|down|there|happening|the same|seeing)\\b"
              + "|\\bmade no\\b|\\bnot yet\\b");
  static final Cue RECAP =
      Cue.of(
          "hand|short version|summary|recap|tl;|tldr|scroll up|for the record|state:|draft for"
              + "|review|write",
          "\\b(handing over|handoff|short version|summary:|in summary|recap|tl;?dr|scroll up"
              + "|for the record|state:|draft for|pls review|writeup|write-up)\\b");

  /** A question asked without its mark: "who set strict=false", "anyone have the link". */
  private static final Pattern ASKS =
      Said.pattern(
          "^\\W*(who|what|why|how|which|anyone|anybody|is|are|can(?! confirm)|could|should|would"
              + "|shall|does|do|did (?:we|you|anyone|someone))\\b");

  /** Said of a time before now: "we moved it yesterday", "last week's rollback". */
  static final Pattern BEFORE_NOW =
      Said.pattern(
          "\\byesterday\\b(?!'s)|\\blast (?:night|week|month|quarter|year|time|friday|monday|tuesday"
              + "|wednesday|thursday|saturday|sunday)\\b(?!'s)|\\b\\w+ (?:days|weeks|months) ago\\b"
              + "|\\bfrom (?:last|the) (?:week|month|incident)\\b|\\bthis morning\\b(?!'s)"
              + "|\\bearlier today\\b|\\bmoved to (?:mon|tues|wednes|thurs|fri|satur|sun)day\\b"
              + "|\\bmoved to (?:tomorrow|\\d\\d?:\\d\\d)\\b");

  /** A clause about a thing done, not the doing: "the version we rolled back to is fine". */
  static final Pattern RELATIVE =
      Said.pattern(
          "\\b(?:the|a|an|our|that) [\\w-]+(?: [\\w-]+)? (?:we|i|you|they|he|she) (?:had )?"
              + "(?:rolled|reverted|pinned|drained|disabled|paused|moved|switched|flipped)\\b"
              + "|\\b(?:over|after|since|despite|before) (?:our|the|that|my|your) (?:roll-?back|revert|failover"
              + "|pin|drain)\\b");

  private Hedges() {}

  /** Asks something: a question mark, or a sentence opening as a question (and not a heading). */
  static boolean isQuestion(String sentence) {
    return sentence.indexOf('?') >= 0
        || (!sentence.contains(": ") && ASKS.matcher(sentence).lookingAt());
  }

  /** Work still under way when the sentence says so before it says anything done. */
  static boolean underWayBefore(String sentence, int doneAt) {
    java.util.regex.Matcher m = UNDER_WAY.matcher(sentence);
    return m.find() && m.start() <= doneAt;
  }

  /** A plain statement: no question, no guess, no proposal. */
  static boolean isStatement(String sentence) {
    return !isQuestion(sentence) && !GUESS.in(sentence) && !PROPOSAL.in(sentence);
  }
}
