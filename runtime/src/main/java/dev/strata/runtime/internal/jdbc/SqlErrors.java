package dev.strata.runtime.internal.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.function.Predicate;

/** Tells apart the database errors that call for their own advice, whichever driver raised them. */
public final class SqlErrors {

  // insufficient_privilege in the SQL standard's class 42 (PostgreSQL)
  private static final String DENIED_STATE = "42501";

  // H2's NOT_ENOUGH_RIGHTS_FOR_1; MySQL's access denied to a database, table, column or command
  private static final Set<Integer> DENIED_CODES = Set.of(90096, 1044, 1142, 1143, 1227);

  // class 08 is the standard's connection exception; 57P01 to 57P03 are PostgreSQL's backend
  // ended by pg_terminate_backend, a shutdown or a crash
  private static final Set<String> LOST_STATES = Set.of("57P01", "57P02", "57P03");

  // read_only_sql_transaction: a hot standby, or default_transaction_read_only (PostgreSQL)
  private static final String READ_ONLY_STATE = "25006";

  // MySQL's and MariaDB's statement in a READ ONLY transaction, and MySQL's read-only mode (an
  // InnoDB Cluster secondary); H2's read-only database (ACCESS_MODE_DATA=r, a read-only file)
  private static final Set<Integer> READ_ONLY_CODES = Set.of(1792, 1836, 90097);

  // MySQL's and MariaDB's "running with the --read-only option so it cannot execute this
  // statement": an error code that other options (--secure-file-priv) share, told apart by its text
  private static final int OPTION_PREVENTS_STATEMENT = 1290;

  // query_canceled (PostgreSQL, H2), which a user's cancel shares: told apart by PostgreSQL's text
  private static final String CANCELED_STATE = "57014";

  // MariaDB's max_statement_time exceeded; MySQL's max_execution_time exceeded
  private static final Set<Integer> STATEMENT_TIMEOUT_CODES = Set.of(1969, 3024);

  // lock_not_available: lock_timeout, or NOWAIT (PostgreSQL)
  private static final String LOCK_NOT_AVAILABLE_STATE = "55P03";

  // MySQL's and MariaDB's lock wait timeout (row locks and metadata locks); H2's lock timeout
  private static final Set<Integer> LOCK_TIMEOUT_CODES = Set.of(1205, 50200);

  // MariaDB's connection killed (KILL), server gone away, connection lost during a query
  private static final Set<Integer> LOST_CODES = Set.of(1927, 2006, 2013);

  // a table, view or column not found: the standard's 42S02 and 42S22 (H2, MySQL, MariaDB),
  // PostgreSQL's undefined_table and undefined_column, and H2's view not found
  private static final Set<String> MISSING_STATES =
      Set.of("42S02", "42S22", "42P01", "42703", "90037");

  // a table or view of that name exists: the standard's 42S01 (H2, MySQL, MariaDB), PostgreSQL's
  // duplicate_table, and H2's view that exists
  private static final Set<String> EXISTING_STATES = Set.of("42S01", "42P07", "90038");

  // MySQL's key column that does not exist, raised with the generic state 42000
  private static final int MISSING_KEY_COLUMN = 1072;

  private SqlErrors() {}

  /** Whether {@code e}, or an exception it chains, says the user lacks a privilege. */
  public static boolean permissionDenied(Throwable e) {
    return any(
        e,
        sql -> DENIED_STATE.equals(sql.getSQLState()) || DENIED_CODES.contains(sql.getErrorCode()));
  }

  /**
   * Whether {@code e}, or an exception it chains, says that a table, view or column is not there.
   */
  public static boolean objectMissing(Throwable e) {
    return any(
        e,
        sql ->
            (sql.getSQLState() != null && MISSING_STATES.contains(sql.getSQLState()))
                || sql.getErrorCode() == MISSING_KEY_COLUMN);
  }

  /** Whether {@code e}, or an exception it chains, says that a table or view of the name exists. */
  public static boolean objectExists(Throwable e) {
    return any(e, sql -> sql.getSQLState() != null && EXISTING_STATES.contains(sql.getSQLState()));
  }

  /**
   * Whether {@code e}, or an exception it chains, says the connection to the database is gone:
   * ended by the server or an administrator, a failover, a proxy restart, a network cut.
   */
  public static boolean connectionLost(Throwable e) {
    return any(
        e,
        sql ->
            sql instanceof SQLNonTransientConnectionException
                || (sql instanceof SQLTransientConnectionException && !otherClass(sql))
                || sql instanceof SQLRecoverableException
                || (sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                // a hand-written step's own SQLException may have no state, which Set.of refuses
                || (sql.getSQLState() != null && LOST_STATES.contains(sql.getSQLState()))
                || LOST_CODES.contains(sql.getErrorCode()));
  }

  /**
   * Whether {@code e}, or an exception it chains, says the database accepts no writes: a replica or
   * standby, or read-only by a setting of the server, database or session.
   */
  public static boolean readOnly(Throwable e) {
    return any(
        e,
        sql ->
            READ_ONLY_STATE.equals(sql.getSQLState())
                || READ_ONLY_CODES.contains(sql.getErrorCode())
                || (sql.getErrorCode() == OPTION_PREVENTS_STATEMENT && says(sql, "read-only")));
  }

  /**
   * Whether {@code e}, or an exception it chains, says a statement ran longer than the database
   * lets one run: PostgreSQL's {@code statement_timeout}, MariaDB's {@code max_statement_time},
   * MySQL's {@code max_execution_time}.
   */
  public static boolean statementTimeout(Throwable e) {
    return any(
        e,
        sql ->
            STATEMENT_TIMEOUT_CODES.contains(sql.getErrorCode())
                || (CANCELED_STATE.equals(sql.getSQLState()) && says(sql, "statement timeout")));
  }

  /**
   * Whether {@code e}, or an exception it chains, says a statement waited longer than the database
   * lets one wait for a lock another session holds: PostgreSQL's {@code lock_timeout}, MySQL's and
   * MariaDB's {@code lock_wait_timeout} and {@code innodb_lock_wait_timeout}, H2's lock timeout.
   */
  public static boolean lockTimeout(Throwable e) {
    return any(
        e,
        sql ->
            LOCK_NOT_AVAILABLE_STATE.equals(sql.getSQLState())
                || LOCK_TIMEOUT_CODES.contains(sql.getErrorCode()));
  }

  /**
   * Whether {@code e}, or an exception it chains, is PgBouncer refusing a transaction in statement
   * pooling mode. PgBouncer ends the connection with it, so that it also reads as a lost
   * connection, but starting again can never succeed: every migration needs a transaction.
   * PgBouncer's own text, since the state it sends ({@code 08P01}, a protocol violation) says no
   * more.
   */
  public static boolean statementPooling(Throwable e) {
    return any(e, sql -> says(sql, "transaction blocks not allowed in statement pooling"));
  }

  /**
   * Whether {@code sql} states a class other than the connection's: MariaDB's driver raises an
   * error whose state it does not map, such as 45000 from {@code SIGNAL}, 44000 from a view's check
   * option or 3D000 from a URL that names no database, as a {@link
   * SQLTransientConnectionException}.
   */
  private static boolean otherClass(SQLException sql) {
    String state = sql.getSQLState();
    return state != null && !state.startsWith("08");
  }

  // where the state and code say too little, the database's own words
  private static boolean says(SQLException sql, String words) {
    return sql.getMessage() != null && sql.getMessage().contains(words);
  }

  private static boolean any(Throwable e, Predicate<SQLException> test) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          if (test.test(next)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
