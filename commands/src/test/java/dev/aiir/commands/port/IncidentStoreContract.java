package dev.aiir.commands.port;

import static dev.aiir.commands.port.StoreSamples.ALICE;
import static dev.aiir.commands.port.StoreSamples.BOB;
import static dev.aiir.commands.port.StoreSamples.CAROL;
import static dev.aiir.commands.port.StoreSamples.DECLARED;
import static dev.aiir.commands.port.StoreSamples.HOSTILE;
import static dev.aiir.commands.port.StoreSamples.UNICODE;
import static dev.aiir.commands.port.StoreSamples.action;
import static dev.aiir.commands.port.StoreSamples.declared;
import static dev.aiir.commands.port.StoreSamples.done;
import static dev.aiir.commands.port.StoreSamples.fullyRecorded;
import static dev.aiir.commands.port.StoreSamples.note;
import static dev.aiir.commands.port.StoreSamples.numbered;
import static dev.aiir.commands.port.StoreSamples.pinned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.chat.UserRef;
import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.IncidentState;
import dev.aiir.commands.model.Priority;
import dev.aiir.commands.model.RecoveryProgress;
import dev.aiir.commands.model.RecoveryStep;
import dev.aiir.commands.model.Role;
import dev.aiir.commands.model.Severity;
import dev.aiir.commands.model.TimelineEntry;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IncidentStore} promises. An implementation's test extends this class and
 * returns a new, empty store from {@link #newStore()}.
 */
public abstract class IncidentStoreContract {
  protected static final Tenant ACME = new Tenant(Platform.SLACK, "T0ACME");
  protected static final Tenant GLOBEX = new Tenant(Platform.SLACK, "T0GLOBEX");
  protected static final Tenant ACME_ON_DISCORD = new Tenant(Platform.DISCORD, "T0ACME");
  protected static final String PREFIX = "AI-IR";
  private static final IncidentId FIRST = IncidentId.of(PREFIX, 2026, 1);
  private static final IncidentId SECOND = IncidentId.of(PREFIX, 2026, 2);

  private IncidentStore store;

  /** A new store with nothing in it. */
  protected abstract IncidentStore newStore();

  @BeforeEach
  void openAnEmptyStore() {
    store = newStore();
  }

  @Test
  void idsAreNumberedPerTenantAndYear() {
    assertThat(allocate(ACME, 2026)).isEqualTo(FIRST);
    assertThat(allocate(ACME, 2026)).isEqualTo(SECOND);
    assertThat(allocate(ACME, 2027)).isEqualTo(IncidentId.of(PREFIX, 2027, 1));
    assertThat(allocate(GLOBEX, 2026)).isEqualTo(FIRST);
    assertThat(allocate(ACME_ON_DISCORD, 2026)).isEqualTo(FIRST);
    assertThat(allocate(ACME, 2026)).isEqualTo(IncidentId.of(PREFIX, 2026, 3));
  }

  @Test
  void anIdIsNeverHandedOutTwice() {
    Set<IncidentId> seen = new HashSet<>();
    for (int i = 1; i <= 12; i++) {
      IncidentId id = allocate(ACME, 2026);
      if (i % 2 == 0) {
        insert(declared(ACME, id, null, DECLARED));
      }
      assertThat(seen.add(id)).as("%s handed out twice", id).isTrue();
    }
    assertThat(seen).contains(IncidentId.of(PREFIX, 2026, 12));
  }

  @Test
  void anIncidentReadsBackExactlyAsInserted() {
    insert(fullyRecorded(ACME, FIRST));

    assertThat(find(ACME, FIRST)).contains(fullyRecorded(ACME, FIRST));
  }

  @Test
  void anIncidentWithNoRolesAndNoOptionalFieldsReadsBackExactly() {
    Incident bare =
        declared(ACME, FIRST, null, DECLARED).toBuilder().model(null).roles(Map.of()).build();
    insert(bare);

    assertThat(find(ACME, FIRST)).contains(bare);
  }

  @Test
  void everyCombinationOfRolesReadsBack() {
    for (int mask = 0; mask < 1 << Role.values().length; mask++) {
      IncidentId id = IncidentId.of(PREFIX, 2026, mask + 1);
      Incident incident = declared(ACME, id, null, DECLARED).toBuilder().roles(roles(mask)).build();
      insert(incident);

      assertThat(find(ACME, id)).contains(incident);
    }
  }

  @Test
  void hostileAndUnicodeTextIsStoredExactlyAsWritten() {
    UserRef hostileUser = new UserRef(HOSTILE, UNICODE);
    insert(fullyRecorded(ACME, FIRST).withRole(Role.SCRIBE, hostileUser));
    run(
        ACME,
        tx -> {
          tx.timeline().appendOnce(FIRST, pinned(DECLARED, HOSTILE));
          tx.timeline().append(FIRST, note(DECLARED, HOSTILE + UNICODE));
          tx.actions().add(FIRST, action(Priority.P0, HOSTILE + UNICODE, hostileUser));
          tx.recovery().save(FIRST, done(RecoveryStep.DATA, UNICODE + HOSTILE));
        });

    assertThat(find(ACME, FIRST).orElseThrow().holder(Role.SCRIBE)).contains(hostileUser);
    assertThat(timeline(ACME, FIRST))
        .extracting(TimelineEntry::text, TimelineEntry::sourceRef)
        .containsExactly(
            tuple(pinned(DECLARED, HOSTILE).text(), HOSTILE), tuple(HOSTILE + UNICODE, null));
    assertThat(actions(ACME, FIRST))
        .extracting(ActionItem::text, ActionItem::owner)
        .containsExactly(tuple(HOSTILE + UNICODE, hostileUser));
    assertThat(recovery(ACME, FIRST))
        .extracting(RecoveryProgress::note)
        .containsExactly(UNICODE + HOSTILE);
  }

  @Test
  void anUpdateSavesTheNewRecord() {
    insert(declared(ACME, FIRST, "C0ONE", DECLARED));
    Incident changed =
        fullyRecorded(ACME, FIRST).toBuilder().channelId(null).rootCause("bad data").build();

    run(ACME, tx -> tx.incidents().update(changed));

    assertThat(find(ACME, FIRST)).contains(changed);
  }

  @Test
  void updatingAnIncidentThatWasNeverInsertedFails() {
    assertThatThrownBy(
            () -> run(ACME, tx -> tx.incidents().update(declared(ACME, FIRST, null, DECLARED))))
        .isInstanceOf(RuntimeException.class);
    assertThat(find(ACME, FIRST)).isEmpty();
  }

  @Test
  void insertingTheSameIdTwiceFails() {
    insert(declared(ACME, FIRST, null, DECLARED));

    assertThatThrownBy(() -> insert(fullyRecorded(ACME, FIRST)))
        .isInstanceOf(RuntimeException.class);
    assertThat(find(ACME, FIRST)).contains(declared(ACME, FIRST, null, DECLARED));
  }

  @Test
  void anUnknownIdIsNotFound() {
    assertThat(find(ACME, FIRST)).isEmpty();
  }

  @Test
  void findByChannelReturnsTheMostRecentlyDeclaredIncidentBoundToIt() {
    Incident later = declared(ACME, SECOND, "C0SHARED", DECLARED.plusSeconds(3600));
    Incident earlier = declared(ACME, FIRST, "C0SHARED", DECLARED);
    Incident elsewhere = declared(ACME, IncidentId.of(PREFIX, 2026, 3), "C0OTHER", DECLARED);
    insert(later, earlier, elsewhere);

    assertThat(byChannel(ACME, "C0SHARED")).contains(later);
    assertThat(byChannel(ACME, "C0OTHER")).contains(elsewhere);
    assertThat(byChannel(ACME, "C0NONE")).isEmpty();
  }

  @Test
  void aChannelsStateIsThatOfItsMostRecentlyDeclaredIncident() {
    Incident later =
        declared(ACME, SECOND, "C0SHARED", DECLARED.plusSeconds(3600))
            .withState(IncidentState.CLOSED);
    Incident earlier = declared(ACME, FIRST, "C0SHARED", DECLARED);
    Incident elsewhere =
        declared(ACME, IncidentId.of(PREFIX, 2026, 3), "C0OTHER", DECLARED)
            .withState(IncidentState.MITIGATED);
    insert(later, earlier, elsewhere);

    assertThat(stateIn(ACME, "C0SHARED")).contains(IncidentState.CLOSED);
    assertThat(stateIn(ACME, "C0OTHER")).contains(IncidentState.MITIGATED);
    assertThat(stateIn(ACME, "C0NONE")).isEmpty();
    assertThat(stateIn(GLOBEX, "C0SHARED")).as("another tenant's channel").isEmpty();
  }

  @Test
  void anUnboundIncidentIsNeverFoundByChannel() {
    insert(declared(ACME, FIRST, null, DECLARED));

    assertThat(byChannel(ACME, null)).isEmpty();
  }

  @Test
  void listOpenExcludesClosedIncidentsOldestFirst() {
    Incident mitigated = inState(3, IncidentState.MITIGATED, 0);
    Incident closed = inState(1, IncidentState.CLOSED, 1);
    Incident investigating = inState(2, IncidentState.INVESTIGATING, 2);
    Incident resolved = inState(4, IncidentState.RESOLVED, 3);
    insert(resolved, closed, investigating, mitigated);

    assertThat(open(ACME)).containsExactly(mitigated, investigating, resolved);
  }

  @Test
  void appendedEntriesReadBackWithTheirSequence() {
    insert(declared(ACME, FIRST, null, DECLARED));
    TimelineEntry written = note(DECLARED, "Rolled back to v3.1");

    TimelineEntry stored = in(ACME, tx -> tx.timeline().append(FIRST, written));

    assertThat(stored.sequence()).isPositive();
    assertThat(stored).isEqualTo(written.withSequence(stored.sequence()));
    assertThat(timeline(ACME, FIRST)).containsExactly(stored);
  }

  @Test
  void entriesAppendedInOneGoReadBackInTheirOrderAndOnlyInTheirTenant() {
    insert(declared(ACME, FIRST, null, DECLARED));
    run(GLOBEX, tx -> tx.incidents().insert(declared(GLOBEX, FIRST, null, DECLARED)));
    List<TimelineEntry> written =
        List.of(
            note(DECLARED, "one"), note(DECLARED, "two"), note(DECLARED.plusSeconds(60), "three"));

    run(ACME, tx -> tx.timeline().appendAll(FIRST, written));

    assertThat(timeline(ACME, FIRST))
        .extracting(TimelineEntry::text)
        .containsExactly("one", "two", "three");
    assertThat(timeline(ACME, FIRST)).extracting(TimelineEntry::sequence).isSorted();
    assertThat(timeline(GLOBEX, FIRST)).isEmpty();
  }

  @Test
  void timelineIsOrderedByTimeThenByWriting() {
    insert(declared(ACME, FIRST, null, DECLARED));
    Instant twoThirty = Instant.parse("2026-03-14T14:30:00Z");
    TimelineEntry first =
        in(ACME, tx -> tx.timeline().append(FIRST, note(twoThirty, "first written")));
    TimelineEntry second =
        in(ACME, tx -> tx.timeline().append(FIRST, note(twoThirty, "second written")));
    TimelineEntry backdated =
        in(
            ACME,
            tx -> tx.timeline().append(FIRST, note(twoThirty.minusSeconds(1800), "the alert")));

    assertThat(second.sequence()).isGreaterThan(first.sequence());
    assertThat(timeline(ACME, FIRST)).containsExactly(backdated, first, second);
  }

  @Test
  void reconciliationReadsTheOpenIncidentsTimelinesInBulk() {
    IncidentId third = IncidentId.of(PREFIX, 2026, 3);
    insert(
        declared(ACME, FIRST, null, DECLARED),
        declared(ACME, SECOND, null, DECLARED),
        declared(ACME, third, null, DECLARED).withState(IncidentState.CLOSED));
    insert(declared(GLOBEX, FIRST, null, DECLARED));
    TimelineEntry early = recordedAt(note(DECLARED, "Snoozed: an early note"), 5);
    TimelineEntry late = recordedAt(note(DECLARED.minusSeconds(600), "Snoozed: backdated"), 9);
    TimelineEntry other = recordedAt(note(DECLARED, "snoozed: not the same case"), 7);
    run(
        ACME,
        tx -> {
          tx.timeline().append(FIRST, early);
          tx.timeline().append(FIRST, late);
          tx.timeline().append(FIRST, other);
          tx.timeline().appendOnce(FIRST, pinned(DECLARED, "pir-reminder:overdue-0"));
          tx.timeline().appendOnce(FIRST, pinned(DECLARED, "1710426667.000100"));
          tx.timeline().append(third, recordedAt(note(DECLARED, "Snoozed: closed"), 60));
          tx.timeline().append(FIRST, recordedAt(gateVerdict(DECLARED, "Canary: met"), 120));
        });
    run(GLOBEX, tx -> tx.timeline().append(FIRST, recordedAt(note(DECLARED, "Snoozed: x"), 90)));

    Map<IncidentId, Instant> last =
        in(ACME, tx -> tx.timeline().lastRecordedOfOpen(EntryKind.GATE));
    Map<IncidentId, List<TimelineEntry>> snoozed =
        in(ACME, tx -> tx.timeline().ofOpenWithText("Snoozed: "));
    Map<IncidentId, List<TimelineEntry>> marked =
        in(ACME, tx -> tx.timeline().ofOpenWithSource("pir-reminder:"));

    assertThat(last).isEqualTo(Map.of(FIRST, DECLARED.plusSeconds(60)));
    assertThat(snoozed).containsOnlyKeys(FIRST);
    assertThat(snoozed.get(FIRST))
        .extracting(TimelineEntry::text)
        .containsExactly("Snoozed: backdated", "Snoozed: an early note");
    assertThat(marked).containsOnlyKeys(FIRST);
    assertThat(marked.get(FIRST))
        .extracting(TimelineEntry::sourceRef)
        .containsExactly("pir-reminder:overdue-0");
  }

  @Test
  void aReadingTransactionSeesWhatIsCommitted() {
    insert(declared(ACME, FIRST, null, DECLARED));

    List<Incident> acme = store.reading(ACME, tx -> tx.incidents().listOpen());
    List<Incident> globex = store.reading(GLOBEX, tx -> tx.incidents().listOpen());

    assertThat(acme).extracting(Incident::id).containsExactly(FIRST);
    assertThat(globex).isEmpty();
  }

  @Test
  void appendOnceTakesEachSourceOnce() {
    insert(declared(ACME, FIRST, null, DECLARED), declared(ACME, SECOND, null, DECLARED));

    assertThat(pin(ACME, FIRST, "1710426667.000100")).isPresent();
    assertThat(pin(ACME, FIRST, "1710426667.000100")).isEmpty();
    assertThat(pin(ACME, SECOND, "1710426667.000100")).isPresent();
    assertThat(timeline(ACME, FIRST)).hasSize(1);
  }

  @Test
  void actionItemsAreNumberedPerIncidentFromOne() {
    insert(declared(ACME, FIRST, null, DECLARED), declared(ACME, SECOND, null, DECLARED));
    ActionItem owned = action(Priority.P0, "Add drift monitoring", BOB);
    ActionItem unowned = action(Priority.P2, "Write the runbook", null);

    ActionItem one = in(ACME, tx -> tx.actions().add(FIRST, owned));
    ActionItem two = in(ACME, tx -> tx.actions().add(FIRST, unowned));
    ActionItem otherOne = in(ACME, tx -> tx.actions().add(SECOND, unowned));

    assertThat(List.of(one, two, otherOne))
        .containsExactly(numbered(owned, 1), numbered(unowned, 2), numbered(unowned, 1));
    assertThat(actions(ACME, FIRST)).containsExactly(one, two);
  }

  @Test
  void updateActionSavesTheItemsNewState() {
    insert(declared(ACME, FIRST, null, DECLARED));
    ActionItem item = in(ACME, tx -> tx.actions().add(FIRST, action(Priority.P1, "Retrain", null)));
    ActionItem done = item.done(BOB, DECLARED.plusSeconds(86_400));

    run(ACME, tx -> tx.actions().update(FIRST, done));

    assertThat(actions(ACME, FIRST)).containsExactly(done);
  }

  @Test
  void updatingAnActionItemThatDoesNotExistFails() {
    insert(declared(ACME, FIRST, null, DECLARED));
    ActionItem ghost = numbered(action(Priority.P1, "Retrain", null), 7);

    assertThatThrownBy(() -> run(ACME, tx -> tx.actions().update(FIRST, ghost)))
        .isInstanceOf(RuntimeException.class);
    assertThat(actions(ACME, FIRST)).isEmpty();
  }

  @Test
  void saveRecoveryReplacesAnEarlierRecordOfTheSameStep() {
    insert(declared(ACME, FIRST, null, DECLARED));
    run(ACME, tx -> tx.recovery().save(FIRST, done(RecoveryStep.DATA, "first pass")));
    RecoveryProgress again =
        new RecoveryProgress(RecoveryStep.DATA, ALICE, DECLARED.plusSeconds(7200), null);

    run(ACME, tx -> tx.recovery().save(FIRST, again));

    assertThat(recovery(ACME, FIRST)).containsExactly(again);
  }

  @Test
  void recoveryIsListedInChecklistOrder() {
    insert(declared(ACME, FIRST, null, DECLARED));
    for (RecoveryStep step :
        List.of(RecoveryStep.VALIDATE, RecoveryStep.ROOT_CAUSE, RecoveryStep.RETRAIN)) {
      run(ACME, tx -> tx.recovery().save(FIRST, done(step, "note on " + step.key())));
    }

    assertThat(recovery(ACME, FIRST))
        .extracting(RecoveryProgress::step)
        .containsExactly(RecoveryStep.ROOT_CAUSE, RecoveryStep.RETRAIN, RecoveryStep.VALIDATE);
  }

  @Test
  void anIncidentWithNothingRecordedHasAnEmptyTimelineActionsAndRecovery() {
    insert(declared(ACME, FIRST, null, DECLARED));

    assertThat(timeline(ACME, FIRST)).isEmpty();
    assertThat(actions(ACME, FIRST)).isEmpty();
    assertThat(recovery(ACME, FIRST)).isEmpty();
  }

  @Test
  void tenantsWithTheSameIdAndChannelSeeOnlyTheirOwnIncident() {
    Incident acme = declared(ACME, FIRST, "C0SAME", DECLARED);
    Incident globex = fullyRecorded(GLOBEX, FIRST).toBuilder().channelId("C0SAME").build();
    insert(acme, globex);

    assertThat(find(ACME, FIRST)).contains(acme);
    assertThat(find(GLOBEX, FIRST)).contains(globex);
    assertThat(byChannel(ACME, "C0SAME")).contains(acme);
    assertThat(byChannel(GLOBEX, "C0SAME")).contains(globex);
    assertThat(open(ACME)).containsExactly(acme);
    assertThat(find(ACME_ON_DISCORD, FIRST)).isEmpty();
    assertThat(byChannel(ACME_ON_DISCORD, "C0SAME")).isEmpty();
    assertThat(open(ACME_ON_DISCORD)).isEmpty();
  }

  @Test
  void writesInOneTenantNeverReachAnother() {
    Incident acme = declared(ACME, FIRST, "C0SAME", DECLARED);
    Incident globex = declared(GLOBEX, FIRST, "C0SAME", DECLARED);
    insert(acme, globex);

    run(
        GLOBEX,
        tx -> {
          tx.incidents().update(globex.withSeverity(Severity.SEV4));
          tx.timeline().append(FIRST, note(DECLARED, "globex only"));
          tx.timeline().appendOnce(FIRST, pinned(DECLARED, "M1"));
          tx.actions().add(FIRST, action(Priority.P0, "globex only", null));
          tx.recovery().save(FIRST, done(RecoveryStep.DATA, "globex only"));
        });

    assertThat(find(ACME, FIRST)).contains(acme);
    assertThat(timeline(ACME, FIRST)).isEmpty();
    assertThat(actions(ACME, FIRST)).isEmpty();
    assertThat(recovery(ACME, FIRST)).isEmpty();
    assertThat(pin(ACME, FIRST, "M1")).isPresent();
    assertThat(in(ACME, tx -> tx.actions().add(FIRST, action(Priority.P1, "acme", null))).number())
        .isEqualTo(1);
  }

  @Test
  void anotherTenantsIncidentCannotBeWrittenThroughItsId() {
    Incident acme = declared(ACME, FIRST, null, DECLARED);
    insert(acme);
    ActionItem item = in(ACME, tx -> tx.actions().add(FIRST, action(Priority.P0, "acme", null)));

    List<Consumer<TenantStore>> writes =
        List.of(
            tx -> tx.incidents().update(declared(GLOBEX, FIRST, null, DECLARED)),
            tx -> tx.timeline().append(FIRST, note(DECLARED, "intruder")),
            tx -> tx.timeline().appendOnce(FIRST, pinned(DECLARED, "M1")),
            tx -> tx.actions().add(FIRST, action(Priority.P0, "intruder", null)),
            tx -> tx.actions().update(FIRST, item.done(BOB, DECLARED)),
            tx -> tx.recovery().save(FIRST, done(RecoveryStep.DATA, "intruder")));
    for (Consumer<TenantStore> write : writes) {
      assertThatThrownBy(() -> run(GLOBEX, write)).isInstanceOf(RuntimeException.class);
    }

    assertThat(find(ACME, FIRST)).contains(acme);
    assertThat(timeline(ACME, FIRST)).isEmpty();
    assertThat(actions(ACME, FIRST)).containsExactly(item);
    assertThat(recovery(ACME, FIRST)).isEmpty();
  }

  @Test
  void anIncidentOfAnotherTenantIsNeverWritten() {
    insert(declared(ACME, FIRST, null, DECLARED));

    assertThatThrownBy(
            () -> run(GLOBEX, tx -> tx.incidents().insert(declared(ACME, SECOND, null, DECLARED))))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> run(GLOBEX, tx -> tx.incidents().update(fullyRecorded(ACME, FIRST))))
        .isInstanceOf(RuntimeException.class);

    assertThat(find(ACME, FIRST)).contains(declared(ACME, FIRST, null, DECLARED));
    assertThat(find(ACME, SECOND)).isEmpty();
    assertThat(find(GLOBEX, SECOND)).isEmpty();
  }

  @Test
  void workThatThrowsLeavesNothingBehind() {
    RuntimeException failure = new IllegalStateException("the handler failed");

    assertThatThrownBy(() -> run(ACME, tx -> declareThenFail(tx, failure))).isSameAs(failure);

    assertThat(find(ACME, FIRST)).isEmpty();
    assertThat(open(ACME)).isEmpty();
    assertThat(timeline(ACME, FIRST)).isEmpty();
    assertThat(allocate(ACME, 2026)).isEqualTo(FIRST);
  }

  @Test
  void workThatThrowsLeavesAnExistingIncidentAsItWas() {
    Incident before = declared(ACME, FIRST, "C0ONE", DECLARED);
    insert(before);
    TimelineEntry kept = in(ACME, tx -> tx.timeline().append(FIRST, note(DECLARED, "declared")));
    RuntimeException failure = new IllegalStateException("the handler failed");

    assertThatThrownBy(() -> run(ACME, tx -> changeEverythingThenFail(tx, before, failure)))
        .isSameAs(failure);

    assertThat(find(ACME, FIRST)).contains(before);
    assertThat(timeline(ACME, FIRST)).containsExactly(kept);
    assertThat(actions(ACME, FIRST)).isEmpty();
    assertThat(recovery(ACME, FIRST)).isEmpty();
  }

  @Test
  void aTransactionReturnsWhatItsWorkReturns() {
    assertThat(in(ACME, TenantStore::tenant)).isEqualTo(ACME);
  }

  private static void declareThenFail(TenantStore tx, RuntimeException failure) {
    IncidentId id = tx.incidents().allocateId(PREFIX, 2026);
    tx.incidents().insert(declared(ACME, id, "C0ONE", DECLARED));
    tx.timeline().append(id, note(DECLARED, "declared"));
    throw failure;
  }

  private static void changeEverythingThenFail(
      TenantStore tx, Incident incident, RuntimeException failure) {
    tx.incidents().update(incident.withState(IncidentState.CLOSED));
    tx.timeline().append(incident.id(), note(DECLARED, "closed"));
    tx.actions().add(incident.id(), action(Priority.P0, "lost", null));
    tx.recovery().save(incident.id(), done(RecoveryStep.DATA, "lost"));
    throw failure;
  }

  private static TimelineEntry gateVerdict(Instant at, String text) {
    TimelineEntry entry = note(at, text);
    return new TimelineEntry(
        0,
        entry.at(),
        entry.recordedAt(),
        entry.author(),
        entry.source(),
        EntryKind.GATE,
        entry.text(),
        entry.sourceRef());
  }

  /** The entry as if written {@code seconds} after the declaration. */
  private static TimelineEntry recordedAt(TimelineEntry entry, long seconds) {
    return new TimelineEntry(
        0,
        entry.at(),
        DECLARED.plusSeconds(seconds),
        entry.author(),
        entry.source(),
        entry.kind(),
        entry.text(),
        entry.sourceRef());
  }

  private static Incident inState(int number, IncidentState state, int hoursAfter) {
    IncidentId id = IncidentId.of(PREFIX, 2026, number);
    return declared(ACME, id, null, DECLARED.plusSeconds(3600L * hoursAfter)).withState(state);
  }

  /** The roles whose bits are set in {@code mask}, each held by a different person. */
  private static Map<Role, UserRef> roles(int mask) {
    List<UserRef> people = List.of(ALICE, BOB, CAROL);
    Map<Role, UserRef> roles = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      if ((mask & 1 << role.ordinal()) != 0) {
        roles.put(role, people.get(role.ordinal()));
      }
    }
    return roles;
  }

  private <T> T in(Tenant tenant, Function<TenantStore, T> work) {
    return store.inTransaction(tenant, work);
  }

  private void run(Tenant tenant, Consumer<TenantStore> work) {
    store.inTransaction(
        tenant,
        tx -> {
          work.accept(tx);
          return null;
        });
  }

  private void insert(Incident... incidents) {
    for (Incident incident : incidents) {
      run(incident.tenant(), tx -> tx.incidents().insert(incident));
    }
  }

  private IncidentId allocate(Tenant tenant, int year) {
    return in(tenant, tx -> tx.incidents().allocateId(PREFIX, year));
  }

  private Optional<Incident> find(Tenant tenant, IncidentId id) {
    return in(tenant, tx -> tx.incidents().find(id));
  }

  private Optional<Incident> byChannel(Tenant tenant, String channelId) {
    return in(tenant, tx -> tx.incidents().findByChannel(channelId));
  }

  private Optional<IncidentState> stateIn(Tenant tenant, String channelId) {
    return in(tenant, tx -> tx.incidents().stateInChannel(channelId));
  }

  private List<Incident> open(Tenant tenant) {
    return in(tenant, tx -> tx.incidents().listOpen());
  }

  private Optional<TimelineEntry> pin(Tenant tenant, IncidentId id, String messageId) {
    return in(tenant, tx -> tx.timeline().appendOnce(id, pinned(DECLARED, messageId)));
  }

  private List<TimelineEntry> timeline(Tenant tenant, IncidentId id) {
    return in(tenant, tx -> tx.timeline().of(id));
  }

  private List<ActionItem> actions(Tenant tenant, IncidentId id) {
    return in(tenant, tx -> tx.actions().of(id));
  }

  private List<RecoveryProgress> recovery(Tenant tenant, IncidentId id) {
    return in(tenant, tx -> tx.recovery().of(id));
  }
}
