package dev.strata.runtime.internal.history;

import dev.strata.runtime.internal.Tokens;
import dev.strata.runtime.internal.catalog.LiveViews;
import dev.strata.runtime.internal.catalog.RecordedView;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link ViewRecords} as PostgreSQL computes them inside the statement that writes a history row:
 * the definitions of the views a migration wrote are read from the catalog there, as {@code
 * LiveViews} reads them ({@code pg_get_viewdef}, its semicolon and surrounding blanks removed, then
 * the view's options as {@link RecordedView} stores them), and encoded as {@link Tokens} encodes
 * them, so that the row needs no read of its own first and stores the same text. The statement must
 * run with the views' schema alone on the {@code search_path}, as {@code LiveViews} reads them.
 */
public final class ViewRecordsQuery {

  /**
   * A definition as {@link Tokens} stores it: its length in UTF-16 units (a character beyond U+FFFF
   * counts two, as in Java; the server encoding must be UTF-8), a colon, the text; {@code -} for a
   * view that is not there. What surrounds the definition is blanks and a semicolon that {@code
   * pg_get_viewdef} writes, never other white space, so trimming ASCII blanks strips as Java does.
   * Its parameters: the view's qualified name, each part quoted, then its name.
   */
  // priced on the server (benchmarks/README.md, "Applying on PostgreSQL: the server's work per
  // migration"): the view is found by the oid that to_regclass gives, not by a join with
  // pg_namespace; relname is compared as LiveViews compares it, so that a name too long for an
  // identifier, which to_regclass cuts, is found exactly when LiveViews finds it; an ASCII
  // definition, whose octets are its characters, skips the regular expression that counts the
  // characters beyond U+FFFF
  private static final String DEFINITION_TOKEN =
      "COALESCE((SELECT (CASE WHEN octet_length(d) = char_length(d) THEN char_length(d)"
          + " ELSE char_length(d)"
          + " + char_length(regexp_replace(d, E'[^\\\\U00010000-\\\\U0010FFFF]', '', 'g')) END)::text"
          + " || ':' || d FROM (SELECT regexp_replace(btrim(pg_get_viewdef(c.oid),"
          + " E' \\t\\n\\x0b\\f\\r\\x1c\\x1d\\x1e\\x1f'), ';$', '')"
          + " || E'\\n"
          + RecordedView.OPTIONS_LINE.substring(1)
          + "' || "
          + LiveViews.POSTGRES_OPTIONS
          + " AS d"
          + " FROM pg_class c"
          + " WHERE c.oid = to_regclass(?) AND c.relkind = 'v' AND c.relname = ?) AS v), '-')";

  // PostgreSQL's functions take at most 100 arguments (FUNC_MAX_ARGS, fixed when it is built)
  private static final int MOST_ARGUMENTS = 100;

  private final String sql;
  private final List<String> parameters;

  private ViewRecordsQuery(String sql, List<String> parameters) {
    this.sql = sql;
    this.parameters = List.copyOf(parameters);
  }

  /**
   * @param known views whose records need no read, by key: a null definition for one removed
   * @param schema the schema of the views to read, in the catalog's spelling
   * @param read the keys ({@code schema.view}) of the views whose definitions the database reads,
   *     all in {@code schema}
   */
  public static ViewRecordsQuery of(Map<String, String> known, String schema, Set<String> read) {
    Set<String> keys = new TreeSet<>(known.keySet());
    keys.addAll(read);
    List<String> parts = new ArrayList<>();
    List<String> parameters = new ArrayList<>();
    List<String> literal = new ArrayList<>();
    for (String key : keys) {
      literal.add(key);
      if (!read.contains(key)) {
        literal.add(known.get(key));
        continue;
      }
      if (!schema.equals(key.substring(0, key.lastIndexOf('.')))) {
        throw new IllegalArgumentException(key + " is not in schema " + schema);
      }
      parts.add("CAST(? AS text)");
      parameters.add(Tokens.encode(literal));
      literal.clear();
      parts.add(DEFINITION_TOKEN);
      String view = key.substring(key.lastIndexOf('.') + 1);
      parameters.add(quoted(schema) + "." + quoted(view));
      parameters.add(view);
    }
    parts.add("CAST(? AS text)");
    parameters.add(Tokens.encode(literal));
    return new ViewRecordsQuery(concat(parts), parameters);
  }

  /**
   * {@code concat} of {@code parts} in order; more than a function takes are concatenated in
   * groups, nested as deep as they need, so that a migration may write any number of views.
   */
  static String concat(List<String> parts) {
    if (parts.size() <= MOST_ARGUMENTS) {
      return "concat(" + String.join(", ", parts) + ")";
    }
    List<String> groups = new ArrayList<>();
    for (int first = 0; first < parts.size(); first += MOST_ARGUMENTS) {
      groups.add(concat(parts.subList(first, Math.min(parts.size(), first + MOST_ARGUMENTS))));
    }
    return concat(groups);
  }

  // quoted, a name is taken as the catalog spells it, whatever its case or characters
  private static String quoted(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** The expression, whose parameters {@link #bind} sets. */
  public String sql() {
    return sql;
  }

  /** Sets the expression's parameters, the first at {@code first}; returns the next index. */
  public int bind(PreparedStatement statement, int first) throws SQLException {
    int index = first;
    for (String parameter : parameters) {
      statement.setString(index++, parameter);
    }
    return index;
  }
}
