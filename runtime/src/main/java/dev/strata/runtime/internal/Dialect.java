package dev.strata.runtime.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What differs from one database to the next: the DDL that renders each {@link
 * dev.strata.runtime.Operations} call, whether that DDL is transactional, how to read a view back
 * and how to lock a migration run.
 *
 * <p>View names reach a dialect already checked by {@link Identifiers}; dialects write them
 * unquoted, so that {@code active_users} means what it means in hand-written SQL on that database.
 */
interface Dialect {

  /** The database's name for logs and messages. */
  String name();

  /**
   * Whether DDL joins the current transaction, so that a rollback undoes it (PostgreSQL); when it
   * does not (H2, MySQL), the runtime undoes a failed migration by running inverse statements.
   */
  boolean transactionalDdl();

  /** The name as written into SQL; unquoted, so that the database applies its case rules. */
  default String render(String name) {
    return name;
  }

  String createView(String name, String sql);

  /** The statements that give an existing view a new query, in order. */
  List<String> replaceView(String name, String sql);

  String dropView(String name);

  /**
   * The current query of view {@code name}, in a form that {@link #createView} accepts, or null if
   * there is no such view.
   */
  String viewDefinition(Connection connection, String name) throws SQLException;

  default String createHistoryTable(String table) {
    return "CREATE TABLE "
        + render(table)
        + " (migration_set VARCHAR(100) NOT NULL, version INT NOT NULL,"
        + " description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL,"
        + " installed_by VARCHAR(100), applied_at TIMESTAMP NOT NULL,"
        + " execution_ms BIGINT NOT NULL, success BOOLEAN NOT NULL,"
        + " PRIMARY KEY (migration_set, version))";
  }

  /**
   * Takes the lock that makes concurrent runs wait for each other, held until closed; none by
   * default.
   */
  default SessionLock lock(Connection connection, String historyTable) throws SQLException {
    return SessionLock.NONE;
  }
}
