package dev.aiir.bot.slack;

import com.slack.api.model.User;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Names people by their Slack user id, asking {@code users.info} once per person and workspace: a
 * channel's history names the same few people thousands of times.
 */
final class SlackUsers {
  private final SlackApi api;
  private final ConcurrentMap<String, String> names = new ConcurrentHashMap<>();

  SlackUsers(SlackApi api) {
    this.api = api;
  }

  UserRef ref(Tenant tenant, String userId) {
    return new UserRef(userId, name(tenant, userId));
  }

  /** The person's display name, or real name, or handle; their id when Slack will not say. */
  String name(Tenant tenant, String userId) {
    String key = tenant.workspaceId() + "/" + userId;
    String cached = names.get(key);
    if (cached != null) {
      return cached;
    }
    try {
      User user = api.call("users.info", m -> m.usersInfo(r -> r.user(userId))).getUser();
      String name = shownName(user, userId);
      names.put(key, name);
      return name;
    } catch (SlackApiFailure e) {
      // Not cached: a name that failed once may resolve next time.
      return userId;
    }
  }

  private static String shownName(User user, String fallback) {
    if (user == null) {
      return fallback;
    }
    if (user.getProfile() != null && notBlank(user.getProfile().getDisplayName())) {
      return user.getProfile().getDisplayName();
    }
    if (notBlank(user.getRealName())) {
      return user.getRealName();
    }
    return notBlank(user.getName()) ? user.getName() : fallback;
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
