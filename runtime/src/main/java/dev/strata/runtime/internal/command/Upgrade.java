package dev.strata.runtime.internal.command;

import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.internal.execution.MigrationExecutor;
import dev.strata.runtime.internal.execution.Session;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.history.HistoryTail;
import dev.strata.runtime.internal.jdbc.SqlFunction;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
import dev.strata.runtime.internal.lock.TransactionLock;
import dev.strata.runtime.internal.plan.MigrationPlanner;
import dev.strata.runtime.internal.source.LoadedMigration;
import dev.strata.runtime.internal.source.MigrationLoader;
import dev.strata.runtime.internal.source.MigrationSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Applies every pending migration of every set, in set name order, versions ascending; or those of
 * one set up to a target version.
 */
final class Upgrade {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  private Upgrade() {}

  /** The work of {@code upgrade()}: {@link #run(Session, List)}. */
  static SqlFunction<Session, List<MigrationInfo>> all(
      List<MigrationSet> sets, StartPolicy policy) {
    return new SqlFunction<>() {
      @Override
      public List<MigrationInfo> apply(Session session) throws SQLException {
        List<MigrationInfo> reverted = policy.before(session, sets);
        List<LoadedMigration> loaded = toApply(session, reverted, () -> pending(session, sets));
        return joined(reverted, applyEach(session, sets, loaded, readLeftOpen(session, reverted)));
      }
    };
  }

  /** The work of {@code upgrade(set, target)}: {@link #run(Session, MigrationSet, int)}. */
  static SqlFunction<Session, List<MigrationInfo>> upTo(
      MigrationSet set, int target, StartPolicy policy) {
    return new SqlFunction<>() {
      @Override
      public List<MigrationInfo> apply(Session session) throws SQLException {
        List<MigrationInfo> reverted = policy.before(session, List.of(set));
        List<LoadedMigration> loaded =
            toApply(session, reverted, () -> pending(session, set, target));
        return joined(
            reverted, applyEach(session, List.of(set), loaded, readLeftOpen(session, reverted)));
      }
    };
  }

  /** The migrations reverted first, then those applied. */
  private static List<MigrationInfo> joined(
      List<MigrationInfo> reverted, List<MigrationInfo> applied) {
    if (reverted.isEmpty()) {
      return applied;
    }
    List<MigrationInfo> all = new ArrayList<>(reverted);
    all.addAll(applied);
    return List.copyOf(all);
  }

  /**
   * Whether the transaction of the history read stays open for the first migration's lock to commit
   * in its round trip: where the lock lasts a transaction (each migration's transaction takes it
   * first, so the read's need not end before), and no migration was reverted first.
   */
  private static boolean readLeftOpen(Session session, List<MigrationInfo> reverted) {
    return session.transactionLock() != TransactionLock.NONE && reverted.isEmpty();
  }

  /**
   * Runs under the lock: reads what to apply from the history only now, as another process may have
   * applied it, and ends that read's transaction, or leaves it to the first migration's lock
   * ({@link #readLeftOpen}); a run with nothing to apply commits it at its end. Unless {@code
   * reverted} changed the database first, the run has only read so far: a connection lost here (the
   * process serving an H2 {@code AUTO_SERVER} file exits) is retried on a fresh session, not
   * reported as a failed start.
   */
  private static List<LoadedMigration> toApply(
      Session session, List<MigrationInfo> reverted, SqlSupplier<List<LoadedMigration>> pending)
      throws SQLException {
    SqlSupplier<List<LoadedMigration>> read =
        () -> {
          List<LoadedMigration> loaded = pending.get();
          if (loaded.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "Database is up to date: nothing to apply");
          }
          if (!readLeftOpen(session, reverted)) {
            // ends the transaction of that read: each migration's starts with taking the lock
            session.connection().commit();
          }
          return loaded;
        };
    return reverted.isEmpty() ? ReadOnlySoFar.reading(read) : read.get();
  }

  /**
   * Applies {@code loaded}, reading the history again before each where it may have moved.
   *
   * @param readOpen whether the history read's transaction is still open ({@link #readLeftOpen})
   */
  private static List<MigrationInfo> applyEach(
      Session session, List<MigrationSet> sets, List<LoadedMigration> loaded, boolean readOpen)
      throws SQLException {
    MigrationExecutor executor = new MigrationExecutor(session);
    List<MigrationInfo> applied = new ArrayList<>();
    for (int i = 0; i < loaded.size(); i++) {
      LoadedMigration migration = loaded.get(i);
      // what the next one checks under the lock, which may be taken with this one's commit
      LoadedMigration next = i + 1 < loaded.size() ? loaded.get(i + 1) : null;
      HistoryTail nextTail =
          next == null ? null : LockedRecheck.tailBefore(session, set(sets, next), next);
      MigrationSet set = set(sets, migration);
      // only the first try of the first: its lock's round trip ends the read's transaction
      boolean firstOfRun = readOpen && i == 0;
      MigrationInfo info =
          QueuedTries.run(
              session,
              migration,
              first -> LockedRecheck.stillToApply(session, set, migration, firstOfRun && first),
              queue -> executor.upgrade(migration, nextTail, queue));
      if (info != null) {
        applied.add(info);
      }
    }
    return List.copyOf(applied);
  }

  // a loop: it runs twice for every migration applied
  private static MigrationSet set(List<MigrationSet> sets, LoadedMigration migration) {
    for (MigrationSet set : sets) {
      if (set.name().equals(migration.set())) {
        return set;
      }
    }
    throw new NoSuchElementException("No set " + migration.set());
  }

  /**
   * The pending migrations, loaded: every set verified before any class loads, every class loaded
   * before any runs, so that a bad history or a broken build fails before the database changes.
   */
  static List<LoadedMigration> pending(Session session, List<MigrationSet> sets)
      throws SQLException {
    List<HistoryRow> rows = session.rows();
    List<List<MigrationDescriptor>> pending = new ArrayList<>();
    for (MigrationSet set : sets) {
      pending.add(MigrationPlanner.pending(set, set.rowsIn(rows), session.dialect()));
    }
    List<LoadedMigration> loaded = new ArrayList<>();
    for (int i = 0; i < sets.size(); i++) {
      loaded.addAll(MigrationLoader.load(sets.get(i), pending.get(i)));
    }
    return List.copyOf(loaded);
  }

  /** The migrations of {@code set} to apply up to {@code target}, loaded. */
  static List<LoadedMigration> pending(Session session, MigrationSet set, int target)
      throws SQLException {
    List<HistoryRow> rows = set.rowsIn(session.rows());
    return MigrationLoader.load(
        set, MigrationPlanner.pending(set, rows, target, session.dialect()));
  }
}
