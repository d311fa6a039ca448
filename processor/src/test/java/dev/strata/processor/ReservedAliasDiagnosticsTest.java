package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.strata.processor.jpa.ReservedWords;
import dev.strata.processor.sql.ForeignSyntax;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name after AS that MySQL and MariaDB reserve ({@code model AS rows}), which H2 and PostgreSQL
 * take: an error on the query for a module that runs on MariaDB, whose CREATE VIEW fails there; and
 * a table's alias that PostgreSQL reserves ({@code FROM devices AS desc}), which H2 takes.
 */
class ReservedAliasDiagnosticsTest {

  private static final JavaFileObject DEVICE = DeviceModelView.device("String model");

  @TempDir Path snapshots;

  @Test
  void aReservedWordAfterAsIsAnErrorForMariaDb() {
    JavaFileObject view = DeviceModelView.of("SELECT model AS rows FROM devices");

    Compilation compilation = compile(view, "-Astrata.targets=h2,mariadb");

    assertThat(compilation)
        .hadErrorContaining("the name rows after AS, a reserved word of MySQL and MariaDB")
        .inFile(view)
        .onLineContaining("sql = \"SELECT model AS rows");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aCastsTypeAndPostgresqlAreLeftAlone() {
    assertThat(
            compile(
                DeviceModelView.of("SELECT CAST(id AS CHAR) AS model_id, model FROM devices"),
                "-Astrata.targets=mariadb"))
        .succeeded();
    assertThat(
            compile(
                DeviceModelView.of("SELECT model AS rows FROM devices"),
                "-Astrata.targets=postgresql"))
        .succeeded();
  }

  @Test
  void aReservedWordAsATablesAliasIsAnErrorForPostgresql() {
    JavaFileObject view = DeviceModelView.of("SELECT desc.model FROM devices AS desc");

    Compilation compilation = compile(view, "-Astrata.targets=h2,postgresql");

    assertThat(compilation)
        .hadErrorContaining("the alias desc of a table or subquery, a reserved word of PostgreSQL")
        .inFile(view)
        .onLineContaining("sql = \"SELECT desc.model FROM devices AS desc");
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * Each word of PostgreSQL's list is refused there as a table's alias after AS, and taken as a
   * select item's.
   */
  @Test
  void postgresRefusesEachReservedWordAsATablesAliasAndTakesItAsAColumns() throws SQLException {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      database.execute("CREATE TABLE t (id INT)");
      int view = 0;
      for (String word : ReservedWords.of("postgresql").words().keySet()) {
        String aliased = "SELECT 1 AS x FROM t AS " + word;
        String labelled = "SELECT id AS " + word + ", 2 AS " + word + "2 FROM t";
        assertEquals(List.of(word), ForeignSyntax.relationAliasesAfterAs(aliased), aliased);
        assertEquals(List.of(), ForeignSyntax.relationAliasesAfterAs(labelled), labelled);
        String cte =
            "WITH a AS (SELECT 1 AS x), b AS NOT MATERIALIZED (SELECT 2 AS x) SELECT x FROM b";
        assertEquals(List.of(), ForeignSyntax.relationAliasesAfterAs(cte), cte);
        assertThrows(
            SQLException.class,
            () -> database.execute("CREATE OR REPLACE VIEW v AS " + aliased),
            aliased);
        database.execute("CREATE VIEW labelled" + view++ + " AS " + labelled);
      }
    }
  }

  /** Each word of MariaDB's list, after AS in a view, is refused there; the others are taken. */
  @Test
  void mariaDbRefusesEachReservedWordAfterAs() throws SQLException {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.MARIADB)) {
      for (Map.Entry<String, Set<ReservedWords.Position>> word :
          ReservedWords.of("mariadb").words().entrySet()) {
        String sql = "SELECT 1 AS " + word.getKey();
        String create = "CREATE OR REPLACE VIEW v AS " + sql;
        assertEquals(List.of(word.getKey()), ForeignSyntax.namesAfterAs(sql), sql);
        if (word.getValue().contains(ReservedWords.Position.COLUMN)) {
          assertThrows(SQLException.class, () -> database.execute(create), sql);
        } else {
          database.execute(create);
        }
      }
    }
  }

  @Test
  void aReservedWordWithoutAsIsAnErrorForMariaDb() {
    JavaFileObject view = DeviceModelView.of("SELECT model rows FROM devices");

    Compilation compilation = compile(view, "-Astrata.targets=h2,mariadb");

    assertThat(compilation)
        .hadErrorContaining("the name rows without AS, a reserved word of MySQL and MariaDB")
        .inFile(view)
        .onLineContaining("sql = \"SELECT model rows");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aReservedWordAsATablesAliasWithoutAsIsAnErrorForPostgresql() {
    JavaFileObject view = DeviceModelView.of("SELECT model FROM devices desc");

    assertThat(compile(view, "-Astrata.targets=h2,postgresql"))
        .hadErrorContaining("the alias desc of a table or subquery, a reserved word of PostgreSQL")
        .inFile(view)
        .onLineContaining("sql = \"SELECT model FROM devices desc");
  }

  /**
   * Each word of MariaDB's list, as a select item's name or a table's alias without AS, is refused
   * there; and Strata names it, or H2 refuses it too (a word that continues the clause: {@code FROM
   * t where}), so no view that H2 takes fails on MariaDB for it.
   */
  @Test
  void mariaDbRefusesEachReservedWordWithoutAsAndNoneIsMissed() throws SQLException {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.MARIADB);
        Connection h2 = h2("MariaDB")) {
      database.execute("CREATE TABLE t (id INT)");
      h2.createStatement().execute("CREATE TABLE t (id INT)");
      for (Map.Entry<String, Set<ReservedWords.Position>> word :
          ReservedWords.of("mariadb").words().entrySet()) {
        if (!word.getValue().contains(ReservedWords.Position.COLUMN)) {
          continue;
        }
        for (String sql :
            List.of("SELECT id " + word.getKey(), "SELECT 1 AS x FROM t " + word.getKey())) {
          assertThrows(
              SQLException.class,
              () -> database.execute("CREATE OR REPLACE VIEW v AS " + sql),
              sql);
          if (!ForeignSyntax.namesWithoutAs("mariadb", sql).contains(word.getKey())) {
            assertThrows(SQLException.class, () -> h2.createStatement().execute(sql), sql);
          }
        }
      }
    }
  }

  /**
   * Each word of PostgreSQL's list, as a table's alias without AS, is refused there; and Strata
   * names it, or H2 refuses it too.
   */
  @Test
  void postgresRefusesEachReservedWordAsATablesAliasWithoutAsAndNoneIsMissed() throws SQLException {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.POSTGRESQL);
        Connection h2 = h2("PostgreSQL")) {
      database.execute("CREATE TABLE t (id INT)");
      h2.createStatement().execute("CREATE TABLE t (id INT)");
      for (String word : ReservedWords.of("postgresql").words().keySet()) {
        String sql = "SELECT 1 AS x FROM t " + word;
        assertThrows(
            SQLException.class, () -> database.execute("CREATE OR REPLACE VIEW v AS " + sql), sql);
        if (!ForeignSyntax.namesWithoutAs("postgresql", sql).contains(word)) {
          assertThrows(SQLException.class, () -> h2.createStatement().execute(sql), sql);
        }
      }
    }
  }

  /** A compound interval unit names a select item outside an interval, which MariaDB refuses. */
  @Test
  void aCompoundIntervalUnitOutsideAnIntervalIsANameWithoutAs() throws SQLException {
    String sql = "SELECT id year_month, id + 1 hour_minute FROM t";
    assertEquals(
        List.of("year_month", "hour_minute"), ForeignSyntax.namesWithoutAs("mariadb", sql));
    try (TestDatabase database = TestDatabases.open(DatabaseKind.MARIADB)) {
      database.execute("CREATE TABLE t (id INT)");
      assertThrows(SQLException.class, () -> database.execute("CREATE VIEW v AS " + sql));
    }
  }

  /**
   * Reserved words that continue a clause, where no name stands, are no name without AS: the
   * servers take each of these queries, and Strata names no reserved word in them.
   */
  @Test
  void wordsThatContinueAClauseAreNoNamesWithoutAs() throws SQLException {
    List<String> queries =
        List.of(
            "SELECT id + 1 AS n FROM t ORDER BY id, n DESC",
            "SELECT id FROM t GROUP BY id, id HAVING id > 0 ORDER BY id ASC, id DESC",
            "SELECT id IS NULL AS a, id IS NOT NULL AS b, id > 0 IS TRUE AS c FROM t",
            "SELECT CASE WHEN id > 0 THEN 1 ELSE 0 END FROM t",
            "SELECT id FROM t LEFT JOIN u ON t.id = u.t_id WHERE id > 0",
            "SELECT id FROM t NATURAL JOIN u x",
            "SELECT id FROM t CROSS JOIN u LIMIT 1",
            "SELECT t.id FROM t, u WHERE t.id = u.t_id",
            "SELECT id FROM (SELECT id FROM t) x ORDER BY id DESC");
    List<String> mariaDbOnly =
        List.of(
            "SELECT NOW() + INTERVAL '1 2' DAY_HOUR, id FROM t",
            "SELECT NOW() + INTERVAL id + 1 DAY_HOUR AS later FROM t",
            "SELECT id FROM t USE INDEX (PRIMARY) WHERE id > 0",
            "SELECT id DIV 2, id MOD 2 FROM t");
    try (TestDatabase mariaDb = TestDatabases.open(DatabaseKind.MARIADB);
        TestDatabase postgres = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      for (TestDatabase database : List.of(mariaDb, postgres)) {
        database.execute("CREATE TABLE t (id INT PRIMARY KEY)");
        database.execute("CREATE TABLE u (t_id INT)");
      }
      int view = 0;
      for (String sql : queries) {
        assertNoReservedNameWithoutAs("mariadb", sql);
        assertNoReservedNameWithoutAs("postgresql", sql);
        mariaDb.execute("CREATE VIEW v" + view + " AS " + sql);
        postgres.execute("CREATE VIEW v" + view++ + " AS " + sql);
      }
      for (String sql : mariaDbOnly) {
        assertNoReservedNameWithoutAs("mariadb", sql);
        mariaDb.execute("CREATE VIEW v" + view++ + " AS " + sql);
      }
    }
  }

  private static void assertNoReservedNameWithoutAs(String database, String sql) {
    ReservedWords words = ReservedWords.of(database);
    assertEquals(
        List.of(),
        ForeignSyntax.namesWithoutAs(database, sql).stream()
            .filter(name -> words.refuses(name, ReservedWords.Position.TABLE))
            .toList(),
        sql);
  }

  private static Connection h2(String mode) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:h2:mem:reserved_" + mode + ";MODE=" + mode + ";DATABASE_TO_LOWER=TRUE");
  }

  private Compilation compile(JavaFileObject view, String option) {
    return new StrataCompiler(snapshots).withOption(option).compile(List.of(DEVICE, view));
  }
}
