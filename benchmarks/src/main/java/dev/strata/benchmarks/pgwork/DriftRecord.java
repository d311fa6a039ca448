package dev.strata.benchmarks.pgwork;

/**
 * How the history row's view record is had: a literal (the client read it), or the statement reads
 * it from the catalog with one of the expressions {@code ViewRecordsQuery} has used, copied here so
 * that every build of the runtime is priced against the same texts. Each expression's parameters:
 * the view's schema and name (by join), or its quoted qualified name and its name (by oid).
 */
enum DriftRecord {
  LITERAL(null),

  /** As commit 842ac4b read it: a join with pg_namespace, the UTF-16 length always by a regex. */
  JOIN_REGEX(
      "COALESCE((SELECT (char_length(d)"
          + " + char_length(regexp_replace(d, E'[^\\\\U00010000-\\\\U0010FFFF]', '', 'g')))::text"
          + " || ':' || d FROM (SELECT regexp_replace(btrim(pg_get_viewdef(c.oid),"
          + " E' \\t\\n\\x0b\\f\\r\\x1c\\x1d\\x1e\\x1f'), ';$', '') AS d"
          + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE c.relkind = 'v' AND n.nspname = ? AND c.relname = ?) AS v), '-')"),

  /** The view by the oid to_regclass gives, the length still by the regex. */
  OID_REGEX(
      "COALESCE((SELECT (char_length(d)"
          + " + char_length(regexp_replace(d, E'[^\\\\U00010000-\\\\U0010FFFF]', '', 'g')))::text"
          + " || ':' || d FROM (SELECT regexp_replace(btrim(pg_get_viewdef(c.oid),"
          + " E' \\t\\n\\x0b\\f\\r\\x1c\\x1d\\x1e\\x1f'), ';$', '') AS d"
          + " FROM pg_class c"
          + " WHERE c.oid = to_regclass(?) AND c.relkind = 'v' AND c.relname = ?) AS v), '-')"),

  /** As branch pg-apply reads it: by oid, and an ASCII definition's length without the regex. */
  OID_ASCII(
      "COALESCE((SELECT (CASE WHEN octet_length(d) = char_length(d) THEN char_length(d)"
          + " ELSE char_length(d)"
          + " + char_length(regexp_replace(d, E'[^\\\\U00010000-\\\\U0010FFFF]', '', 'g')) END)::text"
          + " || ':' || d FROM (SELECT regexp_replace(btrim(pg_get_viewdef(c.oid),"
          + " E' \\t\\n\\x0b\\f\\r\\x1c\\x1d\\x1e\\x1f'), ';$', '') AS d"
          + " FROM pg_class c"
          + " WHERE c.oid = to_regclass(?) AND c.relkind = 'v' AND c.relname = ?) AS v), '-')");

  private final String expression;

  DriftRecord(String expression) {
    this.expression = expression;
  }

  /** The history row's last value, with the parameters {@link #parameters} gives. */
  String sql() {
    return expression == null
        ? "CAST(? AS text)"
        : "concat(CAST(? AS text), " + expression + ", CAST(? AS text))";
  }

  /** The parameters of {@link #sql} for view {@code view} of {@code schema}. */
  Object[] parameters(String schema, String view) {
    String key = schema + "." + view;
    String prefix = key.length() + ":" + key;
    if (expression == null) {
      return new Object[] {prefix + "2:-"};
    }
    Object first = this == JOIN_REGEX ? schema : quoted(schema) + "." + quoted(view);
    return new Object[] {prefix, first, view, ""};
  }

  private static String quoted(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}
