package dev.strata.runtime.internal.command;

import dev.strata.runtime.internal.history.HistoryDigest;
import dev.strata.runtime.internal.source.MigrationSet;
import java.util.List;

/**
 * Decides from a {@link HistoryDigest}, without a lock, that an upgrade has nothing to do: every
 * set's history is versions 1 to k, each finished, with the code's checksums, and k reaches the
 * upgrade's target. Anything else, work or a problem, is for the full path, which locks, reads the
 * history again and explains what it finds.
 *
 * <p>Reading without the lock is safe because what this accepts is final: a migration's row says it
 * finished only when it has, in the transaction of its statements or after them; a run in progress
 * shows as a missing or unfinished row, which sends this run to wait for the lock.
 */
final class UpToDate {

  private UpToDate() {}

  /** Whether every migration of every set in {@code sets}, the digest's sets, is applied. */
  static boolean all(HistoryDigest digest, List<MigrationSet> sets) {
    for (int i = 0; i < sets.size(); i++) {
      if (digest.applied(i) != sets.get(i).newestVersion()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the digest's set at {@code index} is applied up to {@code target} at least; the digest
   * never counts versions beyond the code's.
   */
  static boolean reached(HistoryDigest digest, int index, int target) {
    int applied = digest.applied(index);
    return applied != HistoryDigest.UNSETTLED && applied >= target;
  }
}
