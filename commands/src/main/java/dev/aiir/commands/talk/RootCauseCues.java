package dev.aiir.commands.talk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A root cause stated as found: in so many words ("root cause:", "RCA:", "the culprit", "turns
 * out", "found it"), or as a long explanation of what changed and so what broke. Guesses, ruled-out
 * leads and questions are not causes.
 */
final class RootCauseCues {
  private static final Pattern SAID_SO =
      Said.pattern(
          "\\broot[- ]?cause(?: is| was|:| identified| found| confirmed)|\\brca:|\\bculprit\\b"
              + "|\\bthe cause (?:is|was|of [\\w -]{1,40} (?:is|was))\\b|\\bcaused by\\b|\\bturns out\\b"
              + "|\\bfound it\\b|\\bfound the (?:reason|cause|bug|problem|issue)\\b|^\\W*(?:ok )?found[.:!]"
              + "|^\\W*confirmed:|\\bthere it is[:.]|\\bnailed it\\b|\\bhere'?s (?:what happened|the bug|why)\\b"
              + "|\\bthe (?:actual|real) (?:problem|cause|issue)\\b|\\bthe (?:problem|bug|issue) (?:is|was)\\b"
              + "|^\\W*(?:ok |so )?it'?s the (?!same)\\w+|\\bit was the\\b|\\bconfirmed:? (?:the |root )?cause\\b"
              + "|\\bcorrection\\b|^\\W*ok so:|\\bwhy did [^:]{0,60}:|\\bthat'?s us, not\\b|\\byep that'?s it\\b"
              + "|\\bfound\\. in\\b");
  private static final Pattern SAID_FIRMLY =
      Said.pattern(
          "\\broot[- ]?cause\\b|\\brca:|\\bculprit\\b|\\bfound it\\b|\\bturns out\\b|\\bcorrection\\b"
              + "|^\\W*confirmed:|\\bfound the (?:reason|cause|bug|problem|issue)\\b|\\bnailed it\\b");
  private static final Pattern OPENS_WITH_FINDING =
      Said.pattern("^\\W*(?:ok |yep |so )?(?:got it|found|confirmed|there it is)[.:!]");
  private static final Pattern RULED_OUT =
      Said.pattern("\\b(not|isn'?t|wasn'?t|ruled out|red herring|nope)\\b");
  private static final Pattern CORRECTS = Said.pattern("correction|not the \\w+[,.] (it'?s|the)");
  private static final Pattern NOT_A_FINDING =
      Said.pattern(
          "\\b(for the rca|rca within|write (?:it )?up|the why|dig into|will dig|if it'?s|the reopen is)\\b");
  private static final Pattern SO =
      Said.pattern(
          "\\bso (?:the|every|almost|any|a|it|our|they|we|nothing|for|that)\\b|\\bbecause\\b"
              + "|\\bwhich means\\b|→|->|\\bthat'?s why\\b|\\bcausing\\b|\\bso\\b,|, so\\b|\\binstead of\\b"
              + "|\\bwithout\\b|\\bblows up\\b|\\btreats?\\b|\\bfalls? back\\b");
  private static final Pattern CHANGED =
      Said.pattern(
          "\\b(changed|renamed|added|removed|dropped|moved|rotated|reworked|switched|copied|forked"
              + "|bumped|merged|pr #?\\d+|release|config|flag|default|version|template|threshold|pins?"
              + "|expired|skips?|maps?|returns?|reads?|never|doesn'?t|isn'?t|missing|wrong|lost|preset"
              + "|spec|image|schema|job|filter|limiter|calibration)\\b");

  private RootCauseCues() {}

  private static final String[] MENTIONS = {
    "root", "rca", "culprit", "cause", "turns out", "found", "confirmed", "there it is", "nailed",
    "here", "actual", "real", "problem", "bug", "issue", "it's the", "its the", "it was the",
    "correction", "ok so", "why did", "that's", "got it", "yep"
  };

  static boolean stated(Utterance said) {
    if (said.words() < 9 || !said.mentions(MENTIONS)) {
      return false;
    }
    if (NOT_A_FINDING.matcher(said.text()).find()
        || Hedges.RECAP.matcher(said.text()).find()
        || said.words() < 9) {
      return false;
    }
    if (OPENS_WITH_FINDING.matcher(said.text()).find() && said.words() >= 15) {
      return true;
    }
    for (String s : said.sentences()) {
      if (Hedges.isQuestion(s) || Hedges.GUESS.matcher(s).find()) {
        continue;
      }
      if (SAID_FIRMLY.matcher(s).find()) {
        return true;
      }
      if (SAID_SO.matcher(s).find()
          && (!RULED_OUT.matcher(s).find() || CORRECTS.matcher(s).find())) {
        return true;
      }
    }
    return false;
  }

  /**
   * How much a long message reads like the explanation of a cause (what changed, and so what
   * broke); 0 when it cannot be one. Used only where nobody said "root cause" in so many words.
   */
  static double explanation(Utterance said) {
    int words = said.words();
    String first = said.text().split("\\.", 2)[0];
    if (words < 25
        || Hedges.isQuestion(said.text())
        || Hedges.GUESS.matcher(said.text()).find()
        || NOT_A_FINDING.matcher(said.text()).find()
        || Hedges.PROPOSAL.matcher(first).find()) {
      return 0;
    }
    int so = count(SO.matcher(said.text()));
    int changed = count(CHANGED.matcher(said.text()));
    if (so == 0 || changed < 2) {
      return 0;
    }
    return so * 2 + changed + words / 25.0;
  }

  private static int count(Matcher m) {
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
