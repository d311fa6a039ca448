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

/**
 * An {@code @Enumerated} left on a field that holds no enum, as when an enum field becomes a {@code
 * String}, which Hibernate 7.2 refuses to start on, is an error on the annotation. Before, Strata
 * created the column of the field's type without a word. On an element collection of strings
 * Hibernate starts, ignoring it, and Strata says nothing either.
 */
class EnumeratedDiagnosticsTest {

  private static final String FOLDER = "jpa/enumeratedtargets";

  @TempDir Path snapshots;

  @Test
  void anEnumeratedOnAFieldHoldingNoEnumIsAnErrorOnTheAnnotation() {
    JavaFileObject booking = JavaFileObjects.forResource(FOLDER + "/Booking.java");
    Compilation compilation =
        new MappingCompiler(snapshots).compile(booking, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "@Enumerated on field status of type java.lang.String, which is no enum: Hibernate"
                + " refuses to start on it; take @Enumerated off, or declare the field of the enum"
                + " it stores")
        .inFile(booking)
        .onLineContaining("String status;");
    // the element collection of strings, which Hibernate starts on, and the enum's own fields, a
    // column and an element collection, are no error
    assertThat(compilation).hadErrorCount(1);
  }

  /** The oracle of the case above: Hibernate's own refusal, at its boot. */
  @Test
  void hibernateRefusesAnEnumeratedOnAString(@TempDir Path classes) throws Exception {
    Exception refusal =
        new HibernateRefusal(FOLDER, "org.example.enumeratedtargets")
            .of(Exception.class, classes, List.of("Booking"), List.of("Booking"));
    assertTrue(
        String.valueOf(refusal.getMessage()).contains("is annotated '@Enumerated' but its type"),
        refusal.toString());
  }
}
