package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A field of type variable that no type argument binds, on which Hibernate refuses to start (its
 * own refusal is the oracle): a generic mapped superclass extended raw, and a generic entity's own
 * field. Where an entity binds the variable, GenericSuperclassParityTest measures the tables.
 */
class GenericSuperclassDiagnosticsTest {

  private static final String UNBOUND = "has an unbound type and no explicit target entity";

  @TempDir Path snapshots;
  private MappingCompiler compiler;

  @BeforeEach
  void compiler() {
    compiler = new MappingCompiler(snapshots);
  }

  @Test
  void aSuperclassExtendedRawIsAnErrorOnTheFieldItLeavesUnbound() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/RawKeyed.java");
    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate refuses to start on field id of type variable ID in"
                + " com.example.unsupported.RawKeyed, which extends"
                + " com.example.unsupported.RawBase raw")
        .inFile(source)
        .onLineContaining("@Id protected ID id;");
    assertThat(compilation).hadErrorContaining("give com.example.unsupported.RawBase its type");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aGenericEntitysFieldOfItsOwnTypeVariableIsAnErrorOnTheField() {
    compiler.assertError(
        "GenericBox",
        "field content of type variable T, which no type argument binds here (Hibernate refuses"
            + " to start on a generic entity's",
        "private T content;");
  }

  /**
   * An error on a field as an entity binds it stands on the field its superclass declares, the only
   * one the compiler can place a message on, and names the type the entity binds.
   */
  @Test
  void anErrorOnABoundFieldStandsOnTheDeclaredFieldWithTheBoundType() {
    compiler.assertError(
        "UuidOnBoundLong",
        "GenerationType.UUID on a key of type java.lang.Long, on which Hibernate refuses to start",
        "@GeneratedValue(strategy = GenerationType.UUID)");
  }

  /** Before, the names of an embeddable reached only through a type variable went unchecked. */
  @Test
  void anUnwritableNameInAnEmbeddableBoundToAVariableIsAnErrorOnItsColumn() {
    compiler.assertError(
        "QuotedGenericDetails",
        "Strata cannot create the name `note` that @Column(name) gives",
        "@Column(name = \"`note`\")");
  }

  @Test
  void hibernateRefusesBothAsUnbound(@TempDir Path classes) throws Exception {
    HibernateRefusal unsupported =
        new HibernateRefusal("jpa/unsupported", "com.example.unsupported");
    for (String entity : List.of("RawKeyed", "GenericBox")) {
      Exception refusal =
          unsupported.of(
              Exception.class, classes.resolve(entity), List.of(entity), List.of(entity));
      assertTrue(String.valueOf(refusal.getMessage()).contains(UNBOUND), refusal.toString());
    }
  }
}
