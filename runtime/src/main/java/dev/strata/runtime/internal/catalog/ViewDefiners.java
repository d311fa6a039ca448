package dev.strata.runtime.internal.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The {@code DEFINER} of a MySQL or MariaDB view that Strata creates again: a view made by another
 * account keeps it, instead of becoming the migrating account's, which a short-lived migration
 * account (a secrets manager's) would leave failing once it is dropped ("The user specified as a
 * definer does not exist"). Naming another account needs {@code SET USER} or {@code SUPER} (MySQL:
 * {@code SET_USER_ID}, {@code SET_ANY_DEFINER}); an account without them creates the view as its
 * own, as it always did.
 */
final class ViewDefiners {

  // what INFORMATION_SCHEMA.USER_PRIVILEGES shows of the account's own global privileges; one
  // granted through a role is not seen, and the view is then created as the account's own
  private static final String MAY_NAME_DEFINERS =
      "SELECT 1 FROM INFORMATION_SCHEMA.USER_PRIVILEGES WHERE GRANTEE = CONCAT('''',"
          + " SUBSTRING_INDEX(CURRENT_USER(), '@', 1), '''@''',"
          + " SUBSTRING_INDEX(CURRENT_USER(), '@', -1), '''') AND PRIVILEGE_TYPE IN ('SUPER',"
          + " 'SET USER', 'SET_USER_ID', 'SET_ANY_DEFINER')";

  private ViewDefiners() {}

  /** Whether the session's account may create a view for another account. */
  static boolean mayNameOthers(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(MAY_NAME_DEFINERS);
        ResultSet rows = statement.executeQuery()) {
      return rows.next();
    }
  }

  /**
   * {@code DEFINER = 'user'@'host' } for {@code definer} as {@code INFORMATION_SCHEMA.VIEWS} gives
   * it ({@code user@host}), {@code DEFINER = 'role' } for a MariaDB role ({@code role@}: named with
   * a host, {@code 'role'@''} is read as the account {@code 'role'@'%'}, which does not exist, and
   * the view is created all the same and fails every read); null for one this cannot write whatever
   * the session's SQL mode (a name with a quote or a backslash), which the view then does without.
   */
  static String clause(String definer) {
    int at = definer.lastIndexOf('@');
    if (at <= 0 || definer.indexOf('\'') >= 0 || definer.indexOf('\\') >= 0) {
      return null;
    }
    String user = "'" + definer.substring(0, at) + "'";
    String host = definer.substring(at + 1);
    return "DEFINER = " + user + (host.isEmpty() ? "" : "@'" + host + "'") + " ";
  }
}
