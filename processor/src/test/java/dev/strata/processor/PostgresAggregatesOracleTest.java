package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL 15 judges each aggregate on each type of column, on the table Hibernate creates there
 * for the entity: Strata errs on a view exactly where PostgreSQL refuses to create it, for a module
 * targeting PostgreSQL, both with H2 in its PostgreSQL mode ({@code -Astrata.dialect}) and in its
 * own ({@code -Astrata.targets}); H2 takes {@code MAX(flag)} and {@code MIN(token)} on a boolean
 * and a uuid, which PostgreSQL has no such function for. Arguments read through an expression, a
 * subquery, a common table expression and another view are typed alike, and the rewrites Strata's
 * messages ask for are taken by both.
 */
class PostgresAggregatesOracleTest {

  private static final String FOLDER = "oracle/aggregates";

  private static final List<String> AGGREGATES =
      List.of(
          "min",
          "max",
          "sum",
          "avg",
          "bit_and",
          "bit_or",
          "bool_and",
          "bool_or",
          "every",
          "stddev_pop",
          "var_samp");

  private static final List<String> COLUMNS =
      List.of(
          "flag", "token", "payload", "doc", "born", "opens", "seen", "stamped", "label", "price",
          "qty", "ratio");

  /** Where H2 refuses what PostgreSQL takes: a time summed or averaged into an interval. */
  private static final Set<String> STRICTER_ON_H2 = Set.of("v_sum_opens", "v_avg_opens");

  /** The view every other view may read, created first. */
  private static final String FLAGS = "SELECT id, flag AS f, token AS t FROM readings";

  private static final List<String> SHAPES =
      List.of(
          "SELECT MAX(flag AND qty > 0) AS x FROM readings",
          "SELECT MIN(CASE WHEN qty > 0 THEN token END) AS x FROM readings",
          "WITH f AS (SELECT flag AS g FROM readings) SELECT MIN(g) AS x FROM f",
          "SELECT MAX(q.t) AS x FROM (SELECT token AS t FROM readings) q",
          "SELECT (SELECT MAX(r.flag) FROM readings r WHERE r.id = o.id) AS x FROM readings o",
          "SELECT MAX(flag) OVER (PARTITION BY qty) AS x FROM readings",
          "SELECT SUM(DISTINCT flag) AS x FROM readings",
          "SELECT MAX(f) AS x, MIN(t) AS y FROM flags",
          "SELECT qty, MAX(flag) FILTER (WHERE qty > 1) AS x FROM readings GROUP BY qty",
          "SELECT MAX(label) AS x, MIN(qty) AS y, MAX(/* flag */ born) AS z FROM readings",
          // the rewrites the messages ask for
          "SELECT bool_or(flag) AS x, bool_and(flag) AS y FROM readings",
          "SELECT MIN(CAST(token AS VARCHAR(36))) AS x FROM readings",
          "SELECT MAX(CAST(doc AS VARCHAR)) AS x FROM readings",
          "SELECT SUM(CASE WHEN flag THEN 1 ELSE 0 END) AS x FROM readings",
          "SELECT bool_and(qty IS NOT NULL) AS x FROM readings");

  @TempDir static Path temp;

  private static Map<String, String> views;
  private static Set<String> refusedByPostgres;

  @BeforeAll
  static void judgeOnPostgres() throws Exception {
    views = new LinkedHashMap<>();
    for (String aggregate : AGGREGATES) {
      for (String column : COLUMNS) {
        views.put(
            "v_" + aggregate + "_" + column,
            "SELECT " + aggregate + "(" + column + ") AS x FROM readings");
      }
    }
    for (String shape : SHAPES) {
      views.put("v_shape_" + views.size(), shape);
    }
    refusedByPostgres = new TreeSet<>();
    try (URLClassLoader loader =
            PlainClasses.compile(
                temp.resolve("classes"), PlainClasses.resources(FOLDER, "Reading"));
        TestDatabase database = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      new HibernateOracle(
              List.of(loader.loadClass("org.example.aggregates.Reading")), loader, false)
          .create(database.dataSource());
      database.execute("CREATE VIEW flags AS " + FLAGS);
      // one connection, each statement committed on its own: a refusal leaves the next one be
      try (Connection connection = database.dataSource().getConnection();
          Statement statement = connection.createStatement()) {
        for (Map.Entry<String, String> view : views.entrySet()) {
          try {
            statement.execute("CREATE VIEW " + view.getKey() + " AS " + view.getValue());
          } catch (SQLException e) {
            refusedByPostgres.add(view.getKey());
          }
        }
      }
    }
  }

  @Test
  void strataErrsWhereH2InPostgresModeTakesWhatPostgresRefuses() throws Exception {
    assertVerdictsMatchPostgres(strataErrors("-Astrata.dialect=postgresql", "pg"));
  }

  @Test
  void strataErrsWhereH2TakesWhatPostgresTheModuleTargetsRefuses() throws Exception {
    assertVerdictsMatchPostgres(strataErrors("-Astrata.targets=postgresql", "h2"));
  }

  @Test
  void postgresRefusesMaxAndMinOfABooleanAndAUuid() {
    for (String view : List.of("v_max_flag", "v_min_flag", "v_max_token", "v_min_token")) {
      assertEquals(true, refusedByPostgres.contains(view), view);
    }
  }

  private static void assertVerdictsMatchPostgres(Set<String> errors) {
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, String> view : views.entrySet()) {
      boolean refused = refusedByPostgres.contains(view.getKey());
      boolean expected = refused || STRICTER_ON_H2.contains(view.getKey());
      if (errors.contains(view.getKey()) != expected) {
        differences.add(
            view.getKey()
                + " ("
                + view.getValue()
                + "): PostgreSQL "
                + (refused ? "refuses" : "takes")
                + ", Strata "
                + (errors.contains(view.getKey()) ? "errs" : "is silent"));
      }
    }
    assertEquals(List.of(), differences);
  }

  /** The views Strata errs on, compiling them all with the entity under {@code option}. */
  private static Set<String> strataErrors(String option, String run) throws Exception {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(JavaFileObjects.forResource(FOLDER + "/Reading.java"));
    sources.add(viewClass("flags", FLAGS));
    views.forEach((name, sql) -> sources.add(viewClass(name, sql)));
    Compilation compilation =
        new StrataCompiler(temp.resolve("snapshots-" + run))
            .withOption(option)
            // javac prints 100 errors by default; each view may have one
            .withOption("-Xmaxerrs")
            .withOption("1000")
            .compile(sources);
    Pattern view = Pattern.compile("[Vv]iew (\\w+) (has|fails|cannot)");
    Set<String> errors = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      Matcher named = view.matcher(error.getMessage(Locale.ROOT));
      if (!named.find()) {
        throw new AssertionError("an error naming no view: " + error.getMessage(Locale.ROOT));
      }
      errors.add(named.group(1));
    }
    return errors;
  }

  private static JavaFileObject viewClass(String name, String sql) {
    String type = "View_" + name;
    return JavaFileObjects.forSourceString(
        "org.example.aggregates." + type,
        String.join(
            "\n",
            "package org.example.aggregates;",
            "",
            "@dev.strata.View(name = \"" + name + "\", sql = \"" + sql + "\")",
            "public class " + type + " {}"));
  }
}
