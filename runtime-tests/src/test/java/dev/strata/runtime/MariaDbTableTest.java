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

  /**
   * MODIFY COLUMN restates the whole column: what a DBA gave it that Strata does not write stays,
   * so a code column made case-sensitive stays so when a migration widens it, and an {@code
   * updated_at} keeps following updates.
   */
  @Test
  void changingAColumnKeepsTheCollationOnUpdateInvisibilityAndCommentADbaGaveIt() {
    database.execute(
        "CREATE TABLE coupons (id INT PRIMARY KEY, code VARCHAR(10),"
            + " updated_at DATETIME DEFAULT CURRENT_TIMESTAMP, note VARCHAR(10))"
            + " COLLATE utf8mb4_general_ci",
        "ALTER TABLE coupons MODIFY COLUMN code VARCHAR(10) CHARACTER SET utf8mb4"
            + " COLLATE utf8mb4_bin NULL COMMENT 'case matters',"
            + " MODIFY COLUMN updated_at DATETIME NULL DEFAULT CURRENT_TIMESTAMP"
            + " ON UPDATE CURRENT_TIMESTAMP,"
            + " MODIFY COLUMN note VARCHAR(10) INVISIBLE",
        "CREATE UNIQUE INDEX coupons_code ON coupons (code)");
    FakeMigration widen =
        FakeMigration.of(
            1,
            "Widen code",
            ops -> {
              ops.alterColumn("coupons", Column.of("code", "VARCHAR(20)").notNull());
              ops.alterColumn("coupons", Column.of("updated_at", "TIMESTAMP"));
              ops.alterColumn("coupons", Column.of("note", "VARCHAR(30)"));
            },
            ops -> ops.alterColumn("coupons", Column.of("code", "VARCHAR(10)")));
    String columns =
        "SELECT COLUMN_NAME, COLUMN_TYPE, COLLATION_NAME, EXTRA, COLUMN_COMMENT, IS_NULLABLE"
            + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
            + " AND TABLE_NAME = 'coupons' AND COLUMN_NAME <> 'id' ORDER BY COLUMN_NAME";

    strata(FakeSource.of("main", List.of(widen))).upgrade();

    assertEquals(
        List.of(
            "code|varchar(20)|utf8mb4_bin||case matters|NO",
            "note|varchar(30)|utf8mb4_general_ci|INVISIBLE||YES",
            "updated_at|datetime(6)|null|on update current_timestamp(6)||YES"),
        database.rows(columns));
    database.execute("INSERT INTO coupons (id, code) VALUES (1, 'abc'), (2, 'ABC')");

    strata(FakeSource.of("main", List.of(widen))).downgrade(0);

    assertEquals("code|varchar(10)|utf8mb4_bin||case matters|YES", database.rows(columns).get(0));
  }

  /**
   * Under {@code NO_BACKSLASH_ESCAPES} a backslash is an ordinary character: a comment with one is
   * written back as it was, not with the backslash doubled.
   */
  @Test
  void changingAColumnUnderNoBackslashEscapesKeepsABackslashInItsComment() {
    database.execute(
        "CREATE TABLE coupons (id INT PRIMARY KEY,"
            + " code VARCHAR(10) COMMENT 'see C:\\\\coupons\\\\ and the DBA''s notes')");
    FakeMigration widen =
        FakeMigration.of(
            1,
            "Widen code",
            ops -> ops.alterColumn("coupons", Column.of("code", "VARCHAR(20)")),
            ops -> ops.alterColumn("coupons", Column.of("code", "VARCHAR(10)")));
    Strata strata = strataInSqlMode("NO_BACKSLASH_ESCAPES", FakeSource.of("main", List.of(widen)));

    strata.upgrade();

    assertEquals(
        List.of("varchar(20)|see C:\\coupons\\ and the DBA's notes"),
        database.rows(
            "SELECT COLUMN_TYPE, COLUMN_COMMENT FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'coupons'"
                + " AND COLUMN_NAME = 'code'"));
  }
}
