package dev.strata.runtime.internal.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the history table: a migration that was applied to this database or, where DDL commits
 * at once, one whose run began and did not finish.
 *
 * @param runState null for an applied migration; otherwise why the run did not finish
 * @param statementsDone for a run that did not finish, how many of its statements finished
 * @param downgrade the migration's downgrade as a stored {@code OperationLog}, for a build that
 *     lacks the migration; null if it could not be stored or was applied before format 2
 * @param views the views the migration wrote, as {@link ViewRecords} encodes them; null if it was
 *     applied before format 2
 */
public record HistoryRow(
    String set,
    int version,
    String description,
    String checksum,
    String installedBy,
    Instant appliedAt,
    long executionMillis,
    RunState runState,
    Integer statementsDone,
    String downgrade,
    String views) {

  /** A row without the columns of format 2. */
  public HistoryRow(
      String set,
      int version,
      String description,
      String checksum,
      String installedBy,
      Instant appliedAt,
      long executionMillis,
      RunState runState,
      Integer statementsDone) {
    this(
        set,
        version,
        description,
        checksum,
        installedBy,
        appliedAt,
        executionMillis,
        runState,
        statementsDone,
        null,
        null);
  }

  public HistoryRow {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(appliedAt, "appliedAt");
  }

  /** A finished migration. */
  public static HistoryRow applied(
      String set,
      int version,
      String description,
      String checksum,
      String installedBy,
      Instant appliedAt,
      long executionMillis) {
    return new HistoryRow(
        set, version, description, checksum, installedBy, appliedAt, executionMillis, null, null);
  }

  /** This row with what a format 2 table stores beside it. */
  public HistoryRow recording(String downgrade, String views) {
    return new HistoryRow(
        set,
        version,
        description,
        checksum,
        installedBy,
        appliedAt,
        executionMillis,
        runState,
        statementsDone,
        downgrade,
        views);
  }

  /** The {@code success} column. */
  public boolean success() {
    return runState == null;
  }
}
