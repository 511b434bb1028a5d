package dev.aiir.bot.discord;

import dev.aiir.commands.chat.Mentions;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.port.ChatChannel;
import dev.aiir.commands.port.ChatPlatform;
import dev.aiir.commands.port.HistoryPage;
import dev.aiir.commands.port.NotInWorkspace;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.Category;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Discord as the core's chat platform: posts, direct messages, history page by page, file uploads
 * and incident channels under a category. Calls block (bounded) because the core's port is
 * synchronous; they run on the adapter's workers or the scheduler, never on JDA's own threads. A
 * tenant reaches only channels of its own guild.
 */
public final class DiscordChatPlatform implements ChatPlatform {
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

  /** What people in a server that has the commands but not the bot are told (README has it). */
  static final String INVITE =
      "aiir's bot user is not in this server, so it cannot make channels, pin or read history"
          + " here. A server admin can invite it with the `bot` scope (README: Connecting Discord,"
          + " step 3); commands work meanwhile.";

  private final String category;
  private volatile JDA jda;

  public DiscordChatPlatform(DiscordSettings settings) {
    this.category = settings.incidentCategory();
  }

  /** Connects the platform to the running client; the core may call it from then on. */
  void attach(JDA client) {
    this.jda = client;
  }

  @Override
  public void post(Tenant tenant, String channelId, Message message) {
    GuildMessageChannel channel = channel(tenant, channelId);
    for (MessageCreateData part : DiscordMessages.render(message)) {
      await(channel.sendMessage(part));
    }
  }

  @Override
  public void directMessage(Tenant tenant, String userId, Message message) {
    guild(tenant);
    PrivateChannel channel = await(client().openPrivateChannelById(userId));
    Message addressed =
        message.withChoices(DirectChoices.addressed(message.choices(), tenant.workspaceId()));
    for (MessageCreateData part : DiscordMessages.render(addressed)) {
      await(channel.sendMessage(part));
    }
  }

  @Override
  public HistoryPage history(Tenant tenant, String channelId, String cursor) {
    return new DiscordHistory(channel(tenant, channelId), DiscordChatPlatform::await).page(cursor);
  }

  @Override
  public void upload(
      Tenant tenant, String channelId, String filename, String content, String comment) {
    MessageCreateBuilder message =
        new MessageCreateBuilder().addFiles(DiscordMessages.upload(filename, content));
    if (comment != null && !comment.isBlank()) {
      message.setContent(Mentions.defuse(comment));
    }
    await(channel(tenant, channelId).sendMessage(message.build()));
  }

  @Override
  public ChatChannel createChannel(Tenant tenant, String name) {
    Guild guild = guild(tenant);
    Category parent =
        guild.getCategoriesByName(category, true).stream()
            .findFirst()
            .orElseGet(() -> await(guild.createCategory(category)));
    TextChannel created = await(parent.createTextChannel(ChannelNames.of(name)));
    return new ChatChannel(created.getId(), created.getName());
  }

  private GuildMessageChannel channel(Tenant tenant, String channelId) {
    Guild guild = guild(tenant);
    GuildMessageChannel channel = client().getChannelById(GuildMessageChannel.class, channelId);
    if (channel == null || !channel.getGuild().getId().equals(guild.getId())) {
      throw new IllegalStateException(
          "channel " + channelId + " is not one the bot can see in guild " + tenant.workspaceId());
    }
    return channel;
  }

  private Guild guild(Tenant tenant) {
    if (tenant.platform() != Platform.DISCORD) {
      throw new IllegalArgumentException("not a Discord tenant: " + tenant);
    }
    Guild guild = client().getGuildById(tenant.workspaceId());
    if (guild == null) {
      throw new NotInWorkspace(INVITE);
    }
    return guild;
  }

  /** Connected to the gateway here: a standby replica's client is absent or shut down. */
  @Override
  public java.util.Optional<String> channelLink(Tenant tenant, String channelId) {
    return java.util.Optional.of(
        "https://discord.com/channels/" + tenant.workspaceId() + "/" + channelId);
  }

  @Override
  public boolean connected() {
    JDA client = jda;
    return client != null && client.getStatus() == JDA.Status.CONNECTED;
  }

  private JDA client() {
    JDA client = jda;
    if (client == null) {
      throw new IllegalStateException("Discord is not connected yet");
    }
    return client;
  }

  /** Runs one request and waits for it, within {@link #CALL_TIMEOUT}. */
  static <T> T await(RestAction<T> action) {
    try {
      return action.submit().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DiscordUnavailable("interrupted while calling Discord", e);
    } catch (ExecutionException e) {
      throw new DiscordUnavailable("Discord refused a request: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new DiscordUnavailable("Discord did not answer within " + CALL_TIMEOUT, e);
    }
  }
}
