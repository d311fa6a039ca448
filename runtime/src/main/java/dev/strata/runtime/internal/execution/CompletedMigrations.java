package dev.strata.runtime.internal.execution;

import dev.strata.runtime.MigrationInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The migrations one call of the API applied or reverted so far, in order, told by the run itself
 * rather than read from the history: another process may migrate the same database meanwhile, and
 * what it did is not this call's to report.
 */
public final class CompletedMigrations {

  private final List<MigrationInfo> migrations = new ArrayList<>();

  /** Adds {@code migration}, applied or reverted, and so to stay whatever fails after it. */
  void add(MigrationInfo migration) {
    migrations.add(migration);
  }

  /** The migrations completed, in the order the run completed them. */
  public List<MigrationInfo> list() {
    return List.copyOf(migrations);
  }
}
