package dev.strata.runtime.internal.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code DEFINER} of a MySQL or MariaDB view that Strata creates again: a view made by another
 * account keeps it, instead of becoming the migrating account's, which a short-lived migration
 * account (a secrets manager's) would leave failing once it is dropped ("The user specified as a
 * definer does not exist"). Naming another account needs {@code SET USER} or {@code SUPER} (MySQL:
 * {@code SET_USER_ID}, {@code SET_ANY_DEFINER}), granted to the account or to its role; an account
 * without them creates the view as its own, as it always did.
 */
final class ViewDefiners {

  // SHOW GRANTS, not INFORMATION_SCHEMA.USER_PRIVILEGES: that lists the account's own global
  // privileges only, where SHOW GRANTS on MariaDB also lists those of its enabled role
  private static final Pattern GLOBAL_GRANT = Pattern.compile("^GRANT (.+?) ON \\*\\.\\* TO ");

  private static final Set<String> NAMING_DEFINERS =
      Set.of("ALL PRIVILEGES", "SUPER", "SET USER", "SET_USER_ID", "SET_ANY_DEFINER");

  private ViewDefiners() {}

  /** Whether the session's account may create a view for another account. */
  static boolean mayNameOthers(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet grants = statement.executeQuery("SHOW GRANTS")) {
      while (grants.next()) {
        if (namesDefiners(grants.getString(1))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Whether {@code grant}, a line of {@code SHOW GRANTS} ({@code GRANT SELECT, SUPER ON *.* TO
   * ...}; MySQL lists its dynamic privileges without spaces), gives a privilege that names
   * definers.
   */
  static boolean namesDefiners(String grant) {
    Matcher global = GLOBAL_GRANT.matcher(grant);
    if (!global.find()) {
      return false;
    }
    for (String privilege : global.group(1).split(",")) {
      if (NAMING_DEFINERS.contains(privilege.strip().toUpperCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
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
