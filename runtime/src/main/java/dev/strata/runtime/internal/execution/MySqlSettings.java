package dev.strata.runtime.internal.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The session variables that one MySQL or MariaDB statement sets, which no rollback and no commit
 * undoes: the system variables of a {@code SET} ({@code SET sql_mode = ...}, {@code SET SESSION
 * time_zone = ...}, {@code SET NAMES ...}), the user variables it assigns (with {@code SET}, {@code
 * :=} or {@code SELECT ... INTO}), and MariaDB's {@code SET ROLE}. A global variable is the
 * server's, not the session's; {@code SET STATEMENT ... FOR} lasts its statement.
 */
final class MySqlSettings {

  private static final Pattern SET = Pattern.compile("\\s*SET\\s+", Pattern.CASE_INSENSITIVE);

  // not variables of the session: a password, an account's default role (SET TRANSACTION is
  // refused)
  private static final Pattern NO_VARIABLE =
      Pattern.compile("(?:TRANSACTION|PASSWORD|DEFAULT\\s+ROLE)\\b", Pattern.CASE_INSENSITIVE);

  // MariaDB's SET ROLE r, or NONE, for the session: set back by name, quoted, NONE for NULL
  private static final Pattern ROLE = Pattern.compile("ROLE\\b", Pattern.CASE_INSENSITIVE);
  private static final SessionSetting CURRENT_ROLE =
      new SessionSetting(
          "current_role()",
          "CURRENT_ROLE()",
          "EXECUTE IMMEDIATE CONCAT('SET ROLE ',"
              + " IFNULL(CONCAT('`', REPLACE(?, '`', '``'), '`'), 'NONE'))");

  // its own variables last the statement after FOR, which may set others
  private static final Pattern FOR_STATEMENT =
      Pattern.compile("STATEMENT\\b[\\s\\S]*?\\bFOR\\b([\\s\\S]*)", Pattern.CASE_INSENSITIVE);

  // SET NAMES and SET CHARACTER SET change these four, in this order
  private static final Pattern CHARACTER_SET =
      Pattern.compile("(?:NAMES|CHARACTER\\s+SET|CHARSET)\\b", Pattern.CASE_INSENSITIVE);
  private static final List<String> CHARACTER_SET_VARIABLES =
      List.of(
          "character_set_client",
          "character_set_results",
          "character_set_connection",
          "collation_connection");

  private static final String USER =
      "@(?:`(?:[^`]|``)*`|'(?:[^'\\\\]|\\\\.|'')*'|\"(?:[^\"\\\\]|\\\\.|\"\")*\"|[\\w$.]+)";

  // a scope keyword holds for the assignments after it, until another one
  private static final Pattern ASSIGNMENT =
      Pattern.compile(
          "(?:(GLOBAL|SESSION|LOCAL|PERSIST|PERSIST_ONLY)\\s+)?"
              + "(?:("
              + USER
              + ")|@@(?:(GLOBAL|SESSION|LOCAL)\\.)?(`[^`]+`|[A-Za-z_][\\w$]*)"
              + "|(`[^`]+`|[A-Za-z_][\\w$]*))\\s*:?=",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ASSIGNED = Pattern.compile("(?<![@\\w$.])(" + USER + ")\\s*:=");
  private static final Pattern INTO =
      Pattern.compile(
          "\\bINTO\\s+(" + USER + "(?:\\s*,\\s*" + USER + ")*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ONE_USER = Pattern.compile(USER);

  private MySqlSettings() {}

  /** The session variables that {@code statement}, one statement without comments, sets. */
  static List<SessionSetting> setBy(String statement) {
    List<SessionSetting> settings = new ArrayList<>();
    Matcher set = SET.matcher(statement);
    if (set.lookingAt()) {
      String rest = statement.substring(set.end());
      Matcher scoped = FOR_STATEMENT.matcher(rest);
      if (scoped.lookingAt()) {
        return setBy(scoped.group(1));
      }
      if (ROLE.matcher(rest).lookingAt()) {
        settings.add(CURRENT_ROLE);
      } else if (CHARACTER_SET.matcher(rest).lookingAt()) {
        CHARACTER_SET_VARIABLES.forEach(name -> settings.add(system(name)));
      } else if (!NO_VARIABLE.matcher(rest).lookingAt()) {
        assignments(rest, settings);
      }
    }
    Matcher assigned = ASSIGNED.matcher(statement);
    while (assigned.find()) {
      settings.add(user(assigned.group(1)));
    }
    Matcher into = INTO.matcher(statement);
    while (into.find()) {
      Matcher each = ONE_USER.matcher(into.group(1));
      while (each.find()) {
        settings.add(user(each.group()));
      }
    }
    return settings;
  }

  private static void assignments(String list, List<SessionSetting> settings) {
    boolean global = false;
    for (String item : TopLevelCommas.split(list)) {
      Matcher assignment = ASSIGNMENT.matcher(item.strip());
      if (!assignment.lookingAt()) {
        continue;
      }
      if (assignment.group(1) != null) {
        String scope = assignment.group(1).toUpperCase(Locale.ROOT);
        global = !scope.equals("SESSION") && !scope.equals("LOCAL");
      }
      if (assignment.group(2) != null) {
        settings.add(user(assignment.group(2)));
      } else if (assignment.group(4) != null) {
        String prefix = assignment.group(3);
        if (prefix == null ? !global : !prefix.equalsIgnoreCase("GLOBAL")) {
          settings.add(system(assignment.group(4)));
        }
      } else if (!global) {
        settings.add(system(assignment.group(5)));
      }
    }
  }

  private static SessionSetting system(String name) {
    return new SessionSetting(
        name.replace("`", "").toLowerCase(Locale.ROOT),
        "@@SESSION." + name,
        "SET SESSION " + name + " = ?");
  }

  // a user variable's name ignores case; quoted, it is kept as written in both statements
  private static SessionSetting user(String name) {
    return new SessionSetting(name.toLowerCase(Locale.ROOT), name, "SET " + name + " = ?");
  }
}
