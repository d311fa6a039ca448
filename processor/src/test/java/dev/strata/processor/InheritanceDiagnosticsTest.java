package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inheritance mappings that Hibernate refuses to start on, or maps otherwise than declared: each is
 * an error on the element at fault.
 */
class InheritanceDiagnosticsTest {

  @TempDir Path snapshots;
  private MappingCompiler compiler;

  @BeforeEach
  void compiler() {
    compiler = new MappingCompiler(snapshots);
  }

  @Test
  void identityKeysInATablePerClassHierarchyAreAnErrorOnTheGenerator() {
    JavaFileObject root = JavaFileObjects.forResource("jpa/inheritance/IdentityAccount.java");
    Compilation compilation =
        compiler.compile(
            List.of(root, JavaFileObjects.forResource("jpa/inheritance/IdentitySavings.java")),
            "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("Hibernate refuses GenerationType.IDENTITY in the TABLE_PER_CLASS")
        .inFile(root)
        .onLineContaining("@GeneratedValue");
  }

  @Test
  void aCharDiscriminatorWithoutValuesIsAnErrorOnTheClass() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/inheritance/Flagged.java");
    Compilation compilation = compiler.compile(List.of(source), "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("Hibernate refuses Flagged without a @DiscriminatorValue")
        .inFile(source)
        .onLineContaining("public class Flagged");
  }

  @Test
  void aVersionOnASubclassIsAnErrorOnTheField() {
    JavaFileObject subclass = JavaFileObjects.forResource("jpa/inheritance/VersionedPart.java");
    Compilation compilation =
        compiler.compile(
            List.of(JavaFileObjects.forResource("jpa/inheritance/VersionedBase.java"), subclass),
            "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("declare the version on the root entity")
        .inFile(subclass)
        .onLineContaining("@Version");
  }

  @Test
  void aColumnInATableTheEntityDoesNotDeclareIsAnErrorOnTheColumn() {
    JavaFileObject source =
        JavaFileObjects.forResource("jpa/inheritance/UnknownSecondaryTable.java");
    Compilation compilation = compiler.compile(List.of(source), "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("@Column(table = \"extras\") names a table that UnknownSecondaryTable")
        .inFile(source)
        .onLineContaining("@Column(table = \"extras\")");
  }

  @Test
  void aTableOnASingleTableSubclassIsAnErrorSinceHibernateRefusesToStart() {
    compiler.assertError(
        "TabledDog",
        "Hibernate refuses to start on @Table on Puppy, an entity of a SINGLE_TABLE hierarchy",
        "@Table(name = \"puppies\")");
  }
}
