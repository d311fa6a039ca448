package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.history.ViewRecords;

/**
 * What a format 2 history stores with an applied migration: its downgrade as an operation log, so
 * that a build without the migration can revert it, and the views it wrote as the database reports
 * them right after, so that drift is told from what the database said then and never from Strata's
 * own SQL. {@link UpgradeRecorder} makes it.
 *
 * @param downgrade the stored downgrade, or null where it runs a Java step or cannot be reverted
 * @param views the {@link ViewRecords} of the views the upgrade wrote or removed
 */
record Recording(String downgrade, String views) {

  static final Recording NONE = new Recording(null, null);
}
