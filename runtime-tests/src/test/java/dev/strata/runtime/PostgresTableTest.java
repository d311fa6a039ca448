package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table scenarios on PostgreSQL, whose DDL is transactional, and what is its own. */
class PostgresTableTest extends TableScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }

  /**
   * {@code ALTER COLUMN ... TYPE} gives the column its type's default collation unless told: a
   * collation a DBA gave it stays, so a code column sorted and compared byte by byte stays so.
   */
  @Test
  void changingAColumnKeepsTheCollationADbaGaveIt() {
    database.execute(
        "CREATE TABLE coupons (id INT PRIMARY KEY, code VARCHAR(10) COLLATE \"C\")",
        "COMMENT ON COLUMN coupons.code IS 'byte order'");
    FakeMigration widen =
        FakeMigration.of(
            1,
            "Widen code",
            ops -> ops.alterColumn("coupons", Column.of("code", "VARCHAR(20)").notNull()),
            ops -> ops.alterColumn("coupons", Column.of("code", "VARCHAR(10)")));
    String column =
        "SELECT format_type(a.atttypid, a.atttypmod), c.collname, col_description(a.attrelid,"
            + " a.attnum), a.attnotnull FROM pg_attribute a JOIN pg_collation c"
            + " ON c.oid = a.attcollation WHERE a.attrelid = to_regclass('coupons')"
            + " AND a.attname = 'code'";

    strata(FakeSource.of("main", List.of(widen))).upgrade();

    assertEquals(List.of("character varying(20)|C|byte order|t"), database.rows(column));

    strata(FakeSource.of("main", List.of(widen))).downgrade(0);

    assertEquals(List.of("character varying(10)|C|byte order|f"), database.rows(column));
  }
}
