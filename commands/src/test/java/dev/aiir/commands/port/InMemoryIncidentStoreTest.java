package dev.aiir.commands.port;

import dev.aiir.commands.testing.InMemoryIncidentStore;

/** The core tests' fake keeps the same promises as the real stores. */
class InMemoryIncidentStoreTest extends IncidentStoreContract {
  @Override
  protected IncidentStore newStore() {
    return new InMemoryIncidentStore();
  }
}
