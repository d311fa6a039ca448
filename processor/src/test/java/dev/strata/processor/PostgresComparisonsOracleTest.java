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
 * PostgreSQL 15 judges each comparison of each pair of column types, and of each column with
 * literals, on the table Hibernate creates there for the entity: Strata errs on a view exactly
 * where PostgreSQL refuses to create it, for a module targeting PostgreSQL, both with H2 in its
 * PostgreSQL mode ({@code -Astrata.dialect}) and in its own ({@code -Astrata.targets}). H2 compares
 * text with a number and a boolean with an integer by converting one side, where PostgreSQL has no
 * such operator. Operands read through an expression, a subquery, a common table expression and
 * another view, in a join's condition, a CASE and a HAVING, are typed alike, and the rewrites
 * Strata's messages ask for are taken by both.
 */
class PostgresComparisonsOracleTest {

  private static final String FOLDER = "oracle/signatures";

  private static final List<String> COLUMNS =
      List.of("label", "qty", "price", "ratio", "born", "seen", "opens", "flag", "token");

  /** What each column is compared with besides the other columns. */
  private static final List<String> LITERALS =
      List.of(
          "5",
          "1.5",
          "'5'",
          "TRUE",
          "DATE '2020-01-01'",
          "CURRENT_DATE",
          "CURRENT_TIMESTAMP",
          "NULL");

  /** The view every other view may read, created first. */
  private static final String CODES = "SELECT id, label AS code, flag AS active FROM samples";

  private static final List<String> SHAPES =
      List.of(
          "SELECT id FROM samples WHERE qty IN (1, 2)",
          "SELECT id FROM samples WHERE label IN (1, 2)",
          "SELECT id FROM samples WHERE label NOT IN (1, 2)",
          "SELECT id FROM samples WHERE label IN ('1', '2')",
          "SELECT id FROM samples WHERE flag IN (0, 1)",
          "SELECT id FROM samples WHERE label IN (SELECT label FROM samples)",
          "SELECT id FROM samples WHERE label = ANY (SELECT label FROM samples)",
          "SELECT CASE WHEN flag = 1 THEN 'y' ELSE 'n' END AS x FROM samples",
          "SELECT CASE WHEN qty > 2 AND label = 3 THEN 'y' END AS x FROM samples",
          "SELECT a.id FROM samples a JOIN samples b ON a.label = b.qty",
          "SELECT a.id FROM samples a JOIN samples b ON a.id = b.id AND a.qty = b.qty",
          "SELECT id FROM samples WHERE lower(label) = 5",
          "SELECT id FROM samples WHERE qty + 1 = label",
          "SELECT id FROM samples WHERE label || 'x' = qty",
          "SELECT id FROM samples WHERE coalesce(label, '') <> 0",
          "SELECT id FROM samples WHERE (SELECT max(qty) FROM samples) = label",
          "SELECT id FROM samples WHERE label = (SELECT max(qty) FROM samples)",
          "SELECT id FROM samples WHERE NOT flag = 1",
          "SELECT id FROM samples WHERE qty BETWEEN 1 AND 5 AND label = 'a'",
          "SELECT qty FROM samples GROUP BY qty HAVING count(*) > 1",
          "SELECT qty FROM samples GROUP BY qty HAVING max(label) = 1",
          "SELECT id FROM samples WHERE qty::text = label",
          "SELECT id FROM samples WHERE CAST(label AS INTEGER) = 5",
          "SELECT id FROM samples WHERE flag = TRUE AND qty = 1",
          "SELECT id FROM samples WHERE flag",
          "SELECT id FROM samples WHERE label LIKE 'a%' ESCAPE '!'",
          "SELECT id FROM samples WHERE label NOT LIKE 'a%'",
          "SELECT id FROM samples WHERE qty NOT LIKE '1%'",
          "SELECT id FROM samples WHERE CAST(qty AS VARCHAR(40)) LIKE '1%'",
          "SELECT id FROM samples WHERE born < seen AND seen >= born",
          "SELECT id FROM samples WHERE token = CAST(label AS UUID)",
          "SELECT id FROM codes WHERE code = 5",
          "SELECT id FROM codes WHERE active = 1",
          "SELECT id FROM codes WHERE active = TRUE",
          "WITH c AS (SELECT label AS l FROM samples) SELECT l FROM c WHERE l = 5",
          "SELECT q.l FROM (SELECT label AS l FROM samples) q WHERE q.l <> 7",
          "SELECT id, label = 'a' AS x FROM samples",
          "SELECT id, qty = 1 AS x FROM samples",
          "SELECT id FROM samples WHERE label = 5 OR qty = 1",
          "SELECT id FROM samples WHERE label = '5' OR label = qty::text");

  /** Where H2 refuses what PostgreSQL takes. */
  private static final Set<String> STRICTER_ON_H2 = Set.of();

  /** Where PostgreSQL refuses what Strata leaves to it. */
  private static final Set<String> LEFT_TO_POSTGRES = Set.of();

  @TempDir static Path temp;

  private static Map<String, String> views;
  private static Set<String> refusedByPostgres;

  @BeforeAll
  static void judgeOnPostgres() throws Exception {
    views = new LinkedHashMap<>();
    for (String left : COLUMNS) {
      for (String right : COLUMNS) {
        add("SELECT id FROM samples WHERE " + left + " = " + right);
      }
      for (String literal : LITERALS) {
        add("SELECT id FROM samples WHERE " + left + " = " + literal);
        add("SELECT id FROM samples WHERE " + left + " < " + literal);
      }
      add("SELECT id FROM samples WHERE " + left + " LIKE '1%'");
      add("SELECT id FROM samples WHERE label LIKE " + left);
    }
    SHAPES.forEach(PostgresComparisonsOracleTest::add);
    refusedByPostgres = new TreeSet<>();
    try (URLClassLoader loader =
            PlainClasses.compile(
                temp.resolve("classes"), PlainClasses.resources(FOLDER, "Sample"));
        TestDatabase database = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      new HibernateOracle(List.of(loader.loadClass("org.example.signatures.Sample")), loader, false)
          .create(database.dataSource());
      database.execute("CREATE VIEW codes AS " + CODES);
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

  private static void add(String sql) {
    views.put("v_" + views.size(), sql);
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
  void postgresRefusesTextWithNumbersAndBooleansWithIntegers() {
    for (String sql :
        List.of(
            "SELECT id FROM samples WHERE label = 5",
            "SELECT id FROM samples WHERE flag = 5",
            "SELECT id FROM samples WHERE qty LIKE '1%'",
            "SELECT id FROM samples WHERE label IN (1, 2)")) {
      assertTrue(refusedByPostgres.contains(nameOf(sql)), sql);
    }
  }

  private static String nameOf(String sql) {
    return views.entrySet().stream()
        .filter(view -> view.getValue().equals(sql))
        .findFirst()
        .orElseThrow()
        .getKey();
  }

  private static void assertVerdictsMatchPostgres(Set<String> errors) {
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, String> view : views.entrySet()) {
      boolean refused = refusedByPostgres.contains(view.getKey());
      boolean expected =
          refused && !LEFT_TO_POSTGRES.contains(view.getValue())
              || STRICTER_ON_H2.contains(view.getValue());
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
    sources.add(JavaFileObjects.forResource(FOLDER + "/Sample.java"));
    sources.add(viewClass("codes", CODES));
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
        "org.example.comparisons." + type,
        String.join(
            "\n",
            "package org.example.comparisons;",
            "",
            "@dev.strata.View(name = \""
                + name
                + "\", sql = \""
                + sql.replace("\"", "\\\"")
                + "\")",
            "public class " + type + " {}"));
  }
}
