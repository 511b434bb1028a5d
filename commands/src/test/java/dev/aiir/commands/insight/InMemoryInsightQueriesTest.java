package dev.aiir.commands.insight;

import dev.aiir.commands.port.IncidentStore;
import dev.aiir.commands.testing.InMemoryIncidentStore;

/** The core tests' fake keeps the same promises as the real stores. */
class InMemoryInsightQueriesTest extends InsightQueriesContract {
  @Override
  protected IncidentStore newStore() {
    return new InMemoryIncidentStore();
  }
}
