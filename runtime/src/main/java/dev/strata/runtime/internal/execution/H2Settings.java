package dev.strata.runtime.internal.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings of an H2 session that one statement sets, which no rollback and no commit undoes,
 * and which the session can read back: {@code LOCK_TIMEOUT}, {@code QUERY_TIMEOUT}, {@code TIME
 * ZONE}, {@code VARIABLE_BINARY}, {@code TRUNCATE_LARGE_LENGTH}, and the user variables of {@code
 * SET @x} and {@code SET(@x, ...)}.
 */
final class H2Settings {

  private static final Pattern SETTING =
      Pattern.compile(
          "\\s*SET\\s+(LOCK_TIMEOUT|QUERY_TIMEOUT|TIME\\s+ZONE|VARIABLE_BINARY"
              + "|TRUNCATE_LARGE_LENGTH)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final String USER = "@(?:\"(?:[^\"]|\"\")*\"|[A-Za-z_][\\w$]*)";
  private static final Pattern SET_USER =
      Pattern.compile("\\s*SET\\s+(" + USER + ")", Pattern.CASE_INSENSITIVE);
  private static final Pattern SET_FUNCTION =
      Pattern.compile("\\bSET\\s*\\(\\s*(" + USER + ")", Pattern.CASE_INSENSITIVE);

  private H2Settings() {}

  /** The settings that {@code statement}, one statement without comments, sets. */
  static List<SessionSetting> setBy(String statement) {
    List<SessionSetting> settings = new ArrayList<>();
    Matcher setting = SETTING.matcher(statement);
    if (setting.lookingAt()) {
      String name = setting.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
      settings.add(
          new SessionSetting(
              name,
              name.equals("LOCK_TIMEOUT")
                  ? "LOCK_TIMEOUT()"
                  : "(SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '"
                      + name
                      + "')",
              "SET " + name + " ?"));
    }
    Matcher user = SET_USER.matcher(statement);
    if (user.lookingAt()) {
      settings.add(user(user.group(1)));
    }
    Matcher function = SET_FUNCTION.matcher(statement);
    while (function.find()) {
      settings.add(user(function.group(1)));
    }
    return settings;
  }

  // an unquoted name is read in upper case, as H2 reads it
  private static SessionSetting user(String name) {
    String key = name.startsWith("@\"") ? name : name.toUpperCase(Locale.ROOT);
    return new SessionSetting(key, name, "SET " + name + " = ?");
  }
}
