package dev.aiir.commands.talk;

import java.util.regex.Matcher;
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

  /** A count: not a severity's digit ("sev-2, merchants"), not zero, not ending in punctuation. */
  private static final String NUMBER =
      "(?<!sev)(?<!sev-)(?<!sev )(?<![\\w.,])(?!0(?![\\d.,]))\\d(?:[\\d,.]*\\d)?(?!\\d)";

  /** A sentence about what may or will be, not what happened. */
  private static final Pattern HYPOTHETICAL =
      Said.pattern("\\b(?:will|might|may|(?:would|could)(?! have))\\b");

  /** People, and the things they do or get, that an incident can be counted in. */
  private static final String WHO =
      "(users?|customers?|requests?|queries|questions?|answers?|searches|sessions?|conversations?"
          + "|convos|calls?|tickets?|complaints?|tenants?|accounts?|merchants?|advertisers?|campaigns?"
          + "|transactions?|txns|orders?|rides?|riders?|trips?|bookings?|applicants?|applications?"
          + "|loans?|claims?|emails?|documents?|docs|uploads?|receipts?|invoices?|images?|photos?"
          + "|generations?|posts?|comments?|meetings?|summaries|impressions?|listings?|stores?"
          + "|employees|devices?|records?|recordings?|pages?|completions?|utterances?|transcripts?"
          + "|regions?|markets?|locales?|people|persons|authors?|callers?|lockouts|clients?"
          + "|workspaces?|orgs?|organi[sz]ations?|api keys|drivers?|suggestions?|coupons?"
          + "|refunds?|payments?|payouts?|messages?|tracks?|streams?|plays?|videos?|items?"
          + "|products?|experiments?|contacts?|cards?|listeners?|viewers?|players?|gamers?|members?"
          + "|subscribers?|students?|patients?|shoppers?|buyers?|sellers?|vendors?|partners?"
          + "|signups?|sign-ups?|logins?|prs|pull requests?|repos|repositories|builds?"
          + "|jobs?|files?|reviews?|recommendations?|predictions?|decisions?|approvals?|declines?"
          + "|rejections?|activations?|mutes?|bans?|visits?|clicks?|notifications?|chats?|replies"
          + "|responses?|articles?|translations?|captions?|passports?|verifications?|checks?"
          + "|households?|vehicles?|flights?|shipments?|parcels?|deliveries|escalations?|reports?"
          + "|phone numbers|addresses|agents?|companies|projects?|threads?)";

  private static final Pattern COUNTED =
      Said.pattern(
          "(?:[~≈]|\\babout |\\broughly |\\baround |\\bover |\\bunder )?(?:[$€£₹]\\s?)?"
              + NUMBER
              + "\\s?"
              + "(?:k|m|mn|cr|%|x|\\+)?(?: of| in) ?(?:\\d[\\d,.]*\\s?[km]? )?(?:\\w+ ){0,3}"
              + WHO
              + "\\b|"
              + NUMBER
              + "\\s?(?:k|m|mn|\\+)?\\s+(?:[\\w-]+ ){0,3}"
              + WHO
              + "\\b|[$€£₹]\\s?\\d[\\d,.]*\\s?(?:k|m|mn|cr)?\\b|\\b\\d[\\d,.]*\\s?(?:k|m)?\\s?"
              + "(?:usd|eur|dollars|euros)\\b|\\b\\d+ in \\d+ "
              + WHO
              + "|\\b\\d+/\\d+ of (?:\\w+ ){0,2}"
              + WHO);

  /** People counted: one such count and a harm is impact ("~38k players hit frozen NPCs"). */
  private static final Pattern PEOPLE =
      Said.pattern(
          NUMBER
              + "\\s?(?:k|m|\\+)?\\s+(?:[\\w-]+ ){0,3}(?:users|customers|players|sellers"
              + "|merchants|tenants|accounts|advertisers|riders|drivers|applicants|employees|members"
              + "|subscribers|patients|students|viewers|listeners|callers|buyers|shoppers|people"
              + "|households|orgs|organi[sz]ations|companies|clients|partners|devices)\\b");

  /** Complaints counted where customers speak: "40 tickets so far", "300+ messages in #support". */
  private static final Pattern COMPLAINTS =
      Said.pattern(
          "\\b\\d[\\d,.]*\\+?\\s*(?:k\\s)?(?:new |more |[\\w-]+ )?(?:complaints|escalations)\\b"
              + "|\\b\\d[\\d,.]*\\+?\\s*(?:k\\s)?(?:new |more |[\\w-]+ )?(?:tickets|posts|messages|reports"
              + "|reviews|mentions)\\b(?=.*\\b(?:support|forum|customers?|users?|players|sellers|community"
              + "|twitter|reddit|app store|escalat\\w*|complain\\w*|#\\w+)\\b)"
              + "|\\b(?:support|forum|customers?|users?|players|sellers|community|complain\\w*)\\b.*"
              + "\\b\\d[\\d,.]*\\+?\\s*(?:new |more )?(?:tickets|complaints|posts|messages|reports"
              + "|escalations|reviews|mentions)\\b");

  private static final Pattern SCOPED =
      Said.pattern(
          "\\b(since|between|in the last|so far|overnight)\\b|\\d\\d:\\d\\d\\s*[-–]\\s*\\d\\d:\\d\\d");
  private static final Pattern HARM =
      Said.pattern(
          "\\b(since|between|in the last|so far|overnight|today|this morning|tonight|failed|failing"
              + "|fail|down|broken|errors?|timed? ?out|timeouts?|declined|wrong|wrongly|bad|invisible"
              + "|hidden|lost|complain\\w*|escalat\\w*|affected|impacted|impact|misrouted|truncated|cut"
              + "|overcharg\\w*|paid|overspend|skipped|stale|exposed|locked|abandon\\w*|waste\\w*"
              + "|over plan|lockouts|confused|got|get|getting|received|served|shown|sent|flipped|invalid"
              + "|toxic|missing|saw|hit|hitting|peak|empty|garbage|random|muted|rejected|blocked"
              + "|cancell?ed|throttled|leaked|waited|stuck|frozen|unable|couldn'?t|can'?t|gave up"
              + "|dropped|charged|duplicate\\w*|spammed|issued|uploaded|already|on fire)\\b"
              + "|\\d\\d:\\d\\d\\s*[-–]\\s*\\d\\d:\\d\\d|\\bfrom \\d[\\d.]*%? to \\d");

  /** A business measure that fell: "signup completion down from 71% to 22%", "CTR -11%". */
  private static final Pattern MEASURE_FELL =
      Said.pattern(
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
    if (TAKEN_BACK.matcher(t).find()) {
      return false;
    }
    StringBuilder kept = new StringBuilder();
    for (String s : Said.sentences(t)) {
      if (!Hedges.isQuestion(s)
          && !HYPOTHETICAL.matcher(s).find()
          && !NOT_A_COUNT.matcher(s).find()) {
        kept.append(s).append(' ');
      }
    }
    int counted = count(COUNTED.matcher(kept));
    if (counted == 0) {
      return MEASURE_FELL.matcher(kept).find() && SCOPED.matcher(kept).find();
    }
    if (strongly(kept) || COMPLAINTS.matcher(kept).find() || MEASURE_FELL.matcher(kept).find()) {
      return true;
    }
    boolean scoped = counted >= 2 || SCOPED.matcher(kept).find() || PEOPLE.matcher(kept).find();
    return scoped && HARM.matcher(kept).find();
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
