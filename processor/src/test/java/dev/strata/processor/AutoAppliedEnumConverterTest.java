package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JPA converts no value under {@code @Enumerated}, and Hibernate 7 applies no auto-applied
 * converter of an enum to a field that says {@code @Enumerated(STRING)} or
 * {@code @Enumerated(ORDINAL)} (measured on H2, PostgreSQL and MariaDB), silently: the column is
 * the one {@code @Enumerated} gives, and a warning on the {@code @Enumerated} says so.
 */
class AutoAppliedEnumConverterTest {

  private static final ParityModel CONVERTED_ENUMS =
      new ParityModel(
          "oracle/convertedenums",
          "org.example.convertedenums",
          List.of("Size"),
          // the converter too, which Hibernate finds by scanning in an application
          List.of("Parcel", "SizeCode"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  /**
   * Before, the build failed on each field: "converter SizeCode of an enum, whose check constraint
   * Hibernate computes by calling the converter", a converter Hibernate does not apply there.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void enumeratedFieldsKeepTheirColumnWhereAConverterIsAutoAppliedToTheirEnum(DatabaseKind kind)
      throws Exception {
    CONVERTED_ENUMS.assertFirstVersionParity(snapshots, classes, kind);
  }

  @Test
  void theIgnoredConverterIsAWarningOnTheEnumerated() {
    JavaFileObject parcel = JavaFileObjects.forResource("oracle/convertedenums/v1/Parcel.java");
    Compilation compilation =
        new MappingCompiler(snapshots)
            .compile(
                List.of(
                    JavaFileObjects.forResource("oracle/convertedenums/v1/Size.java"),
                    JavaFileObjects.forResource("oracle/convertedenums/v1/SizeCode.java"),
                    parcel),
                "-Astrata.tables=true");

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "Hibernate 7 does not apply auto-applied converter SizeCode to @Enumerated field size")
        .inFile(parcel)
        .onLineContaining("@Enumerated(EnumType.STRING)");
    assertThat(compilation)
        .hadWarningContaining(
            "Hibernate 7 does not apply auto-applied converter SizeCode to @Enumerated field former")
        .inFile(parcel)
        .onLineContaining("@Enumerated private Size former");
  }
}
