package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.HashSet;
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

/**
 * Views over the {@code samples} table of {@code oracle/signatures/Sample.java}, a column of each
 * type, judged twice: by PostgreSQL 15, on the table Hibernate creates there, and by Strata,
 * compiling them all with the entity. The oracle tests of PostgreSQL's typing compare the two.
 */
final class SampleViewsOracle {

  private static final String FOLDER = "oracle/signatures";

  private static final Pattern NAMED_VIEW = Pattern.compile("[Vv]iew (\\w+) (has|fails|cannot)");

  private final Map<String, String> views = new LinkedHashMap<>();
  private final String baseName;
  private final String baseSql;

  /** Views that may also read {@code baseName}, a view of {@code baseSql} created first. */
  SampleViewsOracle(String baseName, String baseSql) {
    this.baseName = baseName;
    this.baseSql = baseSql;
  }

  /** Adds a view of {@code sql}, named {@code v_} and its number. */
  void add(String sql) {
    views.put("v_" + views.size(), sql);
  }

  /** The name of the view of {@code sql}. */
  String nameOf(String sql) {
    return views.entrySet().stream()
        .filter(view -> view.getValue().equals(sql))
        .findFirst()
        .orElseThrow()
        .getKey();
  }

  /** The views PostgreSQL refuses to create, each statement committed on its own. */
  Set<String> refusedByPostgres(Path temp) throws Exception {
    Set<String> refused = new TreeSet<>();
    try (URLClassLoader loader =
            PlainClasses.compile(
                temp.resolve("classes"), PlainClasses.resources(FOLDER, "Sample"));
        TestDatabase database = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      new HibernateOracle(List.of(loader.loadClass("org.example.signatures.Sample")), loader, false)
          .create(database.dataSource());
      database.execute("CREATE VIEW " + baseName + " AS " + baseSql);
      try (Connection connection = database.dataSource().getConnection();
          Statement statement = connection.createStatement()) {
        for (Map.Entry<String, String> view : views.entrySet()) {
          try {
            statement.execute("CREATE VIEW " + view.getKey() + " AS " + view.getValue());
          } catch (SQLException e) {
            refused.add(view.getKey());
          }
        }
      }
    }
    return refused;
  }

  /** The views Strata errs on, compiling them all with the entity under {@code option}. */
  Set<String> strataErrors(Path snapshots, String option) {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(JavaFileObjects.forResource(FOLDER + "/Sample.java"));
    sources.add(viewClass(baseName, baseSql));
    views.forEach((name, sql) -> sources.add(viewClass(name, sql)));
    Compilation compilation =
        new StrataCompiler(snapshots)
            .withOption(option)
            // javac prints 100 errors by default; each view may have one
            .withOption("-Xmaxerrs")
            .withOption("1000")
            .compile(sources);
    Set<String> errors = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      Matcher named = NAMED_VIEW.matcher(error.getMessage(Locale.ROOT));
      if (!named.find()) {
        throw new AssertionError("an error naming no view: " + error.getMessage(Locale.ROOT));
      }
      errors.add(named.group(1));
    }
    return errors;
  }

  /**
   * Each view on which Strata's {@code errors} differ from what PostgreSQL's {@code refused} and
   * the test's known exceptions expect: Strata errs where PostgreSQL refuses, but on the queries
   * {@code leftToPostgres}, and where H2 refuses what PostgreSQL takes, {@code stricterOnH2}.
   */
  List<String> differences(
      Set<String> refused,
      Set<String> errors,
      Set<String> leftToPostgres,
      Set<String> stricterOnH2) {
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, String> view : views.entrySet()) {
      boolean refuses = refused.contains(view.getKey());
      boolean expected =
          refuses && !leftToPostgres.contains(view.getValue())
              || stricterOnH2.contains(view.getValue());
      if (errors.contains(view.getKey()) != expected) {
        differences.add(
            view.getKey()
                + " ("
                + view.getValue()
                + "): PostgreSQL "
                + (refuses ? "refuses" : "takes")
                + ", Strata "
                + (errors.contains(view.getKey()) ? "errs" : "is silent"));
      }
    }
    return differences;
  }

  /**
   * Asserts that Strata, compiling the views under {@code option} ({@code -Astrata.dialect=...} or
   * {@code -Astrata.targets=...}), errs on exactly the views PostgreSQL's {@code refused} and the
   * test's exceptions expect ({@link #differences}).
   */
  void assertStrataErrsWherePostgresRefuses(
      Path temp,
      String option,
      Set<String> refused,
      Set<String> leftToPostgres,
      Set<String> stricterOnH2) {
    Set<String> errors = strataErrors(temp.resolve("snapshots-" + option.hashCode()), option);
    assertEquals(List.of(), differences(refused, errors, leftToPostgres, stricterOnH2));
  }

  /**
   * {@code refused} and the views of {@code misread}: queries PostgreSQL takes and reads otherwise
   * than H2, which Strata names too.
   */
  Set<String> andMisread(Set<String> refused, Set<String> misread) {
    Set<String> named = new HashSet<>(refused);
    misread.forEach(sql -> named.add(nameOf(sql)));
    return Set.copyOf(named);
  }

  /** Asserts that PostgreSQL's {@code refused} holds each of the views of {@code queries}. */
  void assertRefused(Set<String> refused, String... queries) {
    for (String sql : queries) {
      assertTrue(refused.contains(nameOf(sql)), sql);
    }
  }

  private static JavaFileObject viewClass(String name, String sql) {
    String type = "View_" + name;
    return JavaFileObjects.forSourceString(
        "org.example.samples." + type,
        String.join(
            "\n",
            "package org.example.samples;",
            "",
            "@dev.strata.View(name = \""
                + name
                + "\", sql = \""
                + sql.replace("\"", "\\\"")
                + "\")",
            "public class " + type + " {}"));
  }
}
