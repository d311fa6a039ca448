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

/**
 * Hibernate as the oracle for keys: {@code @IdClass} in Hibernate's key order, {@code @MapsId} with
 * and without an {@code @EmbeddedId}, associations to an entity with a composite key (implicit join
 * columns, {@code @JoinColumns} by {@code referencedColumnName}, a join table), {@code
 * column, and {@code Map} collections of every kind of key.
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

  private static final ParityModel DERIVED_SPRING =
      new ParityModel(
          DERIVED.folder(), DERIVED.packageName(), DERIVED_CLASSES, DERIVED.entityNames(), true);

  private static final List<String> MAP_CLASSES = List.of("Kind", "Size");

  private static final ParityModel MAPS =
      new ParityModel(
          "oracle/maps",
          "org.example.maps",
          MAP_CLASSES,
          List.of("Catalog", "Buyer", "Account"),
          false);

  private static final ParityModel MAPS_SPRING =
      new ParityModel(MAPS.folder(), MAPS.packageName(), MAP_CLASSES, MAPS.entityNames(), true);

  private static final ParityModel OVERRIDES =
      new ParityModel(
          "oracle/overrides",
          "org.example.overrides",
          List.of("Owned", "Contact"),
          List.of("Owner", "Car", "Shop"),
          false);

  private static final ParityModel OVERRIDES_SPRING =
      new ParityModel(
          OVERRIDES.folder(),
          OVERRIDES.packageName(),
          OVERRIDES.superclasses(),
          OVERRIDES.entityNames(),
          true);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

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
}
