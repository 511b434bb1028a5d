package dev.aiir.commands.talk;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Something done to limit the harm, said as done: rolled back, reverted, pinned, drained, failed
 * over, a kill switch or flag flipped, quarantined, purged, scaled, rate limited. Not proposed, not
 * under way, not "rollback didn't help".
 */
final class MitigationCues {
  private static final Pattern DONE =
      Said.pattern(
          "\\brolled (?:\\S+ ){0,4}?back\\b|\\broll(?:ed)?back (?:is )?(?:done|complete|finished|live)\\b"
              + "|\\breverted\\b|\\brevert (?:is )?(?:done|complete|out)\\b"
              + "|\\bpinned (?:\\S+ ){0,5}?(?:to|by|back)\\b|\\bdrained\\b|\\bfailed over to\\b"
              + "|\\bkill ?switch\\b[^.]{0,25}\\b(?:on|flipped|engaged|pulled|enabled)\\b|\\bkill ?switch flipped\\b"
              + "|\\bvia the (?:\\w+ )?kill ?switch\\b"
              + "|[\\w.\\]]+\\s*=\\s*(?:false|true|off|on|0|\\[[^\\]]*\\])(?:\\s+(?:is )?live)?\\b|\\bflag [\\w.]+\\s*="
              + "|\\bis (?:now )?off\\b|\\bturned (?:off|on)\\b|\\bquarantined (?:the|batch|\\d)"
              + "|\\bpurged\\b|\\bflushed\\b|\\bredeployed\\b|\\brolling restart\\b[^.]{0,40}\\bdone\\b"
              + "|\\bhotfix (?:is )?(?:deployed|live|out|shipped)\\b|\\bcapped at\\b|\\blimited to\\b"
              + "|\\brate limit\\b[^.]{0,30}\\b(?:dropped|set|to)\\b"
              + "|\\bmitigation (?:is )?(?:in place|applied|live|deployed)\\b"
              + "|\\bworkaround (?:is )?(?:in place|applied|live)\\b|\\braised [\\d.]+ ?(?:->|→|to) ?[\\d.]+"
              + "|\\bthreshold raised\\b|\\brouting rule is live\\b|\\bnow points? at\\b"
              + "|\\brepointed\\b[^.]{0,40}\\b(?:→|->|to)\\b|\\balias\\b[^.]{0,30}(?:→|->)"
              + "|\\b(?:nodes|pods|replicas|gpus|h100s|a100s|pool)\\b[^.]{0,20}\\b\\d+ ?(?:→|->) ?\\d+\\b"
              + "|\\b\\d+ ?(?:→|->) ?\\d+ (?:nodes|pods|replicas|gpus|h100s|a100s)\\b"
              + "|\\bscaled (?:\\S+ ){0,3}?(?:from|to|up)\\b|\\b\\d+ more (?:h100s|a100s|gpus|nodes|pods|replicas)\\b"
              + "|\\bconfig pushed\\b|\\bpushed to (?:ios|android|prod|all)\\b|\\brotated the\\b|\\bre-?ran\\b"
              + "|\\bregenerated\\b|\\bre-?transcribed\\b|\\bre-?pushed\\b|\\bapplied to\\b"
              + "|\\bpreference applied\\b|\\bprofile updated\\b|\\bsuspended\\b|\\bcordoned the\\b"
              + "|\\bcancell?ed\\b|\\bdeleted (?:all|the)\\b|\\bterminated\\b|\\blocked the\\b|\\btook down\\b"
              + "|\\bremoved from\\b|\\bremoved v|\\bnow reads\\b|\\bswapped (?:\\S+ ){0,3}?back\\b"
              + "|\\bswapped alias\\b|\\bswapped [\\w-]+ (?:→|->)|\\b100% (?:of [\\w ]{1,30} )?(?:on|to)\\b"
              + "|\\bshifted 100%|\\btraffic shifted\\b|\\bmoved to s3|\\bmoved [\\w-]+ checkpoints\\b"
              + "|\\bdisabled (?:the|all|\\w+ on)\\b|\\bpaused (?:every|all|the)\\b"
              + "|\\b(?:journey|job|dag|queue|pipeline|cron|schedule) (?:\\S+ )?(?:paused|suspended|disabled)\\b"
              + "|\\bauto-decline paused\\b|\\bthrottled to\\b|\\bnodeselector restored\\b|\\brestored the\\b"
              + "|\\brelabel(?:l)?ed\\b|\\bdropped to \\d+%|\\bflags? cleared\\b|\\bfinished the [\\w-]+ queue\\b"
              + "|\\b\\d[\\d,]* removed\\b|\\bdone\\W+(?:they|flags|all)\\b");
  private static final Pattern NOT_A_CHANGE =
      Said.pattern(
          "\\b(?:stays?|stayed|remains?) (?:\\w+ )?(?:pinned|paused|off|on|quarantined|cordoned|disabled"
              + "|suspended|locked)\\b|\\bkeep(?:ing)? [\\w.-]+ (?:pinned|paused|quarantined|cordoned)\\b"
              + "|\\bleave [\\w ]+(?:cordoned|paused|pinned)\\b|\\bkeep the\\b|\\b(?:glad|unpause|uncordon|whether)\\b"
              + "|\\bpinned at\\b|\\bshifted (?:up|down)\\b|\\bmoved into\\b|\\ba pinned\\b"
              + "|\\bthe (?:cordoned|quarantined)\\b|\\bquarantined (?:range|shard|copy)\\b"
              + "|\\b(?:wasn'?t|isn'?t|not|never|nobody|hasn'?t|only)\\b");

  /** Said first, as chat updates say a thing done: "rolled back X", "drained eu-west-1". */
  static final Pattern OPENS_WITH_ACTION =
      Said.pattern(
          "^\\W*(rolled|reverted|pinned|drained|purged|flushed|paused|disabled|suspended|quarantined"
              + "|failed over|scaled|rotated|swapped|restored|cordoned|cancell?ed|deleted|throttled"
              + "|capped|flipped|moved|repointed)\\b");

  private static final Pattern VERSIONED =
      Said.pattern(
          "\\b(?:rolled|reverted|pinned|rolling|swapped|shifted)\\s+(?:back\\s+)?(?:the\\s+)?"
              + "([a-z][\\w.+-]*?)?\\s*(?:model\\s+)?(?:back\\s+)?(?:to|on)\\s+(?:the\\s+)?(?:build\\s+|release\\s+)?"
              + "(v?\\d[\\w.+-]*|[a-z][\\w-]*-\\d[\\w.+-]*|[a-z]+\\d[\\w.+-]*)");

  private MitigationCues() {}

  private static final String[] MENTIONS = {
    "rolled",
    "rollback",
    "revert",
    "pinned",
    "drained",
    "failed over",
    "kill",
    "=",
    " off",
    "turned",
    "quarantined",
    "purged",
    "flushed",
    "redeployed",
    "rolling restart",
    "hotfix",
    "capped",
    "limited to",
    "rate limit",
    "mitigation",
    "workaround",
    "raised",
    "routing rule",
    "points at",
    "point at",
    "repointed",
    "alias",
    "→",
    "->",
    "scaled",
    " more ",
    "config pushed",
    "pushed to",
    "rotated",
    "reran",
    "re-ran",
    "regenerated",
    "transcribed",
    "pushed",
    "applied",
    "profile updated",
    "suspended",
    "cordoned",
    "cancel",
    "deleted",
    "terminated",
    "locked the",
    "took down",
    "removed",
    "now reads",
    "swapped",
    "100%",
    "shifted",
    "moved",
    "disabled",
    "paused",
    "throttled",
    "restored",
    "relabel",
    "dropped to",
    "flag",
    "finished the",
    "done"
  };

  static boolean done(Utterance said) {
    if (!said.mentions(MENTIONS)) {
      return false;
    }
    String t = said.unquoted();
    if (Hedges.DID_NOT_HELP.matcher(t).find() || Hedges.RECAP.matcher(t).find()) {
      return false;
    }
    for (String s : Said.sentences(t)) {
      if (DONE.matcher(s).find()
          && Hedges.isStatement(s)
          && !Hedges.UNDER_WAY.matcher(s).find()
          && !NOT_A_CHANGE.matcher(s).find()) {
        return true;
      }
    }
    return false;
  }

  /** The model and the version a rollback or pin names: {@code [ranker, v7.3]}. */
  static Optional<String[]> modelAndVersion(String text) {
    Matcher m = VERSIONED.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String model = m.group(1);
    if (model != null
        && model.matches("it|this|that|back|everything|all|traffic|and|we|model|the")) {
      model = null;
    }
    return Optional.of(new String[] {model, m.group(2).replaceAll("[.,;:]+$", "")});
  }
}
