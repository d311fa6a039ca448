package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate as the oracle for the mappings Strata once left out or got wrong: maps keyed by an
 * entity with a composite key ({@code @MapKeyJoinColumns}), every attribute of
 * {@code @MapKeyColumn}, the indexes and unique constraints of secondary, join and collection
 * tables, the range checks of element collections and map values that are ordinal enums,
 * {@code @DiscriminatorValue("null")} and {@code ("not null")}, enum checks that follow their
 * columns through a {@code @RenamedFrom} rename and back, the lengths of enums stored by name, and
 * the collections of table-per-class entities, the tables that attribute overrides name, the
 * attribute overrides of element collections of embeddables, the associations of Hibernate's
 * {@code @NotFound} without a foreign key, the key columns {@code @MapKeyTemporal} types, the
 * foreign keys, unique constraints, defaults and checks of an element collection's embeddable, keys
 * generated as UUIDs, and the order of composite keys with columns of the default length, and the
 * sizes of {@code BigInteger} and {@code Character} columns, ordinal enums of many constants, and
 * typed order columns.
 */
class MappingGapsParityTest {

  private static final List<String> CLASSES = List.of("Grade", "LotId");

  private static final ParityModel GAPS =
      new ParityModel(
          "oracle/gaps",
          "org.example.gaps",
          CLASSES,
          List.of("Auction", "Bidder", "Lot", "Node", "Leaf", "Tool", "Hammer", "Saw", "Ticket"),
          false);

  private static final ParityModel DECLARED_CONSTRAINTS =
      new ParityModel(
          "oracle/declared",
          "org.example.declared",
          List.of("Pin"),
          List.of("Team", "Member", "Roster", "Seat"),
          false);

  private static final ParityModel NULLABILITY =
      new ParityModel(
          "oracle/nullability",
          "org.example.nullability",
          List.of("Range"),
          List.of("Gauge", "Reading"),
          false);

  private static final ParityModel NATURAL_IDS =
      new ParityModel(
          "oracle/naturalid", "org.example.naturalid", List.of(), List.of("Book", "Shelf"), false);

  private static final ParityModel REFERRED_OVERRIDE =
      new ParityModel(
          "oracle/referredoverride",
          "org.example.referredoverride",
          List.of("Audited"),
          List.of("Account", "Transfer"),
          false);

  private static final ParityModel FLOAT_PRECISION =
      new ParityModel(
          "oracle/floatprecision",
          "org.example.floatprecision",
          List.of(),
          List.of("Gauge"),
          false);

  private static final ParityModel READ_ONLY_COLUMNS =
      new ParityModel(
          "oracle/readonly",
          "org.example.readonly",
          List.of(),
          List.of("Shop", "Gadget", "Drone"),
          false);

  private static final ParityModel READ_ONLY_CHECKED =
      new ParityModel(
          "oracle/readonlycheck", "org.example.readonlycheck", List.of(), List.of("Kiosk"), false);

  private static final ParityModel READ_ONLY_ONE_TO_ONE =
      new ParityModel(
          "oracle/readonlyonetoone",
          "org.example.readonlyonetoone",
          List.of(),
          List.of("Booth"),
          false);

  private static final ParityModel ENUM_LENGTHS =
      new ParityModel(
          "oracle/enumlength",
          "org.example.enumlength",
          List.of("Grade"),
          List.of("Ticket"),
          false);

  private static final ParityModel TABLE_PER_CLASS_COLLECTIONS =
      new ParityModel(
          "oracle/tablepercollection",
          "org.example.tablepercollection",
          List.of(),
          List.of("Animal", "Cat", "Dog", "Vehicle", "Car", "Toy", "Keeper"),
          false);

  private static final ParityModel SECONDARY_OVERRIDES =
      new ParityModel(
          "oracle/secondaryoverride",
          "org.example.secondaryoverride",
          List.of("Labelled", "Address", "Place"),
          List.of("Customer"),
          false);

  private static final ParityModel KEY_ORDER =
      new ParityModel(
          "oracle/keyorder",
          "org.example.keyorder",
          List.of("Grade", "PartId"),
          List.of("Part"),
          false);

  private static final ParityModel TEMPORAL_KEY_ORDER =
      new ParityModel(
          "oracle/keyorder",
          "org.example.keyorder",
          List.of(),
          List.of("Timetable", "Flight"),
          false);

  private static final ParityModel SIZES =
      new ParityModel(
          "oracle/sizes", "org.example.sizes", List.of(), List.of("Measure", "Token"), false);

  private static final ParityModel MANY_CONSTANTS =
      new ParityModel(
          "oracle/manyconstants",
          "org.example.manyconstants",
          List.of("Many", "Edge"),
          List.of("Holder"),
          false);

  private static final ParityModel ORDER_COLUMNS =
      new ParityModel(
          "oracle/ordercolumn",
          "org.example.ordercolumn",
          List.of(),
          List.of("Shelf", "Box", "Carton"),
          false);

  private static final ParityModel COLLECTION_OVERRIDES =
      new ParityModel(
          "oracle/collectionoverride",
          "org.example.collectionoverride",
          List.of("Address"),
          List.of("Customer"),
          false);

  private static final ParityModel FOREIGN_KEYS =
      new ParityModel(
          "oracle/foreignkeys",
          "org.example.foreignkeys",
          List.of(),
          List.of("Owner", "Pet"),
          false);

  private static final ParityModel JSON =
      new ParityModel(
          "oracle/json",
          "org.example.json",
          List.of("Dimensions", "Margins"),
          List.of("Document"),
          false);

  private static final ParityModel HIBERNATE_EXTRAS =
      new ParityModel(
          "oracle/hibernateextras",
          "org.example.hibernateextras",
          List.of(),
          List.of("Archive", "Article", "Circle", "Shape"),
          false);

  private static final ParityModel NOT_FOUND =
      new ParityModel(
          "oracle/notfound", "org.example.notfound", List.of(), List.of("Owner", "Pet"), false);

  private static final ParityModel MAP_KEY_TEMPORALS =
      new ParityModel(
          "oracle/mapkeytemporal",
          "org.example.mapkeytemporal",
          List.of(),
          List.of("Diary"),
          false);

  private static final ParityModel COLLECTION_ASSOCIATIONS =
      new ParityModel(
          "oracle/collectionassociation",
          "org.example.collectionassociation",
          List.of("Stop"),
          List.of("Country", "Route"),
          false);

  private static final ParityModel UUID_KEYS =
      new ParityModel(
          "oracle/uuidkeys",
          "org.example.uuidkeys",
          List.of(),
          List.of("Token", "Ticket", "Badge"),
          false);

  private static final ParityModel COLLECTION_DETAILS =
      new ParityModel(
          "oracle/collectiondetail",
          "org.example.collectiondetail",
          List.of("Leg"),
          List.of("Trip"),
          false);

  private static final ParityModel COLLECTION_CONVERTERS =
      new ParityModel(
          "oracle/collectionconverter",
          "org.example.collectionconverter",
          List.of("Digits", "Sku"),
          List.of("Sheet", "SkuConverter"),
          false);

  private static final ParityModel COLLECTION_DEFINITIONS =
      new ParityModel(
          "oracle/collectiondefinition",
          "org.example.collectiondefinition",
          List.of(),
          List.of("Broker"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void gapsMigrateToSpringBootsSchema(DatabaseKind kind) throws Exception {
    GAPS.withSpringNaming().assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * The {@code indexes} and {@code uniqueConstraints} of a {@code @SecondaryTable}, a
   * {@code @JoinTable} and a {@code @CollectionTable}, which Hibernate creates as it does a
   * {@code @Table}'s; a column made unique by {@code @Column(unique = true)} and by a declared
   * unique constraint or index is one unique constraint, as in Hibernate (before, two of one name,
   * on which the migration failed), on an entity's table, a secondary, collection or join table
   * alike, where the declared one stands for the others with its name. One over exactly the columns
   * of the table's primary key is none, as Hibernate drops it (before, Strata created a second
   * unique index over the key: {@code Seat}).
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void constraintsDeclaredOnSecondaryJoinAndCollectionTablesAreHibernates(
      DatabaseKind kind, boolean springNaming) throws Exception {
    DECLARED_CONSTRAINTS
        .withNaming(springNaming)
        .assertFirstVersionParity(snapshots, classes, kind);
    String snapshot = Files.readString(Assertions.snapshotFile(snapshots, 1));
    assertTrue(snapshot.contains("roster_member_once"), snapshot);
    assertTrue(snapshot.contains("roster_note_code"), snapshot);
  }

  /**
   * An entity that overrides a column it inherits, other than its key, and that another entity
   * refers to: the override applies, and reading the entity's key for the reference does not
   * mistake it for an override of nothing.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void anOverriddenInheritedColumnOfAReferredEntityIsHibernates(
      DatabaseKind kind, boolean springNaming) throws Exception {
    REFERRED_OVERRIDE.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * A column written by one field and read by another ({@code insertable = false}), and a
   * discriminator a field also reads, which Hibernate maps once, as the discriminator.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aColumnAlsoMappedReadOnlyIsOneColumnAsInHibernate(DatabaseKind kind, boolean springNaming)
      throws Exception {
    READ_ONLY_COLUMNS.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * The {@code @Max} of the field that writes a column a read-only association also maps is
   * Hibernate's check on that column (before, the merged column was the association's, and lost
   * it).
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aColumnAlsoMappedReadOnlyKeepsTheChecksOfItsWritingField(DatabaseKind kind)
      throws Exception {
    READ_ONLY_CHECKED.assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * A read-only {@code @OneToOne} onto a column another field writes gives it a foreign key and no
   * unique constraint, as Hibernate exports it (before, Strata added one).
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aReadOnlyOneToOneOverAWrittenColumnMakesItNoUniqueConstraint(DatabaseKind kind)
      throws Exception {
    READ_ONLY_ONE_TO_ONE.assertFirstVersionParity(snapshots, classes, kind);
  }

  /** {@code @Column(precision)} on a float or double: decimal digits, held in binary ones. */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aFloatingColumnsPrecisionChoosesHibernatesType(DatabaseKind kind, boolean springNaming)
      throws Exception {
    FLOAT_PRECISION.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * An enum stored by name with a {@code @Column} or {@code @MapKeyColumn} length: a native enum on
   * H2 and MariaDB, a {@code VARCHAR} of that length (with its check) on PostgreSQL.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void anEnumsLengthIsItsVarcharsWhereTheDatabaseHasNoEnumsAsInHibernate(
      DatabaseKind kind, boolean springNaming) throws Exception {
    ENUM_LENGTHS.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * Version 2 lengthens an enum column, gives another a length and adds a constant to their enum:
   * PostgreSQL's {@code VARCHAR} and its check change together, and the row of version 1 stays.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void anEnumsLengthChangesAsHibernatesAndKeepsTheRows(DatabaseKind kind) throws Exception {
    try (TestDatabase strata = TestDatabases.open(kind)) {
      ENUM_LENGTHS.migrate(1, snapshots, classes, strata);
      strata.execute("INSERT INTO Ticket (id, grade, plain) VALUES (1, 'HIGH', 'LOW')");
      ENUM_LENGTHS.migrate(2, snapshots, classes, strata);
      strata.execute("INSERT INTO Ticket (id, grade, plain) VALUES (2, 'MID', 'MID')");
      assertEquals(
          List.of("id,grade,plain", "1,HIGH,LOW", "2,MID,MID"),
          strata.query("SELECT id, grade, plain FROM Ticket ORDER BY id"));
    }
  }

  /**
   * Element collections, join tables and map keys of table-per-class entities whose rows spread
   * over several tables (an abstract root, a root with subclasses): their tables as Hibernate's,
   * without a foreign key to those entities, which Hibernate does not write either.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void collectionsOfTablePerClassEntitiesAreHibernates(DatabaseKind kind, boolean springNaming)
      throws Exception {
    TABLE_PER_CLASS_COLLECTIONS
        .withNaming(springNaming)
        .assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * An {@code @AttributeOverride} whose {@code @Column} names a secondary table moves the column
   * there, on an embedded field and over a mapped superclass, as the {@code @Column(table)} of an
   * embeddable's fields does.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void anOverridesTableMovesItsColumnAsInHibernate(DatabaseKind kind, boolean springNaming)
      throws Exception {
    SECONDARY_OVERRIDES.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * A composite key in Hibernate's order, which sizes a {@code TIME} column as 4 bytes and a
   * timestamp with time zone as 8: before a {@code VARCHAR(6)} and a {@code VARCHAR(12)}.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void timeAndZonedTimestampKeyColumnsTakeHibernatesPlaceInTheKey(
      DatabaseKind kind, boolean springNaming) throws Exception {
    TEMPORAL_KEY_ORDER.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * A composite key in Hibernate's order, which sizes a column of the default length, 255, as the
   * longest the database takes: after a {@code VARCHAR(300)}.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aKeyColumnOfTheDefaultLengthComesAfterALongerOneAsInHibernate(
      DatabaseKind kind, boolean springNaming) throws Exception {
    KEY_ORDER.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * The sizes {@code @Column} and {@code @Digits} give a {@code BigInteger} and a {@code Character}
   * column, beside a {@code @Version} of each kind, a sequence of its own and a {@code UUID} key.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void bigIntegerAndCharacterColumnsTakeTheirSizesAsInHibernate(
      DatabaseKind kind, boolean springNaming) throws Exception {
    SIZES.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * An enum of more than 128 constants stored by ordinal is a {@code SMALLINT}, as Hibernate
   * chooses it, in a field, an element collection and a map key; one of 128 a {@code TINYINT}.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void anOrdinalEnumOfManyConstantsIsASmallintAsInHibernate(DatabaseKind kind, boolean springNaming)
      throws Exception {
    MANY_CONSTANTS.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * {@code @OrderColumn(columnDefinition)} types the order column of a collection and a join table,
   * whose place in the primary key follows the {@code INTEGER} Hibernate sizes it as; the order
   * column of a {@code @OneToMany(mappedBy)} list is a nullable integer in the owning side's table.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void anOrderColumnsDefinitionIsItsTypeAsInHibernate(DatabaseKind kind, boolean springNaming)
      throws Exception {
    ORDER_COLUMNS.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * The {@code @AttributeOverride}s of an element collection of embeddables rename, resize and
   * require the embeddable's columns in the collection table, as on an {@code @Embedded} field.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void attributeOverridesOfAnElementCollectionAreHibernates(DatabaseKind kind, boolean springNaming)
      throws Exception {
    COLLECTION_OVERRIDES
        .withNaming(springNaming)
        .assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * Hibernate's {@code @SoftDelete} (on an entity, with another strategy and column name, on a
   * joined hierarchy's root), {@code @TenantId} and {@code @Nationalized} give the columns that
   * Hibernate's export creates.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void softDeletesTenantsAndNationalizedStringsHaveTheColumnsHibernateGivesThem(
      DatabaseKind kind, boolean springNaming) throws Exception {
    try (TestDatabase strata = TestDatabases.open(kind)) {
      HIBERNATE_EXTRAS.withNaming(springNaming).migrate(1, snapshots, classes, strata);
    }
  }

  /**
   * Hibernate's {@code @JdbcTypeCode(SqlTypes.JSON)} on a map, a list, a record, a string and an
   * {@code @Embedded} embeddable, which Hibernate aggregates into one column: a {@code json} column
   * on H2 and MariaDB (a checked {@code longtext} there), {@code jsonb} on PostgreSQL, which holds
   * a JSON document.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void jsonFieldsHaveTheColumnsHibernateGivesThem(DatabaseKind kind, boolean springNaming)
      throws Exception {
    ParityModel model = JSON.withNaming(springNaming);
    try (TestDatabase strata = TestDatabases.open(kind)) {
      model.migrate(1, snapshots, classes, strata);
      strata.execute(
          "INSERT INTO " + model.name("Document") + " (id, raw) VALUES (1, '{\"pages\": 3}')");
      assertEquals(List.of("id", "1"), strata.query("SELECT id FROM " + model.name("Document")));
    }
  }

  /**
   * A {@code @ForeignKey} in a {@code @JoinColumn} names the constraint, or with {@code
   * ConstraintMode.NO_CONSTRAINT} leaves it out, as Hibernate does: the foreign keys by name, and a
   * row referring to a missing owner through such a column is stored.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void foreignKeysThatJoinColumnsDeclareAreNamedOrLeftOutAsInHibernate(
      DatabaseKind kind, boolean springNaming) throws Exception {
    ParityModel model = FOREIGN_KEYS.withNaming(springNaming);
    try (TestDatabase strata = TestDatabases.open(kind)) {
      model.migrate(1, snapshots, classes, strata);
      String pet = model.name("Pet");
      assertEquals(
          List.of("pet_keeper_id_fkey", "pet_owner_fk", "pet_rescuer_fk"),
          ForeignKeyNames.of(strata, pet));
      strata.execute(
          "INSERT INTO "
              + pet
              + " (id, "
              + model.name("breeder_id")
              + ", walker_id) VALUES (1, 404, 405)");
      assertEquals(List.of("id", "1"), strata.query("SELECT id FROM " + pet));
    }
  }

  /**
   * Hibernate's {@code @NotFound} on a to-one or many-to-many association leaves out the foreign
   * key to the target, and a row referring to a missing target is stored.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void notFoundAssociationsHaveNoForeignKeyToTheirTargetAsInHibernate(
      DatabaseKind kind, boolean springNaming) throws Exception {
    ParityModel model = NOT_FOUND.withNaming(springNaming);
    try (TestDatabase strata = TestDatabases.open(kind)) {
      model.migrate(1, snapshots, classes, strata);
      strata.execute(
          "INSERT INTO "
              + model.name("Pet")
              + " (id, "
              + model.name("owner_id")
              + ", "
              + model.name("keeperId")
              + ") VALUES (1, 404, 405)");
      assertEquals(List.of("id", "1"), strata.query("SELECT id FROM " + model.name("Pet")));
    }
  }

  /**
   * {@code @MapKeyTemporal} types the key column of a map keyed by a {@code Date} or {@code
   * Calendar}.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aMapKeyTemporalTypesTheKeyColumnAsInHibernate(DatabaseKind kind, boolean springNaming)
      throws Exception {
    MAP_KEY_TEMPORALS.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * A {@code @ManyToOne} inside the embeddable of an element collection has its foreign key in the
   * collection table, as Hibernate exports it.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void anAssociationInAnElementCollectionsEmbeddableHasItsForeignKeyAsInHibernate(
      DatabaseKind kind, boolean springNaming) throws Exception {
    COLLECTION_ASSOCIATIONS
        .withNaming(springNaming)
        .assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * JPA 3.1's {@code GenerationType.UUID} on a {@code UUID} or {@code String} key, and Hibernate's
   * {@code @UuidGenerator} alone on a key: generated in Java, with no sequence or table, as
   * Hibernate exports it.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void uuidGeneratedKeysNeedNoSequenceAsInHibernate(DatabaseKind kind, boolean springNaming)
      throws Exception {
    UUID_KEYS.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * The unique constraint, default and checks of an element collection's embeddable are written in
   * the collection table, as Hibernate exports them.
   */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void theConstraintsAndDefaultsOfAnElementCollectionsEmbeddableAreHibernates(
      DatabaseKind kind, boolean springNaming) throws Exception {
    COLLECTION_DETAILS.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  /** A converter on an element collection types the column of its values, as in Hibernate. */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aConverterOfAnElementCollectionTypesItsValuesAsInHibernate(
      DatabaseKind kind, boolean springNaming) throws Exception {
    COLLECTION_CONVERTERS
        .withNaming(springNaming)
        .assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * The {@code @Column(columnDefinition)} of an element collection's basic values is their column's
   * type, as in Hibernate (before, Strata left it out and typed the column by the values' class).
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void theColumnDefinitionOfAnElementCollectionsValuesIsTheirTypeAsInHibernate(DatabaseKind kind)
      throws Exception {
    COLLECTION_DEFINITIONS.assertFirstVersionParity(snapshots, classes, kind);
  }

  /** The unique constraint Hibernate creates over the columns of a {@code @NaturalId}. */
  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void naturalIdsAreUniqueAsInHibernate(DatabaseKind kind, boolean springNaming) throws Exception {
    NATURAL_IDS.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * A primitive with a {@code @Column} is nullable unless it says otherwise, a
   * {@code @Basic(optional = false)} column is not, and the primitives of an embeddable are
   * nullable: Hibernate persists an entity whose embedded value is null, writing NULL into them.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void primitivesWithAColumnOrInAnEmbeddableAllowNullAsInHibernate(DatabaseKind kind)
      throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, NULLABILITY.options());
    history.compileVersion(NULLABILITY.folder(), 1, NULLABILITY.sources());
    try (URLClassLoader loader = history.load();
        TestDatabase strata = TestDatabases.open(kind)) {
      Strata.configure(strata.dataSource()).classLoader(loader).load().upgrade();
      NULLABILITY.assertHibernatesSchema(loader, strata);
      new HibernateOracle(NULLABILITY.entities(loader), loader, false)
          .persistNew(strata.dataSource(), loader.loadClass("org.example.nullability.Gauge"));
      assertEquals(
          List.of("ticks,low,high", "0,null,null"),
          strata.query("SELECT ticks, low, high FROM Gauge"));
    }
  }

  /**
   * Version 2 renames an enum column stored by name and one stored by ordinal while their enum
   * gains a constant: the checks follow the new names and the new constant, on the way up and back
   * down, and the rows of version 1 survive both ways.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void gapsMigrateToHibernatesSchemaUpAndDownAndKeepTheirRows(DatabaseKind kind) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, GAPS.options());
    history.compileVersion(GAPS.folder(), 1, GAPS.sources());
    try (URLClassLoader first = history.load();
        TestDatabase strata = TestDatabases.open(kind)) {
      Strata.configure(strata.dataSource()).classLoader(first).load().upgrade();
      GAPS.assertHibernatesSchema(first, strata);
      strata.execute(
          "INSERT INTO Auction (id) VALUES (1)",
          "INSERT INTO Lot (site, number) VALUES ('north', 4)",
          "INSERT INTO Auction_grades (Auction_id, grades) VALUES (1, 2)",
          "INSERT INTO Auction_gradeByCode (Auction_id, gradeByCode_KEY, gradeByCode)"
              + " VALUES (1, 'a', 1)",
          "INSERT INTO Auction_lotNotes (Auction_id, lot_site, lot_number, lotNotes)"
              + " VALUES (1, 'north', 4, 'mint')",
          "INSERT INTO Ticket (id, grade, priority) VALUES (1, 'HIGH', 2)");

      CompiledHistory later = new CompiledHistory(snapshots, laterClasses, GAPS.options());
      later.compileVersion(GAPS.folder(), 2, GAPS.sources());
      try (URLClassLoader second = later.load()) {
        Strata strataV2 = Strata.configure(strata.dataSource()).classLoader(second).load();
        strataV2.upgrade();
        GAPS.assertHibernatesSchema(second, strata);
        strata.execute(
            "INSERT INTO Ticket (id, tier, urgency) VALUES (2, 'TOP', 3)",
            "INSERT INTO Auction_grades (Auction_id, grades) VALUES (1, 3)");
        assertEquals(
            List.of("id,tier,urgency", "1,HIGH,2", "2,TOP,3"),
            strata.query("SELECT id, tier, urgency FROM Ticket ORDER BY id"));

        strata.execute(
            "DELETE FROM Ticket WHERE id = 2", "DELETE FROM Auction_grades WHERE grades = 3");
        strataV2.downgrade(1);
        GAPS.assertHibernatesSchema(first, strata);
        assertEquals(
            List.of("grade,priority,lotnotes,gradebycode", "HIGH,2,mint,1"),
            strata.query(
                "SELECT t.grade, t.priority, n.lotNotes, c.gradeByCode FROM Ticket t"
                    + " JOIN Auction_lotNotes n ON n.lot_number = 4"
                    + " JOIN Auction_gradeByCode c ON c.gradeByCode_KEY = 'a'"));
      }
    }
  }
}
