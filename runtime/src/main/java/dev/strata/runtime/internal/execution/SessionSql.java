package dev.strata.runtime.internal.execution;

import dev.strata.runtime.DatabaseKind;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's SQL that changes a setting for the session rather than the transaction, which a
 * migration's SQL may not run: committed with the migration, the setting stays on the connection,
 * for the pool's next user and the run's later migrations. Its refusal says what to write instead,
 * the same setting for the migration's transaction alone.
 */
final class SessionSql {

  private static final Pattern SET =
      Pattern.compile(
          "\\s*SET\\s+(?:SESSION\\s+(?!AUTHORIZATION\\b|CHARACTERISTICS\\b))?([\\s\\S]*)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RESET =
      Pattern.compile("\\s*RESET\\s+([\\s\\S]*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SET_CONFIG =
      Pattern.compile("\\bset_config\\s*\\(", Pattern.CASE_INSENSITIVE);

  private SessionSql() {}

  /** The refusal of {@code statement}, a {@code SET} without {@code LOCAL} or a {@code RESET}. */
  static SQLException outlivesTransaction(String who, String ran, String statement) {
    return new SQLException(
        who
            + " ran "
            + ran
            + ": on PostgreSQL a SET without LOCAL, or a RESET, outlives the migration's"
            + " transaction when it commits, and stays on the connection for whoever uses it next:"
            + " the application, through its pool or PgBouncer, and the run's later migrations."
            + " Write "
            + local(statement)
            + ", which holds until the migration commits or rolls back.");
  }

  /**
   * Whether {@code statement} calls {@code set_config} with a third argument other than true, read
   * as {@code reading} says: a function's body that calls it runs when the function is called,
   * which only the server knows, and a literal holds no call.
   */
  static boolean setsConfigForSession(String statement, Backslashes reading) {
    String code = TopLevelStatements.code(statement, DatabaseKind.POSTGRESQL, reading);
    Matcher call = SET_CONFIG.matcher(code);
    while (call.find()) {
      List<String> arguments = TopLevelCommas.split(inParentheses(code, call.end()));
      if (arguments.size() != 3 || !arguments.get(2).strip().equalsIgnoreCase("true")) {
        return true;
      }
    }
    return false;
  }

  static SQLException setConfigOutlivesTransaction(String who, String ran) {
    return new SQLException(
        who
            + " ran "
            + ran
            + ": set_config(name, value, false) sets the value for the session, which outlives the"
            + " migration's transaction when it commits and stays on the connection for whoever"
            + " uses it next. Write set_config(name, value, true), which holds until the migration"
            + " commits or rolls back.");
  }

  // what a RESET or a SET is for the transaction alone
  static String local(String statement) {
    Matcher reset = RESET.matcher(statement);
    if (reset.matches()) {
      String name = reset.group(1).strip();
      String upper = name.toUpperCase(Locale.ROOT);
      if (upper.equals("ROLE")) {
        return "SET LOCAL ROLE NONE";
      }
      if (upper.matches("SESSION\\s+AUTHORIZATION")) {
        return "SET LOCAL SESSION AUTHORIZATION DEFAULT";
      }
      return "SET LOCAL " + name + " TO DEFAULT";
    }
    Matcher set = SET.matcher(statement);
    return set.matches() ? "SET LOCAL " + set.group(1).strip() : "SET LOCAL ...";
  }

  // the text up to the parenthesis that closes the one opened before {@code from}
  private static String inParentheses(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return text.substring(from, i);
      }
    }
    return text.substring(from);
  }
}
