package dev.aiir.commands.incident;

import dev.aiir.commands.port.ChatChannel;
import java.util.List;
import java.util.Optional;

/**
 * What came of asking for an incident's own channel: the channel, or none, with the lines the
 * declaration's card says of it (none when incident channels are off).
 */
public record ChannelOutcome(Optional<ChatChannel> channel, List<String> notes) {

  static ChannelOutcome off() {
    return new ChannelOutcome(Optional.empty(), List.of());
  }

  static ChannelOutcome none(String why) {
    return new ChannelOutcome(Optional.empty(), List.of(why));
  }

  static ChannelOutcome opened(ChatChannel channel) {
    return new ChannelOutcome(
        Optional.of(channel),
        List.of("Incident channel: #" + channel.name() + " (commands there act on it)."));
  }
}
