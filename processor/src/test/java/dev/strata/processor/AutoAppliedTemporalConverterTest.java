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
 * JPA converts no value under {@code @Temporal}, and Hibernate 7 applies no auto-applied converter
 * of a {@code Date}, {@code Calendar} or {@code java.sql.Date} to a field that says
 * {@code @Temporal} (measured on H2, PostgreSQL and MariaDB), silently: the column is the one
 * {@code @Temporal} gives, a warning on the {@code @Temporal} says so, and a field of the type
 * without it takes the converter's column.
 */
class AutoAppliedTemporalConverterTest {

  private static final String FOLDER = "oracle/convertedtemporals";

  private static final ParityModel CONVERTED_TEMPORALS =
      new ParityModel(
          FOLDER,
          "org.example.convertedtemporals",
          List.of(),
          // the converters too, which Hibernate finds by scanning in an application
          List.of("Parcel", "DateText", "CalendarText"),
          false);

  private static final ParityModel CONVERTED_SQL_TEMPORALS =
      new ParityModel(
          "oracle/convertedsqltemporals",
          "org.example.convertedsqltemporals",
          List.of(),
          // apart from DateText, which Hibernate would apply to a java.sql.Date too
          List.of("Ledger", "SqlDateText"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  /**
   * Before, Strata gave {@code @Temporal(DATE) Date sent} the converter's {@code varchar}, where
   * Hibernate's validation expects {@code date}.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void temporalFieldsKeepTheirColumnWhereAConverterIsAutoAppliedToTheirType(DatabaseKind kind)
      throws Exception {
    CONVERTED_TEMPORALS.assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * Before, Strata gave {@code @Temporal(DATE) java.sql.Date opened} the converter's {@code
   * varchar}, where Hibernate's validation expects {@code date}.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void sqlDatesUnderTemporalKeepTheirColumnToo(DatabaseKind kind) throws Exception {
    CONVERTED_SQL_TEMPORALS.assertFirstVersionParity(snapshots, classes, kind);
  }

  @Test
  void theIgnoredConverterIsAWarningOnTheTemporal() {
    List<JavaFileObject> sources =
        MappingCompiler.resources(FOLDER + "/v1", List.of("DateText", "CalendarText", "Parcel"));
    Compilation compilation =
        new MappingCompiler(snapshots).compile(sources, "-Astrata.tables=true");

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "Hibernate 7 does not apply auto-applied converter DateText to @Temporal field sent")
        .inFile(sources.get(2))
        .onLineContaining("@Temporal(TemporalType.DATE)");
    assertThat(compilation)
        .hadWarningContaining(
            "Hibernate 7 does not apply auto-applied converter CalendarText to @Temporal field"
                + " stamped")
        .inFile(sources.get(2))
        .onLineContaining("@Temporal(TemporalType.TIMESTAMP)");
  }
}
