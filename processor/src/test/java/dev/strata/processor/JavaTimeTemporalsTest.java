package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code java.time} values under {@code @Temporal}, as Hibernate 7.2 maps them (measured on H2,
 * PostgreSQL and MariaDB): the kind of the type's own changes nothing, an {@code Instant} takes
 * {@code DATE} (a {@code date}) and {@code TIME} (a {@code time(6)}) too, and so for an element
 * collection's values and, under {@code @MapKeyTemporal}, a map's keys; on any other pairing it
 * refuses to start. Before, Strata refused every one of them with "cannot tell which column type
 * ...; if an AttributeConverter maps it", advice that did not apply.
 */
class JavaTimeTemporalsTest {

  private static final ParityModel SCHEDULE =
      new ParityModel(
          "oracle/javatimetemporals",
          "org.example.javatimetemporals",
          List.of(),
          List.of("Schedule"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void javaTimeValuesTakeTheColumnTheirTemporalGives(DatabaseKind kind) throws Exception {
    SCHEDULE.assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest(name = "{0} under @Temporal({1})")
  @CsvSource({
    "LocalDate, TIMESTAMP",
    "LocalDate, TIME",
    "LocalDateTime, DATE",
    "LocalTime, TIMESTAMP",
    "OffsetTime, DATE",
    "ZonedDateTime, TIME"
  })
  void aPairingHibernateRefusesIsAnErrorThatSaysToRemoveTheTemporal(String type, String temporal) {
    JavaFileObject source = RefusedTemporalPairing.entry("java.time." + type, temporal);

    Compilation compilation =
        new MappingCompiler(snapshots).compile(source, "-Astrata.tables=true");

    RefusedTemporalPairing.assertRefused(compilation, source, "java.time." + type, temporal);
    assertThat(compilation)
        .hadErrorContaining(
            "a java.time value takes only the @Temporal of its own kind (an Instant any), which"
                + " changes nothing; remove the @Temporal, whose "
                + type
                + " has a column of its own");
  }

  @Test
  void hibernateRefusesALocalDateUnderTemporalTimestamp() throws Exception {
    Exception refusal =
        new HibernateRefusal("oracle/javatimerefused/v1", "org.example.javatimerefused")
            .of(Exception.class, classes, List.of("Slot"), List.of("Slot"));

    Throwable cause = refusal;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    assertTrue(
        cause
            .getMessage()
            .contains(
                "TemporalJavaType(javaType=java.time.LocalDate) as"
                    + " `jakarta.persistence.TemporalType.TIMESTAMP` not supported"),
        cause::toString);
  }
}
