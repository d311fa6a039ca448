package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Functions that PostgreSQL, MySQL or MariaDB take and compute otherwise than H2: an error on the
 * query of a module that runs on such a database, whose view is created there and returns other
 * rows than H2 checked; the spelling the error asks for reads alike on all of them.
 */
class FunctionReadingsOracleTest {

  private static final JavaFileObject DEVICE =
      DeviceModelView.device(
          "String name",
          "Double rating",
          "java.math.BigDecimal price",
          "Integer warranty",
          "java.time.LocalDate bought");

  private static final String[] TABLE = {
    "CREATE TABLE devices (id INT, name VARCHAR(20), rating DOUBLE PRECISION, bought DATE)",
    "INSERT INTO devices VALUES (1, 'é', 2.5, DATE '2024-03-15'), (2, 'ab', 3.5, NULL)"
  };

  /**
   * Each expression, as H2 (in its own mode, PostgreSQL's and MariaDB's), PostgreSQL and MariaDB
   * compute it on the rows of {@link #TABLE}.
   */
  private static final Map<String, List<String>> READINGS = new LinkedHashMap<>();

  static {
    read("(SELECT STDDEV(rating) FROM devices) * 2", "1.41", "1.41", "1.41", "1.41", "1");
    read("(SELECT STDDEV_SAMP(rating) FROM devices) * 2", "1.41", "1.41", "1.41", "1.41", "1.41");
    read("LENGTH(name)", "1", "1", "1", "1", "2");
    read("CHAR_LENGTH(name)", "1", "1", "1", "1", "1");
    read("CASE WHEN LOG(100) > 3 THEN 'ln' ELSE 'log10' END", "ln", "log10", "ln", "log10", "ln");
    read("CAST(ROUND(rating) AS INTEGER)", "3", "3", "3", "2", "2");
    read("CAST(ROUND(CAST(rating AS DECIMAL(30, 10))) AS INTEGER)", "3", "3", "3", "3", "3");
    read("SUBSTRING('ab', 0, 2)", "ab", "ab", "ab", "a", "");
    read("SUBSTRING('ab', -1)", "b", "b", "b", "ab", "b");
    read("LPAD('ab', 5, 'xy')", "xxxab", "xxxab", "xxxab", "xyxab", "xyxab");
    read("LPAD('ab', 5, '0')", "000ab", "000ab", "000ab", "000ab", "000ab");
    read("REGEXP_REPLACE('aXbXc', 'X', '-')", "a-b-c", "a-bXc", "a-b-c", "a-bXc", "a-b-c");
    read("EXTRACT(WEEK FROM bought)", "11", "11", "11", "11", "10");
  }

  private static void read(String expression, String... values) {
    READINGS.put(expression, List.of(values));
  }

  @TempDir Path snapshots;

  @Test
  void eachDatabaseComputesTheFunctionsAsTheErrorsSay() throws SQLException {
    List<TestDatabase> databases = new ArrayList<>();
    try {
      databases.add(TestDatabases.open(DatabaseKind.H2));
      databases.add(TestDatabases.openH2InMode("PostgreSQL"));
      databases.add(TestDatabases.openH2InMode("MariaDB"));
      databases.add(TestDatabases.open(DatabaseKind.POSTGRESQL));
      databases.add(TestDatabases.open(DatabaseKind.MARIADB));
      for (TestDatabase database : databases) {
        database.execute(TABLE);
      }
      for (Map.Entry<String, List<String>> reading : READINGS.entrySet()) {
        List<String> values = new ArrayList<>();
        for (TestDatabase database : databases) {
          String sql = "SELECT " + reading.getKey() + " AS x FROM devices WHERE id = 1";
          String value = database.query(sql).get(1);
          values.add(
              value.matches("-?\\d+\\.\\d+") ? "%.2f".formatted(Double.valueOf(value)) : value);
        }
        assertEquals(reading.getValue(), values, reading.getKey());
      }
    } finally {
      for (TestDatabase database : databases) {
        database.close();
      }
    }
  }

  @Test
  void theServersCountWeeksEachTheirWayAndH2CountsIsoWeeksWhenAsked() throws SQLException {
    String sunday = "DATE '2022-01-02'";
    try (TestDatabase postgresql = TestDatabases.open(DatabaseKind.POSTGRESQL);
        TestDatabase mariadb = TestDatabases.open(DatabaseKind.MARIADB);
        TestDatabase h2 = TestDatabases.open(DatabaseKind.H2)) {
      assertEquals(
          List.of("x", "52"), postgresql.query("SELECT EXTRACT(WEEK FROM " + sunday + ") AS x"));
      assertEquals(
          List.of("x", "1", "52"),
          mariadb.query(
              "SELECT EXTRACT(WEEK FROM "
                  + sunday
                  + ") AS x UNION ALL SELECT WEEK("
                  + sunday
                  + ", 3)"));
      assertEquals(
          List.of("x", "52"), h2.query("SELECT EXTRACT(ISO_WEEK FROM " + sunday + ") AS x"));
    }
  }

  @Test
  void callsThatReadAlikeByWhatIsAroundThemOrWhatTheyAreGivenAreLeftAlone() {
    List<String> alike =
        List.of(
            "SELECT id FROM devices WHERE LENGTH(TRIM(name)) > 0",
            "SELECT id, LENGTH(CAST(id AS VARCHAR(20))) AS a, LENGTH('abc') AS b FROM devices",
            "SELECT id, ROUND(FLOOR(rating)) AS a FROM devices",
            "SELECT ROUND(a) AS x FROM (SELECT AVG(warranty) AS a FROM devices) s",
            "SELECT id, LPAD(name, 6, '00') AS a FROM devices",
            "SELECT id, REGEXP_REPLACE(name, '^ +', '') AS a,"
                + " REGEXP_REPLACE(name, '[0-9]+$', '') AS b FROM devices");
    for (String sql : alike) {
      assertThat(compile(DeviceModelView.of(sql), "-Astrata.targets=h2,postgresql,mariadb"))
          .succeeded();
    }
  }

  @Test
  void theServersComputationsAreErrorsForTheModulesThatRunOnThem() {
    assertMisread("STDDEV(rating)", "mariadb", "write STDDEV_SAMP(rating)");
    assertMisread("VARIANCE(rating)", "mysql", "write VAR_SAMP(rating)");
    assertMisread("LENGTH(name)", "mariadb", "count in bytes, where H2 and PostgreSQL count");
    assertMisread("LOG(rating)", "postgresql", "write LN(rating) or LOG10(rating)");
    assertMisread("ROUND(rating)", "postgresql", "ROUND(CAST(rating AS DECIMAL(30, 10)))");
    assertMisread("ROUND(rating, 1)", "mariadb", "ROUND(CAST(rating AS DECIMAL(30, 10)), 1)");
    assertMisread("SUBSTRING(name, 0, 2)", "postgresql", "returns one character fewer");
    assertMisread("SUBSTRING(name FROM 0 FOR 2)", "mariadb", "return nothing");
    assertMisread("SUBSTR(name, -1)", "postgresql", "write RIGHT(s, n)");
    assertMisread("RPAD(name, 5, 'xy')", "mariadb", "fill with one character");
    assertMisread("REGEXP_REPLACE(name, 'a', 'b')", "postgresql", "the flag 'g'");
    assertMisread("EXTRACT(WEEK FROM bought)", "mariadb", "WEEK(x, 3) on MySQL and MariaDB");
    assertMisread("EXTRACT(WEEK FROM(bought))", "postgresql", "EXTRACT(ISO_WEEK FROM x) on H2");
  }

  @Test
  void aModeOfH2ThatComputesAsTheServerDoesIsNoError() {
    JavaFileObject log = DeviceModelView.of("SELECT id, LOG(rating) AS x FROM devices");
    assertThat(compile(log, "-Astrata.targets=h2,mariadb")).succeeded();
    assertThat(
            new StrataCompiler(snapshots)
                .withOption("-Astrata.dialect=postgresql")
                .withOption("-Astrata.targets=postgresql")
                .compile(List.of(DEVICE, log)))
        .succeeded();
    assertThat(
            new StrataCompiler(snapshots)
                .withOption("-Astrata.dialect=postgresql")
                .withOption("-Astrata.targets=postgresql,mariadb")
                .compile(List.of(DEVICE, log)))
        .hadErrorContaining("LOG(rating), the natural logarithm on MySQL and MariaDB");
    assertThat(
            compile(
                DeviceModelView.of("SELECT id, REGEXP_REPLACE(name, 'a', 'b') AS x FROM devices"),
                "-Astrata.targets=h2,mariadb"))
        .succeeded();
  }

  @Test
  void theSpellingsTheErrorsAskForAndOtherArgumentsAreLeftAlone() {
    assertThat(
            compile(
                DeviceModelView.of(
                    "SELECT id, STDDEV_SAMP(rating) AS a, CHAR_LENGTH(name) AS b, LN(rating) AS c,"
                        + " ROUND(CAST(rating AS DECIMAL(30, 10))) AS d, ROUND(price) AS e,"
                        + " ROUND(AVG(warranty)) AS f, SUBSTRING(name, 1, 2) AS g,"
                        + " LPAD(name, 5, '0') AS h, EXTRACT(YEAR FROM bought) AS i"
                        + " FROM devices GROUP BY id, rating, name, price, bought"),
                "-Astrata.targets=h2,postgresql,mariadb"))
        .succeeded();
    assertThat(
            compile(
                DeviceModelView.of(
                    "SELECT id, STDDEV(rating) AS a, LENGTH(name) AS b FROM devices"
                        + " GROUP BY id, name"),
                "-Astrata.targets=h2,postgresql"))
        .succeeded();
    assertThat(
            compile(
                DeviceModelView.of("SELECT id, SUBSTR(name, -1) AS c FROM devices"),
                "-Astrata.targets=h2,mariadb"))
        .succeeded();
  }

  private void assertMisread(String call, String target, String advice) {
    JavaFileObject view = DeviceModelView.of("SELECT id, " + call + " AS x FROM devices");
    Compilation compilation = compile(view, "-Astrata.targets=h2," + target);
    assertThat(compilation).hadErrorContaining("has " + call + ", ");
    assertThat(compilation).hadErrorContaining(advice);
    assertThat(compilation).hadErrorContaining("would create the view and return other rows");
    assertThat(compilation).hadErrorCount(1);
  }

  private Compilation compile(JavaFileObject view, String option) {
    return new StrataCompiler(snapshots).withOption(option).compile(List.of(DEVICE, view));
  }
}
