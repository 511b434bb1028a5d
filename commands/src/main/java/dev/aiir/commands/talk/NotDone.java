package dev.aiir.commands.talk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a sentence that sounds like a mitigation say something else: a state kept as it was, a
 * mitigation undone, an act by somebody else or by a job, a count going down.
 */
final class NotDone {
  /**
   * A state kept, not changed ("flag stays off", "keeping the kill switch on until tomorrow"), or a
   * mitigation undone once it is no longer needed ("cap lifted everywhere", "removed the kill
   * switch"): neither limits the harm.
   */
  private static final Pattern KEPT =
      Said.pattern(
          "\\b(?:keep|keeping|kept|stays?|stayed|remains?|remaining|leave|leaving|still)"
              + " (?:\\S+ ){0,4}?(?:pinned|paused|off|on|quarantined|cordoned|disabled|suspended"
              + "|locked|in place|up|out)\\b|\\b(?:stays?|stayed|remains?)\\b"
              + "|\\b(?:glad|unpause\\w*|uncordon\\w*|whether|re-?enabled|undrain\\w*|unpin\\w*)\\b"
              + "|\\b(?:removed|lifted|dropped|disabled|turned off|switched off|undid|undone)"
              + " (?:the )?(?:\\w+ )?(?:kill ?switch|cap|pause|block|override|fallback|throttle|freeze"
              + "|allowlist|drain)\\b|\\b(?:kill ?switch|cap|pause|block|override|fallback|throttle"
              + "|freeze|drain)\\w* (?:is |was )?(?:off|removed|lifted|undone)\\b"
              + "|\\bpinned at\\b|\\bshifted (?:up|down)\\b|\\b(?:were|was) cancell?ed\\b"
              + "|\\b(?:got|gets|get|getting) (?:\\w+ )?\\w+(?:ed|en|wn|lt)\\b"
              + "|\\b(?:job|cron|pipeline|release|deploy(?:ment)?|script|bot|autoscaler|hpa|scheduler|runner"
              + "|reindex|migration)\\s+(?:\\w+\\s+)?(?:repointed|swapped|moved|shifted|routed|rolled|reverted"
              + "|pinned|drained|disabled|deleted|removed|paused|suspended|cancell?ed)\\b"
              + "|\\b(?:wasn'?t|isn'?t|not|never|nobody|hasn'?t|nothing|none|no one)\\b");

  /** "37 → 21 pods": a count going down is the queue draining, not capacity added. */
  private static final Pattern FEWER =
      Pattern.compile(
          "(\\d+) ?(?:→|->) ?(\\d+)(?![.\\d])(?=[^.]{0,20}(?:nodes|pods|replicas|workers|instances))"
              + "|(?:nodes|pods|replicas|workers|instances)[^.]{0,20}?(?<![.\\d])(\\d+) ?(?:→|->) ?(\\d+)(?![.\\d])");

  private NotDone() {}

  static boolean kept(String clause) {
    return KEPT.matcher(clause).find();
  }

  static boolean fewer(String from) {
    Matcher m = FEWER.matcher(from);
    if (!m.find() || m.start() > 30 || from.contains("scaled")) {
      return false;
    }
    int a = m.group(1) != null ? 1 : 3;
    return Long.parseLong(m.group(a + 1)) < Long.parseLong(m.group(a));
  }
}
