package dev.strata.runtime.internal.command;

import dev.strata.runtime.internal.history.HistoryDigest;

/**
 * An answer that a run can give from the history's {@link HistoryDigest} alone, before it locks
 * anything: an upgrade's "nothing to do".
 *
 * @param <T> the run's result
 */
interface Shortcut<T> {

  /** The run's result, or null if the run has work to do or must look closer. */
  T answer(HistoryDigest digest);
}
