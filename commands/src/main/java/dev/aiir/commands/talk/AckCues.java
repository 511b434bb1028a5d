package dev.aiir.commands.talk;

import java.util.regex.Pattern;

/** Someone taking the incident: "ack", "on it", "mine", "I'm on call, looking", "I have IC". */
final class AckCues {
  private static final Pattern TAKES =
      Said.pattern(
          "^\\W*(ack|acked|ack'?d|acking|acknowledged)\\b"
              + "|(?:^|[,.;:!]\\s*|\\b(?:i'?m|we'?re|yep|yes|ok|okay|sure|am)\\s+)on it\\b"
              + "|^\\W*(👀\\s*)?mine\\b"
              + "|\\bi(?:'ve| have)? got (?:this|it)\\b(?! (?:wrong|right))"
              + "|\\bi (?:have|'ve got|got) (?:ic|it|this)\\b|\\bi'?ve got (?:ic|it|this)\\b|\\bi'?ll ic\\b"
              + "|\\b(?:i'?ll|i will|i) take (?:it|this|a look|point|ic|over)\\b"
              + "|\\btaking (?:this|it|point|over|ic|lead|the page)\\b"
              + "|\\bpicking (?:this|it) up\\b"
              + "|^\\W*(?:got |just )?paged\\b|\\bgot (?:the )?page\\b"
              + "|\\bi'?m (?:the )?(?:on[- ]?call|primary|ic|oncall)\\b"
              + "|\\b(?:on[- ]?call|oncall|ic)\\b[^.?]{0,25}\\b(?:here|looking|have it|digging|taking)\\b"
              + "|\\bic: ?me\\b|\\bi'?m ic\\b"
              + "|^\\W*looking(?: now| into it)?\\W*$"
              + "|^\\W*(?:ack|mine|here)\\W+(?:looking|checking)\\b"
              + "|^\\W*(?:i )?(?:will )?(?:look|check) (?:into |at )?(?:it|this)\\b"
              + "|\\bdigging in\\b"
              + "|\\bi (?:have|'ve got|got) the pager\\b|\\bi'?m (?:on )?(?:the )?pager\\b"
              + "|\\b(?:act|acting|be|serve) as (?:the )?(?:ic|incident commander|incident lead)\\b"
              + "|\\bi'?m (?:the )?(?:incident commander|incident lead)\\b"
              + "|\\bi'?ll be (?:the )?(?:ic|incident commander|incident lead)\\b"
              + "|\\bi (?:'ll |will )?take (?:the incident|this one|command|the lead|lead)\\b|^\\W*i take\\W*$"
              + "|^\\W*(?:i'?m )?here\\W+(?:looking|checking|on it|digging)\\b"
              + "|\\bi (?:'ll |will )?look into it\\b|^\\W*got it\\W*$");
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
    for (String s : said.sentences()) {
      if (TAKES.matcher(s).find() && !Hedges.isQuestion(s) && !DENIES.matcher(s).find()) {
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
