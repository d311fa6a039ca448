package dev.strata.samples.springboot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.test.ConnectionWork;
import dev.strata.test.EmbeddedPostgresDatabase;
import dev.strata.test.MigrationTestKit;
import dev.strata.test.Rows;
import org.junit.jupiter.api.Test;

/**
 * The library's two versions walked up and back down by strata-test, without Spring: the tables the
 * JPA entities map and the views match each snapshot, column types included, and a book written at
 * version 1 is still on its author's shelf at version 2.
 */
class LibraryMigrationsTest {

  private static final MigrationTestKit KIT =
      MigrationTestKit.create()
          .atVersion(
              1,
              ConnectionWork.sql(
                  "INSERT INTO author (id, name) VALUES (1, 'Ursula')",
                  "INSERT INTO book (id, title, author_id, published_year)"
                      + " VALUES (1, 'The Dispossessed', 1, 1974)"),
              connection ->
                  assertEquals(
                      "1",
                      Rows.firstValue(connection, "SELECT books FROM author_shelf WHERE id = 1")));

  @Test
  void everyVersionUpgradesAndDowngradesOnH2() {
    assertEquals(2, KIT.run());
  }

  @Test
  void everyVersionUpgradesAndDowngradesOnPostgres() {
    try (EmbeddedPostgresDatabase postgres = EmbeddedPostgresDatabase.start()) {
      assertEquals(2, KIT.database(postgres.dataSource()).run());
    }
  }
}
