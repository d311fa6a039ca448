package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Every entity mapping Strata cannot realise as Hibernate does is an error on the element that
 * declares it, with the way out; and nothing is written. (Without {@code -Astrata.tables} the
 * tables only serve to check views, and the same finding is a warning: see
 * VerificationDiagnosticsTest.)
 */
class MappingDiagnosticsTest {

  @TempDir Path snapshots;
  private MappingCompiler compiler;

  @BeforeEach
  void compiler() {
    compiler = new MappingCompiler(snapshots);
  }

  @Test
  void aMapKeyOfATypeStrataCannotMapIsAnErrorOnTheField() {
    compiler.assertError(
        "Nicknames",
        "cannot tell which column type Hibernate gives the keys of map byLink",
        "Map<Object, String> byLink");
  }

  @Test
  void anEnumKeyWhoseLengthOrdersThePrimaryKeyPerDatabaseIsAnErrorOnTheField() {
    compiler.assertError(
        "EnumKeyOrder",
        "the primary key of table EnumKeyOrder_notesByGrade, which Hibernate orders one way on"
            + " PostgreSQL and another on H2 and MariaDB",
        "Map<Grade, String> notesByGrade");
  }

  @Test
  void anEnumKeyColumnThatPostgresqlOrdersByNameElsewhereLastIsAnErrorOnTheEntity() {
    compiler.assertError(
        "EnumKeyByName",
        "the primary key of table EnumKeyByName, which Hibernate orders one way on PostgreSQL and"
            + " another on H2 and MariaDB",
        "public class EnumKeyByName");
  }

  /** Before, the error was on the class, once, however many of its fields mapped the table. */
  @Test
  void twoJoinTablesWithOneImplicitNameAreAnErrorOnEachField() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/TwoLabelLists.java");
    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");

    String message =
        "Table TwoLabelLists_Label is mapped twice: by the implicit join table name of field"
            + " labels of TwoLabelLists and by the implicit join table name of field pinned of"
            + " TwoLabelLists";
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(source)
        .onLineContaining("Set<Label> labels;");
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(source)
        .onLineContaining("Set<Label> pinned;");
    assertThat(compilation).hadErrorContaining("@JoinTable(name = ...)");
    assertThat(compilation).hadErrorCount(2);
  }

  /**
   * Two to-ones' join tables of one implicit name: Hibernate refuses to start on them, as each is a
   * secondary table of the entity, where it merges two collections' join tables. Before, the
   * message said it merges these too.
   */
  @Test
  void twoToOneJoinTablesWithOneImplicitNameAreAnErrorSayingHibernateRefusesThem() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/TwoKeeperRefs.java");
    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Table TwoKeeperRefs_Keeper is mapped twice: by the implicit join table name of field"
                + " keeper of TwoKeeperRefs and by the implicit join table name of field backup of"
                + " TwoKeeperRefs. Hibernate refuses to start on it, as a to-one's join table is a"
                + " secondary table of its entity (DuplicateSecondaryTableException)")
        .inFile(source)
        .onLineContaining("Keeper keeper;");
  }

  /** The oracle of the case above: Hibernate's own refusal, at its boot. */
  @Test
  void hibernateRefusesTwoToOneJoinTablesOfOneName(@TempDir Path classes) throws Exception {
    Exception refusal =
        new HibernateRefusal("jpa/unsupported", "com.example.unsupported")
            .of(
                Exception.class,
                classes,
                List.of("TwoKeeperRefs"),
                List.of("TwoKeeperRefs", "TwoKeeperRefs$Keeper"));
    assertTrue(
        refusal.getClass().getSimpleName().equals("DuplicateSecondaryTableException"),
        refusal.toString());
  }

  /**
   * Before, the message spoke of implicit names that agree where both names are given (Sakila's
   * film_actor, an entity and a {@code @ManyToMany}'s {@code @JoinTable(name)}); and it was on the
   * classes, not on the annotations that name the table.
   */
  @Test
  void anEntityAndAJoinTableNamingOneTableIsAnErrorOnEachNamingAnnotation() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/FilmCast.java");
    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");

    String message =
        "Table film_cast is mapped twice: by @Table(name) of entity FilmCast and by"
            + " @JoinTable(name) of field sequels of Film. Hibernate merges them into one table,"
            + " with the columns of both NOT NULL, so that a row of either fails; map the table"
            + " once (by its entity alone, or by the association of one side, with mappedBy on"
            + " the other), or give each mapping a name of its own";
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(source)
        .onLineContaining("@Table(name = \"film_cast\")");
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(source)
        .onLineContaining("@JoinTable(name = \"film_cast\")");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void twoCollectionTablesNamingOneTableAreAnErrorOnEachCollectionTable() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/MemoNotes.java");
    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");

    String message =
        "Table memo_notes is mapped twice: by @CollectionTable(name) of field drafts of MemoNotes"
            + " and by @CollectionTable(name) of field finals of MemoNotes";
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLine(15);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLine(19);
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void anEmbeddableWithSomeFieldsInASecondaryTableIsAnErrorSinceHibernateRefusesToStart() {
    compiler.assertError(
        "SplitEmbeddable",
        "Hibernate refuses to start on embeddable Address, whose fields map to two tables: city to"
            + " split_details by @Column(table), street to SplitEmbeddable. All the fields of an"
            + " embeddable map to one table",
        "@Column(table = \"split_details\")");
  }

  @Test
  void digitsWithAFractionOnADoubleIsAnErrorSinceHibernateRefusesToStart() {
    compiler.assertError(
        "FractionalGauge",
        "@Digits(fraction) on a float or double gives its column a scale, and Hibernate refuses",
        "@Digits(integer = 3, fraction = 2)");
  }

  @Test
  void anIdOnAGetterIsAnErrorSinceHibernateThenMapsTheGettersNotTheFields() {
    compiler.assertError(
        "GetterKey",
        "property access, which @Id on getCode() selects: Hibernate then maps the getters",
        "@Id");
  }

  @Test
  void propertyAccessDeclaredOnAnEmbeddableIsAnErrorOnTheAnnotation() {
    compiler.assertError(
        "PropertyAccessed",
        "property access, which @Access(PROPERTY) on Label selects",
        "@Access(AccessType.PROPERTY)");
  }

  @Test
  void aForeignKeyOfAJoinTableGivenAsDdlIsAnErrorOnTheForeignKey() {
    compiler.assertError(
        "LooseLinks",
        "@ForeignKey(foreignKeyDefinition = ...), DDL that Hibernate",
        "@ForeignKey(name = \"peers_fk\"");
  }

  @Test
  void aForeignKeyOfACollectionTablesJoinColumnGivenAsDdlIsAnErrorOnTheForeignKey() {
    compiler.assertError(
        "LooseLinks",
        "@ForeignKey(foreignKeyDefinition = ...), DDL that Hibernate",
        "@ForeignKey(name = \"tags_owner\"");
  }

  @Test
  void aForeignKeyOfASecondaryTableGivenAsDdlIsAnErrorOnTheForeignKey() {
    compiler.assertError(
        "LooseLinks",
        "@ForeignKey(foreignKeyDefinition = ...), DDL that Hibernate",
        "@ForeignKey(name = \"extras_fk\"");
  }

  @Test
  void aMapKeyedByAnEntityWhoseKeyIsRefusedReportsTheRefusalNotAnInternalError() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/RefusedKeyedMap.java");
    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");

    assertThat(compilation).hadErrorContaining("@Column(options = ...)");
    assertEquals(
        List.of(),
        compilation.errors().stream()
            .map(error -> error.getMessage(null))
            .filter(message -> message.contains("internal error"))
            .toList());
  }

  /**
   * Hibernate 7 applies a map's overrides of key. and value. paths (HibernateParityTest's Member)
   * and ignores any other; before, every override on a map was an error.
   */
  @Test
  void anAttributeOverrideOfAMapsValueWithoutItsPrefixIsAWarningAsHibernateIgnoresIt() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/OverriddenMaps.java");
    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");

    assertThat(compilation)
        .hadWarningContaining(
            "Hibernate 7 ignores the @AttributeOverride of zip on a Map: it names no column of the"
                + " map's embeddable key (key.<path>) or value (value.<path>), so the columns keep"
                + " their names, in Strata's tables as in Hibernate's; to rename one, use"
                + " @MapKeyColumn for the key's column, value.<path> for a column of the value")
        .inFile(source)
        .onLineContaining("@AttributeOverride(name = \"zip\"");
  }

  /**
   * Hibernate follows a converter's path into an embedded value, an element collection's
   * embeddables and a map's values (HibernateParityTest's Depot and Station); before, every
   * {@code @Convert(attributeName = ...)} was an error, and one on an entity class was dropped.
   */
  @Test
  void aConvertByPathThatStrataDoesNotFollowIsAnErrorOnIt() {
    compiler.assertError(
        "ConvertedPaths",
        "@Convert(attributeName = ...) on a field that holds no embeddable",
        "@Convert(attributeName = \"length\"");
  }

  /** Measured: Hibernate 7 ignores it, and the key's column keeps its type; before, an error. */
  @Test
  void aConvertOfAMapsKeyPathIsAWarningAsHibernateIgnoresIt() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/ConvertedPaths.java");
    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");

    assertThat(compilation)
        .hadWarningContaining(
            "Hibernate 7 ignores the @Convert(attributeName = \"key.code\") on a map's embeddable"
                + " key: the key's column keeps its type, in Strata's tables as in Hibernate's; to"
                + " convert it, put the @Convert on the key class's field")
        .inFile(source)
        .onLineContaining("@Convert(attributeName = \"key.code\"");
  }

  /** Measured: Hibernate 7 ignores such a converter, and the column keeps its type. */
  @Test
  void aConvertByAPathToNothingIsAWarningAsHibernateIgnoresIt() {
    JavaFileObject parcel =
        JavaFileObjects.forSourceString(
            "shop.Parcel",
            """
            package shop;

            import jakarta.persistence.*;

            @Entity
            @Convert(attributeName = "place.town", converter = Parcel.Length.class)
            public class Parcel {
              @Id Long id;

              @Embedded
              @Convert(attributeName = "zipp", converter = Length.class)
              Place place;

              @Embeddable
              public static class Place {
                String zip;
              }

              public static class Length implements AttributeConverter<String, Integer> {
                public Integer convertToDatabaseColumn(String value) {
                  return null;
                }

                public String convertToEntityAttribute(Integer value) {
                  return null;
                }
              }
            }
            """);
    Compilation compilation = compiler.compile(List.of(parcel), "-Astrata.tables=true");

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "Hibernate 7 ignores the @Convert(attributeName = \"zipp\"): it names no attribute of"
                + " Place, so no column is converted")
        .inFile(parcel)
        .onLineContaining("@Convert(attributeName = \"zipp\"");
    assertThat(compilation)
        .hadWarningContaining(
            "Hibernate 7 ignores the @Convert(attributeName = \"place.town\"): it names no"
                + " attribute of Parcel")
        .inFile(parcel)
        .onLineContaining("@Convert(attributeName = \"place.town\"");
  }

  @Test
  void anAttributeOverrideOnACollectionOfBasicValuesIsAnErrorNamingColumn() {
    compiler.assertError(
        "OverriddenMaps",
        "an @AttributeOverride on a collection of basic values (name their column with @Column)",
        "@AttributeOverride(name = \"value\",");
  }

  @Test
  void uuidGenerationOfANumberIsAnErrorRatherThanASequence() {
    compiler.assertError(
        "NumberedByUuid",
        "GenerationType.UUID on a key of type java.lang.Long, on which Hibernate refuses to start",
        "@GeneratedValue(strategy = GenerationType.UUID)");
  }

  @Test
  void anAssociationInsideAnEmbeddableMapKeyIsAnErrorRatherThanAKeyWithoutItsForeignKey() {
    compiler.assertError(
        "PlacedNotes",
        "an association inside an embeddable map key",
        "private Map<Place, String> notes;");
  }

  @Test
  void aNaturalIdOnAnEmbeddedFieldIsAnErrorOnTheAnnotation() {
    compiler.assertError(
        "NaturalPlace", "a @NaturalId on an embedded field", "@NaturalId @Embedded");
  }

  @Test
  void aColumnsOptionsAreAnErrorRatherThanSqlLeftOut() {
    compiler.assertError("Stopwatch", "@Column(options = ...)", "@Column(options = \"default 7\")");
  }

  @Test
  void aMapKeyColumnOnTheInverseSideIsAnErrorOnTheAnnotation() {
    compiler.assertError(
        "Phones", "for a Map's key column on the inverse (mappedBy) side", "@MapKeyColumn");
  }

  @Test
  void aMapKeyColumnInTheOtherEntitysTableIsAnErrorOnTheJoinColumn() {
    compiler.assertError(
        "Shelves",
        "a @OneToMany @JoinColumn Map without @MapKey",
        "@JoinColumn(name = \"shelf_id\")");
  }

  @Test
  void aMapKeyedByAnEntityWithACompositeKeyWithoutMapKeyJoinColumnsIsAnErrorOnTheField() {
    compiler.assertError(
        "Shelves",
        "whose primary key has the columns number, aisle; name one"
            + " @MapKeyJoinColumn(name, referencedColumnName) per key column in @MapKeyJoinColumns",
        "private Map<Bay, String> labelsByBay");
  }

  @Test
  void aOneToManyJoinColumnFromACompositeKeyIsAnErrorOnTheJoinColumn() {
    compiler.assertError(
        "Shelves",
        "a @OneToMany @JoinColumn from an entity with a composite key",
        "@JoinColumn(name = \"bay_id\")");
  }

  /** Strata builds a to-one's join table between two entities with single keys, no more. */
  @Test
  void aToOneThroughAJoinTableInsideAnEmbeddableIsAnError() {
    compiler.assertError(
        "JoinedToOnes",
        "a to-one association through a @JoinTable inside an embeddable",
        "@JoinTable(name = \"route_origin\")");
  }

  /**
   * Hibernate creates the column as one sibling maps it and ignores the other's definition. Before,
   * an error on the root saying that two fields map to the column, and that Hibernate would refuse
   * it as well, which it does not.
   */
  @Test
  void siblingsMappingOneColumnWithDifferentDefinitionsAreAnErrorOnTheLaterField() {
    compiler.assertError(
        "SiblingVehicles",
        "SiblingTruck.vin maps column vin of table SiblingVehicles as VARCHAR(20) NULL, where"
            + " SiblingCar.vin, in a sibling class of the same table, maps it as VARCHAR(17) NULL;"
            + " Hibernate 7 creates one column as one of them maps it and ignores the other's"
            + " definition without a word",
        "@Column(length = 20) private String vin;");
  }

  /** Its unique constraint would have no column in the entity's table: dropped, not an error. */
  @Test
  void aNaturalIdToOneThroughAJoinTableIsAnError() {
    compiler.assertError(
        "JoinedToOnes",
        "a to-one association through a @JoinTable with @NaturalId",
        "@JoinTable(name = \"dock_of\")");
  }

  /** Which key column each join column refers to decides its name and its place in the key. */
  @Test
  void joinTableColumnsOfACompositeKeyWithoutReferencedColumnNamesAreAnError() {
    compiler.assertError(
        "JoinedToOnes",
        "Strata cannot tell which key column of Gate each of the inverseJoinColumns of the"
            + " @JoinTable of gate refers to",
        "@JoinTable(name = \"gate_of\"");
  }

  /** Strata puts an entity's own to-one's join columns in a secondary table, no more. */
  @Test
  void aJoinColumnNamingASecondaryTableInsideAnEmbeddableIsAnError() {
    compiler.assertError(
        "TabledJoinColumns",
        "@JoinColumn(table = ...) inside an embeddable",
        "@JoinColumn(name = \"stop_yard\", table = \"tabled_extra\")");
  }

  @Test
  void joinColumnsNamingDifferentTablesAreAnError() {
    compiler.assertError(
        "TabledJoinColumns",
        "@JoinColumn(table = ...) naming another table than the association's other join columns",
        "@JoinColumns({");
  }

  @Test
  void joinColumnsOfACompositeKeyWithoutReferencedColumnNamesAreAnError() {
    compiler.assertError(
        "Legs",
        "cannot tell which key column each @JoinColumn of unnamed refers to",
        "@JoinColumns({@JoinColumn(name = \"t_route\")");
  }

  @Test
  void aReferencedColumnTheTargetLacksIsAnErrorNamingIt() {
    compiler.assertError(
        "Legs", "The @JoinColumn of unknown refers to column stage", "@JoinColumns(value = {");
  }

  /**
   * Hibernate 7 writes a foreign key to the unique column (measured on H2, PostgreSQL and MariaDB),
   * which H2 takes only to a unique constraint, not to the unique index Strata creates.
   */
  @Test
  void aJoinColumnReferringToAUniqueColumnThatIsNoKeyIsAnErrorSayingWhy() {
    compiler.assertError(
        "CodedCouriers",
        "the @JoinColumn of courier, which refers to code, a unique column of CodedCouriers that is"
            + " not its key: Hibernate gives it a foreign key to code, which H2 accepts only to a"
            + " unique constraint",
        "@JoinColumn(name = \"courier_code\", referencedColumnName = \"code\")");
  }

  @Test
  void joinColumnsReferringToPartOfAKeyOrAnotherColumnAreAnError() {
    compiler.assertError(
        "Legs",
        "which refer to another column than the whole primary key of the target",
        "@JoinColumn(name = \"v_route\", referencedColumnName = \"route\")");
  }

  /** Hibernate ignores it (measured), so the build passes, keeping fleet_id, and says so. */
  @Test
  void anAssociationOverrideOfAnAttributeNoSuperclassMapsIsAWarningAsHibernateIgnoresIt() {
    compiler.assertIgnored(
        "Fleet",
        "Hibernate 7 ignores the @AssociationOverride of depot: it names no @ManyToOne or"
            + " @OneToOne here, so no join column is renamed, in Strata's tables as in Hibernate's;"
            + " name an association by its path, one of: fleet",
        "@AssociationOverride(name = \"depot\"");
  }

  @Test
  void mapsIdNamingNoAttributeOfTheEmbeddedIdIsAnErrorOnTheAnnotation() {
    compiler.assertError(
        "Visa", "@MapsId(\"holderId\") names no attribute of this entity's @EmbeddedId", "@MapsId");
  }

  @Test
  void aMinComposedIntoAnotherConstraintIsAnErrorWithTheSwitchToTurnItOff() {
    compiler.assertError(
        "Quantity", "-Astrata.validator.apply_to_ddl=false", "@Range(min = 1, max = 5)");
  }

  @Test
  void aConverterOfAnEnumIsAnErrorSinceHibernateChecksTheValuesItGives() {
    compiler.assertError(
        "Grade", "converter LevelCode of an enum", "@Convert(converter = LevelCode.class)");
  }

  @Test
  void checkConstraintOptionsAreAnErrorOnTheTable() {
    compiler.assertError("Deferred", "@CheckConstraint(options = ...)", "@Table(check =");
  }

  @Test
  void aCollectionWithoutAnEntityTypeIsAnErrorOnTheField() {
    compiler.assertError(
        "RawCollection", "cannot tell which entity collection items holds", "private List items");
  }

  @Test
  void twoFieldsOnOneColumnAreAnErrorOnTheEntity() {
    compiler.assertError(
        "TwoStreets", "Table TwoStreets could not be created as mapped", "public class TwoStreets");
  }

  @Test
  void aForeignKeyGivenAsDdlIsAnErrorOnTheForeignKey() {
    compiler.assertError(
        "ForeignKeyDdl",
        "@ForeignKey(foreignKeyDefinition = ...), DDL that Hibernate",
        "@ForeignKey(");
  }

  @Test
  void aTableGeneratorInAnotherSchemaIsAnErrorOnTheGenerator() {
    compiler.assertError("RemoteKeys", "for @TableGenerator(schema = ...)", "@TableGenerator");
  }

  /**
   * Before, a sequence generator of the package was created in the default schema, and a table
   * generator's error pointed at the key that used it.
   */
  @Test
  void generatorsInAnotherSchemaInPackageInfoAreAnErrorOnEachGenerator() {
    JavaFileObject generators =
        JavaFileObjects.forResource("jpa/unsupported/remotegenerators/package-info.java");
    Compilation compilation =
        compiler.compile(
            List.of(
                generators,
                JavaFileObjects.forResource("jpa/unsupported/remotegenerators/Folio.java"),
                JavaFileObjects.forResource("jpa/unsupported/remotegenerators/Tally.java")),
            "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("for @SequenceGenerator(schema = ...)")
        .inFile(generators)
        .onLineContaining("@SequenceGenerator(");
    assertThat(compilation)
        .hadErrorContaining("for @TableGenerator(schema = ...)")
        .inFile(generators)
        .onLineContaining("@TableGenerator(");
    assertThat(compilation).hadErrorCount(2);
  }

  /** Before, generators in their container were not read, and their schema dropped. */
  @Test
  void aSequenceGeneratorInAnotherSchemaInItsContainerIsAnErrorOnTheGenerator() {
    compiler.assertError(
        "RemoteSequenceList",
        "for @SequenceGenerator(schema = ...)",
        "@SequenceGenerator(name = \"remote\"");
  }

  /**
   * Repeated, it is an error on the class: javac 17 places no message on an annotation it gathered
   * into a container of its own making.
   */
  @Test
  void aRepeatedSequenceGeneratorInAnotherSchemaIsAnErrorOnItsClass() {
    compiler.assertError(
        "RepeatedRemoteSequences",
        "for @SequenceGenerator(schema = ...)",
        "public class RepeatedRemoteSequences");
  }

  @Test
  void twoTableGeneratorsDisagreeingOnTheColumnsOfOneTableAreAnError() {
    // on whichever key the processor meets second, an order javac does not promise
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/SharedKeys.java");
    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("Two @TableGenerators use table id_gen with different columns")
        .inFile(source);
  }

  /**
   * Hibernate ignores an override of a path to nothing, keeping the embeddable's columns, as Strata
   * does (HibernateParityTest's Depot and Station); before, Strata refused it.
   */
  @Test
  void anOverrideOfAnAttributeTheEmbeddableLacksIsAWarningNamingThePathsItCanName() {
    compiler.assertIgnored(
        "Shipment",
        "Hibernate 7 ignores the @AttributeOverride of postcode: it names no basic attribute here,"
            + " so no column is renamed, in Strata's tables as in Hibernate's; name one by its"
            + " path, one of: street, town",
        "@AttributeOverride(name = \"postcode\"");
  }

  /**
   * An override names work's column anew while the field is renamed: its former name is the
   * field's, as written, and so is home's, and the differ would give street's rows to one of them.
   */
  @Test
  void twoColumnsRenamedFromOneAreAnErrorOnTheEntity() {
    String person =
        """
        package shop;

        import dev.strata.RenamedFrom;
        import jakarta.persistence.*;

        @Entity
        public class Person {
          @Id Long id;

          @Embedded Address home;

          @Embedded
          @AttributeOverride(name = "%1$s", column = @Column(name = "work_%1$s"))
          Address work;

          @Embeddable
          public static class Address {
            %2$s
            String %1$s;
          }
        }
        """;
    assertThat(
            compiler.compile(
                JavaFileObjects.forSourceString("shop.Person", person.formatted("street", "")),
                "-Astrata.tables=true"))
        .succeeded();
    JavaFileObject renamed =
        JavaFileObjects.forSourceString(
            "shop.Person", person.formatted("road", "@RenamedFrom(\"street\")"));
    Compilation compilation = compiler.compile(renamed, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Columns road and work_road of table Person both take column street as their former"
                + " name (@RenamedFrom(\"street\")): one column cannot become two")
        .inFile(renamed)
        .onLineContaining("public class Person");
  }

  /** Hibernate refuses to start on it (measured on H2), where Strata built the join table. */
  @Test
  void anOrderColumnOnTheInverseSideOfAManyToManyIsAnErrorNamingTheOwningSide() {
    JavaFileObject course =
        JavaFileObjects.forSourceString(
            "school.Course",
            """
            package school;

            import jakarta.persistence.*;
            import java.util.List;

            @Entity
            public class Course {
              @Id Long id;

              @ManyToMany List<Student> students;
            }
            """);
    JavaFileObject student =
        JavaFileObjects.forSourceString(
            "school.Student",
            """
            package school;

            import jakarta.persistence.*;
            import java.util.List;

            @Entity
            public class Student {
              @Id Long id;

              @ManyToMany(mappedBy = "students")
              @OrderColumn
              List<Course> courses;
            }
            """);
    Compilation compilation = compiler.compile(List.of(course, student), "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate 7 refuses to start on the @OrderColumn of courses, the inverse (mappedBy)"
                + " side of a @ManyToMany")
        .inFile(student)
        .onLineContaining("@OrderColumn");
    assertThat(compilation)
        .hadErrorContaining("order the list on the owning side, Course.students");
  }

  /** Hibernate keeps the join column keeper_id (measured on H2, PostgreSQL and MariaDB). */
  @Test
  void anAttributeOverrideOfAnAssociationIsAWarningNamingTheAssociationOverride() {
    compiler.assertIgnored(
        "Shipment",
        "Hibernate 7 ignores the @AttributeOverride of carrier: it is an association, whose join"
            + " column keeps its name carrier_id, in Strata's tables as in Hibernate's; to rename"
            + " it, use @AssociationOverride(name = \"carrier\", joinColumns = @JoinColumn(name ="
            + " ...))",
        "@AttributeOverride(name = \"carrier\"");
  }

  /**
   * Hibernate ignores them, keeping the columns lat and keeper_id, which Strata keeps too
   * (HibernateParityTest's Depot); before, Strata renamed the columns and Hibernate's validation
   * failed on the missing ones.
   */
  @Test
  void overridesOfANestedEmbeddablesAttributesByTheirOwnNamesAreWarningsAsHibernateIgnoresThem() {
    JavaFileObject keeper =
        JavaFileObjects.forSourceString(
            "shop.Keeper",
            """
            package shop;

            import jakarta.persistence.*;

            @Entity
            public class Keeper {
              @Id Long id;
            }
            """);
    JavaFileObject depot =
        JavaFileObjects.forSourceString(
            "shop.Depot",
            """
            package shop;

            import jakarta.persistence.*;

            @Entity
            public class Depot {
              @Id Long id;

              @Embedded
              @AttributeOverride(name = "lat", column = @Column(name = "depot_lat"))
              @AssociationOverride(name = "keeper", joinColumns = @JoinColumn(name = "boss_id"))
              Located site;

              @Embeddable
              public static class Located {
                String label;
                @Embedded Position position;
              }

              @Embeddable
              public static class Position {
                Double lat;
                @ManyToOne Keeper keeper;
              }
            }
            """);
    Compilation compilation = compiler.compile(List.of(keeper, depot), "-Astrata.tables=true");

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "Hibernate 7 ignores the @AttributeOverride of lat: it names no attribute of the"
                + " embeddable or mapped superclass but one nested in it, so the column keeps its"
                + " name lat, in Strata's tables as in Hibernate's; to rename it, name its path:"
                + " @AttributeOverride(name = \"position.lat\")")
        .inFile(depot)
        .onLineContaining("@AttributeOverride(name = \"lat\"");
    assertThat(compilation)
        .hadWarningContaining(
            "Hibernate 7 ignores the @AssociationOverride of keeper: it names no association of the"
                + " embeddable or mapped superclass but one nested in it, so its join columns keep"
                + " their names, in Strata's tables as in Hibernate's; to rename them, name its"
                + " path: @AssociationOverride(name = \"position.keeper\")")
        .inFile(depot)
        .onLineContaining("@AssociationOverride(name = \"keeper\"");
  }

  /**
   * Hibernate 7.2 applies the pattern only where a field holds an embeddable: on an element
   * collection its columns keep their names (HibernateParityTest's Station), which Strata keeps
   * too, saying so.
   */
  @Test
  void embeddedColumnNamingOnAnElementCollectionIsAWarningAsHibernateIgnoresIt() {
    JavaFileObject station =
        JavaFileObjects.forSourceString(
            "shop.Station",
            """
            package shop;

            import jakarta.persistence.*;
            import java.util.List;
            import org.hibernate.annotations.EmbeddedColumnNaming;

            @Entity
            public class Station {
              @Id Long id;

              @ElementCollection
              @EmbeddedColumnNaming("x_%s")
              List<Position> positions;

              @Embeddable
              public static class Position {
                Double lat;
              }
            }
            """);
    Compilation compilation = compiler.compile(List.of(station), "-Astrata.tables=true");

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "Hibernate 7 ignores @EmbeddedColumnNaming on a field that holds no embeddable, an"
                + " @ElementCollection's too: the columns keep their names")
        .inFile(station)
        .onLineContaining("@EmbeddedColumnNaming(\"x_%s\")");
  }

  /**
   * Measured: Hibernate 7 refuses to start on it; before, Strata kept the parent's column and the
   * build passed.
   */
  @Test
  void anEntitySubclassOverridingItsParentEntitysAttributeIsAnErrorAsHibernateRefusesIt() {
    JavaFileObject fleet =
        JavaFileObjects.forSourceString(
            "shop.Fleet",
            """
            package shop;

            import jakarta.persistence.*;

            public class Fleet {
              @Entity
              public static class Vehicle {
                @Id Long id;
                String make;
              }

              @Entity
              @AttributeOverride(name = "make", column = @Column(name = "truck_make"))
              public static class Truck extends Vehicle {
                Integer load;
              }
            }
            """);
    Compilation compilation = compiler.compile(List.of(fleet), "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate 7 refuses to start on this override of make: the attribute is inherited"
                + " from entity Vehicle and may not be overridden in entity subclass Truck; rename"
                + " its column on Vehicle, or remove the override")
        .inFile(fleet)
        .onLineContaining("@AttributeOverride(name = \"make\"");
  }

  @Test
  void aTypeStrataCannotMapIsAnErrorOnTheField() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/bad/UnmappedFieldOnEntity.java");
    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining("cannot tell which column type Hibernate gives field homepage")
        .inFile(source)
        .onLineContaining("private Object homepage;");
    assertThat(compilation).hadErrorCount(1);
  }
}
