package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.StatusReport;
import dev.strata.runtime.StrataException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Carries out {@code upgrade}, {@code downgrade} and {@code status} for the public {@code Strata}:
 * one connection per run, holding the dialect's session lock for the whole run.
 */
public final class Migrator {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  private final DataSource dataSource;
  private final String historyTable;
  private final List<MigrationSet> sets;

  private Migrator(DataSource dataSource, String historyTable, List<MigrationSet> sets) {
    this.dataSource = dataSource;
    this.historyTable = historyTable;
    this.sets = sets;
  }

  /**
   * Validates {@code sources}; connects to no database.
   *
   * @throws dev.strata.runtime.StrataException if the sources are inconsistent
   */
  public static Migrator create(
      DataSource dataSource, String historyTable, List<MigrationSource> sources) {
    Objects.requireNonNull(dataSource, "dataSource");
    Identifiers.requireValid(historyTable, "history table name");
    return new Migrator(dataSource, historyTable, SourceValidator.validate(sources));
  }

  /** The names of the loaded sets, sorted. */
  public List<String> sets() {
    return sets.stream().map(MigrationSet::name).toList();
  }

  public List<MigrationInfo> upgrade() {
    return inSession(
        session -> {
          session.history().createIfAbsent(session.connection());
          session.connection().commit();
          List<HistoryRow> rows = session.history().read(session.connection());
          // every set verified before any class loads, every class loaded before any runs: a bad
          // history or a broken build fails before the database changes
          List<List<MigrationDescriptor>> pending = new ArrayList<>();
          for (MigrationSet set : sets) {
            pending.add(MigrationPlanner.pending(set, rowsOf(set, rows)));
          }
          List<LoadedMigration> loaded = new ArrayList<>();
          for (int i = 0; i < sets.size(); i++) {
            loaded.addAll(MigrationLoader.load(sets.get(i), pending.get(i)));
          }
          if (loaded.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "Database is up to date: nothing to apply");
          }
          MigrationExecutor executor = new MigrationExecutor(session);
          List<MigrationInfo> applied = new ArrayList<>();
          for (LoadedMigration migration : loaded) {
            applied.add(executor.upgrade(migration));
          }
          return List.copyOf(applied);
        });
  }

  public List<MigrationInfo> downgrade(String setName, int version) {
    MigrationSet set =
        sets.stream()
            .filter(s -> s.name().equals(setName))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(Messages.unknownSet(setName, sets())));
    return inSession(
        session -> {
          List<HistoryRow> rows = rowsOf(set, readIfPresent(session));
          List<LoadedMigration> loaded =
              MigrationLoader.load(set, MigrationPlanner.toRevert(set, rows, version));
          MigrationExecutor executor = new MigrationExecutor(session);
          List<MigrationInfo> reverted = new ArrayList<>();
          for (LoadedMigration migration : loaded) {
            reverted.add(executor.downgrade(migration));
          }
          return List.copyOf(reverted);
        });
  }

  public StatusReport status() {
    return inSession(session -> StatusAssembler.assemble(sets, readIfPresent(session)));
  }

  // read-only runs do not create the table: an absent table means nothing was applied
  private static List<HistoryRow> readIfPresent(Session session) throws SQLException {
    Connection connection = session.connection();
    return session.history().exists(connection) ? session.history().read(connection) : List.of();
  }

  private static List<HistoryRow> rowsOf(MigrationSet set, List<HistoryRow> rows) {
    return rows.stream().filter(row -> row.set().equals(set.name())).toList();
  }

  private <T> T inSession(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      Dialect dialect = Dialects.of(connection.getMetaData());
      LOG.log(System.Logger.Level.DEBUG, () -> "Using dialect " + dialect.name());
      Session session =
          new Session(
              connection,
              dialect,
              new HistoryTable(historyTable, dialect),
              installedBy(connection.getMetaData().getUserName()));
      boolean autoCommit = connection.getAutoCommit();
      try (SessionLock lock = dialect.lock(connection, historyTable)) {
        connection.setAutoCommit(false);
        T result = work.run(session);
        connection.commit();
        return result;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new StrataException(Messages.sessionFailed(historyTable, e), e);
    }
  }

  private static String installedBy(String user) {
    // the column's width; who applied a migration is informative, not worth failing a run for
    return user == null || user.length() <= 100 ? user : user.substring(0, 100);
  }

  /** What a run does with its session. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Session session) throws SQLException;
  }
}
