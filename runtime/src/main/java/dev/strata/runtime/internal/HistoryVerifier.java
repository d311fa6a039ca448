package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.ValidationProblem;
import dev.strata.runtime.ValidationProblem.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares one set's history rows with its descriptors and lists every disagreement: runs that did
 * not finish, gaps, versions the code lacks, and checksums that changed.
 */
final class HistoryVerifier {

  private HistoryVerifier() {}

  /**
   * @param rows the history rows of {@code set}, versions ascending
   * @param dialect renders the statements of a run that did not finish; null to leave them out
   */
  static List<ValidationProblem> problems(
      MigrationSet set, List<HistoryRow> rows, Dialect dialect) {
    List<ValidationProblem> problems = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      HistoryRow row = rows.get(i);
      if (!row.success()) {
        String message = FailedRunReport.describe(set, row, dialect);
        problems.add(new ValidationProblem(set.name(), row.version(), Kind.FAILED, message));
      }
      if (row.version() != i + 1) {
        String message = Messages.historyGap(set.name(), i + 1, row.version());
        problems.add(new ValidationProblem(set.name(), i + 1, Kind.HISTORY_GAP, message));
        return problems;
      }
    }
    int newest = set.newestVersion();
    if (rows.size() > newest) {
      List<HistoryRow> missing = rows.subList(newest, rows.size());
      String message = Messages.missingFromCode(set.name(), set.sourceClass(), newest, missing);
      problems.add(new ValidationProblem(set.name(), newest + 1, Kind.MISSING_FROM_CODE, message));
    }
    for (HistoryRow row : rows.subList(0, Math.min(rows.size(), newest))) {
      MigrationDescriptor code = set.migration(row.version());
      if (!code.checksum().equals(row.checksum())) {
        String message =
            Messages.checksumMismatch(
                Messages.label(set.name(), row.version(), code.description()),
                row.version(),
                row.checksum(),
                code.checksum());
        problems.add(
            new ValidationProblem(set.name(), row.version(), Kind.CHECKSUM_MISMATCH, message));
      }
    }
    return problems;
  }
}
