package dev.strata.runtime.internal.execution;

/**
 * A migration rolled back (undone, where DDL commits at once) because its statement gave up waiting
 * for a lock, while its {@link dev.strata.runtime.internal.lock.LockQueue} has time for another
 * try: the command pauses, takes the run's lock again, and tries it again if it is still to run.
 */
public final class MigrationQueued extends RuntimeException {

  private static final long serialVersionUID = 1L;

  MigrationQueued(String migration, Throwable cause) {
    super(migration + " waits in the database's lock queue", cause, false, false);
  }
}
