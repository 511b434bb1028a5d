package dev.aiir.bot.trackers;

/**
 * A target's check without writing anything: whether it answers, whether the credential is
 * accepted, and whether it may create there ({@code aiir check-config}).
 */
public interface Reachability {
  Check check();

  /** What the check found, in one line. */
  record Check(boolean ok, String detail) {
    static Check ok(String detail) {
      return new Check(true, detail);
    }

    static Check failed(String detail) {
      return new Check(false, detail);
    }
  }
}
