package dev.strata.runtime;

import dev.strata.runtime.internal.Migrator;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Applies and reverts the migrations that Strata's annotation processor generated, recording each
 * one in a history table; the entry point of the runtime.
 *
 * <pre>{@code
 * Strata strata = Strata.configure(dataSource).load();   // finds every MigrationSource
 * strata.upgrade();          // apply all pending, in order
 * strata.downgrade(1);       // revert down to version 1 (0 = nothing applied)
 * System.out.println(strata.status());
 * }</pre>
 *
 * <p>An instance is safe to share between threads: upgrades and downgrades through it run one at a
 * time.
 */
public final class Strata {

  private final Migrator migrator;

  Strata(Migrator migrator) {
    this.migrator = migrator;
  }

  /** Starts a configuration that migrates the database behind {@code dataSource}. */
  public static Configuration configure(DataSource dataSource) {
    return Configuration.of(dataSource);
  }

  /**
   * Applies every pending migration: sets in name order, versions ascending, each migration in its
   * own transaction or, where the database commits DDL at once, undone on failure.
   *
   * @return the migrations applied, empty if none was pending
   * @throws StrataException if the history disagrees with the code, or a migration fails
   */
  public synchronized List<MigrationInfo> upgrade() {
    return migrator.upgrade();
  }

  /**
   * Reverts the only loaded migration set down to {@code version}, highest version first.
   *
   * @param version the version to keep, 0 to revert every migration
   * @return the migrations reverted, empty if none was above {@code version}
   * @throws IllegalStateException if several sets are loaded: name one with {@link
   *     #downgrade(String, int)}
   * @throws StrataException if the history disagrees with the code, or a migration fails
   */
  public synchronized List<MigrationInfo> downgrade(int version) {
    List<String> sets = migrator.sets();
    if (sets.size() != 1) {
      throw new IllegalStateException(
          sets.isEmpty()
              ? "No migration set is loaded, so there is nothing to downgrade"
              : "Several migration sets are loaded "
                  + sets
                  + ": call downgrade(String set, int version) to say which one to revert");
    }
    return downgrade(sets.get(0), version);
  }

  /**
   * Reverts migration set {@code set} down to {@code version}, highest version first.
   *
   * @param set the name of a loaded migration set, such as {@code main}
   * @param version the version to keep, 0 to revert every migration of the set
   * @return the migrations reverted, now pending, empty if none was above {@code version}
   * @throws IllegalArgumentException if {@code version} is negative or no such set is loaded
   * @throws StrataException if the history disagrees with the code, or a migration fails
   */
  public synchronized List<MigrationInfo> downgrade(String set, int version) {
    Objects.requireNonNull(set, "set");
    if (version < 0) {
      throw new IllegalArgumentException(
          "Cannot downgrade set " + set + " to version " + version + ": use 0 to revert all");
    }
    return migrator.downgrade(set, version);
  }

  /**
   * Lists every migration of every set, applied, pending, or applied but absent from the code;
   * changes nothing in the database and loads no migration class.
   *
   * @throws StrataException if the history table cannot be read
   */
  public StatusReport status() {
    return migrator.status();
  }
}
