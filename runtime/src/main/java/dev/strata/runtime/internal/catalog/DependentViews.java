package dev.strata.runtime.internal.catalog;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Asks the database which views read a view or table, directly or through other views, whoever
 * created them: PostgreSQL's dependency catalog ({@code pg_depend} and {@code pg_rewrite}), which
 * names its materialized views too (they block a change of what they read as views do); on H2,
 * MySQL and MariaDB, which record no view dependencies, the definitions in {@code
 * INFORMATION_SCHEMA.VIEWS}, which name every object they read schema-qualified and quoted.
 */
final class DependentViews {

  // views never read each other in a cycle; this bounds the search if a catalog says otherwise
  private static final int MAX_DEPTH = 100;

  private static final String POSTGRES =
      "WITH RECURSIVE dependents(oid, depth) AS ("
          + " SELECT r.ev_class, 1 FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid"
          + " WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass"
          + " AND d.refobjid = to_regclass(?) AND r.ev_class <> d.refobjid"
          + " UNION ALL"
          + " SELECT r.ev_class, dependents.depth + 1 FROM dependents"
          + " JOIN pg_depend d ON d.refobjid = dependents.oid"
          + " AND d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass"
          + " JOIN pg_rewrite r ON r.oid = d.objid WHERE r.ev_class <> d.refobjid"
          + " AND dependents.depth < "
          + MAX_DEPTH
          + ")"
          + " SELECT n.nspname, c.relname, quote_ident(n.nspname) || '.' || quote_ident(c.relname),"
          + " pg_get_viewdef(c.oid), MAX(dependents.depth), c.relkind = 'm', c.relispopulated"
          + " FROM dependents JOIN pg_class c ON c.oid = dependents.oid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm')"
          + " GROUP BY c.oid, n.nspname, c.relname ORDER BY 5, 1, 2";

  // its storage parameters (check_option, security_barrier, security_invoker), kept on restore
  private static final String POSTGRES_OPTIONS =
      "SELECT array_to_string(reloptions, ', ') FROM pg_class WHERE oid = to_regclass(?)";

  /**
   * The same search, starting from the views whose rule reads one column of the object: PostgreSQL
   * records which columns a view reads, and refuses to change or drop only those (a view that
   * counts rows, or reads the whole row, depends on no column and lets every change through). A
   * column the catalog does not know matches every dependency, as if no column were named.
   */
  private static final String POSTGRES_COLUMN =
      POSTGRES.replace(
          "AND d.refobjid = to_regclass(?)",
          "AND d.refobjid = to_regclass(?) AND d.refobjsubid = COALESCE((SELECT a.attnum"
              + " FROM pg_attribute a WHERE a.attrelid = to_regclass(?)"
              + " AND lower(a.attname) = lower(?) AND NOT a.attisdropped), d.refobjsubid)");

  private DependentViews() {}

  /**
   * The views that read {@code object}, directly or not, each after the views it reads: the order
   * in which to create them again, and in reverse the order in which to drop them.
   */
  static List<DependentView> of(
      Connection connection,
      Dialect dialect,
      String object,
      SqlSupplier<Collection<StoredView>> views)
      throws SQLException {
    if (dialect.kind() == DatabaseKind.POSTGRESQL) {
      return fromPostgresCatalog(connection, POSTGRES, dialect.render(object));
    }
    TableRef ref = TableRef.locate(connection, dialect, object);
    return fromDefinitions(
        connection, dialect, views.get(), ref.informationSchema(), ref.table(), definition -> true);
  }

  /**
   * The views that read column {@code column} of table {@code table}, and the views that read
   * those, in the same order as {@link #of}. On H2, MySQL and MariaDB a view reads the column when
   * its stored definition, which names every column it reads quoted and spells out every {@code *},
   * holds the column's quoted name: a view that reads a column of the same name elsewhere is found
   * too, which costs a rebuild and never a missed one.
   */
  static List<DependentView> ofColumn(
      Connection connection,
      Dialect dialect,
      String table,
      String column,
      SqlSupplier<Collection<StoredView>> views)
      throws SQLException {
    if (dialect.kind() == DatabaseKind.POSTGRESQL) {
      String object = dialect.render(table);
      return fromPostgresCatalog(connection, POSTGRES_COLUMN, object, object, column);
    }
    TableRef ref = TableRef.locate(connection, dialect, table);
    char quote = quote(dialect);
    String quotedColumn = (quote + column + quote).toLowerCase(Locale.ROOT);
    return fromDefinitions(
        connection,
        dialect,
        views.get(),
        ref.informationSchema(),
        ref.table(),
        definition -> definition.toLowerCase(Locale.ROOT).contains(quotedColumn));
  }

  /** Whether {@code view} exists. */
  static boolean exists(Connection connection, Dialect dialect, DependentView view)
      throws SQLException {
    boolean postgres = dialect.kind() == DatabaseKind.POSTGRESQL;
    try (PreparedStatement statement =
        connection.prepareStatement(
            postgres
                ? "SELECT 1 FROM pg_class WHERE oid = to_regclass(?) AND relkind IN ('v', 'm')"
                : "SELECT 1 FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
      if (postgres) {
        statement.setString(1, view.quoted());
      } else {
        statement.setString(1, view.schema());
        statement.setString(2, view.name());
      }
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static List<DependentView> fromPostgresCatalog(
      Connection connection, String query, String... parameters) throws SQLException {
    List<DependentView> views = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          boolean materialized = rows.getBoolean(6);
          String definition = ViewDefinitions.withoutSemicolon(rows.getString(4));
          views.add(
              new DependentView(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  materialized
                      ? definition + (rows.getBoolean(7) ? " WITH DATA" : " WITH NO DATA")
                      : definition,
                  head(materialized, rows.getString(3)),
                  materialized));
        }
      }
    }
    List<DependentView> withOptions = new ArrayList<>();
    for (DependentView view : views) {
      String options = postgresOptions(connection, view.quoted());
      withOptions.add(
          options == null || options.isEmpty()
              ? view
              : new DependentView(
                  view.schema(),
                  view.name(),
                  view.quoted(),
                  view.definition(),
                  head(view.materialized(), view.quoted()) + " WITH (" + options + ")",
                  view.materialized()));
    }
    return List.copyOf(withOptions);
  }

  private static String head(boolean materialized, String quoted) {
    return (materialized ? "CREATE MATERIALIZED VIEW " : "CREATE VIEW ") + quoted;
  }

  private static String query(ResultSet rows) throws SQLException {
    String definition = rows.getString(4).strip();
    return definition.endsWith(";") ? definition.substring(0, definition.length() - 1) : definition;
  }

  /**
   * @param views every view of every schema; a {@link QuotedNameIndex} of them, kept by the run, is
   *     searched as it is, any other collection is indexed first
   * @param firstLevel which of the views that name {@code object} count; every view that reads a
   *     view found counts
   */
  private static List<DependentView> fromDefinitions(
      Connection connection,
      Dialect dialect,
      Collection<StoredView> views,
      String schema,
      String object,
      Predicate<String> firstLevel)
      throws SQLException {
    char quote = quote(dialect);
    QuotedNameIndex index =
        views instanceof QuotedNameIndex kept ? kept : QuotedNameIndex.of(quote, views);
    // each view's depth: one more than the deepest view or table it reads among those found
    Map<DependentView, Integer> depth = new HashMap<>();
    // of each view found made by another account than the session's, that account
    Map<DependentView, String> definers = new HashMap<>();
    Set<String> frontier = Set.of(quoted(quote, schema, object));
    for (int level = 1; !frontier.isEmpty() && level <= MAX_DEPTH; level++) {
      Set<String> next = new HashSet<>();
      boolean first = level == 1;
      for (String name : frontier) {
        for (StoredView stored : index.naming(name)) {
          DependentView view = stored.view();
          if (!first || firstLevel.test(view.definition())) {
            depth.put(view, level);
            next.add(view.quoted());
            if (stored.otherDefiner() != null) {
              definers.put(view, stored.otherDefiner());
            }
          }
        }
      }
      frontier = next;
    }
    // sorted: the order of creation must not depend on the catalog's
    List<DependentView> found =
        depth.keySet().stream()
            .sorted(
                Comparator.comparing((DependentView v) -> depth.get(v))
                    .thenComparing(DependentView::schema)
                    .thenComparing(DependentView::name))
            .toList();
    return withDefiners(connection, found, definers);
  }

  /**
   * {@code views}, those made by another account created again as that account's where the session
   * may name it, and the head still fits where a run saves it.
   */
  private static List<DependentView> withDefiners(
      Connection connection, List<DependentView> views, Map<DependentView, String> definers)
      throws SQLException {
    if (views.stream().noneMatch(definers::containsKey)
        || !ViewDefiners.mayNameOthers(connection)) {
      return views;
    }
    List<DependentView> kept = new ArrayList<>();
    for (DependentView view : views) {
      String clause = definers.containsKey(view) ? ViewDefiners.clause(definers.get(view)) : null;
      String head =
          // DEFINER stands after ALGORITHM, before SQL SECURITY
          clause == null
              ? null
              : view.head().replaceFirst(" SQL SECURITY ", " " + clause + "SQL SECURITY ");
      kept.add(
          head == null || head.length() > DependentView.MAX_HEAD
              ? view
              : new DependentView(
                  view.schema(), view.name(), view.quoted(), view.definition(), head));
    }
    return kept;
  }

  private static String postgresOptions(Connection connection, String view) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(POSTGRES_OPTIONS)) {
      statement.setString(1, view);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  static char quote(Dialect dialect) {
    return dialect.kind() == DatabaseKind.MYSQL ? '`' : '"';
  }

  static String quoted(char quote, String schema, String name) {
    String q = String.valueOf(quote);
    return q + schema + q + "." + q + name + q;
  }
}
