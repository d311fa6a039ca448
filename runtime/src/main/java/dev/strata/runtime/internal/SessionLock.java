package dev.strata.runtime.internal;

import java.sql.SQLException;

/**
 * A lock held by one database session for a whole migration run, so that processes starting at once
 * apply migrations one after another (PostgreSQL advisory lock, MariaDB {@code GET_LOCK}).
 */
interface SessionLock extends AutoCloseable {

  /** For databases whose dialect takes no lock yet. */
  SessionLock NONE = () -> {};

  @Override
  void close() throws SQLException;
}
