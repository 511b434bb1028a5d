package dev.aiir.commands.port;

import dev.aiir.commands.testing.InMemoryIncidentStore;

/** The core tests' fake keeps the export promises of the real stores. */
class InMemoryExportStoreTest extends ExportStoreContract {
  @Override
  protected Stores newStores() {
    InMemoryIncidentStore store = new InMemoryIncidentStore();
    return new Stores(store, store.exportQueue());
  }
}
