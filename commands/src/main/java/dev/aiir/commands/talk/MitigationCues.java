package dev.aiir.commands.talk;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Something done to limit or repair the harm, said as done: rolled back, reverted, pinned, drained,
 * failed over, traffic moved, a kill switch or flag flipped, quarantined, purged, scaled, a fix
 * deployed, affected work requeued by someone ("requeued the 4,870 checks"; a batch job's status
 * line, "backfill done", is progress on the cleanup, not an act). Not proposed, not asked, not
 * under way, not "rollback didn't help", not a thing kept as it was, and not a mention of one done
 * before ("the version we rolled back to").
 */
final class MitigationCues {
  /**
   * Up to a few words on, within the sentence: a dot inside a name ("doc_split.bidi_v2") is no end.
   */
  private static final String NEAR = "(?:[^.]|\\.(?=\\S)){0,40}?";

  /** Said as done wherever it stands in the sentence. */
  private static final List<Cue> DONE =
      List.of(
          Cue.of(
              "rolled|rollback|roll-back|made|went back|revert|back on",
              "\\brolled (?:\\S+ ){0,5}?back\\b|\\broll-?back (?:is |was )?(?:done|complete|finished|live|out)\\b"
                  + "|\\bmade (?:a |the )?roll-?back\\b|\\bwent back to\\b|\\breverted\\b"
                  + "|\\brevert (?:is |was )?(?:done|complete|out|live|deployed)\\b|\\bback on v?\\d"),
          Cue.of(
              "pinned|drained|failed over|failover",
              "\\bpinned (?:\\S+ ){0,5}?(?:to|on|by|back)\\b|\\bdrained\\b|\\bfailed over (?:to|from)\\b"
                  + "|\\bfailover (?:is |was )?(?:done|complete)\\b"),
          Cue.of(
              "kill",
              "\\bkill ?switch\\b"
                  + NEAR
                  + "\\b(?:on|flipped|engaged|pulled|enabled|activated|thrown)\\b"
                  + "|\\b(?:flipped|pulled|engaged|hit|threw) (?:the )?(?:[\\w.-]+ )?kill ?switch\\b"
                  + "|\\bvia the (?:\\w+ )?kill ?switch\\b"),
          Cue.of(
              "off|turned|disabled|hidden|paused|quarantined|purged|flushed|redeployed|flag",
              "\\bturned (?:\\S+ ){0,3}?(?:off|on)\\b|\\bswitched off\\b"
                  + "|\\b(?:it'?s|is|are) (?:now )?(?:off|disabled|hidden|paused|quarantined)\\b"
                  + "|\\bhidden (?:via|behind)\\b|\\bquarantined (?:the |all |\\d|[\\w-]+-)|\\bpurged\\b"
                  + "|\\bflushed\\b|\\bredeployed\\b|\\bflag\\b"
                  + NEAR
                  + "(?:=\\s*(?:false|off|0)\\b"
                  + "|\\b(?:off|disabled|flipped)\\b)"),
          Cue.of(
              "deployed|shipped|live|rolled out|in place|applied|pushed|rate limit",
              "\\b(?:hotfix|fix|patch|shim|workaround|mitigation|filter|guard(?:rail)?|cap|limit|rule"
                  + "|override|block|config|preference|setting|profile|policy)\\w*\\b"
                  + NEAR
                  + "\\b(?:deployed|shipped|is live|are live|now live|rolled out|in place|applied|pushed)\\b"
                  + "|\\brate limits?\\b"
                  + NEAR
                  + "\\b(?:dropped|set|lowered|raised|to)\\b"),
          Cue.of(
              "scaled|→|->|nodes|pods|replicas|workers|instances|gpus|00s|capacity",
              "(?<![\\w-])scaled (?:up|out|to|from|(?:\\S+ ){1,4}?(?:to|from|up|out|\\d|→|->))"
                  + "|\\b\\d+ ?(?:→|->) ?\\d+ (?:nodes|pods|replicas|workers|instances|gpus"
                  + "|shards|h100s|a100s|machines|hosts)\\b|\\b(?:nodes|pods|replicas|workers|instances"
                  + "|gpus|pool|shards)\\b[^.]{0,20}\\b\\d+ ?(?:→|->) ?\\d+\\b|\\b\\d+ (?:more )?(?:nodes"
                  + "|pods|replicas|workers|instances|gpus|h100s|a100s) (?:up|added|running|online|ready)\\b"
                  + "|\\b(?:bumped|raised|increased|doubled) (?:\\S+ ){0,3}?(?:replicas|pods|nodes|workers"
                  + "|instances|gpus|capacity)\\b"),
          Cue.of(
              "is now|are now|now reads|now points|now goes|now routes|now serves|now uses|now runs"
                  + "|now prefers|reads from|everywhere|for all|on all|in all|across",
              "\\b(?:is|are) now (?:served|routed|handled|going|reading|pointing|running|on|behind"
                  + "|using)\\b|\\bnow (?:reads|points|goes|routes|serves|uses|runs on|prefers)\\b"
                  + "|\\breads from\\b"
                  + NEAR
                  + "\\bagain\\b|\\bon v?\\d[\\w.-]* (?:everywhere|for all"
                  + "|on all|in all|across)\\b"),
          Cue.of(
              "done|complete|finished|removed from|took down",
              "\\b(?:restart|rollout|roll-?out|redeploy|failover|drain)\\w*\\b"
                  + NEAR
                  + "\\b(?:done|complete|completed|finished)\\b|\\bremoved from\\b|\\btook down\\b"),
          Cue.of(
              "shifted|moved|routed|redirected|switched|pointed|diverted|100%",
              "\\b(?:shifted|routed|rerouted|redirected|repointed|diverted)"
                  + " (?:\\S+ ){0,6}?(?:to|back to|onto|off|over to|away from)\\b"
                  + "|\\b(?:moved|switched|pointed) (?:\\S+ ){0,6}?(?:back to|off|away from|to (?:the )?(?:old"
                  + "|previous|fallback|backup|secondary|stable|known-good)|to (?:last|yesterday)\\b)\\b"
                  + "|\\bmoved (?:all |\\d+% of )?(?:the )?(?:\\w+ )?traffic\\b"
                  + "|\\b100% (?:of [\\w -]{1,40} )?(?:now )?(?:on|to|go(?:es)? to)\\b"
                  + "(?=[^.]*\\b(?:traffic|now|drained|fallback|secondary|region|failed over)\\b)"),
          Cue.of(
              "capped|limited to|raised|alias|swapped|=",
              "\\bcapped at\\b|\\blimited to\\b|\\bthreshold raised\\b|\\braised [\\d.]+ ?(?:->|→|to) ?[\\d.]+"
                  + "|\\balias\\b"
                  + NEAR
                  + "(?:→|->)|\\bswapped (?:\\S+ ){0,3}?back\\b|\\bswapped [\\w-]+ (?:→|->)"
                  + "|\\balias swapped (?:to|back)\\b|^\\W*(?:flag |set )?[\\w.\\]]+\\s*=\\s*(?:false|true|off|on|0"
                  + "|\\[[^\\]]*\\])|[\\w.\\]]+\\s*=\\s*(?:false|true|off|on|0)\\b"
                  + "(?=[^.]*\\b(?:set|flipped|now|live|pushed|applied|done|via|in prod)\\b)"));

  /**
   * Verbs that say a thing done when they open a clause ("deleted 39,800 comments", "we re-queued
   * all listings"), and are symptoms elsewhere ("signups are blocked", "the bot stopped").
   */
  private static final Cue OPENING =
      Cue.of(
          "paused|halted|stopped|suspended|blocked|banned|throttled|isolated|locked|cordoned|revoked"
              + "|rotated|killed|terminated|cancel|cleared|emptied|deleted|removed|lifted|unmuted"
              + "|unbanned|restored|queued|reprocessed|rebuilt|reindexed|regenerated|ran |transcribed"
              + "|pushed|sent |relabel|restarted|bounced|recycled|evicted|forced|invalidated|reset"
              + "|patched|hotfixed|excluded|hid |took down|disabled|drained|purged|flushed|pinned"
              + "|reverted|scaled|quarantined",
          "(?:^|[,;:]\\s*|\\b(?:i|we|they|and|also|just|then|i've|we've|have)\\s+)(?:paused|halted"
              + "|stopped|suspended|blocked|banned|throttled|isolated|locked|cordoned|revoked|rotated"
              + "|killed|terminated|cancell?ed|cleared|emptied|deleted|removed|lifted|unmuted|unbanned"
              + "|restored|re-?queued|reprocessed|rebuilt|reindexed|regenerated|re-?ran|re-?transcribed"
              + "|re-?pushed|re-?sent|relabell?ed|restarted|bounced|recycled|evicted|forced|invalidated"
              + "|reset|patched|hotfixed|excluded|hid|took down|disabled|drained|purged|flushed"
              + "|pinned|reverted|scaled|quarantined)\\s+(?:the |all |every |our |its |an? |\\d"
              + "|(?:\\w+ )?[a-z][\\w.]*[-_.\\d][\\w.-]*|(?:\\w+ ){0,2}(?:caches?|flags?|jobs?|queues?|crons?"
              + "|pipelines?|tokens?|keys?|nodes?|pods?|workers?|replicas|traffic|deploys?|deployments?"
              + "|releases?|models?|features?|configs?|prompts?|templates?|filters?|rules?|accounts?"
              + "|comments?|posts?|listings?|recordings?|mutes?|them|it|everything)\\b"
              + "(?!\\s+(?:die|dies|died|are|is|were|was|keep|keeps|still|fail|fails|crash\\w*|come|came"
              + "|show|shows|have|has)\\b))");

  /** Subject first, as chat updates say it: "reranker cache disabled in prod", "egress locked". */
  private static final Cue SUBJECT_FIRST =
      Cue.of(
          "reverted|rolled back|pinned|drained|disabled|flipped|paused|quarantined|purged|flushed"
              + "|rotated|revoked|queued|rebuilt|redeployed|regenerated|sent|lifted|cordoned|cancel"
              + "|suspended|switched off|turned off|shut off|taken down|deployed|locked|hidden via"
              + "|throttled|capped|limited",
          "^\\W*(?!(?:they|we|i|you|he|she|it)\\b)(?:the |our )?[\\w.`'/-]+(?: [\\w.`'/-]+){0,4}"
              + " (?:is |are |was |were |has been |have been |now )?(?:(?:reverted|rolled back|pinned"
              + "|drained|disabled|flipped|paused|quarantined|purged|flushed|rotated|revoked"
              + "|re-?queued|rebuilt|redeployed|regenerated|re-?sent|lifted|cordoned|cancell?ed"
              + "|suspended|switched off|turned off|shut off|taken down|deployed)"
              + "(?=\\s*(?:$|[,.;:!(]|to\\b|at\\b|on\\b|in\\b|via\\b|for\\b|from\\b|back\\b|everywhere\\b"
              + "|across\\b|and\\b|\\d|[-–—]))|locked (?:to|down)|hidden via|(?:throttled|capped|limited"
              + "|rate-limited) (?:to|at))|(?:^|,\\s*)deployed\\W*$");

  /** Said first, as chat updates say a thing done: "rolled back X", "drained eu-west-1". */
  static final Pattern OPENS_WITH_ACTION =
      Said.pattern(
          "^\\W*(rolled|reverted|pinned|drained|purged|flushed|paused|disabled|suspended|quarantined"
              + "|failed over|scaled|rotated|swapped|restored|cordoned|cancell?ed|deleted|throttled"
              + "|capped|flipped|moved|repointed|lifted|re-?queued|shifted|switched)\\b");

  private MitigationCues() {}

  static boolean done(Utterance said) {
    for (String s : said.unquotedSentences()) {
      int at = doneAt(s);
      if (at >= 0 && Hedges.isStatement(s) && !Hedges.BEFORE_NOW.matcher(s).find()) {
        String clause = Clauses.around(s, at);
        if (!Hedges.underWayBefore(s, at)
            && !NotDone.kept(clause)
            && !Hedges.RELATIVE.matcher(clause).find()) {
          String t = said.unquoted();
          return !Hedges.DID_NOT_HELP.in(t) && !Hedges.RECAP.in(t);
        }
      }
    }
    return false;
  }

  /** Where the sentence first says a thing done, or -1. */
  private static int doneAt(String sentence) {
    int first = -1;
    for (Cue cue : DONE) {
      int at = cue.find(sentence);
      if (at >= 0 && !NotDone.fewer(sentence.substring(at))) {
        first = earliest(first, at);
      }
    }
    first = earliest(first, OPENING.find(sentence));
    return earliest(first, SUBJECT_FIRST.find(sentence));
  }

  private static int earliest(int a, int b) {
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }
}
