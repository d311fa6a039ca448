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

  private Compilation compile(JavaFileObject view, String option) {
    return new StrataCompiler(snapshots).withOption(option).compile(List.of(DEVICE, view));
  }
}
