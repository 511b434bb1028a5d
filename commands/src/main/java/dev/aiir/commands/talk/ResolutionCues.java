package dev.aiir.commands.talk;

import java.util.regex.Pattern;

/** The incident declared over ("resolved", "all clear", "closing this out"), or re-opened. */
final class ResolutionCues {
  private static final Pattern OVER =
      Said.pattern(
          "\\bresolv(?:ed|ing)\\b|\\ball clear\\b|\\bincident (?:is )?(?:over|closed|resolved)\\b"
              + "|\\bclos(?:e|ing) (?:this|the incident|it|out)\\b|\\bclosing\\W*$|\\bclosing\\."
              + "|\\bwe'?re (?:good|done|back to normal)\\b|\\bwe are back to normal\\b|\\bstand down\\b"
              + "|\\bthat'?s a wrap\\b|\\bwe can call it\\b|\\bcalling it[:,]? (?:resolved|incident over|done)\\b"
              + "|\\bdone for real\\b|\\bclosing for real\\b");
  private static final Pattern NOT_OVER =
      Said.pattern(
          "\\b(not|don'?t|isn'?t|never|no)\\b[^.]{0,20}\\bresolv|\\bresolved yet\\b|\\bnot (?:over|yet)\\b"
              + "|\\bonce\\b|\\buntil\\b|\\bstatus page (?:set to |→ |-> |moved to )?resolved\\b"
              + "|\\bresolved (?:on|in) the status page\\b|\\bmarked resolved on\\b|\\balert resolved\\b"
              + "|\\bauto-?resolved\\b|\\bbefore (?:we |i )?clos|\\bstatus page\\b[^.]*\\bresolved\\b"
              + "|\\bsays resolved\\b|\\bthen close\\b|\\bwill close\\b|\\bgoing to\\b(?![^,.]*\\bnow\\b)|\\blet'?s\\b"
              + "|\\bshould\\b|\\bcan we\\b|\\bi'?ll close\\b|\\bcould close\\b");
  private static final Pattern PLAINLY_OVER =
      Said.pattern("\\ball clear\\b|\\bclosing\\b|\\bincident (?:is )?(?:over|closed)\\b");

  /** Re-opening said of the incident: "reopening", "reopened it", not "reopen the app". */
  private static final Pattern REOPENED =
      Said.pattern(
          "\\bre-?open(?:ing|ed)\\b(?! (?:the |my |a )?(?:app|ticket|pr|page|tab|file|doc|browser))"
              + "|\\bre-?open (?:this|it|the incident)\\b");

  private static final Pattern NOT_REOPENED =
      Said.pattern(
          "\\b(?:if|don'?t|not|no need to|won'?t|wouldn'?t|no|before|unless|or)\\b[^.]{0,20}re-?open"
              + "|re-?open\\w* (?:if|when|once|unless)\\b|\\bstatus ?page\\b|\\bticket\\b");

  /** The symptom back after a resolution: "it's back", "complaining about 0 min ETAs again". */
  private static final Pattern BACK =
      Said.pattern(
          "\\b(?:it'?s|its|it is|they'?re|they are) back\\b|\\b(?:came|coming) back\\b"
              + "|\\b(?:is|are) back\\b(?! (?:on|to|at|in|up|down|from)\\b)|\\bagain\\b|\\breturned\\b"
              + "|\\bstill (?:broken|failing|happening|seeing|wrong|down)\\b|\\bnot fixed\\b");

  /** "so it can't happen again": a prevention, not the symptom back. */
  private static final Pattern NOT_BACK =
      Said.pattern(
          "\\b(?:can'?t|won'?t|doesn'?t|never|not|don'?t|cannot) (?:\\w+ )?(?:happen|recur|break|fail"
              + "|come back)\\w*\\b|\\bprevent");

  private static final Pattern PLAINLY_BACK =
      Said.pattern(
          "\\b(?:it'?s|its|it is|they'?re|they are) back\\b(?! (?:on|to|at|in|up|down|from)\\b)");

  private ResolutionCues() {}

  /**
   * @param told whether the message also tells customers: then "resolved" may be what they were
   *     told, and only a plain "closing" or "all clear" declares the incident over
   */
  private static final String[] MENTIONS = {
    "resolv",
    "clear",
    "incident",
    "clos",
    "we're",
    "were ",
    "we are",
    "stand down",
    "wrap",
    "call it",
    "for real"
  };

  static boolean over(Utterance said, boolean told) {
    if (!said.mentions(MENTIONS)) {
      return false;
    }
    for (String s : said.unquotedSentences()) {
      java.util.regex.Matcher over = OVER.matcher(s);
      if (!over.find()
          || Hedges.isQuestion(s)
          || NOT_OVER.matcher(Clauses.upTo(s, over.start())).find()) {
        continue;
      }
      if (told && !PLAINLY_OVER.matcher(s).find() && CommsCues.tells(s)) {
        continue;
      }
      return true;
    }
    return false;
  }

  static boolean reopened(Utterance said) {
    if (!said.text().contains("open")) {
      return false;
    }
    for (String s : said.sentences()) {
      if (REOPENED.matcher(s).find()
          && !Hedges.isQuestion(s)
          && !Hedges.PROPOSAL.in(s)
          && !NOT_REOPENED.matcher(s).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The symptom back, said after a resolution: "it's back", or trouble "again". Only asked while
   * the incident stands resolved.
   */
  static boolean back(Utterance said) {
    if (said.text().indexOf('?') >= 0) {
      return false; // "has cut-off summaries again. is that the thing from this morning?"
    }
    for (String s : said.sentences()) {
      if (!BACK.matcher(s).find() || !Hedges.isStatement(s) || NOT_BACK.matcher(s).find()) {
        continue;
      }
      if (PLAINLY_BACK.matcher(s).find() || Reports.SYMPTOM.matcher(s).find()) {
        return true;
      }
    }
    return false;
  }
}
