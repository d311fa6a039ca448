package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.hibernate.AnnotationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The values of an element collection under {@code @Enumerated} or {@code @Temporal}, and a map's
 * keys under {@code @MapKeyEnumerated} or {@code @MapKeyTemporal}, of a type with an auto-applied
 * converter: where a field's own value keeps the annotation's column, Hibernate 7 refuses to start
 * on these, with or without {@code @Convert(disableConversion = true)}, so each is an error on the
 * annotation. Before, Strata gave the dates the converter's column without a word, and refused the
 * enums as a converter of an enum it could not follow.
 */
class AutoConvertedCollectionsTest {

  private static final String FOLDER = "oracle/convertedcollections/v1";
  private static final List<String> CONVERTERS = List.of("Size", "SizeCode", "DateText");

  @TempDir Path snapshots;
  @TempDir Path classes;

  @Test
  void eachIsAnErrorOnItsAnnotation() {
    List<JavaFileObject> sources =
        MappingCompiler.resources(
            FOLDER,
            Stream.concat(CONVERTERS.stream(), Stream.of("Shelf", "Diary", "Rack", "Planner"))
                .toList());

    Compilation compilation =
        new MappingCompiler(snapshots).compile(sources, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate 7 refuses to start on auto-applied converter SizeCode of the values of"
                + " collection sizes under @Enumerated ('AttributeConverter' not allowed for"
                + " attribute 'sizes' annotated '@jakarta.persistence.Enumerated')")
        .inFile(sources.get(3))
        .onLineContaining("@Enumerated(EnumType.STRING)");
    assertThat(compilation)
        .hadErrorContaining(
            "auto-applied converter DateText of the values of collection days under @Temporal")
        .inFile(sources.get(4))
        .onLineContaining("@Temporal(TemporalType.DATE)");
    assertThat(compilation)
        .hadErrorContaining(
            "auto-applied converter SizeCode of the keys of map bySize under @MapKeyEnumerated")
        .inFile(sources.get(5))
        .onLineContaining("@MapKeyEnumerated(EnumType.STRING)");
    assertThat(compilation)
        .hadErrorContaining(
            "auto-applied converter DateText of the keys of map byDay under @MapKeyTemporal")
        .inFile(sources.get(6))
        .onLineContaining("@MapKeyTemporal(TemporalType.DATE)");
    assertThat(compilation)
        .hadErrorContaining(
            "remove the @MapKeyTemporal, and the converter's column holds the keys, or set"
                + " autoApply = false on DateText and name it with @Convert where it applies");
  }

  /** The oracle: Hibernate's own refusal of each, at its boot. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Shelf, sizes, Enumerated",
    "Diary, days, Temporal",
    "Rack, bySize, MapKeyEnumerated",
    "Planner, byDay, MapKeyTemporal"
  })
  void hibernateRefusesToStartOnEach(String entity, String field, String annotation)
      throws Exception {
    AnnotationException refusal =
        new HibernateRefusal(FOLDER, "org.example.convertedcollections")
            .of(
                AnnotationException.class,
                classes,
                Stream.concat(CONVERTERS.stream(), Stream.of(entity)).toList(),
                List.of(entity, "SizeCode", "DateText"));
    assertTrue(
        refusal.getMessage().startsWith(HibernateRefusal.converterNotAllowed(field, annotation)),
        refusal.getMessage());
  }
}
