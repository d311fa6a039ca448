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
 * On an {@code @ElementCollection} map of basic keys and values, {@code @Convert(attributeName =
 * "key")} converts the keys and {@code "value"} the values, as JPA names them and Hibernate 7
 * exports them (measured on H2, PostgreSQL and MariaDB: a {@code varchar(255)} key column in the
 * primary key, a {@code varchar(255)} value column). Before, both were an error whose message ran
 * two sentences together. Under {@code @MapKeyTemporal}, Hibernate ignores the converter named for
 * the keys (measured: the key keeps its {@code date}), and Strata does, with a warning.
 */
class MapConvertPathsTest {

  private static final String FOLDER = "oracle/mapconvertpaths";

  private static final ParityModel PATHS =
      new ParityModel(
          FOLDER, "org.example.mapconvertpaths", List.of(), List.of("Tally", "LongText"), false);

  private static final ParityModel TEMPORAL_KEYS =
      new ParityModel(
          FOLDER, "org.example.mapconvertpaths", List.of(), List.of("Agenda", "DateText"), false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void keyAndValuePathsConvertTheMapsKeysAndValues(DatabaseKind kind) throws Exception {
    PATHS.assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aConverterNamedForKeysUnderMapKeyTemporalConvertsNothing(DatabaseKind kind)
      throws Exception {
    TEMPORAL_KEYS.assertFirstVersionParity(snapshots, classes, kind);
  }

  @Test
  void aConverterNamedForKeysUnderMapKeyTemporalIsReported() {
    List<JavaFileObject> sources =
        MappingCompiler.resources(FOLDER + "/v1", List.of("DateText", "Agenda"));

    Compilation compilation =
        new MappingCompiler(snapshots).compile(sources, "-Astrata.tables=true");

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "Hibernate 7 does not apply the converter @Convert names to the keys of map entries"
                + " under @MapKeyTemporal (measured)")
        .inFile(sources.get(1))
        .onLineContaining("@Convert(converter = DateText.class, attributeName = \"key\")");
  }

  @Test
  void anotherPathOnAMapOfBasicsIsAnErrorThatNamesTheOnesFollowed() {
    List<JavaFileObject> sources =
        MappingCompiler.resources(FOLDER + "/v1", List.of("LongText", "Shelf"));

    Compilation compilation =
        new MappingCompiler(snapshots).compile(sources, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "@Convert(attributeName = \"size\") on this Map; Strata follows \"key\" and \"value\" on"
                + " an @ElementCollection Map of basic keys or values")
        .inFile(sources.get(1))
        .onLineContaining("attributeName = \"size\"");
  }
}
