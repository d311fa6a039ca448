package dev.strata.runtime.internal.plan;

import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.StrataException;
import dev.strata.runtime.ValidationProblem;
import dev.strata.runtime.ValidationProblem.Kind;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.source.MigrationSet;
import dev.strata.runtime.internal.source.StoredMigration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Refuses a history that the code cannot continue, and lists what to apply or to revert for one
 * set.
 */
public final class MigrationPlanner {

  private MigrationPlanner() {}

  /**
   * The migrations to apply, versions ascending.
   *
   * @param rows the history rows of {@code set}, versions ascending
   * @param dialect renders the statements of a run that did not finish, for the error
   */
  public static List<MigrationDescriptor> pending(
      MigrationSet set, List<HistoryRow> rows, Dialect dialect) {
    verify(set, rows, dialect);
    return set.migrations().subList(rows.size(), set.newestVersion());
  }

  /**
   * The migrations to apply to reach {@code target}, versions ascending; none if the set is already
   * at or above it (an upgrade never reverts).
   *
   * @param rows the history rows of {@code set}, versions ascending
   * @param dialect renders the statements of a run that did not finish, for the error
   */
  public static List<MigrationDescriptor> pending(
      MigrationSet set, List<HistoryRow> rows, int target, Dialect dialect) {
    verify(set, rows, dialect);
    return set.migrations().subList(Math.min(rows.size(), target), target);
  }

  /**
   * The migrations to revert to reach {@code target}, versions descending.
   *
   * @param rows the history rows of {@code set}, versions ascending
   * @param dialect renders the statements of a run that did not finish, for the error
   */
  public static List<MigrationDescriptor> toRevert(
      MigrationSet set, List<HistoryRow> rows, int target, Dialect dialect) {
    // versions the code lacks are reverted from the downgrades the history stored
    verify(set, rows, dialect, Kind.MISSING_FROM_CODE);
    List<MigrationDescriptor> revert = new ArrayList<>();
    for (int version = rows.size(); version > target; version--) {
      revert.add(
          version > set.newestVersion()
              ? StoredMigration.descriptor(rows.get(version - 1))
              : set.migration(version));
    }
    return List.copyOf(revert);
  }

  /**
   * Fails unless the rows are versions 1 to k, each successful, each known to the code with the
   * checksum it was applied with.
   */
  private static void verify(
      MigrationSet set, List<HistoryRow> rows, Dialect dialect, Kind... accepted) {
    List<ValidationProblem> problems =
        HistoryVerifier.problems(set, rows, dialect).stream()
            .filter(problem -> !List.of(accepted).contains(problem.kind()))
            .toList();
    if (!problems.isEmpty()) {
      throw new StrataException(
          problems.stream().map(ValidationProblem::message).collect(Collectors.joining("\n\n")));
    }
  }
}
