package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A commit that survives the process being killed: where a commit alone would not (H2 writes it to
 * its file in the background), it is written to disk before anything reports it done.
 */
final class DurableCommit {

  private DurableCommit() {}

  static void commit(Connection connection, Dialect dialect) throws SQLException {
    connection.commit();
    String durable = dialect.makeDurable();
    if (durable != null) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(durable);
      }
    }
  }
}
