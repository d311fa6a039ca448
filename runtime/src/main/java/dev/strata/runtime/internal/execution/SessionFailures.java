package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.Texts;
import dev.strata.runtime.internal.jdbc.SqlErrors;
import java.sql.SQLException;

/**
 * The advice for a failure outside any one migration's statements, chosen by its cause: a lost
 * connection calls for starting again, not for checking privileges.
 */
public final class SessionFailures {

  private SessionFailures() {}

  /**
   * The connection to the database died while Strata worked, between or outside migrations; or a
   * proxy ended it because it allows no transactions, which starting again cannot cure.
   */
  public static String connectionLost(SQLException cause) {
    if (SqlErrors.statementPooling(cause)) {
      return statementPooling(cause);
    }
    return "The connection to the database was lost: "
        + cause.getMessage()
        + " (the server or an administrator ended it, a failover, a proxy restart or the"
        + " network). The database rolled back what Strata's open transaction had done; a"
        + " migration cut off half-way where DDL commits at once is recorded in the history table"
        + " as interrupted. Start again once the database is reachable: Strata continues from what"
        + " the history table records, and says so if a migration needs repair() (strata repair).";
  }

  /** What to do about a database that accepts no writes, wherever a run meets one. */
  static final String READ_ONLY_ADVICE =
      "point the migrating DataSource (strata --url) at the primary, or lift the read-only setting"
          + " (PostgreSQL's default_transaction_read_only, MySQL's and MariaDB's read_only, H2's"
          + " ACCESS_MODE_DATA=r)";

  /**
   * The database refused a write because it accepts none: Strata was pointed at a replica, or at a
   * database made read-only, where starting again or fixing a migration cannot help.
   */
  public static String readOnly(SQLException cause) {
    return "The database accepts no writes: "
        + Texts.sentence(cause.getMessage())
        + " Strata needs to write its history table and the views, so it migrates against the"
        + " primary, never a replica or standby: "
        + READ_ONLY_ADVICE
        + ". This run applied nothing, its first write being refused; a start with nothing to"
        + " apply needs no writes and works on a replica.";
  }

  private static String statementPooling(SQLException cause) {
    return "PgBouncer refused a transaction: "
        + cause.getMessage()
        + ". In statement pooling mode (pool_mode = statement) it allows no transaction, and every"
        + " migration runs in one with its history row and the migration lock. Point Strata at"
        + " PostgreSQL directly, or at a pool in transaction or session"
        + " mode (a database entry of its own with pool_mode = transaction in PgBouncer's"
        + " [databases] section will do); a start with nothing to apply works through any mode.";
  }
}
