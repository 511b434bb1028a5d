package dev.aiir.commands.port;

import dev.aiir.commands.testing.InMemoryIncidentStore;

/** The core tests' fake keeps the same promises about rollouts and the outbox. */
class InMemoryRolloutAndOutboxTest extends RolloutAndOutboxContract {
  private InMemoryIncidentStore store;

  @Override
  protected IncidentStore newStore() {
    store = new InMemoryIncidentStore();
    return store;
  }

  @Override
  protected DeliveryQueue queue() {
    return store;
  }
}
