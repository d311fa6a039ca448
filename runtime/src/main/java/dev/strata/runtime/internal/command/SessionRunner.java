package dev.strata.runtime.internal.command;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.StrataException;
import dev.strata.runtime.internal.Texts;
import dev.strata.runtime.internal.catalog.SchemaAccess;
import dev.strata.runtime.internal.catalog.TableRef;
import dev.strata.runtime.internal.command.Reopening.SessionLost;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.dialect.Dialects;
import dev.strata.runtime.internal.execution.Session;
import dev.strata.runtime.internal.execution.SessionFailures;
import dev.strata.runtime.internal.history.HistoryColumns;
import dev.strata.runtime.internal.history.HistoryDigest;
import dev.strata.runtime.internal.history.HistorySetup;
import dev.strata.runtime.internal.history.HistoryTable;
import dev.strata.runtime.internal.jdbc.KeptStatements;
import dev.strata.runtime.internal.jdbc.SqlAction;
import dev.strata.runtime.internal.jdbc.SqlErrors;
import dev.strata.runtime.internal.jdbc.SqlFunction;
import dev.strata.runtime.internal.lock.ClusterSession;
import dev.strata.runtime.internal.lock.LockRequest;
import dev.strata.runtime.internal.lock.Locks;
import dev.strata.runtime.internal.lock.SessionLock;
import dev.strata.runtime.internal.lock.TransactionLock;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Opens the one connection of a run and gives it to the run's work: for runs that change the
 * database, after checking and creating the history table and taking the database's session lock;
 * for runs that only read, without creating or locking anything. Turns failures to connect and
 * missing privileges into messages that say so. A session that loses the database for a moment
 * before its work begins, or at any point of a run that only reads, is opened again ({@link
 * Reopening}).
 */
final class SessionRunner {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  private final DataSource dataSource;
  private final String historyTable;
  private final Duration lockTimeout;
  private final Duration lockLease;

  SessionRunner(
      DataSource dataSource, String historyTable, Duration lockTimeout, Duration lockLease) {
    this.dataSource = dataSource;
    this.historyTable = historyTable;
    this.lockTimeout = lockTimeout;
    this.lockLease = lockLease;
  }

  /**
   * Runs {@code work} under the migration lock, with the history table created if absent; the work
   * runs in manual-commit mode and is committed at the end.
   */
  <T> T locked(SqlFunction<Session, T> work) {
    return run(true, null, work, new ArrayList<>());
  }

  /**
   * Like {@link #locked(SqlFunction)}, adding to {@code completed} each migration the work applies
   * or reverts.
   */
  <T> T locked(SqlFunction<Session, T> work, List<MigrationInfo> completed) {
    return run(true, null, work, completed);
  }

  /**
   * Like {@link #locked(SqlFunction, List)}, but first reads the history's digest, in one query and
   * without a lock; if {@code shortcut} answers from it, returns that answer and takes no lock and
   * creates nothing.
   */
  <T> T locked(Shortcut<T> shortcut, SqlFunction<Session, T> work, List<MigrationInfo> completed) {
    return run(true, shortcut, work, completed);
  }

  /** Runs {@code work} without lock, creating nothing; see {@link #locked}. */
  <T> T readOnly(SqlFunction<Session, T> work) {
    return run(false, null, work, new ArrayList<>());
  }

  private <T> T run(
      boolean write,
      Shortcut<T> shortcut,
      SqlFunction<Session, T> work,
      List<MigrationInfo> completed) {
    Reopening reopening = new Reopening(lockTimeout);
    while (true) {
      try {
        return runOnce(write, shortcut, work, completed);
      } catch (SessionLost e) {
        reopening.pause(e.failure, e.refused);
      }
    }
  }

  private <T> T runOnce(
      boolean write,
      Shortcut<T> shortcut,
      SqlFunction<Session, T> work,
      List<MigrationInfo> completed) {
    Connection connection = connect();
    boolean working = false;
    try (connection) {
      DatabaseMetaData metaData = connection.getMetaData();
      Dialect dialect = dialect(metaData);
      if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
        LOG.log(System.Logger.Level.DEBUG, "Using dialect " + dialect.name());
      }
      String table = dialect.storedName(historyTable);
      HistoryTable history = new HistoryTable(table, dialect);
      boolean autoCommit = connection.getAutoCommit();
      // checks and creation run with auto-commit: a failed probe must not spoil a transaction
      if (!autoCommit) {
        connection.setAutoCommit(true);
      }
      HistoryDigest digest = null;
      if (shortcut != null) {
        digest = shortcut.read(connection, history);
        T answer = digest == null ? null : shortcut.answer(digest);
        if (answer != null) {
          endAfterAnswer(connection, autoCommit);
          return answer;
        }
      }
      // the round trips below serve a run with work only: a start with none never gets here
      String user = HistoryColumns.installedBy(metaData.getUserName());
      ClusterSession cluster = ClusterSession.detect(dialect, connection);
      if (digest == null) {
        // a digest is made only where the schema passed this check, in the query that read it
        SchemaAccess.check(connection, dialect, user);
      }
      // located once: the table's check and the lock's name ask the session's schema
      TableRef where = TableRef.locate(connection, dialect, table);
      HistorySetup setup = new HistorySetup(history);
      boolean exists = setup.check(connection, where, digest != null);
      LockRequest request = lockRequest(metaData);
      TransactionLock transactionLock =
          write ? Locks.perTransaction(dialect, connection, request, where) : TransactionLock.NONE;
      SessionLock lock = SessionLock.NONE;
      KeptStatements kept = new KeptStatements(dialect.keepsPreparedStatements());
      history.keepStatements(kept);
      try {
        if (write) {
          create(setup, connection, user, transactionLock);
          exists = true;
        }
        lock = write ? Locks.acquire(dialect, cluster, connection, request) : SessionLock.NONE;
        Session session =
            new Session(
                connection, dialect, history, user, exists, transactionLock, lock, kept, completed);
        connection.setAutoCommit(false);
        working = true;
        T result = work.apply(session);
        // a commit that fails for want of the database is retried: the next session re-reads the
        // history under the lock, so it does again whatever this one did not commit
        working = false;
        session.commit();
        return result;
      } finally {
        kept.close();
        // nothing to roll back, and drivers refuse to, when the set-up failed before the work
        quietly(() -> rollbackUnlessAutoCommit(connection), "roll back");
        quietly(lock::close, "release the migration lock; closing the connection releases it");
        quietly(() -> connection.setAutoCommit(autoCommit), "restore auto-commit");
        quietly(cluster::restore, "restore wsrep_sync_wait");
      }
    } catch (SQLException e) {
      String message =
          SqlErrors.readOnly(e)
              ? SessionFailures.readOnly(e)
              : SqlErrors.permissionDenied(e)
                  ? privilegeMissing(e)
                  : SqlErrors.connectionLost(e)
                      ? SessionFailures.connectionLost(e)
                      : sessionFailed(e);
      StrataException failure = new StrataException(message, e);
      // before the work began, in a run that only reads (status, validate and its drift check),
      // or while a run's work had only read, nothing changed: another session may simply succeed
      boolean unchanged = !write || !working || e instanceof ReadOnlySoFar;
      throw unchanged && Reopening.lost(e) ? new SessionLost(failure) : failure;
    }
  }

  private static void rollbackUnlessAutoCommit(Connection connection) throws SQLException {
    if (!connection.getAutoCommit()) {
      connection.rollback();
    }
  }

  /**
   * Restores auto-commit, if the run changed it, and closes a connection that answered from the
   * digest: the answer stands whatever happens to the connection now, and one lost since (the
   * process serving an H2 {@code AUTO_SERVER} file exiting) needs no restoring, and no closing
   * beyond what the driver can do. A try, not {@link #quietly}: no lambda on the path of a start
   * with nothing to do. Closing twice, here and at the end of the run's {@code try}, is allowed:
   * the second close does nothing.
   */
  private static void endAfterAnswer(Connection connection, boolean autoCommit) {
    if (!autoCommit) {
      try {
        connection.setAutoCommit(false);
      } catch (SQLException e) {
        LOG.log(System.Logger.Level.DEBUG, "Could not restore auto-commit: " + e.getMessage());
      }
    }
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.log(System.Logger.Level.DEBUG, "Could not close the connection: " + e.getMessage());
    }
  }

  /** The dialect of the database connected to; the driver is asked for the URL only if needed. */
  static Dialect dialect(DatabaseMetaData metaData) throws SQLException {
    String product = metaData.getDatabaseProductName();
    return Dialects.forProduct(product, Dialects.dependsOnUrl(product) ? metaData.getURL() : null);
  }

  private Connection connect() {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      StrataException failure = new StrataException(cannotConnect(e), e);
      if (Reopening.refusedOnOpen(e)) {
        throw new SessionLost(failure, true);
      }
      throw Reopening.outOfReach(e) ? new SessionLost(failure) : failure;
    }
  }

  /**
   * Creates the history table if absent: where the lock lasts a transaction, in one that holds it,
   * since concurrent {@code CREATE TABLE IF NOT EXISTS} can still collide on PostgreSQL; elsewhere
   * with auto-commit, tolerating another run creating it at the same time.
   */
  private void create(HistorySetup setup, Connection connection, String user, TransactionLock lock)
      throws SQLException {
    if (setup.complete()) {
      // no run removes a complete table: neither the lock nor another look is needed
      return;
    }
    try {
      if (lock == TransactionLock.NONE) {
        setup.createIfAbsent(connection, user);
        return;
      }
      connection.setAutoCommit(false);
      try {
        lock.acquire();
        setup.createLocked(connection, user);
        connection.commit();
      } finally {
        quietly(connection::rollback, "roll back");
        // quietly: a failure to restore must not hide why the creation failed
        quietly(() -> connection.setAutoCommit(true), "restore auto-commit");
      }
    } catch (SQLException e) {
      if (SqlErrors.permissionDenied(e)) {
        throw new StrataException(cannotCreateHistory(user, e), e);
      }
      throw e;
    }
  }

  /**
   * What the run's lock is, for a run that takes it or a status that asks who holds it: named after
   * the history table as the database stores it, so that the names that PostgreSQL cuts to one
   * table share one lock.
   */
  LockRequest lockRequest(DatabaseMetaData metaData) throws SQLException {
    String table = dialect(metaData).storedName(historyTable);
    return new LockRequest(dataSource, table, lockTimeout, redacted(metaData.getURL()), lockLease);
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

  private static void quietly(SqlAction step, String what) {
    try {
      step.run();
    } catch (SQLException e) {
      LOG.log(System.Logger.Level.WARNING, "Could not " + what + ": " + e.getMessage());
    }
  }

  private static String cannotConnect(SQLException cause) {
    return "Strata could not connect to the database: "
        + Texts.sentence(cause.getMessage())
        + " Check the JDBC URL, that the database server runs and is reachable from here, and the"
        + " user and password.";
  }

  private String cannotCreateHistory(String user, SQLException cause) {
    return "The database user "
        + user
        + " may not create the history table "
        + historyTable
        + ": "
        + Texts.sentence(cause.getMessage())
        + " Grant that user the privilege to create tables there, or create the table once as a"
        + " user who may (run upgrade() as that user).";
  }

  private String privilegeMissing(SQLException cause) {
    return "The database user lacks a privilege that Strata needs: "
        + Texts.sentence(cause.getMessage())
        + " Strata reads and writes the history table "
        + historyTable
        + ", creates, replaces, renames and drops views, and creates, alters and drops tables:"
        + " grant these, or migrate as a user who may.";
  }

  private String sessionFailed(Throwable cause) {
    return "Strata could not work with the database: "
        + Texts.sentence(cause.getMessage())
        + " Check that the database is reachable and that its user may create, read and write"
        + " the history table "
        + historyTable
        + ".";
  }
}
