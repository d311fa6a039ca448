package dev.strata.processor.verify;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.DependencyGraph;
import dev.strata.processor.model.DialectQuery;
import dev.strata.processor.model.EnumColumnTypes;
import dev.strata.processor.model.GivenColumnTypes;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.MySqlCastsOnH2;
import dev.strata.processor.sql.MySqlDecimalsOnH2;
import dev.strata.processor.sql.PostgresTypingOnH2;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Runs every view's query at compile time on an in-memory H2 database built from the tables and
 * views of the schema, so that an unknown column or table fails the build, not the application.
 */
public final class QueryVerifier {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final Pattern BARE_NUMERIC = Pattern.compile("(?i)^(NUMERIC|DECIMAL)$");
  private static final Pattern TINYINT = Pattern.compile("(?i)^TINYINT$");
  private static final Pattern INET = Pattern.compile("(?i)^INET(\\s*\\(\\s*\\d+\\s*\\))$");

  /** The one-row table of H2, MySQL and MariaDB, which no module declares. */
  private static final String ONE_ROW_TABLE = "dual";

  static final String H2_OUT_OF_STACK =
      "H2 ran out of stack space checking it (brackets or subqueries nested too deeply for H2,"
          + " or names H2 resolves in a loop, as when a view it reads has a common table"
          + " expression of this view's name)";

  private final VerificationDialect dialect;
  private final boolean decimalsAsMySql;
  private final boolean judgesPostgresTypes;
  // MySQL or MariaDB, if the module runs on one, whose reading of date arithmetic is judged
  private final Optional<String> judgedMySql;
  // the database the module targets whose typing this run shows, whose own query it runs
  private final Optional<VerificationDialect> typedTarget;

  /**
   * @param judgesPostgresTypes whether the module runs on PostgreSQL, so that a query calling an
   *     aggregate or function, or comparing two values, that PostgreSQL has no function or operator
   *     for on their types is refused
   */
  public QueryVerifier(VerificationDialect dialect, boolean judgesPostgresTypes) {
    this(dialect, judgesPostgresTypes, Optional.empty());
  }

  /**
   * @param judgedMySql {@code mariadb} or {@code mysql} where the module runs on it, so that date
   *     arithmetic it computes on the dates' digits is refused ({@link MySqlDateArithmetic})
   */
  public QueryVerifier(
      VerificationDialect dialect, boolean judgesPostgresTypes, Optional<String> judgedMySql) {
    this(
        dialect,
        dialect == VerificationDialect.MYSQL || dialect == VerificationDialect.MARIADB,
        judgesPostgresTypes,
        Optional.empty(),
        judgedMySql);
  }

  private QueryVerifier(
      VerificationDialect dialect,
      boolean decimalsAsMySql,
      boolean judgesPostgresTypes,
      Optional<VerificationDialect> typedTarget,
      Optional<String> judgedMySql) {
    this.dialect = dialect;
    this.decimalsAsMySql = decimalsAsMySql;
    this.judgesPostgresTypes = judgesPostgresTypes;
    this.typedTarget = typedTarget;
    this.judgedMySql = judgedMySql;
  }

  /**
   * Runs the queries in PostgreSQL's mode, typed as PostgreSQL types them, for a module that
   * targets PostgreSQL: a view's query of PostgreSQL's own where it has one, which PostgreSQL runs
   * (a cast there gives its column the type PostgreSQL gives it), else the portable one.
   */
  public static QueryVerifier typingOfPostgres() {
    return new QueryVerifier(
        VerificationDialect.POSTGRESQL,
        false,
        false,
        Optional.of(VerificationDialect.POSTGRESQL),
        Optional.empty());
  }

  /**
   * Runs the queries in {@code dialect}'s mode with their {@code SUM}, {@code AVG} and divisions
   * typed as MySQL and MariaDB type them ({@link MySqlDecimalsOnH2}), for a module that targets
   * those: in the mode the module's queries are written for rather than in theirs, as H2's mode of
   * theirs types integer arithmetic narrower than they do. A view's query of {@code target}'s own
   * (on MariaDB, else MySQL's), which {@code target} runs, is run where it has one.
   */
  public static QueryVerifier typingDecimalsAsMySql(
      VerificationDialect dialect, VerificationDialect target) {
    return new QueryVerifier(dialect, true, false, Optional.of(target), Optional.empty());
  }

  /**
   * @param externalTables per view, the tables it declares as managed elsewhere
   * @param unverified the views not to run ({@code verify = false})
   * @param probed the views whose columns to probe for NULLs ({@link NullWitnesses})
   * @return a verdict for every view, by name
   */
  public Map<String, Verdict> verify(
      Schema schema,
      Map<String, List<String>> externalTables,
      Set<String> unverified,
      Set<String> probed)
      throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:mem:strata_verify_" + DATABASES.incrementAndGet() + dialect.urlSettings());
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      Map<String, String> failedTables = new LinkedHashMap<>();
      for (TableDefinition table : schema.tables()) {
        try {
          statement.execute(createTable(table, dialect));
        } catch (SQLException e) {
          failedTables.put(table.name().toLowerCase(Locale.ROOT), databaseMessage(e));
        }
      }
      Run run =
          new Run(
              statement,
              dialect,
              decimalsAsMySql,
              judgesPostgresTypes,
              typedTarget,
              judgedMySql,
              schema,
              known(schema),
              externalTables,
              unverified,
              probed,
              new NullWitnesses(statement, dialect));
      Map<String, Verdict> verdicts = new LinkedHashMap<>();
      for (String name : run.graph().creationOrder()) {
        ViewDefinition view = schema.view(name).orElseThrow();
        verdicts.put(name, verdict(run, view, verdicts, failedTables));
      }
      return verdicts;
    }
  }

  /** What one call to {@link #verify} checks the views against. */
  private record Run(
      Statement statement,
      VerificationDialect dialect,
      boolean decimalsAsMySql,
      boolean judgesPostgresTypes,
      Optional<VerificationDialect> typedTarget,
      Optional<String> judgedMySql,
      Schema schema,
      Set<String> known,
      Map<String, List<String>> externalTables,
      Set<String> unverified,
      Set<String> probed,
      NullWitnesses nullWitnesses) {

    DependencyGraph graph() {
      return schema.dependencies();
    }
  }

  private static Verdict verdict(
      Run run, ViewDefinition view, Map<String, Verdict> earlier, Map<String, String> failed) {
    if (notToRun(run, view, earlier)) {
      return new Verdict.NotRun();
    }
    for (String read : view.reads().orElse(List.of())) {
      if (failed.containsKey(read)) {
        return new Verdict.TableFailed(read, failed.get(read));
      }
    }
    List<String> undeclared = undeclared(view, run.known());
    if (!undeclared.isEmpty()) {
      return new Verdict.ReadsUndeclared(undeclared);
    }
    try {
      int dot = view.name().lastIndexOf('.');
      if (dot > 0) {
        // a view in a schema of its own, which the database built here has only once asked for
        run.statement().execute("CREATE SCHEMA IF NOT EXISTS " + view.name().substring(0, dot));
      }
      run.statement().execute("CREATE VIEW " + view.name() + " AS " + queryOnH2(run, view));
      Optional<Verdict> judged =
          TargetJudgements.judge(
              run.statement().getConnection(),
              view,
              run.judgesPostgresTypes(),
              run.judgedMySql(),
              run.nullWitnesses(),
              run.schema(),
              run.dialect());
      if (judged.isPresent()) {
        return judged.get();
      }
      List<Verdict.ResultColumn> columns = columns(run, view, earlier);
      Map<String, NullWitness> nulls =
          run.probed().contains(view.name())
              ? run.nullWitnesses().of(run.schema(), view, columns)
              : Map.of();
      return new Verdict.Passed(columns, nulls);
    } catch (SQLException e) {
      return new Verdict.Failed(databaseMessage(e));
    } catch (StackOverflowError e) {
      // H2 parses and plans by recursion: a query nested too deeply for it, or one it resolves in
      // a loop, is H2's limit, to report on this view rather than end the build
      return new Verdict.Failed(H2_OUT_OF_STACK);
    }
  }

  /**
   * The query H2 runs for {@code view}: in a run that shows a target's typing, the target's own
   * query where it has one; else its {@code h2} dialect's as written; else the portable one, which
   * in MySQL's or MariaDB's mode is theirs, with its casts typed as they type them, and in
   * PostgreSQL's mode with the calls H2 types otherwise typed as PostgreSQL types them.
   */
  private static String queryOnH2(Run run, ViewDefinition view) {
    Optional<String> targetsOwn = run.typedTarget().flatMap(target -> ownQuery(view, target));
    String sql = targetsOwn.orElseGet(() -> view.sqlOn("h2"));
    if (targetsOwn.isEmpty() && view.databasesWithOwnQuery().contains("h2")) {
      return sql;
    }
    // a target's own query is typed, and read, as that database types and reads it
    VerificationDialect readAs =
        targetsOwn.isPresent() ? run.typedTarget().orElseThrow() : run.dialect();
    String typed =
        switch (readAs) {
          case H2 -> sql;
          case POSTGRESQL -> PostgresTypingOnH2.typedAsThere(sql);
          case MYSQL, MARIADB -> MySqlCastsOnH2.typedAsThere(sql);
        };
    return run.decimalsAsMySql()
        ? MySqlDecimalsOnH2.typedAsThere(typed, readAs.name().toLowerCase(Locale.ROOT))
        : typed;
  }

  /** The query of {@code target}'s own that it runs for {@code view}; MySQL's on MariaDB too. */
  private static Optional<String> ownQuery(ViewDefinition view, VerificationDialect target) {
    return DialectQuery.runBy(target.name().toLowerCase(Locale.ROOT)).stream()
        .filter(view.databasesWithOwnQuery()::contains)
        .findFirst()
        .map(view::sqlOn);
  }

  /**
   * Whether the view is turned off, reads a view that could not be checked, or reads tables managed
   * elsewhere, which the database here does not have.
   */
  private static boolean notToRun(Run run, ViewDefinition view, Map<String, Verdict> earlier) {
    return run.unverified().contains(view.name())
        || run.graph().reads(view.name()).stream()
            .anyMatch(read -> !(earlier.get(read) instanceof Verdict.Passed))
        || !run.externalTables().getOrDefault(view.name(), List.of()).isEmpty();
  }

  /** The lower-case names of the relations a view may read. */
  private static Set<String> known(Schema schema) {
    Set<String> known = new HashSet<>();
    schema.tables().forEach(table -> known.add(table.name().toLowerCase(Locale.ROOT)));
    schema.views().forEach(view -> known.add(view.name().toLowerCase(Locale.ROOT)));
    return known;
  }

  /**
   * The relations a view reads that the module does not declare. DUAL, the one-row table of H2,
   * MySQL and MariaDB, is none of them: the databases that lack it (PostgreSQL) are told so where a
   * target's syntax is checked ({@code ForeignSyntax}).
   */
  private static List<String> undeclared(ViewDefinition view, Set<String> known) {
    return view.reads().orElse(List.of()).stream()
        .filter(
            read ->
                !known.contains(read) && !known.contains(read.substring(read.lastIndexOf('.') + 1)))
        .filter(read -> !read.equals(ONE_ROW_TABLE))
        .sorted()
        .toList();
  }

  private static List<Verdict.ResultColumn> columns(
      Run run, ViewDefinition view, Map<String, Verdict> earlier) throws SQLException {
    List<Verdict.ResultColumn> columns = new ArrayList<>();
    try (ResultSet rows =
        run.statement().executeQuery("SELECT * FROM " + view.name() + " WHERE 1 = 0")) {
      ResultSetMetaData metaData = rows.getMetaData();
      for (int i = 1; i <= metaData.getColumnCount(); i++) {
        String label = metaData.getColumnLabel(i);
        String type = metaData.getColumnTypeName(i);
        TypeCategory category = TypeCategory.ofColumn(metaData.getColumnType(i), type);
        boolean doubles = run.dialect() == VerificationDialect.POSTGRESQL || run.decimalsAsMySql();
        if (doubles && type.equals("DECFLOAT")) {
          // the type H2 gives a double precision aggregated or met with a numeric, where
          // PostgreSQL, MySQL and MariaDB give a double precision; PostgreSQL's exact numerics
          // are respelt to stay NUMERIC
          type = "DOUBLE PRECISION";
          category = TypeCategory.FLOATING;
        } else if (run.dialect() == VerificationDialect.POSTGRESQL
            && category == TypeCategory.INTEGRAL
            && type.startsWith("INTERVAL")) {
          // a date minus a date, H2's INTERVAL DAY, which PostgreSQL gives as an integer
          type = "INTEGER";
        }
        columns.add(
            new Verdict.ResultColumn(
                label.toLowerCase(Locale.ROOT),
                type,
                category,
                run.dialect().keepsQuotedCase(label)));
      }
    }
    if (!run.decimalsAsMySql()) {
      return columns;
    }
    boolean mariadb = run.typedTarget().orElse(run.dialect()) == VerificationDialect.MARIADB;
    return MySqlResultColumns.typed(
        columns, view, mariadb ? new ReadColumnTypes(run.schema(), view, earlier) : null);
  }

  static String createTable(TableDefinition table, VerificationDialect dialect) {
    List<String> columns = new ArrayList<>();
    for (ColumnDefinition column : table.columns()) {
      columns.add(
          column.name() + " " + typeOnH2(column, dialect) + (column.nullable() ? "" : " NOT NULL"));
    }
    return "CREATE TABLE " + table.name() + " (" + String.join(", ", columns) + ")";
  }

  /** The type of {@code column} in the table built on H2 in {@code dialect}'s mode. */
  static String typeOnH2(ColumnDefinition column, VerificationDialect dialect) {
    // H2 has enum types: an ENUM's length is that of the VARCHAR holding it elsewhere; it has no
    // inet type, and holds an address in a VARBINARY, as Strata's H2 dialect writes it; a type
    // given as it is (json AS GIVEN) is its text
    String type =
        INET.matcher(EnumColumnTypes.withoutLength(GivenColumnTypes.text(column.type())))
            .replaceFirst("VARBINARY$1");
    if (dialect == VerificationDialect.POSTGRESQL) {
      // PostgreSQL, and H2 in its mode, have no TINYINT: Hibernate writes a smallint there
      type = TINYINT.matcher(type).replaceFirst("SMALLINT");
      // a bare NUMERIC is a DECFLOAT in H2's mode, which the run reads as a double precision
      type = BARE_NUMERIC.matcher(type).replaceFirst("NUMERIC(1000, 500)");
    }
    return type;
  }

  /** H2's message without the statement and error code it appends. */
  private static String databaseMessage(SQLException e) {
    String message = e.getMessage();
    int statement = message.indexOf("; SQL statement:");
    return statement < 0 ? message : message.substring(0, statement);
  }
}
