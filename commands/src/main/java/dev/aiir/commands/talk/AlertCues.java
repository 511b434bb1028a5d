package dev.aiir.commands.talk;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a bot's message reads: a status page post, an alert that recovered, a person's
 * acknowledgement relayed by the pager, a flag switched off in production, a fix deployed, a
 * routine notice (a deploy, a ticket, a standup, a welcome), or an alert firing. A bot's message is
 * an alert only when it says something is wrong: bots in an incident channel post plenty else.
 */
final class AlertCues {
  enum Reading {
    STATUS_PAGE,
    RECOVERED,
    /** A pager saying a person acknowledged the page: the acknowledgement, told by the pager. */
    ACKNOWLEDGED,
    /** A flag service saying a flag was switched off in production: a mitigation, told by it. */
    FLAG_OFF,
    /** A deploy bot saying a fix or hotfix went out: a mitigation, told by the pipeline. */
    FIX_DEPLOYED,
    ROUTINE,
    FIRING
  }

  private static final Pattern STATUS_PAGE =
      Said.pattern(
          "^\\W*(investigating|identified|monitoring|resolved|update)\\s+[-–]\\s"
              + "|incident \"[^\"]*\" (created|updated)|\\bstatus\\]|\\bthis incident has been resolved\\b"
              + "|\\bwe are (investigating|monitoring|seeing|routing)\\b"
              + "|\\ba fix has been (implemented|deployed|applied)\\b|\\bhas been identified\\b"
              + "|\\bstatus: (investigating|identified|monitoring|resolved)\\b"
              + "|^\\W*\\[[^\\]]+\\] (investigating|identified|monitoring|resolved) [-–] ");
  private static final Pattern ACKNOWLEDGED =
      Said.pattern("(?<!un)\\backnowledged\\b[^\\n]{0,40}\\bby\\b");

  /** Tickets, standups, welcomes, reminders, dependency bumps, releases, autoscaling: notices. */
  private static final Pattern NOTICE =
      Said.pattern(
          "\\b[a-z][a-z0-9]+-\\d+ (?:created|updated|transitioned|assigned|commented|moved)\\b"
              + "|\\btransitioned from\\b|\\bstand-?up\\b|\\bwelcome\\b|\\breminder\\b"
              + "|\\bbump(?:s|ed)? [\\w.@/-]+ from\\b|\\bpull request\\b|\\bpublished\\b"
              + "|\\bby (?:the )?(?:hpa|autoscaler|cluster-autoscaler)\\b|\\brolled out revision\\b"
              + "|\\binitiated by\\b|\\bturned (?:on|off) the flag\\b[^\\n]*\\bin (?!prod)\\w+");

  private static final Pattern FLAG_OFF =
      Said.pattern(
          "\\b(?:turned off|disabled|switched off|killed) (?:the )?(?:feature )?flag\\b"
              + "|\\bflag\\b[^\\n]{0,60}\\b(?:turned|switched) off\\b");
  private static final Pattern FIX =
      Said.pattern(
          "\\b(hotfix|fix|patch(?:ed)?)\\b[^\\n]{0,60}\\b(deployed|shipped|live|rolled out|released)\\b"
              + "|\\b(deployed|shipped|released)\\b[^\\n]{0,60}\\b(hotfix|fix|patch(?:ed)?)\\b");
  private static final Pattern ROUTINE =
      Said.pattern(
          "\\bsucceeded\\b|\\bstarted\\b|\\bmerged\\b|\\bdeployed\\b|\\bworkflow\\b|\\bhealthy\\b");
  private static final Pattern TROUBLE =
      Said.pattern("fail|error|alert|anomal|above|below|>|<|resolved|recovered|\\[ok\\]");

  /** Emoji that monitors put on a recovery, as unicode (Discord) or as Slack's short names. */
  private static final String GOOD_MARK =
      "✅|🟢|✔|:white_check_mark:|:heavy_check_mark:|:large_green_circle:|:green_circle:";

  private static final Pattern RECOVERED =
      Said.pattern(
          "\\[resolved\\]|\\bresolved\\b|\\[ok\\]|^\\W*ok\\b|\\brecover(?:ed|y|ing)\\b|\\bclosed\\b"
              + "|\\bcleared\\b|\\bback (?:to|below|within|under|above|in)\\b|\\bno longer\\b|\\bpassed\\b"
              + "|\\bis up\\b|\\bup\\]|\\[up\\]|"
              + GOOD_MARK);

  /** What says something is wrong: an alert's words, a comparison, a red mark. */
  private static final Pattern WRONG =
      Said.pattern(
          "firing|trigger|alert|alarm|problem|critical|\\bcrit\\b|warning|\\bwarn\\b|error|fail"
              + "|\\bdown\\b|outage|anomal|incident|\\bissue\\b|regression|breach|exceed|above|below"
              + "|threshold|spik|degrad|unhealthy|timeout|timed out|crash|\\b5\\d\\d\\b|\\b5xx\\b"
              + "|latenc|drift|violation|\\bsev|\\bp[0-4]\\b|severity|priority|>|<|🔴|🚨|⚠|❌|🔥|💥"
              + "|baseline|imbalance|elevated|unusual|abnormal|\\bhigh\\b|\\blow\\b|leak|detected"
              + "|found in|exposed|suspicious|unexpected|mismatch|canary"
              + "|:red_circle:|:rotating_light:|:warning:|:x:|:fire:|:boom:|:bangbang:");

  private AlertCues() {}

  static Reading read(String author, String title, String said) {
    String text = said.toLowerCase(Locale.ROOT);
    title = title.toLowerCase(Locale.ROOT);
    String head = text.length() > 200 ? text.substring(0, 200) : text;
    if (STATUS_PAGE.matcher(text).find() || author.toLowerCase(Locale.ROOT).contains("status")) {
      return Reading.STATUS_PAGE;
    }
    if (ACKNOWLEDGED.matcher(head).find()) {
      return Reading.ACKNOWLEDGED;
    }
    if (NOTICE.matcher(head).find()) {
      return Reading.ROUTINE;
    }
    if (FLAG_OFF.matcher(head).find()) {
      return Reading.FLAG_OFF;
    }
    if (FIX.matcher(text).find()) {
      return Reading.FIX_DEPLOYED;
    }
    if (ROUTINE.matcher(text).find() && !TROUBLE.matcher(text).find()) {
      return Reading.ROUTINE;
    }
    if (RECOVERED.matcher(title).find() || RECOVERED.matcher(head).find()) {
      return Reading.RECOVERED;
    }
    return WRONG.matcher(text).find() ? Reading.FIRING : Reading.ROUTINE;
  }
}
