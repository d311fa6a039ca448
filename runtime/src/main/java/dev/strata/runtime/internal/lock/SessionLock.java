package dev.strata.runtime.internal.lock;

import java.sql.SQLException;
import java.util.function.Supplier;

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

  /**
   * A new {@link LockQueue} for one migration's tries, where the run's statements wait a bounded
   * time for the locks they need while this lock is held; null where they wait as the database lets
   * them.
   */
  default LockQueue queue() {
    return null;
  }

  /**
   * Runs {@code work}, the undo of a failed migration, with the lock waits that the user's session
   * settings allow, not the bound of a {@link #queue}: an undo that gave up would leave the
   * migration half applied.
   */
  default <T> T waitingAsConfigured(Supplier<T> work) {
    return work.get();
  }

  @Override
  void close() throws SQLException;
}
