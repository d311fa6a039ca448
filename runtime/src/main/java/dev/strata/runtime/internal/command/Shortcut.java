package dev.strata.runtime.internal.command;

import dev.strata.runtime.internal.history.HistoryDigest;
import dev.strata.runtime.internal.history.HistoryTable;
import java.sql.Connection;

/**
 * An answer that a run can give from the history's {@link HistoryDigest} alone, before it locks
 * anything: an upgrade's "nothing to do".
 *
 * @param <T> the run's result
 */
interface Shortcut<T> {

  /**
   * The digest of {@code history} against the code this answer is about, in one query; null if
   * there is none ({@link HistoryDigest#read}).
   */
  HistoryDigest read(Connection connection, HistoryTable history);

  /** The run's result, or null if the run has work to do or must look closer. */
  T answer(HistoryDigest digest);
}
