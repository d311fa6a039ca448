package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.StrataException;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares one set's history rows with its descriptors: refuses a history that the code cannot
 * continue, and lists what to apply or to revert.
 */
final class MigrationPlanner {

  private MigrationPlanner() {}

  /**
   * The migrations to apply, versions ascending.
   *
   * @param rows the history rows of {@code set}, versions ascending
   */
  static List<MigrationDescriptor> pending(MigrationSet set, List<HistoryRow> rows) {
    verify(set, rows);
    return set.migrations().subList(rows.size(), set.newestVersion());
  }

  /**
   * The migrations to revert to reach {@code target}, versions descending.
   *
   * @param rows the history rows of {@code set}, versions ascending
   */
  static List<MigrationDescriptor> toRevert(MigrationSet set, List<HistoryRow> rows, int target) {
    verify(set, rows);
    List<MigrationDescriptor> revert = new ArrayList<>();
    for (int version = rows.size(); version > target; version--) {
      revert.add(set.migration(version));
    }
    return revert;
  }

  /**
   * Fails unless the rows are versions 1 to k, each successful, each known to the code with the
   * checksum it was applied with.
   */
  static void verify(MigrationSet set, List<HistoryRow> rows) {
    for (int i = 0; i < rows.size(); i++) {
      HistoryRow row = rows.get(i);
      String label = Messages.label(set.name(), row.version(), row.description());
      if (!row.success()) {
        throw new StrataException(Messages.failedRow(label, row.version()));
      }
      if (row.version() != i + 1) {
        throw new StrataException(Messages.historyGap(set.name(), i + 1, row.version()));
      }
    }
    if (rows.size() > set.newestVersion()) {
      List<HistoryRow> missing = rows.subList(set.newestVersion(), rows.size());
      throw new StrataException(
          Messages.missingFromCode(set.name(), set.sourceClass(), set.newestVersion(), missing));
    }
    for (HistoryRow row : rows) {
      MigrationDescriptor code = set.migration(row.version());
      if (!code.checksum().equals(row.checksum())) {
        throw new StrataException(
            Messages.checksumMismatch(
                Messages.label(set.name(), row.version(), code.description()),
                row.version(),
                row.checksum(),
                code.checksum()));
      }
    }
  }
}
