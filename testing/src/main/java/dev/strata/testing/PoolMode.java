package dev.strata.testing;

import java.util.Locale;

/**
 * PgBouncer's {@code pool_mode}: when a client's server connection goes back to the pool. Strata
 * supports transaction and session pooling; statement pooling allows no transaction at all.
 */
public enum PoolMode {
  /** At the end of each transaction: the mode of many managed offerings. */
  TRANSACTION,
  /** When the client disconnects: a server connection per client, as without a pool. */
  SESSION,
  /** After each statement: transactions are refused. */
  STATEMENT;

  /** The mode as PgBouncer's configuration and {@code .ci/pgbouncer} write it. */
  String configName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
