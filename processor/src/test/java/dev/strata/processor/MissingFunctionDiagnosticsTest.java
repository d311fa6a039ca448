package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call of a function that H2 has and PostgreSQL lacks ({@code IFNULL}, {@code YEAR}), or MariaDB
 * lacks ({@code DATEADD}), is an error on the {@code sql} of the query that database runs, when the
 * module targets it, saying what to write there; a module that does not target it, the database's
 * own query, and a call of a function the PostgreSQL release it names has, get none.
 */
class MissingFunctionDiagnosticsTest {

  private static final JavaFileObject DEVICE =
      DeviceModelView.device("Integer rating", "java.time.LocalDate sold", "String model");

  @TempDir Path snapshots;

  @Test
  void ifnullIsAnErrorOnTheSqlSayingToWriteCoalesce() {
    JavaFileObject view =
        DeviceModelView.of("SELECT model, IFNULL(rating, 0) AS rating FROM devices");

    Compilation compilation = compile(view, "-Astrata.targets=postgresql");

    assertThat(compilation)
        .hadErrorContaining(
            "The query of view device_models has IFNULL(...), a function of H2 that PostgreSQL 15"
                + " does not have: write COALESCE(a, b). PostgreSQL, which the module runs on")
        .inFile(view)
        .onLineContaining("sql = \"SELECT model, IFNULL(rating, 0)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void yearIsAnErrorInPostgresModeSayingToWriteExtract() {
    JavaFileObject view = DeviceModelView.of("SELECT model, YEAR(sold) AS sold_in FROM devices");

    Compilation compilation = compile(view, "-Astrata.dialect=postgresql");

    assertThat(compilation)
        .hadErrorContaining(
            "YEAR(...), a function of H2 that PostgreSQL 15 does not have: write EXTRACT(YEAR"
                + " FROM x)")
        .inFile(view)
        .onLineContaining("sql = \"SELECT model, YEAR(sold)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aModuleThatDoesNotTargetPostgresGetsNoError() {
    JavaFileObject view =
        DeviceModelView.of("SELECT model, IFNULL(rating, 0) AS rating FROM devices");

    assertThat(compile(view, "-Astrata.targets=mariadb")).succeeded();
  }

  @Test
  void dateaddIsAnErrorForMariaDbSayingToWriteDateAdd() {
    JavaFileObject view =
        DeviceModelView.of("SELECT model, DATEADD(DAY, 7, sold) AS due FROM devices");

    Compilation compilation = compile(view, "-Astrata.targets=mariadb");

    assertThat(compilation)
        .hadErrorContaining(
            "DATEADD(...), a function of H2 that MariaDB 10.11 does not have: write DATE_ADD(x,"
                + " INTERVAL n DAY) (or MONTH, HOUR, ...). MariaDB, which the module runs on")
        .inFile(view)
        .onLineContaining("sql = \"SELECT model, DATEADD(DAY, 7, sold)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void postgresOwnQueryIsLeftToItsDatabase() {
    JavaFileObject view =
        DeviceModelView.of(
            "SELECT model, IFNULL(rating, 0) AS rating FROM devices",
            "SELECT model, ifnull(rating, 0) AS rating FROM devices");

    assertThat(compile(view, "-Astrata.targets=postgresql")).succeeded();
  }

  @Test
  void anyValueIsAnErrorOnPostgres15AndTakenOnTheReleaseTheModuleNames() {
    JavaFileObject view =
        DeviceModelView.of("SELECT model, ANY_VALUE(rating) AS rating FROM devices GROUP BY model");

    assertThat(compile(view, "-Astrata.targets=postgresql"))
        .hadErrorContaining(
            "ANY_VALUE(...), a function of H2 that PostgreSQL 15 does not have: write MIN(x) or"
                + " MAX(x) (PostgreSQL has it from version 16: for a server of that release or"
                + " later, set -Astrata.postgresqlVersion=16)")
        .inFile(view)
        .onLineContaining("sql = \"SELECT model, ANY_VALUE(rating)");
    assertThat(
            new StrataCompiler(snapshots)
                .withOption("-Astrata.targets=postgresql")
                .withOption("-Astrata.postgresqlVersion=16")
                .compile(List.of(DEVICE, view)))
        .succeeded();
  }

  private Compilation compile(JavaFileObject view, String option) {
    return new StrataCompiler(snapshots).withOption(option).compile(List.of(DEVICE, view));
  }
}
