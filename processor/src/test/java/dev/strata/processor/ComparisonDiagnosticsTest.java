package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comparison of two types that PostgreSQL has no operator for ({@code model = 5} of a text with
 * an integer), or a {@code LIKE} of anything but text, is an error on the {@code sql} when the
 * module targets PostgreSQL, saying what to write instead; a string literal, which PostgreSQL types
 * as the other side asks, and a module that does not target PostgreSQL, get none.
 */
class ComparisonDiagnosticsTest {

  private static final JavaFileObject DEVICE =
      DeviceModelView.device("Integer rating", "String model");

  @TempDir Path snapshots;

  @Test
  void textComparedWithANumberIsAnErrorSayingToCastTheText() {
    JavaFileObject view = DeviceModelView.of("SELECT id, model FROM devices WHERE model = 5");

    Compilation compilation = compile(view, "-Astrata.targets=postgresql");

    assertThat(compilation)
        .hadErrorContaining(
            "The query of view device_models has model = 5, which compares a text with an integer"
                + " and PostgreSQL refuses (operator does not exist): write CAST(model AS INTEGER)"
                + " = 5, or compare with a value of the same type. PostgreSQL, which the module"
                + " runs on")
        .inFile(view)
        .onLineContaining("sql = \"SELECT id, model FROM devices WHERE model = 5");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aNumberMatchedWithLikeIsAnErrorInPostgresMode() {
    JavaFileObject view =
        DeviceModelView.of("SELECT id, model FROM devices WHERE rating NOT LIKE '1%'");

    Compilation compilation = compile(view, "-Astrata.dialect=postgresql");

    assertThat(compilation)
        .hadErrorContaining(
            "rating NOT LIKE '1%', which matches an integer and PostgreSQL refuses (operator does"
                + " not exist), as it matches text only: write CAST(rating AS VARCHAR(40))")
        .inFile(view)
        .onLineContaining("sql = \"SELECT id, model FROM devices WHERE rating NOT LIKE");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void isDistinctFromComparesAsEqualsDoes() {
    JavaFileObject view =
        DeviceModelView.of("SELECT id, model FROM devices WHERE model IS NOT DISTINCT FROM rating");

    Compilation compilation = compile(view, "-Astrata.targets=postgresql");

    assertThat(compilation)
        .hadErrorContaining(
            "has model IS NOT DISTINCT FROM rating, which compares a text with an integer and"
                + " PostgreSQL refuses (operator does not exist): write CAST(model AS INTEGER) IS"
                + " NOT DISTINCT FROM rating")
        .inFile(view)
        .onLineContaining("sql = \"SELECT id, model FROM devices WHERE model IS NOT DISTINCT");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aViewComparingColumnsByIsDistinctFromReadsNoOtherRelation() {
    JavaFileObject view =
        DeviceModelView.of(
            "SELECT id, model IS DISTINCT FROM 'x' AS renamed FROM devices"
                + " WHERE rating IS DISTINCT FROM id");

    assertThat(compile(view, "-Astrata.targets=h2")).succeeded();
  }

  @Test
  void aStringLiteralIsNoError() {
    JavaFileObject view =
        DeviceModelView.of("SELECT id, model FROM devices WHERE rating = '5' AND model = 'x'");

    assertThat(compile(view, "-Astrata.targets=postgresql")).succeeded();
  }

  @Test
  void aModuleThatDoesNotTargetPostgresGetsNoError() {
    JavaFileObject view = DeviceModelView.of("SELECT id, model FROM devices WHERE model = 5");

    assertThat(compile(view, "-Astrata.targets=mariadb")).succeeded();
  }

  private Compilation compile(JavaFileObject view, String option) {
    return new StrataCompiler(snapshots).withOption(option).compile(List.of(DEVICE, view));
  }
}
