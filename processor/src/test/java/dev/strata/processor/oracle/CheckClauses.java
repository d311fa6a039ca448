package dev.strata.processor.oracle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check constraints of a schema, read from the database's own catalog ({@code pg_constraint} on
 * PostgreSQL, {@code INFORMATION_SCHEMA.CHECK_CONSTRAINTS} on H2 and MariaDB) as the database
 * stores their conditions, one line per distinct condition: {@code check <table> <condition>},
 * without their names, and {@code x2} after one that two checks hold. Both schemas compared are
 * written by the same database, which rewrites a condition in its own way, so equal input gives
 * equal text; the text is normalised only where the database keeps what has no meaning: quotes,
 * case, spacing, the order of a list of values (Hibernate lists an enum's constants in declaration
 * order, Strata's {@code ENUM(...)} type sorted), and the order of the terms of a conjunction
 * (Hibernate joins a column's {@code @Min} and {@code @Max} in the order its validator's hash set
 * yields them, which changes with their values).
 */
final class CheckClauses {

  private static final Pattern ARRAY = Pattern.compile("array\\[([^\\]]*)\\]");
  // H2 writes IN('a', 'b') without the space MariaDB writes
  private static final Pattern IN_LIST = Pattern.compile(" in ?\\(([^()]*)\\)");

  private CheckClauses() {}

  static List<String> of(Connection connection, String catalog, String schema) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    String query;
    if (product.contains("postgres")) {
      query =
          "SELECT c.relname, pg_get_constraintdef(k.oid) FROM pg_constraint k"
              + " JOIN pg_class c ON c.oid = k.conrelid"
              + " JOIN pg_namespace n ON n.oid = k.connamespace"
              + " WHERE k.contype = 'c' AND n.nspname = ?";
    } else if (product.contains("maria") || product.contains("mysql")) {
      query =
          "SELECT table_name, check_clause FROM information_schema.check_constraints"
              + " WHERE constraint_schema = ?";
    } else {
      query =
          "SELECT tc.table_name, cc.check_clause FROM information_schema.table_constraints tc"
              + " JOIN information_schema.check_constraints cc"
              + " ON cc.constraint_schema = tc.constraint_schema"
              + " AND cc.constraint_name = tc.constraint_name"
              + " WHERE tc.constraint_type = 'CHECK' AND tc.table_schema = ?";
    }
    CountedLines lines = new CountedLines();
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, catalog != null ? catalog : schema);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          lines.add(
              "check "
                  + rows.getString(1).toLowerCase(Locale.ROOT)
                  + " "
                  + normal(rows.getString(2)));
        }
      }
    }
    return lines.lines();
  }

  static String normal(String clause) {
    String text =
        clause.replace("\"", "").replace("`", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return sortedTerms(sortLists(sortLists(text, ARRAY, "array[", "]"), IN_LIST, " in (", ")"));
  }

  /** The terms of a top-level {@code a and b}, sorted, inside any wrapping parentheses. */
  private static String sortedTerms(String text) {
    String prefix = text.startsWith("check ") ? "check " : "";
    String body = text.substring(prefix.length());
    while (body.startsWith("(") && closing(body, 0) == body.length() - 1) {
      body = body.substring(1, body.length() - 1);
    }
    List<String> terms = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0 && body.startsWith(" and ", i)) {
        terms.add(body.substring(start, i));
        start = i + 5;
      }
    }
    terms.add(body.substring(start));
    terms.sort(null);
    return prefix + String.join(" and ", terms);
  }

  private static int closing(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
      if (depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String sortLists(String text, Pattern list, String open, String close) {
    Matcher matcher = list.matcher(text);
    StringBuilder sorted = new StringBuilder();
    while (matcher.find()) {
      String[] items = matcher.group(1).split("\\s*,\\s*");
      Arrays.sort(items);
      matcher.appendReplacement(
          sorted, Matcher.quoteReplacement(open + String.join(", ", items) + close));
    }
    matcher.appendTail(sorted);
    return sorted.toString();
  }
}
