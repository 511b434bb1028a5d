package dev.aiir.commands.port;

import dev.aiir.commands.chat.Tenant;
import dev.aiir.commands.model.IncidentId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The store read for reports and the read-only page: aggregate queries outside any command's
 * transaction, which take no lock a command waits for and change nothing. A report spans tenants
 * only when its filter names none (the operator's report and page); chat always names its own.
 */
public interface InsightQueries {

  /**
   * Hands {@code each} one row per incident the filter admits, by detection time then tenant and
   * id, as the rows are read: the timelines are aggregated by the database, never loaded.
   */
  void incidents(ReportFilter filter, Consumer<IncidentFacts> each);

  /** The action items not yet done of the incidents the filter admits, counted. */
  List<OpenActions> openActions(ReportFilter filter);

  /** One incident's record as it stands; empty when the tenant has no such incident. */
  Optional<IncidentFile> incident(Tenant tenant, IncidentId id);
}
