package dev.strata.spring;

/**
 * Strata cannot choose or build the DataSource it migrates through from the {@code strata.*}
 * properties and the DataSource beans it was given; the message names them and the fix.
 */
final class MigrationDataSourceException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  MigrationDataSourceException(String message) {
    super(message);
  }
}
