package dev.strata.runtime.internal.command;

import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.internal.history.HistoryDigest;
import dev.strata.runtime.internal.history.HistoryTable;
import dev.strata.runtime.internal.source.MigrationSet;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * The shortcut of an upgrade that finds nothing to apply: an empty result, from the history's
 * digest, with no lock taken and no migration class loaded, so that a start with nothing pending
 * costs one query; it logs one INFO line that the database is up to date.
 */
final class NothingPending implements Shortcut<List<MigrationInfo>> {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  private final List<MigrationSet> sets;
  private final int target;

  private NothingPending(List<MigrationSet> sets, int target) {
    this.sets = sets;
    this.target = target;
  }

  /** For {@code upgrade()}: every migration of every set applied. */
  static NothingPending all(List<MigrationSet> sets) {
    return new NothingPending(sets, -1);
  }

  /** For {@code upgrade(set, target)}: {@code set} applied up to {@code target} or beyond. */
  static NothingPending upTo(MigrationSet set, int target) {
    return new NothingPending(List.of(set), target);
  }

  /** The digest against {@link #sets}: the set at index i of the digest is {@code sets.get(i)}. */
  @Override
  public HistoryDigest read(Connection connection, HistoryTable history) {
    List<String> names = new ArrayList<>(sets.size());
    List<List<MigrationDescriptor>> migrations = new ArrayList<>(sets.size());
    for (int i = 0; i < sets.size(); i++) {
      names.add(sets.get(i).name());
      migrations.add(sets.get(i).migrations());
    }
    return HistoryDigest.read(connection, history, names, migrations);
  }

  @Override
  public List<MigrationInfo> answer(HistoryDigest digest) {
    boolean upToDate =
        target < 0 ? UpToDate.all(digest, sets) : UpToDate.reached(digest, 0, target);
    if (!upToDate) {
      return null;
    }
    // INFO, as Flyway's "Schema is up to date": a start says what it found, through the logger
    // this class holds anyway
    LOG.log(System.Logger.Level.INFO, "Database is up to date: nothing to apply");
    return List.of();
  }
}
