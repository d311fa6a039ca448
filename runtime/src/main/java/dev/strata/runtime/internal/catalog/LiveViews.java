package dev.strata.runtime.internal.catalog;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.Identifiers;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.jdbc.KeptStatements;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The definitions of views as the database itself reports them ({@code pg_get_viewdef} on
 * PostgreSQL, {@code INFORMATION_SCHEMA.VIEWS.VIEW_DEFINITION} elsewhere), one query per schema,
 * keyed {@code schema.view} in the catalog's spelling: what drift detection records when Strata
 * writes a view and compares with the catalog later. On PostgreSQL each schema's views are read
 * with that schema alone on the {@code search_path}, so that a definition reads the same whatever
 * the default schema of the session that records or validates it.
 */
public final class LiveViews {

  private static final String SESSION_PATH =
      "SELECT current_schema(), current_setting('search_path'),"
          + " current_setting('server_encoding') = 'UTF8'";

  // pg_get_viewdef leaves unqualified what the search_path finds, so that its text depends on the
  // session that reads it: read each schema with that schema alone on the path, the same whichever
  // session records or validates, and set the session's path back in the same round trip
  private static final String READ_AS_SCHEMA =
      "SELECT set_config('search_path', quote_ident(?), false)";
  private static final String SET_BACK = "SELECT set_config('search_path', ?, false)";

  // the most views read by a lookup each on H2; more are read by one scan of every view
  private static final int H2_LOOKUPS = 8;

  private static final String H2_ONE_VIEW =
      "SELECT TABLE_NAME, VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS"
          + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?";

  /**
   * PostgreSQL's options of view {@code pg_class c} as {@link RecordedView#text} stores them: its
   * storage parameters, sorted by bytes as Java sorts them, whatever the database's collation.
   */
  public static final String POSTGRES_OPTIONS =
      "coalesce(nullif(array_to_string(ARRAY(SELECT o FROM unnest(c.reloptions) AS o"
          + " ORDER BY o COLLATE \"C\"), ', '), ''), 'none')";

  private final Connection connection;
  private final Dialect dialect;
  private final DatabaseMetaData metaData;
  private final String current;
  // PostgreSQL's search_path of the session, set back after each read; null elsewhere
  private final String searchPath;
  // whether a statement can read definitions as this class reads them (ViewRecordsQuery)
  private final boolean readableInStatements;
  // where the run keeps the statements of its reads; null to prepare each for its one use
  private final KeptStatements kept;

  private LiveViews(Connection connection, Dialect dialect, KeptStatements kept)
      throws SQLException {
    this.connection = connection;
    this.dialect = dialect;
    this.kept = kept;
    this.metaData = connection.getMetaData();
    if (dialect.kind() == DatabaseKind.POSTGRESQL) {
      // the search_path to set back after each read: one query, as getSchema() alone costs
      try (PreparedStatement statement = connection.prepareStatement(SESSION_PATH);
          ResultSet row = statement.executeQuery()) {
        row.next();
        this.current = row.getString(1);
        this.searchPath = row.getString(2);
        this.readableInStatements = row.getBoolean(3);
      }
    } else {
      // MySQL and MariaDB call schemas databases, which their drivers report as catalogs
      this.current =
          dialect.kind() == DatabaseKind.MYSQL ? connection.getCatalog() : connection.getSchema();
      this.searchPath = null;
      this.readableInStatements = false;
    }
  }

  public static LiveViews of(Connection connection, Dialect dialect) throws SQLException {
    return new LiveViews(connection, dialect, null);
  }

  /**
   * As {@link #of(Connection, Dialect)}, for a run that reads the views of each migration it
   * applies: the statements of those reads are kept in {@code kept}, which the run closes.
   */
  public static LiveViews of(Connection connection, Dialect dialect, KeptStatements kept)
      throws SQLException {
    return new LiveViews(connection, dialect, kept);
  }

  /** The session's schema (MySQL's database), where unqualified names live. */
  public String currentSchema() {
    return current;
  }

  /**
   * Whether a statement can compute the records of views it writes as {@link #read} reads them
   * ({@code ViewRecordsQuery}): on PostgreSQL, where the server's encoding is UTF-8, so that the
   * database counts a definition's length as Java does.
   */
  public boolean readableInStatements() {
    return readableInStatements;
  }

  /**
   * The key of view {@code name} as Strata wrote it: {@code schema.view}, as the catalog spells.
   */
  public String key(String name) throws SQLException {
    String schema = Identifiers.schema(name);
    schema =
        schema == null
            ? current
            : dialect.kind() == DatabaseKind.MYSQL ? schema : Identifiers.stored(schema, metaData);
    return schema + "." + Identifiers.stored(Identifiers.local(name), metaData);
  }

  /** The schema of a {@link #key}. */
  public static String schemaOf(String key) {
    return key.substring(0, key.lastIndexOf('.'));
  }

  /** The definitions of the views with these keys that exist, by key. */
  public Map<String, String> read(Collection<String> keys) throws SQLException {
    Map<String, Set<String>> bySchema = new TreeMap<>();
    for (String key : keys) {
      bySchema
          .computeIfAbsent(schemaOf(key), schema -> new TreeSet<>())
          .add(key.substring(key.lastIndexOf('.') + 1));
    }
    Map<String, String> found = new TreeMap<>();
    for (Map.Entry<String, Set<String>> schema : bySchema.entrySet()) {
      found.putAll(query(schema.getKey(), List.copyOf(schema.getValue())));
    }
    return found;
  }

  /** Every view of these schemas, by key. */
  public Map<String, String> all(Set<String> schemas) throws SQLException {
    Map<String, String> found = new TreeMap<>();
    for (String schema : new TreeSet<>(schemas)) {
      found.putAll(query(schema, null));
    }
    return found;
  }

  /**
   * An SQL expression with two parameters, a view's schema and its name as a {@link #key} spells
   * them, whose value is the definition that {@link #read} would return for that view, as one
   * {@link dev.strata.runtime.internal.Tokens} token ({@code -} for a view that is not there): so
   * that the statement writing a history row reads the definitions it stores itself, with no round
   * trip of its own. Null where a definition is not read with plain SQL (PostgreSQL sets the {@code
   * search_path} around {@code pg_get_viewdef}; the generic dialect may lack the functions).
   */
  public String definitionTokenSql() {
    // H2 runs in the process, so a query costs no round trip, and an UPDATE with this subquery
    // took longer there (80-130 us at 1,000 views) than the query and a plain UPDATE (about 45 us)
    if (dialect.kind() != DatabaseKind.MYSQL) {
      return null;
    }
    // a token's length counts UTF-16 units, as Java's String.length() does; MySQL's CHAR_LENGTH
    // counts characters, of which one outside the BMP is two such units
    // the options line as RecordedView.text writes it; CHAR, since a '\n' in a literal reads as
    // two characters in the sql_mode NO_BACKSLASH_ESCAPES
    return "COALESCE((SELECT CONCAT(OCTET_LENGTH(CONVERT(d USING utf16)) DIV 2, ':', d) FROM"
        + " (SELECT CONCAT(VIEW_DEFINITION, CHAR(10 USING utf8mb4), '"
        + RecordedView.OPTIONS_LINE.substring(1)
        + "', "
        + optionsSql(dialect)
        + ") AS d FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA = ?"
        + " AND TABLE_NAME = ? AND VIEW_DEFINITION IS NOT NULL) AS v), '-')";
  }

  /**
   * @param names null for every view of the schema
   */
  private Map<String, String> query(String schema, List<String> names) throws SQLException {
    boolean postgres = dialect.kind() == DatabaseKind.POSTGRESQL;
    // H2 2.x builds a row of INFORMATION_SCHEMA.VIEWS for every view of every schema unless the
    // condition is one TABLE_NAME = ?, which it looks up: an IN list read all the views there are
    // for each migration that wrote two, so a few names get a SELECT each, in one statement. Not
    // many: H2 prepares a UNION by recursion (thousands of them overflow the stack), and a lookup
    // costs 10 to 20 us against 0.5 us a view for the scan, which then costs less
    boolean eachByName =
        names != null && names.size() <= H2_LOOKUPS && dialect.kind() == DatabaseKind.H2;
    String select = select(postgres, eachByName, names);
    String sql = postgres ? READ_AS_SCHEMA + "; " + select + "; " + SET_BACK : select;
    if (kept == null) {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        return found(statement, schema, names, eachByName);
      }
    }
    return kept.use(connection, sql, statement -> found(statement, schema, names, eachByName));
  }

  /** Binds the parameters of {@link #query}'s statement, runs it, and reads what it found. */
  private Map<String, String> found(
      PreparedStatement statement, String schema, List<String> names, boolean eachByName)
      throws SQLException {
    boolean postgres = dialect.kind() == DatabaseKind.POSTGRESQL;
    Map<String, String> found = new TreeMap<>();
    int parameter = 1;
    if (postgres) {
      statement.setString(parameter++, schema);
    }
    if (!eachByName) {
      statement.setString(parameter++, schema);
    }
    for (int i = 0; names != null && i < names.size(); i++) {
      if (eachByName) {
        statement.setString(parameter++, schema);
      }
      statement.setString(parameter++, names.get(i));
    }
    if (postgres) {
      statement.setString(parameter, searchPath);
      // the first result is the path set; the views come second
      statement.execute();
      statement.getMoreResults();
    } else {
      statement.execute();
    }
    boolean withOptions = optionsSql(dialect) != null;
    try (ResultSet rows = statement.getResultSet()) {
      while (rows.next()) {
        String definition = rows.getString(2);
        if (postgres) {
          definition = ViewDefinitions.withoutSemicolon(definition);
        }
        if (withOptions && definition != null) {
          definition = RecordedView.text(definition, rows.getString(3));
        }
        found.put(schema + "." + rows.getString(1), definition);
      }
    }
    return found;
  }

  /**
   * An SQL expression listing a view's options as {@link RecordedView#text} stores them, from
   * PostgreSQL's {@code pg_class c} or a row of MySQL's and MariaDB's {@code
   * INFORMATION_SCHEMA.VIEWS}; null for a database without view options.
   */
  static String optionsSql(Dialect dialect) {
    if (dialect.kind() == DatabaseKind.POSTGRESQL) {
      return POSTGRES_OPTIONS;
    }
    if (dialect.kind() == DatabaseKind.MYSQL) {
      // MySQL has no ALGORITHM column: its views' algorithm is not compared
      return "CONCAT("
          + (dialect.viewDialectNames().contains("mariadb") ? "'algorithm=', ALGORITHM, ', " : "'")
          + "check_option=', CHECK_OPTION, ', security_type=', SECURITY_TYPE)";
    }
    return null;
  }

  /** The query of {@link #query}, whose parameters it binds in order. */
  private String select(boolean postgres, boolean eachByName, List<String> names) {
    String options = optionsSql(dialect);
    String optionsColumn = options == null ? "" : ", " + options;
    if (postgres) {
      // INFORMATION_SCHEMA.VIEWS shows definitions to the view's owner only; pg_class to everyone
      return "SELECT c.relname, pg_get_viewdef(c.oid)"
          + optionsColumn
          + " FROM pg_class c JOIN pg_namespace n"
          + " ON n.oid = c.relnamespace WHERE c.relkind = 'v' AND n.nspname = ?"
          + (names == null ? "" : " AND c.relname IN " + placeholders(names.size()));
    }
    if (eachByName) {
      return names.size() == 1
          ? H2_ONE_VIEW
          : String.join(" UNION ALL ", Collections.nCopies(names.size(), H2_ONE_VIEW));
    }
    return "SELECT TABLE_NAME, VIEW_DEFINITION"
        + optionsColumn
        + " FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA = ?"
        + (names == null ? "" : " AND TABLE_NAME IN " + placeholders(names.size()));
  }

  private static String placeholders(int count) {
    List<String> marks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      marks.add("?");
    }
    return "(" + String.join(", ", marks) + ")";
  }
}
