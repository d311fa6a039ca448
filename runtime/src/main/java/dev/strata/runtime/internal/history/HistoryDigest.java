package dev.strata.runtime.internal.history;

import dev.strata.runtime.internal.catalog.SchemaAccess;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a start needs to know that nothing is pending, read in one query: the checksum of each
 * applied version, per set, and the table's format from its marker row. It reads no timestamp and
 * no description, and asks the catalog nothing: a table without Strata's marker row of this format,
 * or one the query cannot read, makes no digest, and the caller takes the full path, which checks
 * the table and says what is wrong with it.
 */
public final class HistoryDigest {

  private final Map<String, List<String>> checksums;

  private HistoryDigest(Map<String, List<String>> checksums) {
    this.checksums = checksums;
  }

  /**
   * The digest of {@code table}, or null if the query fails (no table yet, another tool's), the
   * table lacks a marker row of this runtime's format, or the session may not use its schema. Call
   * it with auto-commit on: a failed query must not spoil a transaction.
   */
  public static HistoryDigest read(Connection connection, HistoryTable table) {
    String guard = SchemaAccess.usableColumn(table.dialect());
    String select =
        "SELECT migration_set, version, checksum, success"
            + (guard == null ? "" : ", " + guard)
            + " FROM "
            + table.dialect().render(table.name())
            + " ORDER BY migration_set, version";
    try (Statement statement = connection.createStatement()) {
      // no result: the dialect found no table, where the query alone would have failed
      if (!statement.execute(table.dialect().readIfPresent(table.name(), select))) {
        return null;
      }
      try (ResultSet rows = statement.getResultSet()) {
        return digest(rows, guard != null);
      }
    } catch (SQLException e) {
      return null;
    }
  }

  private static HistoryDigest digest(ResultSet rows, boolean guarded) throws SQLException {
    Map<String, List<String>> checksums = new HashMap<>();
    boolean marked = false;
    String set = null;
    List<String> applied = null;
    while (rows.next()) {
      if (guarded && !rows.getBoolean(5)) {
        return null;
      }
      String rowSet = rows.getString(1);
      int version = rows.getInt(2);
      if (version == 0 && HistorySetup.MARKER_SET.equals(rowSet)) {
        marked = Integer.toString(HistorySetup.FORMAT).equals(rows.getString(3).strip());
        continue;
      }
      if (!rowSet.equals(set)) {
        set = rowSet;
        applied = new ArrayList<>();
        checksums.put(set, applied);
      }
      if (applied == null) {
        continue;
      }
      if (!rows.getBoolean(4) || version != applied.size() + 1) {
        // a run that did not finish, or a gap: for the full path to report
        checksums.put(set, null);
        applied = null;
        continue;
      }
      applied.add(rows.getString(3));
    }
    return marked ? new HistoryDigest(checksums) : null;
  }

  /**
   * The checksums of versions 1 to k of {@code set}, in order, if its rows are exactly those, each
   * finished; an empty list for a set with no row; null for a set whose rows the full path must
   * judge.
   */
  public List<String> checksums(String set) {
    return checksums.containsKey(set) ? checksums.get(set) : List.of();
  }
}
