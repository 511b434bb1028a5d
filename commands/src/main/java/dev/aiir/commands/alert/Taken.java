package dev.aiir.commands.alert;

import dev.aiir.commands.alert.IntakeReport.Outcome;
import dev.aiir.commands.alert.IntakeReport.Result;
import dev.aiir.commands.model.Incident;
import java.util.Optional;

/**
 * What one alert came to inside its transaction, and the incident it declared, for the work that
 * follows the commit (its channel).
 */
record Taken(Result result, Optional<Incident> declared) {
  static Taken of(String key, Outcome outcome, Optional<Incident> incident) {
    return new Taken(new Result(key, outcome, incident.map(Incident::id)), Optional.empty());
  }
}
