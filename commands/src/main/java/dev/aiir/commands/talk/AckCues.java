package dev.aiir.commands.talk;

import java.util.regex.Pattern;

/** Someone taking the incident: "ack", "on it", "mine", "I'm on call, looking", "I have IC". */
final class AckCues {
  /** Said first in the sentence: "ack", "mine", "looking", "here, checking", "I take". */
  private static final Pattern OPENS =
      Said.pattern(
          "\\W*(?:(?:ack|acked|ack'?d|acking|acknowledged)\\b|on it\\b|(?:👀\\s*)?mine\\b"
              + "|(?:got |just )?paged\\b|looking(?: now| into it)?\\W*$"
              + "|(?:ack|mine|here)\\W+(?:looking|checking)\\b|(?:i )?(?:will )?(?:look|check)"
              + " (?:into |at )?(?:it|this)\\b|i take\\W*$|(?:i'?m )?here\\W+(?:looking|checking|on it"
              + "|digging)\\b)");

  /** Said anywhere in the sentence: "I'm on call", "I have IC", "taking this one". */
  private static final Cue ANYWHERE =
      Cue.of(
          "on it|got|have|take|taking|picking|page|call|primary|ic|digging|pager|commander"
              + "|incident lead|look into|be |act",
          "(?:[,.;:!]\\s*|\\b(?:i'?m|we'?re|yep|yes|ok|okay|sure|am)\\s+)on it\\b"
              + "|\\bi(?:'ve| have)? got (?:this|it)\\b(?! (?:wrong|right))"
              + "|\\bi (?:have|'ve got|got) (?:ic|it|this|the pager)\\b|\\bi'?ve got (?:ic|it|this)\\b"
              + "|\\bi'?ll ic\\b|\\b(?:i'?ll|i will|i) take (?:it|this|a look|point|ic|over|the incident"
              + "|this one|command|the lead|lead)\\b|\\btaking (?:this|it|point|over|ic|lead|the page)\\b"
              + "|\\bpicking (?:this|it) up\\b|\\bgot (?:the )?page\\b"
              + "|\\bi'?m (?:the )?(?:on[- ]?call|primary|ic|oncall|incident commander|incident lead)\\b"
              + "|\\b(?:on[- ]?call|oncall|ic)\\b[^.?]{0,25}\\b(?:here|looking|have it|digging|taking)\\b"
              + "|\\bic: ?me\\b|\\bdigging in\\b|\\bi'?m (?:on )?(?:the )?pager\\b"
              + "|\\b(?:act|acting|be|serve) as (?:the )?(?:ic|incident commander|incident lead)\\b"
              + "|\\bi'?ll be (?:the )?(?:ic|incident commander|incident lead)\\b"
              + "|\\bi (?:'ll |will )?look into it\\b");

  /** "got it" said alone, in answer to the page; inside a longer message it opens a finding. */
  private static final Pattern GOT_IT = Said.pattern("^\\W*got it\\W*$");

  private static final Pattern DENIES = Said.pattern("\\bwho\\b|\\bnot\\b");
  private static final Pattern HANDOVER =
      Said.pattern(
          "\\b(ic|taking over|handover|hand over|overnight|primary|on[- ]?call|incident commander"
              + "|incident lead|command)\\b");

  private AckCues() {}

  private static final String[] MENTIONS = {
    "ack", "on it", "mine", "got this", "got it", "got ic", "have ic", "have it", "have this",
    "take ", "taking", "picking", "paged", "page", "on-call", "on call", "oncall", "primary",
    "ic ", "ic:", " ic", "looking", "checking", "look ", "check ", "digging in", "pager",
    "commander", "incident lead", "take", "here"
  };

  static boolean takes(Utterance said) {
    if (!said.mentions(MENTIONS)) {
      return false;
    }
    if (GOT_IT.matcher(said.text()).find()) {
      return true;
    }
    for (String s : said.sentences()) {
      boolean takes = OPENS.matcher(s).lookingAt() || ANYWHERE.in(s);
      if (takes && !Hedges.isQuestion(s) && !DENIES.matcher(s).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether it hands command over (a later acknowledgement only counts as one when it does). */
  static boolean handsOver(Utterance said) {
    return HANDOVER.matcher(said.text()).find();
  }
}
