package dev.strata.runtime.internal;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import java.util.List;

/**
 * Describes a history row whose run did not finish: which of the migration's statements finished,
 * which may have been running, and how to recover; the statements are rendered again from the
 * migration's code, which is deterministic.
 */
final class FailedRunReport {

  private FailedRunReport() {}

  static String describe(MigrationSet set, HistoryRow row, Dialect dialect) {
    String label = Messages.label(set.name(), row.version(), row.description());
    return Messages.failedRow(label, row, statements(set, row, dialect));
  }

  /** The statements of the run, or null if they cannot be rendered with this code. */
  static List<String> statements(MigrationSet set, HistoryRow row, Dialect dialect) {
    if (dialect == null || row.version() > set.newestVersion() || row.runState() == null) {
      return null;
    }
    MigrationDescriptor code = set.migration(row.version());
    if (!code.checksum().equals(row.checksum())) {
      return null;
    }
    try {
      Migration migration = set.source().load(row.version());
      if (migration == null || !code.checksum().equals(migration.checksum())) {
        return null;
      }
      return RecordingOperations.render(dialect, migration, row.runState().direction());
    } catch (RuntimeException | LinkageError e) {
      // a report must not fail: without the statements it still says what to do
      return null;
    }
  }
}
