package dev.strata.runtime.internal.catalog;

import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.dialect.MySqlStringLiteral;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The indexes that a DBA added to the table standing in for a materialized view on MySQL and
 * MariaDB (those its migrations did not declare), each as an {@code ADD ... INDEX} clause of {@code
 * ALTER TABLE} that makes it again on another table, as the catalog describes it: its kind ({@code
 * UNIQUE}, {@code FULLTEXT}, {@code SPATIAL}), its columns with their prefix lengths and descending
 * order, its comment, whether the optimizer ignores it. A refresh fills a new table from the query
 * and swaps it in; without them, such an index would be gone after every refresh. An index on an
 * expression (MySQL 8), which the catalog does not spell as SQL, is left out.
 */
public final class StandInIndexes {

  private static final String READ =
      "SELECT s.*, "
          + MySqlStringLiteral.SQL_MODE
          + " AS STRATA_SQL_MODE FROM INFORMATION_SCHEMA.STATISTICS s"
          + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?"
          + " AND INDEX_NAME <> 'PRIMARY' ORDER BY INDEX_NAME, SEQ_IN_INDEX";

  private static final String IGNORED = "IGNORED";
  private static final String VISIBLE = "IS_VISIBLE";

  private StandInIndexes() {}

  /** The indexes of table {@code table} but those named in {@code declared}, as clauses. */
  public static List<String> handMade(
      Connection connection, Dialect dialect, String table, Collection<String> declared)
      throws SQLException {
    return List.copyOf(ViewAttachments.without(all(connection, dialect, table), declared).values());
  }

  /** Every index of table {@code table} but its primary key, as a clause, by name. */
  static Map<String, String> all(Connection connection, Dialect dialect, String table)
      throws SQLException {
    TableRef ref = TableRef.locate(connection, dialect, table);
    Map<String, Clause> clauses = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(READ)) {
      statement.setString(1, ref.informationSchema());
      statement.setString(2, ref.table());
      try (ResultSet rows = statement.executeQuery()) {
        boolean expressions = hasColumn(rows.getMetaData(), "EXPRESSION");
        String hidden = hiddenColumn(rows.getMetaData());
        while (rows.next()) {
          String index = rows.getString("INDEX_NAME");
          Clause clause = clauses.get(index);
          if (clause == null) {
            clause = new Clause(index, kind(rows), options(rows, hidden));
            clauses.put(index, clause);
          }
          String column = rows.getString("COLUMN_NAME");
          if (column == null || (expressions && rows.getString("EXPRESSION") != null)) {
            clause.onExpression = true;
            continue;
          }
          int prefix = rows.getInt("SUB_PART");
          clause.columns.add(
              quoted(column)
                  + (rows.wasNull() ? "" : "(" + prefix + ")")
                  + ("D".equals(rows.getString("COLLATION")) ? " DESC" : ""));
        }
      }
    }
    Map<String, String> result = new LinkedHashMap<>();
    for (Clause clause : clauses.values()) {
      if (!clause.onExpression) {
        result.put(clause.name, clause.sql());
      }
    }
    return result;
  }

  private static String kind(ResultSet row) throws SQLException {
    String type = row.getString("INDEX_TYPE");
    if ("FULLTEXT".equalsIgnoreCase(type) || "SPATIAL".equalsIgnoreCase(type)) {
      return type.toUpperCase(Locale.ROOT) + " ";
    }
    return row.getInt("NON_UNIQUE") == 0 ? "UNIQUE " : "";
  }

  /**
   * The options that end the index's clause: its comment, and whether the optimizer ignores it
   * (MariaDB's {@code IGNORED}, MySQL's {@code INVISIBLE}), which the server would otherwise make
   * the optimizer use again on the new table.
   */
  private static String options(ResultSet row, String hidden) throws SQLException {
    String comment = row.getString("INDEX_COMMENT");
    String options =
        comment == null || comment.isEmpty()
            ? ""
            : " COMMENT " + MySqlStringLiteral.of(comment, row.getString("STRATA_SQL_MODE"));
    if (IGNORED.equals(hidden) && "YES".equalsIgnoreCase(row.getString(IGNORED))) {
      return options + " IGNORED";
    }
    if (VISIBLE.equals(hidden) && "NO".equalsIgnoreCase(row.getString(VISIBLE))) {
      return options + " INVISIBLE";
    }
    return options;
  }

  // the column of STATISTICS that tells: MariaDB's IGNORED, MySQL's IS_VISIBLE; null for neither
  private static String hiddenColumn(ResultSetMetaData metaData) throws SQLException {
    return hasColumn(metaData, IGNORED) ? IGNORED : hasColumn(metaData, VISIBLE) ? VISIBLE : null;
  }

  private static String quoted(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }

  private static boolean hasColumn(ResultSetMetaData metaData, String name) throws SQLException {
    for (int i = 1; i <= metaData.getColumnCount(); i++) {
      if (name.equalsIgnoreCase(metaData.getColumnLabel(i))) {
        return true;
      }
    }
    return false;
  }

  private static final class Clause {
    private final String name;
    private final String kind;
    private final String options;
    private final List<String> columns = new ArrayList<>();
    private boolean onExpression;

    private Clause(String name, String kind, String options) {
      this.name = name;
      this.kind = kind;
      this.options = options;
    }

    private String sql() {
      return "ADD "
          + kind
          + "INDEX "
          + quoted(name)
          + " ("
          + String.join(", ", columns)
          + ")"
          + options;
    }
  }
}
