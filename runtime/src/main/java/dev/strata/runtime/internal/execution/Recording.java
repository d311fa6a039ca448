package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.history.ViewRecords;
import dev.strata.runtime.internal.history.ViewRecordsSql;

/**
 * What a format 2 history stores with an applied migration: its downgrade as an operation log, so
 * that a build without the migration can revert it, and the views it wrote as the database reports
 * them right after, so that drift is told from what the database said then and never from Strata's
 * own SQL. {@link UpgradeRecorder} makes it.
 *
 * @param downgrade the stored downgrade, or null where it runs a Java step or cannot be reverted
 * @param views the {@link ViewRecords} of the views the upgrade wrote or removed; null where {@code
 *     viewsInOutcome} gives them
 * @param viewsInOutcome the same records as SQL that the statement recording the outcome evaluates,
 *     reading the definitions itself; null where {@code views} gives them
 */
record Recording(String downgrade, String views, ViewRecordsSql viewsInOutcome) {

  static final Recording NONE = new Recording(null, null);

  Recording(String downgrade, String views) {
    this(downgrade, views, null);
  }

  /** With the views for the statement that records the outcome to read and store itself. */
  static Recording readInOutcome(String downgrade, ViewRecordsSql views) {
    return new Recording(downgrade, null, views);
  }
}
