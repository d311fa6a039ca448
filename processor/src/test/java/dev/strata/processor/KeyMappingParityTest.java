package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate as the oracle for keys: {@code @IdClass} in Hibernate's key order, {@code @MapsId} with
 * and without an {@code @EmbeddedId}, associations to an entity with a composite key (implicit join
 * columns, {@code @JoinColumns} by {@code referencedColumnName}, a join table), association and
 * attribute overrides, and {@code Map} collections of every kind of key, each evolved over
 * versions.
 */
class KeyMappingParityTest {

  private static final List<String> DERIVED_CLASSES = List.of("ShipmentKey", "DependentId");

  /** Version 1: with a join table of the composite key. */
  private static final ParityModel DERIVED =
      new ParityModel(
          "oracle/derived",
          "org.example.derived",
          DERIVED_CLASSES,
          List.of("Shipment", "Depot", "Parcel", "Stop", "Person", "Passport", "Dependent"),
          false);

  /** Version 2: a key's table renames a column and loses the join table's entity. */
  private static final ParityModel DERIVED_LATER =
      new ParityModel(
          "oracle/derived",
          "org.example.derived",
          DERIVED_CLASSES,
          List.of("Shipment", "Depot", "Parcel", "Person", "Passport", "Dependent"),
          false);

  private static final ParityModel DERIVED_SPRING = DERIVED.withSpringNaming();

  private static final List<String> MAP_CLASSES = List.of("Kind", "Size", "Shelf");

  private static final ParityModel MAPS =
      new ParityModel(
          "oracle/maps",
          "org.example.maps",
          MAP_CLASSES,
          List.of("Catalog", "Buyer", "Account"),
          false);

  private static final ParityModel MAPS_SPRING = MAPS.withSpringNaming();

  private static final ParityModel OVERRIDES =
      new ParityModel(
          "oracle/overrides",
          "org.example.overrides",
          List.of("Owned", "Contact"),
          List.of("Owner", "Car", "Shop"),
          false);

  private static final ParityModel OVERRIDES_SPRING = OVERRIDES.withSpringNaming();

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  /**
   * The Bean Validation constraints on the {@code @Id} fields of an {@code @IdClass} entity are no
   * checks, as Hibernate applies none to them (before, Strata made their {@code @Max} a check).
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void theBeanValidationOfAnIdClassEntitysKeyFieldsMakesNoCheck(DatabaseKind kind)
      throws Exception {
    new ParityModel(
            "oracle/idclasschecks",
            "org.example.idclasschecks",
            List.of("SeatId"),
            List.of("Seat"),
            false)
        .assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * An {@code @IdClass} a mapped superclass declares gives the entities below it Hibernate's key:
   * its fields on that superclass, on a class above it or all on the entity, and an entity's own
   * {@code @IdClass} over the inherited one.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void anIdClassInheritedFromAMappedSuperclassMigratesToTheSchemaHibernateCreates(DatabaseKind kind)
      throws Exception {
    new ParityModel(
            "oracle/inheritedidclass",
            "org.example.inheritedidclass",
            List.of("StockKey", "CountKey", "Stocked", "Keyed", "Located", "Counted"),
            List.of("Stock", "Reservation", "Transfer", "Audit", "Tally"),
            false)
        .assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void compositeAndDerivedKeysMigrateToSpringBootsSchema(DatabaseKind kind) throws Exception {
    DERIVED_SPRING.assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void associationOverridesMigrateToTheSchemaHibernateCreates(DatabaseKind kind) throws Exception {
    OVERRIDES.assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void associationOverridesMigrateToSpringBootsSchema(DatabaseKind kind) throws Exception {
    OVERRIDES_SPRING.assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void mapCollectionsMigrateToTheSchemaHibernateCreates(DatabaseKind kind) throws Exception {
    MAPS.assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void mapCollectionsMigrateToSpringBootsSchema(DatabaseKind kind) throws Exception {
    MAPS_SPRING.assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * Hibernate validates version 1 and version 2, which renames a column of the {@code @IdClass}
   * entity with {@code @RenamedFrom}, adds a column beside composite foreign keys, and deletes the
   * entity of a join table of the composite key; the rows of version 1 survive.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void compositeAndDerivedKeysEvolveAndKeepTheirRows(DatabaseKind kind) throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, DERIVED.options());
    history.compileVersion(DERIVED.folder(), 1, DERIVED.sources());
    try (URLClassLoader first = history.load();
        TestDatabase strata = TestDatabases.open(kind)) {
      Strata.configure(strata.dataSource()).classLoader(first).load().upgrade();
      DERIVED.assertHibernatesSchema(first, strata);
      strata.execute(
          "INSERT INTO Shipment (carrier, number, leg, note) VALUES ('ups', 7, 1, 'fragile')",
          "INSERT INTO Person (id, name) VALUES (1, 'Ada')",
          "INSERT INTO Passport (holder_id, number) VALUES (1, 'X1')",
          "INSERT INTO Dependent (person_id, name, relation) VALUES (1, 'Byron', 'child')",
          "INSERT INTO Parcel (id, shipment_carrier, shipment_number, shipment_leg)"
              + " VALUES (5, 'ups', 7, 1)");

      CompiledHistory later = new CompiledHistory(snapshots, laterClasses, DERIVED.options());
      later.compileVersion(DERIVED.folder(), 2, DERIVED_LATER.sources());
      try (URLClassLoader second = later.load()) {
        Strata.configure(strata.dataSource()).classLoader(second).load().upgrade();
        DERIVED_LATER.assertHibernatesSchema(second, strata);
        assertEquals(
            List.of("remark,id,number,relation", "fragile,5,X1,child"),
            strata.query(
                "SELECT s.remark, p.id, q.number, d.relation FROM Shipment s"
                    + " JOIN Parcel p ON p.shipment_carrier = s.carrier"
                    + " AND p.shipment_number = s.number AND p.shipment_leg = s.leg"
                    + " JOIN Passport q ON q.holder_id = 1"
                    + " JOIN Dependent d ON d.person_id = q.holder_id"));
      }
    }
  }

  /**
   * Version 2 renames the column a {@code @MapKey} reads with {@code @RenamedFrom}, widens a
   * {@code @MapKeyColumn}, makes a map's value column NOT NULL over filled rows, adds a constant to
   * the enum of a {@code @MapKeyEnumerated} and an ordinal key, and adds an element collection map
   * and a join table with a {@code @MapKeyJoinColumn}; version 3 deletes a map of each kind. Rows
   * written at version 1 survive, and Hibernate validates each version.
   */
  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void mapCollectionsEvolveAndKeepTheirRows(DatabaseKind kind, boolean spring) throws Exception {
    ParityModel maps = MAPS.withNaming(spring);
    String stock = maps.name("Catalog_stock");
    String labels = maps.name("Catalog_labels");
    String notes = maps.name("Catalog_notesByKind");
    String owner = maps.name("Catalog_id");
    try (TestDatabase strata = TestDatabases.open(kind)) {
      maps.migrate(1, snapshots, classes, strata);
      strata.execute(
          "INSERT INTO " + maps.name("Catalog") + " (id) VALUES (1)",
          "INSERT INTO " + maps.name("Buyer") + " (id, name) VALUES (2, 'Ada')",
          "INSERT INTO " + maps.name("Account") + " (id) VALUES (3)",
          "INSERT INTO "
              + stock
              + " ("
              + owner
              + ", "
              + maps.name("stock_KEY")
              + ", stock)"
              + " VALUES (1, 'lamp', 4)",
          "INSERT INTO " + labels + " (" + owner + ", lang, label) VALUES (1, 'en', 'Lamps')",
          "INSERT INTO "
              + notes
              + " ("
              + owner
              + ", "
              + maps.name("notesByKind_KEY")
              + ", "
              + maps.name("notesByKind")
              + ") VALUES (1, 'RETAIL', 'by the piece')",
          "INSERT INTO catalog_buyers ("
              + owner
              + ", "
              + maps.name("buyersByName_id")
              + ")"
              + " VALUES (1, 2)",
          "INSERT INTO catalog_payers ("
              + owner
              + ", "
              + maps.name("payers_id")
              + ", account_id) VALUES (1, 2, 3)");
      String rows =
          "SELECT s.stock, l.label, n."
              + maps.name("notesByKind")
              + " AS note, b."
              + maps.name("fullName")
              + " AS buyer, p.account_id FROM "
              + stock
              + " s JOIN "
              + labels
              + " l ON l."
              + owner
              + " = s."
              + owner
              + " JOIN "
              + notes
              + " n ON n."
              + owner
              + " = s."
              + owner
              + " JOIN catalog_buyers c ON c."
              + owner
              + " = s."
              + owner
              + " JOIN "
              + maps.name("Buyer")
              + " b ON b.id = c."
              + maps.name("buyersByName_id")
              + " JOIN catalog_payers p ON p."
              + owner
              + " = s."
              + owner;
      List<String> expected =
          List.of("stock,label,note,buyer,account_id", "4,Lamps,by the piece,Ada,3");

      maps.migrate(2, snapshots, classes, strata);
      assertEquals(expected, strata.query(rows));
      maps.migrate(3, snapshots, classes, strata);
      assertEquals(expected, strata.query(rows));
    }
  }

  /**
   * Version 2 renames a mapped superclass's association, overridden on the entity, with
   * {@code @RenamedFrom}, adds an association to the superclass and a column to the target, widens
   * an embeddable's column and its {@code @AttributeOverride}, and makes an
   * {@code @AssociationOverride}'s column NOT NULL over filled rows; version 3 deletes the
   * overridden association and an overridden embedded field. Rows written at version 1 survive, and
   * Hibernate validates each version.
   */
  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void overridesEvolveAndKeepTheirRows(DatabaseKind kind, boolean spring) throws Exception {
    ParityModel overrides = OVERRIDES.withNaming(spring);
    String car = overrides.name("Car");
    String shop = overrides.name("Shop");
    try (TestDatabase strata = TestDatabases.open(kind)) {
      overrides.migrate(1, snapshots, classes, strata);
      strata.execute(
          "INSERT INTO " + overrides.name("Owner") + " (id) VALUES (1)",
          "INSERT INTO " + overrides.name("Owner") + " (id) VALUES (2)",
          "INSERT INTO " + car + " (id, holder_id, backup_id) VALUES (5, 1, 2)",
          "INSERT INTO "
              + shop
              + " (id, manager_id, note, clerk_id, clerk_note)"
              + " VALUES (6, 1, 'front desk', 2, 'nights')");

      overrides.migrate(2, snapshots, classes, strata);
      assertEquals(
          List.of("holder_id,reserve_id,manager_id,note,clerk_note", "1,2,1,front desk,nights"),
          strata.query(
              "SELECT c.holder_id, c.reserve_id, s.manager_id, s.note, s.clerk_note FROM "
                  + car
                  + " c, "
                  + shop
                  + " s"));
      overrides.migrate(3, snapshots, classes, strata);
      assertEquals(
          List.of("holder_id,manager_id,note", "1,1,front desk"),
          strata.query(
              "SELECT c.holder_id, s.manager_id, s.note FROM " + car + " c, " + shop + " s"));
    }
  }
}
