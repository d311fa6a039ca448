package dev.strata.runtime.internal.command;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.StrataException;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.catalog.Catalog;
import dev.strata.runtime.internal.dialect.OperationLog;
import dev.strata.runtime.internal.execution.Session;
import dev.strata.runtime.internal.history.HistoryColumns;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.history.MaterializedViewTable;
import dev.strata.runtime.internal.history.MaterializedViewTable.Entry;
import dev.strata.runtime.internal.plan.StatusAssembler;
import dev.strata.runtime.internal.source.LoadedMigration;
import dev.strata.runtime.internal.source.MigrationLoader;
import dev.strata.runtime.internal.source.MigrationSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Adopts a database whose views already exist: records versions 1 to n of a set as applied, with an
 * execution time of 0, without running them.
 */
final class Baseline {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  private Baseline() {}

  static List<MigrationInfo> run(Session session, MigrationSet set, int version)
      throws SQLException {
    session.lockTransaction();
    List<HistoryRow> rows = set.rowsIn(session.rows());
    if (!rows.isEmpty()) {
      throw new StrataException(refused(set.name(), version, rows.size()));
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    List<MigrationDescriptor> adopted = set.migrations().subList(0, version);
    List<LoadedMigration> loaded = MigrationLoader.load(set, adopted);
    adoptMaterializedViews(session, loaded);
    // their downgrades, stored as an upgrade stores them, so that an older build can revert them
    boolean storeDowngrades = session.history().recordsDowngrades();
    List<MigrationInfo> recorded = new ArrayList<>();
    for (MigrationDescriptor code : adopted) {
      HistoryRow row =
          HistoryRow.applied(
              set.name(),
              code.version(),
              HistoryColumns.description(code.description()),
              code.checksum(),
              session.installedBy(),
              now,
              0);
      if (storeDowngrades) {
        row = row.recording(storedDowngrade(loaded.get(code.version() - 1).migration()), null);
      }
      session.history().insert(session.connection(), row);
      recorded.add(StatusAssembler.applied(code, row));
    }
    LOG.log(
        System.Logger.Level.INFO,
        () -> "Baselined set " + set.name() + " at version " + version + ": nothing was run");
    return List.copyOf(recorded);
  }

  /**
   * Records the materialized views that the adopted versions leave, as their upgrades would have,
   * so that refreshes know them; one the database lacks is left out with a warning, since the
   * record never claims what the database does not have.
   */
  private static void adoptMaterializedViews(Session session, List<LoadedMigration> adopted)
      throws SQLException {
    List<Entry> views = AdoptedMaterializedViews.of(session.dialect(), adopted);
    if (views.isEmpty()) {
      return;
    }
    Catalog catalog = new Catalog(session.connection(), session.dialect());
    MaterializedViewTable registry = MaterializedViewTable.beside(session.history());
    for (Entry view : views) {
      boolean exists =
          session.dialect().materializedViews()
              ? catalog.materializedViewExists(view.name())
              : catalog.tableExists(view.name());
      if (exists) {
        registry.record(session.connection(), view);
      } else {
        LOG.log(
            System.Logger.Level.WARNING,
            () ->
                "Materialized view "
                    + view.name()
                    + " of the adopted versions does not exist, so refreshes leave it out: create"
                    + " it as they do, then baseline again on an emptied history, or let a"
                    + " migration create it");
      }
    }
  }

  /** The downgrade as the history stores it; null for one that cannot be stored or run. */
  private static String storedDowngrade(Migration migration) {
    return migration.irreversibleBecause().isPresent()
        ? null
        : OperationLog.of(migration, Direction.DOWNGRADE).encoded();
  }

  private static String refused(String set, int version, int rows) {
    return "Cannot baseline set "
        + set
        + " at version "
        + version
        + ": the history table already records "
        + rows
        + " migration(s) of that set. A baseline adopts a database that Strata never migrated;"
        + " this one needs upgrade(), downgrade() or repair() instead.";
  }
}
