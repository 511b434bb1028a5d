package dev.aiir.commands.talk;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Customers or the public told, as done: the status page posted or updated, an email or notice sent
 * to those affected, a banner or support macro live, a post in the forum.
 */
final class CommsCues {
  private static final String TO_WHOM =
      "(customers?|users?|accounts?|admins?|tenants?|merchants?|advertisers?|riders?|employees"
          + "|clients?|store managers|applicants|recipients|partners?|suppliers|workspaces|ops desk"
          + "|all \\d|all the|the \\d|affected|enterprise|everyone|agencies|sellers|artists|callers"
          + "|teams?|them|players|members|subscribers|buyers|patients|students)";
  private static final List<Pattern> TOLD =
      List.of(
          Said.pattern(
              "\\bstatus ?page\\b[^.]{0,40}(?:\\b(posted|updated|set|moved|marked|is up|back to"
                  + "|resolved|operational|reopened|says|post is up)\\b|→|->)"
                  + "|\\b(posted|updated|set|moved|marked|put)\\b[^.]{0,25}\\bstatus ?page\\b"
                  + "|\\bstatus\\.[a-z]+\\.[a-z]+"),
          Said.pattern(
              "\\b(macro|banner|in-app (notice|message|banner)|phone script)\\b[^.]{0,40}"
                  + "\\b(live|sent|updated|is up|down|went)\\b|\\b(sent|pushed|posted)\\b[^.]{0,30}"
                  + "\\b(macro|banner)\\b|\\bsending that as\\b"),
          Said.pattern(
              "\\b(emailed|email(ed)? \\+|email (sent )?to|apology email|sent (an? |the )?[\\w-]* ?"
                  + "(email|note|notice|message|heads-up|update|statement|summary))\\b[^.]{0,60}\\b"
                  + TO_WHOM),
          Said.pattern(
              "\\b(email|note|notice|message)s? (sent|went out)\\b[^.]{0,30}\\bto\\b"
                  + "|\\b(email|push|notice|heads-up)\\b[^.]{0,12}\\bsent\\b"
                  + "|\\bgot the same (email|notice|message)\\b"),
          Said.pattern(
              "\\bsent to (the |all )?[\\d,]* ?[\\w-]* ?"
                  + TO_WHOM
                  + "|\\bsent [\\w' ]{0,40}\\b(notice|heads-up|note|email|message|statement)\\b"
                  + "|\\bposted a [\\w ]{0,15}statement\\b"),
          Said.pattern(
              "\\bposted\\b[^.]{0,40}\\b(forum|community|help cent\\w*|statement|reply|note|blog)\\b"
                  + "|\\bupdated the (help center|forum|community)\\b|\\bpinned (a )?(reply|post|note)\\b"),
          Said.pattern(
              "\\btold (them|customers|\\w+ (we|they|that))\\b|\\breplied to (the |all )?\\d+ tickets\\b"
                  + "|\\bnote sent to\\b|\\bnote to (our|the|all)\\b"));

  /** Where the public or a product's users read: an announcements channel, a forum, social. */
  private static final String PUBLIC =
      "(#[\\w-]*announce\\w*|announcements?|forum|community|discord|twitter|tweets?|reddit|blog"
          + "|changelog|newsletter|app store|help cent\\w*|status ?page)";

  private static final List<Pattern> TOLD_MORE =
      List.of(
          Said.pattern(
              "\\b(?:posted|pinned|put|dropped|published|updated|shared)\\b[^.]{0,30}\\b" + PUBLIC),
          Said.pattern(
              "\\b(macro|banner|in-app (?:notice|message|banner)|notice|letters?|emails?|notifications?"
                  + "|apolog\\w*|outreach|announcement)\\b[^.]{0,40}\\b(is out|are out|went out|is live"
                  + "|are live|sent|went to|is done|are done|delivered|published|posted)\\b"),
          Said.pattern(
              "\\b(?:external |customer )?comms (?:sent|out|posted|went out|are out|is out)\\b"
                  + "|\\b(?:sent|posted|published) (?:the )?(?:external |customer )comms\\b"),
          Said.pattern(
              "\\breplied to (?:the |all )?\\d+ (?:tickets|tweets|posts|reviews|emails|customers|users"
                  + "|threads|comments)\\b"),
          Said.pattern(
              "\\b(?:notified|contacted|informed|messaged|reached out to)\\b[^.]{0,40}\\b(?:customers?"
                  + "|users?|tenants?|merchants?|advertisers?|riders?|sellers|buyers|players|members"
                  + "|subscribers|patients|students|applicants|partners?|clients?|admins?|affected"
                  + "|all \\d|the \\d)"));
  private static final Pattern SOMEONE_ELSE =
      Said.pattern(
          "\\btheir status page\\b|\\b\\w+'s status page\\b|\\blink the status page\\b"
              + "|\\bclose the status page\\b|\\bdraft\\b|\\bexec summary\\b|\\bin thread\\b|\\bupdating\\b"
              + "|\\bi'?d like\\b|\\bwant\\b|\\bwrite it\\b|^\\W*(someone|somebody|a |an )"
              + "|\\b(blog|label|insurer|vendor|argo) (already )?(posted|emailed)\\b|\\bto the vendor\\b"
              + "|\\bemails sent between\\b|\\bdigest emails\\b|\\bmy sent email\\b");

  private CommsCues() {}

  private static final String[] MENTIONS = {
    "status",
    "macro",
    "banner",
    "in-app",
    "script",
    "sending",
    "email",
    "notice",
    "note",
    "message",
    "heads-up",
    "push",
    "sent",
    "posted",
    "forum",
    "communit",
    "help cent",
    "pinned",
    "told",
    "replied",
    "statement",
    "announce",
    "outreach",
    "notified",
    "contacted",
    "informed",
    "reached out",
    "letter",
    "apolog",
    "tweet",
    "twitter",
    "discord",
    "reddit",
    "blog"
  };

  static boolean told(Utterance said) {
    if (!said.mentions(MENTIONS)) {
      return false;
    }
    for (String s : said.unquotedSentences()) {
      if (!Hedges.isStatement(s) || SOMEONE_ELSE.matcher(s).find()) {
        continue;
      }
      if (tells(s)) {
        return true;
      }
    }
    return false;
  }

  static boolean tells(String sentence) {
    return TOLD.stream().anyMatch(p -> p.matcher(sentence).find())
        || TOLD_MORE.stream().anyMatch(p -> p.matcher(sentence).find());
  }
}
