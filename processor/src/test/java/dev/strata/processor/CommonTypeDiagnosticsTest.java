package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values that PostgreSQL must give one type and cannot, in a {@code COALESCE} or the results of a
 * {@code CASE} (an integer and a text, or an integer and a literal no integer reads), are an error
 * on the {@code sql} when the module targets PostgreSQL, saying what to write instead; a literal
 * the other values' type reads is none.
 */
class CommonTypeDiagnosticsTest {

  private static final JavaFileObject DEVICE =
      DeviceModelView.device("Integer rating", "String model");

  @TempDir Path snapshots;

  @Test
  void aNumberOrAWordIsAnErrorSayingToCastTheNumberToText() {
    JavaFileObject view =
        DeviceModelView.of("SELECT id, COALESCE(rating, 'none') AS rating FROM devices");

    Compilation compilation = compile(view, "-Astrata.targets=postgresql");

    assertThat(compilation)
        .hadErrorContaining(
            "The query of view device_models has COALESCE(rating, 'none'), which mixes an integer"
                + " and the text 'none' and PostgreSQL refuses (invalid input syntax for type integer):"
                + " write COALESCE(CAST(rating AS VARCHAR(40)), 'none'), or give every value one"
                + " type. PostgreSQL, which the module runs on")
        .inFile(view)
        .onLineContaining("sql = \"SELECT id, COALESCE(rating, 'none')");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aCaseOfANumberOrTextIsAnErrorInPostgresMode() {
    JavaFileObject view =
        DeviceModelView.of(
            "SELECT id, CASE WHEN id > 1 THEN rating ELSE model END AS label FROM devices");

    Compilation compilation = compile(view, "-Astrata.dialect=postgresql");

    assertThat(compilation)
        .hadErrorContaining(
            "CASE WHEN id > 1 THEN rating ELSE model END, which mixes an integer and a text and"
                + " PostgreSQL refuses (CASE types ... cannot be matched): write CASE WHEN id > 1"
                + " THEN CAST(rating AS VARCHAR(40)) ELSE model END")
        .inFile(view)
        .onLineContaining("sql = \"SELECT id, CASE WHEN id > 1 THEN rating ELSE model END");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aLiteralTheNumberReadsIsNoError() {
    JavaFileObject view =
        DeviceModelView.of("SELECT id, COALESCE(rating, '0') AS rating FROM devices");

    assertThat(compile(view, "-Astrata.targets=postgresql")).succeeded();
  }

  private Compilation compile(JavaFileObject view, String option) {
    return new StrataCompiler(snapshots).withOption(option).compile(List.of(DEVICE, view));
  }
}
