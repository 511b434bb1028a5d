package dev.aiir.commands.port;

import static dev.aiir.commands.port.StoreSamples.ALICE;
import static dev.aiir.commands.port.StoreSamples.DECLARED;
import static dev.aiir.commands.port.StoreSamples.HOSTILE;
import static dev.aiir.commands.port.StoreSamples.action;
import static dev.aiir.commands.port.StoreSamples.declared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiir.commands.chat.Platform;
import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.ExportJob;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.IncidentId;
import dev.aiir.commands.model.Priority;
import dev.aiir.commands.model.PublishedPage;
import dev.aiir.commands.model.TrackedIssue;
import dev.aiir.commands.port.ExportQueue.IssueOwner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store promises of exports: one pending job per item and target, claimed by one taker
 * at a time (again once its claim is stale), retried when released and never after it is done;
 * issues and pages read back exactly and are found by their key across tenants, which never see
 * each other's. An implementation's test returns a new, empty store and its export queue.
 */
public abstract class ExportStoreContract {
  private static final Tenant ACME = new Tenant(Platform.SLACK, "T0ACME");
  private static final Tenant GLOBEX = new Tenant(Platform.DISCORD, "1122");
  private static final IncidentId INCIDENT = IncidentId.of("AI-IR", 2026, 1);
  private static final Instant NOW = Instant.parse("2026-03-14T15:00:00.125Z");
  private static final Set<Platform> ALL = Set.of(Platform.values());

  /** A store and its export outbox. */
  public record Stores(IncidentStore store, ExportQueue queue) {}

  private IncidentStore store;
  private ExportQueue queue;

  protected abstract Stores newStores();

  @BeforeEach
  void openAnEmptyStore() {
    Stores stores = newStores();
    store = stores.store();
    queue = stores.queue();
    for (Tenant tenant : List.of(ACME, GLOBEX)) {
      in(
          tenant,
          tx -> {
            tx.incidents().insert(declared(tenant, INCIDENT, "C1", DECLARED));
            tx.actions().add(INCIDENT, action(Priority.P0, HOSTILE, ALICE));
            tx.actions().add(INCIDENT, action(Priority.P1, "second", null));
            return null;
          });
    }
  }

  @Test
  void aJobAskedForTwiceWhilePendingIsOneAndANewOneFollowsItsEnd() {
    long first = enqueue(ACME, 1, NOW);
    long again = enqueue(ACME, 1, NOW.plusSeconds(5));
    long otherTarget =
        in(
            ACME,
            tx -> tx.exports().enqueue(INCIDENT, ExportTarget.JIRA, 1, false, ALICE, NOW, NOW));

    queue.claim(first, NOW).orElseThrow();
    queue.done(first, NOW, "created acme/ml#1");
    long after = enqueue(ACME, 1, NOW);

    assertThat(again).isEqualTo(first);
    assertThat(otherTarget).isNotEqualTo(first);
    assertThat(after).isNotEqualTo(first);
  }

  @Test
  void aDueJobIsClaimedOnceWithWhatItIsAbout() {
    long id = enqueue(ACME, 2, NOW);

    List<ExportJob> claimed = queue.claimDue(NOW, NOW.minusSeconds(900), ALL, 10);
    List<ExportJob> again = queue.claimDue(NOW, NOW.minusSeconds(900), ALL, 10);

    assertThat(claimed)
        .containsExactly(new ExportJob(id, ACME, INCIDENT, ExportTarget.GITHUB, 2, true, ALICE, 0));
    assertThat(again).isEmpty();
    assertThat(queue.claim(id, NOW)).isEmpty();
  }

  @Test
  void onlyDueJobsOfTheGivenPlatformsAreClaimed() {
    enqueue(ACME, 1, NOW.plusSeconds(60));
    long globex = enqueue(GLOBEX, 1, NOW);

    assertThat(queue.claimDue(NOW, NOW.minusSeconds(900), Set.of(Platform.SLACK), 10)).isEmpty();
    assertThat(queue.claimDue(NOW, NOW.minusSeconds(900), ALL, 10))
        .extracting(ExportJob::id)
        .containsExactly(globex);
    assertThat(queue.claimDue(NOW.plusSeconds(60), NOW, ALL, 10)).hasSize(1);
  }

  @Test
  void aReleasedJobComesBackWhenDueWithItsFailuresCounted() {
    long id = enqueue(ACME, 1, NOW);
    queue.claimDue(NOW, NOW.minusSeconds(900), ALL, 10);

    queue.retryLater(id, NOW.plusSeconds(30), "GitHub answered 502.");

    assertThat(queue.claimDue(NOW.plusSeconds(29), NOW, ALL, 10)).isEmpty();
    assertThat(queue.claimDue(NOW.plusSeconds(30), NOW, ALL, 10))
        .extracting(ExportJob::attempts)
        .containsExactly(1);
  }

  @Test
  void aClaimOlderThanTheLeaseIsTakenAgainButAFreshOneIsNot() {
    long id = enqueue(ACME, 1, NOW);
    queue.claimDue(NOW, NOW.minusSeconds(900), ALL, 10);
    Instant later = NOW.plus(Duration.ofMinutes(10));

    List<ExportJob> early = queue.claimDue(later, later.minus(Duration.ofMinutes(15)), ALL, 10);
    Instant muchLater = NOW.plus(Duration.ofMinutes(16));
    List<ExportJob> stale =
        queue.claimDue(muchLater, muchLater.minus(Duration.ofMinutes(15)), ALL, 10);

    assertThat(early).isEmpty();
    assertThat(stale).extracting(ExportJob::id).containsExactly(id);
  }

  @Test
  void aJobDoneOrGivenUpIsNeverClaimedAgain() {
    long done = enqueue(ACME, 1, NOW);
    long abandoned = enqueue(ACME, 2, NOW);
    queue.claim(done, NOW).orElseThrow();
    queue.claim(abandoned, NOW).orElseThrow();

    queue.done(done, NOW, "created");
    queue.abandon(abandoned, NOW, "401");
    queue.retryLater(done, NOW, "late");

    Instant later = NOW.plus(Duration.ofHours(1));
    assertThat(queue.claimDue(later, later, ALL, 10)).isEmpty();
    assertThat(queue.claim(done, later)).isEmpty();
  }

  @Test
  void issuesReadBackUpdateInPlaceAndAreFoundByKeyAcrossTenants() {
    TrackedIssue issue =
        new TrackedIssue(1, ExportTarget.GITHUB, "acme/ml#12", "https://x/12", false, null, NOW);
    in(ACME, tx -> save(tx, issue));
    TrackedIssue closed = issue.withState(true, HOSTILE, NOW.plusSeconds(60));
    in(ACME, tx -> save(tx, closed));
    in(
        GLOBEX,
        tx -> save(tx, new TrackedIssue(2, ExportTarget.JIRA, "OPS-7", null, false, null, NOW)));

    assertThat(issuesOf(ACME)).containsExactly(closed);
    assertThat(queue.ownerOf(ExportTarget.GITHUB, "acme/ml#12"))
        .contains(new IssueOwner(ACME, INCIDENT, 1));
    assertThat(queue.ownerOf(ExportTarget.JIRA, "OPS-7"))
        .contains(new IssueOwner(GLOBEX, INCIDENT, 2));
    assertThat(queue.ownerOf(ExportTarget.GITLAB, "acme/ml#12")).isEmpty();
    assertThat(issuesOf(GLOBEX)).extracting(TrackedIssue::key).containsExactly("OPS-7");
  }

  @Test
  void pagesReadBackAndAreReplacedByTheirNewVersion() {
    PublishedPage first =
        new PublishedPage(ExportTarget.CONFLUENCE, "65537", "1", "https://wiki/x?a=b&c", NOW);
    PublishedPage second =
        new PublishedPage(
            ExportTarget.CONFLUENCE, "65537", "2", "https://wiki/x", NOW.plusMillis(1));
    PublishedPage notion = new PublishedPage(ExportTarget.NOTION, "abc-def", null, null, NOW);

    in(ACME, tx -> page(tx, first));
    in(ACME, tx -> page(tx, second));
    in(ACME, tx -> page(tx, notion));

    assertThat(pagesOf(ACME)).containsExactly(second, notion);
    assertThat(pagesOf(GLOBEX)).isEmpty();
  }

  @Test
  void exportsOfAnIncidentTheTenantDoesNotHaveAreRefused() {
    IncidentId missing = IncidentId.of("AI-IR", 2026, 99);

    assertThatThrownBy(
            () ->
                in(
                    ACME,
                    tx ->
                        tx.exports()
                            .enqueue(missing, ExportTarget.GITHUB, 1, true, ALICE, NOW, NOW)))
        .isInstanceOf(RuntimeException.class);
    PublishedPage page = new PublishedPage(ExportTarget.NOTION, "x", null, null, NOW);
    assertThatThrownBy(
            () ->
                in(
                    ACME,
                    tx -> {
                      tx.exports().savePage(missing, page);
                      return null;
                    }))
        .isInstanceOf(RuntimeException.class);
  }

  private Object save(TenantStore tx, TrackedIssue issue) {
    tx.exports().saveIssue(INCIDENT, issue);
    return null;
  }

  private Object page(TenantStore tx, PublishedPage page) {
    tx.exports().savePage(INCIDENT, page);
    return null;
  }

  private long enqueue(Tenant tenant, int item, Instant due) {
    return in(
        tenant,
        tx -> tx.exports().enqueue(INCIDENT, ExportTarget.GITHUB, item, true, ALICE, NOW, due));
  }

  private List<TrackedIssue> issuesOf(Tenant tenant) {
    return store.inTransaction(tenant, tx -> tx.exports().issues(INCIDENT));
  }

  private List<PublishedPage> pagesOf(Tenant tenant) {
    return store.inTransaction(tenant, tx -> tx.exports().pages(INCIDENT));
  }

  private <T> T in(Tenant tenant, Function<TenantStore, T> work) {
    return store.inTransaction(tenant, work);
  }
}
