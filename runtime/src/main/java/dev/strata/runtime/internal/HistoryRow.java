package dev.strata.runtime.internal;

import java.time.Instant;
import java.util.Objects;

/** One row of the history table: a migration that was applied to this database. */
record HistoryRow(
    String set,
    int version,
    String description,
    String checksum,
    String installedBy,
    Instant appliedAt,
    long executionMillis,
    boolean success) {

  HistoryRow {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(appliedAt, "appliedAt");
  }
}
