package dev.aiir.commands.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.testing.RecordingChat;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A process sends only on platforms it is connected to now; the others wait for their holder. */
class ChatPlatformsTest {

  @Test
  void aPlatformThatIsNotConnectedIsLeftOutUntilItIs() {
    AtomicBoolean gatewayHeld = new AtomicBoolean(false);
    ChatPlatform standby = new Standby(gatewayHeld);
    ChatPlatforms chat =
        new ChatPlatforms()
            .register(Platform.SLACK, new RecordingChat())
            .register(Platform.DISCORD, standby);

    assertThat(chat.platforms()).containsExactly(Platform.SLACK);
    gatewayHeld.set(true);
    assertThat(chat.platforms()).containsExactlyInAnyOrder(Platform.SLACK, Platform.DISCORD);
    assertThat(chat.forPlatform(Platform.DISCORD)).contains(standby);
  }

  /** A platform whose connection another replica may hold; it sends nothing itself. */
  private record Standby(AtomicBoolean held) implements ChatPlatform {
    @Override
    public boolean connected() {
      return held.get();
    }

    @Override
    public void post(Tenant tenant, String channelId, Message message) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void directMessage(Tenant tenant, String userId, Message message) {
      throw new UnsupportedOperationException();
    }

    @Override
    public HistoryPage history(Tenant tenant, String channelId, String cursor) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void upload(
        Tenant tenant, String channelId, String filename, String content, String comment) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ChatChannel createChannel(Tenant tenant, String name) {
      throw new UnsupportedOperationException();
    }
  }
}
