package dev.aiir.bot.metrics;

import dev.aiir.commands.port.CommandOutcomes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The replica's Prometheus metrics (Micrometer): commands by outcome, how long platforms waited for
 * an acknowledgement, and what the timers and deliveries report. Each replica counts its own; the
 * scraper adds them up.
 */
public final class BotMetrics implements CommandOutcomes {
  /** Prometheus's text format, as {@code GET /metrics} answers. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  // Buckets around the platforms' three-second deadline, which is what an operator watches.
  private static final Duration[] ACK_BUCKETS = {
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(1500),
    Duration.ofSeconds(2),
    Duration.ofSeconds(3)
  };

  // Found once each: every command and every alert counts itself, and a lookup in the registry
  // builds the meter's name and tags anew each time.
  private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();
  private final Map<String, Timer> acknowledgements = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> arrivals = new ConcurrentHashMap<>();
  private final AtomicLong alertNotificationsInFlight = new AtomicLong();
  private final CompletableFuture<Void> firstAcknowledgement = new CompletableFuture<>();
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  /** Counts {@code aiir_commands_total} by command and outcome. */
  @Override
  public void ended(String command, Outcome outcome) {
    counter(
            "aiir.commands",
            "Commands handled, by subcommand and outcome",
            "command",
            command,
            "outcome",
            outcome.name().toLowerCase(Locale.ROOT))
        .increment();
  }

  /**
   * Records {@code aiir_acknowledgement_seconds}: from a platform's request arriving to the bot's
   * acknowledgement (the answer itself, or "working on it") leaving.
   */
  public void acknowledged(String platform, Duration took) {
    acknowledgement(platform).record(took);
    firstAcknowledgement.complete(null);
  }

  /** Completes once a command has been acknowledged, on any platform. */
  public CompletableFuture<Void> firstAcknowledgement() {
    return firstAcknowledgement.copy();
  }

  private Timer acknowledgement(String platform) {
    return acknowledgements.computeIfAbsent(
        platform,
        name ->
            Timer.builder("aiir.acknowledgement")
                .description("Time from a command's arrival to its acknowledgement")
                .tag("platform", name)
                .serviceLevelObjectives(ACK_BUCKETS)
                .register(registry));
  }

  /** Since {@code startNanos} ({@link System#nanoTime()}), as {@link #acknowledged}. */
  public void acknowledgedSince(String platform, long startNanos) {
    acknowledged(platform, Duration.ofNanos(System.nanoTime() - startNanos));
  }

  /**
   * Counts {@code aiir_alerts_rejected_total} by source and reason ({@code unauthorized}, {@code
   * not_json}, {@code version}, {@code no_labels}, {@code invalid}, {@code too_large}): a
   * notification answered 401, 400 or 413, of which nothing was kept.
   */
  public void alertRejected(String source, String reason) {
    counter(
            "aiir.alerts.rejected",
            "Alert notifications rejected, by source and reason; nothing was kept",
            "source",
            source,
            "reason",
            reason)
        .increment();
  }

  /**
   * Counts {@code aiir_alerts_received_total} by source and action ({@code declared}, {@code
   * updated}, {@code unchanged}, {@code posted}, {@code ignored}, {@code unrouted}): one per alert,
   * or group, of a notification taken in.
   */
  public void alertTaken(String source, String action) {
    counter(
            "aiir.alerts.received",
            "Alerts taken in, by source and what each came to",
            "source",
            source,
            "action",
            action)
        .increment();
  }

  private Counter counter(
      String name, String description, String tag, String value, String tag2, String value2) {
    return counters.computeIfAbsent(
        List.of(name, tag, value, tag2, value2),
        key ->
            Counter.builder(name)
                .description(description)
                .tag(tag, value)
                .tag(tag2, value2)
                .register(registry));
  }

  /**
   * Counts a command that has arrived on {@code platform} and is not acknowledged yet (see {@link
   * #inFlight}); a platform that counts its arrivals acknowledges each once.
   */
  public void arrived(String platform) {
    arrivals.computeIfAbsent(platform, name -> new AtomicLong()).incrementAndGet();
  }

  /** Commands that have arrived on {@code platform} and are not acknowledged yet. */
  public long inFlight(String platform) {
    AtomicLong arrived = arrivals.get(platform);
    return arrived == null ? 0 : arrived.get() - acknowledgements(platform);
  }

  /** An alert notification has arrived at an endpoint and is being answered. */
  public void alertNotificationArrived() {
    alertNotificationsInFlight.incrementAndGet();
  }

  /** An alert notification counted by {@link #alertNotificationArrived} has been answered. */
  public void alertNotificationAnswered() {
    alertNotificationsInFlight.decrementAndGet();
  }

  /** Alert notifications arrived and not answered yet. */
  public long alertNotificationsInFlight() {
    return alertNotificationsInFlight.get();
  }

  /** How many commands {@code platform} has acknowledged so far. */
  public long acknowledgements(String platform) {
    Timer timer = acknowledgements.get(platform);
    return timer == null ? 0 : timer.count();
  }

  /** A value read at each scrape, such as the number of pending timers. */
  public void gauge(String name, String description, Supplier<Number> value) {
    Gauge.builder(name, value).description(description).register(registry);
  }

  /** A counter that something else keeps, read at each scrape, such as timers fired. */
  public void counted(String name, String description, Supplier<Number> total) {
    FunctionCounter.builder(name, total, supplier -> supplier.get().doubleValue())
        .description(description)
        .register(registry);
  }

  /** Everything in Prometheus's text format. */
  public String scrape() {
    return registry.scrape();
  }
}
