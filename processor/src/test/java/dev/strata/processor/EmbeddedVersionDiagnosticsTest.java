package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code @Version} in an embeddable, a class or a record, which Hibernate 7.2 refuses to start
 * on, is an error on the {@code @Version}. Before, Strata created its column in the entity's table
 * without a word.
 */
class EmbeddedVersionDiagnosticsTest {

  private static final String FOLDER = "jpa/embeddedversion";

  @TempDir Path snapshots;

  @Test
  void aVersionInAnEmbeddableIsAnErrorOnTheVersion() {
    JavaFileObject stamp = source("Stamp");
    JavaFileObject stamped = source("Stamped");
    Compilation compilation =
        new MappingCompiler(snapshots)
            .compile(
                List.of(stamp, stamped, source("Ticket"), source("Pass")), "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "@Version on field revision of embeddable Stamp: Hibernate refuses to start on it;"
                + " move the version to the entity or a mapped superclass above it")
        .inFile(stamp)
        .onLineContaining("@Version Long revision;");
    assertThat(compilation)
        .hadErrorContaining("@Version on field revision of embeddable Stamped")
        .inFile(stamped);
    assertThat(compilation).hadErrorCount(2);
  }

  /** The oracle of the case above: Hibernate's own refusal of each, at its boot. */
  @ParameterizedTest
  @ValueSource(strings = {"Ticket:Stamp", "Pass:Stamped"})
  void hibernateRefusesAVersionInAnEmbeddable(String classes, @TempDir Path compiled)
      throws Exception {
    String entity = classes.split(":")[0];
    Exception refusal =
        new HibernateRefusal(FOLDER, "org.example.embeddedversion")
            .of(Exception.class, compiled, List.of(classes.split(":")), List.of(entity));
    assertTrue(
        String.valueOf(refusal.getMessage())
            .contains("may not have a property annotated '@Version'"),
        refusal.toString());
  }

  private static JavaFileObject source(String name) {
    return JavaFileObjects.forResource(FOLDER + "/" + name + ".java");
  }
}
