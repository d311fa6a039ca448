package dev.strata.runtime;

/**
 * What {@link Strata#upgrade()} does with migrations that the database has applied and the code
 * lacks, as after a rollback of the application to an older build.
 *
 * <pre>{@code
 * Strata.configure(dataSource).unknownMigrations(UnknownMigrations.REVERT).load().upgrade();
 * }</pre>
 */
public enum UnknownMigrations {
  /** Refuse to start, naming them: the default, since reverting may drop data. */
  REFUSE,
  /**
   * Revert them first, newest first, from the downgrades the history stored when they were applied
   * (history format 2), warning of the data each drops; refused, with nothing reverted, if one of
   * them has no stored downgrade.
   */
  REVERT,
  /**
   * As {@link #REVERT}, unless one of them drops a table or a column with its data, as read under
   * the migration lock: then nothing is reverted or applied, and {@link DataLossException} names
   * them. What {@code strata upgrade --revert-unknown} does without {@code --allow-data-loss}.
   */
  REVERT_KEEPING_DATA
}
