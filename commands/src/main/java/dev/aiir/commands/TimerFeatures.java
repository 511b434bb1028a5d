package dev.aiir.commands;

import dev.aiir.commands.digest.DailyDigest;
import dev.aiir.commands.gate.MetricGates;
import dev.aiir.commands.handling.Core;
import dev.aiir.commands.handling.TimerFeature;
import dev.aiir.commands.nudge.UpdateNudges;
import dev.aiir.commands.pir.PirReminders;
import dev.aiir.commands.port.TimerKey;
import dev.aiir.commands.rollout.RolloutReminders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The one place where a timer's purpose meets the feature that handles it. */
public final class TimerFeatures {
  private final Map<String, TimerFeature> byName = new LinkedHashMap<>();

  public TimerFeatures(List<TimerFeature> features) {
    for (TimerFeature feature : features) {
      if (byName.putIfAbsent(feature.name(), feature) != null) {
        throw new IllegalArgumentException("two timer features named " + feature.name());
      }
    }
  }

  /** Every feature of the product. */
  public static TimerFeatures standard(Core core) {
    return new TimerFeatures(
        List.of(
            new RolloutReminders(core),
            new MetricGates(core),
            new PirReminders(core),
            new UpdateNudges(core),
            new DailyDigest(core)));
  }

  /** These features and one more (benchmarks and tests add their own). */
  public TimerFeatures with(TimerFeature extra) {
    List<TimerFeature> all = new ArrayList<>(byName.values());
    all.add(extra);
    return new TimerFeatures(all);
  }

  public Optional<TimerFeature> forKey(TimerKey key) {
    return Optional.ofNullable(byName.get(key.feature()));
  }

  public List<TimerFeature> all() {
    return List.copyOf(byName.values());
  }
}
