package dev.aiir.commands.export;

import dev.aiir.commands.handling.CommandContext;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.ActionItem;
import dev.aiir.commands.model.EntryKind;
import dev.aiir.commands.model.EntrySource;
import dev.aiir.commands.model.ExportJob;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.model.PublishedPage;
import dev.aiir.commands.model.TimelineEntry;
import dev.aiir.commands.model.TrackedIssue;
import dev.aiir.commands.model.TrackerIssue;
import dev.aiir.commands.model.WikiPage;
import dev.aiir.commands.pir.DraftPir;
import dev.aiir.commands.pir.PirDrafts;
import dev.aiir.commands.port.ExportFailure;
import dev.aiir.commands.port.TenantStore;
import dev.aiir.commands.port.TrackerClient;
import dev.aiir.commands.port.TrackerClient.IssueRef;
import dev.aiir.commands.port.WikiClient;
import dev.aiir.commands.port.WikiClient.PageRef;
import java.util.Optional;

/**
 * Runs one claimed export. Once-only rests on three things: the issue or page is stored on the
 * action item or incident as soon as the target answers, so the next run updates it; a run that
 * knows of none first looks for one by its marker, so an issue or page whose creation's answer was
 * lost (a timeout, a crash) is found and updated, never created twice; and only the process that
 * claimed the job runs it.
 */
final class ExportRunner {
  private final Core core;
  private final PirDrafts drafts;

  ExportRunner(Core core) {
    this.core = core;
    this.drafts = new PirDrafts(core);
  }

  Exported run(ExportJob job) {
    return job.isPir() ? publish(job) : export(job);
  }

  private record ItemRecord(Incident incident, ActionItem item, Optional<TrackedIssue> known) {}

  private Exported export(ExportJob job) {
    TrackerClient client =
        core.exports()
            .clients()
            .tracker(job.target())
            .orElseThrow(() -> notConfigured(job.target()));
    Optional<ItemRecord> read = core.store().inTransaction(job.tenant(), tx -> readItem(tx, job));
    if (read.isEmpty()) {
      return Exported.gone(job);
    }
    ItemRecord record = read.get();
    TrackerIssue issue =
        TrackerIssues.of(record.incident(), record.item(), channelLink(record.incident()));
    Exported.Change change = Exported.Change.UPDATED;
    IssueRef ref = null;
    if (record.known().isPresent()) {
      ref = updateKnown(client, record.known().get().key(), issue);
    }
    if (ref == null) {
      Optional<IssueRef> found = client.find(issue);
      change = found.isPresent() ? Exported.Change.FOUND : Exported.Change.CREATED;
      ref = found.isPresent() ? client.update(found.get().key(), issue) : client.create(issue);
    }
    IssueRef saved = ref;
    Exported.Change how = change;
    core.store()
        .inTransaction(
            job.tenant(),
            tx -> {
              TrackedIssue issueRow =
                  record
                      .known()
                      .filter(k -> k.key().equals(saved.key()))
                      .map(
                          k ->
                              new TrackedIssue(
                                  k.item(),
                                  k.target(),
                                  k.key(),
                                  saved.url(),
                                  k.closed(),
                                  k.changedBy(),
                                  k.changedAt()))
                      .orElse(
                          new TrackedIssue(
                              record.item().number(),
                              job.target(),
                              saved.key(),
                              saved.url(),
                              false,
                              null,
                              core.now()));
              tx.exports().saveIssue(record.incident().id(), issueRow);
              if (how != Exported.Change.UPDATED) {
                record(
                    tx,
                    job,
                    ExportMessages.exportedEntry(
                        record.item(), job.target(), saved.key(), saved.url()));
              }
              return null;
            });
    return new Exported(job, ref.key(), ref.url(), change);
  }

  /** The known issue updated; null when the tracker no longer has it (deleted), to look again. */
  private static IssueRef updateKnown(TrackerClient client, String key, TrackerIssue issue) {
    try {
      return client.update(key, issue);
    } catch (ExportFailure failure) {
      if (failure.kind() == ExportFailure.Kind.NOT_FOUND) {
        return null;
      }
      throw failure;
    }
  }

  private Optional<ItemRecord> readItem(TenantStore tx, ExportJob job) {
    return tx.incidents()
        .find(job.incident())
        .flatMap(
            incident ->
                tx.actions().of(incident.id()).stream()
                    .filter(item -> item.number() == job.item())
                    .findFirst()
                    .map(
                        item ->
                            new ItemRecord(
                                incident,
                                item,
                                tx.exports().issues(incident.id()).stream()
                                    .filter(i -> i.item() == item.number())
                                    .filter(i -> i.target() == job.target())
                                    .findFirst())));
  }

  private Exported publish(ExportJob job) {
    WikiClient client =
        core.exports().clients().wiki(job.target()).orElseThrow(() -> notConfigured(job.target()));
    CommandContext context = new CommandContext(job.tenant(), job.requestedBy(), "export", false);
    PirDrafts.Outcome outcome = drafts.prepare(new DraftPir(Optional.of(job.incident())), context);
    if (outcome.refusal().isPresent()) {
      return Exported.gone(job);
    }
    Incident incident = outcome.prepared().incident();
    WikiPage page = PirPages.of(outcome.prepared(), channelLink(incident), core.now());
    Optional<PublishedPage> known =
        core.store()
            .inTransaction(
                job.tenant(),
                tx ->
                    tx.exports().pages(incident.id()).stream()
                        .filter(p -> p.target() == job.target())
                        .findFirst());
    Exported.Change change = Exported.Change.UPDATED;
    PageRef ref = null;
    if (known.isPresent()) {
      PublishedPage k = known.get();
      ref = updateKnown(client, new PageRef(k.pageId(), k.version(), k.url()), page);
    }
    if (ref == null) {
      Optional<PageRef> found = client.find(page);
      change = found.isPresent() ? Exported.Change.FOUND : Exported.Change.CREATED;
      ref = found.isPresent() ? client.update(found.get(), page) : client.create(page);
    }
    PageRef saved = ref;
    boolean again = change == Exported.Change.UPDATED;
    core.store()
        .inTransaction(
            job.tenant(),
            tx -> {
              tx.exports()
                  .savePage(
                      incident.id(),
                      new PublishedPage(
                          job.target(), saved.id(), saved.version(), saved.url(), core.now()));
              record(tx, job, ExportMessages.publishedEntry(job.target(), saved.url(), again));
              return null;
            });
    return new Exported(job, ref.id(), ref.url(), change);
  }

  private static PageRef updateKnown(WikiClient client, PageRef known, WikiPage page) {
    try {
      return client.update(known, page);
    } catch (ExportFailure failure) {
      if (failure.kind() == ExportFailure.Kind.NOT_FOUND) {
        return null;
      }
      throw failure;
    }
  }

  private void record(TenantStore tx, ExportJob job, String text) {
    tx.timeline()
        .append(
            job.incident(),
            new TimelineEntry(
                0,
                core.now(),
                core.now(),
                job.requestedBy(),
                job.automatic() ? EntrySource.SYSTEM : EntrySource.COMMAND,
                job.isPir() ? EntryKind.PIR : EntryKind.ACTION,
                text,
                null));
  }

  private Optional<String> channelLink(Incident incident) {
    if (incident.channelId() == null) {
      return Optional.empty();
    }
    return core.chat()
        .forPlatform(incident.tenant().platform())
        .flatMap(chat -> chat.channelLink(incident.tenant(), incident.channelId()));
  }

  static ExportFailure notConfigured(ExportTarget target) {
    return new ExportFailure(
        ExportFailure.Kind.NOT_CONFIGURED,
        target.label() + " (" + target.key() + ") is not set up in this bot's configuration.");
  }
}
