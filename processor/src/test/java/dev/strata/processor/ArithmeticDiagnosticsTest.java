package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arithmetic that PostgreSQL has no operator for ({@code sold + 7} of a timestamp, {@code model +
 * 1} of a text) is an error on the {@code sql} when the module targets PostgreSQL, saying what to
 * write instead; a date plus days, which PostgreSQL has, is none.
 */
class ArithmeticDiagnosticsTest {

  private static final JavaFileObject DEVICE =
      DeviceModelView.device(
          "java.time.LocalDateTime sold", "java.time.LocalDate shipped", "String model");

  @TempDir Path snapshots;

  @Test
  void daysAddedToATimestampAreAnErrorSayingToAddAnInterval() {
    JavaFileObject view = DeviceModelView.of("SELECT id, sold + 7 AS due FROM devices");

    Compilation compilation = compile(view, "-Astrata.targets=postgresql");

    assertThat(compilation)
        .hadErrorContaining(
            "The query of view device_models has sold + 7, an operation on a timestamp and an"
                + " integer that PostgreSQL refuses (operator does not exist): write sold + 7 *"
                + " INTERVAL '1' DAY, which both take. PostgreSQL, which the module runs on")
        .inFile(view)
        .onLineContaining("sql = \"SELECT id, sold + 7");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void textInArithmeticIsAnErrorInPostgresMode() {
    JavaFileObject view = DeviceModelView.of("SELECT id, model * 2 AS twice FROM devices");

    Compilation compilation = compile(view, "-Astrata.dialect=postgresql");

    assertThat(compilation)
        .hadErrorContaining(
            "model * 2, an operation on a text and an integer that PostgreSQL refuses (operator"
                + " does not exist): write CAST(model AS INTEGER) * 2")
        .inFile(view)
        .onLineContaining("sql = \"SELECT id, model * 2");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aConcatenationOfNoTextIsAnErrorSayingToCastASide() {
    JavaFileObject view =
        DeviceModelView.of("SELECT id, shipped || id || model AS code FROM devices");

    Compilation compilation = compile(view, "-Astrata.targets=postgresql");

    assertThat(compilation)
        .hadErrorContaining(
            "has shipped || id, an operation on a date and an integer that PostgreSQL refuses"
                + " (operator does not exist): write CAST(shipped AS VARCHAR(40)) || id, which"
                + " both take")
        .inFile(view)
        .onLineContaining("sql = \"SELECT id, shipped || id");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aConcatenationWithTextIsNoError() {
    JavaFileObject view =
        DeviceModelView.of("SELECT id, model || id || shipped AS code FROM devices");

    assertThat(compile(view, "-Astrata.targets=postgresql")).succeeded();
  }

  @Test
  void daysAddedToADateAreNoError() {
    JavaFileObject view = DeviceModelView.of("SELECT id, shipped + 7 AS due FROM devices");

    assertThat(compile(view, "-Astrata.targets=postgresql")).succeeded();
  }

  private Compilation compile(JavaFileObject view, String option) {
    return new StrataCompiler(snapshots).withOption(option).compile(List.of(DEVICE, view));
  }
}
