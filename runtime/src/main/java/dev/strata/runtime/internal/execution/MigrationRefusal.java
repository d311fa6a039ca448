package dev.strata.runtime.internal.execution;

/**
 * Raised by Strata, not by the database nor the migration's code, when a migration asks for
 * something that it must not do to this database, before the statement that would do it: its
 * message says what and what to do instead, and follows "Migration ... failed during ...: ".
 */
final class MigrationRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  MigrationRefusal(String message) {
    super(message);
  }
}
