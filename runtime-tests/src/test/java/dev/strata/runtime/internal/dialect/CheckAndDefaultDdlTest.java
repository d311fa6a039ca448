package dev.strata.runtime.internal.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.Check;
import dev.strata.runtime.Column;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DDL of defaults, checks and the check PostgreSQL's enum columns bring. */
class CheckAndDefaultDdlTest {

  private static final Column STOCK = Column.of("stock", "INTEGER").notNull().withDefault("0");
  private static final Column STATUS = Column.of("status", "ENUM('ACTIVE','CLOSED')");

  private final Dialect h2 = new H2Dialect();
  private final Dialect postgres = new PostgresDialect();
  private final Dialect mariadb = new MySqlDialect("MariaDB");

  @Test
  void aDefaultComesBeforeNotNullSoThatOneStatementFillsAndConstrains() {
    assertEquals(
        "ALTER TABLE items ADD COLUMN stock INTEGER DEFAULT 0 NOT NULL",
        h2.addColumn("items", STOCK));
    assertEquals(
        "ALTER TABLE items ADD COLUMN stock INTEGER DEFAULT 0 NOT NULL",
        mariadb.addColumn("items", STOCK));
  }

  @Test
  void aColumnMadeNotNullWithADefaultFillsItsNullsFirst() {
    assertEquals(
        List.of(
            "ALTER TABLE items ALTER COLUMN stock SET DATA TYPE INTEGER",
            "ALTER TABLE items ALTER COLUMN stock SET DEFAULT 0",
            "UPDATE items SET stock = DEFAULT WHERE stock IS NULL",
            "ALTER TABLE items ALTER COLUMN stock SET NOT NULL"),
        h2.alterColumn("items", STOCK));
    assertEquals(
        List.of(
            "ALTER TABLE items MODIFY COLUMN stock INTEGER DEFAULT 0 NULL",
            "UPDATE items SET stock = DEFAULT WHERE stock IS NULL",
            "ALTER TABLE items MODIFY COLUMN stock INTEGER DEFAULT 0 NOT NULL"),
        mariadb.alterColumn("items", STOCK));
    assertEquals(
        List.of(
            "ALTER TABLE items DROP CONSTRAINT IF EXISTS stock_enum_check,"
                + " ALTER COLUMN stock TYPE INTEGER USING stock::INTEGER,"
                + " ALTER COLUMN stock SET DEFAULT 0",
            "UPDATE items SET stock = DEFAULT WHERE stock IS NULL",
            "ALTER TABLE items ALTER COLUMN stock SET NOT NULL"),
        postgres.alterColumn("items", STOCK));
  }

  @Test
  void anEnumIsANativeTypeOrAVarcharWithACheckOfItsValues() {
    assertEquals("status ENUM('ACTIVE','CLOSED')", h2.columnDefinition(STATUS));
    assertEquals("status ENUM('ACTIVE','CLOSED')", mariadb.columnDefinition(STATUS));
    assertEquals(
        "status VARCHAR(255) CONSTRAINT status_enum_check CHECK (status in ('ACTIVE','CLOSED'))",
        postgres.columnDefinition(STATUS));
    assertEquals(
        List.of(
            "ALTER TABLE items DROP CONSTRAINT IF EXISTS status_enum_check,"
                + " ALTER COLUMN status TYPE VARCHAR(255),"
                + " ALTER COLUMN status DROP NOT NULL, ADD CONSTRAINT status_enum_check"
                + " CHECK (status in ('ACTIVE','CLOSED'))"),
        postgres.alterColumn("items", STATUS));
  }

  // @Enumerated(STRING) @Column(columnDefinition = "varchar(32)"): Hibernate's export writes the
  // definition everywhere and, on PostgreSQL, the check it writes for an enum's varchar there
  @Test
  void anEnumInAColumnOfAGivenTypeIsThatTypeWithACheckOfItsValuesOnPostgresql() {
    Column status = Column.of("status", "varchar(32) AS GIVEN ENUM('ACTIVE','CLOSED')");
    assertEquals("status varchar(32)", h2.columnDefinition(status));
    assertEquals("status varchar(32)", mariadb.columnDefinition(status));
    assertEquals(
        "status varchar(32) CONSTRAINT status_enum_check CHECK (status in ('ACTIVE','CLOSED'))",
        postgres.columnDefinition(status));
    // after the conversion out of a large object that any text column's change is guarded by
    List<String> alter = postgres.alterColumn("items", status);
    assertEquals(
        "ALTER TABLE items DROP CONSTRAINT IF EXISTS status_enum_check,"
            + " ALTER COLUMN status TYPE varchar(32),"
            + " ALTER COLUMN status DROP NOT NULL, ADD CONSTRAINT status_enum_check"
            + " CHECK (status in ('ACTIVE','CLOSED'))",
        alter.get(alter.size() - 1));
  }

  @Test
  void aDefaultIsDroppedByAStatementOfItsOwnThatEveryDatabaseSpeaks() {
    for (Dialect dialect : List.of(h2, postgres, mariadb)) {
      assertEquals(
          "ALTER TABLE items ALTER COLUMN stock DROP DEFAULT",
          dialect.dropDefault("items", "stock"));
    }
    assertEquals(
        List.of(
            "ALTER TABLE items ALTER COLUMN price SET DATA TYPE INTEGER",
            "ALTER TABLE items ALTER COLUMN price DROP NOT NULL"),
        h2.alterColumn("items", Column.of("price", "INTEGER")));
  }

  @Test
  void checksAreAddedAndDroppedByName() {
    Check check = new Check("items_price_check", "(price>=0)");
    for (Dialect dialect : List.of(h2, postgres, mariadb)) {
      assertEquals(
          "ALTER TABLE items ADD CONSTRAINT items_price_check CHECK ((price>=0))",
          dialect.addCheck("items", check));
      assertEquals(
          "ALTER TABLE items DROP CONSTRAINT items_price_check",
          dialect.dropCheck("items", "items_price_check"));
    }
  }

  @Test
  void aLongColumnNameGivesAnEnumCheckNamePostgresqlKeepsWhole() {
    String column = "c".repeat(60);

    String name = EnumCheck.name(column);

    assertEquals(63, name.length());
    assertEquals(name, EnumCheck.name(column));
  }
}
