package dev.strata.runtime.internal.lock;

import java.sql.SQLException;

/**
 * A lock held by one database session for a whole migration run, so that processes starting at once
 * apply migrations one after another; the database releases it when the session dies, so a killed
 * process never leaves it behind.
 */
public interface SessionLock extends AutoCloseable {

  /** For runs that only read, and for databases without a lock (the generic dialect's). */
  SessionLock NONE = () -> {};

  @Override
  void close() throws SQLException;
}
