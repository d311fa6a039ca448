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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hibernate's own annotations and options that shape the DDL its export writes, where Strata does
 * not follow them: each is an error on its annotation, where it was dropped before; those Hibernate
 * refuses or ignores are errors or warnings where they stand.
 */
class HibernateAnnotationDiagnosticsTest {

  @TempDir Path snapshots;
  private MappingCompiler compiler;

  @BeforeEach
  void compiler() {
    compiler = new MappingCompiler(snapshots);
  }

  /**
   * Hibernate's annotations whose column type, name, table or key its export follows (measured on
   * H2, PostgreSQL and MariaDB): each is an error on its field, where it was dropped.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@NativeGenerator, an identity column or a sequence by database | @NativeGenerator",
        "@Collate, a column of that collation | @Collate(",
        "@Array, an array column of that many elements | @Array(",
        "Hibernate refuses to start on @EmbeddedColumnNaming(\"home\"): its pattern needs exactly"
            + " one %s | @EmbeddedColumnNaming(",
        "@EmbeddedTable, which moves the embeddable's columns | @EmbeddedTable(",
        "@PropertyRef, a foreign key to a column other than the key | @PropertyRef(",
        "@PartitionKey, a column Hibernate adds to the primary key | @PartitionKey",
        "@ListIndexJdbcTypeCode, the order column's type | @ListIndexJdbcTypeCode(",
        "@MapKeyJdbcTypeCode, the map key column's type | @MapKeyJdbcTypeCode(",
        "@DialectOverride.ColumnDefault, a default for one database | @DialectOverride.ColumnDefault("
      })
  void hibernatesAnnotationsThatShapeAColumnAreErrorsRatherThanDropped(
      String message, String line) {
    compiler.assertError("ShapedColumns", message, line);
  }

  /**
   * Hibernate's {@code @Type} names a UserType whose column type only running it tells: without a
   * {@code columnDefinition}, or on a key, it is an error on the {@code @Type} that says to name
   * the type (with one, the column is that definition: {@code UserTypeParityTest}).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a custom @Type without @Column(columnDefinition): its UserType gives the column's type"
            + " when Hibernate starts | @Type(PairsType.class)",
        "a custom @Type on a key, a version, a collection or an association | @Type(CodeType.class)"
      })
  void aUserTypeWhoseColumnTypeTheBuildCannotKnowIsAnError(String message, String line) {
    compiler.assertError("UserTypedColumns", message, line);
  }

  /**
   * JPA 3.2's {@code options}, which Hibernate appends to the table, column, index, constraint or
   * sequence it creates (measured on H2, PostgreSQL and MariaDB): each is an error on its
   * annotation, where it was dropped.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@Table(options = ...) | @Table(",
        "@Index(options = ...) | @Index(",
        "@UniqueConstraint(options = ...) | @UniqueConstraint(",
        "@SecondaryTable(options = ...) | @SecondaryTable(",
        "@SequenceGenerator(options = ...) | @SequenceGenerator(",
        "@JoinColumn(options = ...) | @JoinColumn(",
        "@JoinTable(options = ...) | @JoinTable(",
        "@CollectionTable(options = ...) | @CollectionTable(",
        "@OrderColumn(options = ...) | @OrderColumn(",
        "@MapKeyColumn(options = ...) | @MapKeyColumn("
      })
  void optionsHibernateAppendsToItsDdlAreErrorsRatherThanDropped(String message, String line) {
    compiler.assertError("OptionedTables", message, line);
  }

  /** Before, the options of a package's sequence generator were dropped. */
  @Test
  void optionsOfASequenceGeneratorInPackageInfoAreAnErrorOnTheGenerator() {
    JavaFileObject generators =
        JavaFileObjects.forResource("jpa/unsupported/optionedgenerators/package-info.java");
    Compilation compilation =
        compiler.compile(
            List.of(
                generators,
                JavaFileObjects.forResource("jpa/unsupported/optionedgenerators/Ledger.java")),
            "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("@SequenceGenerator(options = ...)")
        .inFile(generators)
        .onLineContaining("@SequenceGenerator(");
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * The comments Hibernate's export gives tables and columns that Strata does not follow (a join
   * column a collection's @JoinColumn puts in the other table, one on a collection or an embedded
   * value, one given on another table): each is an error on its annotation, where it was dropped.
   * Those it follows are in {@link CommentParityTest}.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CommentedTables | @Comment(on = ...) | @Comment(value",
        "CommentedTables | @JoinColumn(comment = ...) | @JoinColumn(name",
        "CommentedTables | @Comment on a collection | @Comment(\"Hibernate's",
        "CommentedTables | @Comment on a collection | @Comment(\"on an embedded",
        "CommentedClass | @Comment on a class without a table of its own | @Comment(",
        "OverriddenComments | @Column(comment = ...) | comment = \"home\"",
        "OverriddenComments | @Column(options = ...) | options = \"/* o */\""
      })
  void commentsStrataDoesNotFollowAreErrorsRatherThanDropped(
      String className, String message, String line) {
    compiler.assertError(className, message, line);
  }

  /**
   * The checks Hibernate's export adds to a join column, a secondary or join table, and (on the
   * column and the table both) an element collection's table: each is an error, where it was
   * dropped.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@SecondaryTable(check = ...) | @SecondaryTable(",
        "@JoinColumn(check = ...) | @JoinColumn(",
        "@JoinTable(check = ...) | @JoinTable(",
        "a @Check on an @ElementCollection | @Check("
      })
  void checksOfJoinsAndCollectionTablesAreErrorsRatherThanDropped(String message, String line) {
    compiler.assertError("CheckedJoins", message, line);
  }

  @Test
  void theOptionsOfAJoinedSubclassesKeyColumnAndOfAMapKeyJoinColumnAreErrors() {
    JavaFileObject root = JavaFileObjects.forResource("jpa/unsupported/OptionedRoot.java");
    JavaFileObject subclass = JavaFileObjects.forResource("jpa/unsupported/OptionedBranch.java");
    Compilation compilation = compiler.compile(List.of(root, subclass), "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("@PrimaryKeyJoinColumn(options = ...)")
        .inFile(subclass)
        .onLineContaining("@PrimaryKeyJoinColumn(");
    assertThat(compilation)
        .hadErrorContaining("@MapKeyJoinColumn(options = ...)")
        .inFile(subclass)
        .onLineContaining("@MapKeyJoinColumn(");
  }

  /**
   * Hibernate maps the class {@code @TargetEmbeddable} names, where Strata read the field's type.
   */
  @Test
  void aTargetEmbeddableIsAnErrorRatherThanAnEmbeddedFieldWithoutColumns() {
    compiler.assertError(
        "TargetedEmbeddable",
        "@TargetEmbeddable, whose class's columns Hibernate maps",
        "@TargetEmbeddable(");
  }

  @Test
  void aTargetEmbeddableOnTheTypeIsAnErrorOnTheEmbeddedField() {
    compiler.assertError(
        "TargetedType",
        "@TargetEmbeddable, whose class's columns Hibernate maps rather than the field type's (on"
            + " Spot)",
        "private Spot spot");
  }

  @Test
  void timeZoneStorageIsAnErrorRatherThanATableWithoutTheOffsetColumn() {
    compiler.assertError(
        "ZonedMeeting",
        "@TimeZoneStorage(TimeZoneStorageType.COLUMN) on field startsAt"
            + " (java.time.OffsetDateTime): Hibernate 7 realises NORMALIZE, NORMALIZE_UTC and"
            + " DEFAULT on an OffsetDateTime or ZonedDateTime and NORMALIZE on an OffsetTime, which"
            + " Strata creates, while COLUMN adds an integer column of the offset",
        "@TimeZoneStorage(TimeZoneStorageType.COLUMN)");
  }

  @Test
  void aDiscriminatorFormulaIsAnErrorRatherThanADiscriminatorColumnNoInsertFills() {
    compiler.assertError(
        "FormulaAnimal",
        "@DiscriminatorFormula, whose hierarchy has no discriminator column",
        "@DiscriminatorFormula(");
  }

  @Test
  void aJoinFormulaIsAnErrorRatherThanAColumnAndForeignKeyHibernateDoesNotWrite() {
    compiler.assertError("FormulaCity", "@JoinFormula, a join by a SQL formula", "@JoinFormula(");
  }

  @Test
  void aJoinColumnOrFormulaIsAnErrorRatherThanAColumnOfAnotherName() {
    compiler.assertError(
        "FormulaCity", "@JoinColumnOrFormula, a join by a SQL formula", "@JoinColumnOrFormula(");
  }

  @Test
  void aGenericGeneratorIsAnErrorOnItNotTakenForASequenceOfItsName() {
    compiler.assertError(
        "GenericKey", "Hibernate's @GenericGenerator numbers", "@GenericGenerator(");
  }

  @Test
  void aSoftDeleteWithAConverterIsAnErrorOnTheAnnotation() {
    compiler.assertError("SoftDeleteConverter", "@SoftDelete(converter = ...)", "@SoftDelete(");
  }

  @Test
  void aStructEmbeddableIsAnErrorRatherThanItsFieldsAsColumns() {
    compiler.assertError(
        "StructShape",
        "Hibernate's @Struct, which stores the embeddable as one column of a user-defined type",
        "@Struct(");
  }

  @Test
  void notFoundOnAOneToManyIsAnErrorSinceHibernateRefusesToStart() {
    compiler.assertError(
        "MissingSitters",
        "Hibernate refuses to start on @NotFound on a field that is not a @ManyToOne, @OneToOne"
            + " or @ManyToMany",
        "@NotFound(");
  }

  @Test
  void onDeleteOnAOneToManyThroughAJoinTableIsAnErrorAsInHibernate() {
    compiler.assertError(
        "CascadedPet",
        "@OnDelete on a unidirectional @OneToMany without a @JoinColumn, which Hibernate refuses",
        "@OnDelete(");
  }

  @Test
  void onDeleteThatHibernateIgnoresIsAWarningWhereItStands() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/ignored/IgnoredOnDelete.java");
    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("as only the table of a JOINED subclass has a foreign key")
        .inFile(source)
        .onLine(10);
    assertThat(compilation)
        .hadWarningContaining("on the inverse (mappedBy) side of a @OneToOne")
        .inFile(source)
        .onLine(17);
    assertThat(compilation)
        .hadWarningContaining("as the field is no association")
        .inFile(source)
        .onLine(20);
  }
}
