package dev.aiir.commands.port;

import dev.aiir.commands.testing.InMemoryIncidentStore;

/** The core tests' fake keeps the same promises about rollout gates. */
class InMemoryGateTableTest extends GateTableContract {
  @Override
  protected IncidentStore newStore() {
    return new InMemoryIncidentStore();
  }
}
