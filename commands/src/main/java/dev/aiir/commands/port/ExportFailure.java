package dev.aiir.commands.port;

import java.time.Duration;
import java.util.Optional;

/**
 * A tracker or wiki refused or could not take an export. The message is for people: what the target
 * said and what to do, never a credential.
 */
public class ExportFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why it failed, which decides whether trying again can help. */
  public enum Kind {
    /** Not reachable: connection refused, timed out, DNS. */
    UNREACHABLE(true),
    /** 401: the credential is wrong or expired. */
    UNAUTHORIZED(false),
    /** 403: the credential may not do this. */
    FORBIDDEN(false),
    /** 404: no such project, repository, space or page, or not visible to the credential. */
    NOT_FOUND(false),
    /** 429 or a rate limit: wait for {@link #retryAfter()}. */
    RATE_LIMITED(true),
    /** 400 or 422: the target refused what was sent (a field its project requires, ...). */
    REJECTED(false),
    /** 5xx: the target failed. */
    TARGET_ERROR(true),
    /** The configuration names no such target. */
    NOT_CONFIGURED(false);

    private final boolean transientFault;

    Kind(boolean transientFault) {
      this.transientFault = transientFault;
    }

    /** Whether the same request may succeed later without anyone changing anything. */
    public boolean isTransient() {
      return transientFault;
    }
  }

  private final Kind kind;
  private final transient Duration retryAfter;

  public ExportFailure(Kind kind, String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  public ExportFailure(Kind kind, String message) {
    this(kind, message, null, null);
  }

  public Kind kind() {
    return kind;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
