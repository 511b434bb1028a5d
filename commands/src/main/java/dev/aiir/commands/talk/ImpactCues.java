package dev.aiir.commands.talk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who or what was affected, with a number: "~3,100 conversations since 08:30", "61% of enterprise
 * requests", "€184k overcharged", "37 EU tenants got errors".
 */
final class ImpactCues {
  private static final Pattern SAYS_IMPACT =
      Said.pattern(
          "\\b(impact|impacted|affected|scope|blast radius|numbers|counting|tally|final|overspend|exposure)\\b");
  private static final String WHO =
      "(users?|customers?|requests?|queries|questions?|answers?|searches|sessions?|conversations?|convos|calls?|tickets?"
          + "|complaints?|tenants?|accounts?|merchants?|advertisers?|campaigns?|transactions?|txns"
          + "|orders?|rides?|riders?|applicants?|applications?|loans?|emails?|documents?|docs|uploads?"
          + "|receipts?|invoices?|images?|generations?|posts?|comments?|meetings?|summaries"
          + "|impressions?|listings?|stores?|employees|devices?|records?|pages?|completions?"
          + "|utterances?|transcripts?|regions?|markets?|locales?|people|authors?|callers?|lockouts"
          + "|clients?|workspaces?|api keys|drivers?|suggestions?|coupons?|refunds?|messages?|tracks?"
          + "|streams?|plays?|videos?|items?|experiments?|contacts?|cards?|listeners?|phone numbers"
          + "|addresses)";
  private static final Pattern COUNTED =
      Said.pattern(
          "(?:[~≈]|\\babout |\\broughly |\\baround |\\bover |\\bunder )?(?:[$€£₹]\\s?)?\\b\\d[\\d,.]*\\s?"
              + "(?:k|m|mn|cr|%|x|\\+)?(?: of| in) ?(?:\\d[\\d,.]*\\s?[km]? )?(?:\\w+ ){0,3}"
              + WHO
              + "\\b|\\b\\d[\\d,.]*\\s?(?:k|m|mn|\\+)?\\s+(?:[\\w-]+ ){0,3}"
              + WHO
              + "\\b|[$€£₹]\\s?\\d[\\d,.]*\\s?(?:k|m|mn|cr)?\\b|\\b\\d[\\d,.]*\\s?(?:k|m)?\\s?"
              + "(?:usd|eur|dollars|euros)\\b|\\b\\d+ in \\d+ "
              + WHO);
  private static final Pattern HARM =
      Said.pattern(
          "\\b(since|between|in the last|so far|overnight|today|this morning|tonight|failed|failing"
              + "|fail|down|broken|errors?|timed? ?out|timeouts?|declined|wrong|wrongly|bad|invisible"
              + "|hidden|lost|complaints|escalating|affected|impacted|impact|misrouted|truncated|cut"
              + "|overcharg\\w*|paid|overspend|skipped|stale|exposed|locked|abandon\\w*|waste\\w*"
              + "|over plan|lockouts|confused|got errors|served|shown|sent|flipped|invalid|toxic"
              + "|missing|saw|hit|hitting|peak)\\b|\\d\\d:\\d\\d\\s*[-–]\\s*\\d\\d:\\d\\d|\\bfrom \\d[\\d.]*%? to \\d");
  private static final Pattern SCOPED =
      Said.pattern(
          "\\b(since|between|in the last|so far|overnight)\\b|\\d\\d:\\d\\d\\s*[-–]\\s*\\d\\d:\\d\\d");
  private static final Pattern NOT_A_COUNT =
      Said.pattern(
          "\\b(example|repro|replayed|tl;?dr|wait no|i'?ll|we'll|let me|vendor|requeue|re-?queue"
              + "|sample|sampled|sampling|zero [\\w ]{0,12}errors|0 mismatched|pr is up"
              + "|should be fine)\\b");

  private ImpactCues() {}

  static boolean stated(Utterance said) {
    if (!said.hasDigit()) {
      return false;
    }
    String t = said.unquoted();
    if (NOT_A_COUNT.matcher(t).find()) {
      return false;
    }
    StringBuilder kept = new StringBuilder();
    for (String s : Said.sentences(t)) {
      if (!Hedges.isQuestion(s)) {
        kept.append(s).append(' ');
      }
    }
    int counted = count(COUNTED.matcher(kept));
    if (counted == 0) {
      return false;
    }
    if (strongly(kept)) {
      return true;
    }
    return HARM.matcher(kept).find() && (counted >= 2 || SCOPED.matcher(kept).find());
  }

  /** Says "impact", "affected", "numbers"... in so many words. */
  static boolean strongly(CharSequence text) {
    return SAYS_IMPACT.matcher(text).find();
  }

  private static int count(Matcher m) {
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
