package dev.aiir.commands.talk;

import java.util.regex.Pattern;

/**
 * Who or what was affected, counted: "~3,100 conversations since 08:30", "61% of enterprise
 * requests", "€184k overcharged", "~38k players hit frozen NPCs", "40 tickets so far", "signup
 * completion down from 71% to 22% since 21:30". Infrastructure numbers (pods, CPU, latency) are not
 * impact; the people and the work they were doing are.
 */
final class ImpactCues {
  private static final Pattern SAYS_IMPACT =
      Said.pattern(
          "\\b(impact|impacted|affected|scope|blast radius|overspend|exposure)\\b"
              + "|(?:^|[.:]\\s)\\W*(?:\\w+ ){0,3}(?:numbers|counting|counts?|tally|final(?:-ish)?)\\b");

  /** A sentence about what may or will be, not what happened. */
  private static final Pattern HYPOTHETICAL =
      Said.pattern("\\b(?:will|might|may|(?:would|could)(?! have))\\b");

  /** Where customers speak: a count of tickets or posts there is a count of complaints. */
  private static final Pattern HEARD =
      Said.pattern(
          "\\b(?:support|forum|customers?|users?|players|sellers|community|twitter|reddit|app store"
              + "|escalat\\w*|complain\\w*)\\b|#\\w");

  private static final Pattern SCOPED =
      Said.pattern(
          "\\b(since|between|in the last|so far|overnight)\\b|\\d\\d:\\d\\d\\s*[-–]\\s*\\d\\d:\\d\\d");

  /** A harm said in words: what went wrong, or when. */
  private static final Phrases HARM =
      new Phrases(
          "since|between|in the last|so far|overnight|today|this morning|tonight|failed|failing"
              + "|fail|down|broken|error|errors|timed out|timeout|timeouts|time out|declined|wrong"
              + "|wrongly|bad|invisible|hidden|lost|complaint|complaints|complaining|complained"
              + "|escalating|escalated|escalation|escalations|affected|impacted|impact|misrouted"
              + "|truncated|cut|overcharged|overcharging|paid|overspend|skipped|stale|exposed"
              + "|locked|abandoned|abandon|wasted|waste|over plan|lockouts|confused|got|get"
              + "|getting|received|served|shown|sent|flipped|invalid|toxic|missing|saw|hit|hitting"
              + "|peak|empty|garbage|random|muted|rejected|blocked|cancelled|canceled|throttled"
              + "|leaked|waited|stuck|frozen|unable|couldn't|couldnt|can't|cant|gave up|dropped"
              + "|charged|duplicate|duplicated|duplicates|spammed|issued|uploaded|already|on fire");

  /** A harm's time window or a fall: "12:40-13:35", "from 83% to 27%". */
  private static final Pattern WINDOW =
      Said.pattern("\\d\\d:\\d\\d\\s*[-–]\\s*\\d\\d:\\d\\d|\\bfrom \\d[\\d.]*%? to \\d");

  /** A business measure that fell: "signup completion down from 71% to 22%", "CTR -11%". */
  private static final Cue FELL =
      Cue.of(
          "ctr|conversion|completion|approval|retention|revenue|gmv|sign|add-to-cart|engagement"
              + "|click|sales|bookings|checkout",
          "\\b(?:ctr|conversion|completion|approval|retention|revenue|gmv|sign-?ups?|add-to-cart"
              + "|engagement|click-?through|sales|bookings|checkout)\\b[^.]{0,40}(?:\\b(?:down|dropped"
              + "|fell|halved)\\b|\\bfrom \\d[\\d.]*%? to \\d|-\\d[\\d.]*%)");

  /** A sentence whose numbers are not a count of harm: a sample, a plan, a repro. */
  private static final Pattern NOT_A_COUNT =
      Said.pattern(
          "\\b(example|repro|replayed|i'?ll|we'll|let me|vendor|requeue|re-?queue|sample|sampled"
              + "|sampling|zero [\\w ]{0,12}errors|0 mismatched|pr is up)\\b");

  /** A message that takes its numbers back, or says they no longer matter. */
  private static final Pattern TAKEN_BACK =
      Said.pattern("\\b(wait no|scratch that|ignore (?:that|this)|tl;?dr|should be fine)\\b");

  private ImpactCues() {}

  static boolean stated(Utterance said) {
    if (!said.hasDigit()) {
      return false;
    }
    String t = said.unquoted();
    if ((Counts.in(t).counted() == 0 && !FELL.in(t)) || TAKEN_BACK.matcher(t).find()) {
      return false;
    }
    StringBuilder kept = new StringBuilder();
    for (String s : said.unquotedSentences()) {
      if (!Hedges.isQuestion(s)
          && !HYPOTHETICAL.matcher(s).find()
          && !NOT_A_COUNT.matcher(s).find()) {
        kept.append(s).append(' ');
      }
    }
    Counts counts = Counts.in(kept.toString());
    if (counts.counted() == 0) {
      return FELL.in(kept.toString()) && SCOPED.matcher(kept).find();
    }
    if (strongly(kept) || FELL.in(kept.toString())) {
      return true;
    }
    if (counts.complaints() && HEARD.matcher(kept).find()) {
      return true;
    }
    boolean scoped = counts.counted() >= 2 || counts.people() || SCOPED.matcher(kept).find();
    return scoped && (HARM.in(kept.toString()) || WINDOW.matcher(kept).find());
  }

  /** Says "impact", "affected", "numbers"... in so many words. */
  static boolean strongly(CharSequence text) {
    return SAYS_IMPACT.matcher(text).find();
  }
}
