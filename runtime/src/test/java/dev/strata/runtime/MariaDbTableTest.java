package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.ShopTables;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table scenarios on MariaDB, whose DDL commits at once: failed table migrations are undone
 * step by step. And what is its own: the index it makes for a foreign key.
 */
class MariaDbTableTest extends TableScenarios {

  private static final String ORDER_INDEXES =
      "SELECT DISTINCT INDEX_NAME FROM INFORMATION_SCHEMA.STATISTICS"
          + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'orders'"
          + " AND INDEX_NAME <> 'PRIMARY' ORDER BY INDEX_NAME";

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }

  @Test
  void droppingAForeignKeyDropsTheIndexMariadbMadeForIt() {
    FakeMigration dropKey =
        FakeMigration.of(
            2,
            "Drop orders_customer_id_fkey",
            ops -> ops.dropForeignKey("orders", ShopTables.CUSTOMER_FK.name()),
            ops -> ops.addForeignKey("orders", ShopTables.CUSTOMER_FK));
    Strata strata = strata(FakeSource.of("main", List.of(ShopTables.V1, dropKey)));
    List<String> withKey = List.of("orders_customer_id_fkey", "orders_placed_at_idx");

    strata(FakeSource.of("main", List.of(ShopTables.V1))).upgrade();
    assertEquals(withKey, database.rows(ORDER_INDEXES));
    strata.upgrade();
    assertEquals(List.of("orders_placed_at_idx"), database.rows(ORDER_INDEXES));
    strata.downgrade(1);
    assertEquals(withKey, database.rows(ORDER_INDEXES));
  }
}
