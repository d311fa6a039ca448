package dev.strata.runtime.internal;

import java.sql.SQLException;

/**
 * A lock held by one database session for a whole migration run, so that processes starting at once
 * apply migrations one after another; the database releases it when the session dies, so a killed
 * process never leaves it behind.
 */
interface SessionLock extends AutoCloseable {

  /** For databases whose dialect takes no lock (the generic one). */
  SessionLock NONE = () -> {};

  @Override
  void close() throws SQLException;
}
