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
 * JPA converts no key, and Hibernate 7 applies no auto-applied converter to an {@code @Id} field
 * (measured on H2, PostgreSQL and MariaDB): a single key keeps its type's own column, and so do the
 * columns referring to it; a field of an {@code @IdClass} key, which Hibernate refuses to start on
 * unless {@code @Convert(disableConversion = true)} says so, and a key whose type only the
 * converter maps, which Hibernate cannot map, are errors on the {@code @Id}.
 */
class AutoAppliedKeyConverterTest {

  private static final ParityModel CONVERTED_KEYS =
      new ParityModel(
          "oracle/convertedkeys",
          "org.example.convertedkeys",
          List.of("SeatKey"),
          // the converter too, which Hibernate finds by scanning in an application
          List.of("Ticket", "Seat", "Pairing", "UuidText"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  /**
   * Before, Strata gave a {@code UUID} key the converter's {@code varchar}, where Hibernate's
   * validation expects {@code uuid}, and so did the join column referring to it.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void keysKeepTheirTypesColumnWhereAConverterIsAutoAppliedToIt(DatabaseKind kind)
      throws Exception {
    CONVERTED_KEYS.assertFirstVersionParity(snapshots, classes, kind);
  }

  @Test
  void hibernatesRefusalsAreErrorsOnTheKeyAndItsNeglectAWarning() {
    List<JavaFileObject> sources =
        MappingCompiler.resources(
            "jpa/autoconverted",
            List.of(
                "Code", "CodeNumber", "UuidText", "Account", "BookingKey", "Booking", "Ticket"));
    Compilation compilation =
        new MappingCompiler(snapshots).compile(sources, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate applies no converter to @Id field number, auto-applied CodeNumber neither,"
                + " as JPA converts no key, and refuses to start on a key of type"
                + " com.example.autoconverted.Code")
        .inFile(MappingCompiler.source(sources, "Account"))
        .onLineContaining("@Id private Code number");
    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate refuses to start on auto-applied converter UuidText of @Id field hall of an"
                + " @IdClass key")
        .inFile(MappingCompiler.source(sources, "Booking"))
        .onLineContaining("@Id private UUID hall");
    assertThat(compilation)
        .hadWarningContaining(
            "Hibernate 7 does not apply auto-applied converter UuidText to @Id field id")
        .inFile(MappingCompiler.source(sources, "Ticket"))
        .onLineContaining("@Id private UUID id");
    assertThat(compilation).hadErrorCount(2);
  }

  /**
   * Key fields of a mapped superclass are a field of an {@code @IdClass} key in an entity that
   * declares one (Stage), on which Hibernate 7.2 refuses to start as on its own key fields
   * (measured), and a single key in another (Lobby). Before, the {@code @IdClass} below the field
   * went unseen, and the build passed with the single key's warning.
   */
  @Test
  void anIdClassBelowAMappedSuperclassesKeyFieldsMakesTheirConverterAnError() {
    List<JavaFileObject> sources =
        MappingCompiler.resources(
            "jpa/autoconverted", List.of("UuidText", "Venue", "VenueKey", "Stage", "Lobby"));
    Compilation compilation =
        new MappingCompiler(snapshots).compile(sources, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate refuses to start on auto-applied converter UuidText of @Id field hall of an"
                + " @IdClass key (entity Stage's, which extends this class)")
        .inFile(MappingCompiler.source(sources, "Venue"))
        .onLineContaining("@Id private UUID hall");
    assertThat(compilation)
        .hadWarningContaining(
            "Hibernate 7 does not apply auto-applied converter UuidText to @Id field hall")
        .inFile(MappingCompiler.source(sources, "Venue"))
        .onLineContaining("@Id private UUID hall");
    assertThat(compilation).hadErrorCount(1);
  }
}
