package dev.strata.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * The kit against tables with keys, indexes and a check constraint (snapshots in {@code
 * snapshots/orders}), and a sequence: each variant has every column right and one of the rest
 * wrong, which the kit must name. Run on H2 and on the servers.
 */
final class OrdersWalks {

  static final Path FOLDER = Path.of("src", "test", "resources", "snapshots", "orders");

  private OrdersWalks() {}

  static void consistentChainWalks(DataSource database) {
    assertEquals(2, MigrationTestKit.forSnapshots(FOLDER).database(database).run());
  }

  static void indexNotUniqueFails(DataSource database, Path folder) throws IOException {
    assertFailure(
        database,
        folder,
        "orders-email-not-unique",
        "Version 1 after upgrading to version 1 does not match 0001-00000001.json:\n"
            + "  - table customers index customers_email_key is not unique, the snapshot's is");
  }

  static void missingForeignKeyFails(DataSource database, Path folder) throws IOException {
    assertFailure(
        database,
        folder,
        "orders-without-foreign-key",
        "Version 1 after upgrading to version 1 does not match 0001-00000001.json:\n"
            + "  - table orders lacks its foreign key orders_customer_id_fkey [customer_id] ->"
            + " customers [id]");
  }

  static void indexInAnotherOrderFails(DataSource database, Path folder) throws IOException {
    assertFailure(
        database,
        folder,
        "orders-quantity-descending",
        "Version 2 after upgrading to version 2 does not match 0002-00000002.json:\n"
            + "  - table orders index orders_quantity_idx is on [quantity desc], the snapshot's on"
            + " [quantity]");
  }

  static void foreignKeyWithAnotherRuleFails(DataSource database, Path folder) throws IOException {
    assertFailure(
        database,
        folder,
        "orders-deleted-with-their-customer",
        "Version 1 after upgrading to version 1 does not match 0001-00000001.json:\n"
            + "  - table orders foreign key orders_customer_id_fkey is [customer_id] -> customers"
            + " [id] ON DELETE CASCADE, the snapshot's [customer_id] -> customers [id]");
  }

  static void commentsTheSnapshotLacksFail(DataSource database, Path folder) throws IOException {
    assertFailure(
        database,
        folder,
        "orders-commented",
        "Version 2 after upgrading to version 2 does not match 0002-00000002.json:\n"
            + "  - table orders column quantity has comment 'how many', the snapshot none\n"
            + "  - table orders has comment 'one row per order', the snapshot none");
  }

  static void missingCheckFails(DataSource database, Path folder) throws IOException {
    assertFailure(
        database,
        folder,
        "orders-without-check",
        "Version 1 after upgrading to version 1 does not match 0001-00000001.json:\n"
            + "  - table orders lacks its check constraint orders_quantity_positive");
  }

  static void otherPrimaryKeyFails(DataSource database, Path folder) throws IOException {
    assertFailure(
        database,
        folder,
        "orders-with-wider-key",
        "Version 1 after upgrading to version 1 does not match 0001-00000001.json:\n"
            + "  - table orders has its primary key on [id, customer_id], the snapshot's is on"
            + " [id]");
  }

  static void indexLeftBehindFailsTheDowngrade(DataSource database, Path folder)
      throws IOException {
    assertFailure(
        database,
        folder,
        "orders-index-left-behind",
        "Version 1 after downgrading to version 1 does not match 0001-00000001.json:\n"
            + "  - table orders has index orders_quantity_idx on [quantity], the snapshot has not\n"
            + "The downgrade of version 2 \"Index orders by quantity\" of set"
            + " orders-index-left-behind must undo what its upgrade does");
  }

  static void sequenceLeftBehindFailsTheDowngrade(DataSource database, Path folder)
      throws IOException {
    assertFailure(
        database,
        folder,
        "orders-sequence-left-behind",
        "Version 0 after downgrading to version 0 does not match (no snapshot: version 0):\n"
            + "  - sequence orders_seq exists but the snapshot has no such sequence\n"
            + "The downgrade of version 1 \"Create customers and orders\" of set"
            + " orders-sequence-left-behind must undo what its upgrade does");
  }

  private static void assertFailure(DataSource database, Path folder, String set, String message)
      throws IOException {
    MigrationTestKit kit =
        MigrationTestKit.forSnapshots(ShopSnapshots.copy(FOLDER, set, folder)).database(database);

    MigrationTestFailure failure = assertThrows(MigrationTestFailure.class, kit::run);

    assertEquals(message, failure.getMessage());
  }
}
