package dev.aiir.commands.talk;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A root cause stated as found: in so many words ("root cause:", "RCA:", "the culprit", "turns
 * out", "found it"), or under a heading ("so:", "why 3.0.2 fails:", "confirmed on a canary:").
 * Where nobody says so, an explanation of a mechanism and what it led to ("X reads Y, so every Z")
 * is a candidate, for a teammate to confirm or for the end of the conversation to pick. Guesses,
 * ruled-out leads, questions and a cause still to be found are not causes.
 */
final class RootCauseCues {
  private static final Pattern SAID_SO =
      Said.pattern(
          "\\broot[- ]?cause(?: is| was|:| identified| found| confirmed)|\\brca:|\\bculprit\\b"
              + "|\\bthe cause (?:is|was|of [\\w -]{1,40} (?:is|was))\\b|\\bcaused by\\b|\\bturns out\\b"
              + "|\\bfound it\\b|\\bfound the (?:reason|cause|bug|problem|issue)\\b|^\\W*(?:ok )?found[.:!]"
              + "|\\bthere it is[:.]|\\bnailed it\\b|\\bhere'?s (?:what happened|the bug|why)\\b"
              + "|\\bthe (?:actual|real) (?:problem|cause|issue|reason)\\b|\\bthe (?:problem|bug|issue|reason)"
              + " (?:is|was)\\b|^\\W*(?:ok |so )?it'?s the (?!same)\\w+|\\bit was the\\b"
              + "|\\bconfirmed:? (?:the |root )?cause\\b|\\bcorrection\\b|\\breason (?:is|was) that\\b"
              + "|\\b(?:was|were) (?:all )?due to\\b");
  private static final Pattern SAID_FIRMLY =
      Said.pattern(
          "\\broot[- ]?cause\\b|\\brca:|\\bculprit\\b|\\bfound it\\b|\\bturns out\\b|\\bcorrection\\b"
              + "|\\bfound the (?:reason|cause|bug|problem|issue)\\b|\\bnailed it\\b");

  /**
   * A finding put first, as a heading: "found it:", "confirmed on a use1 canary:", "so:", "why
   * 3.0.2 fails:", "yeah that's it.", "the reason:".
   */
  private static final Pattern HEADING =
      Said.pattern(
          "^\\W*(?:(?:ok|yep|yes|yeah|right|so)\\W+)?(?:(?:got it|found(?: it| the (?:cause|bug"
              + "|problem|issue|reason))?|confirmed|so"
              + "|(?:the )?(?:reason|cause|explanation|bug|problem|issue)|here'?s (?:why|what happened)"
              + "|why [^:.?]{1,50}(?:fails?|failed|broke|happened|happens)|what happened)"
              + "(?:\\s(?!the|a|an)[^:.!?]{0,40})?\\s*:(?=\\s|$)|(?:that'?s (?:it|the (?:bug|cause|problem|issue|one))|found it"
              + "|there it is|mystery solved|got it)\\W)");

  private static final Pattern RULED_OUT =
      Said.pattern("\\b(not|isn'?t|wasn'?t|ruled out|red herring|nope)\\b");
  private static final Pattern CORRECTS = Said.pattern("correction|not the \\w+[,.] (it'?s|the)");

  /** A cause still to be found, or a mention of one elsewhere. */
  private static final Cue NOT_A_FINDING =
      Cue.of(
          "rca|write|the why|dig|if it|reopen|tbd|determined|unknown|not|still|thread",
          "\\b(for the rca|rca within|write (?:it )?up|the why|dig into|will dig|if it'?s"
              + "|the reopen is|tbd|to be determined|(?:cause|why) (?:is |still )?unknown"
              + "|not (?:yet )?(?:known|clear|found)"
              + "|still unclear|still looking|in (?:\\w+'s|the|a|her|his|their) thread)\\b");

  /** Said as a finding's consequence: "so", "because", "which the model reads as", "→". */
  private static final Cue SO =
      Cue.of(
          "so |because|which|→|->|why|hence|therefore|causing|lead|result|end|instead|come"
              + "|without|blows up|treat|fall",
          "\\bso (?!far\\b|much\\b|many\\b|long\\b|sorry\\b|cool\\b|good\\b|great\\b|nice\\b|yeah\\b"
              + "|what\\b|i\\b|we'll\\b|i'll\\b|please\\b|pls\\b)[a-z]|\\bbecause\\b|, which\\b"
              + "|\\bwhich (?:means|is why)\\b|(?:→|->)\\s*(?![\\dv~]|\\$)|\\bthat'?s why\\b|\\bhence\\b|\\btherefore\\b"
              + "|\\bcausing\\b|\\bleads? to\\b|\\bresult(?:s|ed)? in\\b|\\bends? up\\b|\\binstead of\\b"
              + "|\\bcomes? out as\\b|\\bwithout\\b|\\bblows up\\b|\\btreats?\\b|\\bfalls? back\\b");

  /** What a mechanism is told with: things changed, read, written, keyed, missing. */
  private static final Set<String> CHANGED =
      Set.of(
          ("changed renamed added removed dropped moved rotated reworked switched copied forked"
                  + " bumped merged upgrade upgraded retrained trained rewrote rewrites rewritten"
                  + " read reads writes wrote return returns expect expects keyed key map maps fill"
                  + " fills parse parses parsed drops skip skips strip strips interpolate interpolates"
                  + " normalizes normalises normalize converts convert computes caches cache evicted"
                  + " deduped dedups dedup duplicated joined labelled labeled flipped overwrote"
                  + " overwritten release config flag default version template threshold pin pins"
                  + " expired never doesn't isn't missing wrong lost empty null spec schema filter"
                  + " limiter calibration unit units format encoding prompt partition migration"
                  + " variable refuse refuses reject rejects ignore ignores register registers ships"
                  + " relied relies died dies marked new old bug leak leaks free frees")
              .split(" "));

  /** A guess, or a chain of reasoning not yet a finding: "would", "if I squint", "seems". */
  private static final Phrases REASONING =
      new Phrases("would|if i|seem|seems|appear to|appears to|fits|squint");

  private RootCauseCues() {}

  private static final String[] MENTIONS = {
    "root",
    "rca",
    "culprit",
    "cause",
    "turns out",
    "found",
    "confirmed",
    "there it is",
    "nailed",
    "here",
    "actual",
    "real",
    "problem",
    "bug",
    "issue",
    "it's the",
    "its the",
    "it was the",
    "correction",
    "so:",
    "why ",
    "that's",
    "reason",
    "explanation",
    "what happened",
    "mystery",
    "due to"
  };

  static boolean stated(Utterance said) {
    if (said.words() < 9) {
      return false;
    }
    boolean heading = said.words() >= 15 && HEADING.matcher(said.text()).lookingAt();
    if (!heading && !said.mentions(MENTIONS) || notAFinding(said)) {
      return false;
    }
    if (heading) {
      return !Hedges.isQuestion(said.sentences().get(0));
    }
    for (String s : said.sentences()) {
      boolean corrects = CORRECTS.matcher(s).find(); // "correction to the threshold theory: ..."
      if (Hedges.isQuestion(s) || (guessed(s) && !corrects)) {
        continue;
      }
      if (SAID_FIRMLY.matcher(s).find()) {
        return true;
      }
      if (SAID_SO.matcher(s).find() && (!RULED_OUT.matcher(s).find() || corrects)) {
        return true;
      }
    }
    return false;
  }

  private static boolean notAFinding(Utterance said) {
    return NOT_A_FINDING.in(said.text()) || Hedges.RECAP.in(said.text());
  }

  /**
   * A mechanism explained as fact, and what it led to: "the new cluster returns tenure in days, so
   * the model falls back to low confidence". Not hedged, not asked, not ruled out.
   */
  private static final Cue RULED_OUT_LEAD =
      Cue.of(
          "not|n't|nope|ruled out|red herring|no",
          "\\b(?:is not|isn'?t|not) (?:this|it|that)\\b|\\bnope\\b|\\bruled out\\b|\\bred herring\\b"
              + "|^\\W*no\\b");

  /**
   * Reads as an explanation a teammate may confirm: long enough, asserted (no question, guess or
   * proposal anywhere in it), not a lead ruled out, and telling of something changed or broken.
   */
  static boolean couldExplain(Utterance said) {
    String text = said.unquoted();
    return said.words() >= 12
        && text.indexOf('?') < 0
        && changes(text) > 0
        && !guessed(text)
        && !Hedges.PROPOSAL.in(text)
        && !RULED_OUT_LEAD.in(text)
        && !Hedges.DID_NOT_HELP.in(text)
        && !notAFinding(said);
  }

  /**
   * How much a long message reads like the explanation of a cause (what changed, and so what
   * broke); 0 when it cannot be one. Used only where nobody stated a cause.
   */
  static double explanation(Utterance said) {
    int words = said.words();
    if (words < 14 || !SO.in(said.text()) || !couldExplain(said)) {
      return 0;
    }
    // Quoted words may carry the sentence ("so 'cara' was labelled toxic"): count on the whole.
    int so = count(SO.pattern().matcher(said.text()));
    int changed = changes(said.text());
    if (so == 0) {
      return 0;
    }
    return so * 2 + changed + words / 25.0;
  }

  private static boolean guessed(String text) {
    return Hedges.GUESS.in(text) || REASONING.in(text);
  }

  /** How many words of a mechanism the text has. */
  private static int changes(String text) {
    int n = 0;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean inWord = Character.isLetterOrDigit(c) || c == '\'' || c == '_' || c == '-';
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        if (CHANGED.contains(text.substring(start, i))) {
          n++;
        }
        start = -1;
      }
    }
    return n;
  }

  private static int count(Matcher m) {
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
