package dev.aiir.commands.port;

import static dev.aiir.commands.port.StoreSamples.ALICE;
import static dev.aiir.commands.port.StoreSamples.BOB;
import static dev.aiir.commands.port.StoreSamples.DECLARED;
import static dev.aiir.commands.port.StoreSamples.HOSTILE;
import static dev.aiir.commands.port.StoreSamples.UNICODE;
import static dev.aiir.commands.port.StoreSamples.declared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.commands.chat.Choice;
import dev.aiir.commands.chat.Message;
import dev.aiir.commands.chat.Message.Field;
import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.Delivery;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Notice;
import dev.aiir.commands.model.PhaseEnd;
import dev.aiir.commands.model.PhaseRun;
import dev.aiir.commands.model.PhaseTimer;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.model.Rollout;
import dev.aiir.commands.model.RolloutPlan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store promises about rollouts, the outbox of notices and the queue that sends them. An
 * implementation's test extends this class and returns a new, empty store and its queue.
 */
public abstract class RolloutAndOutboxContract {
  protected static final Tenant ACME = new Tenant(Platform.SLACK, "T0ACME");
  protected static final Tenant GLOBEX = new Tenant(Platform.DISCORD, "42");
  private static final IncidentId FIRST = IncidentId.of("AI-IR", 2026, 1);
  private static final IncidentId SECOND = IncidentId.of("AI-IR", 2026, 2);
  private static final RolloutPlan PLAN = RolloutPlan.defaults();
  private static final Instant NOW = DECLARED.plus(Duration.ofHours(1));
  private static final Set<Platform> ALL = Set.of(Platform.values());

  private IncidentStore store;
  private DeliveryQueue queue;

  /** A new store with nothing in it. */
  protected abstract IncidentStore newStore();

  /** The queue of the store {@link #newStore()} returned last. */
  protected abstract DeliveryQueue queue();

  @BeforeEach
  void openAnEmptyStore() {
    store = newStore();
    queue = queue();
  }

  private <T> T in(Tenant tenant, Function<TenantStore, T> work) {
    return store.inTransaction(tenant, work);
  }

  private Optional<Rollout> rollout(Tenant tenant, IncidentId id) {
    return store.inTransaction(tenant, tx -> tx.rollouts().of(id));
  }

  private Map<IncidentId, Rollout> active(Tenant tenant) {
    return store.inTransaction(tenant, tx -> tx.rollouts().active());
  }

  private void save(Tenant tenant, IncidentId id, Rollout rollout) {
    store.inTransaction(
        tenant,
        tx -> {
          tx.rollouts().save(id, rollout);
          return null;
        });
  }

  private void insert(Tenant tenant, IncidentId id) {
    in(
        tenant,
        tx -> {
          tx.incidents().insert(declared(tenant, id, "C0" + id.value(), DECLARED));
          return null;
        });
  }

  /** Canary promoted early with a hostile reason, then Limited halted: every field set. */
  private static Rollout everyFieldSet() {
    PhaseRun canary =
        PhaseRun.entered(PLAN.first(), 3, DECLARED.plusMillis(1), ALICE)
            .withFired(PhaseTimer.MINIMUM)
            .withFired(PhaseTimer.MAXIMUM)
            .ended(DECLARED.plusSeconds(3600), BOB, PhaseEnd.FORCED, HOSTILE + " " + UNICODE);
    PhaseRun limited =
        PhaseRun.entered(PLAN.phases().get(1), 10, DECLARED.plusSeconds(3600), BOB)
            .withFired(PhaseTimer.MINIMUM);
    return new Rollout(List.of(canary, limited));
  }

  private boolean addManager(Tenant tenant, Recipient manager) {
    Boolean added = in(tenant, tx -> tx.managers().add(manager));
    return added;
  }

  private boolean removeManager(Tenant tenant, Recipient manager) {
    Boolean removed = in(tenant, tx -> tx.managers().remove(manager));
    return removed;
  }

  private List<Recipient> managers(Tenant tenant) {
    return in(tenant, tx -> tx.managers().added());
  }

  @Test
  void managersAddedFromChatAreKeptPerTenantChannelsFirstAndEachOnce() {
    Recipient boss = Recipient.user("U0BOSS");
    Recipient room = Recipient.channel("C0MGR");

    assertThat(addManager(ACME, boss)).isTrue();
    assertThat(addManager(ACME, room)).isTrue();
    assertThat(addManager(ACME, boss)).isFalse();

    assertThat(managers(ACME)).containsExactly(room, boss);
    assertThat(managers(GLOBEX)).isEmpty();
    assertThat(removeManager(GLOBEX, boss)).isFalse();
    assertThat(removeManager(ACME, boss)).isTrue();
    assertThat(managers(ACME)).containsExactly(room);
  }

  @Test
  void anIncidentHasNoRolloutUntilOneIsSaved() {
    insert(ACME, FIRST);

    assertThat(rollout(ACME, FIRST)).isEmpty();
    assertThat(active(ACME)).isEmpty();
  }

  @Test
  void aRolloutIsReadBackAsSaved() {
    insert(ACME, FIRST);
    Rollout rollout = everyFieldSet();

    in(
        ACME,
        tx -> {
          tx.rollouts().save(FIRST, rollout);
          return null;
        });

    assertThat(rollout(ACME, FIRST)).contains(rollout);
  }

  @Test
  void savingAgainUpdatesThePhasesAndAddsNewOnes() {
    insert(ACME, FIRST);
    Rollout started = Rollout.started(PhaseRun.entered(PLAN.first(), 1, DECLARED, ALICE));
    in(
        ACME,
        tx -> {
          tx.rollouts().save(FIRST, started);
          return null;
        });
    PhaseRun halted =
        started.current().withTraffic(5).ended(NOW, BOB, PhaseEnd.HALTED, "errors spiked");
    Rollout again = started.withCurrent(halted).then(PhaseRun.entered(PLAN.first(), 2, NOW, BOB));

    in(
        ACME,
        tx -> {
          tx.rollouts().save(FIRST, again);
          return null;
        });

    assertThat(rollout(ACME, FIRST)).contains(again);
  }

  @Test
  void activeRolloutsAreThoseWhosePhaseStillRunsInThisTenant() {
    insert(ACME, FIRST);
    insert(ACME, SECOND);
    insert(GLOBEX, FIRST);
    Rollout running = Rollout.started(PhaseRun.entered(PLAN.first(), 1, DECLARED, ALICE));
    Rollout halted =
        running.withCurrent(running.current().ended(NOW, ALICE, PhaseEnd.HALTED, "stop"));
    in(
        ACME,
        tx -> {
          tx.rollouts().save(FIRST, everyFieldSet());
          tx.rollouts().save(SECOND, halted);
          return null;
        });
    in(
        GLOBEX,
        tx -> {
          tx.rollouts().save(FIRST, running);
          return null;
        });

    assertThat(active(ACME)).isEqualTo(Map.of(FIRST, everyFieldSet()));
    assertThat(active(GLOBEX)).isEqualTo(Map.of(FIRST, running));
    assertThat(rollout(GLOBEX, SECOND)).isEmpty();
  }

  @Test
  void aRolloutOfAnIncidentThisTenantDoesNotHaveIsRefused() {
    insert(ACME, FIRST);

    assertThatThrownBy(
            () ->
                in(
                    GLOBEX,
                    tx -> {
                      tx.rollouts().save(FIRST, everyFieldSet());
                      return null;
                    }))
        .isInstanceOf(RuntimeException.class);
    assertThat(rollout(ACME, FIRST)).isEmpty();
  }

  @Test
  void tenantsAreThoseWithIncidents() {
    assertThat(store.tenants()).isEmpty();
    insert(ACME, FIRST);
    insert(ACME, SECOND);
    insert(GLOBEX, FIRST);

    assertThat(store.tenants()).containsExactlyInAnyOrder(ACME, GLOBEX);
  }

  private static Notice notice(Recipient to) {
    return new Notice(
        to,
        new Message(
            "AI-IR-2026-001: Canary maximum reached " + HOSTILE,
            List.of(new Field("Exit criteria", UNICODE)),
            List.of("line one", "line two\nwith a break"),
            List.of(
                new Choice("aiir:promote:AI-IR-2026-001:lx3k9a", "Promote", Choice.Style.PRIMARY),
                new Choice("aiir:halt:AI-IR-2026-001:lx3k9a", "Halt", Choice.Style.DANGER))));
  }

  private boolean enqueue(Tenant tenant, String key, Notice notice) {
    return in(tenant, tx -> tx.outbox().enqueue(key, notice, NOW));
  }

  @Test
  void aQueuedNoticeIsClaimedWithItsMessageIntact() {
    Notice notice = notice(Recipient.user("U0BOSS"));
    assertThat(enqueue(ACME, "k1", notice)).isTrue();

    List<Delivery> claimed = queue.claimDue(NOW, ALL, 10);

    assertThat(claimed).hasSize(1);
    Delivery delivery = claimed.get(0);
    assertThat(delivery.tenant()).isEqualTo(ACME);
    assertThat(delivery.to()).isEqualTo(Recipient.user("U0BOSS"));
    assertThat(delivery.message()).isEqualTo(notice.message());
    assertThat(delivery.attempts()).isZero();
  }

  @Test
  void aNoticeIsQueuedOncePerKeyAndTenant() {
    assertThat(enqueue(ACME, "k1", notice(Recipient.channel("C1")))).isTrue();
    assertThat(enqueue(ACME, "k1", notice(Recipient.channel("C1")))).isFalse();
    assertThat(enqueue(GLOBEX, "k1", notice(Recipient.channel("C1")))).isTrue();

    assertThat(queue.claimDue(NOW, ALL, 10)).hasSize(2);
  }

  @Test
  void aNoticeQueuedInATransactionThatFailsIsNotQueued() {
    assertThatThrownBy(
            () ->
                in(
                    ACME,
                    tx -> {
                      tx.outbox().enqueue("k1", notice(Recipient.channel("C1")), NOW);
                      throw new IllegalStateException("failed");
                    }))
        .hasMessage("failed");

    assertThat(queue.claimDue(NOW, ALL, 10)).isEmpty();
  }

  @Test
  void aClaimedDeliveryIsNotClaimedAgainUntilReleased() {
    enqueue(ACME, "k1", notice(Recipient.channel("C1")));
    long id = queue.claimDue(NOW, ALL, 10).get(0).id();

    assertThat(queue.claimDue(NOW, ALL, 10)).isEmpty();
    assertThat(queue.inFlight()).isEqualTo(1);

    queue.retryLater(id, NOW.plusSeconds(2), "rate limited");
    assertThat(queue.inFlight()).isZero();
    assertThat(queue.claimDue(NOW.plusSeconds(1), ALL, 10)).isEmpty();
    List<Delivery> again = queue.claimDue(NOW.plusSeconds(2), ALL, 10);
    assertThat(again)
        .extracting(Delivery::id, Delivery::attempts)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(id, 1));
  }

  @Test
  void aSentDeliveryIsNeverClaimedAgain() {
    enqueue(ACME, "k1", notice(Recipient.channel("C1")));
    long id = queue.claimDue(NOW, ALL, 10).get(0).id();

    queue.markSent(id, NOW);

    assertThat(queue.claimDue(NOW.plusSeconds(3600), ALL, 10)).isEmpty();
    assertThat(queue.inFlight()).isZero();
  }

  @Test
  void claimsTakeTheOldestFirstUpToTheLimit() {
    for (int i = 1; i <= 5; i++) {
      enqueue(ACME, "k" + i, notice(Recipient.channel("C" + i)));
    }

    List<Delivery> first = queue.claimDue(NOW, ALL, 3);
    List<Delivery> rest = queue.claimDue(NOW, ALL, 3);

    assertThat(first).extracting(d -> d.to().id()).containsExactly("C1", "C2", "C3");
    assertThat(rest).extracting(d -> d.to().id()).containsExactly("C4", "C5");
  }

  @Test
  void aProcessClaimsOnlyWhatItsPlatformsCanSend() {
    enqueue(ACME, "k1", notice(Recipient.channel("C1")));
    enqueue(GLOBEX, "k1", notice(Recipient.channel("C2")));

    List<Delivery> discord = queue.claimDue(NOW, Set.of(Platform.DISCORD), 10);
    List<Delivery> none = queue.claimDue(NOW, Set.of(), 10);
    List<Delivery> slack = queue.claimDue(NOW, Set.of(Platform.SLACK, Platform.CONSOLE), 10);

    assertThat(discord).extracting(Delivery::tenant).containsExactly(GLOBEX);
    assertThat(none).isEmpty();
    assertThat(slack).extracting(Delivery::tenant).containsExactly(ACME);
  }

  @Test
  void phaseTimersThatFiredAreKeptInAnyOrder() {
    insert(ACME, FIRST);
    PhaseRun run =
        PhaseRun.entered(PLAN.first(), 1, DECLARED, ALICE)
            .withFired(PhaseTimer.MAXIMUM)
            .withFired(PhaseTimer.MINIMUM);
    in(
        ACME,
        tx -> {
          tx.rollouts().save(FIRST, Rollout.started(run));
          return null;
        });

    assertThat(rollout(ACME, FIRST).map(r -> r.current().fired()))
        .isEqualTo(Optional.of(Set.of(PhaseTimer.MINIMUM, PhaseTimer.MAXIMUM)));
  }
}
