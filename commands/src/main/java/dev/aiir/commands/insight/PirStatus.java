package dev.aiir.commands.insight;

import java.util.List;

/**
 * The reviews of a report's resolved incidents: completed ({@code pir done}), due (the deadline
 * ahead), overdue (the deadline passed without {@code pir done}). Incidents still open owe no
 * review yet and are in none of the three.
 *
 * @param overdueIncidents the overdue ones' labels, most overdue first
 */
public record PirStatus(int done, int due, int overdue, List<String> overdueIncidents) {
  public PirStatus {
    overdueIncidents = List.copyOf(overdueIncidents);
  }
}
