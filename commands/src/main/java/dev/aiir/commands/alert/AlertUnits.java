package dev.aiir.commands.alert;

import dev.aiir.commands.model.Alert;
import dev.aiir.commands.model.AlertRoute;
import dev.aiir.commands.model.AlertRouting;
import dev.aiir.commands.model.AlertStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Splits a notification into the units that each stand for one incident: an alert on its route, or
 * on a route that groups, all the notification's alerts of one group merged into one.
 */
final class AlertUnits {
  private AlertUnits() {}

  /**
   * What one incident (or offer) is about: the alert, or a group's alerts merged.
   *
   * @param route empty when no route matched
   */
  record Unit(Optional<AlertRoute> route, String key, Alert alert) {}

  static List<Unit> of(AlertBatch batch, AlertRouting routing) {
    Map<String, List<Alert>> grouped = new LinkedHashMap<>();
    Map<String, AlertRoute> routes = new HashMap<>();
    List<Unit> units = new ArrayList<>();
    for (Alert alert : batch.alerts()) {
      Optional<AlertRoute> route = routing.route(alert.labels());
      if (route.isEmpty()) {
        units.add(new Unit(route, key(alert), alert));
      } else if (route.get().group() && batch.groupKey() != null) {
        String key = alert.source().key() + ":group:" + batch.groupKey();
        String id = route.get().name() + "\n" + key;
        grouped.computeIfAbsent(id, k -> new ArrayList<>()).add(alert);
        routes.put(id, route.get());
      } else {
        units.add(new Unit(route, key(alert), alert));
      }
    }
    grouped.forEach(
        (id, alerts) -> {
          String key = id.substring(id.indexOf('\n') + 1);
          units.add(new Unit(Optional.of(routes.get(id)), key, merged(batch.groupKey(), alerts)));
        });
    return units;
  }

  private static String key(Alert alert) {
    return alert.source().key() + ":" + alert.fingerprint();
  }

  /**
   * A group as one alert: firing while any of its alerts fires, from the earliest start; the labels
   * and annotations all its alerts share; named by their shared summary or alert name.
   */
  static Alert merged(String groupKey, List<Alert> alerts) {
    Alert first = alerts.get(0);
    if (alerts.size() == 1) {
      return new Alert(
          first.source(),
          groupKey,
          first.status(),
          first.title(),
          first.labels(),
          first.annotations(),
          first.startsAt(),
          first.endsAt(),
          first.generatorUrl(),
          first.links());
    }
    List<Alert> firing = alerts.stream().filter(a -> a.status() == AlertStatus.FIRING).toList();
    AlertStatus status = firing.isEmpty() ? AlertStatus.RESOLVED : AlertStatus.FIRING;
    Instant startsAt =
        (firing.isEmpty() ? alerts : firing)
            .stream().map(Alert::startsAt).min(Comparator.naturalOrder()).orElseThrow();
    Instant endsAt =
        firing.isEmpty()
            ? alerts.stream()
                .map(Alert::endsAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null)
            : null;
    Map<String, String> labels = common(alerts.stream().map(Alert::labels).toList());
    Map<String, String> annotations = common(alerts.stream().map(Alert::annotations).toList());
    String title =
        Optional.ofNullable(annotations.get("summary"))
            .or(() -> Optional.ofNullable(labels.get("alertname")))
            .map(name -> name + " (" + alerts.size() + " alerts)")
            .orElse(first.title());
    return new Alert(
        first.source(),
        groupKey,
        status,
        title,
        labels,
        annotations,
        startsAt,
        endsAt,
        first.generatorUrl(),
        first.links());
  }

  /** The entries every map has, with the same value. */
  private static Map<String, String> common(List<Map<String, String>> maps) {
    Map<String, String> shared = new LinkedHashMap<>(maps.get(0));
    for (Map<String, String> map : maps.subList(1, maps.size())) {
      shared.entrySet().removeIf(e -> !e.getValue().equals(map.get(e.getKey())));
    }
    return shared;
  }
}
