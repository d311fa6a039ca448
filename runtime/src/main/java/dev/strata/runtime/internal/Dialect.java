package dev.strata.runtime.internal;

import dev.strata.runtime.DatabaseKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What differs from one database to the next: the DDL that renders each {@link
 * dev.strata.runtime.Operations} call, whether that DDL is transactional, how to read a view back,
 * where a table lives, and how to lock a migration run.
 *
 * <p>View names reach a dialect already checked by {@link Identifiers}; dialects write them
 * unquoted, so that {@code active_users} means what it means in hand-written SQL on that database.
 */
interface Dialect {

  DatabaseKind kind();

  /** The database's name for logs and messages. */
  String name();

  /**
   * Whether DDL joins the current transaction, so that a rollback undoes it (PostgreSQL); when it
   * does not (H2, MySQL), the runtime records progress statement by statement and undoes a failed
   * migration by running inverse statements.
   */
  boolean transactionalDdl();

  /** The name as written into SQL; unquoted, so that the database applies its case rules. */
  default String render(String name) {
    return name;
  }

  String createView(String name, String sql);

  /**
   * The statements that give an existing view a new query: either one statement that may run again
   * safely ({@code CREATE OR REPLACE}), or a {@code DROP} then a {@code CREATE}.
   */
  List<String> replaceView(String name, String sql);

  String dropView(String name);

  /**
   * Renames view {@code from}; {@code to} is already qualified like {@code from} (see {@link
   * Identifiers#renamed}).
   */
  String renameView(String from, String to);

  /**
   * The current query of view {@code name}, in a form that {@link #createView} accepts, or null if
   * there is no such view.
   */
  default String viewDefinition(Connection connection, String name) throws SQLException {
    return ViewDefinitions.read(connection, locate(connection, name));
  }

  /** Where table or view {@code name} lives, as the catalog spells it. */
  default TableRef locate(Connection connection, String name) throws SQLException {
    return TableRef.inSchema(connection, name);
  }

  /** The type of {@code applied_at}: milliseconds at least, since history rows compare instants. */
  default String timestampType() {
    return "TIMESTAMP";
  }

  /** Whether {@code CREATE TABLE IF NOT EXISTS} is understood. */
  default boolean createTableIfNotExists() {
    return false;
  }

  default String createHistoryTable(String table) {
    return "CREATE TABLE "
        + (createTableIfNotExists() ? "IF NOT EXISTS " : "")
        + render(table)
        + " (migration_set VARCHAR(100) NOT NULL, version INT NOT NULL,"
        + " description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL,"
        + " installed_by VARCHAR(100), applied_at "
        + timestampType()
        + " NOT NULL, execution_ms BIGINT NOT NULL, success BOOLEAN NOT NULL,"
        + " run_state VARCHAR(20), statements_done INT,"
        + " PRIMARY KEY (migration_set, version))";
  }

  /**
   * Takes the lock that makes concurrent runs wait for each other, held by the database for the
   * session (so that it goes when the session dies) until closed; none by default.
   */
  default SessionLock lock(Connection connection, LockRequest request) throws SQLException {
    return SessionLock.NONE;
  }
}
