package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The real servers as the oracle for view queries: every query written here after the kinds that
 * the databases' own regression tests of views exercise ({@code sql/regress/postgresql.sql} and
 * {@code sql/regress/mariadb.sql}) is declared as a view with that database's dialect query and
 * compiled by the processor, and created directly on the real server. Strata must refuse exactly
 * what the server refuses, except the refusals {@link RegressionExpectations} lists with their
 * reason; and the view its migration creates must be the one the direct {@code CREATE VIEW}
 * creates: the same definition as the server reports it, the same columns and types.
 */
class RegressionSuiteOracleTest {

  @TempDir Path work;

  private int compared;

  @ParameterizedTest
  @EnumSource(
      value = DatabaseKind.class,
      names = {"POSTGRESQL", "MARIADB"})
  void strataCreatesExactlyTheViewsTheServerCreatesAndRefusesWhatItRefuses(DatabaseKind kind)
      throws Exception {
    String database = kind.name().toLowerCase(Locale.ROOT);
    RegressionScript script = RegressionScript.read("sql/regress/" + database + ".sql");
    List<String> problems = new ArrayList<>();
    int views = 0;
    for (RegressionScript.Group group : script.groups()) {
      views += group.views().size();
      problems.addAll(compare(kind, database, group));
    }
    System.out.println(
        "RegressionSuiteOracleTest: "
            + views
            + " queries on "
            + database
            + ", "
            + compared
            + " views compared as both created them");
    assertEquals("", String.join("\n", problems));
    // a run that compared no view would prove nothing
    assertTrue(compared > views / 2, compared + " of " + views + " compared");
  }

  private List<String> compare(DatabaseKind kind, String database, RegressionScript.Group group)
      throws Exception {
    List<String> problems = new ArrayList<>();
    Map<String, ViewState> direct = new LinkedHashMap<>();
    Map<String, String> refusedByServer = new LinkedHashMap<>();
    try (TestDatabase server = TestDatabases.open(kind)) {
      server.execute(group.setup().toArray(String[]::new));
      for (Map.Entry<String, String> view : group.views().entrySet()) {
        try {
          server.execute("CREATE VIEW " + quoted(kind, view.getKey()) + " AS " + view.getValue());
          direct.put(view.getKey(), ViewState.read(server, view.getKey()));
        } catch (SQLException e) {
          refusedByServer.put(view.getKey(), e.getMessage());
        }
      }
    }
    Compilation all = compile(database, group.name() + "-all", group.views());
    Map<String, String> accepted = new LinkedHashMap<>();
    for (Map.Entry<String, String> view : group.views().entrySet()) {
      String key = database + ":" + group.name() + "/" + view.getKey();
      Optional<String> strataError = errorOn(all, view.getKey());
      String serverError = refusedByServer.get(view.getKey());
      Optional<String> problem =
          RegressionExpectations.verdictProblem(key, serverError, strataError.orElse(null));
      problem.ifPresent(problems::add);
      if (serverError == null && strataError.isEmpty()) {
        accepted.put(view.getKey(), view.getValue());
      }
    }
    if (accepted.isEmpty()) {
      return problems;
    }
    Compilation migrations = compile(database, group.name() + "-accepted", accepted);
    if (migrations.status() != Compilation.Status.SUCCESS) {
      problems.add(group.name() + ": the views both accept do not compile: " + migrations.errors());
      return problems;
    }
    try (TestDatabase server = TestDatabases.open(kind);
        URLClassLoader loader = load(migrations, group.name())) {
      server.execute(group.setup().toArray(String[]::new));
      Strata.configure(server.dataSource()).classLoader(loader).load().upgrade();
      for (String view : accepted.keySet()) {
        ViewState created = ViewState.read(server, view);
        compared++;
        if (created.definition() == null || created.columns().isEmpty()) {
          problems.add(database + ":" + group.name() + "/" + view + ": no view was created");
        } else if (!created.equals(direct.get(view))) {
          problems.add(
              database
                  + ":"
                  + group.name()
                  + "/"
                  + view
                  + ": Strata's migration created\n  "
                  + created
                  + "\nwhere CREATE VIEW created\n  "
                  + direct.get(view));
        }
      }
    }
    return problems;
  }

  private Compilation compile(String database, String folder, Map<String, String> views)
      throws Exception {
    Path snapshots = Files.createDirectories(work.resolve(folder));
    List<JavaFileObject> sources = new ArrayList<>();
    for (Map.Entry<String, String> view : views.entrySet()) {
      String className = className(view.getKey());
      sources.add(
          JavaFileObjects.forSourceString(
              "com.example." + className,
              "package com.example;\n@dev.strata.View(name = \""
                  + view.getKey()
                  + "\", sql = \"SELECT 1 AS portable\",\n  dialects = @dev.strata.View.Dialect("
                  + "database = \""
                  + database
                  + "\", sql = \""
                  + javaString(view.getValue())
                  + "\"))\npublic class "
                  + className
                  + " {}\n"));
    }
    return new StrataCompiler(snapshots)
        .withOption("-Astrata.targets=" + database)
        .withOption("-Astrata.package=com.example")
        .compile(sources);
  }

  private URLClassLoader load(Compilation compilation, String folder) throws Exception {
    Path snapshots = work.resolve(folder + "-accepted");
    Path classes = Files.createDirectories(work.resolve(folder + "-classes"));
    return new CompiledHistory(snapshots, classes).loadFrom(compilation);
  }

  /** The first error on the view's class, with the line it points at, if there is one. */
  private static Optional<String> errorOn(Compilation compilation, String view) {
    String file = "com/example/" + className(view) + ".java";
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .filter(d -> d.getSource() != null && d.getSource().toUri().toString().endsWith(file))
        .map(d -> d.getMessage(Locale.ROOT))
        .findFirst();
  }

  private static String className(String view) {
    return "View_" + view.replace(' ', '_');
  }

  private static String javaString(String sql) {
    return sql.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private static String quoted(DatabaseKind kind, String name) {
    return kind == DatabaseKind.MARIADB ? "`" + name + "`" : name;
  }

  /** A view as the server reports it: its definition, then each column and its type. */
  record ViewState(String definition, List<String> columns) {

    static ViewState read(TestDatabase server, String view) throws SQLException {
      try (Connection connection = server.dataSource().getConnection()) {
        if (server.kind() == DatabaseKind.POSTGRESQL) {
          return new ViewState(
              single(connection, "SELECT pg_get_viewdef(to_regclass(?))", view),
              rows(
                  connection,
                  "SELECT attname || ' ' || format_type(atttypid, atttypmod) FROM pg_attribute"
                      + " WHERE attrelid = to_regclass(?) AND attnum > 0 AND NOT attisdropped"
                      + " ORDER BY attnum",
                  view));
        }
        String schema = single(connection, "SELECT DATABASE()", null);
        String definition =
            single(
                connection,
                "SELECT VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?",
                view);
        return new ViewState(
            definition.replace("`" + schema + "`.", "`<schema>`."),
            rows(
                connection,
                "SELECT CONCAT(COLUMN_NAME, ' ', COLUMN_TYPE) FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION",
                view));
      }
    }

    private static String single(Connection connection, String sql, String parameter)
        throws SQLException {
      List<String> rows = rows(connection, sql, parameter);
      return rows.isEmpty() ? null : rows.get(0);
    }

    private static List<String> rows(Connection connection, String sql, String parameter)
        throws SQLException {
      List<String> rows = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        if (parameter != null) {
          statement.setString(1, parameter);
        }
        try (ResultSet result = statement.executeQuery()) {
          while (result.next()) {
            rows.add(result.getString(1));
          }
        }
      }
      return rows;
    }
  }
}
