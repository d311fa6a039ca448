package dev.strata.processor.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The parity oracle's description sees how many indexes cover a set of columns, and how many
 * foreign keys and checks read the same, not only that one does: a processor that creates a unique
 * constraint, a foreign key or a check twice under two names, or a runtime that leaves a foreign
 * key's own index beside a declared one, must differ from Hibernate's export of one, though the
 * names themselves never count.
 */
class SchemaDescriptionTest {

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void twoUniqueIndexesOverOneColumnReadAsTwo(DatabaseKind kind) throws Exception {
    try (TestDatabase database = TestDatabases.open(kind)) {
      database.execute(
          "CREATE TABLE locker (id INT PRIMARY KEY, code VARCHAR(20), shelf INT)",
          "CREATE UNIQUE INDEX locker_code_key ON locker (code)",
          "CREATE UNIQUE INDEX uk_locker_code ON locker (code)",
          "CREATE UNIQUE INDEX locker_shelf_key ON locker (shelf)");

      assertEquals(
          List.of("unique locker[code] x2", "unique locker[shelf]"), uniqueLines(database));
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aPrimaryKeysOwnIndexIsNoUniqueConstraint(DatabaseKind kind) throws Exception {
    try (TestDatabase database = TestDatabases.open(kind)) {
      database.execute("CREATE TABLE locker (id INT PRIMARY KEY, code VARCHAR(20))");

      assertEquals(List.of(), uniqueLines(database));
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aUniqueIndexOverThePrimaryKeysColumnsIsOne(DatabaseKind kind) throws Exception {
    try (TestDatabase database = TestDatabases.open(kind)) {
      database.execute(
          "CREATE TABLE locker (id INT PRIMARY KEY, code VARCHAR(20))",
          "CREATE UNIQUE INDEX locker_id_key ON locker (id)");

      assertEquals(List.of("unique locker[id]"), uniqueLines(database));
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void twoIndexesOverOneColumnReadAsTwo(DatabaseKind kind) throws Exception {
    try (TestDatabase database = TestDatabases.open(kind)) {
      database.execute(
          "CREATE TABLE locker (id INT PRIMARY KEY, code VARCHAR(20), shelf INT)",
          "CREATE INDEX locker_code_idx ON locker (code)",
          "CREATE INDEX idx_locker_code ON locker (code)",
          "CREATE INDEX locker_shelf_idx ON locker (shelf, code)");

      assertEquals(
          List.of("index locker[code] x2", "index locker[shelf, code]"), lines(database, "index "));
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void twoForeignKeysOverOneColumnToOneTargetReadAsTwo(DatabaseKind kind) throws Exception {
    try (TestDatabase database = TestDatabases.open(kind)) {
      database.execute(
          "CREATE TABLE shelf (id INT PRIMARY KEY)",
          "CREATE TABLE locker (id INT PRIMARY KEY, shelf_id INT, spare_id INT)",
          "ALTER TABLE locker ADD CONSTRAINT locker_shelf_id_fkey"
              + " FOREIGN KEY (shelf_id) REFERENCES shelf (id)",
          "ALTER TABLE locker ADD CONSTRAINT fk_locker_shelf"
              + " FOREIGN KEY (shelf_id) REFERENCES shelf (id)",
          "ALTER TABLE locker ADD CONSTRAINT locker_spare_id_fkey"
              + " FOREIGN KEY (spare_id) REFERENCES shelf (id)");

      assertEquals(
          List.of(
              "foreign key locker[shelf_id] -> shelf[id] x2",
              "foreign key locker[spare_id] -> shelf[id]"),
          lines(database, "foreign key "));
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void twoChecksOfOneConditionReadAsTwo(DatabaseKind kind) throws Exception {
    try (TestDatabase database = TestDatabases.open(kind)) {
      database.execute(
          "CREATE TABLE locker (id INT PRIMARY KEY, shelf INT,"
              + " CONSTRAINT locker_shelf_check CHECK (shelf >= 0),"
              + " CONSTRAINT ck_locker_shelf CHECK (shelf >= 0),"
              + " CONSTRAINT locker_id_check CHECK (id >= 0))");

      List<String> checks = lines(database, "check ");
      assertEquals(2, checks.size(), checks.toString());
      assertEquals(
          1, checks.stream().filter(line -> line.endsWith(" x2")).count(), checks.toString());
    }
  }

  private static List<String> uniqueLines(TestDatabase database) throws Exception {
    return lines(database, "unique ");
  }

  private static List<String> lines(TestDatabase database, String kind) throws Exception {
    return SchemaDescription.of(database.dataSource()).stream()
        .filter(line -> line.startsWith(kind))
        .toList();
  }
}
