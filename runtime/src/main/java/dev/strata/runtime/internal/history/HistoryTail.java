package dev.strata.runtime.internal.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The end of one set's history, read through the primary key: what a run that took the lock for its
 * next migration checks to see that no other run moved the history meanwhile, at a cost that does
 * not grow with the history. Its query may ride in another statement's round trip ({@link #sql},
 * {@link #bind}, {@link #matches}), as PostgreSQL's lock try takes it.
 */
public final class HistoryTail {

  private final String sql;
  private final String set;
  private final int version;
  private final String checksum;

  private HistoryTail(HistoryTable table, String set, int version, String checksum) {
    this.sql =
        "SELECT version, checksum, success FROM "
            + table.dialect().render(table.name())
            + " WHERE migration_set = ? AND version >= ?";
    this.set = set;
    this.version = version;
    this.checksum = checksum;
  }

  /**
   * The check that the history of {@code set} ends at version {@code version}, finished and with
   * {@code checksum}; for version 0, that the set has no row.
   */
  public static HistoryTail of(HistoryTable table, String set, int version, String checksum) {
    return new HistoryTail(table, set, version, checksum);
  }

  /** Reads the tail in a round trip of its own. */
  public boolean holds(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, 1);
      try (ResultSet rows = statement.executeQuery()) {
        return matches(rows);
      }
    }
  }

  /** The query, with two parameters that {@link #bind} sets. */
  public String sql() {
    return sql;
  }

  /** Sets the query's parameters, the first at index {@code first}. */
  public void bind(PreparedStatement statement, int first) throws SQLException {
    statement.setString(first, set);
    statement.setInt(first + 1, Math.max(version, 1));
  }

  /** Whether {@code other} checks for the same end of the same set's history. */
  public boolean sameAs(HistoryTail other) {
    return sql.equals(other.sql)
        && set.equals(other.set)
        && version == other.version
        && Objects.equals(checksum, other.checksum);
  }

  /** Whether the rows that {@link #sql} returned end the history as expected. */
  public boolean matches(ResultSet rows) throws SQLException {
    if (!rows.next()) {
      return version == 0;
    }
    boolean last =
        rows.getInt(1) == version && rows.getBoolean(3) && rows.getString(2).equals(checksum);
    return last && !rows.next();
  }
}
