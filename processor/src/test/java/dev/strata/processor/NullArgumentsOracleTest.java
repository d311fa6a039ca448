package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls that a target computes otherwise than H2 where an argument is NULL: {@code CONCAT}, which
 * MySQL and MariaDB make NULL where H2 and PostgreSQL leave the argument out; {@code GREATEST} and
 * {@code LEAST}, which PostgreSQL computes over the arguments that are not NULL, where H2 outside
 * its mode and MariaDB give NULL; {@code CONCAT_WS} of a NULL separator, NULL on the servers. An
 * error on the query of a module that runs on such a target, whose view is created there and
 * returns other rows than H2 checked, when the tables can hold such a NULL.
 */
class NullArgumentsOracleTest {

  private static final JavaFileObject DEVICE =
      DeviceModelView.device(
          "String name",
          "@jakarta.persistence.Column(nullable = false) String code",
          "@jakarta.validation.constraints.Min(1) int units",
          "Integer warranty");

  private static final String[] TABLE = {
    "CREATE TABLE devices (id INT, name VARCHAR(20), code VARCHAR(20) NOT NULL, warranty INT)",
    "INSERT INTO devices VALUES (1, NULL, 'c', NULL)",
    "CREATE VIEW v AS SELECT id, CONCAT(name, '-', code) AS a, CONCAT_WS('', name, '-', code) AS b,"
        + " CONCAT(COALESCE(name, ''), '-', code) AS c,"
        + " (SELECT COUNT(*) FROM devices WHERE CONCAT(name, 'x') = 'x') AS d,"
        + " GREATEST(warranty, 2) AS e, LEAST(warranty, 2) AS f,"
        + " GREATEST(COALESCE(warranty, 2), COALESCE(2, warranty)) AS g,"
        + " CONCAT_WS(name, code, code) AS h FROM devices"
  };

  @TempDir Path snapshots;

  @Test
  void theServersAndH2InEachModeComputeTheCallsOfANullEachTheirWay() throws SQLException {
    String columns = "id,a,b,c,d,e,f,g,h";
    try (TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB)) {
      mariadb.execute(TABLE);
      assertEquals(
          List.of(columns, "1,null,-c,-c,0,null,null,2,null"), mariadb.query("SELECT * FROM v"));
    }
    try (TestDatabase postgresql = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      postgresql.execute(TABLE);
      assertEquals(
          List.of(columns, "1,-c,-c,-c,1,2,2,2,null"), postgresql.query("SELECT * FROM v"));
    }
    try (TestDatabase h2 = TestDatabases.openH2InMode("PostgreSQL")) {
      h2.execute(TABLE);
      assertEquals(List.of(columns, "1,-c,-c,-c,1,2,2,2,cc"), h2.query("SELECT * FROM v"));
    }
    try (TestDatabase h2 = TestDatabases.openH2InMode("MariaDB")) {
      h2.execute(TABLE);
      assertEquals(List.of(columns, "1,-c,-c,-c,1,null,null,2,cc"), h2.query("SELECT * FROM v"));
    }
  }

  @Test
  void aConcatOfAColumnThatMayBeNullIsAnErrorForMariaDbAndMySql() {
    JavaFileObject view =
        DeviceModelView.of("SELECT id, CONCAT(name, '-', code) AS label FROM devices");

    for (String target : List.of("mariadb", "mysql")) {
      Compilation compilation = compile(view, "-Astrata.targets=h2," + target);
      assertThat(compilation)
          .hadErrorContaining(
              "CONCAT(name, '-', code), which MySQL and MariaDB make NULL when an argument is NULL,"
                  + " where H2 and PostgreSQL leave that argument out (the rows differ when"
                  + " `devices` holds a row whose `devices.name` is NULL)")
          .inFile(view)
          .onLineContaining("sql = \"SELECT id, CONCAT(name");
      assertThat(compilation).hadErrorContaining("write CONCAT_WS('', name, '-', code)");
      assertThat(compilation).hadErrorContaining("would create the view and return other rows");
      assertThat(compilation).hadErrorCount(1);
    }
  }

  @Test
  void aConcatInAConditionOrSubqueryIsJudgedByTheRowsToo() {
    assertThat(
            compile(
                DeviceModelView.of("SELECT id FROM devices WHERE CONCAT(warranty, 'y') = 'y'"),
                "-Astrata.targets=mariadb"))
        .hadErrorContaining("CONCAT(warranty, 'y'), which MySQL and MariaDB make NULL");
    assertThat(
            compile(
                DeviceModelView.of(
                    "SELECT id, (SELECT MAX(CONCAT(d.name, 'x')) FROM devices d) AS m FROM"
                        + " devices"),
                "-Astrata.targets=mariadb"))
        .hadErrorContaining("CONCAT(d.name, 'x'), which MySQL and MariaDB make NULL");
  }

  @Test
  void aCallInsideAnotherIsReadWithIt() {
    assertThat(
            compile(
                DeviceModelView.of("SELECT id, CONCAT(CONCAT(name, name), 'x') AS c FROM devices"),
                "-Astrata.targets=mariadb"))
        .hadErrorContaining("CONCAT(CONCAT(name, name), 'x'), which MySQL and MariaDB make NULL");
    // each call read alone would make rows neither database returns
    assertThat(
            compile(
                DeviceModelView.of(
                    "SELECT id FROM devices WHERE (CONCAT(name, 'a') IS NULL)"
                        + " = (CONCAT(name,  'a') IS NULL)"),
                "-Astrata.targets=mariadb"))
        .succeeded();
  }

  @Test
  void aCallWhoseRowsDifferOnlyAmongOthersIsTriedOnTwoRows() {
    assertThat(
            compile(
                DeviceModelView.of(
                    "SELECT id, LEAD(CONCAT(name, 'x')) OVER (ORDER BY id) AS next FROM devices"),
                "-Astrata.targets=mariadb"))
        .hadErrorContaining(
            "CONCAT(name, 'x'), which MySQL and MariaDB make NULL when an argument is NULL, where H2"
                + " and PostgreSQL leave that argument out (the rows differ when `devices` holds two"
                + " rows, one of them with `devices.name` NULL)");
  }

  @Test
  void randomValuesAndRowsABreachOfACheckWouldHoldAreNoWitnesses() {
    assertThat(
            compile(
                DeviceModelView.of(
                    "SELECT id, CONCAT(code, '-', FLOOR(RAND() * 10)) AS a FROM devices"),
                "-Astrata.targets=mariadb"))
        .succeeded();
    // units is at least 1: no row holds 0, which NULLIF would make NULL
    assertThat(
            compile(
                DeviceModelView.of("SELECT id, CONCAT(code, NULLIF(units, 0)) AS a FROM devices"),
                "-Astrata.targets=mariadb"))
        .succeeded();
  }

  @Test
  void argumentsThatCannotBeNullAndOtherTargetsAreLeftAlone() {
    assertThat(
            compile(
                DeviceModelView.of(
                    "SELECT id, CONCAT(code, '-', units) AS a, CONCAT('a', 1) AS b,"
                        + " CONCAT(COALESCE(name, ''), code) AS c, CONCAT_WS('', name, code) AS d"
                        + " FROM devices"),
                "-Astrata.targets=h2,postgresql,mariadb"))
        .succeeded();
    assertThat(
            compile(
                DeviceModelView.of("SELECT id, CONCAT(name, 'x') AS a FROM devices"),
                "-Astrata.targets=h2,postgresql"))
        .succeeded();
  }

  @Test
  void greatestOfANullIsAnErrorWhereTheTargetAndTheModeThatCheckedItDisagree() {
    JavaFileObject view = DeviceModelView.of("SELECT id, GREATEST(warranty, 2) AS g FROM devices");

    Compilation postgresql = compile(view, "-Astrata.targets=h2,postgresql");
    assertThat(postgresql)
        .hadErrorContaining(
            "GREATEST(warranty, 2), which PostgreSQL computes over the arguments that are not"
                + " NULL, where H2 in the mode that checked the query makes it NULL");
    assertThat(postgresql)
        .hadErrorContaining("write GREATEST(COALESCE(warranty, 2), COALESCE(2, warranty))");
    assertThat(postgresql).hadErrorCount(1);
    assertThat(
            new StrataCompiler(snapshots)
                .withOption("-Astrata.dialect=postgresql")
                .withOption("-Astrata.targets=postgresql,mariadb")
                .compile(List.of(DEVICE, view)))
        .hadErrorContaining(
            "GREATEST(warranty, 2), which MySQL and MariaDB make NULL when an argument is NULL");
    assertThat(compile(view, "-Astrata.targets=h2,mariadb")).succeeded();
    assertThat(
            compile(
                DeviceModelView.of(
                    "SELECT id, LEAST(units, 2) AS a,"
                        + " GREATEST(COALESCE(warranty, 2), COALESCE(2, warranty)) AS b"
                        + " FROM devices"),
                "-Astrata.targets=h2,postgresql,mariadb"))
        .succeeded();
  }

  @Test
  void concatWsOfASeparatorThatMayBeNullIsAnErrorForEveryServer() {
    JavaFileObject view =
        DeviceModelView.of("SELECT id, CONCAT_WS(name, code, code) AS h FROM devices");

    for (String target : List.of("postgresql", "mariadb")) {
      assertThat(compile(view, "-Astrata.targets=h2," + target))
          .hadErrorContaining(
              "CONCAT_WS(name, code, code), which the databases make NULL when its separator is"
                  + " NULL, where H2 joins the strings without one");
    }
  }

  @Test
  void aQueryOfMariaDbsOwnMeansItsConcat() {
    JavaFileObject view =
        JavaFileObjects.forSourceString(
            "com.example.DeviceModel",
            "package com.example;\n"
                + "@dev.strata.View(name = \"device_models\",\n"
                + "    sql = \"SELECT id, CONCAT_WS('', name, 'x') AS a FROM devices\",\n"
                + "    dialects = @dev.strata.View.Dialect(database = \"mariadb\",\n"
                + "        sql = \"SELECT id, CONCAT(name, 'x') AS a FROM devices\"))\n"
                + "public class DeviceModel {}\n");

    assertThat(compile(view, "-Astrata.targets=h2,mariadb")).succeeded();
  }

  private Compilation compile(JavaFileObject view, String option) {
    return new StrataCompiler(snapshots).withOption(option).compile(List.of(DEVICE, view));
  }
}
