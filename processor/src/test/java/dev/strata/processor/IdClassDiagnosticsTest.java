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
 * An {@code @IdClass} that a mapped superclass declares is held to the entity's key fields as
 * Hibernate holds it, with each error on the field or {@code @IdClass} at fault: before, Strata
 * checked an entity's own {@code @IdClass} only, and passed keys Hibernate refuses to start on. The
 * inherited keys Hibernate accepts are KeyMappingParityTest's.
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

  private Compilation compile(JavaFileObject source) {
    return new StrataCompiler(snapshots)
        .withOption("-Astrata.tables=true")
        .compile(List.of(source));
  }
}
