package dev.strata.runtime.internal.plan;

import dev.strata.runtime.ActiveRun;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.ValidationProblem;
import dev.strata.runtime.ValidationProblem.Kind;
import dev.strata.runtime.internal.Texts;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.source.MigrationSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares one set's history rows with its descriptors and lists every disagreement: runs that did
 * not finish, gaps, versions the code lacks, and checksums that changed.
 */
public final class HistoryVerifier {

  private HistoryVerifier() {}

  /**
   * @param rows the history rows of {@code set}, versions ascending
   * @param dialect renders the statements of a run that did not finish
   */
  public static List<ValidationProblem> problems(
      MigrationSet set, List<HistoryRow> rows, Dialect dialect) {
    return problems(set, rows, dialect, List.of());
  }

  /**
   * @param running the unfinished runs whose holder is alive: in progress, not a problem
   */
  public static List<ValidationProblem> problems(
      MigrationSet set, List<HistoryRow> rows, Dialect dialect, List<ActiveRun> running) {
    List<ValidationProblem> problems = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      HistoryRow row = rows.get(i);
      if (!row.success() && !inProgress(row, running)) {
        String message = FailedRunReport.describe(set, row, dialect);
        problems.add(new ValidationProblem(set.name(), row.version(), Kind.FAILED, message));
      }
      if (row.version() != i + 1) {
        String message = historyGap(set.name(), i + 1, row.version());
        problems.add(new ValidationProblem(set.name(), i + 1, Kind.HISTORY_GAP, message));
        return List.copyOf(problems);
      }
    }
    int newest = set.newestVersion();
    List<ValidationProblem> mismatches = new ArrayList<>();
    for (HistoryRow row : rows.subList(0, Math.min(rows.size(), newest))) {
      MigrationDescriptor code = set.migration(row.version());
      if (!code.checksum().equals(row.checksum())) {
        String message =
            checksumMismatch(
                Texts.label(set.name(), row.version(), code.description()),
                row.version(),
                row.checksum(),
                code.checksum());
        mismatches.add(
            new ValidationProblem(set.name(), row.version(), Kind.CHECKSUM_MISMATCH, message));
      }
    }
    if (rows.size() > newest) {
      List<HistoryRow> missing = rows.subList(newest, rows.size());
      String message =
          mismatches.isEmpty()
              ? missingFromCode(set, newest, missing)
              : anotherHistory(set, newest, missing);
      problems.add(new ValidationProblem(set.name(), newest + 1, Kind.MISSING_FROM_CODE, message));
    }
    problems.addAll(mismatches);
    return List.copyOf(problems);
  }

  private static boolean inProgress(HistoryRow row, List<ActiveRun> running) {
    return running.stream()
        .anyMatch(run -> run.set().equals(row.set()) && run.version() == row.version());
  }

  private static String historyGap(String set, int expected, int found) {
    return "The history of set "
        + set
        + " has version "
        + found
        + " but not version "
        + expected
        + ": the history table was edited by hand. Restore the missing row, or revert the"
        + " versions above it by hand and delete their rows.";
  }

  private static String missingFromCode(MigrationSet set, int newest, List<HistoryRow> missing) {
    String applied = labels(missing);
    String known =
        newest == 0
            ? "no migration of set " + set.name()
            : "versions 1 to " + newest + " of set " + set.name();
    return "The database has "
        + applied
        + " applied, but the code ("
        + set.sourceClass()
        + ") knows "
        + known
        + ": the code is older than the database. Deploy the code that applied them, or revert"
        + " them (downgrade(\""
        + set.name()
        + "\", "
        + newest
        + "), strata downgrade --to "
        + newest
        + "): this build reverts them from the downgrades the history stored when they were"
        + " applied, or start it with Configuration.unknownMigrations(UnknownMigrations.REVERT)"
        + " to do so at every start.";
  }

  /**
   * The code lacks versions the database has and disagrees with some it has: not an older build of
   * the same history, whose downgrades could be trusted, but another history.
   */
  private static String anotherHistory(MigrationSet set, int newest, List<HistoryRow> missing) {
    return "The database has "
        + labels(missing)
        + " applied, and the code ("
        + set.sourceClass()
        + ") knows versions 1 to "
        + newest
        + " of set "
        + set.name()
        + ", not all as they were applied (below): the code's snapshot history is not the history"
        + " this database was migrated with. This happens when the snapshot folder"
        + " (src/main/strata unless -Astrata.snapshots moves it) is deleted or reset, so that the"
        + " build starts its history again, or when the code is another branch's or another"
        + " application's. Restore"
        + " the folder from version control and build again, or deploy the code that migrated this"
        + " database; this build reverts nothing.";
  }

  private static String labels(List<HistoryRow> rows) {
    return rows.stream()
        .map(row -> Texts.label(row.set(), row.version(), row.description()))
        .collect(Collectors.joining(", "));
  }

  private static String checksumMismatch(String label, int version, String applied, String code) {
    return "Migration "
        + label
        + " was applied with checksum "
        + applied
        + ", but the code has checksum "
        + code
        + ": its snapshot changed after it was applied. Restore the snapshot files of version "
        + version
        + " as they were when it was applied, or downgrade the database below version "
        + version
        + " with the code that applied it before changing history. If it runs hand-written"
        + " steps, a raised revision of one of them is such a change: put the old revision back"
        + " and do the new work in a step of a new version.";
  }
}
