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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every entity mapping Strata cannot realise as Hibernate does is an error on the element that
 * declares it, with the way out; and nothing is written. (Without {@code -Astrata.tables} the
 * tables only serve to check views, and the same finding is a warning: see
 * VerificationDiagnosticsTest.)
 */
class MappingDiagnosticsTest {

  @TempDir Path snapshots;

  @Test
  void aMapKeyOfATypeStrataCannotMapIsAnErrorOnTheField() {
    assertError(
        "Nicknames",
        "cannot tell which column type Hibernate gives the keys of map byLink",
        "Map<java.net.URI, String> byLink");
  }

  @Test
  void anEnumKeyWhoseLengthOrdersThePrimaryKeyPerDatabaseIsAnErrorOnTheField() {
    assertError(
        "EnumKeyOrder",
        "the primary key of table EnumKeyOrder_notesByGrade, which Hibernate orders one way on"
            + " PostgreSQL and another on H2 and MariaDB",
        "Map<Grade, String> notesByGrade");
  }

  @Test
  void anEnumKeyColumnThatPostgresqlOrdersByNameElsewhereLastIsAnErrorOnTheEntity() {
    assertError(
        "EnumKeyByName",
        "the primary key of table EnumKeyByName, which Hibernate orders one way on PostgreSQL and"
            + " another on H2 and MariaDB",
        "public class EnumKeyByName");
  }

  /**
   * Strata reads a key from the {@code @Id} fields and never the {@code @IdClass}, so one that
   * names other fields passed the build, where Hibernate refuses to start on it (found in
   * Keycloak's UserGroupMembershipEntity).
   */
  @Test
  void anIdClassThatDoesNotNameTheIdFieldsIsAnErrorOnEachFieldAtFault() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/Memberships.java");
    Compilation compilation = compile(source, "-Astrata.tables=true");

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

  @Test
  void twoJoinTablesWithOneImplicitNameAreAnErrorRatherThanAnInternalOne() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/TwoLabelLists.java");
    Compilation compilation = compile(source, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Table TwoLabelLists_Label is mapped twice: by the implicit join table name of field"
                + " labels of TwoLabelLists and by the implicit join table name of field pinned of"
                + " TwoLabelLists")
        .inFile(source)
        .onLineContaining("public class TwoLabelLists");
    assertThat(compilation).hadErrorContaining("@JoinTable(name = ...)");
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * Before, the message spoke of implicit names that agree where both names are given (Sakila's
   * film_actor, an entity and a {@code @ManyToMany}'s {@code @JoinTable(name)}).
   */
  @Test
  void anEntityAndAJoinTableNamingOneTableIsAnErrorNamingBothMappings() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/FilmCast.java");
    Compilation compilation = compile(source, "-Astrata.tables=true");

    String message =
        "Table film_cast is mapped twice: by @Table(name) of entity FilmCast and by"
            + " @JoinTable(name) of field sequels of Film. Hibernate merges them into one table,"
            + " with the columns of both NOT NULL, so that a row of either fails; map the table"
            + " once (by its entity alone, or by the association of one side, with mappedBy on"
            + " the other), or give each mapping a name of its own";
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(source)
        .onLineContaining("public class FilmCast");
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(source)
        .onLineContaining("class Film {");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void anEmbeddableWithSomeFieldsInASecondaryTableIsAnErrorSinceHibernateRefusesToStart() {
    assertError(
        "SplitEmbeddable",
        "Hibernate refuses to start on embeddable Address, whose fields map to two tables: city to"
            + " split_details by @Column(table), street to SplitEmbeddable. All the fields of an"
            + " embeddable map to one table",
        "@Column(table = \"split_details\")");
  }

  @Test
  void digitsWithAFractionOnADoubleIsAnErrorSinceHibernateRefusesToStart() {
    assertError(
        "FractionalGauge",
        "@Digits(fraction) on a float or double gives its column a scale, and Hibernate refuses",
        "@Digits(integer = 3, fraction = 2)");
  }

  @Test
  void anIdOnAGetterIsAnErrorSinceHibernateThenMapsTheGettersNotTheFields() {
    assertError(
        "GetterKey",
        "property access, which @Id on getCode() selects: Hibernate then maps the getters",
        "@Id");
  }

  @Test
  void propertyAccessDeclaredOnAnEmbeddableIsAnErrorOnTheAnnotation() {
    assertError(
        "PropertyAccessed",
        "property access, which @Access(PROPERTY) on Label selects",
        "@Access(AccessType.PROPERTY)");
  }

  @Test
  void anEmbeddedFieldOfATypeVariableIsAnErrorRatherThanColumnsLeftOut() {
    assertError(
        "GenericDetails",
        "field details of type variable D, which Hibernate resolves in each entity",
        "@Embedded protected D details;");
  }

  @Test
  void aForeignKeyOfAJoinTableGivenAsDdlIsAnErrorOnTheForeignKey() {
    assertError(
        "LooseLinks",
        "@ForeignKey(foreignKeyDefinition = ...), DDL that Hibernate",
        "@ForeignKey(name = \"peers_fk\"");
  }

  @Test
  void aForeignKeyOfACollectionTablesJoinColumnGivenAsDdlIsAnErrorOnTheForeignKey() {
    assertError(
        "LooseLinks",
        "@ForeignKey(foreignKeyDefinition = ...), DDL that Hibernate",
        "@ForeignKey(name = \"tags_owner\"");
  }

  @Test
  void aForeignKeyOfASecondaryTableGivenAsDdlIsAnErrorOnTheForeignKey() {
    assertError(
        "LooseLinks",
        "@ForeignKey(foreignKeyDefinition = ...), DDL that Hibernate",
        "@ForeignKey(name = \"extras_fk\"");
  }

  @Test
  void aMapKeyedByAnEntityWhoseKeyIsRefusedReportsTheRefusalNotAnInternalError() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/RefusedKeyedMap.java");
    Compilation compilation = compile(source, "-Astrata.tables=true");

    assertThat(compilation).hadErrorContaining("@Column(options = ...)");
    assertEquals(
        List.of(),
        compilation.errors().stream()
            .map(error -> error.getMessage(null))
            .filter(message -> message.contains("internal error"))
            .toList());
  }

  @Test
  void onDeleteOnAOneToManyThroughAJoinTableIsAnErrorAsInHibernate() {
    assertError(
        "CascadedPet",
        "@OnDelete on a unidirectional @OneToMany without a @JoinColumn, which Hibernate refuses",
        "@OnDelete(");
  }

  @Test
  void onDeleteThatHibernateIgnoresIsAWarningWhereItStands() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/ignored/IgnoredOnDelete.java");
    Compilation compilation = compile(source, "-Astrata.tables=true");

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

  @Test
  void timeZoneStorageIsAnErrorRatherThanATableWithoutTheOffsetColumn() {
    assertError(
        "ZonedMeeting",
        "@TimeZoneStorage, which stores the offset its own way",
        "@TimeZoneStorage(TimeZoneStorageType.COLUMN)");
  }

  @Test
  void anAttributeOverrideOfAMapsValuesIsAnErrorRatherThanAColumnLeftAsItWas() {
    assertError(
        "OverriddenMaps",
        "an @AttributeOverride on a Map, or on a collection of basic values",
        "@AttributeOverride(name = \"value.zip\"");
  }

  @Test
  void anAttributeOverrideOnACollectionOfBasicValuesIsAnErrorNamingColumn() {
    assertError(
        "OverriddenMaps",
        "an @AttributeOverride on a Map, or on a collection of basic values",
        "@AttributeOverride(name = \"value\",");
  }

  @Test
  void notFoundOnAOneToManyIsAnErrorSinceHibernateRefusesToStart() {
    assertError(
        "MissingSitters",
        "Hibernate refuses to start on @NotFound on a field that is not a @ManyToOne, @OneToOne"
            + " or @ManyToMany",
        "@NotFound(");
  }

  @Test
  void aDiscriminatorFormulaIsAnErrorRatherThanADiscriminatorColumnNoInsertFills() {
    assertError(
        "FormulaAnimal",
        "@DiscriminatorFormula, whose hierarchy has no discriminator column",
        "@DiscriminatorFormula(");
  }

  @Test
  void aJoinFormulaIsAnErrorRatherThanAColumnAndForeignKeyHibernateDoesNotWrite() {
    assertError("FormulaCity", "@JoinFormula, a join by a SQL formula", "@JoinFormula(");
  }

  @Test
  void aJoinColumnOrFormulaIsAnErrorRatherThanAColumnOfAnotherName() {
    assertError(
        "FormulaCity", "@JoinColumnOrFormula, a join by a SQL formula", "@JoinColumnOrFormula(");
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
        "@FractionalSeconds, a timestamp of that fraction of seconds | @FractionalSeconds(3)",
        "@Collate, a column of that collation | @Collate(",
        "@EmbeddedColumnNaming, which renames the embeddable's columns | @EmbeddedColumnNaming(",
        "@EmbeddedTable, which moves the embeddable's columns | @EmbeddedTable(",
        "@PropertyRef, a foreign key to a column other than the key | @PropertyRef(",
        "@PartitionKey, a column Hibernate adds to the primary key | @PartitionKey",
        "@ListIndexJdbcTypeCode, the order column's type | @ListIndexJdbcTypeCode(",
        "@MapKeyJdbcTypeCode, the map key column's type | @MapKeyJdbcTypeCode(",
        "@DialectOverride.ColumnDefault, a default for one database | @DialectOverride.ColumnDefault("
      })
  void hibernatesAnnotationsThatShapeAColumnAreErrorsRatherThanDropped(
      String message, String line) {
    assertError("ShapedColumns", message, line);
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
    assertError("OptionedTables", message, line);
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
    assertError(className, message, line);
  }

  /**
   * Hibernate maps the class {@code @TargetEmbeddable} names, where Strata read the field's type.
   */
  @Test
  void aTargetEmbeddableIsAnErrorRatherThanAnEmbeddedFieldWithoutColumns() {
    assertError(
        "TargetedEmbeddable",
        "@TargetEmbeddable, whose class's columns Hibernate maps",
        "@TargetEmbeddable(");
  }

  @Test
  void aTargetEmbeddableOnTheTypeIsAnErrorOnTheEmbeddedField() {
    assertError(
        "TargetedType",
        "@TargetEmbeddable, whose class's columns Hibernate maps rather than the field type's (on"
            + " Spot)",
        "private Spot spot");
  }

  @Test
  void theOptionsOfAJoinedSubclassesKeyColumnAndOfAMapKeyJoinColumnAreErrors() {
    JavaFileObject root = JavaFileObjects.forResource("jpa/unsupported/OptionedRoot.java");
    JavaFileObject subclass = JavaFileObjects.forResource("jpa/unsupported/OptionedBranch.java");
    Compilation compilation = compile(List.of(root, subclass), "-Astrata.tables=true");

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
    assertError("CheckedJoins", message, line);
  }

  @Test
  void uuidGenerationOfANumberIsAnErrorRatherThanASequence() {
    assertError(
        "NumberedByUuid",
        "GenerationType.UUID on a key of type java.lang.Long, on which Hibernate refuses to start",
        "@GeneratedValue(strategy = GenerationType.UUID)");
  }

  @Test
  void aStructEmbeddableIsAnErrorRatherThanItsFieldsAsColumns() {
    assertError(
        "StructShape",
        "Hibernate's @Struct, which stores the embeddable as one column of a user-defined type",
        "@Struct(");
  }

  @Test
  void anAssociationInsideAnEmbeddableMapKeyIsAnErrorRatherThanAKeyWithoutItsForeignKey() {
    assertError(
        "PlacedNotes",
        "an association inside an embeddable map key",
        "private Map<Place, String> notes;");
  }

  @Test
  void aTableOnASingleTableSubclassIsAnErrorSinceHibernateRefusesToStart() {
    assertError(
        "TabledDog",
        "Hibernate refuses to start on @Table on Puppy, an entity of a SINGLE_TABLE hierarchy",
        "@Table(name = \"puppies\")");
  }

  @Test
  void aNaturalIdOnAnEmbeddedFieldIsAnErrorOnTheAnnotation() {
    assertError("NaturalPlace", "a @NaturalId on an embedded field", "@NaturalId @Embedded");
  }

  @Test
  void aColumnsSecondPrecisionIsAnErrorRatherThanTheDefaultFraction() {
    assertError("Stopwatch", "@Column(secondPrecision = ...)", "@Column(secondPrecision = 2)");
  }

  @Test
  void aSecondPrecisionInAnAttributeOverrideIsAnErrorAsOnTheField() {
    assertError("OverriddenComments", "@Column(secondPrecision = ...)", "secondPrecision = 2");
  }

  @Test
  void aColumnsOptionsAreAnErrorRatherThanSqlLeftOut() {
    assertError("Stopwatch", "@Column(options = ...)", "@Column(options = \"default 7\")");
  }

  @Test
  void aCollectionInsideAnEmbeddableIsAnErrorRatherThanATableLeftOut() {
    assertError(
        "Parcel",
        "a collection inside an embeddable",
        "@ElementCollection private Set<String> items");
  }

  @Test
  void aMapKeyColumnOnTheInverseSideIsAnErrorOnTheAnnotation() {
    assertError("Phones", "for a Map's key column on the inverse (mappedBy) side", "@MapKeyColumn");
  }

  @Test
  void aMapKeyColumnInTheOtherEntitysTableIsAnErrorOnTheJoinColumn() {
    assertError(
        "Shelves",
        "a @OneToMany @JoinColumn Map without @MapKey",
        "@JoinColumn(name = \"shelf_id\")");
  }

  @Test
  void aMapKeyedByAnEntityWithACompositeKeyWithoutMapKeyJoinColumnsIsAnErrorOnTheField() {
    assertError(
        "Shelves",
        "whose primary key has the columns number, aisle; name one"
            + " @MapKeyJoinColumn(name, referencedColumnName) per key column in @MapKeyJoinColumns",
        "private Map<Bay, String> labelsByBay");
  }

  @Test
  void aOneToManyJoinColumnFromACompositeKeyIsAnErrorOnTheJoinColumn() {
    assertError(
        "Shelves",
        "a @OneToMany @JoinColumn from an entity with a composite key",
        "@JoinColumn(name = \"bay_id\")");
  }

  @Test
  void joinColumnsOfACompositeKeyWithoutReferencedColumnNamesAreAnError() {
    assertError(
        "Legs",
        "cannot tell which key column each @JoinColumn of unnamed refers to",
        "@JoinColumns({@JoinColumn(name = \"t_route\")");
  }

  @Test
  void aReferencedColumnTheTargetLacksIsAnErrorNamingIt() {
    assertError(
        "Legs", "The @JoinColumn of unknown refers to column stage", "@JoinColumns(value = {");
  }

  @Test
  void joinColumnsReferringToPartOfAKeyOrAnotherColumnAreAnError() {
    assertError(
        "Legs",
        "which refer to another column than the whole primary key of the target",
        "@JoinColumn(name = \"v_route\", referencedColumnName = \"route\")");
  }

  @Test
  void anAssociationOverrideOfAnAttributeNoSuperclassMapsIsAnErrorOnTheAnnotation() {
    assertError(
        "Fleet",
        "for an @AssociationOverride of depot, not a @ManyToOne or @OneToOne",
        "@AssociationOverride(name = \"depot\"");
  }

  @Test
  void mapsIdNamingNoAttributeOfTheEmbeddedIdIsAnErrorOnTheAnnotation() {
    assertError(
        "Visa", "@MapsId(\"holderId\") names no attribute of this entity's @EmbeddedId", "@MapsId");
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
    org.junit.jupiter.api.Assertions.assertFalse(
        compilation.warnings().stream()
            .anyMatch(w -> w.getMessage(null).contains("Item.reserved as NOT NULL")),
        compilation.warnings().toString());
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
  void aGenericGeneratorIsAnErrorOnItNotTakenForASequenceOfItsName() {
    assertError("GenericKey", "Hibernate's @GenericGenerator numbers", "@GenericGenerator(");
  }

  @Test
  void aSoftDeleteWithAConverterIsAnErrorOnTheAnnotation() {
    assertError("SoftDeleteConverter", "@SoftDelete(converter = ...)", "@SoftDelete(");
  }

  @Test
  void aForeignKeyGivenAsDdlIsAnErrorOnTheForeignKey() {
    assertError(
        "ForeignKeyDdl",
        "@ForeignKey(foreignKeyDefinition = ...), DDL that Hibernate",
        "@ForeignKey(");
  }

  @Test
  void aTableGeneratorInAnotherSchemaIsAnErrorOnTheGenerator() {
    assertError("RemoteKeys", "for @TableGenerator(schema = ...)", "@TableGenerator");
  }

  @Test
  void twoTableGeneratorsDisagreeingOnTheColumnsOfOneTableAreAnError() {
    // on whichever key the processor meets second, an order javac does not promise
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/SharedKeys.java");
    Compilation compilation = compile(source, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("Two @TableGenerators use table id_gen with different columns")
        .inFile(source);
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
  void anEnumStoredByNameInsteadOfOrdinalOrBackIsAnErrorRatherThanRowsGivenOtherConstants(
      @TempDir Path classes) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion("jpa/enumstorage", 1, List.of("Level", "Task"));
    JavaFileObject source = JavaFileObjects.forResource("jpa/enumstorage/v2/Task.java");

    Compilation compilation =
        compile(
            List.of(JavaFileObjects.forResource("jpa/enumstorage/v2/Level.java"), source),
            "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("Column Task.lvl changes from TINYINT to ENUM('HIGH','LOW','MID')")
        .inFile(source)
        .onLineContaining("public class Task");
    assertThat(compilation)
        .hadErrorContaining("Column Task.stage changes from ENUM('HIGH','LOW','MID') to TINYINT")
        .inFile(source)
        .onLineContaining("public class Task");
    assertThat(compilation)
        .hadErrorContaining("Column Task.status changes from INTEGER to ENUM('HIGH','LOW','MID')")
        .inFile(source)
        .onLineContaining("public class Task");
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

  @Test
  void aChangedAllocationSizeOfASequencePassingToAnotherTableIsAnErrorToo(@TempDir Path classes)
      throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion(
        "oracle/sharedsequence", 1, List.of("package-info", "Ticket", "Voucher"));
    JavaFileObject badge = JavaFileObjects.forResource("oracle/sharedsequence/v2/Badge.java");

    Compilation compilation =
        compile(
            List.of(
                JavaFileObjects.forResource("jpa/sharedallocation/package-info.java"),
                badge,
                JavaFileObjects.forResource("oracle/sharedsequence/v2/Ticket.java"),
                JavaFileObjects.forResource("oracle/sharedsequence/v2/Voucher.java")),
            "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Sequence shared_numbers of table Badge changes from start 1 increment 1 to start 1"
                + " increment 5")
        .inFile(badge)
        .onLineContaining("public class Badge");
  }

  @Test
  void aChangedInitialValueOfATableGeneratorIsAnErrorRatherThanASegmentRestarted(
      @TempDir Path classes) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion("jpa/tablegen", 1, List.of("Ticket"));
    JavaFileObject source = JavaFileObjects.forResource("jpa/tablegen/v2/Ticket.java");

    Compilation compilation = compile(source, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Segment Ticket of generator table id_gen changes its initial value from 0 to 1000")
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
