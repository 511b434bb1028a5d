package dev.aiir.commands.testing;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.Incident;
import dev.aiir.commands.port.IncidentStore;
import java.util.ArrayList;
import java.util.List;

/** Everything a tenant's store holds, as one comparable value: "changed nothing" made testable. */
public record StoreSnapshot(List<Object> rows) {
  public static StoreSnapshot of(IncidentStore store, Tenant tenant) {
    return store.inTransaction(
        tenant,
        tx -> {
          List<Object> rows = new ArrayList<>();
          for (Incident incident : tx.listOpen()) {
            rows.add(incident);
            rows.addAll(tx.timeline(incident.id()));
            rows.addAll(tx.actions(incident.id()));
            rows.addAll(tx.recovery(incident.id()));
            tx.rollout(incident.id()).ifPresent(rows::add);
          }
          rows.addAll(tx.addedManagers());
          return new StoreSnapshot(rows);
        });
  }
}
