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
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who are incident admins on Slack: the configured user ids ({@code AIIR_SLACK_ADMINS}) and the
 * members of an optional user group ({@code AIIR_SLACK_ADMIN_GROUP}), read with {@code
 * usergroups.users.list} per workspace. Only a workspace's first command waits for that read; after
 * a minute the members are read again in the background while commands keep the answer they have,
 * so that no command waits for Slack's Web API to be asked who is an admin.
 */
final class SlackAdmins {
  private static final Logger LOG = LoggerFactory.getLogger(SlackAdmins.class);
  static final Duration CACHE_FOR = Duration.ofMinutes(1);
  private final Set<String> users;
  private final Optional<String> group;
  private final SlackApi api;
  private final Clock clock;
  private final Executor refreshes;
  private final ConcurrentMap<String, Members> members = new ConcurrentHashMap<>();
  private final Set<String> refreshing = ConcurrentHashMap.newKeySet();

  /** A group's members as read at an instant. */
  private record Members(Set<String> ids, Instant readAt) {}

  /** Admins by id and group, the group read again on {@code refreshes} once a minute old. */
  SlackAdmins(
      Set<String> users, Optional<String> group, SlackApi api, Clock clock, Executor refreshes) {
    this.users = Set.copyOf(users);
    this.group = group;
    this.api = api;
    this.clock = clock;
    this.refreshes = refreshes;
  }

  /** Admins by id only, for tests and set-ups without a group. */
  static SlackAdmins of(Set<String> users) {
    return new SlackAdmins(users, Optional.empty(), null, Clock.systemUTC(), Runnable::run);
  }

  boolean isAdmin(Tenant tenant, String userId) {
    return users.contains(userId)
        || group.map(g -> groupMembers(tenant, g).contains(userId)).orElse(false);
  }

  private Set<String> groupMembers(Tenant tenant, String groupId) {
    String workspace = tenant.workspaceId();
    Members cached = members.get(workspace);
    if (cached == null) {
      // Nothing to answer with yet: this one command waits; a failure answers "no one" (closed).
      return read(workspace, groupId).orElse(Set.of());
    }
    if (!clock.instant().isBefore(cached.readAt().plus(CACHE_FOR)) && refreshing.add(workspace)) {
      try {
        refreshes.execute(
            () -> {
              try {
                read(workspace, groupId);
              } finally {
                refreshing.remove(workspace);
              }
            });
      } catch (RuntimeException e) {
        refreshing.remove(workspace);
        LOG.warn("the admin group of {} could not be read again: {}", workspace, e.toString());
      }
    }
    return cached.ids();
  }

  /**
   * Reads the group's members and keeps them; a failure keeps the older answer (a Slack hiccup
   * should not demote the admins) and returns nothing.
   */
  private Optional<Set<String>> read(String workspace, String groupId) {
    Instant now = clock.instant();
    try {
      List<String> ids =
          api.call(
                  "usergroups.users.list",
                  m -> m.usergroupsUsersList(r -> r.usergroup(groupId).teamId(workspace)))
              .getUsers();
      Members read = new Members(ids == null ? Set.of() : Set.copyOf(ids), now);
      members.put(workspace, read);
      return Optional.of(read.ids());
    } catch (SlackApiFailure e) {
      LOG.warn("the admin group of {} could not be read: {}", workspace, e.getMessage());
      return Optional.empty();
    }
  }
}
