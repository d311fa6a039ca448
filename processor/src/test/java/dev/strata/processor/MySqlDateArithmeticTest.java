package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
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
 * A date plus or minus a number, or a difference of dates, which MySQL and MariaDB compute on the
 * dates' digits where H2 and PostgreSQL count days: an error on the query for a module that runs on
 * MariaDB, whose view is created there and returns other values than H2 checked.
 */
class MySqlDateArithmeticTest {

  private static final JavaFileObject DEVICE =
      DeviceModelView.device("java.time.LocalDate bought", "Integer warranty");

  @TempDir Path snapshots;

  @Test
  void mariaDbComputesADatePlusANumberOnItsDigitsWhereH2CountsDays() throws SQLException {
    String sql =
        "SELECT id, bought + 1 AS next_day, bought - warranty AS start, bought + -1 AS day_before,"
            + " CASE WHEN warranty > 1 THEN bought END + 1 AS later FROM devices";
    assertRows(
        sql,
        List.of("id,next_day,start,day_before,later", "1,20200132,20200129,20200130,20200132"),
        List.of(
            "id,next_day,start,day_before,later", "1,2020-02-01,2020-01-29,2020-01-30,2020-02-01"));
  }

  /** Asserts the rows MariaDB and H2 in its mode return of a view of {@code sql} on a device. */
  private static void assertRows(String sql, List<String> onMariaDb, List<String> onH2)
      throws SQLException {
    String[] table = {
      "CREATE TABLE devices (id INT, bought DATE, warranty INT)",
      "INSERT INTO devices VALUES (1, DATE '2020-01-31', 2)",
      "CREATE VIEW v AS " + sql
    };
    try (TestDatabase mariaDb = TestDatabases.open(DatabaseKind.MARIADB);
        TestDatabase h2 = TestDatabases.openH2InMode("MariaDB")) {
      mariaDb.execute(table);
      h2.execute(table);
      assertEquals(onMariaDb, mariaDb.query("SELECT * FROM v"));
      assertEquals(onH2, h2.query("SELECT * FROM v"));
    }
  }

  @Test
  void aDatePlusANumberIsAnErrorForMariaDb() {
    JavaFileObject view = DeviceModelView.of("SELECT id, bought + 1 AS next_day FROM devices");

    Compilation compilation = compile(view, "-Astrata.targets=h2,mariadb");

    assertThat(compilation)
        .hadErrorContaining(
            "bought + 1, a date plus or minus a number, which MySQL and MariaDB compute on the"
                + " digits")
        .inFile(view)
        .onLineContaining("sql = \"SELECT id, bought + 1");
    assertThat(compilation).hadErrorContaining("write bought + INTERVAL '1' DAY");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aSignedNumberAndACaseAreOperandsOfTheArithmeticToo() {
    JavaFileObject signed = DeviceModelView.of("SELECT id, bought + -1 AS d FROM devices");
    JavaFileObject chosen =
        DeviceModelView.of(
            "SELECT id, CASE WHEN warranty > 1 THEN bought END + 1 AS d FROM devices");

    assertThat(compile(signed, "-Astrata.targets=mariadb"))
        .hadErrorContaining("bought + -1, a date plus or minus a number");
    assertThat(compile(chosen, "-Astrata.targets=mariadb"))
        .hadErrorContaining(
            "CASE WHEN warranty > 1 THEN bought END + 1, a date plus or minus a number");
  }

  @Test
  void aDifferenceOfDatesAndADateMinusAColumnAreErrorsForMariaDb() {
    assertThat(
            compile(
                DeviceModelView.of("SELECT id, CURRENT_DATE - bought AS age FROM devices"),
                "-Astrata.targets=mariadb"))
        .hadErrorContaining("a difference of dates");
    assertThat(
            compile(
                DeviceModelView.of("SELECT id FROM devices WHERE bought > CURRENT_DATE - warranty"),
                "-Astrata.targets=mariadb"))
        .hadErrorContaining("with CURRENT_DATE - INTERVAL warranty DAY");
  }

  @Test
  void aDatePlusATimeIsAnErrorForMariaDbAndASortKeyIsLeftAlone() {
    JavaFileObject device =
        DeviceModelView.device("java.time.LocalDate bought", "java.time.LocalTime opens");
    assertThat(
            new StrataCompiler(snapshots)
                .withOption("-Astrata.targets=mariadb")
                .compile(
                    List.of(
                        device,
                        DeviceModelView.of("SELECT id, bought + opens AS at FROM devices"))))
        .hadErrorContaining("TIMESTAMP(date, time)");
    assertThat(
            compile(
                DeviceModelView.of("SELECT id FROM devices ORDER BY bought + 1 DESC, id LIMIT 3"),
                "-Astrata.targets=mariadb"))
        .succeeded();
  }

  @Test
  void mariaDbGivesADatePlusHoursAsADatetimeWhereH2KeepsTheDate() throws SQLException {
    String sql =
        "SELECT id, bought + INTERVAL '90' MINUTE AS a, INTERVAL '2' HOUR + bought AS b,"
            + " CAST(bought AS DATETIME) + INTERVAL '90' MINUTE AS c FROM devices";
    assertRows(
        sql,
        List.of("id,a,b,c", "1,2020-01-31 01:30:00,2020-01-31 02:00:00,2020-01-31 01:30:00"),
        List.of("id,a,b,c", "1,2020-01-31,2020-01-31,2020-01-31 01:30:00"));
    JavaFileObject hours =
        DeviceModelView.of("SELECT id, bought + INTERVAL '90' MINUTE AS t FROM devices");
    assertThat(compile(hours, "-Astrata.targets=h2,mariadb"))
        .hadErrorContaining(
            "bought + INTERVAL '90' MINUTE, a date plus or minus a part of a day, which MySQL and"
                + " MariaDB give as a DATETIME");
    assertThat(compile(hours, "-Astrata.targets=h2,mariadb"))
        .hadErrorContaining(
            "give MySQL and MariaDB a query of their own with CAST(bought AS DATETIME) + INTERVAL"
                + " '90' MINUTE");
    assertThat(
            compile(
                DeviceModelView.of(
                    "SELECT id, CAST(bought AS DATETIME) + INTERVAL '90' MINUTE AS t,"
                        + " bought - INTERVAL '1' DAY AS d FROM devices"),
                "-Astrata.dialect=mariadb"))
        .succeeded();
  }

  @Test
  void intervalsNumbersAndOtherDatabasesAreLeftAlone() {
    assertThat(
            compile(
                DeviceModelView.of(
                    "SELECT id, bought + INTERVAL '1' DAY AS next_day, warranty + 1 AS w,"
                        + " bought - INTERVAL '2' DAY AS earlier FROM devices"),
                "-Astrata.targets=h2,postgresql,mariadb"))
        .succeeded();
    assertThat(
            compile(
                DeviceModelView.of("SELECT id, bought + 1 AS next_day FROM devices"),
                "-Astrata.targets=h2,postgresql"))
        .succeeded();
  }

  private Compilation compile(JavaFileObject view, String option) {
    return new StrataCompiler(snapshots).withOption(option).compile(List.of(DEVICE, view));
  }
}
