package dev.strata.runtime.internal.dialect;

/**
 * A view's query as the DDL that goes on after it embeds it: with a line break after it when its
 * last line may end in a {@code --} or {@code #} comment, which would otherwise swallow the text
 * that follows ({@code WITH LOCAL CHECK OPTION}, {@code WITH NO DATA}, a closing bracket).
 */
public final class QueryEnd {

  private QueryEnd() {}

  public static String closed(String sql) {
    // only a line feed ends such a comment on every database: MySQL reads on past a lone CR
    String lastLine = sql.substring(sql.lastIndexOf('\n') + 1);
    return lastLine.contains("--") || lastLine.contains("#") ? sql + "\n" : sql;
  }
}
