package dev.strata.processor.verify;

import java.util.Locale;

/**
 * The database whose SQL the views are written for, and the H2 compatibility mode that runs it most
 * faithfully at compile time ({@code -Astrata.dialect}).
 */
public enum VerificationDialect {
  H2(""),
  POSTGRESQL(";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"),
  MYSQL(";MODE=MySQL;DATABASE_TO_LOWER=TRUE"),
  MARIADB(";MODE=MariaDB;DATABASE_TO_LOWER=TRUE");

  private final String urlSettings;

  VerificationDialect(String urlSettings) {
    this.urlSettings = urlSettings;
  }

  /** The dialect named by the option's value, or null for an unknown name. */
  public static VerificationDialect named(String value) {
    for (VerificationDialect dialect : values()) {
      if (dialect.name().equalsIgnoreCase(value)) {
        return dialect;
      }
    }
    return null;
  }

  /**
   * Whether a column label this mode returned keeps a case that it gives no unquoted name, so that
   * the query wrote it quoted: H2 folds unquoted names to upper case, PostgreSQL to lower case.
   * MySQL and MariaDB compare column names without case, so there no label is.
   */
  boolean keepsQuotedCase(String label) {
    return switch (this) {
      case H2 -> !label.equals(label.toUpperCase(Locale.ROOT));
      case POSTGRESQL -> !label.equals(label.toLowerCase(Locale.ROOT));
      case MYSQL, MARIADB -> false;
    };
  }

  String urlSettings() {
    return urlSettings;
  }

  /** The database's name as a user reads it in a message. */
  public String databaseName() {
    return switch (this) {
      case H2 -> "H2";
      case POSTGRESQL -> "PostgreSQL";
      case MYSQL -> "MySQL";
      case MARIADB -> "MariaDB";
    };
  }

  public String display() {
    return this == H2 ? "H2" : "H2 in " + name().toLowerCase(Locale.ROOT) + " mode";
  }
}
