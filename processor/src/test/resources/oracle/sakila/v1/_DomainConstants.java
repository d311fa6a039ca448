// Test input reconstructed here: the JPA mapping of _DomainConstants in the Sakila sample database
// (jinahya/jpa-with-sakila-sample-database): tables, columns and mapping annotations only.
package org.example.sakila;

public final class _DomainConstants {

  static final String PERSISTENCE_UNIT_NAME = "sakilaPU";

  static final int COLUMN_LENGTH_TEXT = 65535;

  static final String COLUMN_NAME_LAST_UPDATE = "last_update";

  static final int MAX_MEDIUMINT_UNSIGNED = 8388607;

  public static final int MAX_SMALLINT_UNSIGNED = 65536;

  static final int MAX_TINYINT_UNSIGNED = 256;

  private _DomainConstants() {
    throw new AssertionError("instantiation is not allowed");
  }
}
