package dev.strata.processor;

import static dev.strata.processor.ModelRows.firstRow;
import static dev.strata.processor.ModelRows.insert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A warehouse in mappings the shop ({@link SpringShopEvolutionParityTest}), the blog ({@link
 * BlogEvolutionParityTest}) and the help desk ({@link HelpdeskEvolutionParityTest}) leave out: a
 * {@code TABLE_PER_CLASS} hierarchy of shipments keyed by a named sequence, an embeddable embedded
 * twice under {@code @AttributeOverrides} and kept as an ordered element collection of the abstract
 * root, a map with a named key column, a converter to a string, a {@code TABLE} generator, a
 * natural id, an assigned {@code Integer} key that four tables refer to, a UUID key, a named join
 * table under {@code @OrderBy}, a unidirectional {@code @OneToMany @JoinColumn}, a class's
 * {@code @Check} and a {@code @ColumnDefault}. Version 2 renames an entity and a field, widens a
 * length and a precision, makes a root's column NOT NULL with a default over NULL rows in each
 * leaf's table, adds a leaf, moves a leaf's field to the root, widens the {@code Integer} key to
 * {@code Long}, adds an element collection, drops an index and adds an enum constant; it renames an
 * entity whose sequence Hibernate named after it, which the migration renames with it, so that the
 * keys go on from where they were, and back. Hibernate 7.2's export is the oracle at each version,
 * with the rows kept up and down, on each database under each naming.
 */
class WarehouseEvolutionParityTest {

  private static final String FOLDER = "oracle/warehouseevolution";

  private static final String PACKAGE = "org.example.warehouseevolution";

  private static final List<String> SUPPORT =
      List.of("Address", "ShipmentStatus", "TrackingCode", "TrackingCodeConverter");

  private static final List<String> ENTITIES =
      List.of(
          "Warehouse", "Bin", "Dock", "Carrier", "Shipment", "ParcelShipment", "PalletShipment");

  private static final List<String> LATER_ENTITIES =
      List.of(
          "Warehouse",
          "StorageBin",
          "LoadingBay",
          "Carrier",
          "Shipment",
          "ParcelShipment",
          "PalletShipment",
          "ReturnShipment");

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aWarehouseEvolvesWithItsRows(DatabaseKind kind, boolean spring) throws Exception {
    ParityModel depot = new ParityModel(FOLDER, PACKAGE, SUPPORT, ENTITIES, spring);
    ParityModel grown = new ParityModel(FOLDER, PACKAGE, SUPPORT, LATER_ENTITIES, spring);
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader first = depot.load(1, snapshots, classes)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      depot.assertHibernatesSchema(first, database);
      database.execute(rows(depot));
      // the keys Hibernate gave so far, the sequence's position past them
      database.execute(
          kind == DatabaseKind.POSTGRESQL
              ? "SELECT setval('"
                  + depot.name("Bin_SEQ").toLowerCase(Locale.ROOT)
                  + "', 501, false)"
              : "ALTER SEQUENCE " + depot.name("Bin_SEQ") + " RESTART WITH 501");
      try (URLClassLoader second = grown.load(2, snapshots, laterClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        grown.assertHibernatesSchema(second, database);
        assertKeptRows(database, grown);
        assertEquals("501", nextKey(kind, database, grown, "StorageBin_SEQ"));
        assertWidenedKeyTakesALongWarehouse(database, grown);

        strata.downgrade(1);
        depot.assertHibernatesSchema(first, database);
        // back under its old name, past the key given (MariaDB: maybe past its cached block)
        long next = Long.parseLong(nextKey(kind, database, depot, "Bin_SEQ"));
        assertTrue(next >= 551 && (next - 1) % 50 == 0, () -> "Bin_SEQ gave " + next);
        assertEquals(
            List.of("7,1", "Fast", "R-1,none"),
            List.of(
                firstRow(database, depot, "Dock", "number", "depot_id"),
                firstRow(database, depot, "Carrier", "name"),
                firstRow(database, depot, "ParcelShipment", "reference", "note")));
      }
    }
  }

  /** The next value of sequence {@code logicalName}, named as {@code model} names it. */
  private static String nextKey(
      DatabaseKind kind, TestDatabase database, ParityModel model, String logicalName)
      throws Exception {
    String sequence = model.name(logicalName);
    return database
        .query(
            kind == DatabaseKind.POSTGRESQL
                ? "SELECT nextval('" + sequence.toLowerCase(Locale.ROOT) + "')"
                : "SELECT NEXT VALUE FOR " + sequence)
        .get(1);
  }

  private static void assertKeptRows(TestDatabase database, ParityModel grown) throws Exception {
    assertEquals(
        List.of(
            "7,1",
            "Fast",
            "R-1,none,IN_TRANSIT,DHL:42",
            "null,none,4",
            "12.500",
            "1,A-1,5",
            "10,Oslo,0"),
        List.of(
            firstRow(database, grown, "LoadingBay", "number", "depot_id"),
            firstRow(database, grown, "Carrier", "displayName"),
            firstRow(database, grown, "ParcelShipment", "reference", "note", "status", "tracking"),
            firstRow(database, grown, "PalletShipment", "reference", "note", "pallets"),
            firstRow(database, grown, "StorageBin", "capacity"),
            firstRow(database, grown, "warehouse_stock", "Warehouse_id", "sku", "quantity"),
            firstRow(database, grown, "shipment_stops", "Shipment_id", "city", "stops_ORDER")));
  }

  private static void assertWidenedKeyTakesALongWarehouse(TestDatabase database, ParityModel grown)
      throws Exception {
    String big = "3000000000";
    database.execute(
        insert(grown, "warehouses", "id", "version", "code", "active")
            + " VALUES ("
            + big
            + ", 0, 'W-BIG', FALSE)",
        insert(grown, "warehouse_stock", "Warehouse_id", "sku", "quantity")
            + " VALUES ("
            + big
            + ", 'B-2', 1)",
        insert(
                grown,
                "ReturnShipment",
                "id",
                "version",
                "status",
                "source_warehouse_id",
                "note",
                "refunded")
            + " VALUES (30, 0, 'RETURNED', "
            + big
            + ", 'back', FALSE)");
    assertEquals(
        big + ",RETURNED",
        firstRow(database, grown, "ReturnShipment", "source_warehouse_id", "status"));
    // the long key goes before the downgrade narrows the column again
    database.execute(
        "DELETE FROM " + grown.name("ReturnShipment"),
        "DELETE FROM " + grown.name("warehouse_stock") + " WHERE sku = 'B-2'",
        "DELETE FROM " + grown.name("warehouses") + " WHERE code = 'W-BIG'");
  }

  private static String[] rows(ParityModel depot) {
    return new String[] {
      insert(
              depot,
              "warehouses",
              "id",
              "version",
              "code",
              "name",
              "street",
              "city",
              "postalCode",
              "active")
          + " VALUES (1, 0, 'W1', 'North', 'Kai 1', 'Oslo', '0150', TRUE)",
      insert(depot, "warehouse_stock", "Warehouse_id", "sku", "quantity") + " VALUES (1, 'A-1', 5)",
      insert(depot, "Bin", "id", "warehouse_ref", "label", "capacity", "shelf")
          + " VALUES (2, 1, 'B', 12.50, 3)",
      insert(depot, "Dock", "id", "number", "opensAt", "depot_id")
          + " VALUES (3, 7, TIME '08:00:00', 1)",
      insert(depot, "Carrier", "id", "name", "maxTransit", "registeredAt")
          + " VALUES ('00000000-0000-0000-0000-000000000001', 'Fast', 3600000000000,"
          + " TIMESTAMP '2026-01-02 03:04:05')",
      insert(depot, "carrier_hubs", "carrier_id", "hub_id")
          + " VALUES ('00000000-0000-0000-0000-000000000001', 1)",
      insert(
              depot,
              "ParcelShipment",
              "id",
              "version",
              "from_city",
              "to_city",
              "status",
              "tracking",
              "shipDate",
              "source_warehouse_id",
              "carrier_id",
              "weight",
              "fragile",
              "reference")
          + " VALUES (10, 0, 'Oslo', 'Bergen', 'IN_TRANSIT', 'DHL:42', DATE '2026-03-01', 1,"
          + " '00000000-0000-0000-0000-000000000001', 2.5, FALSE, 'R-1')",
      insert(
              depot,
              "PalletShipment",
              "id",
              "version",
              "status",
              "source_warehouse_id",
              "pallets",
              "stackable")
          + " VALUES (11, 0, 'CREATED', 1, 4, TRUE)",
      insert(depot, "shipment_stops", "Shipment_id", "street", "city", "postalCode", "stops_ORDER")
          + " VALUES (10, 'Main 2', 'Oslo', '0151', 0)"
    };
  }
}
