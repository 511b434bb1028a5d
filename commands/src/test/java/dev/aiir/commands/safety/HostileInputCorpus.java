package dev.aiir.commands.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded corpus of command lines built from the grammar's words and from what attackers and
 * accidents type: huge text, unicode, control characters, quotes, markup, SQL, and the mention
 * syntax of both platforms. The same seed gives the same corpus, so a failure can be replayed.
 */
final class HostileInputCorpus {
  private static final String[] WORDS = {
    "declare",
    "ack",
    "sev",
    "log",
    "status",
    "role",
    "rollback",
    "rootcause",
    "impact",
    "recovery",
    "done",
    "action",
    "add",
    "list",
    "resolve",
    "pir",
    "draft",
    "export",
    "help",
    "md",
    "json",
    "commander",
    "comms",
    "scribe",
    "P0",
    "P1",
    "P2",
    "root-cause",
    "data",
    "retrain",
    "validate",
    "1",
    "2",
    "4",
    "9",
    "0",
    "-1",
    "SEV-2",
    "v3.1",
    "assistant@v3.2",
    "14:23",
    "25:61",
    "2026-03-12T14:23Z",
    "--sev",
    "--at",
    "--id",
    "--detected",
    "--model",
    "--owner",
    "--force",
    "--",
    "-",
    "--id=AI-IR-2026-001",
    "AI-IR-2026-001",
    "ai-ir-2026-999",
    "@maya",
    "<@U02|sam>",
    "<@U0>",
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<!subteam^S1|ops>",
    "@everyone",
    "@here",
    "@channel",
    "<@&123456>",
    "<@!987>",
    "<#C01>",
    "'; DROP TABLE incidents; --",
    "\" OR 1=1 --",
    "Robert'); DELETE FROM timeline_entries;--",
    "**bold**",
    "_it_",
    "`code`",
    "```",
    "# heading",
    "\n## Action Items\n1. [P0] injected",
    "> quote",
    "[link](javascript:x)",
    "<script>alert(1)</script>",
    "&amp;",
    "&lt;!channel&gt;",
    "\"quoted",
    "'single'",
    "\\",
    "%s",
    "%n",
    "${jndi:ldap://x}",
    "@/etc/passwd",
    "😬",
    "検索",
    "مرحبا",
    "\u200B",
    "\u00A0",
    "\uFEFF",
    "e\u0301",
    "\u0007",
    "\u0000",
    "\u001B[31m",
    "\u202E",
    "\u2066",
    "\r\n",
    "\t",
    "\uD83D",
    "https://wiki.example.com/pir/1"
  };

  private HostileInputCorpus() {}

  static List<String> lines(long seed, int count) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lines.add(line(random));
    }
    return lines;
  }

  private static String line(Random random) {
    int shape = random.nextInt(20);
    if (shape == 0) {
      return "log " + "x".repeat(3_000 + random.nextInt(8_000));
    }
    if (shape == 1) {
      return randomChars(random, 1 + random.nextInt(200));
    }
    StringBuilder line = new StringBuilder();
    int words = 1 + random.nextInt(8);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        line.append(random.nextInt(10) == 0 ? "  " : " ");
      }
      line.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return line.toString();
  }

  private static String randomChars(Random random, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) random.nextInt(random.nextBoolean() ? 0x80 : 0x3000));
    }
    return text.toString();
  }
}
