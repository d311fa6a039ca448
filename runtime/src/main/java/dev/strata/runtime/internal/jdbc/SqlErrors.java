package dev.strata.runtime.internal.jdbc;

import java.sql.SQLException;
import java.util.Set;

/** Tells apart the database errors that call for their own advice, whichever driver raised them. */
public final class SqlErrors {

  // insufficient_privilege in the SQL standard's class 42 (PostgreSQL)
  private static final String DENIED_STATE = "42501";

  // H2's NOT_ENOUGH_RIGHTS_FOR_1; MySQL's access denied to a database, table, column or command
  private static final Set<Integer> DENIED_CODES = Set.of(90096, 1044, 1142, 1143, 1227);

  private SqlErrors() {}

  /** Whether {@code e}, or an exception it chains, says the user lacks a privilege. */
  public static boolean permissionDenied(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          if (DENIED_STATE.equals(next.getSQLState())
              || DENIED_CODES.contains(next.getErrorCode())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
