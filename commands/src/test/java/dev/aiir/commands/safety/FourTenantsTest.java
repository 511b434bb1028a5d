package dev.aiir.commands.safety;

import static dev.aiir.commands.testing.BotFixture.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.testing.BotFixture;
import dev.aiir.commands.testing.RecordingChat.Sent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two Slack workspaces and two Discord guilds with the same incident id, the same channel id and
 * the same user id: no read, write, export or reminder of one reaches another.
 */
class FourTenantsTest {
  private static final String ID = "AI-IR-2026-001";
  private static final String CHANNEL = "C1";
  private static final Map<Tenant, String> NAMES =
      Map.of(
          new Tenant(Platform.SLACK, "T-ACME"), "acme",
          new Tenant(Platform.SLACK, "T-GLOBEX"), "globex",
          new Tenant(Platform.DISCORD, "G-INITECH"), "initech",
          new Tenant(Platform.DISCORD, "G-UMBRELLA"), "umbrella");
  private static final Tenant ACME = tenant("acme");
  private static final Tenant GLOBEX = tenant("globex");
  private static final Tenant INITECH = tenant("initech");
  private static final Tenant UMBRELLA = tenant("umbrella");

  private final BotFixture fixture = new BotFixture("2026-03-12T14:40:00Z");

  private static Tenant tenant(String name) {
    return NAMES.entrySet().stream()
        .filter(e -> e.getValue().equals(name))
        .findFirst()
        .orElseThrow()
        .getKey();
  }

  private String run(Tenant tenant, String line) {
    return fixture.in(tenant, SAM, CHANNEL, line).plainText();
  }

  private List<String> timeline(Tenant tenant) {
    return fixture.store.inTransaction(tenant, tx -> tx.timeline().of(new IncidentId(ID))).stream()
        .map(TimelineEntry::text)
        .toList();
  }

  /** Whether {@code text} names any tenant other than {@code own}. */
  private static boolean namesAnother(Tenant own, String text) {
    return NAMES.entrySet().stream()
        .filter(e -> !e.getKey().equals(own))
        .anyMatch(e -> text.contains(e.getValue()));
  }

  @BeforeEach
  void everyTenantDeclaresTheSameIdInTheSameChannel() {
    NAMES.forEach(
        (tenant, name) -> {
          assertThat(run(tenant, "declare " + name + " outage --sev 3")).contains(ID);
          run(tenant, "log " + name + " note");
        });
  }

  @Test
  void readsSeeOnlyTheirOwnTenant() {
    NAMES.forEach(
        (tenant, name) -> {
          for (String read : List.of("status", "list", "status --id " + ID)) {
            String text = run(tenant, read);
            assertThat(text)
                .as(name + ": " + read)
                .contains(name)
                .matches(t -> !namesAnother(tenant, t));
          }
        });
  }

  @Test
  void writesChangeOnlyTheirOwnTenant() {
    run(ACME, "sev 1 worse");
    run(GLOBEX, "resolve fixed");
    run(INITECH, "rootcause initech cache");

    assertThat(incidentState(ACME)).isEqualTo(IncidentState.INVESTIGATING);
    assertThat(incidentState(GLOBEX)).isEqualTo(IncidentState.RESOLVED);
    assertThat(incidentState(INITECH)).isEqualTo(IncidentState.INVESTIGATING);
    assertThat(incidentState(UMBRELLA)).isEqualTo(IncidentState.INVESTIGATING);
    assertThat(severity(ACME)).contains("1");
    assertThat(severity(UMBRELLA)).contains("3");
    NAMES.forEach(
        (tenant, name) ->
            assertThat(timeline(tenant))
                .as(name)
                .anyMatch(text -> text.contains(name))
                .noneMatch(text -> namesAnother(tenant, text)));
  }

  @Test
  void exportsAndDraftsCarryOnlyTheirOwnTenant() {
    NAMES.keySet().forEach(tenant -> run(tenant, "resolve fixed"));
    NAMES.forEach(
        (tenant, name) -> {
          String draft = run(tenant, "pir draft");
          assertThat(draft).as(name).contains(name).matches(t -> !namesAnother(tenant, t));
          for (String format : List.of("pir export", "pir export json")) {
            String file = fixture.in(tenant, SAM, CHANNEL, format).file().orElseThrow().content();
            assertThat(file).as(name + ": " + format).contains(name);
            assertThat(namesAnother(tenant, file)).as(file).isFalse();
          }
        });
  }

  @Test
  void remindersGoOnlyToTheTenantWhoseRolloutIsDue() {
    run(ACME, "rollout start");
    run(UMBRELLA, "rollout start");
    int before = fixture.chat.posts().size();

    fixture.advance(Duration.ofHours(12));

    List<Sent> reminders = fixture.chat.posts().subList(before, fixture.chat.posts().size());
    assertThat(reminders).isNotEmpty();
    Set<Tenant> reached = reminders.stream().map(Sent::tenant).collect(Collectors.toSet());
    assertThat(reached).isSubsetOf(Set.of(ACME, UMBRELLA));
    assertThat(rollout(GLOBEX)).isEmpty();
    assertThat(rollout(INITECH)).isEmpty();
  }

  private Optional<Rollout> rollout(Tenant tenant) {
    return fixture.store.inTransaction(tenant, tx -> tx.rollouts().of(new IncidentId(ID)));
  }

  private IncidentState incidentState(Tenant tenant) {
    return fixture
        .store
        .inTransaction(tenant, tx -> tx.incidents().find(new IncidentId(ID)))
        .orElseThrow()
        .state();
  }

  private String severity(Tenant tenant) {
    return fixture
        .store
        .inTransaction(tenant, tx -> tx.incidents().find(new IncidentId(ID)))
        .orElseThrow()
        .severity()
        .toString();
  }
}
