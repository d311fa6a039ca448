package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call of a function that PostgreSQL has, but not for the type of argument the query gives it
 * ({@code ROUND(AVG(price), 2)} of a double precision, {@code LENGTH(rating)} of an integer), is an
 * error on the {@code sql} when the module targets PostgreSQL, saying what to write instead; the
 * same call on a type PostgreSQL takes, and a module that does not target PostgreSQL, get none.
 */
class SignatureDiagnosticsTest {

  private static final JavaFileObject DEVICE =
      DeviceModelView.device("Integer rating", "Double price", "String model");

  @TempDir Path snapshots;

  @Test
  void roundingAnAverageOfDoublesIsAnErrorSayingToRoundADecimal() {
    JavaFileObject view =
        DeviceModelView.of(
            "SELECT model, ROUND(AVG(price), 2) AS price FROM devices GROUP BY model");

    Compilation compilation = compile(view, "-Astrata.targets=postgresql");

    assertThat(compilation)
        .hadErrorContaining(
            "The query of view device_models has ROUND(AVG(price), 2) on a double precision, which"
                + " PostgreSQL refuses (its round of two arguments takes integers and numerics"
                + " only): write ROUND(CAST(AVG(price) AS DECIMAL(30, 10)), 2), with the precision"
                + " and scale the values need. PostgreSQL, which the module runs on")
        .inFile(view)
        .onLineContaining("sql = \"SELECT model, ROUND(AVG(price), 2)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void roundingAnAverageOfIntegersIsNoError() {
    JavaFileObject view =
        DeviceModelView.of(
            "SELECT model, ROUND(AVG(rating), 2) AS rating FROM devices GROUP BY model");

    assertThat(compile(view, "-Astrata.dialect=postgresql")).succeeded();
  }

  @Test
  void theLengthOfAnIntegerIsAnErrorInPostgresModeSayingToCastItToText() {
    JavaFileObject view = DeviceModelView.of("SELECT model, LENGTH(rating) AS digits FROM devices");

    Compilation compilation = compile(view, "-Astrata.dialect=postgresql");

    assertThat(compilation)
        .hadErrorContaining(
            "LENGTH(rating) on an integer, which PostgreSQL refuses (its length takes text only):"
                + " write LENGTH(CAST(rating AS VARCHAR(40)))")
        .inFile(view)
        .onLineContaining("sql = \"SELECT model, LENGTH(rating)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aModuleThatDoesNotTargetPostgresGetsNoError() {
    JavaFileObject view = DeviceModelView.of("SELECT model, ROUND(price, 2) AS price FROM devices");

    assertThat(compile(view, "-Astrata.targets=h2")).succeeded();
    // MariaDB takes it, and rounds a double half to even (FunctionReadingsOracleTest)
    assertThat(compile(view, "-Astrata.targets=mariadb"))
        .hadErrorContaining("which MySQL and MariaDB round half to even");
  }

  @Test
  void postgresOwnQueryIsJudgedWhereH2CanReadIt() {
    JavaFileObject view =
        DeviceModelView.of(
            "SELECT model, ROUND(CAST(price AS DECIMAL(30, 10)), 2) AS price FROM devices",
            "SELECT model, ROUND(price, 2) AS price FROM devices");

    Compilation compilation = compile(view, "-Astrata.targets=postgresql");

    assertThat(compilation)
        .hadErrorContaining("ROUND(price, 2) on a double precision, which PostgreSQL refuses")
        .inFile(view)
        .onLineContaining("sql = \"SELECT model, ROUND(price, 2)");
    assertThat(compilation).hadErrorCount(1);
  }

  private Compilation compile(JavaFileObject view, String option) {
    return new StrataCompiler(snapshots).withOption(option).compile(List.of(DEVICE, view));
  }
}
