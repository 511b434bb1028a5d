package dev.aiir.commands.incident;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.port.ChatChannel;
import dev.aiir.commands.port.ChatPlatform;
import dev.aiir.commands.port.NotInWorkspace;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens an incident's dedicated channel after its declaration is committed: creates it on the
 * tenant's platform, binds it to the incident in a second transaction, invites the declarer and
 * posts the incident card there. Platform calls stay outside every transaction, so a slow platform
 * never holds the store's write lock; a failure leaves the declared incident as it was.
 */
final class IncidentChannels {
  private static final Logger LOG = LoggerFactory.getLogger(IncidentChannels.class);
  private final Core core;

  IncidentChannels(Core core) {
    this.core = core;
  }

  /**
   * Opens the incident's channel, asking {@code invite} in (the declarer, when a person declared
   * it); when the platform cannot, the outcome says why in one line.
   */
  ChannelOutcome open(Incident incident, Optional<UserRef> invite, Message card) {
    Tenant tenant = incident.tenant();
    Optional<ChatPlatform> chat = core.chat().forPlatform(tenant.platform());
    if (chat.isEmpty()) {
      return ChannelOutcome.none(IncidentMessages.noIncidentChannel());
    }
    ChatChannel channel;
    try {
      channel =
          chat.get().createChannel(tenant, IncidentChannelName.of(incident.id(), incident.title()));
      bind(incident, channel);
    } catch (NotInWorkspace e) {
      LOG.info("no channel created for {} of {}: the bot is not inside it", incident.id(), tenant);
      return ChannelOutcome.none(
          IncidentMessages.noIncidentChannelOutsideWorkspace(e.getMessage()));
    } catch (RuntimeException e) {
      LOG.warn("no channel created for {} of {}", incident.id(), tenant, e);
      return ChannelOutcome.none(IncidentMessages.noIncidentChannel());
    }
    invite.ifPresent(
        declarer ->
            bestEffort(
                "invite the declarer to",
                channel,
                incident,
                () -> chat.get().invite(tenant, channel.id(), declarer.id())));
    bestEffort(
        "post the card in", channel, incident, () -> chat.get().post(tenant, channel.id(), card));
    return ChannelOutcome.opened(channel);
  }

  private void bind(Incident incident, ChatChannel channel) {
    core.store()
        .inTransaction(
            incident.tenant(),
            tx -> {
              Incident current = tx.incidents().find(incident.id()).orElseThrow();
              tx.incidents().update(current.toBuilder().channelId(channel.id()).build());
              return current;
            });
  }

  private static void bestEffort(
      String what, ChatChannel channel, Incident incident, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      // The channel is bound already; people can still join it by name.
      LOG.warn("could not {} {} of {}", what, channel.id(), incident.id(), e);
    }
  }
}
