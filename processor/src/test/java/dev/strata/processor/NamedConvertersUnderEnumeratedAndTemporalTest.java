package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.hibernate.AnnotationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A converter that {@code @Convert(converter = ...)} names beside {@code @Temporal} or
 * {@code @Enumerated}, as Hibernate 7 treats it (measured on H2, PostgreSQL and MariaDB): on a
 * field's own value it refuses to start ('AttributeConverter' not allowed for attribute 'opened'
 * annotated '@jakarta.persistence.Temporal'), an error on the {@code @Convert}; on an element
 * collection's values it ignores the converter and gives the annotation's column, with a warning on
 * the {@code @Convert}. Before, Strata gave both the converter's column without a word (and refused
 * the enum as a converter of an enum it could not follow).
 */
class NamedConvertersUnderEnumeratedAndTemporalTest {

  private static final String FOLDER = "oracle/namedconverters/v1";

  private static final ParityModel COLLECTIONS =
      new ParityModel(
          "oracle/namedconverters",
          "org.example.namedconverters",
          List.of("Size", "SizeCode", "DateText"),
          List.of("Crate"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aCollectionsValuesKeepTheAnnotationsColumn(DatabaseKind kind) throws Exception {
    COLLECTIONS.assertFirstVersionParity(snapshots, classes, kind);
  }

  @Test
  void theIgnoredConverterIsAWarningAndTheRefusedOneAnError() {
    List<JavaFileObject> sources =
        MappingCompiler.resources(
            FOLDER, List.of("Size", "SizeCode", "DateText", "Crate", "Ledger", "Rack"));

    Compilation compilation =
        new MappingCompiler(snapshots).compile(sources, "-Astrata.tables=true");

    assertThat(compilation)
        .hadWarningContaining(
            "Hibernate 7 does not apply the converter @Convert names to the values of collection"
                + " days under @Temporal")
        .inFile(sources.get(3))
        .onLineContaining("@Convert(converter = DateText.class)");
    assertThat(compilation)
        .hadWarningContaining("values of collection sizes under @Enumerated")
        .inFile(sources.get(3))
        .onLineContaining("@Convert(converter = SizeCode.class)");
    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate 7 refuses to start on @Convert(converter = DateText.class) on field opened"
                + " under @Temporal ('AttributeConverter' not allowed for attribute 'opened'"
                + " annotated '@jakarta.persistence.Temporal'")
        .inFile(sources.get(4))
        .onLineContaining("@Convert(converter = DateText.class)");
    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate 7 refuses to start on @Convert(converter = SizeCode.class) on field size"
                + " under @Enumerated")
        .inFile(sources.get(5))
        .onLineContaining("@Convert(converter = SizeCode.class)");
  }

  /** The oracle: Hibernate's own refusal of each field, at its boot. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"Ledger, opened, Temporal", "Rack, size, Enumerated"})
  void hibernateRefusesToStartOnEachField(String entity, String field, String annotation)
      throws Exception {
    AnnotationException refusal =
        new HibernateRefusal(FOLDER, "org.example.namedconverters")
            .of(
                AnnotationException.class,
                classes,
                List.of("Size", "SizeCode", "DateText", entity),
                List.of(entity));
    assertTrue(
        refusal.getMessage().startsWith(HibernateRefusal.converterNotAllowed(field, annotation)),
        refusal.getMessage());
  }
}
