package dev.aiir.commands.export;

import dev.aiir.commands.handling.Core;
import dev.aiir.commands.model.Backoff;
import dev.aiir.commands.model.ExportJob;
import dev.aiir.commands.model.ExportTarget;
import dev.aiir.commands.port.ExportFailure;
import dev.aiir.commands.port.ExportQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the exports a person asked for while they wait: each job was queued in the command's
 * transaction, held back from the background for {@link #HOLD}, and is claimed here. A refusal
 * (401, 403, 404, 422) gives the job up and says why; a target that cannot take it now (down, 429,
 * 5xx) leaves it to the background's retries. So nothing is lost if this process dies midway: the
 * hold runs out and the background takes over.
 */
final class ExportRequests {
  private static final Logger LOG = LoggerFactory.getLogger(ExportRequests.class);
  static final Duration HOLD = Duration.ofMinutes(2);
  private final Core core;
  private final ExportRunner runner;

  ExportRequests(Core core) {
    this.core = core;
    this.runner = new ExportRunner(core);
  }

  /** What became of the jobs, in order; {@code problems} say what failed and what follows. */
  record Results(List<Exported> done, List<Long> busy, List<String> problems) {}

  Instant holdUntil() {
    return core.exports().realClock().instant().plus(HOLD);
  }

  Results run(List<Long> jobs, ExportTarget target, String again) {
    ExportQueue queue = core.exports().queue();
    List<Exported> done = new ArrayList<>();
    List<Long> busy = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < jobs.size(); i++) {
      Optional<ExportJob> job = queue.claim(jobs.get(i), now());
      if (job.isEmpty()) {
        busy.add(jobs.get(i));
        continue;
      }
      try {
        Exported exported = runner.run(job.get());
        queue.done(job.get().id(), now(), exported.outcome());
        done.add(exported);
      } catch (ExportFailure failure) {
        if (failure.kind().isTransient()) {
          Duration wait = wait(job.get(), failure);
          queue.retryLater(job.get().id(), now().plus(wait), failure.getMessage());
          release(jobs.subList(i + 1, jobs.size()), wait);
          problems.add(ExportMessages.willRetry(target, failure, wait));
          return new Results(done, busy, problems);
        }
        queue.abandon(job.get().id(), now(), failure.getMessage());
        if (failure.kind() != ExportFailure.Kind.REJECTED) {
          jobs.subList(i + 1, jobs.size()).forEach(id -> abandonIfFree(id, failure));
          problems.add(ExportMessages.refused(target, failure, again));
          return new Results(done, busy, problems);
        }
        // 400 or 422: this one item was refused (a field its project requires); the rest may pass.
        LOG.info("export job {} to {} refused: {}", job.get().id(), target, failure.getMessage());
        problems.add(ExportMessages.rejected(target, job.get(), failure));
      } catch (RuntimeException e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("export job {} to {} failed (ref {})", job.get().id(), target, reference, e);
        ExportFailure failure =
            new ExportFailure(
                ExportFailure.Kind.TARGET_ERROR,
                "something went wrong on our side (ref " + reference + ").");
        Duration wait = wait(job.get(), failure);
        queue.retryLater(job.get().id(), now().plus(wait), failure.getMessage());
        release(jobs.subList(i + 1, jobs.size()), wait);
        problems.add(ExportMessages.willRetry(target, failure, wait));
        return new Results(done, busy, problems);
      }
    }
    return new Results(done, busy, problems);
  }

  /** The jobs not tried: left to the background, due with the one that failed. */
  private void release(List<Long> rest, Duration wait) {
    ExportQueue queue = core.exports().queue();
    for (Long id : rest) {
      queue
          .claim(id, now())
          .ifPresent(job -> queue.retryLater(id, now().plus(wait), "not tried: the target failed"));
    }
  }

  private void abandonIfFree(long id, ExportFailure failure) {
    ExportQueue queue = core.exports().queue();
    queue.claim(id, now()).ifPresent(job -> queue.abandon(id, now(), failure.getMessage()));
  }

  private static Duration wait(ExportJob job, ExportFailure failure) {
    Duration planned = Backoff.standard().after(job.attempts() + 1);
    return failure.retryAfter().filter(asked -> asked.compareTo(planned) > 0).orElse(planned);
  }

  private Instant now() {
    return core.exports().realClock().instant();
  }
}
