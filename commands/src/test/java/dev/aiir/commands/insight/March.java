package dev.aiir.commands.insight;

import static dev.aiir.commands.testing.BotFixture.MAYA;
import static dev.aiir.commands.testing.BotFixture.SAM;
import static dev.aiir.commands.testing.BotFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Reply;
import dev.aiir.commands.testing.BotFixture;
import java.time.Instant;

/**
 * Five incidents of March 2026 run through the commands, each in its own channel, whose figures
 * were worked out by hand (UTC):
 *
 * <pre>
 * id   sev model          detected      ack          rollback     resolved     PIR
 * 001  1   assistant@v3.2 03-02 10:00   +5m          +30m         +2h          done
 * 002  1   assistant@v3.3 03-04 07:40   +30m         (none)       +4h          due 03-07: overdue
 * 003  2   ranker@v1      03-10 09:00   (never)      +20m         +1h          due 03-13: overdue
 * 004  2   (none)         03-18 14:00   +1m          (none)       (open)       -
 * 005  2   ranker@v2      03-19 06:00   +3m, +20m    +15m         +2h          due 03-22: due
 * </pre>
 *
 * Open action items: 002 P0 @lee; 004 P0 @lee and P1 nobody's; 001's P2 @sam is done.
 */
public final class March {
  public static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

  private March() {}

  public static BotFixture run() {
    return run(new dev.aiir.commands.testing.InMemoryIncidentStore());
  }

  /** The five incidents recorded in {@code store}, the clock left at {@link #NOW}. */
  public static BotFixture run(dev.aiir.commands.port.IncidentStore store) {
    BotFixture f = new BotFixture("2026-03-02T10:00:00Z", store);
    at(
        f,
        "2026-03-02T10:00:00Z",
        "CA",
        "declare Assistant answers badly --sev 1 --model assistant@v3.2");
    at(f, "2026-03-02T10:05:00Z", "CA", "ack");
    at(f, "2026-03-02T10:30:00Z", "CA", "rollback assistant v3.1 bad fine-tune");
    at(
        f,
        "2026-03-02T11:00:00Z",
        "CA",
        "rootcause Fine-tuning dataset contained adversarial samples");
    at(
        f,
        "2026-03-02T11:10:00Z",
        "CA",
        "action add P2 Review the fine-tune checklist --owner @sam");
    at(f, "2026-03-02T12:00:00Z", "CA", "resolve");
    at(f, "2026-03-03T09:00:00Z", "CA", "action done 1");
    at(f, "2026-03-03T09:00:00Z", "CA", "pir done https://wiki.example.com/pir/1");

    at(
        f,
        "2026-03-04T08:00:00Z",
        "CB",
        "declare Assistant refuses --sev 1 --model assistant@v3.3 --detected 2026-03-04T07:40:00Z");
    at(f, "2026-03-04T08:10:00Z", "CB", "ack");
    at(f, "2026-03-04T09:00:00Z", "CB", "rootcause Poisoned datasets slipped past validation");
    at(f, "2026-03-04T09:10:00Z", "CB", "action add P0 Validate every dataset --owner @lee");
    at(f, "2026-03-04T11:40:00Z", "CB", "resolve");

    at(f, "2026-03-10T09:00:00Z", "CC", "declare Ranking is stale --sev 2 --model ranker@v1");
    at(f, "2026-03-10T09:20:00Z", "CC", "rollback ranker v0.9 stale index");
    at(f, "2026-03-10T09:30:00Z", "CC", "rootcause Stale feature index");
    at(f, "2026-03-10T10:00:00Z", "CC", "resolve");

    at(f, "2026-03-18T14:00:00Z", "CD", "declare Latency spikes --sev 2");
    at(f, "2026-03-18T14:01:00Z", "CD", "ack");
    at(f, "2026-03-18T15:00:00Z", "CD", "action add P0 Add a latency alert --owner @lee");
    at(f, "2026-03-18T15:01:00Z", "CD", "action add P1 Write the runbook");

    at(f, "2026-03-19T06:00:00Z", "CE", "declare Ranking drifts --sev 2 --model ranker@v2");
    at(f, "2026-03-19T06:03:00Z", "CE", "ack");
    at(f, "2026-03-19T06:15:00Z", "CE", "rollback ranker v1 drift");
    at(f, "2026-03-19T06:20:00Z", "CE", "ack");
    at(f, "2026-03-19T07:00:00Z", "CE", "rootcause Feature store lag");
    at(f, "2026-03-19T08:00:00Z", "CE", "resolve");
    f.clock.set(NOW);
    return f;
  }

  /** Runs {@code line} at {@code time} in {@code channel}; Maya declares, Sam acknowledges. */
  public static Reply at(BotFixture f, String time, String channel, String line) {
    f.clock.set(Instant.parse(time));
    Reply reply = f.in(TENANT, line.equals("ack") ? SAM : MAYA, channel, line);
    assertThat(reply.refused()).as(line + ": " + reply.plainText()).isFalse();
    return reply;
  }
}
