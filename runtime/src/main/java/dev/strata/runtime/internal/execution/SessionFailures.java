package dev.strata.runtime.internal.execution;

import java.sql.SQLException;

/**
 * The advice for a failure outside any one migration's statements, chosen by its cause: a lost
 * connection calls for starting again, not for checking privileges.
 */
public final class SessionFailures {

  private SessionFailures() {}

  /** The connection to the database died while Strata worked, between or outside migrations. */
  public static String connectionLost(SQLException cause) {
    return "The connection to the database was lost: "
        + cause.getMessage()
        + " (the server or an administrator ended it, a failover, a proxy restart or the"
        + " network). The database rolled back what Strata's open transaction had done; a"
        + " migration cut off half-way where DDL commits at once is recorded in the history table"
        + " as interrupted. Start again once the database is reachable: Strata continues from what"
        + " the history table records, and says so if a migration needs repair() (strata repair).";
  }
}
