package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.jdbc.SqlErrors;
import dev.strata.runtime.internal.lock.LockQueueExhausted;

/**
 * Failures of a migration's statement that a setting of the database caused, not the migration: a
 * database that takes no writes, a statement timeout, a lock timeout. Fixing the migration, or
 * deleting its snapshot as the general advice says, would not help; the setting, or the session in
 * the way, is what to act on, and the same migration then succeeds.
 */
final class SettingFailures {

  private SettingFailures() {}

  /** What the setting did, to follow the database's message; empty for other failures. */
  static String explanation(Throwable cause) {
    if (SqlErrors.statementTimeout(cause)) {
      return "\nThe statement ran longer than the database lets one run (PostgreSQL's"
          + " statement_timeout, MariaDB's max_statement_time, MySQL's max_execution_time), as set"
          + " for this user, database or server.";
    }
    if (cause instanceof LockQueueExhausted exhausted) {
      return "\nThe statement gave up waiting for a lock that another session holds on what this"
          + " migration changes: a long query, or a transaction left open. "
          + exhausted.explanation();
    }
    if (SqlErrors.lockTimeout(cause)) {
      return "\nThe statement waited longer than the database lets one wait (PostgreSQL's"
          + " lock_timeout, MySQL's and MariaDB's lock_wait_timeout or innodb_lock_wait_timeout)"
          + " for a lock that another session holds: a long query, or a transaction left open, on"
          + " what this migration changes (PostgreSQL's pg_stat_activity and pg_locks, MariaDB's"
          + " SHOW PROCESSLIST show which).";
    }
    return "";
  }

  /** What to do before starting again, in place of fixing the migration; null for others. */
  static String retry(Throwable cause) {
    if (SqlErrors.readOnly(cause)) {
      return "The database accepts no writes (a replica or standby, or read-only by a setting): "
          + SessionFailures.READ_ONLY_ADVICE
          + ", and start again.";
    }
    if (SqlErrors.statementTimeout(cause)) {
      return "The migration needs no change: raise the timeout for the user that migrates (on"
          + " PostgreSQL ALTER ROLE migrator SET statement_timeout = 0; on MariaDB ALTER USER"
          + " migrator WITH MAX_STATEMENT_TIME 0) and start again.";
    }
    if (cause instanceof LockQueueExhausted) {
      return "The migration needs no change: start again once that session has ended (or end it),"
          + " or allow a longer wait with Configuration.lockTimeout(...).";
    }
    if (SqlErrors.lockTimeout(cause)) {
      return "The migration needs no change: start again once that session has ended (or end it),"
          + " or raise the lock timeout for the user that migrates.";
    }
    return null;
  }
}
