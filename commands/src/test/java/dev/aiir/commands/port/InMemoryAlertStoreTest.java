package dev.aiir.commands.port;

import dev.aiir.commands.testing.InMemoryIncidentStore;

/** The core tests' fake keeps the alert promises of the real stores. */
class InMemoryAlertStoreTest extends AlertStoreContract {
  @Override
  protected IncidentStore newStore() {
    return new InMemoryIncidentStore();
  }
}
