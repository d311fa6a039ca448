package dev.strata.runtime.internal.execution;

import dev.strata.runtime.DatabaseKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finishes the table rebuilds that H2 left half-done when its process died. H2 adds, drops and
 * changes a column by copying the table into {@code <TABLE>_COPY_<n>_<m>}, dropping the original
 * and giving the copy its name, each step committed on its own. Killed before the drop, the
 * original is whole: the copy, and the constraints that already point at it, are dropped. Killed
 * after it, the copy holds every row: it takes the original's name back, and its indexes and
 * constraints theirs. Either way the statement that was rebuilding the table is then found done or
 * not done, as the migration's resumed run expects.
 */
public final class InterruptedRebuilds {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");
  private static final Pattern COPY = Pattern.compile("(.+)_COPY_[0-9]+_[0-9]+");

  private InterruptedRebuilds() {}

  /** Finishes every half-done rebuild on an H2 database; does nothing on others. */
  public static void finish(Session session) throws SQLException {
    if (session.dialect().kind() != DatabaseKind.H2) {
      return;
    }
    Connection connection = session.connection();
    for (String[] copy : copies(connection)) {
      String schema = copy[0];
      String name = copy[1];
      Matcher matcher = COPY.matcher(name);
      if (!matcher.matches()) {
        continue;
      }
      String original = matcher.group(1);
      if (exists(connection, schema, original)) {
        execute(connection, "DROP TABLE " + quoted(schema, name) + " CASCADE");
        log(schema, name, "was an unfinished copy of " + original + ", which is whole: dropped it");
      } else {
        execute(
            connection, "ALTER TABLE " + quoted(schema, name) + " RENAME TO " + quote(original));
        renameParts(connection, schema, original, name + "_");
        log(schema, name, "held the rows of " + original + ", which H2 had dropped: renamed back");
      }
      session.commit();
    }
  }

  private static List<String[]> copies(Connection connection) throws SQLException {
    List<String[]> copies = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA <> 'INFORMATION_SCHEMA'"
                    + " AND REGEXP_LIKE(TABLE_NAME, '_COPY_[0-9]+_[0-9]+$')"
                    + " ORDER BY TABLE_SCHEMA, TABLE_NAME")) {
      while (result.next()) {
        copies.add(new String[] {result.getString(1), result.getString(2)});
      }
    }
    return copies;
  }

  // H2 names the copy's indexes and constraints after it; the finished rebuild names them back
  private static void renameParts(Connection connection, String schema, String table, String prefix)
      throws SQLException {
    for (String constraint :
        names(connection, "TABLE_CONSTRAINTS", "CONSTRAINT_NAME", schema, table, prefix)) {
      execute(
          connection,
          "ALTER TABLE "
              + quoted(schema, table)
              + " RENAME CONSTRAINT "
              + quote(constraint)
              + " TO "
              + quote(constraint.substring(prefix.length())));
    }
    for (String index : names(connection, "INDEXES", "INDEX_NAME", schema, table, prefix)) {
      execute(
          connection,
          "ALTER INDEX "
              + quoted(schema, index)
              + " RENAME TO "
              + quote(index.substring(prefix.length())));
    }
  }

  private static List<String> names(
      Connection connection, String view, String column, String schema, String table, String prefix)
      throws SQLException {
    String sql =
        "SELECT "
            + column
            + " FROM INFORMATION_SCHEMA."
            + view
            + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND LEFT("
            + column
            + ", ?) = ? ORDER BY 1";
    List<String> names = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, schema);
      statement.setString(2, table);
      statement.setInt(3, prefix.length());
      statement.setString(4, prefix);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          names.add(result.getString(1));
        }
      }
    }
    return names;
  }

  private static boolean exists(Connection connection, String schema, String table)
      throws SQLException {
    return !names(connection, "TABLES", "TABLE_NAME", schema, table, "").isEmpty();
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  // the catalog's exact spelling: the copy's name is stored in upper case, and so must be matched
  private static String quoted(String schema, String name) {
    return quote(schema) + "." + quote(name);
  }

  private static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  private static void log(String schema, String copy, String what) {
    LOG.log(
        System.Logger.Level.WARNING,
        () -> "H2 left a half-done table rebuild: " + schema + "." + copy + " " + what);
  }
}
