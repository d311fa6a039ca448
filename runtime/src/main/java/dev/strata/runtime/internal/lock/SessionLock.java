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

  /**
   * Null while this session still holds the lock, else the lock as messages name it: asked after
   * each hand-written step, whose SQL on the same session could have released it.
   */
  default String notHeld() throws SQLException {
    return null;
  }

  @Override
  void close() throws SQLException;
}
