package dev.strata.runtime.internal.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.Column;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The DDL each dialect writes for the table operations, and the column types it renders. */
class TableDdlTest {

  private static final Table CUSTOMERS =
      new Table(
          "customers",
          List.of(
              new Column("id", "BIGINT", false, true),
              new Column("name", "VARCHAR(255)", true, false),
              new Column("created_at", "TIMESTAMP", false, false)),
          List.of("id"));

  private final Dialect h2 = new H2Dialect();
  private final Dialect postgres = new PostgresDialect();
  private final Dialect mariadb = new MySqlDialect("MariaDB");
  private final Dialect mysql = new MySqlDialect("MySQL");
  private final Dialect generic = new GenericDialect("Derby");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # portable             | H2                       | PostgreSQL                  | MariaDB       | MySQL         | generic
          BIGINT                 | BIGINT                   | BIGINT                      | BIGINT        | BIGINT        | BIGINT
          INTEGER                | INTEGER                  | INTEGER                     | INTEGER       | INTEGER       | INTEGER
          SMALLINT               | SMALLINT                 | SMALLINT                    | SMALLINT      | SMALLINT      | SMALLINT
          TINYINT                | TINYINT                  | SMALLINT                    | TINYINT       | TINYINT       | SMALLINT
          BOOLEAN                | BOOLEAN                  | BOOLEAN                     | BIT           | BIT           | BOOLEAN
          DECIMAL(10,2)          | NUMERIC(10,2)            | DECIMAL(10,2)               | DECIMAL(10,2) | DECIMAL(10,2) | DECIMAL(10,2)
          DOUBLE PRECISION       | DOUBLE PRECISION         | DOUBLE PRECISION            | DOUBLE        | DOUBLE        | DOUBLE PRECISION
          REAL                   | REAL                     | REAL                        | FLOAT         | FLOAT         | REAL
          DATE                   | DATE                     | DATE                        | DATE          | DATE          | DATE
          TIME                   | TIME                     | TIME                        | TIME          | TIME          | TIME
          TIME(0)                | TIME(0)                  | TIME(0)                     | TIME(0)       | TIME(0)       | TIME(0)
          TIME WITH TIME ZONE    | TIME WITH TIME ZONE      | TIME(0)                     | TIME          | TIME          | TIME WITH TIME ZONE
          TIMESTAMP              | TIMESTAMP                | TIMESTAMP(6)                | DATETIME(6)   | DATETIME(6)   | TIMESTAMP
          TIMESTAMP WITH TIME ZONE | TIMESTAMP WITH TIME ZONE | TIMESTAMP(6) WITH TIME ZONE | DATETIME(6) | DATETIME(6)   | TIMESTAMP WITH TIME ZONE
          TIME(3)                | TIME(3)                  | TIME(3)                     | TIME(3)       | TIME(3)       | TIME(3)
          TIME(3) WITH TIME ZONE | TIME(3) WITH TIME ZONE   | TIME(3)                     | TIME(3)       | TIME(3)       | TIME(3) WITH TIME ZONE
          TIMESTAMP(3)           | TIMESTAMP(3)             | TIMESTAMP(3)                | DATETIME(3)   | DATETIME(3)   | TIMESTAMP(3)
          timestamp (0)          | TIMESTAMP(0)             | TIMESTAMP(0)                | DATETIME(0)   | DATETIME(0)   | TIMESTAMP(0)
          TIMESTAMP(3) WITH TIME ZONE | TIMESTAMP(3) WITH TIME ZONE | TIMESTAMP(3) WITH TIME ZONE | DATETIME(3) | DATETIME(3) | TIMESTAMP(3) WITH TIME ZONE
          TIME(10) WITH TIME ZONE | TIME(10) WITH TIME ZONE | TIME(10)                   | TIME(10)      | TIME(10)      | TIME(10) WITH TIME ZONE
          TIMESTAMP(12) WITH TIME ZONE | TIMESTAMP(12) WITH TIME ZONE | TIMESTAMP(12) WITH TIME ZONE | DATETIME(12) | DATETIME(12) | TIMESTAMP(12) WITH TIME ZONE
          UUID                   | UUID                     | UUID                        | UUID          | BINARY(16)    | UUID
          VARCHAR(255)           | VARCHAR(255)             | VARCHAR(255)                | VARCHAR(255)  | VARCHAR(255)  | VARCHAR(255)
          VARBINARY(16)          | VARBINARY(16)            | BYTEA                       | VARBINARY(16) | VARBINARY(16) | VARBINARY(16)
          INET(19)               | VARBINARY(19)            | INET                        | VARBINARY(19) | VARBINARY(19) | VARBINARY(19)
          CHAR(1)                | CHAR(1)                  | CHAR(1)                     | VARCHAR(1)    | VARCHAR(1)    | CHAR(1)
          CLOB                   | CLOB                     | OID                         | LONGTEXT      | LONGTEXT      | CLOB
          BLOB                   | BLOB                     | OID                         | LONGBLOB      | LONGBLOB      | BLOB
          VARCHAR(16383)         | VARCHAR(16383)           | VARCHAR(16383)              | VARCHAR(16383) | VARCHAR(16383) | VARCHAR(16383)
          VARCHAR(16384)         | VARCHAR(16384)           | VARCHAR(16384)              | TEXT          | TEXT          | VARCHAR(16384)
          VARCHAR(70000)         | VARCHAR(70000)           | VARCHAR(70000)              | MEDIUMTEXT    | MEDIUMTEXT    | VARCHAR(70000)
          VARCHAR(2000000)       | CLOB                     | VARCHAR(2000000)            | MEDIUMTEXT    | MEDIUMTEXT    | VARCHAR(2000000)
          VARCHAR(20000000)      | CLOB                     | TEXT                        | LONGTEXT      | LONGTEXT      | VARCHAR(20000000)
          VARBINARY(65535)       | VARBINARY(65535)         | BYTEA                       | VARBINARY(65535) | VARBINARY(65535) | VARBINARY(65535)
          VARBINARY(65536)       | VARBINARY(65536)         | BYTEA                       | MEDIUMBLOB    | MEDIUMBLOB    | VARBINARY(65536)
          VARBINARY(2000000)     | BLOB                     | BYTEA                       | MEDIUMBLOB    | MEDIUMBLOB    | VARBINARY(2000000)
          CLOB(255)              | CLOB                     | OID                         | TINYTEXT      | TINYTEXT      | CLOB(255)
          CLOB(256)              | CLOB                     | OID                         | TEXT          | TEXT          | CLOB(256)
          CLOB(65536)            | CLOB                     | OID                         | MEDIUMTEXT    | MEDIUMTEXT    | CLOB(65536)
          CLOB(16777216)         | CLOB                     | OID                         | LONGTEXT      | LONGTEXT      | CLOB(16777216)
          BLOB(200)              | BLOB                     | OID                         | TINYBLOB      | TINYBLOB      | BLOB(200)
          BLOB(16777215)         | BLOB                     | OID                         | MEDIUMBLOB    | MEDIUMBLOB    | BLOB(16777215)
          JSON                   | JSON                     | JSONB                       | JSON          | JSON          | JSON
          INTEGER ARRAY          | INTEGER ARRAY            | INTEGER ARRAY               | JSON          | JSON          | INTEGER ARRAY
          DOUBLE PRECISION ARRAY | FLOAT(53) ARRAY          | DOUBLE PRECISION ARRAY      | JSON          | JSON          | DOUBLE PRECISION ARRAY
          REAL ARRAY             | FLOAT(24) ARRAY          | REAL ARRAY                  | JSON          | JSON          | REAL ARRAY
          VARCHAR(40) ARRAY      | VARCHAR(40) ARRAY        | VARCHAR(40) ARRAY           | JSON          | JSON          | VARCHAR(40) ARRAY
          TINYINT ARRAY          | TINYINT ARRAY            | SMALLINT ARRAY              | JSON          | JSON          | SMALLINT ARRAY
          TIMESTAMP ARRAY        | TIMESTAMP(6) ARRAY       | TIMESTAMP(6) ARRAY          | JSON          | JSON          | TIMESTAMP ARRAY
          """)
  void rendersEachPortableTypeInTheDatabasesOwnDdl(
      String type,
      String onH2,
      String onPostgres,
      String onMariadb,
      String onMysql,
      String onGeneric) {
    assertEquals(onH2, h2.columnType(type));
    assertEquals(onPostgres, postgres.columnType(type));
    assertEquals(onMariadb, mariadb.columnType(type));
    assertEquals(onMysql, mysql.columnType(type));
    assertEquals(onGeneric, generic.columnType(type));
  }

  @Test
  void anEnumIsNativeWhereTheDatabaseHasEnumsAndAVarcharElsewhereAsHibernateWritesIt() {
    String type = "enum ( 'ACTIVE', 'Closed' )";

    assertEquals("ENUM('ACTIVE','Closed')", h2.columnType(type));
    assertEquals("ENUM('ACTIVE','Closed')", mariadb.columnType(type));
    assertEquals("ENUM('ACTIVE','Closed')", mysql.columnType(type));
    assertEquals("VARCHAR(255)", postgres.columnType(type));
    assertEquals("VARCHAR(255)", generic.columnType(type));
  }

  @Test
  void anEnumsLengthSizesTheVarcharOnlyWhereTheDatabaseHasNoEnums() {
    String type = "ENUM('ACTIVE','CLOSED') ( 20 )";

    assertEquals("ENUM('ACTIVE','CLOSED')", h2.columnType(type));
    assertEquals("ENUM('ACTIVE','CLOSED')", mariadb.columnType(type));
    assertEquals("ENUM('ACTIVE','CLOSED')", mysql.columnType(type));
    assertEquals("VARCHAR(20)", postgres.columnType(type));
    assertEquals("VARCHAR(20)", generic.columnType(type));
    assertEquals("ENUM('ACTIVE','CLOSED')(20)", PortableType.parse(type).orElseThrow().toString());
  }

  @Test
  void portableTypesAreRecognisedInAnyCaseAndSpacing() {
    assertEquals("BYTEA", postgres.columnType("varbinary ( 64 )"));
    assertEquals("DATETIME(6)", mariadb.columnType(" timestamp  with time  zone "));
    assertEquals("NUMERIC(38,2)", h2.columnType("decimal(38, 2)"));
    assertEquals(
        Optional.of(new PortableType("DECIMAL", "(12)")), PortableType.parse("DECIMAL(12)"));
  }

  @Test
  void otherTypesAreWrittenAsTheUserGaveThem() {
    assertEquals("jsonb", postgres.columnType("jsonb"));
    assertEquals("ENUM('NEW','PAID')", mariadb.columnType("ENUM('NEW','PAID')"));
    assertEquals("VARCHAR(255) DEFAULT 'x'", h2.columnType("VARCHAR(255) DEFAULT 'x'"));
    assertEquals("TEXT", generic.columnType("TEXT"));
    assertEquals(Optional.empty(), PortableType.parse("DOUBLE"));
  }

  // a JPA columnDefinition that spells a portable type: Hibernate writes it as it is
  @Test
  void aTypeGivenAsItIsIsWrittenSoWhereTheDatabaseWouldRenderThePortableTypeOtherwise() {
    assertEquals("json", postgres.columnType("json AS GIVEN"));
    assertEquals("char(2)", mariadb.columnType("char(2) as given"));
    assertEquals("real", mysql.columnType(" real  AS  GIVEN "));
    assertEquals("timestamp", mariadb.columnType("timestamp AS GIVEN"));
    assertEquals("boolean", mariadb.columnType("boolean AS GIVEN"));
    assertEquals("time with time zone", postgres.columnType("time with time zone AS GIVEN"));
    assertEquals("JSON", h2.columnType("JSON AS GIVEN"));
    assertEquals(
        "ALTER TABLE customers ALTER COLUMN payload SET DATA TYPE json USING payload FORMAT JSON",
        h2.alterColumn("customers", Column.of("payload", "json AS GIVEN")).get(0));
  }

  // neither has one, and Hibernate's DDL fails on it: the column Strata gives the portable type
  @Test
  void aZonedTimeGivenAsItIsOnMysqlOrMariadbIsThePortableTypesColumn() {
    assertEquals("TIME", mariadb.columnType("time with time zone AS GIVEN"));
    assertEquals("DATETIME(3)", mysql.columnType("timestamp(3) with time zone AS GIVEN"));
  }

  @Test
  void createsTablesWithTheirIdentityColumnAndPrimaryKey() {
    assertEquals(
        "CREATE TABLE customers (id BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,"
            + " name VARCHAR(255), created_at TIMESTAMP NOT NULL, PRIMARY KEY (id))",
        h2.createTable(CUSTOMERS));
    assertEquals(
        "CREATE TABLE customers (id BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,"
            + " name VARCHAR(255), created_at TIMESTAMP(6) NOT NULL, PRIMARY KEY (id))",
        postgres.createTable(CUSTOMERS));
    assertEquals(
        "CREATE TABLE customers (id BIGINT AUTO_INCREMENT NOT NULL,"
            + " name VARCHAR(255), created_at DATETIME(6) NOT NULL, PRIMARY KEY (id))",
        mariadb.createTable(CUSTOMERS));
  }

  @Test
  void aTableWithoutPrimaryKeyHasNoKeyClauseAndAnIdentityColumnIsNeverNull() {
    Table log = new Table("app.log", List.of(new Column("seq", "INTEGER", true, true)), List.of());

    assertEquals(
        "CREATE TABLE app.log (seq INTEGER GENERATED BY DEFAULT AS IDENTITY NOT NULL)",
        generic.createTable(log));
  }

  @Test
  void aColumnMadeALobOnPostgresqlMovesItsValuesIntoLargeObjectsWhenItIsNotOneYet() {
    assertEquals(
        List.of(
            "DO $$BEGIN IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid ="
                + " to_regclass('docs') AND attname = 'body' AND atttypid <> 'oid'::regtype)"
                + " THEN ALTER TABLE docs ALTER COLUMN body TYPE OID"
                + " USING lo_from_bytea(0, convert_to(body, 'UTF8')); END IF; END$$",
            "ALTER TABLE docs DROP CONSTRAINT IF EXISTS body_enum_check,"
                + " ALTER COLUMN body TYPE OID, ALTER COLUMN body DROP NOT NULL"),
        postgres.alterColumn("docs", Column.of("body", "CLOB")));
    assertEquals(
        "DO $$BEGIN IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid ="
            + " to_regclass('docs') AND attname = 'data' AND atttypid <> 'oid'::regtype)"
            + " THEN ALTER TABLE docs ALTER COLUMN data TYPE OID"
            + " USING lo_from_bytea(0, data); END IF; END$$",
        postgres.alterColumn("docs", Column.of("data", "BLOB")).get(0));
    assertEquals(
        List.of("ALTER TABLE docs MODIFY COLUMN body LONGTEXT NULL"),
        mariadb.alterColumn("docs", Column.of("body", "CLOB")));
  }

  @Test
  void altersTypeAndNullabilityAsEachDatabaseSaysIt() {
    Column wide = new Column("name", "VARCHAR(500)", true, false);
    Column id = new Column("id", "BIGINT", false, true);

    assertEquals(
        List.of(
            "ALTER TABLE customers ALTER COLUMN name SET DATA TYPE VARCHAR(500)",
            "ALTER TABLE customers ALTER COLUMN name DROP NOT NULL"),
        h2.alterColumn("customers", wide));
    assertEquals(
        List.of(
            // a String that was a @Lob has its values in large objects, which the catalog tells
            "DO $$BEGIN IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid ="
                + " to_regclass('customers') AND attname = 'name' AND atttypid = 'oid'::regtype)"
                + " THEN ALTER TABLE customers ALTER COLUMN name TYPE VARCHAR(500)"
                + " USING convert_from(lo_get(name), 'UTF8'); END IF; END$$",
            // the check an enum type brings goes with the type, in the same statement
            "ALTER TABLE customers DROP CONSTRAINT IF EXISTS name_enum_check,"
                + " ALTER COLUMN name TYPE VARCHAR(500), ALTER COLUMN name DROP NOT NULL"),
        postgres.alterColumn("customers", wide));
    assertEquals(
        List.of("ALTER TABLE customers MODIFY COLUMN name VARCHAR(500) NULL"),
        mariadb.alterColumn("customers", wide));
    // MODIFY restates the whole column: an identity column keeps AUTO_INCREMENT
    assertEquals(
        List.of("ALTER TABLE customers MODIFY COLUMN id BIGINT AUTO_INCREMENT NOT NULL"),
        mariadb.alterColumn("customers", id));
  }

  @Test
  void addsDropsAndRenamesColumns() {
    Column phone = new Column("phone", "VARCHAR(20)", true, false);
    for (Dialect dialect : List.of(h2, postgres, mariadb, generic)) {
      assertEquals(
          "ALTER TABLE customers ADD COLUMN phone VARCHAR(20)",
          dialect.addColumn("customers", phone));
      assertEquals(
          "ALTER TABLE customers DROP COLUMN phone", dialect.dropColumn("customers", "phone"));
      assertEquals(
          "ALTER TABLE s.customers RENAME COLUMN name TO full_name",
          dialect.renameColumn("s.customers", "name", "full_name"));
    }
  }

  @Test
  void aRenamedColumnTakesItsEnumCheckAlongOnPostgresOnly() {
    assertEquals(
        Optional.of(
            "DO $$BEGIN IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid ="
                + " to_regclass('s.tickets') AND conname = 'grade_enum_check') THEN ALTER TABLE"
                + " s.tickets RENAME CONSTRAINT Grade_enum_check TO tier_enum_check; END IF;"
                + " END$$"),
        postgres.renameTypeCheck("s.tickets", "Grade", "tier"));
    for (Dialect dialect : List.of(h2, mariadb, generic)) {
      assertEquals(Optional.empty(), dialect.renameTypeCheck("s.tickets", "Grade", "tier"));
    }
  }

  @Test
  void renamesTablesInTheirSchema() {
    assertEquals(
        "ALTER TABLE s.orders RENAME TO purchases", h2.renameTable("s.orders", "s.purchases"));
    assertEquals(
        "ALTER TABLE s.orders RENAME TO purchases",
        postgres.renameTable("s.orders", "s.purchases"));
    assertEquals(
        "RENAME TABLE s.orders TO s.purchases", mariadb.renameTable("s.orders", "s.purchases"));
    assertEquals("DROP TABLE s.orders", mariadb.dropTable("s.orders"));
  }

  @Test
  void createsUniqueIndexesAndDropsIndexesWhereTheyLive() {
    Index email = new Index("customers_email_key", List.of("email", "tenant"), true);

    assertEquals(
        "CREATE UNIQUE INDEX customers_email_key ON s.customers (email, tenant)",
        postgres.createIndex("s.customers", email));
    assertEquals(
        "CREATE INDEX i ON t (a)", mariadb.createIndex("t", new Index("i", List.of("a"), false)));
    assertEquals(
        "DROP INDEX s.customers_email_key",
        postgres.dropIndex("s.customers", "customers_email_key"));
    assertEquals(
        "DROP INDEX customers_email_key", h2.dropIndex("customers", "customers_email_key"));
    assertEquals(
        "DROP INDEX customers_email_key ON s.customers",
        mariadb.dropIndex("s.customers", "customers_email_key"));
  }

  @Test
  void createsAnIndexDroppingTheKeysIndexesItReplacesInOneStatementOnMySqlAndMariaDb() {
    Index byCustomer = Index.on("orders_customer_idx", List.of("customer_id"));
    Index latest = byCustomer.withDescending(List.of("customer_id"));

    for (Dialect dialect : List.of(mariadb, mysql)) {
      assertEquals(
          "ALTER TABLE s.orders ADD INDEX orders_customer_idx (customer_id),"
              + " DROP INDEX orders_customer_fk",
          dialect.createIndex("s.orders", byCustomer, List.of("orders_customer_fk")));
      assertEquals(
          "ALTER TABLE orders ADD UNIQUE INDEX u (customer_id DESC), DROP INDEX a, DROP INDEX b",
          dialect.createIndex(
              "orders",
              new Index("u", List.of("customer_id"), true).withDescending(List.of("customer_id")),
              List.of("a", "b")));
      assertEquals(
          dialect.createIndex("orders", latest), dialect.createIndex("orders", latest, List.of()));
    }
    for (Dialect dialect : List.of(h2, postgres)) {
      assertEquals(
          dialect.createIndex("orders", byCustomer),
          dialect.createIndex("orders", byCustomer, List.of()));
      assertThrows(
          UnsupportedOperationException.class,
          () -> dialect.createIndex("orders", byCustomer, List.of("orders_customer_fk")));
    }
  }

  @Test
  void addsAndDropsForeignKeys() {
    ForeignKey key =
        new ForeignKey(
            "orders_customer_id_fkey", List.of("customer_id"), "customers", List.of("id"));

    for (Dialect dialect : List.of(h2, postgres, mariadb)) {
      assertEquals(
          "ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id)"
              + " REFERENCES customers (id)",
          dialect.addForeignKey("orders", key));
    }
    assertEquals(
        "ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey",
        postgres.dropForeignKey("orders", "orders_customer_id_fkey"));
    assertEquals(
        "ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey",
        h2.dropForeignKey("orders", "orders_customer_id_fkey"));
    // the index MariaDB made for the key goes with it
    assertEquals(
        "ALTER TABLE orders DROP FOREIGN KEY orders_customer_id_fkey,"
            + " DROP INDEX IF EXISTS orders_customer_id_fkey",
        mariadb.dropForeignKey("orders", "orders_customer_id_fkey"));
    assertEquals(
        "ALTER TABLE orders DROP FOREIGN KEY orders_customer_id_fkey",
        mysql.dropForeignKey("orders", "orders_customer_id_fkey"));
  }

  @Test
  void anIndexsDescendingColumnsAreWrittenSo() {
    Index latest =
        Index.on("orders_latest_idx", List.of("customer_id", "placed_at"))
            .withDescending(List.of("placed_at"));

    for (Dialect dialect : List.of(h2, postgres, mariadb, mysql)) {
      assertEquals(
          "CREATE INDEX orders_latest_idx ON orders (customer_id, placed_at DESC)",
          dialect.createIndex("orders", latest));
    }
  }

  @Test
  void aDescendingColumnAnIndexDoesNotHoldIsRefused() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> Index.on("i", List.of("a")).withDescending(List.of("b")));

    assertTrue(refused.getMessage().contains("name a column it indexes"), refused.getMessage());
  }

  @Test
  void aForeignKeysOnDeleteRuleFollowsItsColumns() {
    ForeignKey cascade =
        new ForeignKey(
            "orders_customer_id_fkey",
            List.of("customer_id"),
            "customers",
            List.of("id"),
            ForeignKey.OnDelete.CASCADE);
    ForeignKey setNull =
        new ForeignKey("k", List.of("c"), "t", List.of("id"), ForeignKey.OnDelete.SET_NULL);

    for (Dialect dialect : List.of(h2, postgres, mariadb, mysql)) {
      assertEquals(
          "ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id)"
              + " REFERENCES customers (id) ON DELETE CASCADE",
          dialect.addForeignKey("orders", cascade));
      assertTrue(dialect.addForeignKey("o", setNull).endsWith(" ON DELETE SET NULL"));
    }
  }

  @Test
  void mysqlAndMariadbRefuseAnOnDeleteSetDefaultTheyWouldNotEnforce() {
    ForeignKey setDefault =
        new ForeignKey("k", List.of("c"), "t", List.of("id"), ForeignKey.OnDelete.SET_DEFAULT);

    assertTrue(postgres.addForeignKey("o", setDefault).endsWith(" ON DELETE SET DEFAULT"));
    assertTrue(h2.addForeignKey("o", setDefault).endsWith(" ON DELETE SET DEFAULT"));
    for (Dialect dialect : List.of(mariadb, mysql)) {
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class, () -> dialect.addForeignKey("o", setDefault));
      assertTrue(refused.getMessage().contains("use SET_NULL or CASCADE"), refused.getMessage());
    }
  }

  @Test
  void commentsAreStatementsOfTheirOwnExceptOnMysqlAndMariadbWhichWriteThemInline() {
    Table items =
        new Table(
                "items",
                List.of(Column.of("id", "BIGINT").notNull().withComment("it's the key")),
                List.of("id"))
            .withComment("items");

    assertEquals(
        List.of(
            "COMMENT ON TABLE items IS 'items'", "COMMENT ON COLUMN items.id IS 'it''s the key'"),
        postgres.comments(items));
    assertEquals(postgres.comments(items), h2.comments(items));
    assertEquals(
        "CREATE TABLE items (id BIGINT NOT NULL COMMENT 'it''s the key', PRIMARY KEY (id))"
            + " COMMENT 'items'",
        mariadb.createTable(items));
    assertEquals(List.of(), mariadb.comments(items));
    assertEquals(
        "ALTER TABLE items COMMENT = ''", mariadb.commentOnTable("items", Optional.empty()));
    assertEquals("COMMENT ON TABLE items IS NULL", h2.commentOnTable("items", Optional.empty()));
  }

  @Test
  void mysqlAndMariadbRefuseACommentWithABackslashTheSqlModeReadsEitherWay() {
    Column column = Column.of("path", "VARCHAR(10)").withComment("C:\\dumps");

    assertEquals(
        "COMMENT ON COLUMN t.path IS 'C:\\dumps'",
        postgres.commentOnColumn("t", column, ColumnAttributes.NONE));
    for (Dialect dialect : List.of(mariadb, mysql)) {
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, () -> dialect.addColumn("t", column));
      assertTrue(refused.getMessage().contains("NO_BACKSLASH_ESCAPES"), refused.getMessage());
    }
  }

  @Test
  void renderingWithoutADatabaseTreatsMysqlAndMariadbAsMariadb() {
    Dialect both = Dialects.of(dev.strata.runtime.DatabaseKind.MYSQL);

    assertEquals("UUID", both.columnType("UUID"));
    assertTrue(both.dropForeignKey("t", "k").contains("DROP INDEX IF EXISTS k"));
  }
}
