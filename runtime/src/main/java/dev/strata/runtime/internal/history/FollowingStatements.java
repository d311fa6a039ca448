package dev.strata.runtime.internal.history;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Statements that ride in the round trip of a history write, after its {@code COMMIT}: their SQL,
 * their parameters, and the reading of their results, which come right after the write's.
 */
public interface FollowingStatements {

  /** The statements, separated by semicolons, with parameters that {@link #bind} sets. */
  String sql();

  /** Sets the parameters, the first at index {@code first}; returns the next index. */
  int bind(PreparedStatement statement, int first) throws SQLException;

  /** Reads the results, with {@code statement} on the last result before them. */
  void read(PreparedStatement statement) throws SQLException;
}
