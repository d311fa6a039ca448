package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.jdbc.SqlFunction;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a raw statement ({@code execute(sql)}) already took effect, for the resumed run of one
 * that died. Where DDL commits at once, a statement the dying client had sent still completes on
 * the server, before its count reaches the history; running a plain {@code CREATE VIEW} or {@code
 * DROP TABLE} again then fails. So a statement that plainly creates or drops one view or table,
 * named without quotes, is checked in the catalog; anything else, nothing tells, and it runs again.
 */
final class RawStatementEffect {

  private static final Pattern CREATE_OR_DROP =
      Pattern.compile(
          "\\s*(CREATE|DROP)\\s+(VIEW|TABLE)\\s+(IF\\s+(?:NOT\\s+)?EXISTS\\s+)?"
              + "([A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_.\"`])[\\s\\S]*",
          Pattern.CASE_INSENSITIVE);

  private RawStatementEffect() {}

  /**
   * @param viewExists whether the catalog shows a view of that name
   * @param tableExists whether the catalog shows a table of that name
   */
  static SqlSupplier<Boolean> of(
      String sql,
      SqlFunction<String, Boolean> viewExists,
      SqlFunction<String, Boolean> tableExists) {
    Matcher matcher = CREATE_OR_DROP.matcher(sql);
    if (!matcher.matches() || matcher.group(3) != null) {
      // IF [NOT] EXISTS runs again harmlessly
      return StatementRunner.NEVER;
    }
    boolean create = matcher.group(1).equalsIgnoreCase("CREATE");
    SqlFunction<String, Boolean> exists =
        matcher.group(2).toUpperCase(Locale.ROOT).equals("VIEW") ? viewExists : tableExists;
    String name = matcher.group(4);
    return () -> exists.apply(name) == create;
  }
}
