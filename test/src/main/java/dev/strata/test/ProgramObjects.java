package dev.strata.test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The functions, procedures and triggers of a schema, which hand-written steps create and no
 * snapshot records, read from the standard {@code INFORMATION_SCHEMA} that H2, PostgreSQL, MySQL
 * and MariaDB all have. Each is a label such as {@code function customer_label} or {@code trigger
 * customers_trim on table customers}, in lower case; a function's overloads are a label each.
 */
final class ProgramObjects {

  private ProgramObjects() {}

  /** The labels of the schema's routines and triggers, sorted. */
  static List<String> read(Connection connection, String schema) throws SQLException {
    List<String> labels = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT ROUTINE_TYPE, ROUTINE_NAME FROM INFORMATION_SCHEMA.ROUTINES"
                + " WHERE ROUTINE_SCHEMA = ?")) {
      statement.setString(1, schema);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          labels.add(key(rows.getString(1)) + " " + key(rows.getString(2)));
        }
      }
    }
    // PostgreSQL lists a trigger once for each event that fires it
    TreeSet<String> triggers = new TreeSet<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE FROM INFORMATION_SCHEMA.TRIGGERS"
                + " WHERE TRIGGER_SCHEMA = ?")) {
      statement.setString(1, schema);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          triggers.add("trigger " + key(rows.getString(1)) + " on table " + key(rows.getString(2)));
        }
      }
    }
    labels.addAll(triggers);
    Collections.sort(labels);
    return labels;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
