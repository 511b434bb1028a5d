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
          for (Incident incident : tx.incidents().listOpen()) {
            rows.add(incident);
            rows.addAll(tx.timeline().of(incident.id()));
            rows.addAll(tx.actions().of(incident.id()));
            rows.addAll(tx.recovery().of(incident.id()));
            tx.rollouts().of(incident.id()).ifPresent(rows::add);
            rows.add(tx.gates().overrides(incident.id()));
          }
          rows.addAll(tx.managers().added());
          return new StoreSnapshot(rows);
        });
  }
}
