package dev.aiir.bench;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.port.ChatChannel;
import dev.aiir.commands.port.ChatPlatform;
import dev.aiir.commands.port.HistoryMessage;
import dev.aiir.commands.port.HistoryPage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A channel of {@code size} messages made up page by page as they are asked for, so the benchmark
 * measures the drafter's memory, not the fake's: mostly chatter and thread replies, with a key
 * event every {@code eventEvery} messages.
 */
final class GeneratedHistory implements ChatPlatform {
  private static final String[] EVENTS = {
    "[FIRING] answer quality below threshold on assistant-v3.2",
    "Upgrading to SEV-2, impact is wider than the canary",
    "Rolled back the model to v3.1",
    "hotfix deployed to the eu pool",
    "Root cause identified: poisoned fine-tuning samples"
  };

  /** Chatter as incident channels have it: long, with numbers, questions, links and guesses. */
  private static final String[] CHATTER = {
    "looking at dashboards, nothing new on shard %d",
    "p99 is 450ms on pool %d, error rate 3.1%%, same as ten minutes ago",
    "is it the index? the reindex finished at 22:%02d last night",
    "should we roll back? I'd rather wait for the eval numbers first",
    "checking logs on node gpu-%d, brb",
    "can someone share the dashboard link? https://grafana.example.com/d/%d",
    "not the tokenizer, same errors with the old one on replica %d",
    "+1",
    "will update in 15, pulling samples from batch %d now",
    "maybe the cache? hit ratio went from 0.3 to 0.%d since the deploy",
    "rollback didn't help on canary %d, error rate is the same",
    "ok so the queue has 1,%03d jobs pending, it was 200 an hour ago. we're watching it"
  };

  private static final UserRef[] PEOPLE = {
    new UserRef("U01", "maya"), new UserRef("U02", "sam"), new UserRef("U03", "lee")
  };
  private final int size;
  private final int pageSize;
  private final int eventEvery;
  private final Instant start;

  GeneratedHistory(int size, int pageSize, int eventEvery, Instant start) {
    this.size = size;
    this.pageSize = pageSize;
    this.eventEvery = eventEvery;
    this.start = start;
  }

  @Override
  public HistoryPage history(Tenant tenant, String channelId, String cursor) {
    int from = cursor == null ? 0 : Integer.parseInt(cursor);
    int to = Math.min(size, from + pageSize);
    List<HistoryMessage> page = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      page.add(message(i));
    }
    return new HistoryPage(page, to < size ? Integer.toString(to) : null);
  }

  HistoryMessage message(int i) {
    Instant at = start.plus(Duration.ofSeconds(i));
    UserRef who = PEOPLE[i % PEOPLE.length];
    boolean event = i % eventEvery == eventEvery - 1;
    String text =
        event
            ? EVENTS[(i / eventEvery) % EVENTS.length]
            : String.format(java.util.Locale.ROOT, CHATTER[i % CHATTER.length], i % 97);
    String thread = i % 10 == 9 ? Integer.toString(i - 5) : null;
    return new HistoryMessage(Integer.toString(i), at, who, false, text, Set.of(), thread);
  }

  @Override
  public void post(Tenant tenant, String channelId, Message message) {}

  @Override
  public void directMessage(Tenant tenant, String userId, Message message) {}

  @Override
  public void upload(
      Tenant tenant, String channelId, String filename, String content, String comment) {}

  @Override
  public ChatChannel createChannel(Tenant tenant, String name) {
    return new ChatChannel(name, name);
  }
}
