package dev.strata.runtime.internal.catalog;

import dev.strata.runtime.Check;
import dev.strata.runtime.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a named check constraint of a table from {@code INFORMATION_SCHEMA}, which H2, PostgreSQL,
 * MySQL and MariaDB all keep: its condition as the database stores it, which it accepts again.
 */
final class CheckConstraints {

  // MySQL and MariaDB name checks per table, and say the table in CHECK_CONSTRAINTS itself
  private static final String BY_TABLE =
      "SELECT check_clause FROM information_schema.check_constraints"
          + " WHERE constraint_schema = ? AND UPPER(table_name) = UPPER(?)"
          + " AND UPPER(constraint_name) = UPPER(?)";
  private static final String BY_SCHEMA =
      "SELECT cc.check_clause FROM information_schema.check_constraints cc"
          + " JOIN information_schema.table_constraints tc"
          + " ON tc.constraint_schema = cc.constraint_schema"
          + " AND tc.constraint_name = cc.constraint_name"
          + " WHERE tc.constraint_type = 'CHECK' AND tc.table_schema = ?"
          + " AND UPPER(tc.table_name) = UPPER(?) AND UPPER(cc.constraint_name) = UPPER(?)";

  // PostgreSQL's CHECK_CONSTRAINTS computes every listed check's text with pg_get_constraintdef,
  // which waits for a table another session is dropping and then fails ("could not open relation
  // with OID"): its catalog, read for this table alone, computes this check's only. The text is the
  // view's, which drops the leading "CHECK ".
  private static final String POSTGRES =
      "SELECT substring(pg_get_constraintdef(con.oid) from 7) FROM pg_constraint con"
          + " JOIN pg_class c ON c.oid = con.conrelid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE con.contype = 'c' AND n.nspname = ? AND UPPER(c.relname) = UPPER(?)"
          + " AND UPPER(con.conname) = UPPER(?)";

  private CheckConstraints() {}

  /** Check {@code name} of the table at {@code ref}, or null if it has none of that name. */
  static Check read(Connection connection, Dialect dialect, TableRef ref, String name)
      throws SQLException {
    String query =
        switch (dialect.kind()) {
          case MYSQL -> BY_TABLE;
          case POSTGRESQL -> POSTGRES;
          default -> BY_SCHEMA;
        };
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, ref.informationSchema());
      statement.setString(2, ref.table());
      statement.setString(3, name);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? new Check(name, rows.getString(1)) : null;
      }
    }
  }
}
