package dev.aiir.bot.slack;

import dev.aiir.commands.chat.Tenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Who are incident admins on Slack: the configured user ids ({@code AIIR_SLACK_ADMINS}) and the
 * members of an optional user group ({@code AIIR_SLACK_ADMIN_GROUP}), read with {@code
 * usergroups.users.list} and kept for a minute per workspace.
 */
final class SlackAdmins {
  static final Duration CACHE_FOR = Duration.ofMinutes(1);
  private final Set<String> users;
  private final Optional<String> group;
  private final SlackApi api;
  private final Clock clock;
  private final ConcurrentMap<String, Members> members = new ConcurrentHashMap<>();

  /** A group's members as read at an instant. */
  private record Members(Set<String> ids, Instant readAt) {}

  SlackAdmins(Set<String> users, Optional<String> group, SlackApi api, Clock clock) {
    this.users = Set.copyOf(users);
    this.group = group;
    this.api = api;
    this.clock = clock;
  }

  /** Admins by id only, for tests and set-ups without a group. */
  static SlackAdmins of(Set<String> users) {
    return new SlackAdmins(users, Optional.empty(), null, Clock.systemUTC());
  }

  boolean isAdmin(Tenant tenant, String userId) {
    return users.contains(userId)
        || group.map(g -> groupMembers(tenant, g).contains(userId)).orElse(false);
  }

  private Set<String> groupMembers(Tenant tenant, String groupId) {
    Instant now = clock.instant();
    Members cached = members.get(tenant.workspaceId());
    if (cached != null && now.isBefore(cached.readAt().plus(CACHE_FOR))) {
      return cached.ids();
    }
    try {
      List<String> ids =
          api.call(
                  "usergroups.users.list",
                  m ->
                      m.usergroupsUsersList(r -> r.usergroup(groupId).teamId(tenant.workspaceId())))
              .getUsers();
      Members read = new Members(ids == null ? Set.of() : Set.copyOf(ids), now);
      members.put(tenant.workspaceId(), read);
      return read.ids();
    } catch (SlackApiFailure e) {
      // Fail closed, but keep an older answer: a Slack hiccup should not demote the admins.
      return cached != null ? cached.ids() : Set.of();
    }
  }
}
