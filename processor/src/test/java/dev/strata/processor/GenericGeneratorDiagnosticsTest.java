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
 * The {@code @GenericGenerator}s Strata does not realise are errors on the annotation, wherever it
 * is: before, one on a class or a package was reported on the key field. {@code
 * GenericGeneratorParityTest} proves the others. So is a value generator on a key, which Hibernate
 * refuses.
 */
class GenericGeneratorDiagnosticsTest {

  @TempDir Path snapshots;

  private MappingCompiler compiler;

  @BeforeEach
  void setUp() {
    compiler = new MappingCompiler(snapshots);
  }

  @Test
  void theNativeStrategyIsAnErrorAsItsSchemaDependsOnTheDatabase() {
    compiler.assertError(
        "GenericKey",
        "Hibernate's @GenericGenerator numbers with strategy native (the default when neither type"
            + " nor strategy is given), an identity column on H2 and MariaDB and a sequence on"
            + " PostgreSQL",
        "@GenericGenerator(name = \"numbers\")");
  }

  @Test
  void aParameterStrataDoesNotReadIsAnErrorOnTheGeneratorOfTheClass() {
    compiler.assertError(
        "GenericClassOptimizer",
        "Hibernate's @GenericGenerator optimized with @Parameter(name = \"optimizer\")",
        "@GenericGenerator(");
  }

  @Test
  void aGeneratorClassOfThePackageIsAnErrorInPackageInfo() {
    JavaFileObject generators =
        JavaFileObjects.forResource("jpa/unsupported/genericpackage/package-info.java");
    Compilation compilation =
        compiler.compile(
            List.of(
                generators,
                JavaFileObjects.forResource("jpa/unsupported/genericpackage/Selected.java")),
            "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate's @GenericGenerator selected with the generator"
                + " org.hibernate.id.SelectGenerator, whose schema Strata does not know")
        .inFile(generators)
        .onLineContaining("@GenericGenerator(");
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * A generator its author believes is used, which Hibernate ignores: a warning on it, naming the
   * key and why. Before, nothing was said; the schema is Hibernate's either way.
   */
  @Test
  void aGenericGeneratorHibernateIgnoresIsAWarningOnItNamingTheKeyAndWhy() {
    JavaFileObject underSequence =
        JavaFileObjects.forResource("jpa/unsupported/GenericUnderSequence.java");
    JavaFileObject shadowed = JavaFileObjects.forResource("jpa/unsupported/ShadowedGeneric.java");
    Compilation compilation =
        compiler.compile(List.of(underSequence, shadowed), "-Astrata.tables=true");

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "Hibernate 7 ignores the @GenericGenerator explicit_numbers that key"
                + " GenericUnderSequence.id names, as its @GeneratedValue(strategy = SEQUENCE) is"
                + " not AUTO: remove the strategy to use the generator, or remove the generator")
        .inFile(underSequence)
        .onLineContaining("@GenericGenerator(");
    assertThat(compilation)
        .hadWarningContaining(
            "Hibernate 7 ignores the @GenericGenerator shadowed_numbers that key ShadowedGeneric.id"
                + " names, as a @SequenceGenerator or @TableGenerator of that name in its scope"
                + " takes over: remove one of the two, or rename it")
        .inFile(shadowed)
        .onLineContaining("@GenericGenerator(");
  }

  /** Before, the build passed and Hibernate refused to start. */
  @Test
  void aValueGeneratorOnAKeyIsAnErrorAsHibernateRefusesIt() {
    compiler.assertError(
        "TimestampKey",
        "@CurrentTimestamp on an @Id field, on which Hibernate refuses to start",
        "@Id @CurrentTimestamp private Instant id;");
  }
}
