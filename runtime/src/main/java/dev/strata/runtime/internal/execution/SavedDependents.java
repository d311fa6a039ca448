package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.catalog.DependentView;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.history.SavedViewTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The definitions of the undeclared dependents that a run drops, kept so that they survive the
 * process where DDL commits at once: each committed (and on H2 written to disk) before its view is
 * dropped; cleared in the migration's own transaction once the views exist again.
 */
final class SavedDependents {
  private final SavedViewTable table;
  private final Connection connection;
  private final Dialect dialect;

  SavedDependents(SavedViewTable table, Connection connection, Dialect dialect) {
    this.table = table;
    this.connection = connection;
    this.dialect = dialect;
  }

  void save(DependentView view) {
    try {
      table.save(connection, view);
      DurableCommit.commit(connection, dialect);
    } catch (SQLException e) {
      throw new StatementFailure(
          "saving the definition of view " + view.label() + " in " + table.name(), e);
    }
  }

  /**
   * Writes the drops of saved views to disk, so that a process killed later does not find them
   * standing again with their rows saved (H2 writes commits to its file in the background).
   */
  void dropped(String object) {
    try {
      DurableCommit.commit(connection, dialect);
    } catch (SQLException e) {
      throw new StatementFailure("committing the drop of the views that read " + object, e);
    }
  }

  List<DependentView> leftOver() {
    try {
      return table.read(connection);
    } catch (SQLException e) {
      throw new StatementFailure("reading the views saved in " + table.name(), e);
    }
  }

  void clear() {
    try {
      table.clear(connection);
    } catch (SQLException e) {
      throw new StatementFailure("deleting the restored views from " + table.name(), e);
    }
  }
}
