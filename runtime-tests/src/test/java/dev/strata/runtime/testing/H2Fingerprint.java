package dev.strata.runtime.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What an H2 database holds, as lines to compare with another's: its tables, columns, indexes,
 * constraints and views as H2's catalog describes them, a digest of every table's rows, and the
 * history without its times. Names that H2 generates (of primary keys, their indexes) are left out,
 * since they depend on the order in which objects were made.
 */
public final class H2Fingerprint {

  private static final String AUTO_NAME = "'^(CONSTRAINT|PRIMARY_KEY)_[0-9A-F_]*$'";

  private H2Fingerprint() {}

  public static List<String> of(String url) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      add(
          lines,
          statement,
          "SELECT TABLE_NAME, TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES"
              + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME");
      add(
          lines,
          statement,
          "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH,"
              + " IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
              + " ORDER BY TABLE_NAME, ORDINAL_POSITION");
      add(
          lines,
          statement,
          "SELECT TABLE_NAME, CASE WHEN REGEXP_LIKE(INDEX_NAME, "
              + AUTO_NAME
              + ") THEN '-' ELSE INDEX_NAME END, INDEX_TYPE_NAME FROM INFORMATION_SCHEMA.INDEXES"
              + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1, 2, 3");
      add(
          lines,
          statement,
          "SELECT TABLE_NAME, CASE WHEN REGEXP_LIKE(CONSTRAINT_NAME, "
              + AUTO_NAME
              + ") THEN '-' ELSE CONSTRAINT_NAME END, CONSTRAINT_TYPE"
              + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = 'PUBLIC'"
              + " ORDER BY 1, 2, 3");
      add(
          lines,
          statement,
          "SELECT TABLE_NAME, VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS"
              + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME");
      add(
          lines,
          statement,
          "SELECT migration_set, version, description, checksum, success, run_state,"
              + " statements_done FROM strata_schema_history ORDER BY migration_set, version");
      for (String table : tables(statement)) {
        add(
            lines,
            statement,
            "SELECT '"
                + table
                + "', COUNT(*), BIT_XOR_AGG(ORA_HASH("
                + rowText(statement, table)
                + "))"
                + " FROM "
                + table);
      }
    }
    return lines;
  }

  private static List<String> tables(Statement statement) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet result =
        statement.executeQuery(
            "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
      while (result.next()) {
        tables.add(result.getString(1));
      }
    }
    return tables;
  }

  // each row as text, its columns in order: rows compare by value, not by storage
  private static String rowText(Statement statement, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet result =
        statement.executeQuery(
            "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_NAME = '"
                + table
                + "' AND COLUMN_NAME NOT IN ('APPLIED_AT', 'EXECUTION_MS', 'INSTALLED_BY')"
                + " ORDER BY ORDINAL_POSITION")) {
      while (result.next()) {
        columns.add("COALESCE(CAST(" + result.getString(1) + " AS VARCHAR), '~')");
      }
    }
    return String.join(" || '|' || ", columns);
  }

  private static void add(List<String> lines, Statement statement, String sql) throws SQLException {
    try (ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          line.append(i > 1 ? " | " : "").append(result.getString(i));
        }
        lines.add(line.toString());
      }
    }
  }
}
