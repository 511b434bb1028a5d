package dev.aiir.bot.discord;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** Payloads of the fake Discord, with the fields JDA 6.5 needs to parse them (see the notes). */
final class DiscordJson {
  static final String APP_ID = "900000000000000001";
  static final String GUILD_ID = "910000000000000001";
  static final String CHANNEL_ID = "920000000000000001";
  static final String OTHER_CHANNEL_ID = "920000000000000002";
  static final String ADMIN_ROLE_ID = "930000000000000001";
  static final String COMMAND_ID = "950000000000000001";
  static final String ALL_PERMISSIONS = "8"; // ADMINISTRATOR: no permission check gets in the way
  private static final long DISCORD_EPOCH = 1420070400000L;
  private static final AtomicLong INCREMENT = new AtomicLong();

  /** A person in the fake guild. */
  record Person(String id, String name, boolean admin) {
    DataObject user() {
      return DiscordJson.user(id, name, false);
    }

    DataObject member() {
      return DataObject.empty()
          .put("user", user())
          .put(
              "roles", admin ? DataArray.fromCollection(List.of(ADMIN_ROLE_ID)) : DataArray.empty())
          .put("joined_at", "2026-01-01T00:00:00.000000+00:00")
          .put("nick", null)
          .put("deaf", false)
          .put("mute", false)
          .put("flags", 0)
          .put("pending", false)
          .put("permissions", ALL_PERMISSIONS);
    }
  }

  static final Person MAYA = new Person("940000000000000001", "maya", true);
  static final Person SAM = new Person("940000000000000002", "sam", false);
  static final Person LEE = new Person("940000000000000003", "lee", false);

  private DiscordJson() {}

  /**
   * A fresh snowflake at {@code at}: JDA treats an interaction older than 15 minutes as expired.
   */
  static String snowflake(Instant at) {
    return Long.toString(
        ((at.toEpochMilli() - DISCORD_EPOCH) << 22) | (INCREMENT.incrementAndGet() & 0xFFF));
  }

  static String snowflake() {
    return snowflake(Instant.now());
  }

  static DataObject user(String id, String name, boolean bot) {
    return DataObject.empty()
        .put("id", id)
        .put("username", name)
        .put("global_name", name)
        .put("discriminator", "0")
        .put("avatar", null)
        .put("bot", bot)
        .put("public_flags", 0);
  }

  static DataObject botUser() {
    return user(APP_ID, "aiir", true)
        .put("verified", true)
        .put("mfa_enabled", false)
        .put("flags", 0);
  }

  static DataObject ready(String gatewayUrl) {
    return DataObject.empty()
        .put("v", 10)
        .put("user", botUser())
        .put(
            "guilds",
            DataArray.empty().add(DataObject.empty().put("id", GUILD_ID).put("unavailable", true)))
        .put("private_channels", DataArray.empty())
        .put("session_id", "fake-session")
        .put("resume_gateway_url", gatewayUrl)
        .put("application", DataObject.empty().put("id", APP_ID).put("flags", 0));
  }

  /** READY for a bot in no server: commands come from servers outside its cache. */
  static DataObject readyWithoutGuilds(String gatewayUrl) {
    return ready(gatewayUrl).put("guilds", DataArray.empty());
  }

  static DataObject role(String id, String name, String permissions, int position) {
    return DataObject.empty()
        .put("id", id)
        .put("name", name)
        .put("permissions", permissions)
        .put("position", position)
        .put("color", 0)
        .put(
            "colors",
            DataObject.empty()
                .put("primary_color", 0)
                .put("secondary_color", null)
                .put("tertiary_color", null))
        .put("hoist", false)
        .put("managed", false)
        .put("mentionable", false)
        .put("flags", 0);
  }

  static DataObject textChannel(String id, String name, String parentId) {
    return DataObject.empty()
        .put("id", id)
        .put("type", 0)
        .put("guild_id", GUILD_ID)
        .put("name", name)
        .put("position", 0)
        .put("permission_overwrites", DataArray.empty())
        .put("parent_id", parentId)
        .put("topic", null)
        .put("nsfw", false)
        .put("last_message_id", null)
        .put("rate_limit_per_user", 0)
        .put("flags", 0);
  }

  static DataObject guild() {
    DataObject botMember =
        DataObject.empty()
            .put("user", botUser())
            .put("roles", DataArray.empty())
            .put("joined_at", "2026-01-01T00:00:00.000000+00:00")
            .put("deaf", false)
            .put("mute", false)
            .put("flags", 0);
    return DataObject.empty()
        .put("id", GUILD_ID)
        .put("name", "Ops")
        .put("icon", null)
        .put("owner_id", MAYA.id())
        .put("afk_timeout", 300)
        .put("afk_channel_id", null)
        .put("verification_level", 0)
        .put("default_message_notifications", 0)
        .put("explicit_content_filter", 0)
        .put("mfa_level", 0)
        .put("nsfw_level", 0)
        .put("premium_tier", 0)
        .put("preferred_locale", "en-US")
        .put("features", DataArray.empty())
        .put(
            "roles",
            DataArray.empty()
                .add(role(GUILD_ID, "@everyone", ALL_PERMISSIONS, 0))
                .add(role(ADMIN_ROLE_ID, "incident-admin", "0", 1)))
        .put(
            "channels",
            DataArray.empty()
                .add(textChannel(CHANNEL_ID, "ops", null))
                .add(textChannel(OTHER_CHANNEL_ID, "general", null)))
        .put("threads", DataArray.empty())
        .put("guild_scheduled_events", DataArray.empty())
        .put("emojis", DataArray.empty())
        .put("stickers", DataArray.empty())
        .put("voice_states", DataArray.empty())
        .put("members", DataArray.empty().add(botMember))
        .put("member_count", 4)
        .put("large", false)
        .put("unavailable", false)
        .put("joined_at", "2026-01-01T00:00:00.000000+00:00");
  }

  static DataObject message(
      String id, String channelId, DataObject author, String content, Instant at) {
    return DataObject.empty()
        .put("id", id)
        .put("channel_id", channelId)
        .put("guild_id", GUILD_ID)
        .put("type", 0)
        .put("content", content)
        .put("author", author)
        .put("timestamp", at.toString())
        .put("edited_timestamp", null)
        .put("tts", false)
        .put("mention_everyone", false)
        .put("mentions", DataArray.empty())
        .put("mention_roles", DataArray.empty())
        .put("attachments", DataArray.empty())
        .put("embeds", DataArray.empty())
        .put("reactions", DataArray.empty())
        .put("pinned", false)
        .put("flags", 0)
        .put("components", DataArray.empty());
  }

  /** An {@code /incident} interaction by {@code who} in {@code channelId} with these options. */
  static DataObject interaction(
      String id,
      String token,
      Person who,
      String channelId,
      DataArray options,
      DataObject resolved) {
    DataObject data =
        DataObject.empty()
            .put("id", COMMAND_ID)
            .put("name", "incident")
            .put("type", 1)
            .put("guild_id", GUILD_ID)
            .put("options", options);
    if (resolved != null) {
      data.put("resolved", resolved);
    }
    return interaction(2, id, token, who, channelId, data);
  }

  /** A press of the button {@code customId} on {@code message}, as MESSAGE_COMPONENT. */
  static DataObject press(
      String id, String token, Person who, DataObject message, String customId) {
    DataObject data = DataObject.empty().put("custom_id", customId).put("component_type", 2);
    return interaction(3, id, token, who, message.getString("channel_id"), data)
        .put("message", message);
  }

  /** A press in the bot's direct message with {@code who}: no guild, no member, only the user. */
  static DataObject pressInDirectMessage(
      String id, String token, Person who, String dmChannelId, String customId) {
    DataObject message = directMessage(dmChannelId, customId);
    return inDirectMessage(press(id, token, who, message, customId), who, dmChannelId);
  }

  /** A form opened from a button in the bot's direct message with {@code who}, submitted. */
  static DataObject submitInDirectMessage(
      String id,
      String token,
      Person who,
      String dmChannelId,
      String customId,
      Map<String, String> texts) {
    DataObject message = directMessage(dmChannelId, customId);
    DataObject submit = submit(id, token, who, dmChannelId, customId, texts, Map.of(), message);
    return inDirectMessage(submit, who, dmChannelId);
  }

  /** A message of the bot's in a direct message, with one button. */
  private static DataObject directMessage(String dmChannelId, String customId) {
    DataObject message =
        message(snowflake(), dmChannelId, botUser(), "", Instant.now()).put("guild_id", null);
    message.remove("guild_id");
    return message.put(
        "components",
        DataArray.empty()
            .add(
                DataObject.empty()
                    .put("type", 1)
                    .put("id", 1)
                    .put(
                        "components",
                        DataArray.empty()
                            .add(
                                DataObject.empty()
                                    .put("type", 2)
                                    .put("id", 2)
                                    .put("style", 1)
                                    .put("label", "Promote")
                                    .put("custom_id", customId)))));
  }

  /** The interaction as Discord sends it from a direct message: the user, no guild or member. */
  private static DataObject inDirectMessage(DataObject interaction, Person who, String dm) {
    interaction.remove("guild_id");
    interaction.remove("guild");
    interaction.remove("member");
    return interaction
        .put("user", who.user())
        .put(
            "channel",
            DataObject.empty()
                .put("id", dm)
                .put("type", 1)
                .put("recipients", DataArray.empty().add(who.user())))
        .put("context", 1);
  }

  /**
   * A submitted modal, as MODAL_SUBMIT: each answer in a label, as Discord wraps them since 2025;
   * {@code message} is the message whose button opened it, or null for one a command opened.
   */
  static DataObject submit(
      String id,
      String token,
      Person who,
      String channelId,
      String customId,
      Map<String, String> texts,
      Map<String, String> picks,
      DataObject message) {
    DataArray labels = DataArray.empty();
    int next = 1;
    for (Map.Entry<String, String> text : texts.entrySet()) {
      labels.add(
          label(
              next++,
              DataObject.empty()
                  .put("type", 4)
                  .put("id", next++)
                  .put("custom_id", text.getKey())
                  .put("value", text.getValue())));
    }
    for (Map.Entry<String, String> pick : picks.entrySet()) {
      labels.add(
          label(
              next++,
              DataObject.empty()
                  .put("type", 3)
                  .put("id", next++)
                  .put("custom_id", pick.getKey())
                  .put("values", DataArray.empty().add(pick.getValue()))));
    }
    DataObject data = DataObject.empty().put("custom_id", customId).put("components", labels);
    DataObject submit = interaction(5, id, token, who, channelId, data);
    return message == null ? submit : submit.put("message", message);
  }

  private static DataObject label(int id, DataObject child) {
    return DataObject.empty().put("type", 18).put("id", id).put("component", child);
  }

  private static DataObject interaction(
      int type, String id, String token, Person who, String channelId, DataObject data) {
    return DataObject.empty()
        .put("id", id)
        .put("application_id", APP_ID)
        .put("type", type)
        .put("token", token)
        .put("version", 1)
        .put("guild_id", GUILD_ID)
        .put(
            "guild",
            DataObject.empty()
                .put("id", GUILD_ID)
                .put("locale", "en-US")
                .put("features", DataArray.empty()))
        .put("channel_id", channelId)
        .put("channel", textChannel(channelId, "ops", null).put("permissions", ALL_PERMISSIONS))
        .put("member", who.member())
        .put("data", data)
        .put("app_permissions", ALL_PERMISSIONS)
        .put("locale", "en-US")
        .put("guild_locale", "en-US")
        .put("entitlements", DataArray.empty())
        .put("context", 0)
        .put("authorizing_integration_owners", DataObject.empty().put("0", GUILD_ID))
        .put("attachment_size_limit", 8 * 1024 * 1024);
  }

  static DataObject reaction(Person who, String channelId, String messageId, String authorId) {
    return DataObject.empty()
        .put("user_id", who.id())
        .put("channel_id", channelId)
        .put("message_id", messageId)
        .put("guild_id", GUILD_ID)
        .put("member", who.member())
        .put("emoji", DataObject.empty().put("id", null).put("name", "📌"))
        .put("message_author_id", authorId)
        .put("burst", false)
        .put("burst_colors", DataArray.empty())
        .put("type", 0);
  }

  static DataObject reactionRemoved(Person who, String channelId, String messageId) {
    return DataObject.empty()
        .put("user_id", who.id())
        .put("channel_id", channelId)
        .put("message_id", messageId)
        .put("guild_id", GUILD_ID)
        .put("emoji", DataObject.empty().put("id", null).put("name", "📌"))
        .put("burst", false)
        .put("type", 0);
  }
}
