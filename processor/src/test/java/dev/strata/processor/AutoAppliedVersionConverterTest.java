package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JPA converts no version, and Hibernate 7 applies no auto-applied converter to a {@code @Version}
 * field (measured on H2, PostgreSQL and MariaDB), silently: the column is the type's own, a warning
 * on the {@code @Version} says so, and a version whose type only the converter maps, which
 * Hibernate cannot map, is an error on it.
 */
class AutoAppliedVersionConverterTest {

  private static final ParityModel CONVERTED_VERSIONS =
      new ParityModel(
          "oracle/convertedversions",
          "org.example.convertedversions",
          List.of(),
          // the converters too, which Hibernate finds by scanning in an application
          List.of("Parcel", "Crate", "LongText", "IntegerText"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  /**
   * Before, Strata gave a {@code Long} or {@code Integer} version the converter's {@code varchar},
   * where Hibernate's validation expects {@code bigint} or {@code integer}.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void versionsKeepTheirTypesColumnWhereAConverterIsAutoAppliedToIt(DatabaseKind kind)
      throws Exception {
    CONVERTED_VERSIONS.assertFirstVersionParity(snapshots, classes, kind);
  }

  /** Before, the build passed, and gave Journal's revision the converter's bigint. */
  @Test
  void hibernatesRefusalIsAnErrorOnTheVersionAndItsNeglectAWarning() {
    List<JavaFileObject> sources =
        MappingCompiler.resources(
            "jpa/autoconverted", List.of("Code", "CodeNumber", "LongText", "Ledger", "Journal"));
    Compilation compilation =
        new MappingCompiler(snapshots).compile(sources, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate applies no converter to @Version field revision, auto-applied CodeNumber"
                + " neither, as JPA converts no version, and refuses to start on a version of type"
                + " com.example.autoconverted.Code")
        .inFile(MappingCompiler.source(sources, "Journal"))
        .onLineContaining("@Version private Code revision");
    assertThat(compilation)
        .hadWarningContaining(
            "Hibernate 7 does not apply auto-applied converter LongText to @Version field version")
        .inFile(MappingCompiler.source(sources, "Ledger"))
        .onLineContaining("@Version private Long version");
    assertThat(compilation).hadErrorCount(1);
  }
}
