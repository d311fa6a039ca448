package dev.strata.runtime.internal.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the history table: a migration that was applied to this database or, where DDL commits
 * at once, one whose run began and did not finish.
 *
 * @param runState null for an applied migration; otherwise why the run did not finish
 * @param statementsDone for a run that did not finish, how many of its statements finished
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
    Integer statementsDone) {

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

  /** The {@code success} column. */
  public boolean success() {
    return runState == null;
  }
}
