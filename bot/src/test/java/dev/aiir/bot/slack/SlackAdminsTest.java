package dev.aiir.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.testing.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The admin group is read once per workspace; later commands answer from what was read, and a
 * minute on the group is read again in the background (here: when the test runs what was queued).
 */
class SlackAdminsTest {
  private static final Tenant TEAM = new Tenant(Platform.SLACK, FakeSlack.TEAM);
  private final FakeSlack slack;
  private final Slack client;
  private final MutableClock clock = MutableClock.at("2026-12-06T10:00:00Z");
  private final List<Runnable> queued = new ArrayList<>();
  private final SlackAdmins admins;

  SlackAdminsTest() throws Exception {
    slack = new FakeSlack().withUserGroup("S0ADMINS", List.of("UALICE"));
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(slack.apiUrl());
    client = Slack.getInstance(config);
    SlackApi api = new SlackApi(client.methods("xoxb-test"), duration -> {});
    admins = new SlackAdmins(Set.of("UADMIN"), Optional.of("S0ADMINS"), api, clock, queued::add);
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    slack.close();
  }

  private void runQueued() {
    List<Runnable> now = List.copyOf(queued);
    queued.clear();
    now.forEach(Runnable::run);
  }

  @Test
  void theFirstCommandReadsTheGroupAndTheNextOnesDoNotAskAgain() {
    assertThat(admins.isAdmin(TEAM, "UALICE")).isTrue();
    assertThat(admins.isAdmin(TEAM, "UBOB")).isFalse();
    assertThat(admins.isAdmin(TEAM, "UADMIN")).isTrue();

    assertThat(slack.calls("usergroups.users.list")).hasSize(1);
    assertThat(queued).isEmpty();
  }

  @Test
  void aMinuteOnTheGroupIsReadAgainInTheBackgroundWhileCommandsKeepTheOldAnswer() {
    admins.isAdmin(TEAM, "UALICE");
    slack.withUserGroup("S0ADMINS", List.of("UBOB"));
    clock.advance(SlackAdmins.CACHE_FOR);

    assertThat(admins.isAdmin(TEAM, "UALICE")).isTrue();
    assertThat(admins.isAdmin(TEAM, "UBOB")).isFalse();
    assertThat(queued).as("one refresh however many commands came").hasSize(1);
    assertThat(slack.calls("usergroups.users.list")).hasSize(1);

    runQueued();

    assertThat(admins.isAdmin(TEAM, "UBOB")).isTrue();
    assertThat(admins.isAdmin(TEAM, "UALICE")).isFalse();
    assertThat(slack.calls("usergroups.users.list")).hasSize(2);
  }

  @Test
  void aFailedRefreshKeepsTheOldAnswerAndIsTriedAgain() {
    admins.isAdmin(TEAM, "UALICE");
    slack.failing("usergroups.users.list", "ratelimited");
    clock.advance(SlackAdmins.CACHE_FOR);

    admins.isAdmin(TEAM, "UALICE");
    runQueued();

    assertThat(admins.isAdmin(TEAM, "UALICE")).isTrue();
    assertThat(queued).as("the failed refresh is tried again at the next command").hasSize(1);
  }

  @Test
  void aGroupThatCannotBeReadAtFirstMakesNoOneAnAdminButTheConfiguredIds() {
    slack.failing("usergroups.users.list", "missing_scope");

    assertThat(admins.isAdmin(TEAM, "UALICE")).isFalse();
    assertThat(admins.isAdmin(TEAM, "UADMIN")).isTrue();
  }
}
