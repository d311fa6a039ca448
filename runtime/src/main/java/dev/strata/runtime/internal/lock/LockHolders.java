package dev.strata.runtime.internal.lock;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What a database says about the sessions that may hold the lock a migration gave up waiting for,
 * and how it bounds that wait: for the log and the failure message of a {@link LockQueue}.
 */
interface LockHolders {

  /**
   * The sessions that may be in the way, as a sentence that says how to end one; read in a
   * transaction that the caller ends.
   */
  String describe(Connection connection) throws SQLException;

  /** The setting that bounds each try's wait, as the failure message names it. */
  String bound();
}
