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
 * The mappings of a mapped superclass that Hibernate refuses to start on: errors where they are.
 */
class MappedSuperclassDiagnosticsTest {

  @TempDir Path snapshots;

  /**
   * Strata ignored it and migrated a table per entity, which Hibernate then refused to start on:
   * "Mapped superclass 'Text' may not specify an '@Inheritance' mapping strategy".
   */
  @Test
  void anInheritanceStrategyOnAMappedSuperclassIsOneErrorOnTheAnnotation() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/InheritedStrategy.java");
    Compilation compilation =
        new StrataCompiler(snapshots).withOption("-Astrata.tables=true").compile(List.of(source));

    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate refuses to start on @Inheritance on Text, a @MappedSuperclass: only an"
                + " entity declares its hierarchy's strategy")
        .inFile(source)
        .onLineContaining("@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)");
    assertThat(compilation).hadErrorCount(1);
  }
}
