package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code @IdClass}, the entity's own or one a mapped superclass declares, is held to the
 * entity's key fields as Hibernate holds it, with each error on the field or {@code @IdClass} at
 * fault: before, Strata read the key from the {@code @Id} fields alone, and then only checked an
 * entity's own {@code @IdClass}, passing keys Hibernate refuses to start on. The inherited keys
 * Hibernate accepts are KeyMappingParityTest's.
 */
class IdClassDiagnosticsTest {

  @TempDir Path snapshots;

  @Test
  void aKeyFieldBelowTheMappedSuperclassThatDeclaresTheIdClassIsAnErrorOnTheField() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/StockLevels.java");
    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "Field sku is a field of the @IdClass Key, which mapped superclass StockLine declares,"
                + " but is declared below StockLine: Hibernate looks for the key fields in the"
                + " class that declares the @IdClass and refuses to start on it")
        .inFile(source)
        .onLineContaining("@Id private String sku;");
  }

  @Test
  void anInheritedIdClassFieldTheEntityLacksIsAnErrorOnTheSuperclasssIdClass() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/StockLevels.java");
    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "The @IdClass Key of Forecasts has a field region that Forecasts has no field of:"
                + " Hibernate refuses to start on it")
        .inFile(source)
        .onLineContaining("@IdClass(Dated.Key.class)");
    assertThat(compilation).hadErrorCount(2);
  }

  /**
   * Strata reads a key from the {@code @Id} fields and never the {@code @IdClass}, so one that
   * names other fields passed the build, where Hibernate refuses to start on it (found in
   * Keycloak's UserGroupMembershipEntity).
   */
  @Test
  void anIdClassThatDoesNotNameTheIdFieldsIsAnErrorOnEachFieldAtFault() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/Memberships.java");
    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "Field club is an @Id, but the @IdClass Key has no field club: Hibernate refuses to"
                + " start on it")
        .inFile(source)
        .onLineContaining("@Id @ManyToOne");
    assertThat(compilation)
        .hadErrorContaining(
            "The @IdClass Key of Badges has a field serial that Badges has no field of: Hibernate"
                + " refuses to start on it")
        .inFile(source)
        .onLineContaining("@IdClass(Badges.Key.class)");
    assertThat(compilation)
        .hadErrorContaining(
            "Field kind is a field of the @IdClass Key but not an @Id: Hibernate makes it part of"
                + " the key")
        .inFile(source)
        .onLineContaining("private String kind;");
    assertThat(compilation).hadErrorCount(3);
  }

  /**
   * Before, the build passed and wrote the table, where Hibernate refuses to start ("Property
   * 'orderId' in @IdClass ... doesn't match type in entity class"); an int against an Integer it
   * accepts, as here.
   */
  @Test
  void anIdClassFieldOfAnotherTypeThanTheIdIsAnErrorOnTheId() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/OrderLines.java");
    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "Field orderId is an @Id of type java.lang.Integer, but field orderId of the @IdClass"
                + " Key is of type java.lang.Long: Hibernate refuses to start on it")
        .inFile(source)
        .onLineContaining("@Id private Integer orderId;");
    assertThat(compilation).hadErrorCount(1);
  }

  private Compilation compile(JavaFileObject source) {
    return new StrataCompiler(snapshots)
        .withOption("-Astrata.tables=true")
        .compile(List.of(source));
  }
}
