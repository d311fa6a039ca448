package dev.strata.test;

/**
 * The walk found the database different from a snapshot, or the user's data lost at a step; the
 * message names the version, the direction and every difference.
 */
public final class MigrationTestFailure extends AssertionError {

  private static final long serialVersionUID = 1L;

  MigrationTestFailure(String message, Throwable cause) {
    super(message, cause);
  }

  MigrationTestFailure(String message) {
    super(message);
  }
}
