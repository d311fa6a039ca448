package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Runs one migration in its own transaction and records it in the history table in that same
 * transaction; if anything fails, hands over to {@link FailureRecovery}.
 */
final class MigrationExecutor {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  private final Session session;

  MigrationExecutor(Session session) {
    this.session = session;
  }

  MigrationInfo upgrade(LoadedMigration migration) {
    HistoryRow row = run(migration, Direction.UPGRADE, millis -> insertRow(migration, millis));
    return StatusAssembler.applied(migration.descriptor(), row);
  }

  MigrationInfo downgrade(LoadedMigration migration) {
    run(migration, Direction.DOWNGRADE, millis -> deleteRow(migration));
    return StatusAssembler.pending(migration.set(), migration.descriptor());
  }

  // the session's connection is in manual-commit mode: each migration ends in commit or rollback
  private <T> T run(LoadedMigration migration, Direction direction, HistoryWrite<T> write) {
    Connection connection = session.connection();
    JdbcOperations ops = new JdbcOperations(connection, session.dialect());
    FailureRecovery recovery = new FailureRecovery(session, migration, direction, ops.undoLog());
    try {
      long start = System.nanoTime();
      direction.run(migration.migration(), ops);
      long millis = (System.nanoTime() - start) / 1_000_000;
      T written = write.write(millis);
      connection.commit();
      LOG.log(
          System.Logger.Level.INFO,
          () -> direction.done() + " " + migration.label() + " in " + millis + " ms");
      return written;
    } catch (StatementFailure e) {
      throw recovery.recover(e.statement(), e.sqlException());
    } catch (SQLException e) {
      throw recovery.recover("writing the history row and committing", e);
    } catch (RuntimeException | LinkageError e) {
      // the migration's own code threw: no statement of ours is at fault
      throw recovery.recover(null, e);
    }
  }

  private HistoryRow insertRow(LoadedMigration migration, long millis) throws SQLException {
    HistoryRow row =
        new HistoryRow(
            migration.set(),
            migration.version(),
            fitted(migration.descriptor().description()),
            migration.descriptor().checksum(),
            session.installedBy(),
            // millisecond precision: what every database's TIMESTAMP keeps, so reads compare equal
            Instant.now().truncatedTo(ChronoUnit.MILLIS),
            millis,
            true);
    session.history().insert(session.connection(), row);
    return row;
  }

  // the description only informs people: cut it to its column rather than fail the migration
  private static String fitted(String description) {
    return description.length() <= HistoryTable.MAX_DESCRIPTION
        ? description
        : description.substring(0, HistoryTable.MAX_DESCRIPTION);
  }

  private Void deleteRow(LoadedMigration migration) throws SQLException {
    session.history().delete(session.connection(), migration.set(), migration.version());
    return null;
  }

  /** Records the migration's outcome in the history table, inside its transaction. */
  @FunctionalInterface
  private interface HistoryWrite<T> {
    T write(long millis) throws SQLException;
  }
}
