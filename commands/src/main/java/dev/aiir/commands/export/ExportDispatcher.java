package dev.aiir.commands.export;

import dev.aiir.commands.chat.Message;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.Backoff;
import dev.aiir.commands.model.ExportJob;
import dev.aiir.commands.model.Notice;
import dev.aiir.commands.model.Recipient;
import dev.aiir.commands.port.ExportFailure;
import dev.aiir.commands.port.ExportQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the exports that are due in the background: those queued at resolution, and those a person
 * asked for that could not run at once. Each is claimed before it runs; a failure is retried with
 * backoff (a target that cannot take it now: 1 s doubling to 5 minutes, or longer when it says
 * Retry-After; a refusal, such as a wrong token: 1 minute doubling to an hour) until it is
 * exported, so none is lost; and the incident's channel is told once, at the first failure of an
 * automatic export. A claim older than {@link #LEASE} is taken again: its process died.
 */
public final class ExportDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(ExportDispatcher.class);
  static final int BATCH = 20;
  public static final Duration LEASE = Duration.ofMinutes(15);
  private static final Backoff REFUSED = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1));
  private final Core core;
  private final ExportRunner runner;
  private final Backoff backoff;

  public ExportDispatcher(Core core, Backoff backoff) {
    this.core = core;
    this.runner = new ExportRunner(core);
    this.backoff = backoff;
  }

  /** Runs every export due now; returns how many were done. */
  public int exportDue() {
    ExportQueue queue = core.exports().queue();
    int done = 0;
    List<ExportJob> batch;
    do {
      Instant now = now();
      batch = queue.claimDue(now, now.minus(LEASE), core.chat().platforms(), BATCH);
      for (ExportJob job : batch) {
        if (run(job)) {
          done++;
        }
      }
    } while (batch.size() == BATCH);
    return done;
  }

  private boolean run(ExportJob job) {
    ExportQueue queue = core.exports().queue();
    try {
      Exported exported = runner.run(job);
      queue.done(job.id(), now(), exported.outcome());
      LOG.info(
          "export {} of {} to {}: {}",
          job.id(),
          job.incident(),
          job.target().key(),
          exported.outcome());
      return true;
    } catch (ExportFailure failure) {
      retryLater(job, failure);
    } catch (RuntimeException e) {
      String reference = UUID.randomUUID().toString().substring(0, 8);
      LOG.error("export {} of {} failed (ref {})", job.id(), job.incident(), reference, e);
      retryLater(
          job,
          new ExportFailure(
              ExportFailure.Kind.TARGET_ERROR,
              "something went wrong on our side (ref " + reference + ")."));
    }
    return false;
  }

  private void retryLater(ExportJob job, ExportFailure failure) {
    int failures = job.attempts() + 1;
    Duration planned = (failure.kind().isTransient() ? backoff : REFUSED).after(failures);
    Duration wait =
        failure.retryAfter().filter(asked -> asked.compareTo(planned) > 0).orElse(planned);
    core.exports().queue().retryLater(job.id(), now().plus(wait), failure.getMessage());
    LOG.warn(
        "export {} of {} to {} failed ({}: {}), failure {}; retrying in {}",
        job.id(),
        job.incident(),
        job.target().key(),
        failure.kind(),
        failure.getMessage(),
        failures,
        wait);
    if (failures == 1 && job.automatic()) {
      tellTheChannel(job, failure, wait);
    }
  }

  /** The first failure of an automatic export is said in the incident's channel, once. */
  private void tellTheChannel(ExportJob job, ExportFailure failure, Duration wait) {
    String what = job.isPir() ? "the PIR" : "action item " + job.item();
    Message message =
        Message.text(
            ExportMessages.automaticFailed(job.incident(), job.target(), what, failure, wait));
    core.store()
        .inTransaction(
            job.tenant(),
            tx -> {
              tx.incidents()
                  .find(job.incident())
                  .ifPresent(
                      incident -> {
                        for (Recipient to : Recipient.of(incident)) {
                          tx.outbox()
                              .enqueue(
                                  "export/" + job.id() + "/failed/" + to,
                                  new Notice(to, message),
                                  core.now());
                        }
                      });
              return null;
            });
  }

  private Instant now() {
    return core.exports().realClock().instant();
  }
}
