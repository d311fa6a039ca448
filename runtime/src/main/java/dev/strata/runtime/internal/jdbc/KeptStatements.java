package dev.strata.runtime.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prepared statements that a run sends once per migration (its history row's writes, the read
 * of a view it wrote), each prepared once for the run's connection and closed when the run ends:
 * prepared again for every migration, they were a fifth of applying one on H2.
 *
 * <p>One run's statements are used by that run's thread alone, one at a time.
 */
public final class KeptStatements implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  // a run sends a handful of texts again and again; a migration of many views adds a few more
  private static final int MOST = 16;

  private final boolean keep;
  // least recently used first, so that the one to close when there are too many comes first
  private final Map<String, PreparedStatement> bySql = new LinkedHashMap<>(MOST, 0.75f, true);
  private Connection connection;

  /**
   * @param keep false to prepare each statement anew and close it after its use, as where the
   *     database keeps a statement prepared more than once for one server session that a proxy may
   *     not give the next transaction ({@code Dialect#keepsPreparedStatements})
   */
  public KeptStatements(boolean keep) {
    this.keep = keep;
  }

  /**
   * Does {@code work} with the statement of {@code sql} on {@code connection}, prepared on its
   * first use; the work sets every parameter and closes any result set it opens, and leaves the
   * statement open.
   */
  public <T> T use(Connection connection, String sql, SqlFunction<PreparedStatement, T> work)
      throws SQLException {
    if (!keep) {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        return work.apply(statement);
      }
    }
    return work.apply(prepared(connection, sql));
  }

  private PreparedStatement prepared(Connection connection, String sql) throws SQLException {
    if (connection != this.connection) {
      // prepared on another connection: of no use on this one
      close();
      this.connection = connection;
    }
    PreparedStatement statement = bySql.get(sql);
    if (statement == null) {
      if (bySql.size() == MOST) {
        Iterator<PreparedStatement> oldest = bySql.values().iterator();
        quietly(oldest.next());
        oldest.remove();
      }
      statement = connection.prepareStatement(sql);
      bySql.put(sql, statement);
    }
    return statement;
  }

  /** Closes every statement kept. */
  @Override
  public void close() {
    for (PreparedStatement statement : bySql.values()) {
      quietly(statement);
    }
    bySql.clear();
    connection = null;
  }

  private static void quietly(PreparedStatement statement) {
    try {
      statement.close();
    } catch (SQLException e) {
      // a statement of a connection lost meanwhile: closing the connection frees it anyway
      LOG.log(System.Logger.Level.DEBUG, "Could not close a statement: " + e.getMessage());
    }
  }
}
