package dev.aiir.bot.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Recall and precision of the key events found in a set of conversations, per kind and overall,
 * with every miss and extra kept for the printed table.
 */
final class EventScore {
  private final Map<String, int[]> byKind = new TreeMap<>();
  private final List<String> misses = new ArrayList<>();

  /** One conversation's expected and found pairs, each "message-id kind". */
  void add(String conversation, Set<String> want, Set<String> got) {
    for (String pair : want) {
      int[] c = counts(kindOf(pair));
      if (got.contains(pair)) {
        c[0]++;
      } else {
        c[1]++;
        misses.add("missed " + conversation + " " + pair);
      }
    }
    for (String pair : got) {
      if (!want.contains(pair)) {
        counts(kindOf(pair))[2]++;
        misses.add("extra  " + conversation + " " + pair);
      }
    }
  }

  private int[] counts(String kind) {
    return byKind.computeIfAbsent(kind, k -> new int[3]);
  }

  private static String kindOf(String pair) {
    return pair.substring(pair.indexOf(' ') + 1);
  }

  double recall() {
    int tp = total(0);
    return tp / (double) Math.max(1, tp + total(1));
  }

  double precision() {
    int tp = total(0);
    return tp / (double) Math.max(1, tp + total(2));
  }

  private int total(int column) {
    return byKind.values().stream().mapToInt(c -> c[column]).sum();
  }

  List<String> misses() {
    return List.copyOf(misses);
  }

  String table(String title) {
    StringBuilder out = new StringBuilder(title).append('\n');
    out.append(String.format(Locale.ROOT, "%-16s %8s %10s%n", "kind", "recall", "precision"));
    byKind.forEach(
        (kind, c) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "%-16s %8.3f %10.3f   (%d found, %d missed, %d extra)%n",
                    kind,
                    c[0] / (double) Math.max(1, c[0] + c[1]),
                    c[0] / (double) Math.max(1, c[0] + c[2]),
                    c[0],
                    c[1],
                    c[2])));
    out.append(String.format(Locale.ROOT, "%-16s %8.3f %10.3f%n", "all", recall(), precision()));
    return out.toString();
  }
}
