package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every entity mapping Strata cannot realise as Hibernate does is an error on the element that
 * declares it, with the way out; and nothing is written. (Without {@code -Astrata.tables} the
 * tables only serve to check views, and the same finding is a warning: see
 * VerificationDiagnosticsTest.)
 */
class MappingDiagnosticsTest {

  @TempDir Path snapshots;

  @Test
  void anElementCollectionOfAMapIsAnErrorOnTheAnnotation() {
    assertError(
        "Nicknames",
        "for an @ElementCollection other than a Set or List of values",
        "@ElementCollection");
  }

  @Test
  void aMapKeyColumnIsAnErrorOnTheAnnotation() {
    assertError("Phones", "for a Map's key column", "@MapKeyColumn");
  }

  @Test
  void aMinComposedIntoAnotherConstraintIsAnErrorWithTheSwitchToTurnItOff() {
    assertError("Quantity", "-Astrata.validator.apply_to_ddl=false", "@Range(min = 1, max = 5)");
  }

  @Test
  void aConverterOfAnEnumIsAnErrorSinceHibernateChecksTheValuesItGives() {
    assertError("Grade", "converter LevelCode of an enum", "@Convert(converter = LevelCode.class)");
  }

  @Test
  void checkConstraintOptionsAreAnErrorOnTheTable() {
    assertError("Deferred", "@CheckConstraint(options = ...)", "@Table(check =");
  }

  @Test
  void aNotNullColumnAddedWithoutADefaultIsAWarningNamingTheWaysOut(@TempDir Path classes)
      throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion("jpa/defaults", 1, List.of("Item"));
    JavaFileObject source = JavaFileObjects.forResource("jpa/defaults/v2/Item.java");

    Compilation compilation = compile(source, "-Astrata.tables=true");

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "Version 2 adds column Item.stock as NOT NULL without a default: it fails on a table"
                + " that has rows; give the field a default with @ColumnDefault")
        .inFile(source)
        .onLineContaining("public class Item");
    // reserved has a default, which the rows already there take
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void identityKeysInATablePerClassHierarchyAreAnErrorOnTheGenerator() {
    JavaFileObject root = JavaFileObjects.forResource("jpa/inheritance/IdentityAccount.java");
    Compilation compilation =
        compile(
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
    Compilation compilation = compile(List.of(source), "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("Hibernate refuses Flagged without a @DiscriminatorValue")
        .inFile(source)
        .onLineContaining("public class Flagged");
  }

  @Test
  void aVersionOnASubclassIsAnErrorOnTheField() {
    JavaFileObject subclass = JavaFileObjects.forResource("jpa/inheritance/VersionedPart.java");
    Compilation compilation =
        compile(
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
    Compilation compilation = compile(List.of(source), "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("@Column(table = \"extras\") names a table that UnknownSecondaryTable")
        .inFile(source)
        .onLineContaining("@Column(table = \"extras\")");
  }

  @Test
  void aChangeOfInheritanceStrategyIsAnErrorRatherThanTablesThatLoseTheRows(@TempDir Path classes)
      throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion("jpa/strategy", 1, List.of("Vehicle", "Car"));
    JavaFileObject root = JavaFileObjects.forResource("jpa/strategy/v2/Vehicle.java");

    Compilation compilation =
        compile(
            List.of(root, JavaFileObjects.forResource("jpa/strategy/v2/Car.java")),
            "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "The inheritance strategy of com.example.strategy.Vehicle changes from SINGLE_TABLE"
                + " to JOINED")
        .inFile(root)
        .onLineContaining("public class Vehicle");
    assertThat(compilation).hadErrorContaining("Keep @Inheritance(strategy = SINGLE_TABLE)");
    assertEquals(1, Assertions.files(snapshots).size(), "no version recorded");
  }

  @Test
  void aCollectionWithoutAnEntityTypeIsAnErrorOnTheField() {
    assertError(
        "RawCollection", "cannot tell which entity collection items holds", "private List items");
  }

  @Test
  void twoFieldsOnOneColumnAreAnErrorOnTheEntity() {
    assertError(
        "TwoStreets", "Table TwoStreets could not be created as mapped", "public class TwoStreets");
  }

  @Test
  void aTableGeneratorIsAnErrorNamingTheStrategy() {
    assertError("AutoKey", "@GeneratedValue(strategy = TABLE)", "@GeneratedValue");
  }

  @Test
  void aGeneratorStrataCannotFindIsAnErrorNamingIt() {
    assertError(
        "UnknownGenerator", "finds no @SequenceGenerator named elsewhere", "@GeneratedValue");
  }

  @Test
  void anOverrideOfAnAttributeTheEmbeddableLacksIsAnError() {
    assertError(
        "Shipment",
        "for an @AttributeOverride of postcode",
        "@AttributeOverride(name = \"postcode\"");
  }

  @Test
  void aTypeStrataCannotMapIsAnErrorOnTheField() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/bad/UnmappedFieldOnEntity.java");
    Compilation compilation = compile(source, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("cannot tell which column type Hibernate gives field homepage")
        .inFile(source)
        .onLineContaining("private java.net.URI homepage;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aChangeOfGenerationStrategyIsAnErrorRatherThanAnEmptyMigration(@TempDir Path classes)
      throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion("jpa/identity", 1, List.of("Ticket"));
    JavaFileObject source = JavaFileObjects.forResource("jpa/identity/v2/Ticket.java");

    Compilation compilation = compile(source, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("Column Ticket.id becomes generated by the database")
        .inFile(source)
        .onLineContaining("public class Ticket");
  }

  @Test
  void aChangedAllocationSizeIsAnErrorRatherThanASequenceRestartedUnderUsedKeys(
      @TempDir Path classes) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion("jpa/sequence", 1, List.of("Ticket"));
    JavaFileObject source = JavaFileObjects.forResource("jpa/sequence/v2/Ticket.java");

    Compilation compilation = compile(source, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("Sequence Ticket_SEQ of table Ticket changes from start 1 increment 50")
        .inFile(source)
        .onLineContaining("public class Ticket");
  }

  private void assertError(String className, String message, String line) {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/" + className + ".java");
    Compilation compilation = compile(source, "-Astrata.tables=true");

    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertThat(compilation).hadErrorContainingMatch("map it another way|fix the mapping|keep");
  }

  private Compilation compile(JavaFileObject source, String... options) {
    return compile(List.of(source), options);
  }

  private Compilation compile(List<JavaFileObject> sources, String... options) {
    StrataCompiler compiler = new StrataCompiler(snapshots);
    for (String option : options) {
      compiler.withOption(option);
    }
    return compiler.compile(sources);
  }
}
