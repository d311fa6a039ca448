package dev.strata.runtime;

/**
 * Where one migration stands, comparing the history table of the database with the migrations in
 * the code.
 *
 * <pre>{@code
 * for (MigrationInfo info : strata.status().migrations()) {
 *   if (info.state() == MigrationState.MISSING) {
 *     System.err.println("Deploy newer code: V" + info.version() + " is unknown here");
 *   }
 * }
 * }</pre>
 */
public enum MigrationState {
  /** Applied in the database and present in the code. */
  APPLIED,
  /** Present in the code, not yet applied in the database. */
  PENDING,
  /** Applied in the database but absent from the code: the code is older than the database. */
  MISSING,
  /**
   * Applied in the database with another checksum than the code's: the migration was edited after
   * it was applied. {@link Strata#validate()} refuses it and upgrades do not start until the code
   * is put back as it was applied (a new version makes a change).
   */
  CHANGED,
  /**
   * A run of it began and did not finish (where DDL commits at once: MySQL, MariaDB, H2), and its
   * process died, or it failed and undoing it failed too. Upgrades and downgrades refuse to start
   * until {@link Strata#repair()} dealt with it.
   */
  FAILED,
  /**
   * A run of it began and has not finished, and the session that holds the migration lock is alive:
   * another instance is applying or reverting it now ({@link StatusReport#running()} says who and
   * since when). Nothing to repair: upgrades wait for it. Only where DDL commits at once (MySQL,
   * MariaDB, H2); on PostgreSQL a running migration stays invisible, so PENDING, until it commits.
   */
  RUNNING
}
