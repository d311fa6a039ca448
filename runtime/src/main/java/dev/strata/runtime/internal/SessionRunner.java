package dev.strata.runtime.internal;

import dev.strata.runtime.StrataException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Opens the one connection of a run and gives it to the run's work: for runs that change the
 * database, after checking and creating the history table and taking the dialect's session lock;
 * for runs that only read, without creating or locking anything. Turns failures to connect and
 * missing privileges into messages that say so.
 */
final class SessionRunner {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");
  private static final int MAX_USER = 100;

  private final DataSource dataSource;
  private final String historyTable;
  private final Duration lockTimeout;

  SessionRunner(DataSource dataSource, String historyTable, Duration lockTimeout) {
    this.dataSource = dataSource;
    this.historyTable = historyTable;
    this.lockTimeout = lockTimeout;
  }

  /** What a run does with its session; runs in manual-commit mode, committed at the end. */
  @FunctionalInterface
  interface Work<T> {
    T run(Session session) throws SQLException;
  }

  <T> T locked(Work<T> work) {
    return run(true, work);
  }

  <T> T readOnly(Work<T> work) {
    return run(false, work);
  }

  private <T> T run(boolean write, Work<T> work) {
    Connection connection = connect();
    try (connection) {
      DatabaseMetaData metaData = connection.getMetaData();
      Dialect dialect = Dialects.of(metaData);
      LOG.log(System.Logger.Level.DEBUG, () -> "Using dialect " + dialect.name());
      String user = installedBy(metaData.getUserName());
      HistoryTable history = new HistoryTable(historyTable, dialect);
      boolean autoCommit = connection.getAutoCommit();
      // checks and creation run with auto-commit: a failed probe must not spoil a transaction
      connection.setAutoCommit(true);
      boolean exists = prepare(new HistorySetup(history), connection, write, user);
      Session session = new Session(connection, dialect, history, user, exists);
      SessionLock lock = write ? dialect.lock(connection, lockRequest(metaData)) : SessionLock.NONE;
      try {
        connection.setAutoCommit(false);
        T result = work.run(session);
        connection.commit();
        return result;
      } finally {
        quietly(connection::rollback, "roll back");
        quietly(lock::close, "release the migration lock; closing the connection releases it");
        quietly(() -> connection.setAutoCommit(autoCommit), "restore auto-commit");
      }
    } catch (SQLException e) {
      String message =
          SqlErrors.permissionDenied(e)
              ? Messages.permissionDenied(historyTable, e)
              : Messages.sessionFailed(historyTable, e);
      throw new StrataException(message, e);
    }
  }

  private Connection connect() {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new StrataException(Messages.cannotConnect(e), e);
    }
  }

  private boolean prepare(HistorySetup setup, Connection connection, boolean write, String user)
      throws SQLException {
    boolean exists = setup.check(connection);
    if (!write) {
      return exists;
    }
    try {
      setup.createIfAbsent(connection, user);
    } catch (SQLException e) {
      if (SqlErrors.permissionDenied(e)) {
        throw new StrataException(Messages.cannotCreateHistory(historyTable, user, e), e);
      }
      throw e;
    }
    return true;
  }

  private LockRequest lockRequest(DatabaseMetaData metaData) throws SQLException {
    return new LockRequest(dataSource, historyTable, lockTimeout, redacted(metaData.getURL()));
  }

  // parameters may carry a password: messages show the address only
  static String redacted(String url) {
    if (url == null) {
      return "the database";
    }
    String address = url.replaceAll("//[^/@]*@", "//");
    int end = address.length();
    for (char c : new char[] {'?', ';'}) {
      int at = address.indexOf(c);
      end = at >= 0 ? Math.min(end, at) : end;
    }
    return address.substring(0, end);
  }

  private static String installedBy(String user) {
    // the column's width; who applied a migration is informative, not worth failing a run for
    return user == null || user.length() <= MAX_USER ? user : user.substring(0, MAX_USER);
  }

  private static void quietly(Step step, String what) {
    try {
      step.run();
    } catch (SQLException e) {
      LOG.log(System.Logger.Level.WARNING, "Could not " + what + ": " + e.getMessage());
    }
  }

  @FunctionalInterface
  private interface Step {
    void run() throws SQLException;
  }
}
