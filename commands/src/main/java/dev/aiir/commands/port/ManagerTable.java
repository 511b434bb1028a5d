package dev.aiir.commands.port;

import dev.aiir.commands.model.Recipient;
import java.util.List;

/** The managers a tenant added from chat ({@code /incident managers add}). */
public interface ManagerTable {
  /**
   * The managers added from chat, channels first, each kind by id; the configuration file's are not
   * here.
   */
  List<Recipient> added();

  /** Adds a manager; false when already added. */
  boolean add(Recipient manager);

  /** Removes a manager added from chat; false when it was not added. */
  boolean remove(Recipient manager);
}
