package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code FROM DUAL}, the one-row table of H2, MySQL and MariaDB, is no table the module must
 * declare; a module that runs on PostgreSQL, which has no such table, gets an error on the query
 * saying to leave it out.
 */
class DualTableDiagnosticsTest {

  private static final JavaFileObject DEVICE = DeviceModelView.device("String model");

  @TempDir Path snapshots;

  @Test
  void aQueryFromDualReadsNoTableOfTheModule() {
    JavaFileObject view =
        DeviceModelView.of(
            "SELECT model FROM devices WHERE EXISTS (SELECT 1 FROM DUAL WHERE model > 'a')"
                + " UNION ALL SELECT 'none' AS model FROM dual");

    assertThat(compile(view, "-Astrata.targets=h2,mariadb,mysql")).succeeded();
  }

  @Test
  void fromDualIsAnErrorForPostgresSayingToLeaveItOut() {
    JavaFileObject view =
        DeviceModelView.of("SELECT model FROM devices UNION ALL SELECT 'none' AS model FROM DUAL");

    Compilation compilation = compile(view, "-Astrata.targets=postgresql");

    assertThat(compilation)
        .hadErrorContaining(
            "FROM DUAL, the one-row table of MySQL, MariaDB and H2, which PostgreSQL does not"
                + " have: leave FROM DUAL out")
        .inFile(view)
        .onLineContaining("sql = \"SELECT model FROM devices UNION ALL");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void fromDualIsOneErrorInPostgresMode() {
    JavaFileObject view = DeviceModelView.of("SELECT 'none' AS model FROM DUAL");

    Compilation compilation = compile(view, "-Astrata.dialect=postgresql");

    assertThat(compilation)
        .hadErrorContaining("FROM DUAL, the one-row table of MySQL, MariaDB and H2")
        .inFile(view)
        .onLineContaining("sql = \"SELECT 'none' AS model FROM DUAL");
    assertThat(compilation).hadErrorCount(1);
  }

  private Compilation compile(JavaFileObject view, String option) {
    return new StrataCompiler(snapshots).withOption(option).compile(List.of(DEVICE, view));
  }
}
